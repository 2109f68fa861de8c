"""Reader care: spot a reader message that shows signs of crisis, so the column can answer it
with care (a gentle note and the help lines) before anything else.

This is a transparent rule-based classifier, not a model: every decision can be traced to one
regular expression below, and every rule has a test. It is tuned for recall. A false alarm
costs a kind note the reader did not need; a miss costs far more.

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
   wishes count ("I don't want to wake up", "I wish I was dead"). Saying it with "lol" does not
   make it a joke: laughter never cancels a self-harm statement.
2. Someone close to the reader (partner, ex, relative, friend) threatens or attempts suicide or
   self-harm, including "he says he'll kill himself if I leave".
3. The reader is being hurt, choked, threatened, stalked, tracked, raped or forced, is kept
   from leaving or from friends and family, or is afraid of a partner or relative.
4. The reader states an intent to hurt or kill someone ("I'm going to kill her when she gets
   home"), *unless the same sentence marks it as a joke* ("ha", "lol", "jk", a laughing emoji).
   So "I want to kill him, ha, he ate my fries" is ``ok``; without the "ha" it is ``crisis``.
   The fixed idiom of annoyance "I could have killed him" is ``ok``.

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
  from friends", "end things with her", "I don't want to live with him".
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

Phrases the site owner adds in the admin go through the same steps 1 and 3 (except the topic
rule, which is for the built-in topic words only).
"""

from __future__ import annotations

