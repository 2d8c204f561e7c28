"""Train the learned reader (issue 13): a model for the figures no frame bound, judged on a batch it never saw.

    PYTHONPATH=. python benchmarks/reader_train.py collect /tmp/reader.json         # dev batches 1-17
    PYTHONPATH=. python benchmarks/reader_train.py select /tmp/reader.json --cv     # train on 1-16, judge on 17
    PYTHONPATH=. python benchmarks/reader_train.py write /tmp/reader.json --max-batch 17 --threshold 0.8

Reads **only the dev split** (:mod:`benchmarks.reader_corpus`: the figures,
their features and labels). ``select`` trains on the batches before
:data:`SELECT_BATCH` (:mod:`benchmarks.reader_model`: multinomial logistic
regression, L2, full-batch Adam in numpy, deterministic) and prints, on dev
batch :data:`SELECT_BATCH`, precision and recall of the frames alone and with
the reader at each threshold (:mod:`benchmarks.reader_scoring`, scored as
``benchmarks/text_eval.py`` scores), false alarms on negative sentences, per
language, AUC and calibration; with ``--cv`` the same out of fold (5 folds
grouped by document) on the earlier batches. ``--bound W`` also trains on the
figures the frames bound (row weight ``W``, a feature ``bound`` saying so).
``write`` trains on batches 1–``--max-batch`` and writes
``casualtylog/text/_reader_weights.py``. Needs numpy (training only);
extraction does not.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reader_corpus import Candidate, Sentence, collect, load, save  # noqa: E402
from benchmarks.reader_model import GRID, Fitted, auc, best_of, ece, fit, folds_of  # noqa: E402
from benchmarks.reader_scoring import judge, show  # noqa: E402
from benchmarks.text_eval import NEWS_LANGUAGES  # noqa: E402

WEIGHTS = ROOT / "casualtylog" / "text" / "_reader_weights.py"
#: The dev batch the settings are chosen on (no rule and no model was fit to it before).
SELECT_BATCH = 17
FOLDS = 5
#: The calibration shift's prior weight (casualtylog/text/_calibration.py's formula).
PRIOR = 20


def _label(c: Candidate, loose: bool) -> str:
    return c.loose if loose else c.label


class Rows:
    """The training rows of a variant: the free figures' features (some names dropped), and the bound ones'."""

    def __init__(self, cands: list[Candidate], args: argparse.Namespace) -> None:
        self.cands = cands
        self.drop = tuple(args.drop.split(",")) if args.drop else ()
        self.bound = args.bound
        self.loose = args.loose
        self.copies = args.bound_copies

    def names(self, i: int) -> list[str]:
        c = self.cands[i]
        names = [n for n in c.names if not n.startswith(self.drop)] if self.drop else list(c.names)
        if not c.bound:
            return names
        # --bound-copies: a bound row also carries its features under "b|", so that what is particular to
        # the frames' figures has weights of its own and the shared ones (all a free figure reads) carry across.
        return [*names, "bound", *(f"b|{n}" for n in names)] if self.copies else [*names, "bound"]

    def fit(self, ids: list[int], l2: float) -> Fitted:
        ids = [i for i in ids if self.bound > 0 or not self.cands[i].bound]
        weights = [self.bound if self.cands[i].bound else 1.0 for i in ids]
        return fit(
            [self.names(i) for i in ids],
            [_label(self.cands[i], self.loose) for i in ids],
            l2=l2,
            row_weights=weights if self.bound > 0 else None,
        )


def cmd_collect(args: argparse.Namespace) -> int:
    sentences, cands = collect(SELECT_BATCH)
    save(args.data, sentences, cands)
    free = sum(not c.bound for c in cands)
    print(f"{len(sentences)} sentences, {free} free figures, {len(cands) - free} bound ones -> {args.data}")
    return 0


def _ceiling(sentences: list[Sentence], cands: list[Candidate]) -> None:
    """Of the selection batch's labelled claims the frames miss, how many a candidate could read."""
    kinds: Counter[str] = Counter()
    for sent in sentences:
        exact_left = Counter(
            (cands[i].label, cands[i].group, cands[i].figure, cands[i].status)
            for i in sent.candidates
            if cands[i].label != "none"
        )
        figures = {cands[i].figure for i in sent.candidates}
        for key in sent.left:
            if exact_left[key] > 0:
                exact_left[key] -= 1
                kinds["a candidate with every field right"] += 1
            elif key[2] in figures:
                kinds["a candidate with the figure, another group or status"] += 1
            elif key[2] in sent.frame_figures:
                kinds["the figure read by a frame, another field"] += 1
            else:
                kinds["no candidate with the figure"] += 1
    print(f"ceiling on batch {SELECT_BATCH}: {sum(len(s.left) for s in sentences)} labelled claims the frames miss")
    for kind, count in kinds.most_common():
        print(f"  {kind}: {count}")


