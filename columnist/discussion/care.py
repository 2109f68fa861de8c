"""Reader care: spot a reader message that shows signs of crisis, so the column can answer it
with care (a gentle note and the help lines) before anything else.

This is a transparent rule-based classifier, not a model: every decision can be traced to one
regular expression below or to a few weighted cues adding up (step 4 below), every rule and
cue has a comment or an example, and its figures are measured on labelled messages
(``bench/care.py``). It is tuned for recall. A false alarm costs a kind note the reader did not
need; a miss costs far more. So the cues are many and broad, and a message needs little to be
flagged.

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
  a friend's abuse that has ended, someone else's court order against their own ex.
* Play and small children: "we were messing around in the pool and he grabbed my hair", "the
  baby kicked me all night", "my dog dragged me across the field".
* The past, explicitly settled: "years ago I was in a violent relationship, now I'm safe", "I
  self-harmed as a teenager and have been fine for 12 years", "my sister bit me when we were
  kids". Settled means a distant-past marker in the same clause and no sign anywhere in the
  message that it is back ("again", "lately", "tonight", ...).

How the classifier decides
--------------------------
1. The text is folded (Unicode NFKC, casefold, curly quotes made straight, zero-width
   characters dropped, whitespace collapsed to one space) keeping, for every folded character,
   the span of the original text it came from, so signals point at the reader's own words.
2. Every rule and cue is a regular expression; the part in the named group ``core`` (the whole
   match when there is none) is the statement itself. Precise statements are rules
   (``SELF_HARM_PATTERNS``, ``VIOLENCE_PATTERNS``, ...): one match is a signal. Everyday words
   that are warnings only together are cues (``CUES``, step 4). To stay fast however many
   patterns there are, a pattern only runs on a message holding the words it needs, and only
   where its first word starts (see "Which patterns to try" below).
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
   * it is the reader threatening someone else in a sentence that laughs it off;
   * it is violence in a sentence about play the reader shares ("we were messing around");
   * for a cue: its clause, its own words aside, is about an article, a show or a campaign.
4. Weighted cues (``CUES``): kinds of cue per category, each cue weak (1: "the bridge", "my
   pills", "every night") or telling enough alone (2: "sorry to whoever reads this", "a
   refuge", "does it hurt to drown"). Self-harm kinds: means, acts and methods, wounds,
   farewells, hopelessness with finality, searches, readiness, times, dwelling on it, someone
   out of reach, a death close by. Violence kinds: physical acts, injuries, excuses, weapons,
   menace, stalking and watching, control, sex without consent, help sought, fear, anger,
   repetition. A kind adds its heaviest cue, or the sum of its cues up to its cap; a message is
   flagged in a category when its cues there score ``CUE_THRESHOLD`` (2) and are not all of
   the context kinds (time, fear, anger, repetition, ...), which only ever add to another cue.
   The cues that count are reported as the signals.

Phrases the site owner adds in the admin go through the same steps 1 and 3 (except the topic
rule, which is for the built-in topic words only).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as _sre
from re import _parser as _sre_parse
from typing import NamedTuple

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
        r"|tramadol|oxycodone|ibuprofen|aspirin|insulin|prescriptions|prescription meds)"
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
    r"\b(?P<core>(?:sleep|asleep) and (?:just )?(?:(?:not|never) (?:wake up|be here|exist)"
    r"|stay asleep)"
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
    r"\b(?P<core>how (?:many|much) (?:[\w']+ ){0,4}?{PILLS}|{PILLS} (?:counted|lined|laid) out"
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
    r"\b(?P<core>thr(?:ew|ows|owing|own) (?!shade\b|(?:a |the |his |her )?(?:pillow|cushion|sock"
    r"|teddy|snowball|kiss|glance|look|smile|wink|party|tantrum|fit|strop|wobbly)s?\b)"
    r"(?:[\w']+ ){1,3}?"
    r"(?:at|over) {VICTIM})\b"
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
    # (not "he knows where I live so he'll drop my books round")
    r"\b(?:said|says|saying|told me|tells me|texted|messaged|reminded me|reminding me|wrote)"
    r"(?: me)?(?: that)? (?P<core>(?:he|she|they) (?:knows?|know) where i (?:live|am|work"
    r"|sleep|'m staying|am staying|go))\b(?!,? so (?:he|she|they)(?:'ll| can| will| could)"
    r" (?:drop|bring|send|return|post|pop|come and get|collect)\b)",
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
# Weighted cues. Each cue below is an everyday phrase on its own ("the bridge", "my pills",
# "every night", "he checks my phone") or a telling one ("sorry to whoever reads this", "a
# refuge"). Each has a weight: 1 for a cue that needs company, 2 for one telling enough alone.
# Cues come in kinds; a kind adds its heaviest cue to its category's score, or, if more, the sum
# of its cues up to the kind's cap (so "the bridge" and "the trains", both means, still add 1).
# Each phrase counts once, and a cue lying inside a heavier (or longer) cue of its category does
# not count again ("traffic" in "walking into traffic"). A message is flagged in a category when
# its score there reaches CUE_THRESHOLD with at least one cue not of a CONTEXT_KINDS kind. Every
# cue first goes through negation, idioms, the settled past and the media rule (see
# `_is_dismissed`). So "the pills for my hay fever" (1) or "the bridge where he proposed" (1)
# stay quiet, while "I've got the whole packet of co-codamol here and nothing is stopping me"
# (1 + 2), "the bridge... tonight" (1 + 1) or "sorry to whoever reads this" (2) are flagged.
# The weights were set on the development messages, for recall first: a cue seen in harmless
# messages there is weak (1) however grave it sounds.
# ---------------------------------------------------------------------------------------------

CUE_THRESHOLD = 2
# Kinds that only ever add to another cue: a time, dwelling on it, a death close by, fear, anger,
# repetition. Cues of these kinds alone never flag a message.
CONTEXT_KINDS = frozenset({"when", "dwell", "loss", "fear", "anger", "persist"})


class _Kind(NamedTuple):
    """A kind of cue: its category, its cap, its telling cues (weight 2) and weak ones (1)."""

    category: str
    cap: int
    telling: list[str]
    weak: list[str]


CUES: dict[str, _Kind] = {
    # -- self-harm ----------------------------------------------------------------------------
    # A means at hand: tablets, blades, a ligature, a height, a road or railway, water, fumes.
    "means": _Kind(
        SELF_HARM,
        cap=1,
        telling=[
            # a noose or ligature
            r"\b(?P<core>nooses?|ligatures?)\b",
            r"\b(?P<core>(?:the|a) (?:beam|banister|bannister|loft hatch|rafters?|hook in the"
            r" \w+))\b",
            r"\b(?P<core>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            r"|twenty) (?:floors|storeys|stories|flights|metres|meters|feet|foot) (?:down|up|high"
            r"|below|drop|to the ground)|(?:a|the) (?:long |big |sheer )?drop)\b",
            # the railway and the road: "the tracks", "oncoming traffic"
            r"\b(?P<core>(?:train |railway |rail |the )tracks|railway line|level crossing|platform"
            r" edge|edge of the platform|oncoming (?:traffic|cars?|lorry|lorries|trucks?)|the dual"
            r" carriageway|the hard shoulder)\b",
            # water: "drown", "the river"
            r"\b(?P<core>drown(?:ed|ing|s)?)\b(?! (?:my|our|his|her) sorrows\b)",
            # fumes: "the engine running", "a hosepipe"
            r"\b(?P<core>engine (?:running|on|going)|exhaust(?: pipe| fumes)?|hose ?pipe|charcoal"
            r"|carbon monoxide|gas oven|the gas on|fumes)\b",
        ],
        weak=[
            # a rope, a length of cord (not "the rope swing", "a ropes course")
            r"\b(?P<core>(?:a|the|some|my|this|that) (?:length of )?rope(?! (?:swing|course|bridge"
            r"|lights?|ladder|burn)\b))\b",
            r"\b(?P<core>(?:length|bit|piece|coil) of (?:washing line|rope|cord|cable|flex|wire|tow"
            r" rope))\b",
            # tablets, by kind or by the packet: "my sleeping pills", "a box of paracetamol"
            r"\b(?P<core>{PILLS}|(?:packets?|packs?|box(?:es)?|bottles?|strips?|blister packs?"
            r"|tubs?) of (?:\w+ )?(?:{PILLS}|\w+(?:ine|ol|am|ide|one)))\b",
            # blades: "a razor", "the blade", "broken glass"
            r"\b(?P<core>(?:razor )?blades?|razors?|scalpels?|box cutter|stanley knife|broken glass"
            r"|shards? of glass|pencil sharpener)\b",
            r"\b(?P<core>washing line|clothes ?line|tow rope)\b",
            # a height (not "the bridge club", "a roof terrace")
            r"\b(?P<core>(?:the|a|that|our|my) (?:foot)?bridge|cliffs?|balcony|rooftop|(?:the|a)"
            r" roof|ledge|multi[- ]?storey|car park roof|tower block|viaduct|flyover|overpass|top"
            r" floor|\d+(?:st|nd|rd|th) floor|(?:the|a) quarry)\b(?! (?:club|party|garden|bar"
            r"|terrace|rack|tiles|leak|lights)\b)",
            r"\b(?P<core>top of the (?:stairs|stairwell|building|car park|multi[- ]?storey|tower"
            r"|block|cliff|bridge)|stairwell|fire escape)\b",
            r"\b(?P<core>(?:high|tall|highest|tallest) (?:building|bridge|place|block|point)|high"
            r" up|heights|(?:the|a|my) window ledge|the edge)\b",
            r"\b(?P<core>trains?|buses|bus|lorry|lorries|traffic|motorway|the kerb|the curb|the"
            r" road|the platform)\b",
            r"\b(?P<core>the (?:river|sea|canal|lake|reservoir|weir|waves|tide|water))\b",
            r"\b(?P<core>(?:the|my|our|a) garage)\b",
            # guns
            r"\b(?P<core>guns?|shotgun|rifle|pistol|firearm)\b",
        ],
    ),
    # An act against oneself, or the way it would be done.
    "act": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # cutting in other words: "scoring lines into my stomach"
            r"\b(?P<core>(?:scor|etch|scrap|carv|gouge|slic)\w* (?:lines |marks |words |letters"
            r" )?(?:into|in|on|across) my (?:own )?(?:arms?|legs?|skin|wrists?|thighs?|stomach"
            r"|hips?|chest))\b",
            # suffocation
            r"\b(?P<core>(?:plastic )?bag (?:and tape|over my head|over (?:his|her) head)"
            r"|helium)\b",
            # over the barrier: "I climbed over the barrier on the flyover"
            r"\b(?P<core>(?:climbed|climb|climbing|got|get|getting|went|go) (?:over|past|through)"
            r" the (?:railings?|barrier|fence|wall|edge|parapet|safety net)|sat (?:there|on the"
            r" edge|on the ledge|on the railings?))\b(?![^.!?]{0,30}\b(?:concert|gig|festival|stage"
            r"|match|pitch|zoo|queue)\b)",
            # stepping out in front of traffic: "in front of the 73 bus"
            r"\b(?P<core>in front of (?:a |an |the )?(?:\d+ |next |oncoming |moving |passing "
            r"|speeding |fast )?(?:bus|train|tube|tram|lorry|truck|car|van|traffic|motorbike))\b(?!"
            r" (?:stop|station|shelter|window|seat|park)\b)",
            # jumping, falling, stepping off: "jumping off", "step off the kerb"
            r"\b(?P<core>(?:jump|jumps|jumping|jumped|leap|leaping|leapt|fall|falling|throw myself"
            r"|throwing myself|threw myself|let myself fall|step|stepping|stepped) (?:off|from|out"
            r" of(?! (?:love|touch|favour|favor|bed|line|step|sync|the habit|the relationship)\b)"
            r"|over|in front of)|(?:walk|walking|walked|run|running|ran) (?:into the (?:sea"
            r"|river|water|traffic|road|canal|lake)|in front of|off (?:the|a) (?:edge|cliff|bridge"
            r"|roof|ledge|platform)))\b(?! (?:the |a )?(?:high |diving |top )?(?:board|boat|swing"
            r"|sofa|bed|stage|bus|train|tube|wagon|bandwagon|deep end)\b)",
            # tablets with drink: "the pills with a bottle of vodka"
            r"\b(?P<core>(?:{PILLS}|pills|tablets|meds) (?:and|with|washed down with) (?:[\w']+"
            r" ){0,4}?(?:vodka|wine|whisky|whiskey|gin|rum|alcohol|booze|drink|cider|beer)|(?:vodka"
            r"|wine|whisky|whiskey|gin|rum|alcohol|booze|cider) (?:and|with) (?:all )?(?:my |the "
            r"|his |her )?(?:\w+ )?(?:{PILLS}|pills|tablets|meds)|mix(?:ing|ed)? (?:them|it|my"
            r" (?:pills|tablets|meds)) with)\b",
            r"\b(?P<core>stomach pumped|(?:od|o\.d)(?:'?d|ed|ing)?|overdosed|took an overdose"
            r"|stopped taking my (?:meds|medication|tablets|antidepressants)|flushed my (?:meds"
            r"|pills|tablets))\b",
            r"\b(?P<core>(?:out of|from|through) (?:the|a|my|our) (?:\w+ )?(?:window|balcony)"
            r"|step(?:ped|ping)? out (?:in front|into))\b",
            r"\b(?P<core>(?:the |a )?(?:fast|express|non-?stop|through|freight) (?:one|train"
            r"|trains)(?: that (?:doesn'?t|don'?t|does not) stop)?|waited for the (?:train|next one"
            r"|fast one)|lie down (?:in the (?:snow|road|cold)|on the (?:tracks|road|line|rails)"
            r"|and (?:sleep|not get up|never get up|wait))|walk (?:out )?into the (?:snow|cold"
            r"|night|woods|sea|river|water))\b",
            # driving into something: "swerve into oncoming traffic", "drive off the road"
            r"\b(?P<core>(?:swerv|steer|crash|driv|drove|veer)\w* (?:the car |my car )?(?:into|off"
            r"|across|onto|through) (?:a |the |oncoming )?(?:\w+ )?(?:traffic|wall|tree|road|bridge"
            r"|cliff|lorry|truck|barrier|river|lane|pillar|lamppost|motorway))\b",
            r"\b(?P<core>(?:go|going|went|drive|driving|drove|crash\w*|plough\w*|ride|riding|rode)"
            r" (?:straight |right |head first |headfirst )?into (?:a|the|an) (?:oncoming )?(?:wall"
            r"|tree|river|barrier|lorry|truck|bridge|pillar|canal|sea|lake|bus|train))\b",
            r"\b(?P<core>turn(?:ing)? the wheel|(?:let|letting) go of the wheel|(?:take|taking"
            r"|took) my hands off the wheel|yank(?:ing)? the (?:wheel|steering)|foot down and)\b",
            r"\b(?P<core>(?:cord|belt|tie|scarf|cable|lead|rope|sheet|flex|wire|strap|ligature)"
            r" (?:[\w']+ ){0,3}?(?:to|round|around|over|from) (?:the|a|my) (?:door ?handle|door"
            r"|banister|bannister|beam|hook|rail|pipe|tree|neck|loft|curtain rail|light"
            r" fitting))\b",
            # hanging, a ligature round the neck
            r"\b(?P<core>hang(?:ing)? (?:myself|herself|himself|from|off)|(?:round|around) my neck"
            r"|tie (?:it|a knot)|tied (?:it|a knot))\b",
            # a place chosen: "the lake would be a good place to end up"
            r"\b(?P<core>(?:good|perfect|best|right|quiet) (?:place|spot|way) to (?:end up|end it"
            r"|go|die|do it|disappear|finish (?:it|things))|where i(?:'d| would) (?:want to"
            r" )?(?:end up|do it|go))\b",
            # fumes in a closed garage: "in the car in the garage with the engine running"
            r"\b(?P<core>(?:car|engine|van)[^.!?]{0,40}?\bgarage\b[^.!?]{0,60}?\b(?:engine|exhaust"
            r"|running|(?:car|engine|van)(?: was| is)? (?:on|running|going))"
            r"|garage\b[^.!?]{0,60}?\b(?:engine (?:running|on)|exhaust|hose ?pipe|(?:car|engine"
            r"|van)(?: was| is)? (?:on|running|going))|(?:car|engine|van)(?: was| is)? (?:on"
            r"|running|going)\b[^.!?]{0,60}?\bgarage)\b",
            # bleeding out, slitting: "how long it takes to bleed out"
            r"\b(?P<core>bleed(?:ing)? out|bled out|slit (?:my|her|his)|slash(?:ed|ing)? (?:my|her"
            r"|his)|open (?:my|her|his) wrists|cut (?:my|her|his) wrists)\b",
            # taking them all: "take them all", "took 8", "swallowed the lot"
            r"\b(?P<core>(?:take|taking|took|taken|swallow|swallowed|swallowing|down|downed)"
            r" (?:them all|it all|the lot|the whole (?:lot|packet|pack|box|bottle|strip)|all of"
            r" (?:them|it|my \w+)|everything in the (?:cupboard|cabinet|drawer|box)))\b",
            # hurting oneself with one's own hands: "punching my own legs", "banging my head
            # against the wall"
            r"\b(?P<core>(?:hit|hitting|punch\w*|slap\w*|bang\w*|bash\w*|scratch\w*|pinch\w*|bit"
            r"|bite|biting|burn\w*|cut|cutting|carv\w*|claw\w*|pick\w*|tear\w*|tore|rip\w*|dig\w*"
            r"|dug|starv\w*|smash\w*) (?:at )?(?:[\w']+ ){0,5}?my own (?:arms?|legs?|face|head|skin"
            r"|thighs?|wrists?|hands?|body|stomach|chest|fists?)|(?:bang|banging|banged|hit|hitting"
            r"|smash|smashing|smashed|bash|bashing|bashed) my (?:own )?head (?:against|on|off|into)"
            r" (?:the )?(?:wall|floor|door|desk|mirror))\b",
            r"(?<!cat )(?<!cats )(?<!dog )(?<!kitten )(?<!puppy )(?<!baby )(?<!toddler"
            r" )\b(?P<core>(?:scratch|scratching|scratched|pick|picking|picked|claw|clawing|clawed"
            r"|dig|digging|dug|tear|tearing|tore|rip|ripping|ripped|burn|burning|burnt|burned|cut"
            r"|cutting) (?:at )?(?:(?:into|the (?:skin|inside|outside|back|top) (?:on|of)) )?my"
            r" (?:own )?(?:arms?|legs?|skin|wrists?|thighs?|stomach|hips?)(?: with)?)\b",
            r"\b(?P<core>(?:my|the) sh\b|sh (?:again|scars|urges|relapse)|(?:relapsed?|relapsing)"
            r" (?:on|with|into) (?:sh|self harm|self-harm|cutting)|cutting again|burning again"
            r"|started (?:cutting|burning|scratching|hitting myself|picking) again)",
            r"\b(?P<core>(?:cutting|cut|cuts|burning|burns) (?:deeper|worse)|deeper (?:each|every)"
            r" time|hit something (?:important|vital)|(?:an |the )?artery|needed stitches|should"
            r" (?:have|'ve) (?:had|got) stitches)\b",
            # a reason to hurt: "to punish myself", "so I'd feel something"
            r"\b(?P<core>punish(?:ing|ed)? myself|(?:to|so i (?:could|can|would|'d)) feel"
            r" (?:something|the pain|pain)|make (?:it|myself) hurt|deserve the pain|deserve to"
            r" (?:hurt|suffer|be in pain))\b",
            # ending it, finishing it: "I'm going to finish it", "ready to do it"
            r"\b(?P<core>(?:going to|gonna|planning to|plan to|ready to|decided to|about to|'ll"
            r"|will|want to|have to|need to) (?:finally )?(?:do it|go through with it|finish it"
            r"|finish things|finish myself off|end it|end things))\b(?! (?:with|between|before"
            r"|after|for|by|off with)\b)",
        ],
        weak=[
            r"\b(?P<core>(?:took|taken|take|taking|swallowed|had) (?:\d+|eight|nine|ten|twelve"
            r"|fifteen|twenty|extra|double|more and more|a handful|loads|a load|a lot)|more and"
            r" more)\b",
            r"\b(?P<core>cutting|cuts)\b(?! (?:back|down|ties|him|her|them|off|out|corners|it close"
            r"|in line|costs|to the chase|and (?:colours?|styles?)|of meat)\b)",
            r"\b(?P<core>(?:stopped|stop|not|haven'?t been|havent been|barely) eating|haven'?t"
            r" eaten|starving)\b",
            r"\b(?P<core>finish it|end it all|end it|end things|go through with it)\b(?! (?:with"
            r"|between|off with)\b)",
        ],
    ),
    # Wishing for a fatal accident: "I wish a car would hit me".
    "wish": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # an accident staged: "how to make it look like I slipped"
            r"\b(?P<core>look like (?:i|he|she) (?:slipped|fell|tripped|had an accident)|make it"
            r" look like (?:an accident|i slipped|i fell))\b",
            r"\b(?P<core>(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:a|the|some) (?:car"
            r"|bus|lorry|truck|train|van|plane|driver) (?:would |will |'d )?(?:hit|hits|run|runs"
            r"|crash\w*|kill\w*|take)|(?:look|looks|looked) like an accident|call it (?:anything"
            r" but )?an accident|if i (?:crashed|was in a crash|had an accident|didn'?t make it"
            r" home|fell)|(?:wish|hope|hoping|pray\w*) (?:i (?:just )?)?(?:don'?t|didn'?t|won'?t"
            r"|wouldn'?t|never) (?:make it|come home|come back|survive))\b",
        ],
        weak=[],
    ),
    # Wounds and the hiding of them.
    "injury": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # blood (not "blood test", "blood pressure")
            r"\b(?P<core>bleed|bleeds|bleeding|bled|blood)\b(?! (?:tests?|pressure|sugar|type|donor"
            r"|donation|bank|results|work|orange)\b)",
            # the places people cut: "my wrists"
            r"\b(?P<core>wrists)\b",
            # visible wounds: "bandages on both arms", "scars all over her legs"
            r"\b(?P<core>(?:cuts|scars|wounds|burns|scratches|marks|bandages?|plasters|dressings"
            r"|scabs|slashes) (?:on|all over|up|down|across|round|around) (?:(?:both|my|his|her"
            r"|their|own) ){1,2}(?:arms?|wrists?|legs?|thighs?|stomach|hips?|skin|forearms?))\b",
            r"\b(?P<core>(?:bandaged|plastered|covered) (?:up )?(?:both )?(?:arms|wrists|legs"
            r"|thighs)|fresh (?:cuts|scars|wounds|burns|marks)|new (?:cuts|scars|burns))\b",
            r"\b(?P<core>until (?:my|it|they|the skin)(?: \w+)? (?:is|are|was|were|'s) (?:raw"
            r"|bleeding|red raw|broken)|the only (?:time|thing|way) (?:i|that makes me|to) feel"
            r" (?:real|something|alive|anything|calm|in control)|(?:my )?(?:nails|a compass|a pin|a"
            r" needle|a lighter|scissors) (?:into|on|across|to|until)|with (?:my )?(?:nails|a"
            r" compass|a pin|a needle|a lighter|a sharpener))\b",
        ],
        weak=[
            r"\b(?P<core>wrist|forearms?|thighs?)\b",
            # hiding them: "long sleeves", "nobody knows"
            r"\b(?P<core>long sleeves|(?:cover|covering|hide|hiding) (?:them|it|the (?:marks|scars"
            r"|cuts|burns|bruises)|my (?:arms|legs|wrists|scars|marks))(?: up)?)\b",
            r"\b(?P<core>on purpose|deliberately|nobody knows|no one knows|no-one knows|nobody can"
            r" see|no one can see)\b",
        ],
    ),
    # Saying goodbye, putting things in order.
    "farewell": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # last words to whoever reads: "I'm sorry to whoever reads this"
            r"\b(?P<core>(?:sorry|goodbye|love) to (?:whoever|anyone who|everyone who|the person"
            r" who) (?:reads?|finds?|sees?)|whoever finds (?:this|me|it))\b",
            r"\b(?P<core>sorry (?:i wasn'?t|i was not|for not being|i couldn'?t be|i'?m not) (?:a"
            r" )?(?:better|good enough|the (?:son|daughter|mum|mom|dad|wife|husband|friend))"
            r"|(?:wasn'?t|was not|couldn'?t be|never was) (?:a )?(?:better|good enough) (?:daughter"
            r"|son|mum|mom|dad|mother|father|wife|husband|partner|friend|sister|brother))\b",
            r"\b(?P<core>sorry for everything|(?:i'?m|i am) sorry for (?:being|all of it|what i'?m"
            r" about to)|i love you all|(?:tell|let) (?:my \w+|them|him|her|everyone|the kids)"
            r" (?:that )?(?:i'?m sorry|i love (?:them|him|her|you)|i'?m not angry|it'?s not"
            r" (?:their|his|her|your) fault))\b",
            r"\b(?P<core>(?:she|he|they|you|everyone|my \w+)(?:'ll| will) understand|forgive me"
            r"|(?:please )?(?:don'?t|do not) (?:be sad|blame yourself|blame (?:him|her|them))"
            r"|(?:can|could|would|will) you (?:tell|let) (?:my|him|her|them|everyone))\b",
            r"\b(?P<core>(?:in (?:my )?|saved (?:as |in )?|saving (?:them |it )?(?:in |as )?)drafts"
            r"|scheduled (?:a |the )?(?:message|post|email|text))\b",
            r"\b(?P<core>(?:notes?|letters?) (?:for|to) (?:each of )?(?:my )?(?:kids|children|son"
            r"|daughter|family|everyone|parents)(?! (?:about|explaining)\b)|(?:for (?:them|him|her"
            r"|my \w+|someone|the kids|whoever) to find))\b",
            r"\b(?P<core>(?:written|wrote|writing) to (?:my |each of my |all my )?(?:kids|children"
            r"|son|daughter|mum|mom|dad|parents|family|sister|brother|husband|wife|partner|friends"
            r"|everyone|everybody)(?! (?:about|explaining)\b)|(?:sorry|goodbye|bye|love you),?"
            r" (?:everyone|everybody|all"
            r"|world)(?! for\b))\b",
            r"\b(?P<core>where the (?:important )?(?:papers|documents|will|keys|money|deeds"
            r"|insurance) (?:are|is)|(?:told|showed|show|tell) (?:her|him|them|my \w+) where"
            r" (?:everything|the \w+) (?:is|are)|(?:getting|got|get) (?:my )?(?:affairs|things"
            r"|paperwork) in order|tidying up loose ends|(?:picked|chosen|chose|choosing|planned"
            r"|planning) (?:the )?(?:songs?|hymns?|music|readings?|outfit|flowers) for my funeral"
            r"|no matter where (?:i|she|he) (?:am|is|end up|go))\b",
            r"\b(?P<core>cancell?(?:ed|ing) (?:my|all my) (?:subscriptions?|contracts?"
            r"|appointments?|phone contract)|paid off (?:all )?my|deleted (?:all )?my (?:accounts"
            r"|social media|photos|profiles)|rehom(?:ed|ing) (?:my|the|our) (?:cat|dog|pets?"
            r"|rabbit)|found (?:a )?(?:new )?homes? for (?:my|the|our) (?:cat|dog|pets|rabbits?)"
            r"|told (?:everyone|them all|my \w+) (?:that )?i love (?:them|him|her|you)|final"
            r" (?:message|words|goodbye|wishes))\b",
            # not coming back for them: "keep my dog 'for a while'. I don't plan to collect her"
            r"\b(?P<core>(?:don'?t|do not|won'?t) (?:plan|intend|expect) to (?:collect|pick up|come"
            r" back for|need) (?:her|him|them|it)|won'?t be (?:coming back|collecting)|not coming"
            r" back for (?:her|him|them|it)|keep (?:my|the) (?:dog|cat|kids|rabbit|plants?)"
            r" (?:'?for a while|for me|for good|forever))\b",
            # after death: "when I'm gone"
            r"\b(?P<core>(?:after|when|once) i'?m (?:gone|dead|not here|no longer here|not"
            r" around))\b(?! (?:to|for|away|from|on|out|back)\b)",
            r"\b(?P<core>(?:won'?t|wont|will not|not going to|never going to) need (?:it|them|this"
            r"|that|these|those|my \w+|any of (?:it|this|them))(?! (?:for|until|till|tonight"
            r"|tomorrow|this|next)\b))\b",
            # someone told: "I just wanted one person to know why"
            r"\b(?P<core>(?:wanted|want|needed|need) (?:one person|someone|somebody|anyone|you"
            r"|people|one human) to know(?: why)?|just in case)\b",
            # goodbyes: "I've said my goodbyes"
            r"\b(?P<core>(?:said|saying|say) my goodbyes?|(?:said|saying|say) goodbyes? to"
            r" (?:everyone|everybody|people|the people|my \w+)|this is goodbye)\b",
        ],
        weak=[
            # possessions sold, sums done: "he's sold his motorbike and his watch"
            r"\b(?P<core>sold (?:all )?(?:my|his|her) (?:motorbike|bike|car|watch|guitar|things"
            r"|stuff|records|jewellery|jewelry|tools)|done the sums)\b",
            # notes and letters: "I wrote a note", "a letter for my mum"
            r"\b(?P<core>(?:wrote|written|writing|write|left|leaving|leave|finished|typed) (?:\w+"
            r" )?(?:a |the |my |some |last |few )*(?:notes?|letters?|messages? for|lists?))\b",
            r"\b(?P<core>goodbye (?:notes?|letters?|messages?|videos?|texts?|emails?|posts?))\b",
            r"\b(?P<core>(?:look|looks|looking) after (?:his|her|my|the|our) (?:dog|cat|kids"
            r"|children|pets?|rabbit|boy|girl|son|daughter))\b",
            r"\b(?P<core>(?:under|on) my pillow)\b",
            # dependants looked after: "look after the cat for me"
            r"\b(?P<core>(?:look|looks|looking) after (?:the |my |our )?(?:[\w']+ ){0,2}?for me"
            r"|take care of (?:the |my |our )?(?:[\w']+ ){0,2}?for me|(?:cat|dog|kids|children"
            r"|pets?|rabbit|hamster|plants?) (?:will|can|would|'ll|are going to|is going to) (?:go"
            r" to|stay with|live with|be looked after by|be fine with|be better off with)|left"
            r" (?:the|my) (?:dog|cat|kids|children|pets?|rabbit) (?:to|with))\b",
            # giving things away, affairs in order: "giving her jewellery to our daughter"
            r"\b(?P<core>giv(?:e|es|ing|en) away|gave away|(?:giv(?:e|es|ing|en)|gave) (?:all"
            r" )?(?:my|her|his|their) [\w']+ (?:[\w']+ )?(?:to|away)|who gets what|(?:made|make"
            r"|making|wrote|written|writing|updated|sorted) (?:a |my )?will|(?:sorted|sorting|put"
            r"|putting|got) (?:out )?(?:my|all my) (?:affairs|things|finances|stuff|paperwork)"
            r" (?:in order|sorted)|(?:everything|it)(?:'s| is) (?:all )?(?:sorted|in order"
            r"|arranged))\b",
            r"\b(?P<core>passwords?|my bank details|funeral|pin numbers?|bank pin|loose ends"
            r"|(?:being|so) organised)\b",
            r"\b(?P<core>(?:written|wrote|writing|left|leaving) (?:\w+ )?instructions)\b",
            r"\b(?P<core>that'?s all i'?(?:ll|m going to|m gonna) say|i'?ll say no more|say no more"
            r"|you'?ll understand (?:soon|later)|(?:you|they|everyone)'?ll (?:see|know) (?:soon"
            r"|why))\b",
            r"\b(?P<core>(?:needed|need|had|wanted) to tell (?:someone|somebody|anyone|you)|nobody"
            r" else (?:knows|to tell)|you'?re the only (?:one|person) i'?ve told)\b",
            r"\b(?P<core>goodbye|bye|farewell|last (?:message|post|letter|words)|thank(?:s| you)"
            r" for everything)\b",
        ],
    ),
    # Hopelessness with finality.
    "final": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # sleeping for good: "she wants to 'go to sleep forever'" (not "I could sleep forever")
            r"(?<!could )(?<!could just )\b(?P<core>(?:go to |fall )?sleep (?:forever|for ever)"
            r"|never wake (?:up )?again)\b",
            # no reason to stay: "there's no reason for me to stay"
            r"\b(?P<core>no reason (?:for me )?to (?:stay|be here|stick around|keep going|carry"
            r" on)(?! (?:in|at|with|here in|for the|on)\b)|nothing (?:left )?(?:to stay for|keeping"
            r" me here))\b",
            # no trouble soon: "he won't be a problem much longer"
            r"\b(?P<core>(?:won'?t|will not|not going to|not gonna) be (?:a|any) (?:problem|bother"
            r"|burden|worry|trouble)(?: to anyone| for anyone)? (?:much longer|for long|soon|any"
            r" ?more|after))\b",
            # not coming back: "I'm going out tonight and not coming back"
            r"\b(?P<core>(?:not|never) coming back|won'?t be (?:coming )?back|(?:going|go) out"
            r" (?:tonight|today|later) and not (?:coming|come) back)\b",
            # no point (not "no point texting him")
            r"\b(?P<core>no point(?! (?:in )?(?:texting|calling|asking|arguing|trying to (?:talk"
            r"|fix|explain)|going back|waiting|getting)\b)|pointless|what'?s the point|whats the"
            r" point)\b",
            # cannot go on: "I can't do this any more", "can't cope any more"
            r"\b(?P<core>(?:can'?t|cannot) (?:do|take|cope with|handle|face|bear|stand) (?:this|it"
            r"|life|any of (?:it|this)|another day|much more|one more day)(?: any ?more| any"
            r" longer)?|(?:can'?t|cannot) cope any ?more)\b(?! (?:with (?:him|her|them|his|her)|at"
            r" work)\b)",
            r"\b(?P<core>(?:don'?t|do not|doesn'?t|does not|no longer) want to (?:do (?:this|it"
            r"|life|any of (?:it|this))|be here|be around|carry on|keep going|try) any ?more)\b",
            # saying it is not about the relationship: "not the relationship. life."
            r"\b(?P<core>not (?:just )?(?:run away|move away|go away|leave (?:him|her|them|town"
            r"|home)|the relationship|the marriage|(?:our|my) (?:relationship|marriage|breakup))"
            r"|(?:don'?t|do not) mean (?:the|our|my) (?:relationship|marriage))\b",
            r"\b(?P<core>(?:tired|sick|exhausted|weary) of (?:everything|it all|fighting|trying"
            r"|living|life|existing|waking up|being (?:here|alive|me)|feeling like this|this life"
            r"|pretending))\b",
            r"\b(?P<core>nothing left of me|(?:shrink|fade|waste away|disappear|starve) (?:away"
            r" )?(?:until|till) (?:there'?s nothing|i'?m gone|i disappear))\b",
            # no future: "I can't picture one"
            r"\b(?P<core>(?:no|don'?t (?:have|see) (?:a|any)|can'?t (?:see|picture|imagine) (?:a"
            r"|any|my|one|the)) future|nothing to look forward to|can'?t picture one|nothing"
            r" left(?! (?:in|of) (?:the|my) (?:fridge|account|bank|tank)\b))\b",
            r"\b(?P<core>(?:won'?t|will not|wont|never) have to (?:put up with|deal with|worry"
            r" about|look after|see|hear from|bother with) me (?:any ?more|again|after|much longer"
            r"|soon)|(?:nobody|no one|no-one) will have to (?:put up with|deal with|worry about)"
            r" me)\b",
            # no plans past a date: "there won't be an after"
            r"\b(?P<core>(?:stopped|stop|no point|not bothering|don'?t bother) (?:making|planning"
            r"|booking) (?:plans|anything|ahead)|won'?t be needing)\b",
            r"\b(?P<core>there won'?t be an? (?:after|next|tomorrow|later)|(?:no|not any)"
            r" (?:version|future|world) (?:of the future )?(?:where|with|that has) (?:me|i'?m|i"
            r" am))\b",
            # in the way: "I'm just in the way", "they'd be better with their dad"
            r"\b(?P<core>(?:i'?m|i am) (?:just |only |always )?(?:in the way|in everyone'?s way|the"
            r" problem|holding (?:them|everyone|everybody|him|her) back|ruining (?:everything|their"
            r" lives|everyone'?s li(?:fe|ves))))\b",
            r"\b(?P<core>better (?:off )?(?:with|without) (?:their|my|his|her) (?:dad|mum|mom"
            r"|father|mother))\b",
            r"\b(?P<core>(?:easier|better|happier|simpler|lighter|a relief|kinder) for (?:them"
            r"|everyone|everybody|him|her|all of them|all|my (?:family|kids|children|parents|mum"
            r"|mom|dad|wife|husband|partner))(?! (?:to|if (?:we|he|she|they))\b))",
            r"\b(?P<core>(?:lighter|better|easier|happier|brighter|quieter|calmer|nicer) without"
            r" (?:me|her|him|them)(?: in it| around| here)?|world would be (?:lighter|better|easier"
            r"|happier|brighter))\b",
            r"\b(?P<core>(?:would|will|'d|'ll) (?:cope|be fine|be ok|be okay|manage|get over it"
            r"|move on) (?:fine |ok |okay |just fine )?without me|better off without|without me"
            r" (?:around|here|in (?:the|their) (?:way|lives?|picture)))",
            # how they would take it: "they'd be sad for a bit then they'd get on with their lives"
            r"\b(?P<core>(?:they|he|she|everyone|my \w+)(?:'d| would) (?:cope fine|cope without|get"
            r" on with (?:their|his|her) li(?:fe|ves)|be sad for a (?:bit|while|few)|get over it"
            r"|forget about me|be fine))",
            # not being around: "I won't be here for christmas", "not being around next year"
            r"\b(?P<core>(?:won'?t|wont|will not|not going to|not gonna|may not|might not|probably"
            r" won'?t) be (?:here|around|alive)|not (?:being|be) (?:here|around|alive) (?:next|by"
            r"|for|to see|at)|(?:don'?t|won'?t) (?:see|make it to) (?:next|another) (?:year"
            r"|christmas|birthday|summer|week))\b(?! (?:this|on|until|till|tomorrow|tonight|today"
            r"|at the|in the|much (?:this|next)|for (?:the|a) (?:weekend|week|few|couple|bit))\b)",
            # ceasing to be: "I just want to stop existing"
            r"\b(?P<core>(?:stop|stopped|stopping) existing|not (?:exist|existing)|cease to exist"
            r"|disappear(?:ed|ing)? (?:forever|for good|completely|for ever|and never come back)"
            r"|fade away|vanish|stay asleep|(?:not|never) wake up(?! to\b| and (?:find|see)\b))\b",
            r"\b(?P<core>if i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive"
            r"|in the picture)|if i (?:was|were) (?:gone|dead)|if i (?:died|disappeared|didn'?t"
            r" wake up)|when i'?m not (?:here|around))\b",
            r"\b(?P<core>(?:don'?t|do not|doesn'?t) (?:really )?care (?:what happens|any ?more|if i"
            r" (?:wake|live|die|don'?t wake|make it))|nothing is stopping me|nothing stopping me"
            r"|nothing to stop me)\b",
            # unafraid of death: "I'm not scared of dying anymore", "scared of living"
            r"\b(?P<core>(?:not|no longer|never) (?:scared|afraid|frightened) of (?:dying|death)"
            r"|(?:scared|afraid|terrified|frightened) of (?:living|being alive|waking up|another"
            r" (?:day|year|\d+ years)))\b",
            # life without them: "life without her isn't a life"
            r"\b(?P<core>(?:can'?t|cannot) live (?:like this|without (?:him|her|them))|(?:is ?n'?t"
            r"|is not|isnt) a life|no life without|(?:is ?n'?t|is not|isnt) worth it any ?more)\b",
            r"\b(?P<core>(?:a )?weight i can'?t carry|(?:can'?t|cannot) carry (?:it|this|on|life)"
            r" any ?more|putting it (?:all )?down|lay (?:it|my (?:burden|load)) down|(?:be|become)"
            r" a memory|instead of a (?:problem|burden|mess)|(?:rather|better) be a memory)\b",
            r"\b(?P<core>(?:don'?t|do not) think i'?ll make it to|won'?t make it to (?:my |next"
            r" )?(?:birthday|christmas|summer|year|spring)|(?:don'?t|do not) know why i'?m still"
            r" here|still here for some reason)\b",
            r"\b(?P<core>(?:the thought of|dread|hate|scared of|can'?t face) waking up|i hope i"
            r" (?:don'?t|won'?t|never)(?=[.!]|$)|wake up (?:disappointed|angry|sad) (?:that )?i"
            r" (?:did|woke|am still))",
            r"\b(?P<core>(?:everything|it all|the world|my life) to (?:go|turn|fade) (?:dark|black"
            r"|quiet|silent|away)|(?:dark|quiet|silent|black) forever)\b",
            r"\b(?P<core>(?:don'?t|do not) want to be (?:rescued|saved|stopped|found|talked out of"
            r" it|helped)(?! by (?:a|another|some|any) (?:man|woman|guy|girl|person|prince"
            r"|partner)\b)|(?:don'?t|do not) (?:try to |come and )?(?:stop|find|save) me|nobody can"
            r" stop me|no one can stop me)\b",
            # leaving life, in other words: "check out", "a permanent solution"
            r"\b(?P<core>check(?:ing)? out (?:for good|early|of (?:life|this))|clock(?:ing)? out"
            r" for good|call(?:ing)? it a day for good|leave this world|leav(?:e|ing) for good|bow"
            r" out|permanent (?:solution|way out|fix)|(?:the )?(?:only|one|easy) way out|end the"
            r" pain|end my (?:pain|suffering)|make the pain stop|not wake up tomorrow|go to sleep"
            r" for good|(?:be|being) gone (?:for good|forever|soon)|no (?:more|longer) (?:be )?here"
            r"|not be here much longer|my time is up|(?:last|final) (?:days?|goodbye|wishes"
            r"|words))\b",
            r"\b(?P<core>(?:can'?t|cannot) (?:anymore|any more|keep doing this|keep going like"
            r" this)|i give up|giving up on (?:everything|life|it all|myself)|given up on"
            r" (?:everything|life|myself))\b",
        ],
        weak=[
            # had enough, done: "she's had enough", "I'm done" (not "done with him")
            r"\b(?P<core>had enough(?! (?:of (?:him|her|them|his|their|my (?:ex|husband|wife"
            r"|boyfriend|girlfriend|partner|job|boss)))\b)|enough now|done with (?:everything|it"
            r" all|life|living|this life|all of it)|i'?m (?:so |just |completely )?done(?! (?:with"
            r"|talking|crying|trying to (?:fix|make|save|win)|being|for (?:today|the day|tonight)"
            r"|dating)\b))\b",
            r"\b(?P<core>so tired|exhausted|numb|empty|hollow|worthless|hopeless|trapped|can'?t see"
            r" a way (?:out|forward)|give up|giving up|gave up)\b",
            r"\b(?P<core>(?:eaten|eating|eat) nothing|nothing to eat|not eaten)\b",
            r"\b(?P<core>(?:a )?hot (?:spoon|knife|iron|pan|metal|lighter)|(?:a )?lighter on (?:my"
            r"|the))\b",
            r"\b(?P<core>stopped trying|given up trying|no fight left|nothing left to give|no"
            r" energy left|running out of reasons)\b",
            r"\b(?P<core>permanently)\b",
            # a burden, others better off: "easier for them honestly", "they'd cope fine"
            r"\b(?P<core>burden|a drain on|dead weight|waste of (?:space|oxygen|air))\b",
            r"\b(?P<core>just disappear|invisible|like a ghost|not really here)\b",
            r"\b(?P<core>doesn'?t matter any ?more|won'?t matter|it doesn'?t matter|(?:nobody|no"
            r" one|no-one) (?:would |will )?(?:even )?(?:notice|care|miss me))\b",
            r"\b(?P<core>might as well|may as well)\b",
            r"\b(?P<core>make it official|one more bad day|no way out)\b",
            # joining the dead: "wants to go and be with dad"
            r"\b(?P<core>(?:go and |go |)be with (?:dad|mum|mom|him|her|grandad|nan|gran|grandma|my"
            r" (?:late )?\w+) (?:again|now|up there|in heaven)|join (?:him|her|dad|mum|mom|my"
            r" (?:late )?\w+) (?:up there|in heaven|soon|now)|(?:wants?|wanting|want) to (?:go and "
            r"|go )?be with (?:dad|mum|mom|him|her|grandad|nan|gran|grandma|my (?:late )?\w+))\b",
            # wanting it all to stop: "the only thing that shuts my head up"
            r"\b(?P<core>want (?:it|this|everything|it all|the pain|the noise|my head|my brain|the"
            r" thoughts) to (?:stop|end|be over|go quiet|shut up)|shuts? my head up|shut my (?:head"
            r"|brain) up|make it (?:all )?stop|it'?ll all be over)\b",
            r"\b(?P<core>peace|at rest|rest now|relief|free (?:at last|finally))\b",
            r"\b(?P<core>stay that way|never (?:have to )?(?:feel|wake|think) (?:anything"
            r"|again))\b",
            r"\b(?P<core>hate myself|hate who i am|(?:no|not any) use to anyone|(?:nobody|no one"
            r"|no-one) needs me|useless|pathetic|failure|disgusting|a mistake)\b",
        ],
    ),
    # Ready and resolved: "I'm ready to go", "the pills are in my bag", "I relapsed".
    "ready": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            # a means with no everyday use: "a washing line, and I don't have a garden"
            r"\b(?P<core>(?:don'?t|do not) (?:even )?(?:have|own) a (?:garden|car|dog|boat|washing"
            r" line))\b",
            # decided: "I know what I'm going to do with them"
            r"\b(?P<core>i know what i'?m (?:going to|gonna|about to) do|i know what i (?:need"
            r"|have) to do|i know why i'?m doing (?:it|this))\b",
            # the moment has come: "tonight's the night", "it'll all be over soon"
            r"\b(?P<core>tonight'?s the night|tonight is the night|it'?s time|this is it|(?:it'?ll"
            r"|it will|it'?s going to) (?:all )?be over (?:soon|tonight|tomorrow)|(?:soon|tonight"
            r"|tomorrow) it'?ll (?:all )?be over)\b(?! (?:to|for)\b| (?:i|we) (?:finally"
            r" )?(?:delete|block|tell|text|ask|leave|move|go|get|start|sort|clear)\b)",
            # the clarity of a decision: "I've never felt this clear headed", "fine with that"
            r"\b(?P<core>clear[- ]headed|never felt (?:this|so) (?:clear|calm|light|sure|peaceful"
            r"|free)|(?:i'?m|i am|honestly|totally) (?:fine|ok|okay|at peace) with (?:dying"
            r"|not being here|it all ending)|made (?:my )?peace with|how peaceful i feel"
            r"|weirdly (?:fine|ok|okay|happy|light|peaceful))\b",
            r"\b(?P<core>(?:i )?couldn'?t (?:do it|go through with it)|(?:i'?ll|i will|going to)"
            r" (?:go back|try again) (?:tomorrow|tonight|next week|another day|soon)|try again"
            r" (?:tomorrow|tonight|another day)|next time i won'?t (?:stop|chicken out|bottle"
            r" it))\b",
            r"\b(?P<core>count(?:ing|ed)? (?:the|my|them|out the|out my) (?:{PILLS}|pills|tablets)"
            r"|(?:comforting|calming|good|reassuring) to know (?:they'?re|it'?s|that they'?re)"
            r" there|knowing (?:they'?re|it'?s) there)\b",
            # gathering tablets unseen: "from different shops so nobody notices"
            r"\b(?P<core>(?:from|at|in) (?:different|several|lots of|loads of|a few|three|four"
            r"|five) (?:shops|chemists|pharmacies|supermarkets|places)|so (?:nobody|no one|no-one)"
            r" (?:notices|suspects|asks|finds out)|(?:\d+|two|three|four|five|six|seven|eight|ten"
            r"|twenty|several|loads of) (?:boxes|packets|packs|bottles|strips) (?:now|of (?:them"
            r"|it)|saved|hidden|in my))\b",
            # tablets ready: "the pills are in my bag"
            r"\b(?P<core>{PILLS} (?:are |is )?(?:saved|stashed|hidden|ready|lined up|counted out|in"
            r" front of me|next to me|beside me|on the (?:table|bed|side)|in my (?:bag|pocket"
            r"|drawer|room|car|wardrobe))|(?:bought|buying|buy|got|collected|ordered|stocked up on"
            r"|got hold of|saved) (?:a lot of|lots of|loads of|enough|a load of|so many|extra"
            r"|several|two|three|four|five|six|\d+) (?:boxes |packets |packs |bottles |strips"
            r" )?(?:of )?(?:\w+ )?{PILLS})",
            # working up to it: "working up the courage"
            r"\b(?P<core>(?:work|working|worked|build|building|built|pluck|plucking|plucked|get"
            r"|getting|got|find|finding|found) up (?:the )?(?:courage|nerve|guts)|(?:work|working"
            r"|build|building) up to it|(?:get|getting|got|find|finding) the (?:courage|nerve|guts)"
            r"|brave enough|not brave enough|too scared to go through with)\b",
            # clean until now: "4 months clean and now this"
            r"\b(?P<core>(?:\d+|a few|few|two|three|four|five|six|eight|nine|ten|twelve) (?:days"
            r"|weeks|months|years) clean|(?:was|been|i'?d been|had been) clean)\b",
            # something held them back: "I don't know what stopped me"
            r"\b(?P<core>(?:don'?t know|no idea|not sure) (?:what|why|how) (?:stopped|held|kept) me"
            r"|what stopped me|(?:something|only thing that|nothing) stopped me)\b",
            r"\b(?P<core>(?:how|so|would be so|it'?d be so|would be|it'?d be) easy (?:it would be"
            r" )?(?:to (?:just )?\w+|it would be))\b",
        ],
        weak=[
            # checking the means: "I keep checking it's still there"
            r"\b(?P<core>keep checking (?:it'?s|they'?re|that it'?s|that they'?re) (?:still )?there"
            r"|working out how to|worked out how to)\b",
            # "I'm ready to go" (not "ready to go back to dating")
            r"\b(?P<core>ready to go)\b(?! (?:back|out|on|to|home|for|and|shopping|with|into|now"
            r" that|through)\b)",
            # a relapse or an urge: "I relapsed", "the urge is back and I gave in"
            r"\b(?P<core>relaps\w*|gave in|giving in|the urges? (?:is|are|'s|keeps?|kept|came|come"
            r"|was) (?:back|coming back|getting)|urges? to (?:cut|hurt|harm|burn|end it|do it))\b",
            # the calm of a decision: "I don't feel sad anymore, just calm"
            r"\b(?P<core>(?:calm|at peace|peaceful) (?:about it|now|finally|about my decision)"
            r"|(?:just|so|weirdly|strangely|oddly|eerily) calm|at peace)\b",
            # planned: "I've got it all planned", "I've picked a date"
            r"\b(?P<core>(?:got|have|had) it (?:all )?(?:planned|worked out|figured out)|(?:picked"
            r"|set|chosen|chose) (?:a|the) (?:date|day|time|place))\b",
            r"\b(?P<core>(?:got|have|holding) (?:the|my|all my) {PILLS})",
            # the means dwelt on: "I keep looking at it", "how easy it would be"
            r"\b(?P<core>(?:keep|kept|keeps) (?:looking at|staring at|thinking about|holding"
            r"|touching) (?:it|them)|can'?t stop (?:looking at|thinking about|staring at) (?:it"
            r"|them)|how i'?d do it|how i would do it|how to do it)\b",
        ],
    ),
    # Looking up how: "does it hurt to drown", "how many does it take".
    "search": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            r"\b(?P<core>(?:how (?:long|many|much)|does it hurt|is it painful|would it hurt|will it"
            r" hurt|is it painless|what happens)(?: [\w']+){0,8}? (?:die|dying|drown\w*|bleed\w*"
            r"|bled|hang\w*|suffocat\w*|overdos\w*|jump\w*|kill (?:you|yourself|me|a person"
            r"|someone)|lethal|fatal|stop (?:your|my|the) heart|pass out and not))\b",
            r"\b(?P<core>(?:googl\w*|search\w*|look\w* up|looked into|research\w*)(?: [\w']+){0,4}?"
            r" (?:how|ways|methods|the quickest|the easiest|what happens|painless|lethal|overdose"
            r"|the tallest|the highest|how high|how deep|bridges|cliffs|doses?))\b",
            r"\b(?P<core>(?:ways|methods|how) to (?:do it|go|end it|die|disappear for good|stop"
            r" (?:it all|everything|breathing))|forums? about|(?:websites?|sites?) (?:about|that"
            r" tell))\b",
            r"\b(?P<core>(?:googl\w*|search\w*|look\w* up|looked into|research\w*|work\w* out"
            r"|check\w*) (?:which|what|how (?:much|many|high|far|long|deep))|(?:do|does|did|cause)"
            r" (?:the most|the least|enough|real|serious|permanent) damage|(?:most|enough)"
            r" damage)\b",
            r"\b(?P<core>lethal|fatal dose|quickest way|easiest way|surest way|least painful|most"
            r" effective way|how high (?:you|it|a)|how deep)\b",
            r"\b(?P<core>how (?:many|much)(?: [\w']+){0,6}? (?:would|does|will|do|did) (?:it|you|i"
            r"|one) (?:take|need)|how (?:many|much) is (?:too much|too many|enough|a lot))\b",
        ],
        weak=[
            r"\b(?P<core>painless|asking for real|asking for a reason|just curious)\b",
        ],
    ),
    # A time, a plan, a decision.
    "when": _Kind(
        SELF_HARM,
        cap=1,
        telling=[],
        weak=[
            # a time set, or a time alone (not "today", "tomorrow", "on Saturday": everyday)
            r"\b(?P<core>tonight|this weekend|when everyone(?:'s| is) (?:out|asleep|away|gone)"
            r"|while (?:they|he|she|the kids|everyone)(?:'re|'s| are| is)? (?:out|asleep|away|at"
            r" (?:school|work))|planned|planning|decided|made my mind up|after (?:monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|christmas"
            r"|the funeral|the wedding)|before (?:he|she|they|the kids|anyone|everyone) (?:gets?"
            r"|comes?) (?:home|back)|when (?:he|she|they)(?:'re|'s| are| is) away)\b(?! to (?:leave"
            r"|move|stop|break|end it with|divorce|sell|go back|try|give|get"
            r"|text|call|tell)\b)",
        ],
    ),
    # Dwelling on it: "I keep seeing myself step off", "what would happen if I just".
    "dwell": _Kind(
        SELF_HARM,
        cap=1,
        telling=[
            r"\b(?P<core>(?:see|seeing|picture|picturing|imagine|imagining|visuali[sz]\w*) myself"
            r" (?:\w+ing|on|in|at|jump|step|dead|gone|falling|lying)|what (?:would|it would|'d)"
            r" (?:happen|feel like|be like) if i (?:just )?\w+|(?:wonder|wondering|thinking|think"
            r"|thought) (?:about |of )?(?:how easy|what would happen|how it would feel|how (?:it"
            r"|i)'?d feel))\b",
        ],
        weak=[
            r"\b(?P<core>(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing)"
            r" about (?:just )?\w+ing|i think about just)\b",
            r"\b(?P<core>(?:intrusive|dark|bad|those|these|the) thoughts|the urges?|urges|getting"
            r" louder|(?:a |the )?voices? (?:in my head|telling me)|keeps? (?:thinking|looking"
            r"|staring|standing|going back)|can'?t stop thinking|looking down|staring down|catch"
            r" myself)\b",
            r"\b(?P<core>until (?:the water (?:went|got) cold|it got (?:dark|light)|morning|the sun"
            r" came up|my (?:legs|hands) went numb)|(?:not|didn'?t|did not|haven'?t) (?:do|done)"
            r" (?:anything|it)(?: yet)?[.,]? (?:yet|this time)|not this time)\b",
            r"\b(?P<core>stepped back|climbed back|for (?:a (?:really |very )?long time|ages|hours"
            r"|an hour|so long))\b",
        ],
    ),
    # Someone close out of reach, or worrying the reader: "her phone goes straight to voicemail".
    "reach": _Kind(
        SELF_HARM,
        cap=2,
        telling=[
            r"\b(?P<core>(?:phone|mobile) (?:goes|is going|went|keeps going|is off|'s off|is dead"
            r"|switched off|turned off)(?: straight)?(?: to voicemail)?|straight to voicemail"
            r"|can'?t (?:reach|get hold of|get through to) (?:him|her|them|my \w+)|(?:i'?m"
            r" )?driving (?:over )?to (?:his|hers|her place|his place|him|her))\b",
            r"\b(?P<core>(?:gone|went) missing|(?:hasn'?t|has not|didn'?t|did not) come home|police"
            r" are looking|(?:left|walked out of) the house (?:with|without|at)|took (?:his|her"
            r"|their) (?:pills|tablets|meds|medication) (?:and|with)|(?:sounded|sounds|reads|read"
            r"|looked|looks) like (?:a )?(?:goodbye|suicide note|farewell)|(?:posted|sent|texted)"
            r" (?:something|a message|a post) (?:like|saying|that)|worried (?:she|he|they)'?(?:ll|s"
            r" going to| will| might) (?:do something|hurt|harm))\b",
            r"\b(?P<core>locked (?:himself|herself|themselves) in|smell of (?:burning|gas|smoke"
            r"|fumes)|(?:said|says|told me|texted) (?:that )?(?:he|she|they) (?:was|were|is|are|'s"
            r"|'re) '?(?:finished|done|ready|tired of (?:it all|everything)|going away)|drove off"
            r" without (?:her|his|their) phone|left (?:her|his|their) phone (?:behind|at home|on"
            r" the table))\b",
        ],
        weak=[
            r"\b(?P<core>(?:found|finds|find) me (?:in|on|at|with|lying|hanging|unconscious|passed"
            r" out)|(?:thanks|thank you) for being (?:a good|my|such a|the best)|not replying|not"
            r" answering|stopped replying|isn'?t answering|no reply|left on read|phone off|turned"
            r" (?:her|his|their|my) (?:location|phone|find my|tracking) off|switched (?:her|his"
            r"|their) (?:location|phone) off)\b",
            r"\b(?P<core>(?:hasn'?t|has not|won'?t|will not|didn'?t) come out of (?:his|her|their)"
            r" (?:room|bedroom|flat))\b",
            r"\b(?P<core>should i be worried|(?:worried|scared|frightened|terrified) (?:for|about)"
            r" (?:him|her|them|my (?:son|daughter|brother|sister|mum|mom|dad|wife|husband|partner"
            r"|friend|boyfriend|girlfriend))|wouldn'?t explain|laughs it off|won'?t (?:answer|pick"
            r" up)|(?:this|it)(?:'s| is) (?:all )?(?:your|his|her) fault)\b",
        ],
    ),
    # A death close by, for "go and be with dad".
    "loss": _Kind(
        SELF_HARM,
        cap=1,
        telling=[],
        weak=[
            r"\b(?P<core>the funeral|since (?:dad|mum|mom|he|she|my \w+) (?:died|passed)|passed"
            r" away|widow\w*|the grave|late (?:husband|wife|son|daughter|dad|mum|mom))\b",
        ],
    ),
    # -- violence -----------------------------------------------------------------------------
    # Physical acts: "grabbed a fistful of my hair", "dragged me into the hall".
    "physical": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            r"\b(?P<core>(?:fistful|handful|clump|chunks?|lumps?) of my hair|by (?:my|the) (?:hair"
            r"|throat|neck)|(?:hands?|arm|forearm|knee|foot|elbow) (?:on|across|against|round"
            r"|around|over|into) my (?:throat|neck|mouth|face|chest|windpipe))\b",
            r"\b(?P<core>threat\w* to (?:\w+ ){0,2}?(?:throw|push|hit|hurt|kill|stab|shoot|strangle"
            r"|drown|burn|break|smash|beat|punch|kick|slap|choke|smother|run) (?:me|us|my|the kids"
            r"|you))\b",
            # an act on the reader or someone at home
            r"\b(?P<core>(?!(?:kick\w*|thr[eo]w\w*|chuck\w*|pull\w*) (?:me|us) out\b)(?:grab\w*"
            r"|dragg?\w*|pull\w*|yank\w*|push\w*|shov\w*|thr[eo]w\w*|pinn?\w*|chok\w*|strangl\w*"
            r"|smother\w*|hit|hits|hitting|punch\w*|slap\w*|kick\w*|bit|bites|biting|burn\w*"
            r"|slam\w*|shak\w*|shook|squeez\w*|twist\w*|tripp?\w*|stamp\w*|knee\w*|elbow\w*"
            r"|headbutt\w*|spat|spit\w*|attack\w*|batter\w*|whack\w*|thump\w*|smack\w*|restrain\w*"
            r"|held|holds|holding|knock\w*|injur\w*|kneel\w*|knelt|sat|sits|sitting) (?:me|us|my"
            r" (?:\w+ )?{BODY}|the kids|my (?:son|daughter|kids|children|mum|mom|dog|cat|baby"
            r"|little brother|little sister)))\b(?! (?:off|up|aside|over|back|away|a|an|the|some"
            r"|verbally|online|with (?:words|questions|kindness)|to (?:go|do|come|apply|try"
            r"|be))\b)",
            r"\b(?P<core>(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|slaps|slapped|punches"
            r"|punched|hurts|bites|bit|chokes|choked|strangles|strangled|shoves|shoved|pushes"
            r"|pushed) (?:him|her|them)(?: (?:again|every|when|if|and|so|in|on|across|around|round"
            r"|until|till|with|because)\b|[.,!?]|$))",
            r"\b(?P<core>(?:drove|drives|driving|drive|swerved|reversed) (?:the car |his car |her"
            r" car )?(?:at|towards|straight at) me|tried to run me (?:over|down)|(?:the shape of"
            r" (?:a|his|her)|(?:his|her) (?:whole )?) ?hand|hand ?prints?|finger ?(?:marks|prints"
            r"|shaped bruises) on (?:my|her|his))\b",
            r"\b(?P<core>(?:held|holds|holding|pushed|pushes|forced|forces|kept|keeps) (?:me|my"
            r" (?:head|face)) (?:under|down under|below)(?: the)?(?: water)?|(?:held|holds|put|puts"
            r"|pressed|presses|waved|waves) (?:a |his |her |the |their )?(?:lighter|flame|cigarette"
            r"|lit match|hot iron|iron|straighteners|kettle|knife|blade|scissors|screwdriver) (?:to"
            r"|against|near|at|by|on) (?:my|me))\b",
            r"\b(?P<core>slamm?\w* my (?:hand|fingers|arm|head|foot|leg) in (?:the|a) (?:car"
            r" )?(?:door|drawer|window)|(?:throws?|threw|throwing|poured|pours|tipped) (?:a"
            r" )?(?:hot|boiling) (?:drinks?|tea|coffee|water|kettle|food|soup)|scald\w*|burns on my"
            r" (?:back|arms?|legs?|skin|hands?|chest|face)|(?:wrapped|wraps|put|puts|tied|ties)"
            r" (?:his|her|a|the) (?:belt|cord|rope|scarf|tie|hands?|arm|lead) (?:round|around) my"
            r" (?:neck|throat))\b",
            r"\b(?P<core>(?:made|makes|make) me (?:kneel|sleep|sit|stand|stay|wait) (?:on|in"
            r"|outside|in the|for)|as (?:a )?punishment|punish(?:es|ed|ing)? me|(?:get|got|gets"
            r"|getting) punished)\b",
            r"\b(?P<core>put (?:me|him|her|them|my \w+|us) in (?:hospital|a&e|the hospital"
            r"|intensive care))\b",
            r"\b(?P<core>(?:lays|laid|laying) into me|roughs? me up|roughed me up|manhandl\w*"
            r"|wrestl\w* me|sat on me|threw me|thrown (?:across|against|down|into|onto)|hurl\w*"
            r" (?:me|things|\w+ at me)|(?:he|she|they) (?:hits|kicks|slaps|punches|chokes|bites"
            r"|strangles|shoves)\b(?! (?:the|a|his|her|their|it|them|on)\b))",
            r"\b(?P<core>(?:lash\w*|lashed|lashes) out|laid into me|(?:went|goes|go|came|comes|come"
            r"|lunged|ran) (?:for|at) me|got physical|gets physical|turned physical|getting"
            r" physical|rough with me|put (?:his|her) hands on me|raised (?:his|her) (?:hand|fist)"
            r" to me|(?:hand|fist) raised)\b",
        ],
        weak=[
            r"\b(?P<core>(?:broke|broken|snapped|bent|bending|twisted|twisting|dislocated)"
            r" (?:[\w']+ ){0,3}?(?:of )?my (?:fingers?|thumbs?|wrists?|arms?|ribs?|nose|jaw|toes?"
            r"|collarbone|cheekbone))\b",
            # "he hurt me" is as often about feelings
            r"\b(?P<core>(?:hurt|hurts|hurting) (?:me|us|my \w+))\b",
            r"\b(?P<core>grabbed|dragged|shoved|choked|choking|strangled|punched|slapped|kicked"
            r"|headbutted|throttled|smacked|thumped|pinned|pushed|hit|violent|violence)\b(?! (?:me"
            r" )?(?:out|off|up|away|aside|forward|through|past|the (?:air|ball|bag|gym|boat))\b)",
        ],
    ),
    # Injuries: "I couldn't breathe", "bruises I cover with makeup".
    "hurt": _Kind(
        VIOLENCE,
        cap=1,
        telling=[
            r"\b(?P<core>(?:scratches|marks|cuts|bruises|bites|burns) (?:on|all over|down|across)"
            r" (?:his|her|my|their) (?:face|neck|arms?|back|chest|legs?))\b",
        ],
        weak=[
            r"\b(?P<core>bruis\w*|black eye|split lip|stitches|cracked ribs?|broken (?:nose|ribs?"
            r"|jaw|wrist|arm|finger|tooth|teeth|cheekbone)|concussion|a&e|a and e|emergency room"
            r"|couldn'?t breathe|can'?t breathe|passed out|blacked out|saw stars|(?:cover|covering"
            r"|hide|hiding) (?:it|them|the (?:marks|bruises)) (?:up )?with (?:make-?up|makeup"
            r"|concealer|foundation)|a mark i have to cover)\b",
            r"\b(?P<core>hospital|blood|bleeding|bled|swollen|marks? on my|sore|scars?)\b",
        ],
    ),
    # The excuse after: "he says I bruise easily", "she says I made her do it".
    "excuse": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            r"\b(?P<core>(?:he|she|they) (?:says|said|tells me|told me|claims|claimed|insists)"
            r" (?:that )?(?:i|it) (?:bruise|bruises|fell|slipped|walked into|bumped into|deserved"
            r"|made (?:him|her)|provoked|was an accident|wasn'?t that hard|was my fault|asked for"
            r" it|was a joke|overreact\w*)|(?:she|he|they|my (?:mum|mom|sister|friend|brother|dad))"
            r" (?:keeps? saying|says|said|told me|claims|claimed) (?:she|he|they) (?:walked into"
            r"|fell|slipped|bumped into|tripped)|(?:my|it was my|all my) fault (?:for|because)|i"
            r" (?:told|tell) (?:them|the (?:doctor|nurse|hospital)|everyone|people) i (?:fell"
            r"|walked into|slipped|bumped))\b",
        ],
        weak=[],
    ),
    # Weapons: "a baseball bat by the door", "the kitchen knives".
    "weapon": _Kind(
        VIOLENCE,
        cap=1,
        telling=[],
        weak=[
            r"\b(?P<core>knife|knives|blades?|machete|axe|hammer|(?:baseball |cricket |metal )?bat"
            r"|guns?|shotgun|rifle|pistol|weapons?|screwdriver|crowbar|iron bar|golf club)\b(?!"
            r" (?:and fork|set|block|skills?)\b)",
            r"\b(?P<core>scissors|belt|poker|bottle)\b",
        ],
    ),
    # Menace: "don't make me", "next time", "if he can't have me no one can".
    "menace": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            # children snatched, hurt described: "tried to take him", "describing how he'd hurt me"
            r"\b(?P<core>tried to (?:take|snatch|grab) (?:the kids|the children|the baby|my son|my"
            r" daughter|our son|our daughter|him|her|them) (?:from|off|away|out)|describ\w* how"
            r" (?:he|she|they)(?:'d| would| will|'ll| is going to) (?:hurt|kill|beat|cut|burn|find)"
            r" me)\b",
            r"\b(?P<core>(?:if|since) (?:he|she|i|they) can'?t have (?:me|you|her|him)|no ?one"
            r" (?:else )?(?:can|will|gets to|could) have (?:me|you|her|him)|you'?ll (?:regret|be"
            r" sorry|pay for)|(?:he|she|they)'?ll (?:make me|make you) (?:pay|regret|sorry)|watch"
            r" (?:your|my) back|teach (?:me|you) a lesson|accidents happen|nobody (?:would|will)"
            r" (?:believe|find) (?:you|me)|(?:he|she|they) (?:said|says) (?:i'?ll|i will|i'?d|i"
            r" would) (?:end up|be sorry|regret))\b",
            r"\b(?P<core>(?:be|get|been|end up) found (?:in (?:pieces|bits|a ditch|the river|the"
            r" canal|a bag)|dead)|(?:made|makes|forced|forces) me sign (?:over|away|the)|(?:in"
            r"|into) (?:a|the) (?:ditch|river|canal|bag|boot))\b",
            r"\b(?P<core>(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna) (?:kill|hurt|end|finish"
            r"|destroy|get|find|ruin) you|you'?ll see|wait and see|you'?ll find out|(?:knows?|know)"
            r" where (?:my|your) (?:mum|mom|parents|family|kids|sister|brother) li(?:ve|ves)|burn"
            r" (?:the|my|our) (?:house|flat|place) down|set fire to)\b",
            # leaving answered with a threat: "whenever I talk about leaving"
            r"\b(?P<core>(?:whenever|when|every time|if|since) i (?:talk about|mention|bring up|try"
            r"|tried|threaten\w*|say i(?:'m| am| want)|even think about) (?:to )?(?:leav\w*"
            r"|go(?:ing)?|divorc\w*|break\w* up|end(?:ing)? it))\b",
            r"\b(?P<core>make sure i (?:never|don'?t|won'?t) (?:see|get) (?:the|my|her|him|them)"
            r" ?(?:kids|baby|children|son|daughter|dog|again)?|(?:got|has|with) (?:friends|mates"
            r"|people|brothers|cousins) who(?:'d| would| will|'ll) (?:help|sort|deal)|(?:bring"
            r"|brings|brought) (?:his|her|their) (?:mates|friends|brothers|boys|cousins|gang)"
            r"|(?:tell|telling) everyone i'?m (?:crazy|mad|unstable|unfit)|take the (?:kids|baby"
            r"|children) (?:off|from|away from) me)\b",
            r"\b(?P<core>it'?s for me|(?:he|she|they)(?:'ll| will|'d| would) (?:use (?:it|them)"
            r"|sort me out|deal with me|come after me|make me pay))\b",
            # damage to the reader's things: "smashed my windscreen"
            r"\b(?P<core>(?:smash\w*|broke|break\w*|slash\w*|kick\w* in|kicked in|punch\w*"
            r"|destroy\w*|rip\w* up|ripped up|cut up|burn\w*|keyed|scratch\w*|trash\w*) (?:up"
            r" )?(?:my|the|our) (?:\w+ )?(?:windscreen|windows?|car|tyres|phone|door|clothes|things"
            r"|stuff|belongings|laptop|tv|furniture|walls?|photos|flat|house|room))\b",
            r"\b(?P<core>(?:punch|kick)\w* (?:a hole in |holes in )?(?:the|a|my) (?:\w+ )?(?:wall"
            r"|door)|bang(?:ing|ed|s)? on (?:the|my) (?:door|windows?)|(?:throw|throws|threw"
            r"|throwing) things)\b",
        ],
        weak=[
            r"\b(?P<core>don'?t make me|or else|next time|(?:said|says|told me|tells me|warned me"
            r"|texted|messaged|swore) (?:that )?(?:he|she|they)(?:'d|'ll| will| would| is going to|"
            r" was going to) (?:\w+ ){0,2}?(?:find|get|hurt|kill|make|ruin|come|sort|deal with|end)"
            r"|intimidat\w*|menac\w*|loom\w* over|st(?:oo|an)ds? over me|corner\w* me|block\w* the"
            r" (?:door|doorway|way out)|in my face)\b",
            r"\b(?P<core>threat\w*|warned me|warning)\b",
            # conditions with a consequence: "if I leave he'll use it", "it's for me"
            r"\b(?P<core>if i (?:ever )?(?:leave|left|cheat|cheated|tell|told|go to the police|call"
            r" the police|report|(?:don'?t|do not|won'?t) (?:come back|leave (?:\w+ ){1,2}alone"
            r"|stop|do (?:what|as))))\b(?=[^.!?]{0,40}?\b(?:he|she|they)(?:'ll|'d| will| would| is"
            r" going to|'s going to|'s gonna)\b)",
        ],
    ),
    # Watching and following: "found my new address", "silent calls from a withheld number".
    "stalking": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            r"\b(?P<core>found (?:out )?my (?:new )?(?:address|flat|house|place|number|workplace)"
            r"|found out where i (?:live|work|moved|'m staying|am staying|am)|dead (?:flowers|roses"
            r"|birds?|rats?|animals?|mice|mouse)|(?:broke|broken|breaking|hack\w*|got|gets|getting"
            r"|logged|logs|logging|been getting) (?:in ?to|into) my (?:email|emails|phone|accounts?"
            r"|instagram|facebook|icloud|laptop|bank|messages|whatsapp)|pretending to be me|posing"
            r" as me|impersonat\w* me|(?:messag|email|text)\w* (?:[\w']+ ){0,3}?as (?:if (?:he|she)"
            r" (?:was|were) )?me)\b",
            # against the reader's will: "after I blocked him", "never gave him the address"
            r"\b(?P<core>even though i(?:'ve| have)? (?:blocked|asked|told|begged)|after i"
            r" (?:blocked|asked|told)|blocked (?:him|her|them|his number|her number|each one)"
            r"|uninvited|unannounced|won'?t (?:take no for an answer|go away)|(?:told|asked|begged)"
            r" (?:him|her|them) to stop|never (?:gave|told) (?:him|her|them) (?:the|my) (?:new"
            r" )?address|(?:knows|has|got|found) my (?:new )?(?:\w+ )?address)\b",
            r"\b(?P<core>(?:sitting|sits|sat|parked|parks|parking|waiting|waits|waited) in (?:his"
            r"|her|their|a) (?:car|van|truck|motor) (?:at|outside|on|near|opposite|across|by|down"
            r"|up) (?:from |the end of |the top of )?(?:my|our) (?:road|street|house|flat|work"
            r"|drive|close|building))\b",
            r"\b(?P<core>(?:was|been|got|is|were) (?:inside|in) my (?:flat|house|home|room|car"
            r"|bedroom|place)|let (?:himself|herself|themselves) in|(?:kept|keeps|has|had|made"
            r"|copied) (?:a |my )?(?:spare )?key|never let (?:him|her|them) in|(?:photos?|pictures?"
            r"|pics) of (?:every|each) room)\b",
            r"\b(?P<core>pretend\w* to be (?:a|an|my|the) \w+ to (?:find|get|see|reach)|to find"
            r" (?:out )?(?:my (?:new )?(?:address|number|workplace)|where i (?:live|am|work|moved"
            r"|'m staying)))\b",
            r"\b(?P<core>(?:describ\w*|knows?|knew|tells? me|told me) what i'?(?:m| am| was)"
            r" (?:wearing|doing|eating)|(?:knows?|knew) who i (?:was|am|'m) with)\b",
            r"\b(?P<core>(?:he|she|they)(?:'s| is|'re| are) (?:always |still )?watching|(?:keeps?"
            r"|kept|been) leaving (?:[\w']+ ){0,4}?(?:on|at|outside|through|under|in) my|(?:someone"
            r"|somebody) (?:keeps|has been|is) (?:leaving|watching|following|ringing|calling))\b",
        ],
        weak=[
            r"\b(?P<core>follow\w* me|(?:turn|turns|turned|turning|show|shows|showed|showing|pop"
            r"|pops|popped) up (?:at|outside|wherever|where|everywhere|uninvited|unannounced|again)"
            r"|(?:waits?|waiting|waited|sits?|sitting|sat|parks?|parked|parking|lurk\w*|hangs?"
            r" around|hanging around|stands?|standing|stood) (?:[\w']+ ){0,3}?outside (?:my|the"
            r"|our) (?:house|flat|work|office|door|window|building|school|gym|place)|comes? to find"
            r" me|came looking for me|comes? looking for me|(?:drives|drove|driving|walks|walked"
            r"|walking) past|watch\w* (?:me|my (?:house|flat|window|place))|knows? where i (?:live"
            r"|work|am|sleep))\b",
            r"\b(?P<core>track\w*|airtags?|air tags?|(?:share|sharing|shared) (?:my |his |her"
            r" )?locations?|my location|find my (?:iphone|phone|friends)|life ?360|snap ?map"
            r"|gps)\b",
            r"\b(?P<core>withheld|private number|unknown numbers?|no caller id|silent calls?|hangs?"
            r" up (?:when|as soon as)|heavy breathing|(?:new|fake|different|burner|secret) (?:\w+"
            r" )?(?:accounts?|profiles?|numbers?|phones?|emails?)|won'?t leave me alone|harass\w*"
            r"|stalk\w*)\b",
            r"\b(?P<core>changed (?:the|my) locks)\b",
            r"\b(?P<core>since i (?:left|moved out|ended it|broke up with)|after i (?:left|ended it"
            r"|moved out))\b",
            r"\b(?P<core>everywhere i go|keeps? appearing|(?:appears|appeared|shows up) (?:at|out"
            r" of nowhere)|always there when|(?:parked|parks|sitting|sits) (?:outside|across"
            r"|opposite|down the road)|(?:contacted|contacting|contacts|messag\w*|emailed|emails"
            r"|rang|rings|called|calls) my (?:work|boss|friends|family|parents|colleagues|mum|mom"
            r"|dad|sister|brother|manager)|(?:hundreds|dozens|loads|tons) of (?:messages|calls"
            r"|texts|emails)|won'?t stop (?:calling|texting|messaging|emailing|ringing)|(?:photos?"
            r"|pictures?|pics|videos?) of (?:me|my (?:house|car|flat|front door|window|building"
            r"|street|kids)))\b",
            r"\b(?P<core>(?:got|gets|getting) hold of my (?:new )?(?:number|address|email"
            r"|details))\b",
            r"\b(?P<core>doorstep|letterbox|through (?:my|the) door|under (?:my|the) (?:door|wiper"
            r"|windscreen wiper)|on my (?:car|windscreen)|my new address|moved (?:house|flat|away)"
            r"|since i moved)\b",
        ],
    ),
    # Coercive control: money, documents, keys, locks, monitoring, isolation.
    "control": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            # immigration used as a threat: "he'll have me deported"
            r"\b(?P<core>(?:have|get|got) me deported|deport\w*|report me to (?:immigration|the"
            r" home office)|(?:has|took|keeps|kept|hid) my (?:passport and my )?visa)\b",
            # kept in: "I've been kept in the spare room for two days"
            r"\b(?P<core>(?:kept|keeps|keep|locked|locks) (?:me )?in (?:the|a|my) (?:spare"
            r" )?(?:room|bedroom|shed|cellar|basement|loft|garage|cupboard)|takes? (?:it|my food"
            r"|the food|food) away (?:if|when|whenever) i)\b",
            # money taken: "he takes my whole wage and gives me bus fare"
            r"\b(?P<core>(?:takes?|took|keeps?|kept) (?:all |the whole |my whole )?(?:of )?my"
            r" (?:whole )?(?:wage|wages|pay|salary|pay packet|benefits|pension)|gives? me (?:bus"
            r" fare|pocket money|enough for|just enough))\b",
            # money: "he makes me hand over my wages", "I get twenty quid a week"
            r"\b(?P<core>hand (?:over|in) (?:my|all my|his|the) (?:wages|salary|pay|money|cards?"
            r"|bank cards?|pay ?packet|benefits)|(?:takes?|took|keeps?|kept|controls?) (?:all"
            r" )?(?:my|the|our) (?:wages|salary|pay|money|finances|(?:bank |debit |credit )?cards?"
            r"|benefits|pin)|gives? me (?:back )?(?:£|\$|€)?(?:\d+|enough|pocket money|an"
            r" allowance)|allowance|pocket money)\b",
            r"\b(?P<core>won'?t give (?:me )?(?:my|the) (?:phone|keys|car keys|passport|money|bank"
            r" ?cards?|purse|wallet|documents) back|(?:quid|pounds|dollars|euros|£\d+|\$\d+) (?:a"
            r"|per) (?:week|month))\b",
            r"\b(?P<core>locks? (?:the|up the) (?:fridge|food|cupboards?|kitchen|bathroom|phone)"
            r"|decides? (?:when|what|if) i(?:'m| am)? (?:allowed|can|get) (?:to )?(?:eat|sleep"
            r"|leave|shower|go|wear|spend)|(?:not )?allowed to (?:eat|shower|sleep|use the))\b",
            r"\b(?P<core>locks? me (?:out|in)|locked me (?:out|in)|locks? the doors?|(?:not|never)"
            r" allowed (?:to|out)|won'?t let me|doesn'?t let me|have to ask (?:him|her|them)(?:"
            r" for)? (?:permission|before|if|for)|permission|makes? me (?:ask|hand|sleep|stay|give"
            r"|show|quit|delete|wear)|made me (?:quit|give up|delete|stop seeing|cut off|move))\b",
            r"\b(?P<core>(?:his|her|their) (?:say so|permission|ok|okay|approval|blessing) (?:to"
            r"|before|for)|(?:need|needs|needed) (?:his|her|their) (?:say so|permission"
            r"|approval))\b",
            r"\b(?P<core>screenshot\w*|shown to (?:him|her|them) (?:before|first)|(?:approve"
            r"|approves|checks?|reads?) (?:every|each|all my) (?:message|text|post|email)s?"
            r" (?:before|first)|sold my (?:car|things|stuff|phone|jewellery|jewelry|bike|laptop)"
            r"|(?:says|said|tells me|told me) i (?:don'?t need|can'?t have|am not allowed) (?:a car"
            r"|money|friends|a job|to work|to go (?:anywhere|out)|my own))\b",
            r"\b(?P<core>(?:have|has|had) to (?:text|ask|tell|check with|call|message) (?:him|her"
            r"|them) (?:before|first|every time|whenever)|(?:have|had) to (?:account|explain) for"
            r" every)\b",
            r"\b(?P<core>isolat\w*|cut (?:me )?off from|(?:won'?t|doesn'?t) let me see|not allowed"
            r" to see|stopped me (?:from )?seeing)\b",
            r"\b(?P<core>(?:has|needs|wants|demands) to know where i (?:am|go|was)|checks? where i"
            r" (?:am|go)|tells me what to wear|chooses my clothes|(?:made|makes) me (?:quit|leave)"
            r" my job|(?:won'?t|doesn'?t) let me work|not allowed to work|every penny|bank account"
            r" (?:is )?in (?:his|her) name)\b",
        ],
        weak=[
            r"\b(?P<core>receipts|(?:not|never) allowed (?:a|my own|to have a) (?:bank|account|card"
            r"|money)|(?:won'?t|doesn'?t|wont) let me have (?:a|my own|any) (?:bank|account|card"
            r"|money)|(?:ask|beg) (?:him|her|them) for (?:money|cash))\b",
            r"(?<!i )\b(?P<core>(?:takes?|took|taken|taking|hides?|hid|hidden|hiding|keeps?|kept"
            r"|confiscat\w*|locked away|won'?t give (?:me )?back) (?:my|the) (?:passport|id|visa"
            r"|documents|papers|keys|car keys|house keys|phone|sim|shoes|purse|wallet))\b(?! (?:to"
            r" get it |to be |to have it )?renew)",
            r"\b(?P<core>(?:reads?|reading|checks?|checking|checked|goes through|went through|going"
            r" through|looks through) (?:all )?my (?:messages|texts|emails|phone|dms|whatsapps?"
            r"|call log|history|post|bank)|my passwords?|(?:hidden )?cameras?|spyware|check (?:in"
            r"|up) on me)\b",
            r"\b(?P<core>jealous|controlling|possessive|gets angry if|goes mad if|kicks off if"
            r"|sulks if)\b",
        ],
    ),
    # Sex without consent: "I said no", "while I was asleep".
    "consent": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            r"\b(?P<core>against my will|without my consent|(?:didn'?t|wouldn'?t|doesn'?t|won'?t)"
            r" (?:stop|listen) when i (?:said|say|told him|told her) (?:no|stop)|(?:while|when) i"
            r" (?:was|am|'m) (?:asleep|sleeping|drunk|unconscious|passed out|out of"
            r" it)(?=[^.!?]{0,60}\b(?:sex|touch\w*|on top|inside|undress\w*)))\b",
            r"\b(?P<core>(?:pressur|guilt|coerc|bull)\w* me into (?:sex|sleeping|it|doing|having)"
            r"|made me (?:do|have|perform|watch) (?:things|stuff|sex|it|that|what)|(?:forced|forces"
            r"|forcing) (?:himself|herself) on me)\b",
        ],
        weak=[
            r"\b(?P<core>i said no|(?:pressur|guilt|coerc|bull)\w* me into)\b",
        ],
    ),
    # Help sought: "typing this from a women's refuge", "a non-molestation order".
    "help": _Kind(
        VIOLENCE,
        cap=2,
        telling=[
            r"\b(?P<core>refuge|safe ?house|(?:non-molestation|restraining|protection|protective"
            r"|occupation) order(?! against (?:her|his|their) (?:ex|partner|husband|wife)\b)"
            r"|injunction|idva|women'?s aid|(?:women'?s|domestic violence|dv) shelter|domestic"
            r" abuse (?:worker|advisor|adviser|service|helpline)|safety plan|go bag)\b",
            r"\b(?P<core>(?:hot|help)line|domestic (?:abuse|violence) (?:charity|service|support"
            r"|worker|line|team)|support worker|emergency accommodation|(?:police|a) panic alarm"
            r"|panic button|marac|clare'?s law|crime (?:number|reference)|press(?:ed|ing)? charges"
            r"|(?:gave|give|giving) a statement|police escort)\b",
        ],
        weak=[
            r"\b(?P<core>police|999|911|the cops|arrested|bail|social services|social worker|escape"
            r"|fled|flee)\b",
        ],
    ),
    # Fear: "walking on eggshells", "scared to go home".
    "fear": _Kind(
        VIOLENCE,
        cap=1,
        telling=[
            r"\b(?P<core>walk(?:ing)? on eggshells|tiptoe\w*|flinch\w*|cower\w*|(?:hid|hide|hiding)"
            r" from (?:him|her|them|my \w+)|too (?:scared|frightened|afraid|terrified) to"
            r"|(?:ringing|calling|texting|messaging) (?:me )?non ?-?stop|(?:scared|afraid"
            r"|frightened|terrified) to (?:go home|leave|tell|say|sleep|move|speak|shower|bath|eat"
            r"|go to bed|come home|be in the same room|make a sound)|unsafe|for my (?:life"
            r"|safety))\b",
            r"\b(?P<core>dread (?:going home|him coming home|her coming home|the sound of)|(?:his"
            r"|her) key in the (?:door|lock)|i freeze when|on edge when|(?:panic|panicking) when"
            r" (?:he|she)|sleep with (?:a chair|the door locked|my door locked|a knife)|chair"
            r" (?:under|against) the (?:door|handle)|lock myself in|locked myself in|keep my head"
            r" down)\b",
        ],
        weak=[
            r"\b(?P<core>(?:hid|hide|hiding) (?:in|under) (?:the|my|a) \w+)\b",
            r"\b(?P<core>scared|terrified|afraid|frightened|petrified|fear|shaking|trembling)\b(?!"
            r" (?:with|from) (?:anger|rage|laughter|laughing|excitement)\b)",
        ],
    ),
    # Anger at home: "when he's drunk", "when we argue".
    "anger": _Kind(
        VIOLENCE,
        cap=1,
        telling=[],
        weak=[
            r"\b(?P<core>when (?:he|she|they)(?:'s| is| gets?| got|'re| are) (?:\w+ )?(?:drunk"
            r"|angry|mad|wasted|high|jealous|cross|furious|raging|in a mood)|(?:loses?|lost) (?:his"
            r"|her|their) temper|temper|rage|kicks? off|snaps?|flips? out|blows? up|(?:in|during)"
            r" (?:an|the|a) (?:argument|fight|row)|when we (?:argue|fight|row)|when i (?:disrespect"
            r"|disobey|answer back|talk back|forget|am late|'m late)|disrespect\w*|drunk|because i"
            r" (?:wouldn'?t|didn'?t|won'?t|refused to|forgot to|was late|said no))\b",
        ],
    ),
    # Again and again: "20 times", "every night".
    "persist": _Kind(
        VIOLENCE,
        cap=1,
        telling=[],
        weak=[
            r"\b(?P<core>every (?:night|day|evening|morning|weekend|time|friday|week)|(?:\d+|twenty"
            r"|thirty|forty|fifty|a hundred|hundreds of) (?:times|calls|texts|messages|missed"
            r" calls)|all night|for hours|again and again|24/7|constantly|won'?t stop|all the time"
            r"|for (?:an hour|ages|hours))\b",
            r"\b(?P<core>at (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|night|midnight)|most (?:nights|evenings"
            r"|days|mornings)|in the middle of the night)\b",
        ],
    ),
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
    r"\b(?:it|this|that|reality) (?:\w+ )?hit me\b|\bhit me (?:up|back|like (?:a|an)|hard that)\b"
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
    r"\b\w+ (?:me|my \w+)(?: [\w']+){0,5}? (?:by accident|accidentally|by mistake|in (?:his|her"
    r"|their) sleep)\b"
    r"|\baccidentally \w+ (?:me|my \w+)\b",
    # other meanings of body-part phrases: "pulled my leg", "cut my hair", "stabbed me in the
    # back", "twisted my arm" (persuaded)
    r"\bpull(?:ed|s|ing)? my leg\b|\b(?:cut|cuts|cutting|trimmed|did|dyed|styled|braided"
    r"|brushed|washed) my hair\b|\bstab\w* (?:me )?in the back\b(?! with\b)"
    r"|\btwist(?:ed|s|ing)? my arm (?:into|to|and i (?:said|went|agreed))\b",
    # holding someone back from harm: "she grabbed my arm to stop me walking into traffic"
    r"\b(?:grab\w*|pull\w*|held|holds|holding|caught|catch\w*|yank\w*) (?:me|my \w+)"
    r"(?: (?:by|on) (?:the|my) \w+)? (?:to|and) (?:stop|save|keep|help|steady|pull) me\b",
    # animals and babies: "my dog dragged me across the field", "the baby kicked me all night"
    r"\b(?:dog|dogs|puppy|horse|pony|cat|kitten|baby|babies|toddler|newborn|bump|little one)"
    r"(?:'s)? (?:\w+ )?(?:dragged|pulled|knocked|kicked|kicks|kicking|headbutted|bit|bites"
    r"|scratched|yanked|jumped on) (?:me|my \w+)\b",
    # toys and dancing: "he hit me with a foam sword", "she grabbed my wrists and pulled me onto
    # the dance floor"
    r"\bhit me with (?:a|his|her) (?:foam|toy|plastic|inflatable|pool|nerf|cardboard) \w+"
    r"|\b(?:grabbed|took|pulled|dragged) (?:my (?:hands?|wrists?|arms?)|me)(?: [\w']+){0,5}?"
    r" (?:onto|on to|to|across) the dance ?floor\b",
    # a friend's playful punch: "she punched me on the arm and said 'you idiot'"
    r"\bpunch(?:ed|es)? me (?:playfully |lightly |gently )?(?:on|in) the (?:arm|shoulder)\b"
    r"(?! (?:so|really|hard|until|till|twice|again)\b)",
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
    r"|when we were (?:kids|little|children|young|teenagers|at school)|as kids"
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
    r"\b(?:article|column|post|blog|piece|podcast|documentary|film|movie|(?:tv|the|a|that|this)"
    r" shows?|series|episode"
    r"|book|novel|song|lyrics|storyline|character|news|headline|drama|awareness|prevention"
    r"|charity|campaign|research|study|statistics|course|training|seminar|webinar|volunteer\w*)s?\b"
)
# Play the reader shares in: "we were messing around in the pool". Violence in the same
# sentence is dismissed ("he says he was just messing around" is his excuse, not play).
_PLAY = re.compile(
    r"\bwe (?:were|was|'re|are) (?:just )?(?:messing|mucking|fooling|horsing|playing|mucking)"
    r" (?:around|about)\b|\bplay[- ]?fight\w*|\bpillow fight"
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
_SPACES = re.compile(r"\s+")
_LONG_SPACES = re.compile(r"\s{2,}")
# A stretch of non-ASCII text, with the character before it (which may be the base of a
# combining mark). Everything else is ASCII and folds with str.lower().
_NON_ASCII = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")


class _Folded:
    """Folded text, and a map from its characters back to the original text: pieces of folded
    text starting at `starts`, each either copied from the original text from a given offset
    (linear) or one folded character made from a given span of the original."""

    __slots__ = ("_map", "original", "text")

    def __init__(self, original: str, text: str, mapping=None) -> None:
        self.original = original
        self.text = text
        self._map = mapping

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        if self._map is None:
            self._map = _fold_with_map(self.original)[1]
        return self._locate(start)[0], self._locate(end - 1)[1]

    def _locate(self, index: int) -> tuple[int, int]:
        starts, spans = self._map
        piece = bisect_right(starts, index) - 1
        original_start, original_end, linear = spans[piece]
        if linear:
            original_start += index - starts[piece]
            original_end = original_start + 1
        return original_start, original_end


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    """Spans of base characters with the combining marks that follow them."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