import re
import unicodedata
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
        r"|stepdad|stepfather|mum|mom|mother|brother|son|flatmate|roommate))"
    ),
    # who gets hurt: the reader, or the reader's children or pets
    "VICTIM": r"(?:me|us|the kids|my (?:kids|children|son|daughter|baby|dog|cat))",
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
        r"|starved|starving|punch|punching|hang|hanging|hanged)"
    ),
    # tablets of any kind
    "PILLS": r"(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills)",
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
    # wanting to die or be dead: "I want to die", "wanna die", "she wants to die"
    r"\b(?P<core>(?:want|wants|wanted|wanting|wanna) to (?:die|be dead|not exist"
    r"|not be alive|disappear forever)|wanna die)\b",
    # wishing to be dead: "I wish I was dead", "wish I'd never been born"
    r"\b(?P<core>wish(?:ed)? i (?:was|were|could) (?:just )?(?:dead|die)"
    r"|wish i (?:just )?(?:wasn'?t|weren'?t|was not|were not) (?:here|alive|around)"
    r"|wish i(?:'d| had) never been born"
    r"|wish i (?:would(?:n'?t| not)|didn'?t|did not) wake up)\b",
    # not wanting to live, with the negation as part of it: "I don't want to live anymore"
    r"\b(?P<core>(?:don'?t|do not|no longer|never) (?:really |even |actually )?want to"
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
    # going to sleep and never waking: "I want to go to sleep and not wake up"
    r"\b(?P<core>(?:sleep|asleep) and (?:not|never) wake up"
    r"|hope (?:i )?(?:don'?t|never|won'?t) wake up)\b",
    # not caring whether one lives: "I don't care if I die"
    r"\b(?P<core>don'?t care (?:if|whether) i (?:die|live|wake up))\b",
    # no reason to live: "no reason to live", "what's the point of living"
    r"\b(?P<core>no (?:reason|point) (?:in |to |of )?(?:live|living|be alive|being alive"
    r"|go on|going on|carry on|carrying on))\b",
    # nothing to live for: "nothing left to live for"
    r"\b(?P<core>nothing (?:left )?to live for)\b",
    # no point in going on: "what's the point of living", "don't see the point of going on"
    r"\b(?P<core>(?:what'?s|don'?t see|can'?t see) the point (?:of|in) (?:living|life"
    r"|being alive|going on|carrying on))\b",
    # tired of or done with life: "tired of being alive", "I'm done with life"
    r"\b(?P<core>(?:tired|sick|done) (?:of|with) (?:being alive|living|life|existing))\b"
    r"(?! (?:with|in|at|together|like|here)\b)",
    # cannot go on: "I can't go on", "I don't think I can keep going"
    r"\b(?P<core>(?:can'?t|cannot|don'?t think i can|not sure i can) (?:go on|keep going"
    r"|carry on)(?: living| like this| any ?more| any longer)?)\b"
    r"(?! (?:with|a|an|the|holiday|dates?|about|to|at|in|for|and|my|his|her)\b)",
    # others better off without the reader: "they'd be better off without me"
    r"\b(?:better|easier|happier) (?:off )?(?:for (?:everyone|everybody|them|him|her) )?"
    r"(?P<core>without me|if i (?:just )?(?:wasn'?t|weren'?t|was not|were not)"
    r" (?:here|around|alive)|if i (?:just )?(?:was|were) (?:dead|gone)"
    r"|if i (?:just )?(?:died|disappeared))",
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
    # injuring one's body: "scratched my arms until they bled", "slit my wrists"
    r"\b(?P<core>(?:scratch|scratched|scratching|cut|cutting|burn|burned|burning|slit|slash"
    r"|slashed|carve|carved|carving) (?:my|her|his) (?:arms?|wrists?|legs?|thighs?|skin))\b",
    # taking a lot of tablets: "took all my sleeping pills", "a whole box of paracetamol"
    r"\b(?P<core>(?:took|taken|take|taking|swallowed|swallow|swallowing) (?:all|every one"
    r"|too many|loads|a (?:whole |full )?(?:box|bottle|pack|packet|strip)"
    r"|a (?:bunch|handful|load)) (?:of )?(?:(?:my|the|his|her|those|these) )?(?:\w+ )?{PILLS})",
    # gathering tablets: "how many pills it would take", "I have the pills counted out"
    r"\b(?P<core>how many (?:\w+ )?{PILLS}|{PILLS} (?:counted|lined|laid) out"
    r"|(?:stockpil\w+|saving up|saved up|hoard\w*) (?:my |the )?(?:\w+ )?{PILLS})",
    # methods: jumping, trains, crashing the car
    r"\b(?P<core>(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of)"
    r"|(?:step|stepping|walk|walking) in front of (?:a|the) (?:train|bus|car|lorry|truck)"
    r"|(?:drive|driving|crash|crashing) (?:my car |the car )?(?:into|off) (?:a|the)"
    r" (?:tree|wall|bridge|cliff|river|lorry|truck))",
    # thinking about a method: "thinking about jumping", "thought about the bridge"
    r"\b(?:think\w*|thought) (?:about|of) (?P<core>jumping|the bridge|a noose|hanging)\b",
    # saying goodbye: "said goodbye to everyone", "this is goodbye", "a suicide note"
    r"\b(?P<core>(?:say|said|saying) (?:my )?goodbyes? to (?:everyone|everybody|you all"
    r"|all of you|my (?:family|kids|friends))|this is (?:my )?goodbye|goodbye (?:letter|note)s?"
    r"|goodbye (?:everyone|everybody|world|all)"
    r"|giv(?:e|ing|en) away (?:all )?my (?:things|stuff|belongings))\b",
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
    r"|spat on|spits on) {VICTIM})\b"
    r"(?! (?:up|back|out)\b| with (?:the |a |this |that |his |her )?(?:news|texts?|messages?"
    r"|questions?|line|speech|silent treatment|[\"']))",
    # attempts on the reader's life: "he tried to kill me", "she nearly killed me"
    r"\b{PERSON} {GAP}(?P<core>(?:tried to|almost|nearly|could have) (?:kill|killed"
    r"|strangle|strangled|drown|drowned) {VICTIM})\b",
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
    r"\b(?P<core>thr(?:ew|ows|owing) (?:a |an |the |his |her )?(?:\w+ )?(?:glass|glasses|plate"
    r"|plates|bottle|knife|phone|chair|things|stuff|cup|mug|shoe) at {VICTIM})",
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
    r"|'re going to| are going to| might| could| may) (?:\w+ )?(?P<core>(?:kill|hurt|stab"
    r"|shoot|beat|strangle) (?:me|us|my \w+|the kids))\b",
    # a partner who frightens the reader: "he scares me", "my husband terrifies me"
    r"\b{PERSON} {GAP}(?P<core>(?:scares|frightens|terrifies|scared|frightened|terrified)"
    r" me)\b(?! (?:with|when (?:he|she) drives)\b)",
    # afraid of a partner: "I'm scared of him", "terrified of my husband"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened) of {PARTNER})\b"
    r"(?! (?:\w+ing|to|if|when)\b)",
    # afraid of what will happen: "I'm afraid to go home", "scared of what he'll do"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened) (?:to go|of going) home"
    r"|(?:afraid|scared|terrified|frightened) of what (?:he|she|they)(?:'ll|'d| will| would"
    r"| might| could| is going to|'s going to)? do)\b",
    # afraid for one's life: "I fear for my life", "scared for my safety"
    r"\b(?P<core>(?:afraid|scared|terrified|frightened|fear|fearing) for (?:my|our) (?:life"
    r"|lives|safety))",
    # not safe: "I don't feel safe at home", "I'm not safe with him"
    r"\b(?P<core>(?:(?:don'?t|do not|no longer|never) feel|(?:i'?m|i am) not) safe"
    r" (?:at home|in (?:my|our|the) (?:own )?(?:home|house|flat|apartment)"
    r"|with {PARTNER}|around {PARTNER}|any ?more))",
    # stalking and following: "he's stalking me", "keeps following me home"
    r"\b(?P<core>stalk(?:s|ed|ing)? (?:me|us)|follow(?:s|ed|ing)? me (?:home|to (?:work|my)"
    r"|everywhere|around))\b",
    # tracking: "he tracks my phone"
    r"\b(?P<core>(?:track|tracks|tracked|tracking|monitors|monitoring) my (?:phone|location"
    r"|car|movements))\b",
    # coercion and sexual violence: "forced me to", "raped me", "made me have sex"
    r"\b(?P<core>forc(?:ed|es|ing) me (?:to|into)|made me have sex|raped? me|raping me"
    r"|(?:sexually )?assault(?:ed|s|ing) me)\b",
    # confinement and isolation: "won't let me leave", "locked me in"
    r"\b(?P<core>won'?t let me (?:leave|go (?:out|anywhere|home)|see (?:my )?(?:friends|family)"
    r"|have (?:my )?(?:phone|keys|money))|lock(?:ed|s|ing)? me (?:in|inside|up))\b",
    # taking the means to leave: "takes my car keys and my phone so I can't leave"
    r"\b(?P<core>(?:takes|took|hides|hid) my (?:car )?(?:keys|phone|passport|bank ?cards?"
    r"|money)[\w' ]{0,30}? so (?:that )?i (?:can'?t|cannot|couldn'?t))",
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
