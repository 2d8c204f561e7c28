"""How much of what extract() misses the review list of casualtylog.text.unread_figures points at.

    PYTHONPATH=. .venv/bin/python benchmarks/text_unread.py --split test

Counts only, never a sentence (it may be read on the held-out split). For each
language of the real news corpus: the labelled claims whose figure the extractor
read nothing for (the *missed figure* kind of ``text_eval.py --breakdown``), how
many of them an unread figure of the same sentence with the same numbers points at,
and what the list costs to read: its items, and the negatives (sentences with no
claim) that get one. Both lists: near a casualty word (the default) and ``every=True``.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from benchmarks.text_breakdown import Key, pair
from benchmarks.text_eval import NEWS, NEWS_LANGUAGES, SPLITS, expected, load, predicted, report_date
from casualtylog.text import unread_figures


def missed_figures(gold: Counter[Key], pred: Counter[Key]) -> list[Key]:
    """The labelled claims no wrong claim of the sentence pairs with (text_breakdown's *missed figure*)."""
    return pair(gold, pred)[1]


def _numbers(figure: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", figure)) or (figure,)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    args = parser.parse_args()
    print(f"{'':<10}{'sents':>6}{'gold':>6}{'missed':>8}  {'near: pointed':>14}{'items':>7}{'negatives':>11}"
          f"  {'every: pointed':>15}{'items':>7}{'negatives':>11}")
    total: Counter[str] = Counter()
    for language in NEWS_LANGUAGES:
        t: Counter[str] = Counter()
        for record in load(NEWS / f"{language}.{args.split}.jsonl"):
            gold = expected(record)
            pred, _ = predicted(record)
            missed = missed_figures(gold, pred)
            t["sents"] += 1
            t["gold"] += sum(gold.values())
            t["missed"] += len(missed)
            t["negatives"] += not gold
            for mode, every in (("near", False), ("every", True)):
                # dated as predicted() dates the record, so that the list and the claims judge years alike
                items = unread_figures(
                    record["text"], language=language, every=every, reported_at=report_date(record)[0]
                )
                t[f"{mode} items"] += len(items)
                t[f"{mode} negatives"] += bool(items) and not gold
                left = Counter(_numbers(str(u.figure)) for u in items)
                for g in missed:
                    if left[_numbers(g[2])] > 0:
                        left[_numbers(g[2])] -= 1
                        t[f"{mode} pointed"] += 1
        total.update(t)
        _row(f"{language} {args.split}", t)
    _row(f"all {args.split}", total)
    print("(pointed: missed figures an unread item of the same sentence has the numbers of;"
          " negatives: sentences without a labelled claim that get an item, of all such sentences)")
    return 0


def _row(name: str, t: Counter[str]) -> None:
    cells = [f"{name:<10}{t['sents']:>6}{t['gold']:>6}{t['missed']:>8}  "]
    for mode in ("near", "every"):
        share = t[f"{mode} pointed"] / t["missed"] if t["missed"] else 0.0
        cells.append(
            f"{t[f'{mode} pointed']:>6} ({share:.2f}){t[f'{mode} items']:>7}{t[f'{mode} negatives']:>6}/{t['negatives']:<4}  "
        )
    print("".join(cells))


if __name__ == "__main__":
    raise SystemExit(main())
