"""What the learned reader gets wrong and misses on the selection batch (issue 13): the map a round starts from.

    PYTHONPATH=. python benchmarks/reader_map.py /tmp/reader.json [--oof]

Trains on the dev batches before :data:`benchmarks.reader_train.SELECT_BATCH`
(the base settings) and prints, on that dev batch: the claims added right and
wrong at each threshold 0.50–0.90, every wrong one at 0.50 or above, the
labelled claims the frames miss that a candidate has (with the probability and
metric the model gives it), and those no candidate has. ``--oof`` prints the
wrong ones at 0.50 or above out of fold on the earlier batches too (5 folds by
document), to check that a mechanism recurs. Reads only the dev split.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.reader_corpus import Candidate, Sentence, load  # noqa: E402
from benchmarks.reader_model import best_of, fit, folds_of  # noqa: E402
from benchmarks.reader_scoring import judge  # noqa: E402
from benchmarks.reader_train import FOLDS, SELECT_BATCH  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _wrong(sentences: list[Sentence], cands: list[Candidate], chosen: dict[int, tuple[str, float]]) -> None:
    for sent in sentences:
        left = Counter(sent.left)
        for i in sent.candidates:
            if i in chosen and chosen[i][1] >= THRESHOLDS[0]:
                c = cands[i]
                key = (chosen[i][0], c.group, c.figure, c.status)
                if left[key] > 0:
                    left[key] -= 1
                    continue
                print(f"  WRONG {chosen[i][1]:.2f} {key} {sent.record}: {sent.text[:240]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data", type=Path)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--oof", action="store_true")
    args = parser.parse_args()
    sentences, cands = load(args.data)
    train = [i for i, c in enumerate(cands) if sentences[c.sentence].batch < SELECT_BATCH and not c.bound]
    held = [i for i, c in enumerate(cands) if sentences[c.sentence].batch == SELECT_BATCH and not c.bound]
    model = fit([cands[i].names for i in train], [cands[i].label for i in train], l2=args.l2)
    chosen = dict(zip(held, best_of(model, [cands[i].names for i in held]), strict=True))
    held_sents = [s for s in sentences if s.batch == SELECT_BATCH]
    print(f"batch {SELECT_BATCH} dev, added right/wrong by threshold:")
    for t in THRESHOLDS:
        tallies, _ = judge(held_sents, cands, chosen, t)
        print(f"  >= {t:.2f}: +{tallies['all'].added_right}/-{tallies['all'].added_wrong}")
    print("wrong at >= 0.50:")
    _wrong(held_sents, cands, chosen)
    print("labelled claims the frames miss, with a candidate of every field (p of the label, the model's pick):")
    none_at_all = []
    for sent in held_sents:
        exact = Counter((cands[i].label, cands[i].group, cands[i].figure, cands[i].status) for i in sent.candidates)
        figures = {cands[i].figure for i in sent.candidates}
        for key in sent.left:
            hit = next(
                (
                    i
                    for i in sent.candidates
                    if (cands[i].label, cands[i].group, cands[i].figure, cands[i].status) == key
                ),
                None,
            )
            if hit is not None and exact[key] > 0:
                exact[key] -= 1
                metric, p = chosen[hit]
                print(f"  {p:.2f} {metric:<10} {key} {sent.record}: {sent.text[:200]}")
            elif key[2] not in figures and key[2] not in sent.frame_figures:
                none_at_all.append((key, sent))
    print(f"labelled claims the frames miss with no candidate of the figure ({len(none_at_all)}):")
    for key, sent in none_at_all:
        print(f"  {key} {sent.record}: {sent.text[:200]}")
    if args.oof:
        before = [i for i, c in enumerate(cands) if sentences[c.sentence].batch < SELECT_BATCH]
        folds = folds_of([sentences[cands[i].sentence].doc for i in before], FOLDS)
        oof: dict[int, tuple[str, float]] = {}
        for f in range(FOLDS):
            tr = [i for i in train if folds[sentences[cands[i].sentence].doc] != f]
            te = [i for i in train if folds[sentences[cands[i].sentence].doc] == f]
            m = fit([cands[i].names for i in tr], [cands[i].label for i in tr], l2=args.l2)
            oof.update(zip(te, best_of(m, [cands[i].names for i in te]), strict=True))
        print(f"out of fold on batches 1-{SELECT_BATCH - 1}, wrong at >= 0.50:")
        _wrong([s for s in sentences if s.batch < SELECT_BATCH], cands, oof)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
