"""The reader-care crisis classifier: rules, negation, idioms, offsets, the site owner's phrases,
and its figures on the labelled messages in tests/discussion/data."""

import dataclasses
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from columnist.discussion import care
from columnist.discussion.care import (
    CATEGORIES,
    SELF_HARM,
    VIOLENCE,
    CareSignal,
    classify,
    evaluate,
    needs_care,
    parse_labelled,
)

DATA = Path(__file__).parent / "data"
LABELLED_FILES = ("care_messages.tsv", "care_messages_heldout.tsv")


def categories(text: str, extra_phrases=()) -> set[str]:
    return {signal.category for signal in classify(text, extra_phrases)}


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "honestly i just want to end it all",
        "i dont want to live anymore",
        "I don't want to wake up tomorrow",
        "I can't go on",
        "i cant go on like this",
        "everyone would be better off without me",
        "i've started hurting myself again",
        "been cutting myself since she left",
        "I'm suicidal and I don't know who to tell",
        "I took all my pills an hour ago",
        "there's no reason to live without him",
        "i've said goodbye to everyone",
        "I wish I was dead",
        "he says he'll kill himself if I leave",
        "i wanna die lol",
        "I'm not sure I want to live anymore",
        "if he doesn't come back I'll kill myself",
    ],
)
def test_self_harm_statements_are_found(text):
    assert categories(text) == {SELF_HARM}


@pytest.mark.parametrize(
    "text",
    [
        "he hit me last night",
        "my husband choked me during a fight",
        "my boyfriend threatened to kill me if I leave",
        "I'm afraid he'll hurt me if I tell him",
        "she forced me to have sex",
        "he won't let me leave the flat",
        "he locked me in the bathroom",
        "my ex is stalking me",
        "When he drinks he beats me.",
        "he has pushed me down the stairs twice",
        "I'm terrified of my husband",
        "I don't feel safe at home",
        "I'm going to kill him when he gets home",
        "I want to kill him, he ate my fries",
    ],
)
def test_violence_statements_are_found(text):
    assert categories(text) == {VIOLENCE}


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just sad",
        "I would never hurt myself",
        "I'd never take my own life, my kids need me",
        "I'm not going to kill myself, don't worry",
        "I have never self harmed",
        "I haven't cut myself in two years",
        "he would never hit me",
        "he has never hit me",
        "he's a decent man, never laid a hand on me",
        "I'm not scared of him, I'm scared of being alone",
        "no way would I ever hurt myself",
        "it's not like he hits me, he just ignores me",
        "my GP asked if I ever thought about hurting myself and the answer is no",
    ],
)
def test_negated_statements_are_not_signals(text):
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live anymore",
        "I no longer want to be alive",
        "I can't go on",
        "I don't care if I die",
        "I'm not going to lie, I want to kill myself",
        "I'm not sure I want to live",
        "I'm not suicidal but sometimes I wish I wasn't here",
    ],
)
def test_negation_that_belongs_to_the_statement_still_counts(text):
    assert needs_care(text)