def _fold_with_map(text: str) -> tuple[str, tuple[list[int], list[tuple[int, int, bool]]]]:
    """The folded text and its map back to `text` (see `_fold` and `_Folded`)."""
    out: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int, bool]] = []
    length = 0
    after_space = True  # at the start, whitespace is dropped as after a space

    def ascii_part(begin: int, end: int) -> None:
        nonlocal length, after_space
        part = text[begin:end]
        skip = len(part) - len(part.lstrip()) if after_space else 0
        if skip == len(part):
            return
        folded = _SPACES.sub(" ", part[skip:].lower().translate(_QUOTES))
        starts.append(length)
        spans.append((begin + skip, 0, True))
        dropped = 0
        for run in _LONG_SPACES.finditer(part, skip):
            dropped += len(run.group()) - 1
            starts.append(length + run.end() - skip - dropped)
            spans.append((begin + run.end(), 0, True))
        out.append(folded)
        length += len(folded)
        after_space = folded.endswith(" ")

    position = 0
    for run in _NON_ASCII.finditer(text):
        ascii_part(position, run.start())
        for start, end in _clusters(run.group()):
            start, end = start + run.start(), end + run.start()
            folded = unicodedata.normalize("NFKC", text[start:end]).casefold().translate(_QUOTES)
            for char in folded:
                if unicodedata.category(char) == "Cf":
                    continue
                if char.isspace():
                    if after_space:
                        continue
                    char = " "
                after_space = char == " "
                out.append(char)
                starts.append(length)
                spans.append((start, end, False))
                length += 1
        position = run.end()
    ascii_part(position, len(text))
    return "".join(out), (starts, spans)


