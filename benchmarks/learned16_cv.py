"""Session 16: grouped CV on dev of the learned-layer variants (richer features, learned field guesses).

    PYTHONPATH=. .venv/bin/python benchmarks/learned16_collect.py /tmp/learned16.pkl
    PYTHONPATH=. .venv/bin/python benchmarks/learned16_cv.py /tmp/learned16.pkl [--variants base,rich,...]

Dev split only (the collector never opens the test files). The protocol is train_filter's: 5 outer folds
grouped by document; each outer fold picks its thresholds by a 4-fold grouped CV inside its training documents;
objective kept-right minus ``--cost`` x kept-wrong. Logistic regression (L2, full-batch Adam) on sparse
binary features in numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.learned16_features import alternatives, rich, sentence_bag  # noqa: E402

LANGS = ("en", "nl", "fr", "de", "es")
SEED = 13
FILTER_GRID = tuple(round(x * 0.05, 2) for x in range(20))
LIBERAL_GRID = (*tuple(round(0.3 + x * 0.05, 2) for x in range(14)), 1.01)


Model = tuple[float, dict[str, float]]


def fit(rows: list[list[str]], y: np.ndarray, l2: float, min_count: int = 3, steps: int = 600) -> Model:
    counts = Counter(n for r in rows for n in set(r))
    index = {n: i for i, n in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    ri: list[int] = []
    ci: list[int] = []
    for r, names in enumerate(rows):
        for n in names:
            j = index.get(n)
            if j is not None:
                ri.append(r)
                ci.append(j)
    ri_a, ci_a = np.array(ri, dtype=np.int64), np.array(ci, dtype=np.int64)
    size: int = len(rows)
    v: int = len(index)
    prior = min(max(float(y.mean()) if size else 0.5, 1e-3), 1 - 1e-3)
    w = np.zeros(v)
    b = float(np.log(prior / (1 - prior)))
    mw, vw, mb, vb = np.zeros(v), np.zeros(v), 0.0, 0.0
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.bincount(ri_a, weights=w[ci_a], minlength=size) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        gw = np.bincount(ci_a, weights=g[ri_a], minlength=v) / max(size, 1) + l2 * w
        gb = float(g.sum() / max(size, 1))
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1**t)) / (np.sqrt(vw / (1 - b2**t)) + eps)
        b -= lr * (mb / (1 - b1**t)) / (np.sqrt(vb / (1 - b2**t)) + eps)
    weights = {name: float(w[j]) for name, j in index.items()}
    return b, weights


def predict(model: Model, rows: list[list[str]]) -> np.ndarray:
    b, w = model
    z = np.array([b + sum(w.get(n, 0.0) for n in r) for r in rows])
    out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return out


def folds_of(docs: list[str], k: int, salt: str) -> dict[str, int]:
    ordered = sorted(set(docs), key=lambda d: hashlib.sha256(f"{SEED}:{salt}:{d}".encode()).hexdigest())
    return {d: i % k for i, d in enumerate(ordered)}


class Data:
    """Items (frame candidates, liberal alternatives) with features, labels, documents and units."""

    def __init__(self, raw: dict[str, Any], variant: str) -> None:
        self.sentences = raw["sentences"]
        cands = raw["cands"]
        feat: Callable[[dict[str, Any]], list[str]] = (
            (lambda c: c["names"])
            if variant.startswith("base")
            else sentence_bag
            if variant.startswith("sent")
            else rich
        )
        self.items: list[dict[str, Any]] = []
        alt = "alt" in variant
        for ci, c in enumerate(cands):
            doc = self.sentences[c["sentence"]]["doc"]
            if not c["liberal"]:
                self.items.append(
                    {
                        "names": feat(c),
                        "right": c["right"],
                        "liberal": False,
                        "doc": doc,
                        "unit": ("f", ci),
                        "sentence": c["sentence"],
                        "key": c["key"],
                    }
                )
                continue
            if not alt:
                self.items.append(
                    {
                        "names": feat(c),
                        "right": c["right"],
                        "liberal": True,
                        "doc": doc,
                        "unit": ("l", ci),
                        "sentence": c["sentence"],
                        "key": c["key"],
                    }
                )
                continue
            left = Counter(self.sentences[c["sentence"]]["left"])
            base = feat(c)
            for key, extra in alternatives(c):
                self.items.append(
                    {
                        "names": base + extra,
                        "right": left[key] > 0,
                        "liberal": True,
                        "doc": doc,
                        "unit": ("l", ci),
                        "sentence": c["sentence"],
                        "key": key,
                    }
                )

    def ids(self, docs: set[str] | None = None) -> list[int]:
        return [i for i, it in enumerate(self.items) if docs is None or it["doc"] in docs]


JOINT = False


def _joint_names(it: dict[str, Any]) -> list[str]:
    return [*it["names"], *("LIB|" + n for n in it["names"]), "LIB"] if it["liberal"] else it["names"]


def train_predict(data: Data, train: list[int], held: list[int], l2: float) -> dict[int, float]:
    out: dict[int, float] = {}
    if JOINT:  # one model: a liberal candidate's features also as their own copies (domain adaptation)
        rows = [_joint_names(data.items[i]) for i in train]
        model = fit(rows, np.array([data.items[i]["right"] for i in train], float), l2)
        for i, p in zip(held, predict(model, [_joint_names(data.items[i]) for i in held]), strict=True):
            out[i] = float(p)
        return out
    for liberal in (False, True):
        tr = [i for i in train if data.items[i]["liberal"] is liberal]
        he = [i for i in held if data.items[i]["liberal"] is liberal]
        if not he:
            continue
        model = fit([data.items[i]["names"] for i in tr], np.array([data.items[i]["right"] for i in tr], float), l2)
        for i, p in zip(he, predict(model, [data.items[i]["names"] for i in he]), strict=True):
            out[i] = float(p)
    return out


def units(data: Data, probs: dict[int, float]) -> dict[Any, tuple[int, float]]:
    """Per unit (a frame candidate; a liberal figure): its best-scored item."""
    best: dict[Any, tuple[int, float]] = {}
    for i, p in probs.items():
        u = data.items[i]["unit"]
        if u not in best or p > best[u][1]:
            best[u] = (i, p)
    return best


def choose(data: Data, probs: dict[int, float], cost: float) -> tuple[float, float]:
    best = units(data, probs)

    def gain(liberal: bool, t: float) -> float:
        return sum(
            (1.0 if data.items[i]["right"] else -cost)
            for i, p in best.values()
            if data.items[i]["liberal"] is liberal and p >= t
        )

    tf = max(FILTER_GRID, key=lambda t: (round(gain(False, t), 6), -t))
    tl = max(LIBERAL_GRID, key=lambda t: (round(gain(True, t), 6), t))
    return tf, tl


def run(data: Data, l2: float, cost: float) -> tuple[dict[Any, bool], dict[int, float], list[tuple[float, float]]]:
    docs = [it["doc"] for it in data.items]
    outer = folds_of([s["doc"] for s in data.sentences], 5, "outer")
    keep: dict[Any, bool] = {}
    pooled: dict[int, float] = {}
    chosen = []
    for f in range(5):
        train = [i for i, d in enumerate(docs) if outer[d] != f]
        held = [i for i, d in enumerate(docs) if outer[d] == f]
        inner = folds_of([docs[i] for i in train], 4, f"inner{f}")
        inner_probs: dict[int, float] = {}
        for g in range(4):
            tr = [i for i in train if inner[docs[i]] != g]
            he = [i for i in train if inner[docs[i]] == g]
            inner_probs.update(train_predict(data, tr, he, l2))
        tf, tl = choose(data, inner_probs, cost)
        chosen.append((tf, tl))
        probs = train_predict(data, train, held, l2)
        pooled.update(probs)
        for u, (i, p) in units(data, probs).items():
            keep[u] = p >= (tl if data.items[i]["liberal"] else tf)
    return keep, pooled, chosen


def tally(data: Data, keep: dict[Any, bool], pooled: dict[int, float], system: str) -> dict[str, list[int]]:
    """Per language: [tp, predicted, gold, negatives, alarms]."""
    best = units(data, pooled)
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, _ in best.values():
        by_sentence[data.items[i]["sentence"]].append(i)
    out = {lang: [0, 0, 0, 0, 0] for lang in (*LANGS, "all")}
    for si, s in enumerate(data.sentences):
        tp, pred = s["fixed_right"], s["fixed_right"] + s["fixed_wrong"]
        left = Counter(s["left"])
        for i in sorted(by_sentence.get(si, [])):
            it = data.items[i]
            kept = keep[it["unit"]]
            if system == "rules":
                kept = not it["liberal"]
            elif system == "filter" and it["liberal"]:
                kept = False
            if not kept:
                continue
            pred += 1
            if it["liberal"]:
                ok = left[it["key"]] > 0
                if ok:
                    left[it["key"]] -= 1
                tp += ok
            else:
                tp += it["right"]
        for lang in (s["lang"], "all"):
            t = out[lang]
            t[0] += tp
            t[1] += pred
            t[2] += s["gold"]
            t[3] += s["negative"]
            t[4] += s["negative"] and pred > 0
    return out


def auc(scored: list[tuple[float, bool]]) -> float:
    """The probability that a right item scores above a wrong one (ties count half)."""
    right = [p for p, ok in scored if ok]
    wrong = [p for p, ok in scored if not ok]
    if not right or not wrong:
        return float("nan")
    w = np.sort(np.array(wrong))
    above = sum(float(np.searchsorted(w, p, "left")) + float(np.searchsorted(w, p, "right")) for p in right) / 2
    return above / (len(right) * len(wrong))


def fmt(t: list[int]) -> str:
    p = t[0] / t[1] if t[1] else 1.0
    r = t[0] / t[2] if t[2] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.3f}/{r:.3f} F{f:.3f} {t[4]}/{t[3]}"


def main() -> int:
    global JOINT, SEED
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--variants", default="base,rich")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--cost", type=float, default=2.0)
    ap.add_argument("--joint", action="store_true", help="one model for frame and liberal candidates")
    ap.add_argument("--seed", type=int, default=SEED, help="the salt of the document folds")
    args = ap.parse_args()
    JOINT, SEED = args.joint, args.seed
    raw = pickle.loads(Path(args.data).read_bytes())  # noqa: S301 - the collector's own file
    for variant in args.variants.split(","):
        data = Data(raw, variant)
        keep, pooled, chosen = run(data, args.l2, args.cost)
        print(
            f"\n== {variant}{' joint' if JOINT else ''} (l2 {args.l2}, cost {args.cost}, seed {SEED}); inner thresholds {chosen}"
        )
        rules = tally(data, keep, pooled, "rules")["all"]
        for system in ("rules", "filter", "filter+liberal"):
            table = tally(data, keep, pooled, system)
            right, wrong = table["all"][0] - rules[0], (table["all"][1] - table["all"][0]) - (rules[1] - rules[0])
            print(f"  {system:<15}" + "  ".join(f"{lang} {fmt(table[lang])}" for lang in ("all", *LANGS)))
            print(f"  {'':<15}against the rules: right {right:+d}, wrong {wrong:+d}")
        best = units(data, pooled)
        for liberal, grid in ((False, FILTER_GRID), (True, LIBERAL_GRID)):
            scored = [
                (p, bool(data.items[i]["right"])) for i, p in best.values() if data.items[i]["liberal"] is liberal
            ]
            cells = [f"AUC {auc(scored):.3f}"]
            for cut in grid[::2]:
                kept = [
                    data.items[i]["right"] for i, p in best.values() if data.items[i]["liberal"] is liberal and p >= cut
                ]
                cells.append(f"{cut:.2f}: {sum(kept)}/{len(kept) - sum(kept)}")
            print(f"  {'liberal' if liberal else 'filter '} OOF " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
