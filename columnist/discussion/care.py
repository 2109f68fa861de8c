"""Reader care: spot a reader message that shows signs of crisis, so the column can answer it
with care (a gentle note and the help lines) before anything else.

This is a transparent rule-based classifier, not a model: every decision can be traced to one
regular expression below (or to two paired cues, step 4 below), and every rule has a
comment and a test or a labelled message. It is tuned for recall. A false alarm costs a kind
note the reader did not need; a miss costs far more.

Categories
----------
``self_harm``  suicide or self-harm: thoughts, wishes, plans, attempts, ongoing self-harm.
``violence``   violence or abuse: being hit, choked, threatened, stalked, forced, confined or
               afraid of a partner or family member; or the reader threatening to hurt someone.

Labelling rules (used for ``tests/discussion/data/care_messages*.tsv``)
----------------------------------------------------------------------
A message is ``crisis`` when it shows a *current* risk to a real person in the reader's life:

1. The reader wants to die, thinks about or plans suicide, says others would be better off
   without them, hurts themselves, or has just taken or is about to take an overdose. Passive
   wishes count ("I don't want to wake up", "I wish I was dead", "I hope I get hit by a bus").
   So do indirect signs: a plan or a date, a means at hand with resolve ("I have a rope in the
   garage and I keep looking at it"), farewells ("I've written to my kids", giving things
   away), feeling a burden to everyone, "the only thing stopping me is my dog", a relapse into
   cutting. Saying it with "lol" does not make it a joke: laughter never cancels a self-harm
   statement.
2. Someone close to the reader (partner, ex, relative, friend) threatens or attempts suicide or
   self-harm, including "he says he'll kill himself if I leave".
3. The reader is being hurt, choked, threatened, stalked, tracked, raped or forced, is kept
   from leaving or from friends and family, or is afraid of a partner or relative. This
   includes coercive control (documents, phone, keys or money taken or withheld, messages and
   accounts monitored), watching and harassment (turning up at the reader's home or work
   repeatedly or against their wishes, photos of their front door, fake accounts to watch
   them), and violence against the reader's children, pets or a parent or sibling at home
   ("my dad hits my mum").
4. The reader states an intent to hurt or kill someone ("I'm going to kill her when she gets
   home"), *unless the same sentence marks it as a joke* ("ha", "lol", "jk", a laughing emoji).
   So "I want to kill him, ha, he ate my fries" is ``ok``; without the "ha" it is ``crisis``.
   The idiom of annoyance with "could" ("I could have killed him", "I could strangle him for
   leaving wet towels on the bed") is ``ok``.

A message is ``ok`` when the words are there but the risk is not:

* Figurative or hyperbolic language: "this breakup is killing me", "I could die of
  embarrassment", "dead tired", "dying to know", "to die for", "killing time", "I'd kill for a
  coffee", "I'd rather die than go to his office party", "my mum will kill me when she finds
  out", song lyrics quoted as lyrics.
* Genuinely negated statements: "I'm not suicidal", "he would never hit me", "I have never
  hurt myself". A negation that belongs to the statement is *not* a denial: "I don't want to
  live any more" and "I can't go on" are ``crisis``.
* Other meanings of the same words: "it hit me that...", "he hit me up", "she beat me at
  chess", "he hurt me when he left" (emotional hurt), "she pushed me away", "I cut myself off
  from friends", "end things with her", "I don't want to live with him", "she twisted my arm
  into going", "he broke my heart", "my phone died", "the pills for my hay fever", "the rope
  swing", "a goodbye letter I'll never send" (to an ex), accidents ("headbutted me by
  accident").
* Talk about the subject rather than a situation: articles, documentaries, TV storylines, news,
  a friend's abuse that has ended.
* The past, explicitly settled: "years ago I was in a violent relationship, now I'm safe", "I
  self-harmed as a teenager and have been fine for 12 years". Settled means a distant-past
  marker in the same clause and no sign anywhere in the message that it is back ("again",
  "lately", "tonight", ...).

How the classifier decides
--------------------------
1. The text is folded (Unicode NFKC, casefold, curly quotes made straight, zero-width
   characters dropped, whitespace collapsed to one space) keeping, for every folded character,
   the span of the original text it came from, so signals point at the reader's own words.
2. Every rule is a regular expression; the part in the named group ``core`` (the whole match
   when there is none) is the statement itself.
3. A match is dropped when
   * a negator ("not", "never", "don't", "would never", "no longer", "nothing like", "no way",
     ...) is among the five words before the core, in the same clause (a clause ends at
     punctuation or at "but", "and", "because", "however", ...), with no new subject in between
     ("if he doesn't come back I'll kill myself" is not negated). Phrases such as "not sure",
     "don't know" or "not gonna lie" are not negations;
   * the reader was asked about it and answered no ("the GP asked if I ever thought about
     hurting myself, I said no");
   * it overlaps a figurative idiom (``FIGURATIVE_PATTERNS``);
   * its clause is about the settled past (see the labelling rules above);
   * it is a bare topic word ("suicide", "domestic abuse", "overdose") in a clause about an
     article, a show or a campaign;
   * it is the reader threatening someone else in a sentence that laughs it off.
4. Paired cues (the two-signal rule, ``CUE_FAMILIES``): some words are everyday on their own
   and a warning only together: a means ("a rope", "a lot of painkillers", "the blade", "the
   bridge"), a farewell ("thank you for everything", "for my mum to find") and resolve ("I'm
   ready to go", "I keep looking at it", "I relapsed", "just calm") for self-harm; a weapon,
   menace ("he knows where I am", "if I leave he'll..."), fear, turning up at the reader's
   home or work, odd hours, unwanted contact and control (reading messages, money, keys) for
   violence. A cue counts only when a cue of a partner family (``CUE_PARTNERS``) is in the
   same sentence or the next one either side; each cue is judged by step 3 first.

Phrases the site owner adds in the admin go through the same steps 1 and 3 (except the topic
rule, which is for the built-in topic words only).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

SELF_HARM = "self_harm"
VIOLENCE = "violence"
CATEGORIES = (SELF_HARM, VIOLENCE)

# ---------------------------------------------------------------------------------------------
# Building blocks. Patterns below write them as {NAME}; `_expand` substitutes them.
# ---------------------------------------------------------------------------------------------

_FRAGMENTS = {
    # someone who may hurt the reader: a pronoun or a partner / relative
    "PERSON": (
        r"(?:he|she|they|(?:my|his|her|our|the) (?:partner|husband|wife|boyfriend|girlfriend|bf"
        r"|gf|fianc[eé]e?|ex|ex-?(?:husband|wife|boyfriend|girlfriend|partner)|dad|father"
        r"|stepdad|stepfather|mum|mom|mother|stepmum|stepmother|brother|sister|son|uncle"
        r"|(?:brother|sister|father|mother)-in-law|flatmate|roommate))(?:'s|'d|'ll|'ve|'re)?"
    ),
    # who gets hurt: the reader, the reader's children or pets, a parent or sibling at home
    "VICTIM": (
        r"(?:me|us|the (?:kids|children|baby|dog|cat)|(?:my|our) (?:kids|children|son|daughter"
        r"|baby|dog|cat|puppy)|my (?:mum|mom|mother|sister|little brother|brother))"
    ),
    # a partner or relative as an object ("scared of my husband")
    "PARTNER": (
        r"(?:him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father"
        r"|stepdad|mum|mom|mother|brother))"
    ),
    # up to three words between a subject and its verb ("he has never", "she always")
    "GAP": r"(?:[\w']+ ){0,3}?",
    # the reader saying what they will do next
    "I_WILL": (
        r"(?:i'?m (?:\w+ )?(?:going to|gonna|planning to|about to)|i (?:\w+ )?(?:want to|wanna"
        r"|will|am going to|plan to)|i'?ll)"
    ),
    # the self-harm verbs, first person
    "HARM": (
        r"(?:hurt|hurting|harm|harmed|harming|cut|cutting|burn|burned|burnt|burning|starve"
        r"|starved|starving|punch|punching|punched|hang|hanging|hanged|hit|hitting|bite|biting"
        r"|scratch|scratching|scratched)"
    ),
    # tablets of any kind
    "PILLS": (
        r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|sleeping pills"
        r"|antidepressants|sertraline|citalopram|fluoxetine|amitriptyline|venlafaxine"
        r"|mirtazapine|propranolol|quetiapine|lithium|diazepam|zopiclone|codeine|co-codamol"
        r"|tramadol|oxycodone|ibuprofen|aspirin|insulin)"
    ),
    # parts of the body a violent act lands on ("hand" is left out: "she grabbed my hand")
    "BODY": (
        r"(?:arms?|wrists?|neck|throat|face|nose|jaw|ribs?|head|hair|mouth|eyes?|lips?|legs?"
        r"|chest|stomach|fingers?|shoulders?|ankles?|cheek|ears?|skull|back)"
    ),
    # violent acts done to a part of the body: "grabbed my wrist", "broke my arm"
    "STRIKE": (
        r"(?:grabbed|grabs|twisted|twists|squeezed|squeezes|yanked|yanks|pulled|pulls|bit|bites"
        r"|burned|burnt|burns|scratched|scratches|stamped on|stomped on|kneed|elbowed|punched"
        r"|punches|kicked|kicks|hit|hits|slapped|slaps|smacked|broke|breaks|fractured|cracked"
        r"|dislocated|bruised|cut|choked|chokes|strangled|smashed|slammed|bashed|banged"
        r"|whacked|headbutted|stabbed|sprained|split|bent|pinned|pins|pinning)"
    ),
}


def _expand(pattern: str) -> str:
    """Substitute {NAME} building blocks; leave regex quantifiers such as {0,3} alone."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: _FRAGMENTS[m.group(1)], pattern)


# ---------------------------------------------------------------------------------------------
# Built-in rules. One regex per line, each with what it recognises. Patterns run on folded
# text (lowercase, straight apostrophes, single spaces), so "don'?t" also catches "dont".
# ---------------------------------------------------------------------------------------------