def _fold(text: str) -> _Folded:
    """NFKC, casefold, straight quotes, no zero-width characters, and each run of whitespace
    (line breaks too: hard-wrapped text must still match) as one space. Plain ASCII text, the
    usual case, takes a quick path and works out its map back only when a signal needs it."""
    if text.isascii():
        folded = _SPACES.sub(" ", text.lower().translate(_QUOTES))
        return _Folded(text, folded[1:] if folded.startswith(" ") else folded)
    folded, mapping = _fold_with_map(text)
    return _Folded(text, folded, mapping)


# ---------------------------------------------------------------------------------------------
# Which patterns to try. Every pattern is parsed once to find literal words its matches must
# hold: the words a match can start with ("kill myself" starts with "kill", "killing", ...,
# "kms"), or failing that a word (or a stem: "grab" in "grab\w*") found somewhere in every
# match. A message only runs the patterns whose words it has, and a pattern with known first
# words is only tried where one of them starts. So the cost of a message grows with what it
# says, not with the number of patterns.
# ---------------------------------------------------------------------------------------------

_BOUNDARY = "\x00"  # stands for \b, ^ or $ in the literal strings below
_STEM = "\x01"  # stands for \w* in them: "grab\x01" is a word starting with "grab"
_RUN_LIMIT = 64  # most literal strings to track for one stretch of a pattern
# Everyday words: a pattern found only by one of these is tried on most messages.
_COMMON_WORDS = frozenset(
    """a about after again all always am an and any are as ask asked at back be because been
    before being but by can cannot cant come coming could d day did didn didnt do does doesn
    doesnt don dont even ever every feel for from get gets getting go goes going gonna got had
    has have he her here him his how i if im in into is it its just keep keeps kept know last
    like ll m made make me more much my never next no not now of off on one only or our out
    over really re s said say says see she should so some still take t tell than that the them
    then there they thing things think this time to told too up us ve very want wanted was way
    we well were what when where which who why will with won wont would you your""".split()
)
_WORD_RUN = re.compile(r"\w+")
_TOKEN = re.compile(r"[\w\x01]+")
_STEM_TOKEN = re.compile(r"(\w{3,})\x01")