def _kept(pairs: list[tuple[float, bool]], threshold: float) -> tuple[int, float, float]:
    kept = [(p, ok) for p, ok in pairs if p >= threshold]
    n = len(kept)
    return n, sum(p for p, _ in kept) / max(1, n), sum(ok for _, ok in kept) / max(1, n)


def cmd_select(args: argparse.Namespace) -> int:
    sentences, cands = load(args.data)
    rows = Rows(cands, args)
    train = [i for i, c in enumerate(cands) if sentences[c.sentence].batch < SELECT_BATCH]
    held = [i for i, c in enumerate(cands) if sentences[c.sentence].batch == SELECT_BATCH and not c.bound]
    free_train = [i for i in train if not cands[i].bound]
    print(f"candidates: {len(free_train)} free + {len(train) - len(free_train)} bound to train, {len(held)} held")
    for name, ids in (("train (free)", free_train), ("train (bound)", [i for i in train if cands[i].bound])):
        print(f"  {name}: labels {dict(sorted(Counter(cands[i].label for i in ids).items()))}")
    held_sents = [s for s in sentences if s.batch == SELECT_BATCH]
    _ceiling(held_sents, cands)
    model = rows.fit(train, args.l2)
    size = sum(len(v) for v in model.weights.values())
    print(f"model: classes {model.classes}, {len(model.weights)} features, {size} weights (l2 {args.l2})")
    held_rows = [rows.names(i) for i in held]
    chosen = dict(zip(held, best_of(model, held_rows), strict=True))
    p_any = [float(x) for x in model.probs(held_rows).sum(axis=1)] if model.classes else [0.0] * len(held)
    print(f"AUC on batch {SELECT_BATCH}: {auc(p_any, [cands[i].label != 'none' for i in held]):.3f}")
    frames, _ = judge(held_sents, cands, {}, 1.01)
    print(f"\nbatch {SELECT_BATCH} dev, frames alone: {frames['all'].row()}")
    for t in GRID:
        tallies, _ = judge(held_sents, cands, chosen, t)
        gain = tallies["all"].added_right - args.cost * tallies["all"].added_wrong
        print(f"  reader >= {t:.2f}: {tallies['all'].row()}, gain {gain:+.0f}")
    if args.show is not None:
        show(held_sents, cands, chosen, args.show)
    pooled: list[tuple[float, bool]] = []
    if args.threshold is not None:
        tallies, pairs = judge(held_sents, cands, chosen, args.threshold)
        print(f"\nper language at {args.threshold}:")
        for lang in (*NEWS_LANGUAGES, "all"):
            print(f"  {lang}: frames {frames[lang].row()}\n      reader {tallies[lang].row()}")
        n, mean, right = _kept(pairs, args.threshold)
        print(f"ECE over all {len(pairs)} candidates read as a metric: {ece(pairs):.3f}; over the {n} kept:")
        print(f"  {ece([x for x in pairs if x[0] >= args.threshold]):.3f}, mean {mean:.3f}, right {right:.3f}")
        pooled += [x for x in pairs if x[0] >= args.threshold]
    if args.cv:
        pooled += _out_of_fold(sentences, cands, rows, train, args)
    if pooled:
        n, mean, right = _kept(pooled, 0.0)
        shift = min(0.0, right - mean) * n / (n + PRIOR)
        print(f"pooled kept: {n}, mean {mean:.3f}, right {right:.3f} -> FRAME_SHIFT['reader'] {shift:.3f}")
    return 0


