"""The reader-care crisis classifier: rules, negation, idioms, offsets, the site owner's phrases,
and its figures on the labelled messages in tests/discussion/data."""

import dataclasses
from pathlib import Path

import pytest

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


def test_paired_cues_must_be_near_each_other():
    near = "I have a rope. I keep looking at it."
    far = "I have a rope. The garage is a mess. My sister visited. I keep looking at it."
    assert categories(near) == {SELF_HARM}
    assert classify(far) == []


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
    assert len(rows) >= 600
    assert count[SELF_HARM] >= 150 and count[VIOLENCE] >= 110
    assert sum(1 for is_crisis, _, _ in rows if not is_crisis) >= 300
    heldout = load("care_messages_heldout.tsv")
    assert len(heldout) >= 90
    assert sum(1 for _, category, _ in heldout if category == SELF_HARM) >= 25
    assert sum(1 for _, category, _ in heldout if category == VIOLENCE) >= 20
    assert sum(1 for is_crisis, _, _ in heldout if not is_crisis) >= 45


def test_recall_and_precision_on_the_labelled_messages():
    rows = [row for name in LABELLED_FILES for row in load(name)]
    result = evaluate(rows)
    assert result["recall"] >= 0.95, result["missed"]
    assert result["precision"] >= 0.85, result["false_alarms"]