def _is_word_char(char: str) -> bool:
    return bool(_WORD_RUN.match(char))


def _is_any_word(item) -> bool:
    """Whether a parsed item is \\w* (any run of word characters)."""
    op, arg = item
    return (
        op is _sre.MAX_REPEAT
        and arg[0] == 0
        and arg[1] == _sre.MAXREPEAT
        and list(arg[2]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]
    )


def _literal_key(literal: str) -> tuple[int, str, str]:
    """How to look for one literal string in a message: (quality, how, key). A whole word in it
    (bounded inside the string) is looked up among the message's words ("word"), a stem among
    their beginnings ("stem"); the longer the better, an everyday word worst. Failing a good
    word, the string itself is searched for ("text")."""
    best = (0, "", "")
    for token in _TOKEN.finditer(literal):
        if token.start() == 0 or token.end() == len(literal):
            continue
        word, how = token.group(), "word"
        if _STEM in word:
            stem = _STEM_TOKEN.fullmatch(word)
            if stem is None:
                continue
            word, how = stem.group(1), "stem"
        quality = 1 if word in _COMMON_WORDS else 10 + len(word) - (how == "stem")
        best = max(best, (quality, how, word))
    if best[0] < 10:
        text = max(literal.replace(_BOUNDARY, "").split(_STEM), key=len)
        if len(text) >= 3:
            best = max(best, (min(len(text), 9), "text", text))
    return best