def _out_of_fold(
    sentences: list[Sentence], cands: list[Candidate], rows: Rows, train: list[int], args: argparse.Namespace
) -> list[tuple[float, bool]]:
    """The earlier batches out of fold (5 folds by document): scores, thresholds, the kept claims' calibration."""
    folds = folds_of([sentences[cands[i].sentence].doc for i in train], FOLDS)
    scores: dict[int, float] = {}
    oof: dict[int, tuple[str, float]] = {}
    for f in range(FOLDS):
        tr = [i for i in train if folds[sentences[cands[i].sentence].doc] != f]
        te = [i for i in train if folds[sentences[cands[i].sentence].doc] == f and not cands[i].bound]
        m = rows.fit(tr, args.l2)
        names = [rows.names(i) for i in te]
        for i, row, best in zip(te, m.probs(names), best_of(m, names), strict=True):
            scores[i] = float(row.sum())
            oof[i] = best
    before = [s for s in sentences if s.batch < SELECT_BATCH]
    base, _ = judge(before, cands, {}, 1.01)
    print(f"\nbatches 1-{SELECT_BATCH - 1} out of fold, frames alone: {base['all'].row()}")
    gains = {}
    for t in GRID:
        tallies, _ = judge(before, cands, oof, t)
        gains[t] = tallies["all"].added_right - args.cost * tallies["all"].added_wrong
        print(f"  reader >= {t:.2f}: {tallies['all'].row()}")
    chosen_t = max(GRID, key=lambda t: (round(gains[t], 6), t))  # ties: the higher threshold
    print(f"threshold chosen out of fold (right - {args.cost} x wrong): {chosen_t}")
    free = sorted(scores)
    oof_auc = auc([scores[i] for i in free], [cands[i].label != "none" for i in free])
    print(f"out-of-fold AUC ({FOLDS} folds by document): {oof_auc:.3f}")
    if args.threshold is None:
        return []
    _, pairs = judge(before, cands, oof, args.threshold)
    n, mean, right = _kept(pairs, args.threshold)
    kept = [x for x in pairs if x[0] >= args.threshold]
    print(f"out of fold at {args.threshold}: {n} kept, mean {mean:.3f}, right {right:.3f}, ECE {ece(kept):.3f}")
    return kept


def write_weights(model: Fitted, threshold: float, note: str) -> None:
    lines = [
        '"""Weights of the learned reader (:mod:`casualtylog.text._reader`): written by ``benchmarks/reader_train.py``,'
        " do not edit.",
        "",
        note,
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from casualtylog.text._reader import ReaderModel",
        "",
        '__all__ = ["READER"]',
        "",
        "# fmt: off",
        "READER = ReaderModel(",
        f"    classes={model.classes!r},",
        f"    bias={tuple(model.bias)!r},",
        "    weights={",
    ]
    for name in sorted(model.weights):
        pairs = ", ".join(f"({k}, {w!r})" for k, w in model.weights[name])
        lines.append(f"        {json.dumps(name, ensure_ascii=False)}: ({pairs},),")
    lines += ["    },", f"    threshold={threshold},", ")", "# fmt: on", ""]
    WEIGHTS.write_text("\n".join(lines), encoding="utf-8")


def cmd_write(args: argparse.Namespace) -> int:
    sentences, cands = load(args.data)
    rows = Rows(cands, args)
    ids = [i for i, c in enumerate(cands) if sentences[c.sentence].batch <= args.max_batch]
    model = rows.fit(ids, args.l2)
    free = sum(not cands[i].bound for i in ids)
    bound = f", and {len(ids) - free} bound ones at weight {args.bound}" if args.bound > 0 else ""
    drop = f" --drop {args.drop}" if args.drop else ""
    note = (
        f"Trained on dev batches 1-{args.max_batch} ({free} free figures{bound}; `python benchmarks/reader_train.py"
        f" write --max-batch {args.max_batch} --l2 {args.l2} --bound {args.bound}{drop} --threshold"
        f" {args.threshold}`);\nsettings chosen on dev batch {SELECT_BATCH} with a model trained on batches"
        f" 1-{SELECT_BATCH - 1}, the threshold out of fold on them (5 folds by document)."
    )
    write_weights(model, args.threshold, note)
    print(f"{WEIGHTS}: {WEIGHTS.stat().st_size} bytes, {len(model.weights)} features")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=("collect", "select", "write"))
    parser.add_argument("data", type=Path)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--max-batch", type=int, default=SELECT_BATCH)
    parser.add_argument("--loose", action="store_true", help="train on the metric of any missed claim with the figure")
    parser.add_argument("--bound", type=float, default=0.0, help="row weight of the frames' bound figures (0: none)")
    parser.add_argument("--bound-copies", action="store_true", help="bound rows' features also apart (b|)")
    parser.add_argument("--cv", action="store_true", help="also out of fold on the earlier batches")
    parser.add_argument("--show", type=float, help="print the held candidates read at this threshold or above")
    parser.add_argument("--cost", type=float, default=2.0, help="threshold gain: right - cost x wrong")
    parser.add_argument("--drop", help="feature name prefixes to leave out (comma-separated)")
    args = parser.parse_args()
    if args.command == "collect":
        return cmd_collect(args)
    if args.command == "select":
        return cmd_select(args)
    if args.threshold is None:
        parser.error("write needs --threshold")
    return cmd_write(args)


if __name__ == "__main__":
    raise SystemExit(main())
