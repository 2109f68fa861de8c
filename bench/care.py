#!/usr/bin/env python3
"""Reader care: how the crisis classifier does on the labelled messages. Prints rows,
precision, recall and recall per category for the development set, the held-out set and both
together, then every misclassified message.

    .venv/bin/python bench/care.py

The held-out set was written after the classifier was frozen; its figures are the honest ones.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from columnist.discussion.care import evaluate, parse_labelled  # noqa: E402

DATA = ROOT / "tests" / "discussion" / "data"
SETS = {
    "development": [DATA / "care_messages.tsv"],
    "held-out": [DATA / "care_messages_heldout.tsv"],
    "combined": [DATA / "care_messages.tsv", DATA / "care_messages_heldout.tsv"],
}
SHOWN_CHARS = 100


def load(paths: list[Path]) -> list[tuple[bool, str, str]]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows += parse_labelled(lines)
    return rows


def shorten(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def report(name: str, result: dict) -> None:
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
    print()


def main() -> None:
    for name, paths in SETS.items():
        report(name, evaluate(load(paths)))


if __name__ == "__main__":
    main()
