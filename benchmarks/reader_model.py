"""The learned reader's model, trained in numpy (issue 13): multinomial L2 logistic regression and its measures.

Full-batch Adam, no sampling: two runs on one collection give the same weights.
The weights are pruned and rounded as the weights module holds them
(``casualtylog/text/_reader_weights.py``), so what is judged is what ships.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import numpy as np

from benchmarks.train_filter import ece  # the same binned calibration error as the learned layer's trainer

__all__ = ["GRID", "Fitted", "auc", "best_of", "ece", "fit", "folds_of"]

SEED = 21
MIN_COUNT = 3
MIN_CLASS = 10  # a metric with fewer labelled candidates in training is no class of the model
PRUNE = 0.05
GRID = tuple(round(0.3 + x * 0.05, 2) for x in range(14))


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


def fit(
    rows: list[list[str]], labels: list[str], *, l2: float, steps: int = 400, row_weights: list[float] | None = None
) -> Fitted:
    """Multinomial L2 logistic regression (class *none* at logit 0) by full-batch Adam: deterministic.
    ``row_weights``: each row's weight in the loss (all 1 when None)."""
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
    sw = None if row_weights is None else np.array(row_weights)
    mass = float(n) if sw is None else float(sw.sum())
    prior = np.clip(y.mean(axis=0) if sw is None else (y * sw[:, None]).sum(axis=0) / mass, 1e-4, None)
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
        g = p - y if sw is None else (p - y) * sw[:, None]
        gw = np.empty_like(w)
        for k in range(nk):
            gw[:, k] = np.bincount(ci, weights=vv * g[ri, k], minlength=nv) / mass
        gw += l2 * w
        gb = g.sum(axis=0) / mass
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


def best_of(model: Fitted, rows: list[list[str]]) -> list[tuple[str, float]]:
    if not model.classes:
        return [("none", 0.0) for _ in rows]
    p = model.probs(rows)
    best = p.argmax(axis=1)
    return [(model.classes[int(k)], float(p[r, k])) for r, k in enumerate(best)]