@pytest.mark.parametrize(
    "text",
    [
        "this breakup is killing me",
        "the silence is killing me",
        "my feet are killing me",
        "my back is killing me after a night on his sofa",
        "I could die of embarrassment",
        "I'd kill for a coffee",
        "we're just killing time until the lease ends",
        "I nearly died laughing",
        "I killed myself laughing at your reply",
        "dead tired after another fight",
        "I'm dying to know what he meant",
        "his mum's lasagne is to die for",
        "I'd rather die than go to his office party",
        "I'm killing myself trying to make this work",
        "my mum is going to kill me when she finds out",
        "the song goes 'I'd die for you' and now I can't listen to it",
        "I want to kill him, ha, he ate my fries",
        "I'll kill him if he's late again 😂",
        "it suddenly hit me that he never loved me",
        "he hit me up at 2am",
        "she beat me at chess again",
        "he hurt me so much when he left",
        "she pushed me away every time",
        "I cut myself off from our friends",
        "should I end things with her before christmas",
        "I don't want to live with him anymore",
        "I can't go on holiday with him again",
        "I'm scared of him leaving me",
        "I could have killed him, but we talked it out",
        "I'm going to overdose on ice cream tonight",
    ],
)
def test_figurative_and_other_meanings_are_not_signals(text):
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "your article about domestic abuse helped me understand my friend",
        "the overdose storyline in that series was badly written",
        "I watched a documentary about suicide prevention",
        "years ago I was in a violent relationship, now I'm safe and remarried",
        "I used to self harm as a teenager, I've been fine for 12 years",
        "my ex used to hit me but that was 15 years ago",
    ],
)
def test_topics_and_the_settled_past_are_not_signals(text):
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "tbh the only thing stopping me from ending things is my dog",
        "I have a plan and a date",
        "hoping I won't wake up tomorrow",
        "i just want to sleep forever",
        "i'm a burden to everyone",
        "honestly i hope i get hit by a bus",
        "i won't be around much longer",
        "i want out of everything",
        "i keep thinking about ending things, and i don't mean the relationship",
        "My daughter told me she's been cutting since her boyfriend dumped her",
        "i've been saving my nan's sleeping tablets in a tin",
        "I'd rather be dead",
        "my partner doesn't want to be alive",
        "i can't keep living like this",
    ],
)
def test_paraphrased_self_harm_is_found(text):
    assert categories(text) == {SELF_HARM}


@pytest.mark.parametrize(
    "text",
    [
        "he smashed my phone and then grabbed my wrist so hard it's purple",
        "the last time i tried to leave he broke my arm",
        "my husband put a pillow over my face during an argument",
        "she threatens to have me beaten up by her brother",
        "he kicked our dog and then kicked me",
        "he told me if i ever leave he'll find me and hurt me",
        "my boyfriend took my passport",
        "my ex sends me photos of my front door at night",
        "he says I'm not going anywhere",
        "i'm scared to go back to the flat while he's there",
        "my dad hits my mum",
        "he came at me with a hammer",
        "I found a tracker on my car",
    ],
)
def test_violent_acts_threats_and_control_are_found(text):
    assert categories(text) == {VIOLENCE}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I have a rope in the garage and I keep looking at it.", SELF_HARM),
        (
            "i bought a lot of painkillers today and i know what i'm going to do with them",
            SELF_HARM,
        ),
        ("i'm ready to go. i've written to my kids.", SELF_HARM),
        ("i relapsed last night, the blade was still in my drawer", SELF_HARM),
        ("he keeps sending me messages saying he knows where i am and he's coming", VIOLENCE),
        ("he keeps a knife by the bed and says it's for me", VIOLENCE),
        ("my ex waits outside my work every evening", VIOLENCE),
        ("he reads all my messages and logs into my email", VIOLENCE),
    ],
)
def test_paired_cues_count_together(text, category):
    assert categories(text) == {category}


@pytest.mark.parametrize(
    "text",
    [
        "we used to go on the rope swing at the park",
        "I bought a rope for the move",
        "forgot to take the pills for my hay fever",
        "i'm ready to go back to dating",
        "I wrote him a goodbye letter that I'll never send",
        "he knows where i live, he can collect his own boxes",
        "the knife he gave me for my birthday",
        "my ex drives past my house on his way to work, it's the only road",
        "I'm not ready to go. I have written to my kids about the divorce.",
    ],
)
def test_a_single_cue_is_not_a_signal(text):
    assert classify(text) == []


