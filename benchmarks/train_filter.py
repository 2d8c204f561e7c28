"""Train the learned layer over the frames (issue 13, items 2 and 6) and print its grouped cross-validation.

    .venv/bin/python benchmarks/train_filter.py            # CV table, then writes casualtylog/text/_learned_weights.py
    .venv/bin/python benchmarks/train_filter.py --no-write # the CV table only

Reads **only the dev split** (``tests/data/news/*.dev.jsonl``); the test split is
never opened. Each dev sentence is run through ``extract(..., learned="liberal")``
with the layer recording instead of judging, so every candidate is seen: the
frames' bindings (the *filter* may drop them) and the liberal ones (a figure
with a casualty word near it that no frame bound; kept only when the model
accepts it). A candidate is right when its (metric, group, figure, status)
matches a labelled claim (a liberal one: a labelled claim the frames missed).

Two logistic models (L2, full-batch Adam in numpy, seeded and deterministic)
are scored by 5-fold cross-validation **grouped by document** (a document's
sentences are never split between folds). Each outer fold picks its
thresholds by an inner grouped CV on its training documents alone, so the
held-out fold never chooses its own threshold. The table compares, on the
same folds: the rules alone, rules + filter, rules + filter + liberal
candidates (precision, recall, false alarms on negative sentences). The
shipped weights are trained on all dev sentences, with thresholds chosen on
the pooled out-of-fold scores.

Objective for thresholds: kept right candidates minus ``--cost`` × kept wrong
ones (precision first: by default a wrong claim costs two right ones).
Needs numpy (the ``pandas`` extra brings it); extraction itself does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402 - after the path so the checkout's casualtylog is used

from casualtylog.figures import Figure  # noqa: E402
from casualtylog.text import _learned, extract  # noqa: E402
from casualtylog.text._binding import Binding  # noqa: E402
from casualtylog.text._learned import SentenceContext  # noqa: E402
from casualtylog.vocab import normalise_group  # noqa: E402

NEWS = ROOT / "tests" / "data" / "news"
LANGUAGES = ("en", "nl", "fr", "de", "es")
WEIGHTS = ROOT / "casualtylog" / "text" / "_learned_weights.py"
FOLDS = 5
INNER_FOLDS = 4
SEED = 13
MIN_COUNT = 3
PRUNE = 0.08
FILTER_GRID = tuple(round(x * 0.05, 2) for x in range(20))  # 0.00 (keep all) .. 0.95
LIBERAL_GRID = (*tuple(round(0.3 + x * 0.05, 2) for x in range(14)), 1.01)  # 0.30 .. 0.95, 1.01 (keep none)

Key = tuple[str, str | None, str, str]


@dataclass
class Candidate:
    names: list[str]
    right: bool
    liberal: bool
    sentence: int  # index into Sentence list
    confidence: float = 0.0  # the extraction's confidence without the layer


@dataclass
class Sentence:
    lang: str
    doc: str
    gold: int
    negative: bool
    fixed_right: int = 0  # extractions the layer never judges (document lines "Killed: 10")
    fixed_wrong: int = 0
    candidates: list[int] = field(default_factory=list)


def _key(x: Any) -> Key:
    return (x.claim.metric, normalise_group(x.claim.group), str(x.claim.figure), x.claim.status.value)


def _gold(record: dict[str, Any]) -> Counter[Key]:
    return Counter(
        (c["metric"], normalise_group(c["group"]), str(Figure.parse(c["figure"])), c.get("status", "reported"))
        for c in record["claims"]
    )


def extract_recorded(
    record: dict[str, Any], lang: str, extra: Callable[[SentenceContext, Binding], Any] | None = None
) -> tuple[list[Any], list[tuple[tuple[int, int], str, str, list[str], Any]]]:
    """``extract`` on a dev record in liberal mode, with every binding the learned layer scored:
    its character span, frame, metric, feature names and ``extra(context, binding)``."""
    recorded: list[tuple[tuple[int, int], str, str, list[str], Any]] = []

    def listen(ctx: SentenceContext, b: Binding, names: list[str]) -> None:
        m = b.mention
        span = (ctx.tokens[m.start].start, ctx.tokens[m.end - 1].end)
        recorded.append((span, b.frame, b.metric, names, extra(ctx, b) if extra is not None else None))

    token = _learned.recorder.set(listen)
    try:
        found = extract(
            record["text"], source="corpus", reported_at="2025-04-24T12:00Z", language=lang, learned="liberal"
        )
    finally:
        _learned.recorder.reset(token)
    return found, recorded


def collect() -> tuple[list[Sentence], list[Candidate]]:
    """Every dev sentence with its candidates, features and labels."""
    sentences: list[Sentence] = []
    candidates: list[Candidate] = []
    for lang in LANGUAGES:
        path = NEWS / f"{lang}.dev.jsonl"
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record in records:
            assert record["split"] == "dev"  # noqa: S101 - the test split must never reach training
            found, recorded = extract_recorded(record, lang)
            gold = _gold(record)
            sentence = Sentence(lang, record["url"], sum(gold.values()), not gold)
            index = len(sentences)
            sentences.append(sentence)
            by_span: dict[tuple[tuple[int, int], str, str], list[list[str]]] = defaultdict(list)
            for span, frame, metric, names, _ in recorded:
                by_span[(span, frame, metric)].append(names)
            rules = [x for x in found if x.frame != "liberal" and x.claim.figure]
            liberal = [x for x in found if x.frame == "liberal" and x.claim.figure]
            left = Counter(gold)
            for x in rules:  # the frames' claims first: a liberal one counts only for what they missed
                key = _key(x)
                ok = left[key] > 0
                if ok:
                    left[key] -= 1
                names_list = by_span.get((x.span, x.frame, x.claim.metric))
                if not names_list:
                    sentence.fixed_right += ok
                    sentence.fixed_wrong += not ok
                    continue
                sentence.candidates.append(len(candidates))
                candidates.append(Candidate(names_list.pop(0), ok, False, index, x.confidence))
            for x in liberal:
                key = _key(x)
                ok = left[key] > 0
                if ok:
                    left[key] -= 1
                names_list = by_span.get((x.span, x.frame, x.claim.metric))
                if not names_list:
                    continue
                sentence.candidates.append(len(candidates))
                candidates.append(Candidate(names_list.pop(0), ok, True, index))
    return sentences, candidates


# -- the model -------------------------------------------------------------------
@dataclass
class Fitted:
    bias: float
    weights: dict[str, float]

    def scores(self, rows: list[list[str]]) -> np.ndarray:
        z = np.array([self.bias + sum(self.weights.get(n, 0.0) for n in names) for names in rows])
        out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return out


def fit(rows: list[list[str]], labels: list[bool], *, l2: float, steps: int = 600) -> Fitted:
    """L2-regularised logistic regression by full-batch Adam (deterministic: no sampling)."""
    counts = Counter(n for names in rows for n in set(names))
    vocab = sorted(n for n, c in counts.items() if c >= MIN_COUNT)
    index = {n: i for i, n in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    for r, names in enumerate(rows):
        for n in names:
            i = index.get(n)
            if i is not None:
                x[r, i] += 1.0
    y = np.array(labels, dtype=np.float64)
    prior = min(max(y.mean() if len(y) else 0.5, 1e-3), 1 - 1e-3)
    w = np.zeros(len(vocab))
    b = float(np.log(prior / (1 - prior)))
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    size = max(1, len(y))
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30, 30)))
        g = p - y
        gw = x.T @ g / size + l2 * w
        gb = float(g.sum() / size)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        w -= lr * (mw / (1 - beta1**t)) / (np.sqrt(vw / (1 - beta2**t)) + eps)
        b -= lr * (mb / (1 - beta1**t)) / (np.sqrt(vb / (1 - beta2**t)) + eps)
    return Fitted(b, {name: float(w[i]) for name, i in index.items() if abs(w[i]) >= 1e-3})


# -- cross-validation ------------------------------------------------------------
def folds_of(docs: list[str], k: int, salt: str) -> dict[str, int]:
    """Documents to ``k`` folds: by a seeded hash, then round-robin (every fold gets documents)."""
    ordered = sorted(set(docs), key=lambda d: hashlib.sha256(f"{SEED}:{salt}:{d}".encode()).hexdigest())
    return {d: i % k for i, d in enumerate(ordered)}


def _train_pair(cands: list[Candidate], l2: float) -> tuple[Fitted, Fitted]:
    rule = [c for c in cands if not c.liberal]
    lib = [c for c in cands if c.liberal]
    return (
        fit([c.names for c in rule], [c.right for c in rule], l2=l2),
        fit([c.names for c in lib], [c.right for c in lib], l2=l2),
    )


def _oof(
    sentences: list[Sentence], cands: list[Candidate], ids: list[int], k: int, salt: str, l2: float
) -> dict[int, float]:
    """Out-of-fold probability of each candidate in ``ids`` (grouped by document)."""
    folds = folds_of([sentences[cands[i].sentence].doc for i in ids], k, salt)
    out: dict[int, float] = {}
    for f in range(k):
        train = [cands[i] for i in ids if folds[sentences[cands[i].sentence].doc] != f]
        held = [i for i in ids if folds[sentences[cands[i].sentence].doc] == f]
        rule_model, lib_model = _train_pair(train, l2)
        for liberal, model in ((False, rule_model), (True, lib_model)):
            mine = [i for i in held if cands[i].liberal is liberal]
            for i, p in zip(mine, model.scores([cands[i].names for i in mine]), strict=True):
                out[i] = float(p)
    return out


def choose(cands: list[Candidate], probs: dict[int, float], cost: float) -> tuple[float, float]:
    """The filter and liberal thresholds that maximise right − cost × wrong over ``probs`` (ties: the lower filter,
    the higher liberal threshold, i.e. closest to the rules)."""

    def gain(liberal: bool, t: float) -> float:
        total = 0.0
        for i, p in probs.items():
            c = cands[i]
            if c.liberal is liberal and p >= t:
                total += 1.0 if c.right else -cost
        return total

    best_f = max(FILTER_GRID, key=lambda t: (round(gain(False, t), 6), -t))
    best_l = max(LIBERAL_GRID, key=lambda t: (round(gain(True, t), 6), t))
    return best_f, best_l


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    negatives: int = 0
    alarms: int = 0

    def row(self) -> str:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        return f"{p:.3f} / {r:.3f}, {self.alarms}/{self.negatives}"


def tally(
    sentences: list[Sentence], cands: list[Candidate], keep: dict[int, bool], systems: tuple[str, ...]
) -> dict[str, dict[str, Tally]]:
    out: dict[str, dict[str, Tally]] = {s: defaultdict(Tally) for s in systems}
    for sentence in sentences:
        for system in systems:
            tp, pred = sentence.fixed_right, sentence.fixed_right + sentence.fixed_wrong
            for i in sentence.candidates:
                c = cands[i]
                kept = (not c.liberal) if system == "rules" else keep[i]
                if system == "rules+filter" and c.liberal:
                    kept = False
                if kept:
                    pred += 1
                    tp += c.right
            for lang in (sentence.lang, "all"):
                t = out[system][lang]
                t.tp += tp
                t.pred += pred
                t.gold += sentence.gold
                if sentence.negative:
                    t.negatives += 1
                    t.alarms += pred > 0
    return out


def ece(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error in equal-width bins (as benchmarks/text_eval.py computes it)."""
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (b == bins - 1 and c >= 1.0)]
        if inside:
            gap = sum(c for c, _ in inside) / len(inside) - sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(pairs) * abs(gap)
    return total


def commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH, fixed arguments
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return done.stdout.strip()


def write_weights(filter_model: Fitted, liberal_model: Fitted, thresholds: tuple[float, float], note: str) -> None:
    def literal(model: Fitted, threshold: float, name: str) -> str:
        # Only weights that move a score by 2% or more at the decision boundary: the module stays small.
        kept = sorted((f, w) for f, w in model.weights.items() if abs(w) >= PRUNE)
        lines = [f"{name} = Model(", f"    bias={model.bias:.3f},", "    weights={"]
        line = "       "
        for feature, weight in kept:
            item = f" {json.dumps(feature, ensure_ascii=False)}: {weight:.3f},"
            if len(line) + len(item) > 118:
                lines.append(line)
                line = "       "
            line += item
        if kept:
            lines.append(line)
        lines += ["    },", f"    threshold={threshold},", ")"]
        return "\n".join(lines)

    text = f'''"""Weights of the learned layer (:mod:`casualtylog.text._learned`): written by ``benchmarks/train_filter.py``, do not edit.

{note}
"""

from __future__ import annotations

from casualtylog.text._learned import Model

__all__ = ["FILTER", "LIBERAL"]

{literal(filter_model, thresholds[0], "FILTER")}

{literal(liberal_model, thresholds[1], "LIBERAL")}
'''
    WEIGHTS.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-write", action="store_true", help="print the CV table only; keep the weights module")
    parser.add_argument("--cost", type=float, default=2.0, help="a kept wrong claim costs this many right ones")
    parser.add_argument("--l2", type=float, default=0.01, help="L2 penalty on the mean log loss")
    args = parser.parse_args()
    sentences, cands = collect()
    n_rule = sum(not c.liberal for c in cands)
    n_lib = len(cands) - n_rule
    print(
        f"dev split only, commit {commit()}: {len(sentences)} sentences, {len({s.doc for s in sentences})} documents; "
        f"{n_rule} frame candidates ({sum(c.right for c in cands if not c.liberal)} right), "
        f"{n_lib} liberal candidates ({sum(c.right for c in cands if c.liberal)} right)"
    )
    docs = [s.doc for s in sentences]
    outer = folds_of(docs, FOLDS, "outer")
    keep: dict[int, bool] = {}
    pooled: dict[int, float] = {}
    for f in range(FOLDS):
        train_ids = [i for i, c in enumerate(cands) if outer[sentences[c.sentence].doc] != f]
        held_ids = [i for i, c in enumerate(cands) if outer[sentences[c.sentence].doc] == f]
        inner = _oof(sentences, cands, train_ids, INNER_FOLDS, f"inner{f}", args.l2)
        t_filter, t_liberal = choose(cands, inner, args.cost)
        rule_model, lib_model = _train_pair([cands[i] for i in train_ids], args.l2)
        for liberal, model, t in ((False, rule_model, t_filter), (True, lib_model, t_liberal)):
            mine = [i for i in held_ids if cands[i].liberal is liberal]
            for i, p in zip(mine, model.scores([cands[i].names for i in mine]), strict=True):
                pooled[i] = float(p)
                keep[i] = float(p) >= t
        print(f"  fold {f + 1}: thresholds chosen by inner CV: filter {t_filter:.2f}, liberal {t_liberal:.2f}")
    systems = ("rules", "rules+filter", "rules+filter+liberal")
    table = tally(sentences, cands, keep, systems)
    print(f"\n{FOLDS}-fold CV grouped by document (dev only): precision / recall, false alarms on negative sentences")
    print(f"{'':<6}" + "".join(f"{s:<26}" for s in systems))
    for lang in (*LANGUAGES, "all"):
        print(f"{lang:<6}" + "".join(f"{table[s][lang].row():<26}" for s in systems))
    print("\nout-of-fold, by threshold: candidates kept (right/wrong)")
    for liberal, grid in ((False, FILTER_GRID), (True, LIBERAL_GRID)):
        cells = []
        for t in grid[::2]:
            kept = [cands[i].right for i, p in pooled.items() if cands[i].liberal is liberal and p >= t]
            cells.append(f"{t:.2f}: {sum(kept)}/{len(kept) - sum(kept)}")
        print(f"  {'liberal' if liberal else 'filter '}  " + "  ".join(cells))
    frame_ids = [i for i in pooled if not cands[i].liberal]
    print(
        "calibration error (ECE, 10 bins) of the frames' claims, out of fold: "
        f"the extractor's confidence {ece([(cands[i].confidence, cands[i].right) for i in frame_ids]):.3f}, "
        f"the filter model's probability {ece([(pooled[i], cands[i].right) for i in frame_ids]):.3f} "
        f"over {len(frame_ids)} claims"
    )
    thresholds = choose(cands, pooled, args.cost)
    print(
        f"\nthresholds for the shipped weights (pooled out-of-fold): filter {thresholds[0]:.2f}, liberal {thresholds[1]:.2f}"
    )
    if args.no_write:
        return 0
    rule_model, lib_model = _train_pair(cands, args.l2)
    note = (
        f"Trained on all dev sentences at commit {commit()} (`python benchmarks/train_filter.py`, seed {SEED},\n"
        f"L2 {args.l2}, cost {args.cost}); thresholds from {FOLDS}-fold CV grouped by document."
    )
    write_weights(rule_model, lib_model, thresholds, note)
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