def _quality(literals: set[str] | None) -> tuple[int, int] | None:
    if not literals:
        return None
    worst = min(_literal_key(literal)[0] for literal in literals)
    return (worst, -len(literals)) if worst else None


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    if _quality(other) is None:
        return one
    if _quality(one) is None:
        return other
    return one if _quality(one) >= _quality(other) else other


def _ends_outside_words(items) -> tuple[bool, bool]:
    """(every non-empty match of the parsed sequence ends with a character that is not part of
    a word, the sequence can match the empty string)."""
    outside = True
    for op, arg in reversed(items):
        item_outside, can_be_empty = _item_ends_outside_words(op, arg)
        outside = outside and item_outside
        if not can_be_empty:
            return outside, False
    return outside, True


def _item_ends_outside_words(op, arg) -> tuple[bool, bool]:
    if op is _sre.LITERAL:
        return not _is_word_char(chr(arg)), False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return True, True
    if op is _sre.IN:
        outside = all(
            (kind is _sre.LITERAL and not _is_word_char(chr(value)))
            or (kind is _sre.CATEGORY and value in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD))
            for kind, value in arg
        )
        return outside, False
    if op is _sre.SUBPATTERN:
        return _ends_outside_words(arg[3])
    if op is _sre.BRANCH:
        ends = [_ends_outside_words(branch) for branch in arg[1]]
        return all(outside for outside, _ in ends), any(empty for _, empty in ends)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        outside, can_be_empty = _ends_outside_words(arg[2])
        return outside, can_be_empty or arg[0] == 0
    return False, False