def test_cues_add_up_across_the_whole_message():
    near = "I have a rope. I keep looking at it."
    far = "I have a rope. The garage is a mess. My sister visited. I keep looking at it."
    assert categories(near) == {SELF_HARM}
    assert categories(far) == {SELF_HARM}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm sorry to whoever reads this", SELF_HARM),
        ("does it hurt to drown? asking for real", SELF_HARM),
        ("My son has bandages on both arms and when I asked he said it was the cat", SELF_HARM),
        ("I'm typing this from a women's refuge", VIOLENCE),
        ("my ex has been leaving dead flowers on my doorstep", VIOLENCE),
        ("he said if he can't have me no one can", VIOLENCE),
    ],
)
def test_a_telling_cue_is_a_signal_on_its_own(text, category):
    assert categories(text) == {category}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i've got my mum's tablets. might as well.", SELF_HARM),
        ("I bought a length of washing line today and I don't have a garden", SELF_HARM),
        ("he keeps a baseball bat by the door and picks it up when we argue", VIOLENCE),
        ("my ex sits outside my flat in his car most nights", VIOLENCE),
    ],
)
def test_two_weak_cues_make_a_signal(text, category):
    assert categories(text) == {category}


@pytest.mark.parametrize(
    "text",
    [
        # time, fear, anger and repetition only ever add to another cue
        "i'm scared every night when he's drunk",
        "tonight. for hours.",
        # two cues of one kind add up only to its cap: "the bridge" and "the trains" are means
        "we walked over the bridge to watch the trains",
    ],
)
def test_context_cues_and_one_kind_alone_are_not_a_signal(text):
    assert classify(text) == []


def test_the_cues_that_count_are_the_signals():
    text = "I've got the whole packet of co-codamol here and nothing is stopping me"
    assert {(s.category, s.phrase) for s in classify(text)} == {
        (SELF_HARM, "packet of co-codamol"),
        (SELF_HARM, "nothing is stopping me"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "my phone died halfway through our fight",
        "she grabbed my hand and we danced",
        "i'd give my right arm for one more lazy sunday with him",
        "what's the plan for the weekend?",
        "i cut my hair short after the breakup",
        "she twisted my arm into going to his cousin's wedding",
        "he broke my heart and then asked for his jumper back",
        "my mum took my passport to get it renewed",
        "he said he'd find me a good lawyer",
        "dead battery, missed his call",
        "I broke my arm skiing",
        "i hope i don't wake up to another essay from him",
        "i'm so tired i could sleep forever",
        "my cat scratched my arms to pieces",
        "he pulled my leg about it all night",
        "I could strangle him for leaving wet towels on the bed",
        "he's coming round on saturday for his stuff and i'm scared i'll cry",
        "she grabbed my arm to stop me walking into traffic",
        "she punched me on the arm and said 'you idiot', best friend ever",
        "he said he knows where i live so he'll drop my books round",
        "my dog dragged me across the field after a squirrel",
        "he grabbed my hair when we were messing around in the pool",
        "my sister is going to look after the cat for me while i'm away",
        "how long does it take to get over a 10 year relationship?",
        "i volunteer at a women's refuge on saturdays",
        "she threw a pillow at me when i forgot our anniversary",
        "my little sister bit me when we were kids",
    ],
)
def test_hard_negatives_with_crisis_vocabulary(text):
    assert classify(text) == []


def test_the_past_counts_again_when_it_is_back():
    assert needs_care("I used to self harm as a teenager and lately I've started again")


def test_laughter_never_softens_self_harm():
    assert categories("i want to kill myself lol") == {SELF_HARM}


def test_a_message_can_raise_both_categories():
    text = "He said he would kill me. Some nights I want to die."
    assert categories(text) == set(CATEGORIES)
    assert [s.category for s in classify(text)] == [VIOLENCE, SELF_HARM]


def test_offsets_point_at_the_readers_own_words():
    text = "Ｓｏ tired… He’s gone and I ＷＡＮＴ  to die.\u200b Straße, café."
    [signal] = classify(text)
    assert signal.phrase == "ＷＡＮＴ  to die"
    assert text[signal.start : signal.end] == signal.phrase


