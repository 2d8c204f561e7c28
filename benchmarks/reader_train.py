"""Train the learned reader (issue 13): a model for the figures no frame bound, judged on a batch it never saw.

    PYTHONPATH=. python benchmarks/reader_train.py collect /tmp/reader.json         # dev batches 1-15
    PYTHONPATH=. python benchmarks/reader_train.py select /tmp/reader.json          # train on 1-14, judge on 15
    PYTHONPATH=. python benchmarks/reader_train.py write /tmp/reader.json --max-batch 15 --threshold 0.8

Reads **only the dev split** (``tests/data/news/*.dev.jsonl``, batches up to
``--max-batch``); the test split is never opened. ``collect`` runs each dev
sentence through ``extract(..., learned="reader")`` with the reader recording
instead of judging, so every figure no frame bound is a candidate with its
features; a candidate's label is the metric of a labelled claim of its sentence
with its figure, group and status that no frame claim took (else *none*).

``select`` trains on batches 1–14 (multinomial logistic regression, L2,
full-batch Adam in numpy: deterministic) and prints, on dev batch 15, precision
and recall of the frames alone and with the reader at each threshold (scored as
``benchmarks/text_eval.py`` scores: metric, group, figure and status must match),
false alarms on negative sentences, per language, AUC and calibration; and the
out-of-fold AUC (5 folds grouped by document) on batches 1–14. ``write`` trains
on batches 1–``--max-batch`` and writes ``casualtylog/text/_reader_weights.py``.
Needs numpy (training only); extraction does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402 - after the path so the checkout's casualtylog is used

from benchmarks.text_eval import NEWS, NEWS_LANGUAGES, Key, expected, report_date  # noqa: E402
from casualtylog.text import _reader, extract  # noqa: E402
from casualtylog.text._binding import Binding  # noqa: E402
from casualtylog.vocab import normalise_group  # noqa: E402

WEIGHTS = ROOT / "casualtylog" / "text" / "_reader_weights.py"
SELECT_BATCH = 15
FOLDS = 5
SEED = 21
MIN_COUNT = 3
MIN_CLASS = 10  # a metric with fewer labelled candidates in training is no class of the model
PRUNE = 0.05
GRID = tuple(round(0.3 + x * 0.05, 2) for x in range(14))


@dataclass
class Candidate:
    names: list[str]
    group: str | None
    figure: str
    status: str
    label: str  # a metric, or "none"
    loose: str  # the metric of a labelled claim the frames missed with this figure (any group/status), or "none"
    sentence: int


@dataclass
class Sentence:
    lang: str
    doc: str
    batch: int
    gold: int
    negative: bool
    frame_right: int
    frame_pred: int
    left: list[Key]  # labelled claims the frames missed
    candidates: list[int] = field(default_factory=list)
    record: str = ""  # the record's id
    text: str = ""
    frame_figures: list[str] = field(default_factory=list)  # the figures of the frames' claims


def _key(x: Any) -> Key:
    return (x.claim.metric, normalise_group(x.claim.group), str(x.claim.figure), x.claim.status.value)


def collect(max_batch: int) -> tuple[list[Sentence], list[Candidate]]:
    """Every dev sentence of batches 1–``max_batch`` with its free figures, features and labels."""
    sentences: list[Sentence] = []
    cands: list[Candidate] = []
    for lang in NEWS_LANGUAGES:
        for line in (NEWS / f"{lang}.dev.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            assert record["split"] == "dev"  # noqa: S101 - the test split must never be read
            if record.get("batch", 1) > max_batch:
                continue
            recorded: list[tuple[int, list[str]]] = []

            def listen(b: Binding, names: list[str], out: list[tuple[int, list[str]]] = recorded) -> None:
                out.append((b.mention.start, names))

            _reader.recorder = listen
            try:
                found = extract(
                    record["text"], source="corpus", reported_at=report_date(record)[0], language=lang, learned="reader"
                )
            finally:
                _reader.recorder = None
            gold = expected(record)
            left = Counter(gold)
            right = pred = 0
            free = []
            figures = []
            for x in found:
                if not x.claim.figure:
                    continue
                if x.frame == "reader":
                    free.append(x)
                    continue
                figures.append(str(x.claim.figure))
                pred += 1
                if left[_key(x)] > 0:
                    left[_key(x)] -= 1
                    right += 1
            index = len(sentences)
            sent = Sentence(
                lang,
                record["url"],
                record.get("batch", 1),
                sum(gold.values()),
                not gold,
                right,
                pred,
                list((+left).elements()),
                record=record["id"],
                text=record["text"],
                frame_figures=figures,
            )
            sentences.append(sent)
            # The recorder saw the free figures in text order, as extract returns them (one claim each).
            names_list = [names for _, names in recorded]
            if len(names_list) != len(free):
                continue  # a window read twice: keep the sentence's frames, skip its candidates
            exact = Counter(left)
            for x, names in zip(free, names_list, strict=True):
                _, group, figure, status = _key(x)
                label = next(
                    (k[0] for k in sorted(exact, key=str) if exact[k] > 0 and k[1:] == (group, figure, status)), "none"
                )
                if label != "none":
                    exact[(label, group, figure, status)] -= 1
                loose = next((k[0] for k in sorted(left, key=str) if k[2] == figure), "none")
                sent.candidates.append(len(cands))
                cands.append(Candidate(names, group, figure, status, label, loose, index))
    return sentences, cands


# -- the model -------------------------------------------------------------------
@dataclass
class Fitted:
    classes: tuple[str, ...]
    bias: list[float]
    weights: dict[str, list[tuple[int, float]]]

    def probs(self, rows: list[list[str]]) -> np.ndarray:
        """Per row, the probability of each class (none left out)."""
        z = np.tile(np.array(self.bias), (len(rows), 1))
        for r, names in enumerate(rows):
            for name in names:
                for k, w in self.weights.get(name, ()):
                    z[r, k] += w
        full = np.concatenate([np.zeros((len(rows), 1)), z], axis=1)
        full -= full.max(axis=1, keepdims=True)
        e = np.exp(full)
        out: np.ndarray = (e / e.sum(axis=1, keepdims=True))[:, 1:]
        return out


def fit(rows: list[list[str]], labels: list[str], *, l2: float, steps: int = 400) -> Fitted:
    """Multinomial L2 logistic regression (class *none* at logit 0) by full-batch Adam: deterministic."""
    counts = Counter(n for names in rows for n in set(names))
    vocab = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(vocab)}
    by_class = Counter(labels)
    classes = tuple(sorted(c for c, k in by_class.items() if c != "none" and k >= MIN_CLASS))
    cls = {c: i for i, c in enumerate(classes)}
    r_ids, c_ids, vals = [], [], []
    for r, names in enumerate(rows):
        for name, v in sorted(Counter(n for n in names if n in index).items()):
            r_ids.append(r)
            c_ids.append(index[name])
            vals.append(float(v))
    ri, ci, vv = np.array(r_ids, dtype=np.int64), np.array(c_ids, dtype=np.int64), np.array(vals)
    n, nv, nk = len(rows), len(vocab), len(classes)
    y = np.zeros((n, nk))
    for r, label in enumerate(labels):
        if label in cls:
            y[r, cls[label]] = 1.0
    w = np.zeros((nv, nk))
    prior = np.clip(y.mean(axis=0), 1e-4, None)
    b = np.log(prior / max(1e-4, 1 - prior.sum()))
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.empty((n, nk))
        for k in range(nk):
            z[:, k] = np.bincount(ri, weights=vv * w[ci, k], minlength=n) + b[k]
        top = np.maximum(z.max(axis=1), 0.0)
        e = np.exp(z - top[:, None])
        p = e / (np.exp(-top) + e.sum(axis=1))[:, None]
        g = p - y
        gw = np.empty_like(w)
        for k in range(nk):
            gw[:, k] = np.bincount(ci, weights=vv * g[ri, k], minlength=nv) / n
        gw += l2 * w
        gb = g.sum(axis=0) / n
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        w -= lr * (mw / (1 - beta1**t)) / (np.sqrt(vw / (1 - beta2**t)) + eps)
        b -= lr * (mb / (1 - beta1**t)) / (np.sqrt(vb / (1 - beta2**t)) + eps)
    # Pruned and rounded as the weights module holds them, so what is judged is what ships.
    weights: dict[str, list[tuple[int, float]]] = {}
    for name, i in index.items():
        pairs = [(k, round(float(w[i, k]), 3)) for k in range(nk) if abs(w[i, k]) >= PRUNE]
        if pairs:
            weights[name] = pairs
    return Fitted(classes, [round(float(x), 3) for x in b], weights)


def folds_of(docs: list[str], k: int) -> dict[str, int]:
    ordered = sorted(set(docs), key=lambda d: hashlib.sha256(f"{SEED}:{d}".encode()).hexdigest())
    return {d: i % k for i, d in enumerate(ordered)}


def auc(scores: list[float], labels: list[bool]) -> float:
    """Area under the ROC curve (ties count half)."""
    pos = sum(labels)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    order = sorted(zip(scores, labels, strict=True))
    rank_sum, i = 0.0, 0
    while i < len(order):
        j = i
        while j < len(order) and order[j][0] == order[i][0]:
            j += 1
        mid = (i + j + 1) / 2
        rank_sum += mid * sum(1 for _, ok in order[i:j] if ok)
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    total = 0.0
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (k == bins - 1 and c >= 1.0)]
        if inside:
            gap = sum(c for c, _ in inside) / len(inside) - sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(pairs) * abs(gap)
    return total


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    negatives: int = 0
    alarms: int = 0
    added_right: int = 0
    added_wrong: int = 0

    def row(self) -> str:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{p:.3f}/{r:.3f} F {f:.3f}, alarms {self.alarms}/{self.negatives}, "
            f"added +{self.added_right}/-{self.added_wrong}"
        )


def judge(
    sentences: list[Sentence], cands: list[Candidate], chosen: dict[int, tuple[str, float]], threshold: float
) -> tuple[dict[str, Tally], list[tuple[float, bool]]]:
    """Frames plus the candidates read at ``threshold`` (``chosen``: candidate → best metric, its probability)."""
    out: dict[str, Tally] = defaultdict(Tally)
    pairs: list[tuple[float, bool]] = []
    for sent in sentences:
        left = Counter(sent.left)
        tp, pred, added_r, added_w = sent.frame_right, sent.frame_pred, 0, 0
        for i in sent.candidates:
            if i not in chosen:
                continue
            metric, p = chosen[i]
            c = cands[i]
            key = (metric, c.group, c.figure, c.status)
            ok = left[key] > 0
            pairs.append((p, ok))
            if p < threshold:
                continue
            if ok:
                left[key] -= 1
            pred += 1
            tp += ok
            added_r += ok
            added_w += not ok
        for name in (sent.lang, "all"):
            t = out[name]
            t.tp += tp
            t.pred += pred
            t.gold += sent.gold
            t.added_right += added_r
            t.added_wrong += added_w
            if sent.negative:
                t.negatives += 1
                t.alarms += pred > 0
    return out, pairs


def best_of(model: Fitted, rows: list[list[str]]) -> list[tuple[str, float]]:
    if not model.classes:
        return [("none", 0.0) for _ in rows]
    p = model.probs(rows)
    best = p.argmax(axis=1)
    return [(model.classes[int(k)], float(p[r, k])) for r, k in enumerate(best)]


def cmd_collect(args: argparse.Namespace) -> int:
    sentences, cands = collect(SELECT_BATCH)
    _save(args.data, sentences, cands)
    print(f"{len(sentences)} sentences, {len(cands)} free figures -> {args.data}")
    return 0


def _save(path: Path, sentences: list[Sentence], cands: list[Candidate]) -> None:
    """The collection as JSON, not a pickle: loading a pickle runs what it names, and the path is often in /tmp."""
    data = {"sentences": [asdict(s) for s in sentences], "cands": [asdict(c) for c in cands]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _load(path: Path) -> tuple[list[Sentence], list[Candidate]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = [Sentence(**{**s, "left": [cast("Key", tuple(k)) for k in s["left"]]}) for s in data["sentences"]]
    return sentences, [Candidate(**c) for c in data["cands"]]


def _label(c: Candidate, loose: bool) -> str:
    return c.loose if loose else c.label


def cmd_select(args: argparse.Namespace) -> int:
    sentences, cands = _load(args.data)
    extra = set(args.drop.split(",")) if args.drop else set()

    def names(c: Candidate) -> list[str]:
        return [n for n in c.names if not any(n.startswith(p) for p in extra)] if extra else c.names

    train = [i for i, c in enumerate(cands) if sentences[c.sentence].batch < SELECT_BATCH]
    held = [i for i, c in enumerate(cands) if sentences[c.sentence].batch == SELECT_BATCH]
    print(f"candidates: {len(train)} train (batches 1-14), {len(held)} on batch 15")
    for name, ids in (("train", train), ("batch 15", held)):
        labelled = Counter(cands[i].label for i in ids)
        print(f"  {name}: labels {dict(sorted(labelled.items()))}")
    # The ceiling: of batch 15's labelled claims the frames miss, how many a candidate could read.
    b15 = [s for s in sentences if s.batch == SELECT_BATCH]
    missed = sum(len(s.left) for s in b15)
    exact = sum(1 for i in held if cands[i].label != "none")
    figure = sum(1 for i in held if cands[i].loose != "none")
    print(
        f"ceiling on batch 15: {missed} labelled claims the frames miss; a candidate with the right figure,"
        f" group and status for {exact}, with the right figure for {figure}"
    )
    kinds: Counter[str] = Counter()
    for sent in b15:
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
    for kind, count in kinds.most_common():
        print(f"  {kind}: {count}")
    model = fit([names(cands[i]) for i in train], [_label(cands[i], args.loose) for i in train], l2=args.l2)
    size = sum(len(v) for v in model.weights.values())
    print(f"model: classes {model.classes}, {len(model.weights)} features, {size} weights (l2 {args.l2})")
    chosen = dict(zip(held, best_of(model, [names(cands[i]) for i in held]), strict=True))
    p_any = 1 - model.probs([names(cands[i]) for i in held]).sum(axis=1) if model.classes else []
    print(
        f"AUC on batch 15 (1 - p(none) vs a labelled claim): {auc([1 - x for x in p_any], [cands[i].label != 'none' for i in held]):.3f}"
    )
    held_sents = [s for s in sentences if s.batch == SELECT_BATCH]
    frames, _ = judge(held_sents, cands, {}, 1.01)
    print(f"\nbatch 15 dev, frames alone: {frames['all'].row()}")
    for t in GRID:
        tallies, pairs = judge(held_sents, cands, chosen, t)
        print(f"  reader >= {t:.2f}: {tallies['all'].row()}")
    if args.show is not None:
        _show(sentences, cands, chosen, args.show)
    if args.threshold is not None:
        tallies, pairs = judge(held_sents, cands, chosen, args.threshold)
        kept = [(p, ok) for p, ok in pairs if p >= args.threshold]
        print(f"\nper language at {args.threshold}:")
        for lang in (*NEWS_LANGUAGES, "all"):
            print(f"  {lang}: frames {frames[lang].row()}\n      reader {tallies[lang].row()}")
        print(
            f"ECE of the reader's probability over all {len(pairs)} candidates read as a metric: {ece(pairs):.3f};"
            f" over the {len(kept)} kept: {ece(kept):.3f}"
        )
        if kept:
            mean = sum(p for p, _ in kept) / len(kept)
            print(f"kept: mean probability {mean:.3f}, right {sum(ok for _, ok in kept) / len(kept):.3f}")
    if args.cv:
        folds = folds_of([sentences[cands[i].sentence].doc for i in train], FOLDS)
        scores: dict[int, float] = {}
        oof: dict[int, tuple[str, float]] = {}
        for f in range(FOLDS):
            tr = [i for i in train if folds[sentences[cands[i].sentence].doc] != f]
            te = [i for i in train if folds[sentences[cands[i].sentence].doc] == f]
            m = fit([names(cands[i]) for i in tr], [_label(cands[i], args.loose) for i in tr], l2=args.l2)
            rows = [names(cands[i]) for i in te]
            probs = m.probs(rows)
            for i, row, best in zip(te, probs, best_of(m, rows), strict=True):
                scores[i] = float(row.sum())
                oof[i] = best
        before = [s for s in sentences if s.batch < SELECT_BATCH]
        base, _ = judge(before, cands, {}, 1.01)
        print(f"\nbatches 1-14 out of fold, frames alone: {base['all'].row()}")
        gains = {}
        for t in GRID:
            tallies, _ = judge(before, cands, oof, t)
            gains[t] = tallies["all"].added_right - args.cost * tallies["all"].added_wrong
            print(f"  reader >= {t:.2f}: {tallies['all'].row()}")
        # Ties: the higher threshold (fewer claims added).
        chosen_t = max(GRID, key=lambda t: (round(gains[t], 6), t))
        print(f"threshold chosen out of fold (right - {args.cost} x wrong): {chosen_t}")
        if args.threshold is not None:
            _, pairs = judge(before, cands, oof, args.threshold)
            kept = [(p, ok) for p, ok in pairs if p >= args.threshold]
            mean = sum(p for p, _ in kept) / max(1, len(kept))
            print(
                f"out of fold at {args.threshold}: {len(kept)} kept, mean probability {mean:.3f},"
                f" right {sum(ok for _, ok in kept) / max(1, len(kept)):.3f}, ECE {ece(kept):.3f}"
            )
        print(
            f"out-of-fold AUC on batches 1-14 ({FOLDS} folds by document): "
            f"{auc([scores[i] for i in train], [cands[i].label != 'none' for i in train]):.3f}"
        )
    return 0


def _show(sentences: list[Sentence], cands: list[Candidate], chosen: dict[int, tuple[str, float]], t: float) -> None:
    """Each candidate read at ``t`` or above: right or wrong, its claim and its sentence."""
    for sent in sentences:
        left = Counter(sent.left)
        for i in sent.candidates:
            if i in chosen and chosen[i][1] >= t:
                c = cands[i]
                key = (chosen[i][0], c.group, c.figure, c.status)
                ok = left[key] > 0
                left[key] -= ok
                print(f"{'RIGHT' if ok else 'WRONG'} {chosen[i][1]:.2f} {key} {sent.record}: {sent.text[:300]}")
                if not ok and sent.left:
                    print(f"      missed: {sent.left}")


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
    sentences, cands = _load(args.data)
    ids = [i for i, c in enumerate(cands) if sentences[c.sentence].batch <= args.max_batch]
    model = fit([cands[i].names for i in ids], [_label(cands[i], args.loose) for i in ids], l2=args.l2)
    note = (
        f"Trained on dev batches 1-{args.max_batch} ({len(ids)} free figures; `python benchmarks/reader_train.py write"
        f" --max-batch {args.max_batch} --l2 {args.l2} --threshold {args.threshold}`);\n"
        f"features and threshold chosen on dev batch {SELECT_BATCH} with a model trained on batches 1-14."
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
    parser.add_argument("--cv", action="store_true", help="also the out-of-fold AUC on batches 1-14")
    parser.add_argument("--show", type=float, help="print the batch-15 candidates read at this threshold or above")
    parser.add_argument("--cost", type=float, default=2.0, help="out-of-fold threshold: right - cost x wrong")
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