def _literals_of_sequence(items, edge: bool = False) -> tuple[set[str] | None, set[str] | None]:
    """(every string the parsed sequence can match, when there are few; a set of strings one of
    which is in every match). `edge`: the sequence starts just after a non-word character (or at
    the start of the text), which _BOUNDARY marks in the strings."""
    run_edge = edge
    run: set[str] = {_BOUNDARY if edge else ""}
    whole = True
    best = None
    for op, arg in items:
        at_edge = all(
            run_edge if literal == "" else not _is_word_char(literal[-1]) for literal in run
        )
        exact, required = _literals_of_item(op, arg, at_edge)
        best = _better(best, required)
        if exact is not None and len(run) * len(exact) <= _RUN_LIMIT:
            run = {left + right for left in run for right in exact}
            continue
        best = _better(best, run)
        whole = False
        if exact is not None:
            run_edge = at_edge
            run = {(_BOUNDARY if at_edge else "") + literal for literal in exact}
        else:
            outside, can_be_empty = _item_ends_outside_words(op, arg)
            run_edge = outside and (at_edge or not can_be_empty)
            run = {_BOUNDARY if run_edge else ""}
    return (run if whole else None), _better(best, run)


def _literals_of_item(op, arg, edge: bool) -> tuple[set[str] | None, set[str] | None]:
    if op is _sre.LITERAL:
        return {chr(arg)}, None
    if op is _sre.AT:
        bounded = arg in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_END)
        return ({_BOUNDARY} if bounded else {""}), None
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return {""}, None
    if op is _sre.IN and len(arg) <= 4 and all(kind is _sre.LITERAL for kind, _ in arg):
        return {chr(code) for _, code in arg}, None
    if op is _sre.SUBPATTERN:
        return _literals_of_sequence(arg[3], edge)
    if op is _sre.BRANCH:
        results = [_literals_of_sequence(branch, edge) for branch in arg[1]]
        exact = None
        if all(branch_exact is not None for branch_exact, _ in results):
            exact = set().union(*(branch_exact for branch_exact, _ in results))
            exact = exact if len(exact) <= _RUN_LIMIT else None
        required = None
        if all(_quality(branch_required) for _, branch_required in results):
            required = set().union(*(branch_required for _, branch_required in results))
        return exact, required
    if _is_any_word((op, arg)):
        return {_STEM}, None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, item = arg
        exact, required = _literals_of_sequence(item, edge)
        if low == 0:
            return (({""} | exact) if high == 1 and exact is not None else None), None
        return (exact if low == high == 1 else None), required
    return None, None


