"""Evaluate the text extractor on the real-news corpus (issue 13): per language, dev or test split.

    .venv/bin/python benchmarks/news_eval.py --corpus ../corpus/tests/data/news --split dev
    .venv/bin/python benchmarks/news_eval.py --split dev --failures en   # what it gets wrong in English

A predicted claim is right when metric, group, figure and status all match a
labelled one (as in benchmarks/text_eval.py). A false alarm is a negative
sentence (numbers, no count) with any prediction. The calibration error (ECE)
compares each extraction's confidence with whether it was right, over ten bins.
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

from casualtylog.figures import Figure
from casualtylog.text import extract

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "news"
LANGS = ("en", "nl", "fr", "de", "es")
Key = tuple[str, str | None, str, str]


def load(corpus: Path, lang: str, split: str) -> list[dict[str, Any]]:
    path = corpus / f"{lang}.{split}.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold(record: dict[str, Any]) -> Counter[Key]:
    return Counter(
        (c["metric"], c["group"], str(Figure.parse(c["figure"])), c.get("status", "reported")) for c in record["claims"]
    )


def run(record: dict[str, Any], detect: bool) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract(
            record["text"],
            source=record.get("publisher") or "corpus",
            reported_at=record.get("published") or "2025-01-01",
            language=None if detect else record["language"],
        )


def key(x: Any) -> Key:
    return (x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value)


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error of (confidence, correct) pairs."""
    if not pairs:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(pairs) * abs(conf - acc)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--detect", action="store_true", help="detect the language instead of using the label")
    parser.add_argument("--failures", nargs="*", default=None, help="print the wrong sentences of these languages")
    parser.add_argument("--pairs", type=Path, help="write (frame, confidence, correct) per extraction as JSON Lines")
    args = parser.parse_args()
    print(f"{'lang':<6}{'sent':>6}{'gold':>6}{'pred':>6}{'prec':>8}{'recall':>8}{'neg':>6}{'false':>7}{'src ok':>8}")
    pairs: list[tuple[float, bool]] = []
    rows: list[dict[str, Any]] = []
    detected = correct_lang = 0
    for lang in LANGS:
        records = load(args.corpus, lang, args.split)
        if not records:
            continue
        tp = npred = ngold = neg = false = src_total = src_ok = 0
        for record in records:
            found = run(record, args.detect)
            want = gold(record)
            got = Counter(key(x) for x in found)
            tp += sum((want & got).values())
            npred += sum(got.values())
            ngold += sum(want.values())
            if not record["claims"]:
                neg += 1
                false += bool(found)
            remaining = Counter(want)
            for x in found:
                ok = remaining[key(x)] > 0
                if ok:
                    remaining[key(x)] -= 1
                pairs.append((x.confidence, ok))
                rows.append({"lang": lang, "frame": x.frame, "confidence": x.confidence, "correct": ok})
            if record.get("source") and found:
                src_total += 1
                src_ok += found[0].claim.source.name.casefold() == str(record["source"]).casefold()
            if args.detect is False:
                from casualtylog.text import detect_language  # noqa: PLC0415

                detected += 1
                correct_lang += detect_language(record["text"]) == lang
            if args.failures is not None and lang in (args.failures or LANGS) and want != got:
                print(f"  [{record['id']}] {record['text']}")
                print(f"      want {sorted(want.elements(), key=str)}")
                print(f"      got  {sorted(got.elements(), key=str)}")
        prec = tp / npred if npred else 1.0
        rec = tp / ngold if ngold else 1.0
        src = f"{src_ok}/{src_total}"
        print(f"{lang:<6}{len(records):>6}{ngold:>6}{npred:>6}{prec:>8.3f}{rec:>8.3f}{neg:>6}{false:>7}{src:>8}")
    print(f"calibration error (ECE, 10 bins) over {len(pairs)} extractions: {ece(pairs):.3f}")
    if detected:
        print(f"language detection on sentences: {correct_lang}/{detected} = {correct_lang / detected:.3f}")
    if args.pairs:
        args.pairs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