SELF_HARM_PATTERNS = [
    # killing oneself, any tense: "kill myself", "killing myself", "tried to kill myself"
    r"\b(?P<core>(?:kill|killing|killed|unalive|unaliving) myself|kms)\b",
    # ending one's life: "end it all", "end my life", "take my own life", "ending everything"
    r"\b(?P<core>(?:end|ending|take|taking) (?:it all|everything|my (?:own )?life))\b",
    # ending it, with a time: "I'm going to end it tonight" (not "end it with him tonight")
    r"\b(?P<core>end(?:ing)? it (?:tonight|today|tomorrow|this weekend|soon|now))\b",
    # wanting everything to stop: "I just want it all to end"
    r"\bwant (?P<core>(?:it all|everything) to (?:end|stop))\b",
    # wanting to die or be dead: "I want to die", "wanna die", "she wants to die", "waiting to
    # die"
    r"\b(?P<core>(?:want|wants|wanted|wanting|wanna) to (?:die|be dead|not exist"
    r"|not be alive|disappear forever)|wanna (?:die|be dead)"
    r"|(?:waiting|longing|praying|hoping) to die)\b",
    # wanting to be gone: "I want to be gone" (not "gone before he gets home")
    r"\b(?P<core>(?:want|wanna|wish i (?:was|were|could be)) (?:to )?be gone)\b"
    r"(?! (?:from|by|before|when|for|to|after)\b)",
    # not trusting oneself: "I don't trust myself tonight"; fearing oneself: "scared of what I
    # might do"
    r"\b(?P<core>(?:don'?t|do not|can'?t) trust myself (?:tonight|right now|to be (?:alone|safe)"
    r"|alone|any ?more|not to)|(?:scared|afraid|terrified|frightened) of what i (?:might|could"
    r"|will|'ll|'m going to|am going to) do(?: to myself)?)\b",
    # about to jump: "I might jump", "I'm going to jump tonight"
    r"\b(?:going to|gonna|might|will|want to|wanna|about to|'ll) (?P<core>jump)(?=[.,!?]|$"
    r"| (?:tonight|today|now|off|from)\b)",
    # other methods against oneself (not "shoot myself in the foot", "drown myself in work")
    r"\b(?P<core>(?:shoot|shot|shooting|poison|poisoned|poisoning|gas|gassing|drown|drowned"
    r"|drowning|suffocate|suffocating|smother|smothering) (?:myself|himself|herself))\b(?! in\b)",
    # visible wounds: "fresh cuts on her arms"
    r"\b(?P<core>(?:fresh |new |deep )?cuts (?:all )?(?:on|over|up|down|across) (?:her|his|my"
    r"|their) (?:arms?|wrists?|legs?|thighs?|stomach)|fresh (?:cuts|scars))\b",
    # rather dead: "I'd rather be dead" (not "I'd rather die than go to his party", an idiom)
    r"\b(?P<core>rather be dead|rather not (?:be alive|exist|wake up|live)"
    r"|rather not be here (?:at all|any ?more))\b",
    # should die: "I should just die", "might as well be dead"
    r"\b(?:i|i'?d) (?P<core>(?:should|might as well|may as well|deserve to) (?:just )?(?:die|be"
    r" dead|end it|kill myself))\b",
    # not deserving life, not seeing oneself alive: "I don't deserve to live", "I can't see
    # myself being alive next year"
    r"\b(?P<core>(?:don'?t|do not|doesn'?t) deserve to (?:live|be alive|exist|be here)"
    r"|(?:can'?t|cannot|don'?t) see myself (?:being )?(?:alive|here|around|still here))\b",
    # no longer a problem for anyone: "I'll make sure I'm not a problem for anyone ever again"
    r"\b(?P<core>(?:won'?t|not|never) (?:be )?a (?:problem|burden|bother) (?:for|to|on)"
    r" (?:anyone|anybody|everyone|you all) (?:ever )?(?:again|much longer|any ?more"
    r"|for (?:much )?longer))\b",
    # pain to stop for good: "I just want the pain to stop for good"
    r"\bwant (?P<core>(?:the pain|it|this|it all|everything|life) to (?:stop|end) (?:for good"
    r"|forever|permanently|once and for all))\b",
    # wishing to be dead: "I wish I was dead", "wish I'd never been born"
    r"\b(?P<core>wish(?:ed)? i (?:was|were|could) (?:just )?(?:dead|die)"
    r"|wish i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|alive|around)"
    r"|wish i(?:'d| had) never been born"
    r"|wish i (?:would(?:n'?t| not)|didn'?t|did not) wake up)\b",
    # not wanting to live, with the negation as part of it: "I don't want to live anymore"
    r"\b(?P<core>(?:don'?t|do not|doesn'?t|does not|no longer|never|not wanting) (?:really"
    r" |even |actually )?want(?:s|ing)? to"
    r" (?:live|be alive|exist|be here any ?more|wake up))\b"
    r"(?! (?:with|in|at|like|without|near|there|together)\b)",
    # doubting one wants to live: "I'm not sure I want to live anymore"
    r"\b(?P<core>(?:not sure|don'?t (?:think|know if)) i (?:even )?want to"
    r" (?:live|be alive|exist|wake up))\b(?! (?:with|in|at|like|together)\b)",
    # feeling like dying, being ready to die, wanting to stop existing
    r"\b(?P<core>feel(?:ing)? like (?:dying|ending it all|i want to die)|ready to die"
    r"|(?:stop|cease to|not) exist(?:ing)?)\b",
    # thinking about dying: "I think about dying all the time"
    r"\b(?:think\w*|thought) (?:about|of) (?P<core>dying|not being (?:here|alive|around))\b",
    # life not worth living: "life isn't worth living", "no will to live"
    r"\b(?P<core>(?:(?:is|was)n'?t|not|no longer) worth living|no (?:will|wish|desire) to live)\b",
    # a euphemism for acting on it: "I might do something stupid tonight"
    r"\b(?:going to|gonna|might|will|'ll|could|scared i'?ll|afraid i'?ll) (?P<core>do"
    r" something (?:stupid|drastic))\b",
    # going to sleep and never waking: "I want to go to sleep and not wake up", "hoping I won't
    # wake up" (not "I hope I don't wake up to another text from him")
    r"\b(?P<core>(?:sleep|asleep) and (?:not|never) wake up"
    r"|(?:hope|hoping|pray|praying|wish|wishing) (?:that )?(?:i )?(?:don'?t|never|won'?t"
    r"|wouldn'?t|do not|will not) wake up)\b(?! to\b| and (?:find|see)\b)",
    # sleeping for ever, wanted: "I just want to sleep forever" (not "I could sleep forever")
    r"\b(?:want|wanna|wish i could|like to|need to) (?:\w+ )?(?P<core>(?:go to |fall )?"
    r"(?:sleep|asleep) (?:forever|for ever|and never (?:wake|feel)))",
    # wishing for a fatal accident: "I hope I get hit by a bus"
    r"\b(?P<core>(?:hope|hoping|pray|praying|wish) (?:that )?i (?:get|got|'d get|would get)"
    r" (?:hit|run over|killed) by|(?:hope|hoping|pray|praying) (?:that )?i die)\b",
    # disappointed to be alive: "every morning I wake up disappointed I'm still here"
    r"\b(?P<core>(?:disappointed|gutted|annoyed|angry|upset|sad) (?:that )?(?:i'?m|i am) still"
    r" (?:here|alive|breathing)|(?:disappointed|gutted) (?:that )?i (?:woke up|didn'?t die))\b",
    # not being around much longer: "I won't be around much longer"
    r"\b(?P<core>(?:won'?t|will not|not going to|not gonna) be (?:around|here|alive)"
    r" (?:much longer|for much longer|for long|long))\b",
    # what keeps the reader alive: "the only thing stopping me from ending things is my dog"
    r"\b(?P<core>(?:only|one) (?:thing|reason|person|one) (?:that'?s |that is |that )?"
    r"(?:stopping|keeping|holding|stopped|kept|held|stops|keeps) me (?:back )?(?:from"
    r" (?:ending|killing|doing it|going through)|alive|here|going|around)"
    r"|only reason i'?m (?:still )?(?:alive|breathing|here|around)(?! (?:in|with|at|for)\b)"
    r"|(?:stopping|stops|stopped|keeping|keeps|kept) me from (?:ending (?:it|things|my life)"
    r"|killing myself|doing it|going through with it))",
    # a plan with a time or a way: "I have a plan and a date", "I know how and when"
    r"\b(?P<core>(?:a|the|my) plan and (?:a|the) (?:date|time|day|way|method|means)"
    r"|(?:know|decided|worked out|figured out|planned) (?:exactly )?(?:how|when|where) and"
    r" (?:i )?(?:know )?(?:exactly )?(?:how|when|where))\b",
    # ending things, disambiguated by the reader: "ending things, and I don't mean the
    # relationship"; wanting out of everything: "I want out... out of everything"
    r"\b(?P<core>end(?:ing)? (?:it|things)(?: all)?,? (?:and )?(?:i )?(?:don'?t|do not|didn'?t)"
    r" mean (?:the|our|my|with)|end(?:ing)? (?:it|things),? not (?:with (?:him|her|them)"
    r"|the (?:relationship|marriage))"
    r"|want (?:to get )?out of (?:everything|it all|life|this life|this world|existence"
    r"|being alive)|want out\b[^.!?]{0,50}?\bout of (?:everything|it all|life|this world))",
    # death as the only way out: "I don't see any way out except dying"
    r"\b(?P<core>(?:(?:don'?t|do not|can'?t|cannot) see )?(?:any |a |another |no )?(?:other )?"
    r"(?:way out|option|solution|answer|escape|choice)s? (?:except|other than|apart from|but)"
    r" (?:dying|death|to die|killing myself|ending it(?: all)?|suicide))\b",
    # feeling a burden to everyone: "I'm a burden to everyone" (not "a burden on my sister")
    r"\b(?P<core>(?:i'?m|i am|feel like|i'?ve become|being) (?:such |just |only |nothing but )?"
    r"a (?:burden|waste of space|drain) (?:to|on|for) (?:everyone|everybody|all of them|them all"
    r"|my (?:family|kids|children|friends|parents)|the people (?:i love|around me)))",
    # not caring whether one lives: "I don't care if I die"
    r"\b(?P<core>don'?t care (?:if|whether) i (?:die|live|wake up))\b",
    # no reason to live: "no reason to live", "what's the point of living"
    r"\b(?P<core>no (?:reason|point) (?:in |to |of )?(?:live|living|be alive|being alive"
    r"|go on|going on|carry on|carrying on|existing|being here|anything any ?more))\b",
    # nothing to live for: "nothing left to live for"
    r"\b(?P<core>nothing (?:left )?to live for)\b",
    # no point in going on: "what's the point of living", "don't see the point of going on"
    r"\b(?P<core>(?:what'?s|don'?t see|can'?t see) the point (?:of|in) (?:living|life"
    r"|being alive|going on|carrying on))\b",
    # tired of or done with life: "tired of being alive", "I'm done with life"
    r"\b(?P<core>(?:tired|sick|done|exhausted|worn out|fed up) (?:of |with )?(?:trying to )?"
    r"(?:being alive|stay(?:ing)? alive|living|life|existing))\b"
    r"(?! (?:with|in|at|together|like|here)\b)",
    # cannot go on: "I can't go on", "I don't think I can keep going"
    r"\b(?P<core>(?:can'?t|cannot|don'?t think i can|not sure i can) (?:go on|keep going"
    r"|carry on|keep living|go on living)(?: living| like this| any ?more| any longer)?)\b"
    r"(?! (?:with|a|an|the|holiday|dates?|about|to|at|in|for|and|my|his|her)\b)",
    # others better off without the reader: "they'd be better off without me"
    r"\b(?:better|easier|happier|a relief|a blessing|simpler|kinder) (?:off )?(?:for (?:everyone"
    r"|everybody|them|him|her) )?"
    r"(?P<core>without me|if i (?:just )?(?:wasn'?t|weren'?t|was not|were not)"
    r" (?:here|around|alive|in the picture|born|on this earth|in (?:their|your|his|her|the)"
    r" (?:lives?|way|world))|if i (?:just )?(?:was|were) (?:dead|gone)"
    r"|if i (?:just )?(?:died|disappeared)|if i (?:just )?(?:didn'?t|did not|never|wouldn'?t)"
    r" wake up)",
    # gone for good, best for all: "disappearing for good would be best for everyone"
    r"\b(?P<core>(?:disappear\w*|gone|not (?:being )?here|dying|dead|not existing)"
    r" (?:[\w']+ ){0,3}?(?:would be|is|'d be) (?:best|better|easier|a relief|kinder) for"
    r" (?:everyone|everybody|them|all))\b",
    # dead, and then noticed: "maybe if I'm dead he'll finally notice"
    r"\b(?P<core>(?:if|when|once) i(?:'m| am| was| were) (?:dead|gone)),? (?:[\w']+ ){0,4}?"
    r"(?:notice|care|miss|sorry|regret|happy|realise|realize|understand|see)\b",
    # one's own funeral: "I keep imagining my own funeral", "planning my funeral"
    r"\b(?P<core>(?:imagin|pictur|plan|think|thought|dream|fantasi[sz])\w* (?:about |of )?my"
    r" (?:own )?funeral)\b",
    # making sure nobody finds them: "how to do it without my kids finding me"
    r"\b(?P<core>(?:without|so that|so) (?:my |the )?(?:kids|children|family|mum|mom|husband"
    r"|wife|partner|anyone|nobody|no one|they) (?:finding|find|finds|won'?t find|don'?t find)"
    r" me)\b",
    # better off dead: "I'd be better off dead"
    r"\b(?P<core>better off dead)\b",
    # nobody would miss the reader: "nobody would miss me"
    r"\b(?P<core>(?:no ?one|nobody|no-one) (?:would|will|'d)(?: even)? (?:miss me"
    r"|notice if i (?:died|was gone|disappeared)|care if i (?:died|was gone|disappeared)))",
    # hurting oneself: "hurting myself", "cut myself", "burning myself", "starving myself"
    r"\b(?P<core>{HARM} myself)\b"
    r"(?! (?:off|out|short|some slack|shaving|cooking|at (?:work|the gym))\b)",
    # someone close hurting themselves, ongoing: "she's been cutting herself"
    r"\b(?P<core>(?:cutting|harming|hurting|burning|starving) (?:himself|herself|themselves))\b",
    # someone close threatening or attempting suicide: "threatening to kill himself"
    r"\b(?:to|'ll|will|would|'d|might|gonna|could) (?:\w+ )?(?P<core>(?:kill|hurt|harm|hang"
    r"|cut|end) (?:himself|herself|themselves|(?:his|her|their) (?:own )?life))\b",
    # injuring one's body: "scratched my arms until they bled", "slit my wrists" (not "my cat
    # scratched my arms")
    r"(?<!cat )(?<!dog )(?<!kitten )(?<!puppy )(?<!baby )(?<!toddler )"
    r"\b(?P<core>(?:scratch|scratched|scratching|cut|cutting|burn|burned|burning|slit|slash"
    r"|slashed|carve|carved|carving) (?:my|her|his) (?:arms?|wrists?|legs?|thighs?|skin))\b",
    # taking a lot of tablets: "took all my sleeping pills", "a whole box of paracetamol"
    r"\b(?P<core>(?:took|taken|take|taking|swallowed|swallow|swallowing) (?:all|every one"
    r"|too many|\d+|twenty|thirty|forty|fifty|the (?:whole|entire) (?:box|bottle|pack|packet"
    r"|strip)|loads|a (?:whole |full )?(?:box|bottle|pack|packet|strip)"
    r"|a (?:bunch|handful|load)) (?:of )?(?:(?:my|the|his|her|those|these) )?(?:\w+ )?{PILLS}"
    r"|(?:took|take|taking|swallowed|swallow|swallowing) (?:everything|all the \w+|all of it)"
    r" (?:in|from) the (?:medicine|bathroom|first aid) (?:cabinet|cupboard|box|drawer))",
    # gathering tablets: "how many pills it would take", "I have the pills counted out"
    r"\b(?P<core>how (?:many|much) (?:\w+ )?{PILLS}|{PILLS} (?:counted|lined|laid) out"
    r"|{PILLS} (?:are |is )?(?:lined up|in front of me|next to me|beside me|ready)"
    r"|(?:stockpil\w+|saving|saved|collecting|collected|hoard\w*|stash\w*) (?:up )?"
    r"(?:[\w']+ ){0,3}?{PILLS}|enough {PILLS} (?:saved|stashed|put away|to (?:do it|die|end))"
    r"|(?:lethal|fatal) dose)",
    # methods: jumping, trains, crashing the car
    r"\b(?P<core>(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of)"
    r"|(?:step|stepping|walk|walking) in front of (?:a|the) (?:train|bus|car|lorry|truck)"
    r"|(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a|the)"
    r" (?:tree|wall|bridge|cliff|river|lorry|truck|road|motorway))",
    # cutting too deep: "I cut deeper than ever last night" (not "his words cut deep")
    r"\b(?:i|i'?ve|i have) (?:\w+ )?(?P<core>cut (?:too |a bit |really |so )?deep(?:er)?)\b",
    # at the edge: "sat on the edge of the bridge", "stood on the wrong side of the railing"
    r"\b(?P<core>(?:on|over) the (?:edge|ledge|railings?|wrong side) of (?:the|a) (?:bridge"
    r"|roof|building|cliff|car park|multi-storey|railings?|platform))",
    # a noose, made or bought: "I tied a noose"
    r"\b(?P<core>(?:tie|tied|tying|made|making|bought|have|got) a noose)\b",
    # looking up a method: "googling the tallest bridge near me", "painless ways to die"
    r"\b(?P<core>(?:googl\w+|look(?:ed|ing)? up|search(?:ed|ing)?(?: for)?|research(?:ed|ing)?"
    r"|read(?:ing)? about) (?:how to (?:die|kill (?:myself|yourself)|hang|overdose|tie a noose"
    r"|end it)|(?:painless|quick|easy|quickest|surest) ways? to (?:die|go|end it)"
    r"|the (?:tallest|highest) (?:bridge|building|cliff|car park)))",
    # thinking about a method: "thinking about jumping", "thought about the bridge"
    r"\b(?:think\w*|thought) (?:about|of) (?P<core>jumping|the bridge|a noose|hanging)\b",
    # saying goodbye: "said goodbye to everyone", "this is goodbye", "a suicide note"
    r"\b(?P<core>(?:say|said|saying) (?:my )?goodbyes? to (?:everyone|everybody|you all"
    r"|all of you|my (?:family|kids|friends))|this is (?:my )?goodbye"
    r"|goodbye (?:letters?|notes?) (?:to|for) (?:my |each of my )?(?:kids|children|family|mum"
    r"|mom|dad|parents|partner|husband|wife|son|daughter|friends|everyone)"
    r"|goodbye (?:everyone|everybody|world|all)"
    r"|giv(?:e|ing|en) away (?:all )?my (?:things|stuff|belongings)"
    r"|giv(?:e|ing|en) (?:all )?my (?:things|stuff|belongings) away)\b",
    # someone close cutting, ongoing: "she's been cutting since he dumped her", "I started
    # cutting again" (not "cutting back", "cutting my hair", "cutting him off")
    r"\b(?:been|started|start|starting|keep|keeps|kept|still|is|was|'s|'m|am|back to|began)"
    r" (?P<core>cutting)(?=[.,!?;]|$| (?:again|since|for (?:months|weeks|years|a while)|and"
    r"|but|because|when|every|after|at night|in secret|secretly|only)\b)",
]