def _gate(pattern: str) -> list[tuple[str, str]] | None:
    """[(how, key)]: a match of `pattern` needs one of these words, stems or strings (see
    `_literal_key`); None when no such literal can be found."""
    _, required = _literals_of_sequence(_sre_parse.parse(pattern))
    if _quality(required) is None:
        return None
    return sorted({_literal_key(literal)[1:] for literal in required})


_FIRST_WORD = re.compile(r"\x00+([\w\x01]+)[^\w\x01]")


def _head_word(head: str) -> str | None:
    """The first word of a head, with a trailing _STEM for a stem, once it is whole."""
    word = _TOKEN.search(head)
    return word.group() if word is not None and word.end() < len(head) else None


def _heads_of_sequence(items) -> set[str] | None:
    """The ways a match of the parsed sequence can begin, each up to just past its first word
    (or the whole match when that is shorter); None when they cannot be listed."""
    heads = {""}
    for op, arg in items:
        open_heads = {head for head in heads if _head_word(head) is None}
        if not open_heads:
            break
        item_heads = _heads_of_item(op, arg)
        if item_heads is None:
            return None
        heads = (heads - open_heads) | {
            _cut_head(head + more) for head in open_heads for more in item_heads
        }
        if len(heads) > _RUN_LIMIT:
            return None
    return heads


