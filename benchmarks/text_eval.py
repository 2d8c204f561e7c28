"""Evaluate the text extractor on the labelled corpora.

Two corpora, reported apart:

- ``tests/data/text_corpus.jsonl``: sentences written by this project (a
  regression set; its numbers say nothing about real text);
- ``tests/data/news/{lang}.{split}.jsonl``: real news and report sentences,
  copied verbatim with their addresses (tests/data/news/README.md), split by
  document into ``dev`` (tune on it) and ``test`` (report it, never tune on it).

    .venv/bin/python benchmarks/text_eval.py            # the tables
    .venv/bin/python benchmarks/text_eval.py --failures # and every sentence it gets wrong
    .venv/bin/python benchmarks/text_eval.py --news-only --split dev --failures  # tuning view
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
import hashlib
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.text_breakdown import print_attribution_kinds, print_breakdown
from casualtylog.errors import CasualtyLogError
from casualtylog.figures import Figure
from casualtylog.text import extract, numerals
from casualtylog.text._learned import MODES
from casualtylog.vocab import normalise_group

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "text_corpus.jsonl"
NEWS = ROOT / "tests" / "data" / "news"
NEWS_LANGUAGES = ("en", "nl", "fr", "de", "es")
SPLITS = ("dev", "test")

Key = tuple[str, str | None, str, str]


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The records of one JSONL corpus file (none when the file is absent)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def expected(record: dict[str, Any]) -> Counter[Key]:
    """The labelled claims of one record, normalised."""
    return Counter(
        (c["metric"], normalise_group(c["group"]), str(Figure.parse(c["figure"])), c.get("status", "reported"))
        for c in record["claims"]
    )


#: The report date of a sentence whose record has no ``published`` date (and of the self-written corpus).
FIXED_DATE = "2025-04-24T12:00Z"

#: The ``learned`` mode every extraction of this run uses (``--learned``).
LEARNED = "off"


def report_date(record: dict[str, Any]) -> tuple[str, str]:
    """The date to pass as ``reported_at`` for one record, and its kind ("day", "month", "year" or "fixed").

    Relative dates ("yesterday", "on Friday") and past/future reasoning are judged against the
    article's own date, as the page shows it: a day is taken at noon UTC (no page gives the hour,
    and noon keeps the calendar day in every timezone from UTC-11 to UTC+11); a month or a year is
    passed as written, so the library reads it as the start of that window with month (year)
    precision rather than a day we would invent; no date gives :data:`FIXED_DATE`.
    """
    published = record.get("published")
    if not published:
        return FIXED_DATE, "fixed"
    if len(published) == len("2024-08-17"):
        return f"{published}T12:00Z", "day"
    return published, "month" if len(published) == len("2024-08") else "year"


def predicted(record: dict[str, Any], *, detect: bool = False) -> tuple[Counter[Key], list[Any]]:
    """What the extractor finds in one record (its language given, as the corpus labels it, unless ``detect``).

    The record's own date is the report date (:func:`report_date`); the self-written corpus has none.
    A language the extractor refuses counts as finding nothing; :func:`refused` tells them apart.
    """
    try:
        found = extract(
            record["text"],
            source="corpus",
            reported_at=report_date(record)[0],
            language=None if detect else record["language"],
            learned=LEARNED,
        )
    except CasualtyLogError:
        return Counter(), []
    keys = Counter(
        (x.claim.metric, normalise_group(x.claim.group), str(x.claim.figure), x.claim.status.value)
        for x in found
        if x.claim.figure
    )
    return keys, found


def raw_confidences(record: dict[str, Any]) -> list[float]:
    """The uncalibrated confidence of each extraction :func:`predicted` returns (same order), to compare calibrations."""
    module = sys.modules["casualtylog.text.extract"]
    saved = module.calibrated
    module.calibrated = lambda frame, raw: round(raw, 3)  # type: ignore[attr-defined]
    try:
        _, found = predicted(record)
    finally:
        module.calibrated = saved  # type: ignore[attr-defined]
    return [x.confidence for x in found]


def refused(language: str) -> bool:
    """Whether the extractor rejects ``language`` outright (rather than reading it)."""
    try:
        extract("", source="corpus", reported_at="2025-04-24T12:00Z", language=language)
    except CasualtyLogError:
        return True
    return False


def _without_status(keys: Counter[Key]) -> Counter[tuple[str, str | None, str]]:
    """The same claims with the status left out (to tell status errors from the rest)."""
    out: Counter[tuple[str, str | None, str]] = Counter()
    for (metric, group, figure, _), n in keys.items():
        out[(metric, group, figure)] += n
    return out


class Tally:
    """Counts for precision, recall and exact match."""

    def __init__(self) -> None:
        self.tp = self.pred = self.gold = self.sentences = self.exact = 0
        self.negatives = self.false_alarms = 0
        self.tp_any_status = 0

    def add(self, gold: Counter[Key], pred: Counter[Key], *, extracted: bool | None = None) -> None:
        """Count one sentence; ``extracted`` is whether the extractor returned anything at all."""
        self.tp += sum((gold & pred).values())
        self.tp_any_status += sum((_without_status(gold) & _without_status(pred)).values())
        self.pred += sum(pred.values())
        self.gold += sum(gold.values())
        self.sentences += 1
        self.exact += gold == pred
        if not gold:
            self.negatives += 1
            self.false_alarms += bool(pred) if extracted is None else extracted

    def false_alarm_row(self) -> str:
        share = self.false_alarms / self.negatives if self.negatives else 0.0
        precision = self.tp_any_status / self.pred if self.pred else 1.0
        recall = self.tp_any_status / self.gold if self.gold else 1.0
        return f"{self.false_alarms:>4}/{self.negatives:<4}{share:>6.3f}{precision:>8.3f}{recall:>7.3f}"

    def row(self, name: str) -> str:
        precision = self.tp / self.pred if self.pred else 1.0
        recall = self.tp / self.gold if self.gold else 1.0
        exact = self.exact / self.sentences if self.sentences else 1.0
        return f"{name:<14}{self.sentences:>6}{self.gold:>7}{self.pred:>7}{precision:>11.3f}{recall:>9.3f}{exact:>9.3f}"


def attribution(
    records: list[dict[str, Any]], *, loose: bool = False, mismatches: list[Any] | None = None
) -> tuple[int, int]:
    """Sentences whose labelled source (and via) the extractor names, of those labelled.

    ``loose`` compares names case-insensitively and without a leading article
    (the real corpus labels "ministry" where a sentence says "the ministry").
    ``mismatches`` collects (record, names found) for each sentence it gets wrong.
    """

    def same(a: str | None, b: str | None) -> bool:
        if not loose or a is None or b is None:
            return a == b
        strip = ("the ", "de ", "het ", "la ", "le ", "l’", "l'", "der ", "die ", "das ", "el ", "los ", "las ")
        a, b = a.casefold().strip(), b.casefold().strip()
        for article in strip:
            a = a.removeprefix(article)
            b = b.removeprefix(article)
        return a == b

    right = total = 0
    for record in records:
        if "source" not in record:
            continue
        total += 1
        _, found = predicted(record)
        ok = bool(found) and all(
            same(x.claim.source.name, record["source"])
            and (record.get("via") is None or same(x.claim.via, record["via"]))
            for x in found
        )
        right += ok
        if not ok and mismatches is not None:
            mismatches.append((record, sorted({(x.claim.source.name, x.claim.via) for x in found}, key=str)))
    return right, total


def measured_commit() -> str:
    """The commit measured: HEAD, the last commit that changed the library, and whether the tree is dirty."""

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)  # noqa: S603, S607
        except (OSError, subprocess.CalledProcessError):
            return "?"
        return done.stdout.strip()

    head = git("rev-parse", "--short", "HEAD")
    library = git("log", "-1", "--format=%h", "--", "casualtylog")
    dirty = " (library has uncommitted changes)" if git("status", "--porcelain", "--", "casualtylog") else ""
    return f"HEAD {head}, library last changed in {library}{dirty}"


def judged(found: list[Any], gold: Counter[Key]) -> list[tuple[Any, bool]]:
    """Each extraction with whether it matches a labelled claim not matched already."""
    left = Counter(gold)
    out = []
    for x in found:
        if not x.claim.figure:
            continue
        key = (x.claim.metric, normalise_group(x.claim.group), str(x.claim.figure), x.claim.status.value)
        ok = left[key] > 0
        if ok:
            left[key] -= 1
        out.append((x, ok))
    return out


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error of (confidence, correct) pairs, in equal-width bins."""
    if not pairs:
        return 0.0
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if inside:
            confidence = sum(c for c, _ in inside) / len(inside)
            accuracy = sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(pairs) * abs(confidence - accuracy)
    return total