# Bare mentions of the subject: dropped in a clause about an article, a show or a campaign.
SELF_HARM_TOPIC_PATTERNS = [
    # self-harm as a noun or verb: "I self harm", "self-harming"
    r"\b(?P<core>self[- ]?harm(?:s|ed|ing)?)\b",
    # suicide and suicidal thoughts: "I'm suicidal", "thinking about suicide"
    r"\b(?P<core>suicid(?:e|al|ally))\b",
    # an overdose: "I'm going to overdose", "I overdosed"
    r"\b(?P<core>overdos(?:e|ed|es|ing))\b",
]

VIOLENCE_PATTERNS = [
    # being struck: "he hit me", "my wife hits me", "she slapped me", "he choked me"
    r"\b{PERSON} {GAP}(?P<core>(?:hit|hits|hitting|punch|punched|punches|punching|slap"
    r"|slapped|slaps|slapping|kick|kicked|kicks|kicking|choke|choked|chokes|choking|strangle"
    r"|strangled|strangles|strangling|smack|smacked|smacks|headbutted|throttled|bit|bites"
    r"|spat on|spits on|burned|burnt|burns|tripped|kneed|elbowed|stabbed|whacked|battered"
    r"|scratched|scratches|smothered|suffocated) {VICTIM})\b"
    r"(?! (?:up|back|out|off)\b| with (?:the |a |this |that |his |her )?(?:news|texts?"
    r"|messages?|questions?|line|speech|silent treatment|[\"']))",
    # a second act in the same sentence: "he kicked our dog and then kicked me", "he smashed my
    # phone and then grabbed my wrist"
    r"\b{PERSON} [^.!?]{0,60}? (?:and|then) (?:then )?(?:also )?(?P<core>(?:kicked|punched"
    r"|slapped|hit|choked|strangled|shoved|pushed|bit|headbutted|kneed|elbowed|smacked) me"
    r"(?! (?:up|back|out|off|away)\b)|{STRIKE} (?:me )?(?:(?:by|on|in|across) )?(?:my|the)"
    r" {BODY}(?! into\b| to (?:go|come|do)\b))\b",
    # a violent act on a part of the body: "grabbed my wrist", "broke my arm", "pulled my hair"
    # (not "broke my heart", "twisted my arm into going", "pulled my leg", "cut my hair")
    r"\b{PERSON} {GAP}(?P<core>{STRIKE} (?:me )?(?:(?:by|on|in|across|round|around) )?"
    r"(?:my|the) {BODY})\b(?! into\b| to (?:go|come|do)\b)",
    # violent acts with a closer: "he shook me so hard", "sat on my chest", "grabbed me" (not
    # "grabbed me a coffee", "grabbed me and kissed me")
    r"\b{PERSON} {GAP}(?P<core>(?:shook|shakes|shaking) me (?:so hard|until|till|violently|by"
    r"|against)|(?:sat|sits|sitting|knelt|kneeled|kneeling) on (?:me|my (?:chest|neck|back"
    r"|throat|arms?|stomach))|(?:grabbed|grabs|grabbing) me\b"
    r"(?! (?:a|an|some|the|my|coffee|lunch|food|breakfast|dinner|by the hand)\b"
    r"| and (?:kissed|hugged|danced|pulled me (?:close|in))\b))\b",
    # smothering: "a pillow over my face", "smothered me with a pillow"
    r"\b(?P<core>(?:put|puts|held|holds|pressed|presses|pushed|forced) (?:a |the |his |her )?"
    r"(?:pillow|cushion|hand|hands|bag|blanket|towel) (?:over|on|against) my (?:face|mouth|nose"
    r"|head)|(?:smother|suffocat)\w* (?:me|us) (?:with|until|till))",
    # marks left by violence: "bruises up my arms where she grabbed me"
    r"\b(?P<core>(?:bruises?|marks|scratches|welts|finger ?marks|fingerprints)) (?:[\w']+ ){0,4}?"
    r"(?:where|from when|from where|after|because) (?:he|she|they) (?:\w+ )?(?:grabbed|held"
    r"|hit|kicked|punched|squeezed|pinned|twisted|bit|slapped|pushed|shoved|choked|threw)",
    # attempts on the reader's life: "he tried to kill me", "she nearly killed me"
    r"\b{PERSON} {GAP}(?P<core>(?:tried to|almost|nearly|could have) (?:kill|killed"
    r"|strangle|strangled|drown|drowned|choke|choked|smother|smothered|suffocate|suffocated"
    r"|stab|stabbed|shoot|shot|poison|poisoned|run over) {VICTIM}"
    r"|(?:tried to|almost|nearly) (?:run|ran) (?:me|us) (?:over|down)"
    r"|(?:tried to|almost|nearly) push(?:ed)? me (?:off|out|down|under))\b",
    # attacked with a weapon: "he came at me with a hammer", "pulled a knife on me"
    r"\b(?P<core>(?:came|comes|coming|went|goes|lunged|ran|charged) (?:at|for) (?:me|us) with"
    r" (?:a |an |the |his |her )?(?:\w+ )?(?:knife|hammer|bat|gun|bottle|axe|machete"
    r"|screwdriver|scissors|belt|poker|iron|pan|chair)|pulled (?:a|his|her) (?:knife|gun) on"
    r" (?:me|us)|(?:knife|gun|blade|scissors) (?:to|at|against) my (?:throat|neck|head|face"
    r"|chest|stomach|back))",
    # a threat about next time: "next time it'll be my face" (not "next time it'll be my turn")
    r"\b(?P<core>next time (?:it'?ll|it will|it'?s going to|it'?s gonna|it'?d|it would) be"
    r" (?:me|you|us|my (?!turn\b)\w+|your (?!turn\b)\w+))\b",
    # attacked (not "attacked me verbally", "online"); choked out
    r"\b{PERSON} {GAP}(?P<core>attack(?:ed|s|ing)? (?:me|us)|(?:choked|strangled) (?:me|us)"
    r" (?:out|unconscious))\b(?! (?:verbally|online|on (?:twitter|facebook|instagram|social)"
    r"|with (?:words|questions|criticism))\b)",
    # injuries from someone: "a black eye from him"
    r"\b(?P<core>(?:black eye|split lip|broken (?:nose|ribs?|jaw|arm|wrist|finger)|bruised ribs"
    r"|concussion) (?:from|because of|after|off) (?:him|her|them|my \w+))\b",
    # a door broken in: "he kicked the door in"
    r"\b(?P<core>(?:kicked|kicks|broke|breaks|smashed|smashes) (?:the|my) (?:bedroom |bathroom "
    r"|front )?door (?:in|down)|(?:kicked|broke|smashed) down (?:the|my) (?:bedroom |bathroom "
    r"|front )?door)\b",
    # a threat about the reader's body: "no one will find your body"
    r"\b(?P<core>find (?:my|your) body)\b",
    # with the reader inside: "he'd burn the house down with me in it"
    r"\b(?P<core>with (?:me|us|the kids|my \w+) (?:still )?(?:in|inside) (?:it|there))\b",
    # not stopping when told: "even when I tell him to stop"
    r"\b(?P<core>(?:doesn'?t|didn'?t|won'?t|wouldn'?t) stop (?:even )?when i|even (?:when|after"
    r"|though) i (?:tell|told|ask|asked|beg|begged|say|said) (?:him|her|them )?(?:to stop|no))\b",
    # left for dead: "you'll end up in a ditch"
    r"\b(?:i'?ll|you'?ll|i will|you will|we'?ll|i'?d|you'?d) (?:\w+ )?(?P<core>end up (?:dead"
    r"|in a (?:ditch|box|body bag|grave|hospital bed)|six feet under))",
    # getting someone else to do it: "she threatens to have me beaten up by her brother"
    r"\b(?P<core>(?:have|get|had|got|getting|having) (?:me|us) (?:beaten|beat|battered|hurt"
    r"|killed|jumped|done in|stabbed|shot|sorted out))\b",
    # thrown or slammed: "he threw me against the wall", "slammed my head into the door"
    r"\b(?P<core>(?:threw|throws|thrown|throwing) me (?:against|into|down|on|onto|across|to the"
    r" (?:floor|ground))|(?:slammed|smashed|banged|bashed) my head)",
    # being pushed or shoved, not "pushed me away" or "pushed me to apply"
    r"\b{PERSON} {GAP}(?P<core>(?:push|pushed|pushes|pushing|shove|shoved|shoves|shoving)"
    r" {VICTIM})\b(?! (?:away|to|forward|too|harder|into \w+ing|out of my comfort)\b)",
    # being beaten, not "she beat me at chess" or "beats me to the shower"
    r"\b{PERSON} {GAP}(?P<core>(?:beat|beats|beating|bruised|bruises) {VICTIM})\b"
    r"(?! (?:at|to|in (?:a|the))\b)",
    # "laid a hand on me"
    r"\b(?P<core>(?:laid|lay|lays|put|puts) (?:a )?hands? on {VICTIM})\b",
    # being grabbed, pinned or dragged: "grabbed me by the throat", "pinned me against the wall"
    r"\b(?P<core>(?:grabbed|grabs|grabbing|held|holds|pinned|pins|dragged|drags|dragging) me"
    r" (?:by (?:the|my) (?:throat|neck|hair|arms?|wrists?)|down|to the floor|across))",
    r"\b(?P<core>(?:pinned|pins|pinning|shoved|pushed) me (?:against|into|onto|up against))",
    # things thrown at the reader: "threw a glass at me"
    r"\b(?P<core>thr(?:ew|ows|owing|own) (?!shade\b)(?:[\w']+ ){1,3}?(?:at|over) {VICTIM})\b"
    r"(?! (?:up|back|out)\b)",
    # pulled by a body part: "pulled me out of the car by my arm"
    r"\b(?P<core>(?:grabbed|pulled|dragged|yanked|held|lifted|threw|pushed|shoved|hauled) me"
    r" (?:[\w']+ ){0,5}?by (?:my|the) {BODY})\b",
    # cigarettes: "stubbed a cigarette out on my arm"
    r"\b(?P<core>(?:stubbed|stubs|put|puts) (?:a |his |her |the )?(?:cigarette|fag|joint|cigar)"
    r" out on (?:me|my))\b",
    # held down, nails, head under water, acid, spitting
    r"\b(?P<core>(?:held|holds|holding) (?:me|my (?:arms?|wrists?|head|face|legs?)) down"
    r"|(?:dug|digs|digging) (?:his|her|their) nails into (?:me|my)"
    r"|(?:pushed|held|forced|shoved|pushes|holds|pushing|holding) my (?:head|face) (?:under"
    r"|into|down|against)|acid (?:in|on|at|over) (?:my|me|your)|throw acid"
    r"|(?:spit|spits|spitting|spat) (?:in|on|at) (?:me|my (?:face|hair)))\b",
    # knocked about: "beat the crap out of me", "knocked me out", "roughed me up"
    r"\b{PERSON} {GAP}(?P<core>beat (?:the [\w']+(?: [\w']+)? )?out of (?:me|us)|knock(?:ed|s)"
    r" me (?:out|down|unconscious|to the (?:floor|ground)|about|around)|roughed me up"
    r"|(?:slapped|smacked|knocked|pushed|shoved) me (?:around|about)|(?:gets|got|getting"
    r"|became|becomes|turned|turns) (?:\w+ )?(?:physical|rough) with (?:me|us))\b",
    # threatened, harassed: "he threatened me", "my ex is harassing me" (not "threatened me
    # with divorce")
    r"\b{PERSON} {GAP}(?P<core>threaten(?:s|ed)? (?:me|us))\b(?! with (?:a |the )?(?:breakup"
    r"|divorce|leaving|court|lawyers?|solicitors?)\b)",
    r"\b(?P<core>harass(?:ing|es|ed)? (?:me|us))\b",
    # hands around the neck
    r"\b(?P<core>hands? (?:around|round|on) my (?:neck|throat))",
    # injuries: "left bruises", "gave me a black eye", "physically hurt me"
    r"\b(?P<core>(?:left|leaves|leaving) (?:me with )?(?:bruises|marks|a black eye)"
    r"|gave me a black eye|physically hurt(?:s|ing)? me|hurts? me physically)",
    # threats: "threatened to kill me", "threatening to stab me", "threatened to hurt my dog"
    r"\bthreat(?:en|ens|ened|ening) to (?P<core>(?:kill|hurt|beat|hit|stab|shoot|strangle"
    r"|burn|harm|attack) (?!(?:himself|herself|themselves)\b)[\w']+)",
    # threats to expose the reader: "threatened to post my photos"
    r"\bthreat(?:en|ens|ened|ening) to (?P<core>(?:post|share|send|leak|publish) (?:my|our|the)"
    r" (?:\w+ )?(?:photos|pictures|pics|nudes|videos))",
    # a threat on the reader's life: "he threatened my life"
    r"\b(?P<core>threat(?:en|ens|ened|ening) (?:my|our) (?:life|lives|safety))\b",
    # threatened with a weapon, or threatened ongoingly: "threatens me with a knife"
    r"\b(?P<core>threat(?:en|ens|ened|ening) (?:me|us) with (?:a |an |the |his |her )?(?:knife"
    r"|gun|weapon|bat|hammer|violence)"
    r"|(?:keeps?|kept|been|is|was|started) threatening (?:me|us))\b",
    # someone will hurt the reader: "he said he'd kill me", "they'll hurt my family"
    r"\b(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to|'s gonna| is gonna"
    r"|'re going to| are going to| might| could| may) (?:[\w']+ ){0,4}?(?P<core>(?:kill|hurt"
    r"|stab|shoot|beat|strangle|drown|poison|batter|burn) (?:me|us|my (?:\w+ )?\w+|our \w+"
    r"|the (?:kids|children|baby|dog|cat)))\b",
    # someone will hunt the reader down: "he'll find me" (not "he'll find me a lawyer")
    r"\b(?:he|she|they)(?:'ll| will|'d| would|'s going to| is going to|'s gonna| is gonna)"
    r" (?:\w+ )?(?P<core>(?:find|track down|hunt down|come after|come for|get) (?:me|us))"
    r"(?=[.,!?;]|$| (?:and|wherever|no matter|anywhere|eventually|one day|if|when)\b)",
    r"\b(?P<core>(?:he|she|they)(?:'s| is|'re| are) coming (?:for me|after me|to get me))\b",
    # a threat that they know where the reader is: "he keeps saying he knows where I live"
    r"\b(?:said|says|saying|told me|tells me|texted|messaged|reminded me|reminding me|wrote)"
    r"(?: me)?(?: that)? (?P<core>(?:he|she|they) (?:knows?|know) where i (?:live|am|work"
    r"|sleep|'m staying|am staying|go))\b",
    # afraid of what they will do: "I'm scared he'll start on me next"
    r"\b(?P<core>(?:scared|afraid|terrified|frightened|worried|petrified) (?:that )?(?:he|she"
    r"|they|my \w+)(?:'ll| will| might| may| would|'d|'s going to| is going to|'s gonna"
    r"| is gonna) (?:\w+ )?(?:hurt|kill|hit|beat|find (?:me|us|out where)|come after|start on"
    r"|attack|snap|do something|turn on|take it out on))\b",
    # a partner who frightens the reader: "he scares me", "my husband terrifies me"
    r"\b{PERSON} {GAP}(?P<core>(?:scares|frightens|terrifies|scared|frightened|terrified)"
    r" me)\b(?! (?:with|when (?:he|she) drives)\b)",
    # afraid of a partner: "I'm scared of him", "terrified of my husband"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened) of {PARTNER})\b"
    r"(?! (?:\w+ing|to|if|when)\b)",
    # afraid of what will happen: "I'm afraid to go home", "scared of what he'll do"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened) (?:to go|of going) home"
    r"|(?:afraid|scared|terrified|frightened) (?:to go|of going) back (?:home|to (?:the|my|our)"
    r" (?:flat|house|place|apartment|home))"
    r"|(?:afraid|scared|terrified|frightened) (?:to go|of going) back (?:there )?(?:while"
    r"|when|if|because|cos|cause) (?:he|she|they)\b"
    r"|(?:afraid|scared|terrified|frightened) of what (?:he|she|they|{PARTNER})(?:'ll|'d| will"
    r"| would| might| could| is going to|'s going to)? (?:\w+ )?do)\b",
    # afraid for one's life: "I fear for my life", "scared for my safety"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened|fear|fearing) for (?:my|our) (?:life"
    r"|lives|safety))",
    # not safe: "I don't feel safe at home", "I'm not safe with him"
    r"\b(?P<core>(?:(?:don'?t|do not|no longer|never) feel|(?:i'?m|i am) not) safe"
    r" (?:at home|in (?:my|our|the) (?:own )?(?:home|house|flat|apartment)"
    r"|with {PARTNER}|around {PARTNER}|any ?more)"
    r"|(?:(?:don'?t|do not|no longer|never) feel|(?:i'?m|i am) not) safe\b(?! (?:financially"
    r"|emotionally|talking|telling|sharing|saying|to (?:say|tell|share|talk|open up|be myself)"
    r"|on (?:dating )?apps|online|driving)\b))",
    # stalking and following: "he's stalking me", "keeps following me home"
    r"\b(?P<core>stalk(?:s|ed|ing)? (?:me|us)|follow(?:s|ed|ing)? me (?:home|to (?:work|my)"
    r"|everywhere|around))\b",
    # tracking: "he tracks my phone"
    r"\b(?P<core>(?:track|tracks|tracked|tracking|monitors|monitoring) my (?:phone|location"
    r"|car|movements))\b",
    # devices and fake accounts: "a tracker on my car", "made fake accounts to watch me"
    r"\b(?P<core>(?:tracker|tracking device|tracking app|gps|airtag|air tag|spyware"
    r"|stalkerware) (?:on|in|under) my (?:car|phone|bag|bike|coat)|(?:put|puts|installed"
    r"|hid|found) (?:a |an )?(?:tracker|tracking app|tracking device|airtag|air tag|spyware"
    r"|stalkerware)|(?:fake|new|secret|burner) (?:accounts?|profiles?|numbers?) to (?:watch"
    r"|follow|message|contact|spy on|keep tabs on|check on|harass) (?:me|us))\b",
    # asking around for the reader: "keeps messaging my friends asking where I am"
    r"\b(?P<core>(?:messag|ask|text|call|ring)\w* my (?:friends|family|mum|mom|sister|brother"
    r"|colleagues|boss|parents) (?:asking |to ask |to find out )?where i (?:am|live|was"
    r"|'m staying|work))\b",
    # watching the reader's home: "sends me photos of my front door at night"
    r"\b(?P<core>(?:photos?|pictures?|pics|videos?) of my (?:front door|door|house|flat|home"
    r"|window|windows|car|street|building|workplace))\b",
    # documents taken: "took my passport" (not "took my passport to get it renewed")
    r"\b(?P<core>(?:took|takes|taken|taking|hid|hides|hidden|hiding|keeps|kept|confiscated"
    r"|destroyed|burned|ripped up|won'?t give (?:me )?back) my (?:passport|id|documents|papers"
    r"|visa|birth certificate|residence permit))\b"
    r"(?! to (?:get it |be |have it )?renew| (?:to|at) the post office| for (?:safekeeping"
    r"|renewal))",
    # told they may not leave: "he says I'm not going anywhere"
    r"\b(?:says|said|told me|tells me|telling me|yelled|shouted|screamed|screams)(?: that)?"
    r" (?P<core>i'?m not (?:going|allowed to go|leaving) (?:anywhere|out))\b",
    # coercion and sexual violence: "forced me to", "raped me", "made me have sex"
    r"\b(?P<core>forc(?:ed|es|ing) me (?:to|into)|made me (?:have sex|sleep with)|raped? me"
    r"|raping me"
    r"|(?:sexually )?assault(?:ed|s|ing) me|without (?:my )?consent"
    r"|(?:didn'?t|wouldn'?t|won'?t|doesn'?t) stop when i (?:said|say|told him|told her) no"
    r"|touch(?:ed|es|ing) me (?:while|when) i (?:was|am|'m) (?:asleep|sleeping|drunk|passed out"
    r"|unconscious)|woke up (?:to|with) (?:him|her) (?:on top of me|touching me|having sex))\b",
    # confinement and isolation: "won't let me leave", "locked me in"
    r"\b(?P<core>won'?t let me (?:leave|out|go (?:out|anywhere|home)|see (?:my )?(?:friends|family)"
    r"|have (?:my )?(?:phone|keys|money))|lock(?:ed|s|ing)? me (?:in|inside|up))\b",
    # taking the means to leave: "takes my car keys and my phone so I can't leave"
    r"\b(?P<core>(?:takes|took|hides|hid) my (?:car )?(?:keys|phone|passport|bank ?cards?"
    r"|money)[\w' ]{0,30}? so (?:that )?i (?:can'?t|cannot|couldn'?t))",
    # kept in: "locks the doors so I can't go out", "so I can't call anyone"
    r"\b(?P<core>so (?:that )?i (?:can'?t|cannot|couldn'?t|won'?t be able to) (?:leave|go out"
    r"|go anywhere|get out|escape|call (?:anyone|for help|the police|my \w+)|see (?:my )?"
    r"(?:friends|family)))\b",
    # turning up again and again: "he keeps turning up at my work"
    r"\b{PERSON} (?:[\w']+ )?(?P<core>(?:keeps|kept|keep|always|still) (?:turning up|showing up"
    r"|waiting|parking|sitting|driving past|walking past|hanging around|coming round|knocking)"
    r"(?: [\w']+){0,3}? (?:at|outside|past|near|around|by|on) my (?:new )?(?:house|flat|home"
    r"|door|front door|window|windows|work|office|workplace|place|building|street|school|gym"
    r"|car))\b",
    # a break-in: "my ex broke into my flat"
    r"\b(?P<core>(?:broke|breaks|broken|breaking) into my (?:flat|house|home|apartment|room"
    r"|place|car))\b",
    # weapons pointed at the reader
    r"\b(?P<core>(?:pulled|held|pointed|waved) (?:a|his|her) (?:gun|knife) (?:at|to) (?:me|my))",
]

