#!/usr/bin/env python3
"""Reader care: how the crisis classifier does on the labelled messages. Prints rows,
precision, recall, recall per category and the counts for the development set, the held-out
set and both together, then every misclassified message with the rules and cues that decided
it, and how long classify() takes.

    .venv/bin/python bench/care.py

The held-out set was written after the classifier was frozen; its figures are the honest ones.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from columnist.discussion.care import _explain, classify, evaluate, parse_labelled  # noqa: E402

DATA = ROOT / "tests" / "discussion" / "data"
SETS = {
    "development": [DATA / "care_messages.tsv"],
    "held-out": [DATA / "care_messages_heldout.tsv"],
    "combined": [DATA / "care_messages.tsv", DATA / "care_messages_heldout.tsv"],
}
SHOWN_CHARS = 100
TYPICAL_CHARS = 500  # a typical message body, for the timing
TIMING_ROUNDS = 5


def load(paths: list[Path]) -> list[tuple[bool, str, str]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows += parse_labelled(lines)
    return rows


def shorten(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def report(name: str, result: dict, explain: bool) -> None:
    per_category = ", ".join(
        f"{category} {recall:.3f}" for category, recall in result["recall_by_category"].items()
    )
    print(f"== {name}: {result['rows']} rows")
    print(
        f"   precision {result['precision']:.3f}  recall {result['recall']:.3f}"
        f"  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, tn {result['tn']})"
    )
    print(f"   recall per category: {per_category}")
    for label, texts in (("missed", result["missed"]), ("false alarm", result["false_alarms"])):
        for text in texts:
            print(f"   {label}: {shorten(text)}")
            for line in _explain(text) if explain else ():
                print(f"      {line}")
    print()


def median_milliseconds(texts: list[str]) -> float:
    """The median over `texts` of the best of TIMING_ROUNDS classify() timings."""
    for text in texts:  # warm up
        classify(text)
    timings = []
    for text in texts:
        best = float("inf")
        for _ in range(TIMING_ROUNDS):
            start = time.perf_counter()
            classify(text)
            best = min(best, time.perf_counter() - start)
        timings.append(best)
    return statistics.median(timings) * 1000


def typical_messages(texts: list[str], count: int = 300) -> list[str]:
    """Messages of TYPICAL_CHARS characters, made of labelled messages one after another."""
    messages, index = [], 0
    while len(messages) < count:
        message = ""
        while len(message) < TYPICAL_CHARS:
            message += texts[index % len(texts)] + " "
            index += 1
        messages.append(message[:TYPICAL_CHARS])
    return messages


def main() -> None:
    for name, paths in SETS.items():
        # the combined misclassified messages are those of the two sets above
        report(name, evaluate(load(paths)), explain=name != "combined")
    rows = load(SETS["combined"])
    texts = [text for _, _, text in rows]
    print("== classify() time, median per message")
    print(f"   labelled messages as written: {median_milliseconds(texts):.3f} ms")
    for label, chosen in (
        ("ok and crisis messages", texts),
        ("ok messages only", [text for is_crisis, _, text in rows if not is_crisis]),
        ("crisis messages only", [text for is_crisis, _, text in rows if is_crisis]),
    ):
        milliseconds = median_milliseconds(typical_messages(chosen))
        print(f"   {TYPICAL_CHARS}-character messages of {label}: {milliseconds:.3f} ms")


if __name__ == "__main__":
    main()