def _cut_head(head: str) -> str:
    word = _TOKEN.search(head)
    return head if word is None or word.end() == len(head) else head[: word.end() + 1]


def _heads_of_item(op, arg) -> set[str] | None:
    if op is _sre.LITERAL:
        return {chr(arg)}
    if op is _sre.AT:
        bounded = arg in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_END)
        return {_BOUNDARY} if bounded else {""}
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return {""}
    if op is _sre.IN and len(arg) <= 4 and all(kind is _sre.LITERAL for kind, _ in arg):
        return {chr(code) for _, code in arg}
    if op is _sre.SUBPATTERN:
        return _heads_of_sequence(arg[3])
    if op is _sre.BRANCH:
        branches = [_heads_of_sequence(branch) for branch in arg[1]]
        return None if None in branches else set().union(*branches)
    if _is_any_word((op, arg)):
        return {_STEM}
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, item = arg
        heads = _heads_of_sequence(item)
        if heads is None or (high > 1 and None in {_head_word(head) for head in heads}):
            return None
        return heads | {""} if low == 0 else heads
    return None


def _first_words(pattern: str) -> list[tuple[str, str]] | None:
    """[(how, key)]: the words ("word") or stems ("stem") a match of `pattern` can start with,
    when every match starts at the start of a word; None otherwise."""
    heads = _heads_of_sequence(_sre_parse.parse(pattern))
    if not heads:
        return None
    starts = set()
    for head in heads:
        first = _FIRST_WORD.match(head)
        if first is None or first.group(1).startswith(_STEM):
            return None
        word = first.group(1)
        if _STEM not in word:
            starts.add(("word", word))
        elif stem := _STEM_TOKEN.fullmatch(word):
            starts.add(("stem", stem.group(1)))
        else:
            return None
    return sorted(starts)


def _gate_quality(keys: list[tuple[str, str]] | None) -> int:
    """How few messages a gate lets through: its worst key, a text worst, an everyday word
    next, then the longer the better."""
    if not keys:
        return -1
    return min(
        0 if how == "text" else 1 if key in _COMMON_WORDS else 10 + len(key) for how, key in keys
    )


class _Index:
    """Patterns, and how to find their matches quickly (see above)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self.starts: list[list[tuple[str, str]] | None] = []
        self.by_key: dict[tuple[str, str], list[int]] = {}  # the gates
        self.by_start: dict[tuple[str, str], list[int]] = {}  # the first words
        self.always: list[int] = []
        for number, pattern in enumerate(self.patterns):
            try:
                starts = _first_words(pattern.pattern)
                gate = _gate(pattern.pattern)
            except Exception:  # an unreadable pattern is simply always run
                starts = gate = None
            if starts and _gate_quality(starts) >= _gate_quality(gate):
                gate = starts
            self.starts.append(starts)
            for key in starts or ():
                self.by_start.setdefault(key, []).append(number)
            if gate is None:
                self.always.append(number)
            for key in gate or ():
                self.by_key.setdefault(key, []).append(number)
        self.texts = [key for key in self.by_key if key[0] == "text"]
        self.stems: dict[str, list[str]] = {}
        for how, key in {*self.by_key, *self.by_start}:
            if how == "stem":
                self.stems.setdefault(key[:3], []).append(key)


class _Scan:
    """A folded message looked up in an _Index: the patterns that could match it, and where
    each pattern with known first words can start."""

    def __init__(self, index: _Index, text: str) -> None:
        self.index = index
        self.text = text
        found: dict[tuple[str, str], list[int]] = {}
        for word in _WORD_RUN.finditer(text):
            found.setdefault(("word", word.group()), []).append(word.start())
        for (_, word), positions in list(found.items()):
            for stem in index.stems.get(word[:3], ()):
                if word.startswith(stem):
                    found.setdefault(("stem", stem), []).extend(positions)
        self.starts: dict[int, list[int]] = {}
        for key in found.keys() & index.by_start.keys():
            for number in index.by_start[key]:
                self.starts.setdefault(number, []).extend(found[key])
        candidates = set(index.always)
        for key in found.keys() & index.by_key.keys():
            candidates.update(index.by_key[key])
        for key in index.texts:
            if key[1] in text:
                candidates.update(index.by_key[key])
        self.candidates = sorted(candidates)

    def finditer(self, number: int) -> Iterable[re.Match[str]]:
        """Like `pattern.finditer(text)` for pattern `number`, trying only where it can start."""
        pattern = self.index.patterns[number]
        if self.index.starts[number] is None:
            yield from pattern.finditer(self.text)
            return
        end = 0
        for position in sorted(self.starts.get(number, ())):
            if position >= end and (match := pattern.match(self.text, position)):
                end = max(match.end(), position + 1)
                yield match


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
    kind: str = ""  # a weighted cue (CUES): its kind, weight and that kind's cap
    weight: int = 0
    cap: int = 0


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
    _Rule(kind.category, _compile(pattern), topic=True, kind=name, weight=weight, cap=kind.cap)
    for name, kind in CUES.items()
    for weight, patterns in ((2, kind.telling), (1, kind.weak))
    for pattern in patterns
)
_CAPS = {name: kind.cap for name, kind in CUES.items()}
_FIGURATIVE = tuple(_compile(pattern) for pattern in FIGURATIVE_PATTERNS)
# One index for all: the rules, then the cues, then the idioms.
_ALL = _Index([rule.regex for rule in _RULES + _CUES] + list(_FIGURATIVE))
_FIRST_CUE = len(_RULES)
_FIRST_IDIOM = len(_RULES) + len(_CUES)


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


class _Message:
    """A folded message, with what judging its matches needs worked out once: where its
    clauses and sentences break, whether it says the past is back, its idioms."""

    def __init__(self, scan: _Scan, idioms: list[int]) -> None:
        self.text = scan.text
        self._scan = scan
        self._idioms = idioms
        self._figurative: list[tuple[int, int]] | None = None
        self._recurrence: bool | None = None
        self._found: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        self._breaks: dict[re.Pattern[str], tuple[list[int], list[int]]] = {}

    def _breaks_of(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        if pattern not in self._breaks:
            spans = [found.span() for found in pattern.finditer(self.text)]
            self._breaks[pattern] = [start for start, _ in spans], [end for _, end in spans]
        return self._breaks[pattern]

    @staticmethod
    def _span(breaks: tuple[list[int], list[int]], start: int, end: int, size: int):
        starts, ends = breaks
        before = bisect_right(ends, start) - 1
        after = bisect_left(starts, end)
        return (
            ends[before] if before >= 0 else 0,
            starts[after] if after < len(starts) else size,
        )

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The span of the clause holding text[start:end]."""
        return self._span(self._breaks_of(_CLAUSE_BREAK), start, end, len(self.text))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence holding text[start:end]."""
        return self._span(self._breaks_of(_SENTENCE_BREAK), start, end, len(self.text))

    @property
    def figurative(self) -> list[tuple[int, int]]:
        if self._figurative is None:
            self._figurative = [
                match.span() for number in self._idioms for match in self._scan.finditer(number)
            ]
        return self._figurative

    @property
    def recurrence(self) -> bool:
        if self._recurrence is None:
            self._recurrence = bool(_RECURRENCE.search(self.text))
        return self._recurrence

    def has(self, pattern: re.Pattern[str], start: int, end: int, skip=(0, 0)) -> bool:
        """Whether `pattern` matches within text[start:end] (outside the span `skip`)."""
        if pattern not in self._found:
            self._found[pattern] = [match.span() for match in pattern.finditer(self.text)]
        return any(
            start <= found_start
            and found_end <= end
            and not (skip[0] < found_end and found_start < skip[1])
            for found_start, found_end in self._found[pattern]
        )


def _is_negated(message: _Message, core_start: int) -> bool:
    """A negator among the few words before the core, in the same clause, with no new subject
    between the two."""
    clause_start, _ = message.clause(core_start, core_start)
    words = _WORD.findall(message.text, clause_start, core_start)
    window = _NOT_A_NEGATION.sub(" ", " ".join(words[-_NEGATION_WINDOW:]))
    for negator in _NEGATOR.finditer(window):
        rest = window[negator.end() :]
        if _THINKING.match(rest) or not _NEW_SUBJECT.search(rest):
            return True
    return False


def _is_figurative(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(fig_start < end and start < fig_end for fig_start, fig_end in spans)


def _is_settled_past(message: _Message, start: int, end: int) -> bool:
    """In a clause about the distant past, and nothing in the message says it is back."""
    clause_start, clause_end = message.clause(start, end)
    return message.has(_SETTLED_PAST, clause_start, clause_end) and not message.recurrence


def _is_denied_question(message: _Message, start: int, end: int) -> bool:
    """Someone asked the reader about it and the reader said no: "the doctor asked if I ever
    thought about hurting myself and the answer is no"."""
    sentence_start, sentence_end = message.sentence(start, end)
    return message.has(_ASKED, sentence_start, start) and message.has(
        _ANSWERED_NO, end, sentence_end
    )


def _is_dismissed(rule: _Rule, match: re.Match[str], message: _Message) -> bool:
    """Whether the context shows this match is not a crisis signal."""
    start, end = match.span()
    core_start = match.start("core") if "core" in rule.regex.groupindex else start
    if _is_negated(message, core_start):
        return True
    if _is_figurative(message.figurative, start, end) or _is_settled_past(message, start, end):
        return True
    if _is_denied_question(message, start, end):
        return True
    # about media; a cue's own words ("my last post") do not count
    skip = (start, end) if rule.weight else (0, 0)
    if rule.topic and message.has(_MEDIA, *message.clause(start, end), skip):
        return True
    if rule.category == VIOLENCE and message.has(_PLAY, *message.sentence(start, end)):
        return True
    return rule.threat and message.has(_LAUGHTER, *message.sentence(start, end))


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


def _scored(cues: list[tuple[_Rule, re.Match[str]]]) -> list[tuple[_Rule, re.Match[str]]]:
    """The cues that count: all the cues of each category whose score reaches CUE_THRESHOLD."""
    counted = []
    for category in CATEGORIES:
        kept = _uncontained([cue for cue in cues if cue[0].category == category])
        if _score(kept) >= CUE_THRESHOLD:
            counted += kept
    return counted


def _uncontained(cues: list[tuple[_Rule, re.Match[str]]]) -> list[tuple[_Rule, re.Match[str]]]:
    """The cues not lying inside a heavier (or, as heavy, longer) one."""
    kept: list[tuple[_Rule, re.Match[str]]] = []
    ranked = sorted(
        cues, key=lambda cue: (-cue[0].weight, cue[1].start() - cue[1].end(), cue[1].start())
    )
    for rule, match in ranked:
        if not any(o.start() <= match.start() and match.end() <= o.end() for _, o in kept):
            kept.append((rule, match))
    return sorted(kept, key=lambda cue: cue[1].start())


def _score(cues: list[tuple[_Rule, re.Match[str]]]) -> int:
    """The score of some cues: each phrase counts once; each kind adds its heaviest cue or, if
    more, the sum of its cues up to its cap; and the score is 0 with only CONTEXT_KINDS cues."""
    by_kind: dict[str, list[int]] = {}
    phrases = {(rule.kind, match.group("core")): rule for rule, match in cues}
    for rule in phrases.values():
        by_kind.setdefault(rule.kind, []).append(rule.weight)
    if not set(by_kind) - CONTEXT_KINDS:
        return 0
    return sum(
        max(max(weights), min(_CAPS[kind], sum(weights))) for kind, weights in by_kind.items()
    )


def _matches(text: str, extra: Iterable[_Rule]):
    """(the folded message, the rules' matches, the cues' matches), dismissed ones left out."""
    folded = _fold(text)
    plain = folded.text
    scan = _Scan(_ALL, plain)
    numbers = scan.candidates
    message = _Message(scan, [number for number in numbers if number >= _FIRST_IDIOM])
    found: list[tuple[_Rule, re.Match[str]]] = [
        (_RULES[number] if number < _FIRST_CUE else _CUES[number - _FIRST_CUE], match)
        for number in numbers
        if number < _FIRST_IDIOM
        for match in scan.finditer(number)
    ]
    found += [(rule, match) for rule in extra for match in rule.regex.finditer(plain)]
    found = [(rule, match) for rule, match in found if not _is_dismissed(rule, match, message)]
    return (
        folded,
        [(rule, match) for rule, match in found if not rule.weight],
        [(rule, match) for rule, match in found if rule.weight],
    )


def classify(text: str, extra_phrases: Iterable[tuple[str, str]] = ()) -> list[CareSignal]:
    """All crisis signals in `text`. `extra_phrases` are (category, phrase) pairs the site owner
    added in the admin: matched case-insensitively as whole words (inner whitespace flexible),
    with the same negation rules as the built-in patterns.

    Raises ValueError for an extra phrase whose category is not in CATEGORIES."""
    extra = [_phrase_rule(category, phrase) for category, phrase in extra_phrases]
    folded, rules, cues = _matches(text, [rule for rule in extra if rule is not None])
    signals = [_signal(rule, match, text, folded) for rule, match in rules + _scored(cues)]
    return _without_overlaps(signals)


def needs_care(text: str, extra_phrases: Iterable[tuple[str, str]] = ()) -> bool:
    """Whether `text` shows any sign of crisis."""
    return bool(classify(text, extra_phrases))


def _explain(text: str) -> list[str]:
    """Why `text` is flagged or not, for bench/care.py: every rule and cue that counts, and per
    category the cue score against CUE_THRESHOLD."""
    _, rules, cues = _matches(text, ())
    lines = [f"rule {rule.category}: {match.group()!r}" for rule, match in rules]
    for category in CATEGORIES:
        mine = _uncontained([(rule, match) for rule, match in cues if rule.category == category])
        if mine:
            listed = ", ".join(f"{r.kind}+{r.weight} {m.group('core')!r}" for r, m in mine)
            score = _score(mine)
            lines.append(f"cues {category} {score}/{CUE_THRESHOLD}: {listed}")
    return lines


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