# Bare mentions of the subject: dropped in a clause about an article, a show or a campaign.
VIOLENCE_TOPIC_PATTERNS = [
    # abuse named as such: "abusive relationship", "domestic violence", "is this abuse"
    r"\b(?P<core>abus(?:ive|ing|es) (?:me|us|relationship|partner|husband|wife|boyfriend"
    r"|girlfriend|marriage|home|ex)|(?:domestic|physical|sexual) (?:violence|abuse)"
    r"|violent (?:relationship|partner|husband|wife|boyfriend|girlfriend|marriage|ex)"
    r"|(?:being|been|am|i'?m|getting) (?:physically |sexually )?abused"
    r"|is (?:it|this|that) abuse)\b",
    # a person described as violent: "he gets violent when he drinks", "she is abusive"
    r"\b(?:he|she|they)(?:'s| is| are|'re| has been| gets| can get| can be| becomes) (?:\w+ )?"
    r"(?P<core>violent|abusive)\b",
]

# The reader threatening someone else. A laugh in the same sentence makes it a joke.
THREAT_PATTERNS = [
    # "I'm going to kill her", "I want to stab him", "I'll hurt him like he hurt me"
    r"\b{I_WILL} (?:\w+ )?(?P<core>(?:kill|murder|hurt|stab|strangle|shoot|beat up|run over"
    r"|poison)"
    r" (?:him|her|them|my (?:ex|husband|wife|boyfriend|girlfriend|partner|bf|gf)"
    r"|that (?:woman|man|guy|girl)))\b",
]