#: The confidence thresholds an analyst might review below (docs/text.md, "Confidence").
THRESHOLDS = (0.0, 0.6, 0.7, 0.8, 0.9)


def threshold_row(pairs: list[tuple[float, bool]], gold: int) -> str:
    """Precision and recall of the extractions kept at each threshold, and how many are kept.

    >>> threshold_row([(0.95, True), (0.65, False), (0.85, True)], gold=4)
    '>=0.0: P 0.667 R 0.500 (3); >=0.6: P 0.667 R 0.500 (3); >=0.7: P 1.000 R 0.500 (2); >=0.8: P 1.000 R 0.500 (2); >=0.9: P 1.000 R 0.250 (1)'
    """
    cells = []
    for threshold in THRESHOLDS:
        kept = [ok for confidence, ok in pairs if confidence >= threshold]
        right = sum(kept)
        precision = right / len(kept) if kept else 1.0
        recall = right / gold if gold else 1.0
        cells.append(f">={threshold:.1f}: P {precision:.3f} R {recall:.3f} ({len(kept)})")
    return "; ".join(cells)


def inner_half(url: str) -> str:
    """Half "a" or "b" of a document, by a hash other than the split's: a check inside dev.

    Rules written from the failures of one half and measured on the other show whether they
    generalise, without touching the test split.

    >>> inner_half("https://example.org/a"), inner_half("https://example.org/b")
    ('b', 'a')
    """
    return "ab"[int(hashlib.sha256(b"inner:" + url.encode("utf-8")).hexdigest()[:8], 16) % 2]