def test_offsets_survive_letters_that_fold_to_several():
    text = "Weiß nicht. ﬁnally I don’t want to live anymore"
    [signal] = classify(text)
    assert text[signal.start : signal.end] == signal.phrase == "don’t want to live"


def test_offsets_survive_combining_marks():
    text = "Cafe\u0301 tonight, then he cho\u0301ked me. Wait, he choked me"
    [signal] = classify(text)
    assert signal.phrase == "choked me"
    assert text[signal.start : signal.end] == "choked me"


def test_signals_are_frozen_and_in_text_order():
    signals = classify("he hit me again. he threatened to kill me. I want to die")
    assert [s.start for s in signals] == sorted(s.start for s in signals)
    assert all(isinstance(s, CareSignal) for s in signals)
    with pytest.raises(dataclasses.FrozenInstanceError):
        signals[0].phrase = "x"


def reference_fold(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The folding rule, one character cluster at a time: NFKC, casefold, straight quotes, no
    zero-width characters, whitespace runs as one space, none at the start; and for each folded
    character the span of the original text it came from."""
    chars, spans, start = [], [], 0
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        folded = unicodedata.normalize("NFKC", text[start:index]).casefold()
        for char in folded.translate(care._QUOTES):
            if unicodedata.category(char) == "Cf":
                continue
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            spans.append((start, index))
        start = index
    return "".join(chars), spans


# ASCII, curly quotes, line breaks, odd spaces, zero-width, combining marks, ligatures, wide
# letters, letters that fold to several
FOLD_ALPHABET = "aZ '’\u201c\n\t  \u00a0\u200bé\u0301ﬁßＷ.,İ"


@given(st.text(alphabet=st.sampled_from(FOLD_ALPHABET), max_size=40))
def test_fold_follows_the_reference(text):
    folded = care._fold(text)
    expected, spans = reference_fold(text)
    assert folded.text == expected
    assert [folded.original_span(i, i + 1) for i in range(len(expected))] == spans


def all_labelled_texts() -> list[str]:
    texts = [text for name in LABELLED_FILES for _, _, text in load(name)]
    # long messages too, made of several labelled ones
    return texts + [" ".join(texts[i : i + 6]) for i in range(0, len(texts), 6)]


def test_the_index_finds_every_match():
    """Running only the patterns a message's words allow, only where they can start, finds what
    running every pattern everywhere finds."""
    for text in all_labelled_texts():
        plain = care._fold(text).text
        scan = care._Scan(care._ALL, plain)
        everything = {
            (number, match.span())
            for number, pattern in enumerate(care._ALL.patterns)
            for match in pattern.finditer(plain)
        }
        found = {
            (number, match.span()) for number in scan.candidates for match in scan.finditer(number)
        }
        assert found == everything, text


def test_every_pattern_is_indexed():
    """No built-in pattern runs on every message (that would slow every post down)."""
    assert care._ALL.always == []


def test_empty_and_blank_text():
    assert classify("") == []
    assert classify(" \n\t ") == []
    assert not needs_care("")


def test_extra_phrases_match_whole_words_case_insensitively():
    extra = [(SELF_HARM, "sewer slide"), (VIOLENCE, "kicked me out")]
    [signal] = classify("Thinking about the Sewer\n   Slide tonight", extra)
    assert signal.category == SELF_HARM
    assert signal.phrase == "Sewer\n   Slide"
    assert categories("he KICKED me OUT at midnight", extra) == {VIOLENCE}
    assert classify("sewer slides at the water park", extra) == []
    assert classify("nothing here", extra) == []


def test_extra_phrases_respect_negation_and_idioms():
    extra = [(SELF_HARM, "sewer slide"), (VIOLENCE, "killing me")]
    assert classify("I'm not thinking about the sewer slide", extra) == []
    assert classify("this breakup is killing me", extra) == []
    assert categories("he is killing me, I can't breathe when he does that", extra) == {VIOLENCE}


def test_extra_phrases_with_curly_quotes_match_straight_ones():
    extra = [(VIOLENCE, "he’s got a knife")]
    assert categories("he's got a knife and he's shouting", extra) == {VIOLENCE}


def test_extra_phrases_reject_unknown_categories_and_skip_blanks():
    with pytest.raises(ValueError, match="Unknown care category"):
        classify("anything", [("sadness", "blue")])
    assert classify("anything", [(SELF_HARM, "   ")]) == []


def test_evaluate_counts_and_ratios():
    rows = [
        (True, SELF_HARM, "I want to die"),
        (True, VIOLENCE, "he hit me"),
        (True, VIOLENCE, "the weather is nice"),
        (False, "-", "I could die of embarrassment"),
        (False, "-", "I want to kill myself"),
    ]
    result = evaluate(rows)
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (2, 1, 1, 1)
    assert result["rows"] == 5
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["recall_by_category"] == {SELF_HARM: 1.0, VIOLENCE: 0.5}
    assert result["missed"] == ["the weather is nice"]
    assert result["false_alarms"] == ["I want to kill myself"]


def test_evaluate_with_nothing_to_measure():
    result = evaluate([])
    assert result["precision"] == result["recall"] == 1.0


def load(name: str) -> list[tuple[bool, str, str]]:
    with (DATA / name).open(encoding="utf-8") as lines:
        return parse_labelled(lines)


@pytest.mark.parametrize("name", LABELLED_FILES)
def test_labelled_files_are_well_formed(name):
    header = (DATA / name).read_text(encoding="utf-8").splitlines()[0]
    assert header == "label\tcategory\ttext"
    rows = load(name)
    texts = [text for _, _, text in rows]
    assert len(texts) == len(set(texts)), "duplicate messages"
    assert all(text.strip() for text in texts)
    assert all((category == "-") != is_crisis for is_crisis, category, _ in rows)


def test_labelled_set_is_big_enough():
    rows = [row for name in LABELLED_FILES for row in load(name)]
    count = {c: sum(1 for is_crisis, category, _ in rows if category == c) for c in CATEGORIES}
    assert len(rows) >= 1050
    assert count[SELF_HARM] >= 300 and count[VIOLENCE] >= 240
    assert sum(1 for is_crisis, _, _ in rows if not is_crisis) >= 500
    heldout = load("care_messages_heldout.tsv")
    assert len(heldout) >= 120
    assert sum(1 for _, category, _ in heldout if category == SELF_HARM) >= 35
    assert sum(1 for _, category, _ in heldout if category == VIOLENCE) >= 30
    assert sum(1 for is_crisis, _, _ in heldout if not is_crisis) >= 55


def test_recall_and_precision_on_the_labelled_messages():
    """Floors that keep the classifier from getting worse, on each set apart.

    The product asks for recall of at least 0.95 on messages the classifier was not built
    from. On the development set (which it was tuned on) it reaches that; on the held-out set,
    written after the classifier was frozen, it does not yet (0.53 at the last freeze): phrase
    patterns and cue words catch the wordings they were written for, not every paraphrase.
    The README publishes both figures. These floors fail if either set gets worse."""
    development = evaluate(load(LABELLED_FILES[0]))
    assert development["recall"] >= 0.99, development["missed"]
    assert development["precision"] >= 0.95, development["false_alarms"]
    held_out = evaluate(load(LABELLED_FILES[1]))
    assert held_out["recall"] >= 0.50, held_out["missed"]
    assert held_out["precision"] >= 0.85, held_out["false_alarms"]


@pytest.mark.parametrize(
    "text",
    [
        "Our friend group has a birthday dinner next month and both of us are invited. "
        "The host asked me if I'm okay with it. I honestly don't know.",
        "Falling out of love happens to good people all the time.",
        "I think we are falling out of touch since the move.",
    ],
)
def test_ordinary_breakup_talk_is_not_flagged(text):
    assert classify(text) == []