# ---------------------------------------------------------------------------------------------
# Paired cues: the two-signal rule. Each cue below is an everyday phrase on its own ("a rope",
# "my pills", "he knows where I live", "he checks my phone") and a warning only next to a cue
# of a partner family (CUE_PARTNERS): a cue counts when a partner cue is in the same sentence,
# the one before or the one after. Two cues of the same family must not overlap. Each cue goes
# through negation, idioms and the settled past like any other rule. So "the rope swing at the
# park" or "the pills for my hay fever" stay quiet, while "I have a rope in the garage and I keep
# looking at it" is a signal.
# ---------------------------------------------------------------------------------------------

CUE_FAMILIES = {
    # self-harm: a means at hand
    "means": (
        SELF_HARM,
        [
            # a rope or noose (not "the rope swing", "a ropes course")
            r"\b(?P<core>(?:a|the|some|my|this|that) (?:length of )?rope"
            r"(?! (?:swing|course|bridge|light|ladder|burn)\b)|noose)\b",
            # blades: "the blade was still in my drawer", "razor blades"
            r"\b(?P<core>(?:razor )?blades?|razors?|scalpel|box cutter|stanley knife)\b",
            # tablets in quantity or just bought: "bought a lot of painkillers"
            r"\b(?P<core>(?:bought|buying|buy|got|collected|have|had|ordered|stocked up on"
            r"|got hold of|saved) (?:a lot of|lots of|loads of|enough|a load of|so many|extra"
            r"|several|two|three|four|five|six|\d+) (?:boxes |packets |packs |bottles |strips )?"
            r"(?:of )?(?:\w+ )?{PILLS})",
            # tablets laid ready: "the pills are next to me"
            r"\b(?P<core>{PILLS} (?:are |is )?(?:saved|stashed|hidden|ready|lined up|in front of me"
            r"|next to me|beside me|on the (?:table|bed|side)|in my (?:bag|pocket|drawer|room"
            r"|car)))",
            # a high place (not "the bridge club", "a roof terrace")
            r"\b(?P<core>(?:the|a|that) (?:bridge|roof|rooftop|ledge|cliffs?|multi-storey|viaduct"
            r"|railway line|train tracks|tracks|tower block))\b(?! (?:club|party|garden|bar"
            r"|terrace)\b)",
            r"\b(?P<core>(?:tallest|highest) (?:bridge|building|cliff|car park|point)"
            r"|edge of (?:the|a) (?:platform|roof|cliff|bridge)|platform edge)\b",
            # tablets at hand: "I've got the tablets"
            r"\b(?P<core>(?:got|have|holding) (?:the|my|all my) {PILLS})\b",
            # guns and fumes
            r"\b(?P<core>guns?|shotgun|rifle|pistol|firearm|car exhaust|hosepipe|charcoal"
            r"|carbon monoxide|antifreeze)\b",
        ],
    ),
    # self-harm: saying goodbye, putting things in order
    "farewell": (
        SELF_HARM,
        [
            # "a goodbye letter" (a breakup letter too, so a cue, not a rule)
            r"\b(?P<core>goodbye (?:letters?|notes?|messages?|videos?|texts?))",
            # letters to the family: "I've written to my kids", "a letter for my mum"
            r"\b(?P<core>(?:written|wrote|writing|left|leaving) (?:(?:a|the) (?:letter|note)s? "
            r"|letters |notes )?(?:to|for) (?:my |each of my |all my )?(?:kids|children|son"
            r"|daughter|mum|mom|dad|parents|family|sister|brother|husband|wife|partner|friends"
            r"|everyone|everybody))\b",
            # left for someone to find: "for my mum to find"
            r"\b(?P<core>for (?:them|him|her|my \w+|someone) to find)\b",
            # last words: "thank you for everything", "sorry everyone" (not "sorry everyone for
            # the long post")
            r"\b(?P<core>thank(?:s| you) for everything|i love you all|(?:sorry|goodbye|bye),?"
            r" (?:everyone|everybody|all|world))\b(?! for\b)",
            r"\b(?P<core>this (?:is|will be) (?:my|the) last (?:message|post|letter))\b",
            # arranging for dependants: "the cat will go to my sister"
            r"\b(?P<core>(?:cat|dog|kids|children|pets?|rabbit|hamster) (?:will|can|would"
            r"|is going to|are going to|'ll) (?:go to|stay with|live with|be looked after by"
            r"|be fine with|be better off with)|look after my (?:cat|dog|kids|children|pets?)"
            r" (?:for me|when i'?m gone))",
            # giving things away, affairs in order
            r"\b(?P<core>giv(?:e|en|ing) away (?:all )?my \w+|giv(?:e|en|ing) (?:all )?my \w+"
            r" away|(?:sorted|sorting|put|putting) (?:out )?my (?:affairs|will|finances)"
            r"|(?:made|wrote|written|updated) (?:a|my) will)\b",
            # goodbyes said: "I've said my goodbyes"
            r"\b(?P<core>(?:said|saying|say) my goodbyes?|(?:said|saying|say) goodbyes? to"
            r" (?:people|the people|my))\b",
            # leaving dependants to someone: "left the dog to my neighbour"
            r"\b(?P<core>left (?:the|my) (?:dog|cat|kids|children|pets?|rabbit) (?:to|with))\b",
            # a last word at the very end of the message: "... bye"
            r"(?:^|[.!?,] )(?P<core>bye|goodbye)[.!x ]*$",
        ],
    ),
    # self-harm: resolve, readiness, finality, a relapse, someone out of reach
    "resolve": (
        SELF_HARM,
        [
            # "I'm ready to go" (not "ready to go back to dating")
            r"\b(?P<core>ready to go)\b(?! (?:back|out|on|to|home|for|and|shopping|with|into"
            r"|now that|through)\b)",
            # decided: "I know what I'm going to do with them", "I've made my mind up"
            r"\b(?P<core>i know what i'?m (?:going to|gonna|about to) do|i know what i (?:need"
            r"|have) to do|i know why i'?m doing (?:it|this)|(?:made|make) (?:my mind up|up my"
            r" mind)|i'?ve decided)\b",
            # dwelling on a means: "I keep looking at it"
            r"\b(?P<core>(?:keep|kept|keeps) (?:looking at|staring at|thinking about|holding"
            r"|touching) (?:it|them)|can'?t stop (?:looking at|thinking about|staring at)"
            r" (?:it|them))\b",
            # the moment has come: "tonight's the night", "it'll all be over soon"
            r"\b(?P<core>tonight'?s the night|tonight is the night|it'?s time|this is it"
            r"|(?:it'?ll|it will|it'?s going to) (?:all )?be over (?:soon|tonight|tomorrow)"
            r"|(?:soon|tonight|tomorrow) it'?ll (?:all )?be over)\b(?! (?:to|for)\b)",
            # after death: "after I'm gone" (not "after I'm gone to uni")
            r"\b(?P<core>(?:after|when|once) i'?m (?:gone|dead|not here|no longer here))\b"
            r"(?! (?:to|for|away|from|on|out)\b)",
            # a relapse or urge: "I relapsed", "the urge is back and I gave in"
            r"\b(?P<core>relaps\w*|gave in|giving in|the urges? (?:is|are|'s|keeps?|kept|came|come"
            r"|was) (?:back|coming back|getting)|urges? to (?:cut|hurt|harm|burn|end it|do it))\b",
            # the calm of a decision: "I don't feel sad anymore, just calm"
            r"\b(?P<core>(?:calm|at peace|peaceful) (?:about it|now|finally|about my decision)"
            r"|(?:just|so|weirdly|strangely|oddly|eerily) calm|at peace)\b",
            # ending it (a breakup phrase too): "he'll end it if I file for divorce"
            r"\b(?P<core>(?:'ll|will|going to|gonna|about to) end it)\b"
            r"(?! (?:with|between|before|after|for)\b)",
            # planned: "I've got it all planned", "I've picked a date"
            r"\b(?P<core>(?:got|have|had) it (?:all )?(?:planned|worked out|figured out)"
            r"|(?:picked|set|chosen|chose) (?:a|the) (?:date|day|time|place))\b",
            # out of reach: "now his phone is off", "she won't pick up"
            r"\b(?P<core>(?:his|her|their) phone (?:is|'s) (?:off|switched off|dead|going"
            r" (?:straight )?to voicemail)|(?:isn'?t|is not|won'?t|wont) (?:answering|picking up"
            r"|pick up|answer))\b",
            # how it would be done: "think how easy it would be", "how I'd do it", "no way out"
            r"\b(?P<core>how easy it would be|how i'?d do it|how i would do it|how to do it"
            r"|no way out|just in case|stepped back|one more bad day"
            r"|for (?:a (?:really |very )?long time|ages|hours|an hour)"
            r"|(?:looking|staring|stared|looked) down(?: at the (?:water|tracks|road|river))?)\b",
            # all arranged: "everything's sorted now"
            r"\b(?P<core>(?:everything|it)(?:'s| is) (?:all )?(?:sorted|in order|arranged)"
            r"|all sorted)\b",
            # finality: "I'm done" (not "I'm done with him", "done talking")
            r"\b(?P<core>i'?m (?:so )?done)\b(?! (?:with|talking|crying|trying to (?:fix|make"
            r"|save|win)|being|for (?:today|the day|tonight))\b)",
        ],
    ),
    # violence: a weapon (kitchen talk too, so a cue)
    "weapon": (
        VIOLENCE,
        [
            r"\b(?P<core>knife|knives|guns?|shotgun|rifle|pistol|hammer|machete|axe"
            r"|baseball bat|crowbar)\b(?! and fork\b)",
        ],
    ),
    # violence: menace
    "menace": (
        VIOLENCE,
        [
            # "he knows where I am", "he's on his way"
            r"\b(?P<core>(?:he|she|they) knows? where i (?:live|am|work|sleep|'m staying|go))\b",
            r"\b(?P<core>(?:he|she|they)(?:'s| is|'re| are) (?:on (?:his|her|their) way here"
            r"|coming(?: here| back here)?)(?=[.,!?]|$))",
            # conditions with a consequence from them: "if I leave he'll use it", "he'll sort me
            # out if I don't leave my wife alone" (not "if I leave this job I'll...")
            r"\b(?P<core>if i (?:ever )?(?:leave|left|cheat|cheated|tell|told|go to the police"
            r"|call the police|report|(?:don'?t|do not|won'?t) (?:come back"
            r"|leave (?:\w+ ){1,2}alone|stop|do (?:what|as))))\b"
            r"(?=[^.!?]{0,40}?\b(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to"
            r"|'s gonna)\b)",
            r"\b(?:he|she|they)(?:'ll|'d| will| would| is going to|'s going to|'s gonna)\b"
            r"[^.!?]{0,40}?\b(?P<core>if i (?:ever )?(?:leave|left|cheat|cheated|tell|told"
            r"|go to the police|call the police|report|(?:don'?t|do not|won'?t) (?:come back"
            r"|leave (?:\w+ ){1,2}alone|stop|do (?:what|as))))\b",
            r"\b(?P<core>it'?s for me|next time|or else|(?:you'?ll|i'?ll|you will|i will) regret"
            r"|make me (?:pay|regret)|watch (?:my|your) back)\b",
            # intimidation: "punched a hole in the wall", "banging on the windows"
            r"\b(?P<core>(?:punched|punches|kicked|kicks|smashed|smashes) (?:a hole in |holes in )?"
            r"(?:the|a) (?:wall|door|windows?)|bang(?:ing|ed|s)? on (?:the|my) (?:door|windows?))",
        ],
    ),
    # violence: fear
    "fear": (
        VIOLENCE,
        [
            r"\b(?P<core>scared|terrified|afraid|frightened|petrified|shaking|trembling|hiding"
            r"|locked myself in)\b",
        ],
    ),
    # violence: turning up where the reader lives or works
    "haunt": (
        VIOLENCE,
        [
            r"\b{PERSON} {GAP}(?P<core>(?:turn(?:s|ed|ing)? up|show(?:s|ed|ing)? up|waits?|waiting"
            r"|waited|parks?|parked|parking|sits?|sitting|sat|drives?|driving|drove|walks?"
            r"|walking|walked|hangs? around|hanging around|lurk\w*|stands?|standing|stood)"
            r"(?: [\w']+){0,3}? (?:at|outside|past|near|around|by|on|in) my (?:new )?(?:house"
            r"|flat|home|door|front door|window|windows|work|office|workplace|place|building"
            r"|street|school|gym|car|road))\b",
        ],
    ),
    # violence: contact from someone close ("my ex keeps texting me" alone is everyday)
    "contact": (
        VIOLENCE,
        [
            r"\b(?P<core>(?:calling|texting|messaging|ringing|emailing|contacting|calls|texts"
            r"|messages|rings|emails|contacts|called|texted|messaged|rang) me)\b",
        ],
    ),
    # violence: at odd hours or for hours
    "persist": (
        VIOLENCE,
        [
            r"\b(?P<core>every (?:night|day|evening|morning|weekend|time i)|for hours|all night"
            r"|at (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|night|midnight)|in the middle of the night"
            r"|again and again|hundreds of times|\d{2,} times)\b",
        ],
    ),
    # violence: against the reader's will
    "unwanted": (
        VIOLENCE,
        [
            r"\b(?P<core>even though i(?:'ve| have)? (?:blocked|asked|told|begged)|after i"
            r" (?:blocked|asked|told)|blocked (?:him|her|them|his number|her number)|uninvited"
            r"|restraining order|(?:different|new|fake|withheld|private|unknown) numbers"
            r"|won'?t (?:leave me alone|take no for an answer|go away)|(?:told|asked|begged)"
            r" (?:him|her|them) to stop|never (?:gave|told) (?:him|her|them) (?:the|my) address)\b",
        ],
    ),
    # violence: coercive control, monitoring, money, isolation
    "control": (
        VIOLENCE,
        [
            # reading the reader's messages: "he reads all my messages"
            r"\b(?P<core>(?:reads?|reading|checks?|checking|checked|goes through|going through"
            r"|went through|looks through|looking through) (?:all )?my (?:messages|texts|emails"
            r"|dms|phone|whatsapps?|call log|browser history|post))\b",
            r"\b(?P<core>(?:logs?|logged|logging) (?:in ?to|into|on ?to) my (?:email|accounts?"
            r"|phone|instagram|facebook|bank|icloud|laptop)|(?:all )?my passwords)\b",
            r"\b(?P<core>(?:see|know|check) (?:who|what) i(?:'m)? (?:talk|talking|speak|speaking"
            r"|text|texting|message|messaging) to)\b",
            # money: "he controls all the money", "I have to show him receipts"
            r"\b(?P<core>controls? (?:all )?(?:the|my|our) (?:money|finances|bank|wages|salary"
            r"|cards?|accounts?)|allowance|pocket money|i (?:get|am given|'m given)"
            r" (?:[\w£$€.]+ ){1,3}(?:a|per) (?:week|month)|show (?:him|her|them) (?:the |all |my )?"
            r"receipts|(?:ask|beg) (?:him|her|them) for (?:money|cash)|(?:takes|took|keeps) my"
            r" (?:wages|salary|pay|money|benefits|bank ?cards?|cards?))\b",
            # controlling everything: "he controls what I wear", "she's so controlling", "hacked
            # my email", "cameras in the flat"
            r"\b(?P<core>controls? (?:everything|what i|who i|where i|when i|how i)|controlling"
            r"|hack(?:ed|s|ing)? (?:into )?my (?:accounts?|email|phone|instagram|facebook)"
            r"|(?:hidden )?cameras? (?:in|around) (?:the|my|our) (?:house|flat|bedroom|room"
            r"|home))\b",
            # isolation: "I'm not allowed to see my friends"
            r"\b(?P<core>(?:not|never) allowed to (?:see|go|leave|have|work|drive|visit|talk|call"
            r"|text|wear)|won'?t let me (?:\w+ )?(?:see|go|leave|work|drive|visit|talk|call|have"
            r"|wear)|cut(?:s|ting)? me off from (?:my )?(?:friends|family|everyone)"
            r"|(?:takes?|took|taken|taking|hides?|hid|hidden|keeps?|kept) (?:my|the) (?:phone|keys"
            r"|car keys|house keys|purse|wallet|bank ?cards?)|won'?t give (?:me )?(?:my|the)"
            r" (?:phone|keys|car keys|purse|wallet|passport|money|bank ?cards?) back)\b",
        ],
    ),
}