def news_tables(
    *,
    split: str | None,
    detect: bool,
    failures: list[Any],
    batch: int | None = None,
    before_batch: int | None = None,
    pairs: list[dict[str, Any]] | None = None,
    source_failures: list[Any] | None = None,
    inner: str | None = None,
) -> dict[str, Tally]:
    """Per language and split: precision, recall, exact match and false alarms on the real corpus,
    then the calibration error of the extractions' confidence per split (``pairs`` collects them)."""
    pairs = [] if pairs is None else pairs
    header = f"{'':<14}{'sents':>6}{'gold':>7}{'pred':>7}{'precision':>11}{'recall':>9}{'exact':>9}{'false alarms':>18}{'P-st':>8}{'R-st':>7}"
    print(header)
    totals = {name: Tally() for name in SPLITS}
    attributed: list[dict[str, Any]] = []
    kinds: Counter[str] = Counter()
    for language in NEWS_LANGUAGES:
        note = " (refused: language not supported)" if not detect and refused(language) else ""
        for name in SPLITS:
            if split is not None and name != split:
                continue
            records = load(NEWS / f"{language}.{name}.jsonl")
            if batch is not None:
                records = [r for r in records if r.get("batch", 1) == batch]
            if before_batch is not None:
                records = [r for r in records if r.get("batch", 1) < before_batch]
            if inner is not None:
                records = [r for r in records if inner_half(r["url"]) == inner]
            if not records:
                continue
            tally = Tally()
            for record in records:
                kinds[report_date(record)[1]] += 1
                gold = expected(record)
                pred, found = predicted(record, detect=detect)
                tally.add(gold, pred, extracted=bool(found))
                totals[name].add(gold, pred, extracted=bool(found))
                raws = raw_confidences(record) if found else []
                pairs.extend(
                    {
                        "lang": language,
                        "split": name,
                        "doc": record["url"],
                        "frame": x.frame,
                        "confidence": x.confidence,
                        "raw": raw,
                        "correct": ok,
                    }
                    for (x, ok), raw in zip(
                        judged(found, gold),
                        [r for x, r in zip(found, raws, strict=True) if x.claim.figure],
                        strict=True,
                    )
                )
                if gold != pred:
                    failures.append((record, gold, pred))
            attributed.extend(records)
            print(tally.row(f"{language} {name}") + f"  {tally.false_alarm_row()}{note}")
    print("-" * len(header))
    for name in SPLITS:
        if totals[name].sentences:
            print(totals[name].row(f"all {name}") + f"  {totals[name].false_alarm_row()}")
    right, total = attribution(attributed, loose=True, mismatches=source_failures)
    print("(P-st, R-st: precision and recall when the status is not compared)")
    print(
        "report dates: "
        + ", ".join(f"{kinds[k]} {k}" for k in ("day", "month", "year", "fixed"))
        + f" (the record's published day at noon UTC, its month or year as written, or {FIXED_DATE} when it has none)"
    )
    for name in SPLITS:
        mine = [(p["confidence"], p["correct"]) for p in pairs if p["split"] == name]
        raw = [(p["raw"], p["correct"]) for p in pairs if p["split"] == name]
        if mine:
            print(
                f"calibration error (ECE, 10 bins), {name}: calibrated {ece(mine):.3f}, raw {ece(raw):.3f}"
                f" over {len(mine)} extractions"
            )
            print(f"confidence threshold, {name}: {threshold_row(mine, totals[name].gold)}")
    print(f"\nattribution (real corpus, names compared loosely): source (and via) right in {right} of {total}")
    return totals


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
    parser.add_argument("--news-only", action="store_true", help="only the real news corpus")
    parser.add_argument("--split", choices=SPLITS, help="only this split of the real news corpus")
    parser.add_argument("--detect", action="store_true", help="real corpus: let the extractor detect the language")
    parser.add_argument(
        "--batch", type=int, help="real corpus: only documents of this batch (2: added in the second round)"
    )
    parser.add_argument(
        "--before-batch",
        type=int,
        help="real corpus: only documents of earlier batches (tune on these, check on --batch N)",
    )
    parser.add_argument(
        "--inner",
        choices=("a", "b"),
        help="real corpus: only this half of the documents (a hash of the address): tune on one, check on the other",
    )
    parser.add_argument(
        "--breakdown", action="store_true", help="real corpus: count the errors by the field they got wrong (no sentences)"
    )
    parser.add_argument("--pairs", type=Path, help="write (language, split, frame, confidence, correct) as JSON Lines")
    parser.add_argument(
        "--learned", choices=MODES, default="off", help="the extractor's learned mode (casualtylog.text._learned)"
    )
    args = parser.parse_args()
    global LEARNED
    LEARNED = args.learned
    if args.no_text2num:
        numerals._load_text2num = lambda: None  # the fallback path, on purpose
    reader = "built-in fallback" if args.no_text2num else ("text2num" if numerals.has_text2num() else "built-in")
    print(f"measured: {measured_commit()}; number words read by {reader}; learned={LEARNED}\n")
    news_failures: list[Any] = []
    print(f"REAL NEWS CORPUS (tests/data/news/, split by document; language {'detected' if args.detect else 'given'})")
    pairs: list[dict[str, Any]] = []
    source_failures: list[Any] = []
    totals = news_tables(
        split=args.split,
        detect=args.detect,
        failures=news_failures,
        pairs=pairs,
        source_failures=source_failures,
        batch=args.batch,
        before_batch=args.before_batch,
        inner=args.inner,
    )
    if args.breakdown:
        print_breakdown(
            news_failures, sum(t.gold for t in totals.values()), sum(t.pred for t in totals.values())
        )
        print_attribution_kinds(source_failures)
    if args.pairs:
        args.pairs.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    if args.news_only:
        print_failures(news_failures, show=args.failures)
        print_source_failures(source_failures, show=args.failures)
        return 0
    print("\n" + "=" * 40)
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
    print(f"SELF-WRITTEN CORPUS (written by this project, a regression set): {CORPUS.name}, {len(records)} sentences\n")
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
    print_failures(news_failures + failures, show=args.failures)
    print_source_failures(source_failures, show=args.failures)
    return 0


def print_failures(failures: list[Any], *, show: bool) -> None:
    """Every sentence whose predicted claims differ from the labelled ones."""
    if not show:
        return
    print("\nfailures:")
    for record, gold, pred in failures:
        print(f"  {record['id']} [{record['category']}] {record['text']}")
        print(f"      missed: {sorted(gold - pred, key=str)}")
        print(f"      wrong:  {sorted(pred - gold, key=str)}")


def print_source_failures(mismatches: list[Any], *, show: bool) -> None:
    """Every attributed real-news sentence whose labelled source (and via) the extractor does not name."""
    if not show:
        return
    print("\nsource mismatches (real corpus):")
    for record, found in mismatches:
        print(f"  {record['id']} {record['text']}")
        print(f"      labelled: {(record['source'], record.get('via'))}")
        print(f"      found:    {found}")


if __name__ == "__main__":
    raise SystemExit(main())
