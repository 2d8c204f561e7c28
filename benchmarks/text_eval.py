"""Evaluate the text extractor on the labelled corpus (tests/data/text_corpus.jsonl).

    .venv/bin/python benchmarks/text_eval.py            # the tables
    .venv/bin/python benchmarks/text_eval.py --failures # and every sentence it gets wrong
    .venv/bin/python benchmarks/text_eval.py --no-text2num  # with the built-in number reader

A predicted claim counts as correct when metric, group, figure and status all
match a labelled one. Precision and recall are over claims; exact match is
over sentences (the predicted set equals the labelled set, which for a
sentence with no count means predicting nothing). The corpus is our own, so
these numbers are not comparable with published results on news datasets
(Zhong et al., EACL 2023: regex extractors 0.06–0.26 exact match, the best
learned model 0.44–0.81).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from casualtylog.figures import Figure
from casualtylog.text import extract, numerals

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "text_corpus.jsonl"

Key = tuple[str, str | None, str, str]


def load() -> list[dict[str, Any]]:
    """The corpus records."""
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def expected(record: dict[str, Any]) -> Counter[Key]:
    """The labelled claims of one record, normalised."""
    return Counter(
        (c["metric"], c["group"], str(Figure.parse(c["figure"])), c.get("status", "reported")) for c in record["claims"]
    )


def predicted(record: dict[str, Any]) -> tuple[Counter[Key], list[Any]]:
    """What the extractor finds in one record (its language given, as the corpus labels it)."""
    found = extract(record["text"], source="corpus", reported_at="2025-04-24T12:00Z", language=record["language"])
    keys = Counter(
        (x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found if x.claim.figure
    )
    return keys, found


class Tally:
    """Counts for precision, recall and exact match."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = self.sentences = self.exact = 0

    def add(self, gold: Counter[Key], pred: Counter[Key]) -> None:
        self.tp += sum((gold & pred).values())
        self.pred += sum(pred.values())
        self.gold += sum(gold.values())
        self.sentences += 1
        self.exact += gold == pred

    def row(self, name: str) -> str:
        precision = self.tp / self.pred if self.pred else 1.0
        recall = self.tp / self.gold if self.gold else 1.0
        exact = self.exact / self.sentences if self.sentences else 1.0
        return f"{name:<14}{self.sentences:>6}{self.gold:>7}{self.pred:>7}{precision:>11.3f}{recall:>9.3f}{exact:>9.3f}"


def attribution(records: list[dict[str, Any]]) -> tuple[int, int]:
    """Sentences whose labelled source (and via) the extractor names, of those labelled."""
    right = total = 0
    for record in records:
        if "source" not in record:
            continue
        total += 1
        _, found = predicted(record)
        ok = bool(found) and all(
            x.claim.source.name == record["source"] and (record.get("via") is None or x.claim.via == record["via"])
            for x in found
        )
        right += ok
    return right, total


def long_text_seconds() -> tuple[int, float]:
    """Time to extract from a ~100 kB text (checks the patterns stay linear)."""
    parts = [
        "At least 12 people were killed and 90 injured, said Tkachenko on Telegram. ",
        "The 9-storey building, 15 km from the centre, was hit at 04:30 on 24 April 2025. ",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ",
        "a" * 300 + " ",
        "0 " * 100,
        "twenty-one " * 30,
    ]
    text = ""
    i = 0
    while len(text) < 100_000:
        text += parts[i % len(parts)]
        i += 1
    started = time.perf_counter()
    extract(text, source="s", reported_at="2025-04-24T12:00Z", language="en")
    return len(text), time.perf_counter() - started


def main() -> int:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--failures", action="store_true", help="list every sentence the extractor gets wrong")
    parser.add_argument("--no-text2num", action="store_true", help="use the built-in number reader only")
    args = parser.parse_args()
    if args.no_text2num:
        numerals._load_text2num = lambda: None  # the fallback path, on purpose
    records = load()
    overall, by_category, by_language = Tally(), dict[str, Tally](), dict[str, Tally]()
    failures = []
    for record in records:
        gold = expected(record)
        pred, _ = predicted(record)
        for tally in (
            overall,
            by_category.setdefault(record["category"], Tally()),
            by_language.setdefault(record["language"], Tally()),
        ):
            tally.add(gold, pred)
        if gold != pred:
            failures.append((record, gold, pred))
    reader = "built-in fallback" if args.no_text2num else ("text2num" if numerals.has_text2num() else "built-in")
    print(f"corpus: {CORPUS.name}, {len(records)} sentences; number words read by {reader}\n")
    header = f"{'':<14}{'sents':>6}{'gold':>7}{'pred':>7}{'precision':>11}{'recall':>9}{'exact':>9}"
    print(header)
    for name in sorted(by_category):
        print(by_category[name].row(name))
    print("-" * len(header))
    for name in sorted(by_language):
        print(by_language[name].row(f"language {name}"))
    print("-" * len(header))
    print(overall.row("overall"))
    right, total = attribution(records)
    print(f"\nattribution: source (and via) right in {right} of {total} attributed sentences")
    size, seconds = long_text_seconds()
    print(f"long input: {size:,} characters in {seconds:.2f} s")
    if args.failures:
        print("\nfailures:")
        for record, gold, pred in failures:
            print(f"  {record['id']} [{record['category']}] {record['text']}")
            print(f"      missed: {sorted(gold - pred, key=str)}")
            print(f"      wrong:  {sorted(pred - gold, key=str)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