# Which families pair up. A family paired with itself needs two separate cues of it.
CUE_PARTNERS = {
    "means": {"farewell", "resolve"},
    "farewell": {"means", "resolve"},
    "resolve": {"means", "farewell"},
    "weapon": {"menace", "fear"},
    "menace": {"weapon", "fear", "haunt", "menace", "contact"},
    "fear": {"weapon", "menace", "haunt", "contact"},
    "haunt": {"persist", "unwanted", "fear", "menace"},
    "contact": {"unwanted", "menace", "fear"},
    "persist": {"haunt"},
    "unwanted": {"haunt", "contact"},
    "control": {"control"},
}

# Idioms that look like crisis language but are not. A signal overlapping one is dropped.
FIGURATIVE_PATTERNS = [
    # "this breakup is killing me", "my feet are killing me" (but not "he is killing me")
    r"\b(?!(?:he|she|they|who|husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom"
    r"|mother)\b)\w+(?:'s|'re| is| are| was| were| has been| have been| keeps?)"
    r"(?: (?:literally|actually|honestly|really|slowly|just|so))* killing me\b",
    # "it kills me that she moved on"
    r"\b(?:it|this|that) (?:\w+ )?kills me\b",
    # "I could die of embarrassment", "dying of laughter"
    r"\b(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|shame|cringe|laugh\w*"
    r"|boredom|jealousy|curiosity|happiness|excitement|cuteness|envy)\b",
    # "I'm dying to know", "dying for a drink"
    r"\bdying (?:to|for)\b",
    # "I nearly died laughing", "killed myself laughing", "laughed myself to death"
    r"\b(?:die|died|dying|dead|kill(?:ed|ing)? myself) laugh\w*|\blaughed (?:myself )?to death\b",
    # "dead tired", "dead on my feet"
    r"\bdead (?:tired|on my feet|beat|exhausted|bored)\b",
    # "I'd kill for a coffee"
    r"\bkill (?:for|to have)\b",
    # "killing time", "kill it at the interview", "kill the mood"
    r"\bkill(?:ing|ed|s)? (?:time|it|the (?:mood|vibe|lights?|engine))\b",
    # "her lasagne is to die for"
    r"\bto die for\b",
    # "I'd rather die than go to his office party"
    r"\b(?:rather|sooner) die than\b",
    # "I died a little inside"
    r"\b(?:die|died|dying) (?:a little|a bit)(?: inside)?\b|\b(?:die|died|dying) inside\b",
    # overwork: "I'm killing myself trying to make this work"
    r"\bkill(?:ing)? myself (?:trying|working|at work|to (?:make|please|keep|get|impress))\b",
    # "my mum is going to kill me when she finds out"
    r"\b(?:going to|gonna|'ll|will|would|'d) kill me (?:when|if|once) (?:he|she|they|my \w+)"
    r" (?:finds? out|found out|knew|knows|sees?|saw|hears?|heard|notices?|realises?"
    r"|realizes?)\b",
    # lyrics and romance: "I'd die for you", "die in your arms"
    r"\bdie (?:for you|in your arms)\b",
    # other meanings of "hit me" and "beat me": "it hit me that", "hit me up", "beats me why"
    r"\b(?:it|this|that|reality) (?:\w+ )?hit me\b|\bhit me (?:up|back)\b"
    r"|\bbeats me (?:why|how|what|where|who|whether)\b",
    # "kill him with kindness"
    r"\bkill\b[^.!?]{0,40}? with kindness\b",
    # comfort eating and binge watching: "I'm going to overdose on ice cream"
    r"\boverdos\w* on (?:ice cream|chocolate|sugar|caffeine|coffee|cake|pizza|netflix|tv|carbs"
    r"|rom-?coms|sad songs|love songs|self-help)\b",
    # "social suicide", "a suicide mission"
    r"\b(?:social|career|political|professional|financial) suicide\b"
    r"|\bsuicide (?:squad|mission|run|doors)\b",
    # accidents and play: "my son headbutted me by accident"
    r"\b\w+ (?:me|my \w+) (?:by accident|accidentally|by mistake|in (?:his|her|their) sleep)\b"
    r"|\baccidentally \w+ (?:me|my \w+)\b",
    # other meanings of body-part phrases: "pulled my leg", "cut my hair", "stabbed me in the
    # back", "twisted my arm" (persuaded)
    r"\bpull(?:ed|s|ing)? my leg\b|\b(?:cut|cuts|cutting|trimmed|did|dyed|styled|braided"
    r"|brushed|washed) my hair\b|\bstab\w* (?:me )?in the back\b(?! with\b)"
    r"|\btwist(?:ed|s|ing)? my arm (?:into|to|and i (?:said|went|agreed))\b",
    # "the death of me", "dead to me"
    r"\bthe death of me\b|\bdead to me\b",
]

# ---------------------------------------------------------------------------------------------
# Context rules: negation, clauses, settled past, media, laughter.
# ---------------------------------------------------------------------------------------------

_NEGATION_WINDOW = 5  # words before the core in which a negator cancels it

_NEGATOR = re.compile(
    r"\b(?:not|never|no longer|nothing like|no way|stopped|quit"
    r"|(?:do|does|did|is|was|are|were|wo|would|has|have|had)(?:n'?t| not))\b"
)
# Phrases that contain a negator but do not deny what follows.
_NOT_A_NEGATION = re.compile(
    r"\b(?:not (?:even |really )?(?:sure|certain)|not (?:gonna|going to) lie|not only|not just"
    r"|(?:do|did)(?:n'?t| not) (?:even )?know|(?:do|does|did)(?:n'?t| not) care)\b"
)
# A new subject between a negator and the core starts another statement: "if he doesn't come
# back I'll kill myself". Not after an inverting modal ("no way would I"), nor after "don't
# think", "not that" or "not like", which deny what follows them.
_NEW_SUBJECT = re.compile(
    r"(?<!would )(?<!could )(?<!will )(?<!did )(?<!do )"
    r"\b(?:i|i'm|im|i'll|i'd|i've|(?:he|she|they|we)(?:'s|'re|'ll|'d|'ve)?)\b"
)
_THINKING = re.compile(r" *(?:think|believe|reckon|suppose|imagine|expect|saying|that|like)\b")
_CLAUSE_BREAK = re.compile(
    r"[.!?;,:()\"]|\b(?:but|and|however|though|although|because|cause|cuz|whereas)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?]+")
_WORD = re.compile(r"[\w']+")

# A distant, finished past in the same clause makes a signal historical...
_SETTLED_PAST = re.compile(
    r"\b(?:"
    r"(?:(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty) )?"
    r"(?:years|yrs|decades) ago"
    r"|as a (?:teen(?:ager)?|kid|child|student)"
    r"|when i was (?:a (?:teen(?:ager)?|kid|child|student)|young(?:er)?|\d+"
    r"|in (?:school|college|uni(?:versity)?|my (?:teens|twenties)))"
    r"|in my (?:teens|twenties)|(?:a )?long time ago"
    r"|back (?:then|in (?:school|college|uni|the day))"
    r"|used to|i'?ve been (?:fine|clean|free|safe|ok|okay|well) for|(?:i'?m|i am) safe now"
    r"|now i'?m safe"
    r")\b"
)
# ...unless the message says it is happening again or now.
_RECURRENCE = re.compile(
    r"\b(?:again|lately|recently|these days|right now|this week|tonight|today|last night"
    r"|yesterday|coming back|relaps\w*|started to|starting to|feel (?:the same|that way"
    r"|like that))\b"
)
# A question put to the reader, and a "no" for an answer.
_ASKED = re.compile(r"\b(?:asked|asks|ask|asking) (?:me )?(?:if|whether)\b")
_ANSWERED_NO = re.compile(
    r"\b(?:answer (?:is|was) (?:no|never)|(?:said|answered|say|told (?:him|her|them)) no)\b"
)
# Words that make a bare topic mention about media or campaigns rather than the reader.
_MEDIA = re.compile(
    r"\b(?:article|column|post|blog|piece|podcast|documentary|film|movie|show|series|episode"
    r"|book|novel|song|lyrics|storyline|character|news|headline|drama|awareness|prevention"
    r"|charity|campaign|research|study|statistics|course|training|seminar|webinar|volunteer\w*)s?\b"
)
# A laugh that turns a threat into a joke; "not joking" does not count.
_LAUGHTER = re.compile(
    r"\b(?:ha|haha\w*|hehe\w*|lol|lmao|lmfao|rofl|jk|j/k)\b|(?<!not )(?<!not even )(?<!n't )"
    r"\b(?:just )?(?:kidding|joking)\b|[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F643]"
)

# ---------------------------------------------------------------------------------------------
# Text folding with offsets kept.
# ---------------------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
    }
)


@dataclass(frozen=True)
class _Folded:
    """Folded text, and for each of its characters the span of original text it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    """Spans of base characters with the combining marks that follow them."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


def _fold(text: str) -> _Folded:
    """NFKC, casefold, straight quotes, no zero-width characters, and each run of whitespace
    (line breaks too: hard-wrapped text must still match) as one space."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        folded = unicodedata.normalize("NFKC", text[start:end]).casefold().translate(_QUOTES)
        for char in folded:
            if unicodedata.category(char) == "Cf":
                continue
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            starts.append(start)
            ends.append(end)
    return _Folded("".join(chars), tuple(starts), tuple(ends))


# ---------------------------------------------------------------------------------------------
# Rules.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    """One compiled pattern and how its matches are judged."""

    category: str
    regex: re.Pattern[str]
    topic: bool = False  # a bare mention of the subject: ignored when about media
    threat: bool = False  # the reader threatening someone: ignored when laughed off
    family: str = ""  # a paired cue: counts only next to a cue of a partner family


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern))


def _builtin_rules() -> tuple[_Rule, ...]:
    groups = (
        (SELF_HARM, SELF_HARM_PATTERNS, {}),
        (SELF_HARM, SELF_HARM_TOPIC_PATTERNS, {"topic": True}),
        (VIOLENCE, VIOLENCE_PATTERNS, {}),
        (VIOLENCE, VIOLENCE_TOPIC_PATTERNS, {"topic": True}),
        (VIOLENCE, THREAT_PATTERNS, {"threat": True}),
    )
    return tuple(
        _Rule(category, _compile(pattern), **flags)
        for category, patterns, flags in groups
        for pattern in patterns
    )


_RULES = _builtin_rules()
_CUES = tuple(
    _Rule(category, _compile(pattern), family=family)
    for family, (category, patterns) in CUE_FAMILIES.items()
    for pattern in patterns
)
_FIGURATIVE = tuple(_compile(pattern) for pattern in FIGURATIVE_PATTERNS)


@lru_cache(maxsize=512)
def _phrase_rule(category: str, phrase: str) -> _Rule | None:
    """A site owner's phrase as a rule: whole words, any whitespace between them."""
    if category not in CATEGORIES:
        raise ValueError(f"Unknown care category {category!r}; expected one of {CATEGORIES}")
    words = _fold(phrase).text.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    return _Rule(category, re.compile(rf"(?<!\w)(?P<core>{body})(?!\w)"))


# ---------------------------------------------------------------------------------------------
# Judging a match.
# ---------------------------------------------------------------------------------------------


def _is_negated(text: str, core_start: int) -> bool:
    """A negator among the few words before the core, in the same clause, with no new subject
    between the two."""
    clause = _CLAUSE_BREAK.split(text[:core_start])[-1]
    window = " ".join(_WORD.findall(clause)[-_NEGATION_WINDOW:])
    window = _NOT_A_NEGATION.sub(" ", window)
    for negator in _NEGATOR.finditer(window):
        rest = window[negator.end() :]
        if _THINKING.match(rest) or not _NEW_SUBJECT.search(rest):
            return True
    return False


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]."""
    before = _SENTENCE_BREAK.split(text[:start])[-1]
    after = _SENTENCE_BREAK.split(text[end:])[0]
    return before + text[start:end] + after


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]."""
    before = _CLAUSE_BREAK.split(text[:start])[-1]
    after = _CLAUSE_BREAK.split(text[end:])[0]
    return before + text[start:end] + after


def _is_figurative(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(fig_start < end and start < fig_end for fig_start, fig_end in spans)


def _is_settled_past(text: str, start: int, end: int) -> bool:
    """In a clause about the distant past, and nothing in the message says it is back."""
    return bool(
        _SETTLED_PAST.search(_clause_around(text, start, end)) and not _RECURRENCE.search(text)
    )


def _is_denied_question(text: str, start: int, end: int) -> bool:
    """Someone asked the reader about it and the reader said no: "the doctor asked if I ever
    thought about hurting myself and the answer is no"."""
    sentence_start = start - len(_SENTENCE_BREAK.split(text[:start])[-1])
    sentence_end = end + len(_SENTENCE_BREAK.split(text[end:])[0])
    return bool(
        _ASKED.search(text, sentence_start, start) and _ANSWERED_NO.search(text, end, sentence_end)
    )


def _is_dismissed(
    rule: _Rule, match: re.Match[str], text: str, figurative: list[tuple[int, int]]
) -> bool:
    """Whether the context shows this match is not a crisis signal."""
    start, end = match.span()
    core_start = match.start("core") if "core" in rule.regex.groupindex else start
    if _is_negated(text, core_start):
        return True
    if _is_figurative(figurative, start, end) or _is_settled_past(text, start, end):
        return True
    if _is_denied_question(text, start, end):
        return True
    if rule.topic and _MEDIA.search(_clause_around(text, start, end)):
        return True
    return rule.threat and bool(_LAUGHTER.search(_sentence_around(text, start, end)))


# ---------------------------------------------------------------------------------------------
# Public API.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CareSignal:
    """One sign of crisis: its category and where the reader wrote it."""

    category: str  # SELF_HARM or VIOLENCE
    phrase: str  # the text that matched, as written by the reader
    start: int  # offsets into the original text
    end: int


def _signal(rule: _Rule, match: re.Match[str], original: str, folded: _Folded) -> CareSignal:
    group = "core" if "core" in rule.regex.groupindex else 0
    start, end = folded.original_span(*match.span(group))
    return CareSignal(rule.category, original[start:end], start, end)


def _without_overlaps(signals: list[CareSignal]) -> list[CareSignal]:
    """Signals in text order; of overlapping ones in one category, the first and longest."""
    kept: list[CareSignal] = []
    for signal in sorted(signals, key=lambda s: (s.start, -s.end, s.category)):
        if not any(
            k.category == signal.category and k.start < signal.end and signal.start < k.end
            for k in kept
        ):
            kept.append(signal)
    return kept


def _paired(cues: list[tuple[_Rule, re.Match[str]]], text: str) -> list[tuple[_Rule, re.Match]]:
    """The cues that have a partner (CUE_PARTNERS) in the same sentence or the next one either
    side; two cues of one family must not overlap."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    sentence = [bisect_right(breaks, match.start()) for _, match in cues]
    kept = []
    for index, (rule, match) in enumerate(cues):
        for other, (other_rule, other_match) in enumerate(cues):
            if (
                other_rule.family in CUE_PARTNERS[rule.family]
                and abs(sentence[index] - sentence[other]) <= 1
                and (
                    other_rule.family != rule.family
                    or other_match.end() <= match.start()
                    or match.end() <= other_match.start()
                )
            ):
                kept.append((rule, match))
                break
    return kept


def classify(text: str, extra_phrases: Iterable[tuple[str, str]] = ()) -> list[CareSignal]:
    """All crisis signals in `text`. `extra_phrases` are (category, phrase) pairs the site owner
    added in the admin: matched case-insensitively as whole words (inner whitespace flexible),
    with the same negation rules as the built-in patterns.

    Raises ValueError for an extra phrase whose category is not in CATEGORIES."""
    folded = _fold(text)
    extra = [_phrase_rule(category, phrase) for category, phrase in extra_phrases]
    rules = _RULES + tuple(rule for rule in extra if rule is not None)
    figurative = [m.span() for regex in _FIGURATIVE for m in regex.finditer(folded.text)]
    signals = [
        _signal(rule, match, text, folded)
        for rule in rules
        for match in rule.regex.finditer(folded.text)
        if not _is_dismissed(rule, match, folded.text, figurative)
    ]
    cues = [
        (rule, match)
        for rule in _CUES
        for match in rule.regex.finditer(folded.text)
        if not _is_dismissed(rule, match, folded.text, figurative)
    ]
    signals += [_signal(rule, match, text, folded) for rule, match in _paired(cues, folded.text)]
    return _without_overlaps(signals)


def needs_care(text: str, extra_phrases: Iterable[tuple[str, str]] = ()) -> bool:
    """Whether `text` shows any sign of crisis."""
    return bool(classify(text, extra_phrases))


# ---------------------------------------------------------------------------------------------
# Evaluation against labelled messages (tests and bench/care.py).
# ---------------------------------------------------------------------------------------------


def parse_labelled(lines: Iterable[str]) -> list[tuple[bool, str, str]]:
    """Rows of a labelled TSV (header `label<TAB>category<TAB>text`) as
    (is_crisis, category, text); category is "-" for ok rows."""
    rows = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if number == 1 or not line.strip():
            continue
        label, category, text = line.split("\t")
        if label not in ("crisis", "ok") or category not in (*CATEGORIES, "-"):
            raise ValueError(f"line {number}: bad label {label!r} or category {category!r}")
        rows.append((label == "crisis", category, text))
    return rows


def _ratio(part: int, whole: int) -> float:
    """part / whole, and 1.0 when there is nothing to measure."""
    return part / whole if whole else 1.0


def evaluate(rows: Iterable[tuple[bool, str, str]]) -> dict:
    """Score `classify` on (is_crisis, category, text) rows. A crisis row counts as found when
    any signal is raised, whatever its category. Returns counts (rows, tp, fp, fn, tn),
    precision, recall, recall per category, and the misclassified texts."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    found = {category: [0, 0] for category in CATEGORIES}  # found, total
    missed: list[str] = []
    false_alarms: list[str] = []
    for is_crisis, category, text in rows:
        flagged = needs_care(text)
        if is_crisis:
            found[category][1] += 1
            found[category][0] += flagged
            counts["tp" if flagged else "fn"] += 1
            if not flagged:
                missed.append(text)
        else:
            counts["fp" if flagged else "tn"] += 1
            if flagged:
                false_alarms.append(text)
    return {
        "rows": sum(counts.values()),
        **counts,
        "precision": _ratio(counts["tp"], counts["tp"] + counts["fp"]),
        "recall": _ratio(counts["tp"], counts["tp"] + counts["fn"]),
        "recall_by_category": {c: _ratio(hit, total) for c, (hit, total) in found.items()},
        "missed": missed,
        "false_alarms": false_alarms,
    }
