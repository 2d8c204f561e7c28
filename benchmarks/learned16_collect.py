"""Session 16: every dev candidate of the learned layer with its raw context, for the CV experiments.

    PYTHONPATH=. .venv/bin/python benchmarks/learned16_collect.py /tmp/learned16.pkl
    PYTHONPATH=. .venv/bin/python benchmarks/learned16_collect.py --articles /tmp/learned16_articles.pkl

``--articles`` also makes a liberal candidate of an article mention ("a man" with a casualty word near it),
which the shipped generator skips (the experiment only: extraction is patched in this process).

Reads **only the dev split**, as ``benchmarks/train_filter.py`` does, and stores per candidate what the
richer features and the field guesses read: the sentence's tokens (lower-cased text, kind), their word
classes, the casualty word metric of each token (the liberal candidates' cue table), the mention's span,
the binding's fields and the standard feature names; per sentence the labelled claims the frames missed.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.train_filter import LANGUAGES, NEWS, _gold, _key, extract_recorded  # noqa: E402
from casualtylog.text import _frames  # noqa: E402
from casualtylog.text._binding import Binding  # noqa: E402
from casualtylog.text._learned import SentenceContext  # noqa: E402
from casualtylog.text._liberal import cue_metrics, liberal_bindings  # noqa: E402
from casualtylog.text._mentions import Mention  # noqa: E402
from casualtylog.text._nouns import _noun  # noqa: E402
from casualtylog.text._tokens import Token  # noqa: E402
from casualtylog.text.lang import LanguageData  # noqa: E402


def _with_articles(tokens: list[Token], lang: LanguageData, mentions: list[Mention], bound: set[int]) -> list[Binding]:
    """The shipped liberal candidates, and one more for each unbound article mention near a casualty word."""
    out = liberal_bindings(tokens, lang, mentions, bound)
    articles = [dataclasses.replace(m, article=False) for m in mentions if m.article and m.start not in bound]
    more = liberal_bindings(tokens, lang, articles, set()) if articles else []
    for b in more:
        b.notes.append("liberal_article")
    return out + more


def _raw(ctx: SentenceContext, b: Binding) -> dict[str, Any]:
    toks = ctx.tokens
    cues, _ = cue_metrics(toks, ctx.lang)
    nouns = []
    for k in range(b.mention.end, min(len(toks), b.mention.end + 6)):
        hit = _noun(toks, k, ctx.lang)
        nouns.append((k, hit[0], hit[1]) if hit is not None else (k, None, None))
    return {
        "low": [t.low for t in toks],
        "text": [t.text for t in toks],
        "kind": [t.kind.name if hasattr(t.kind, "name") else str(t.kind) for t in toks],
        "isnum": [t.is_number for t in toks],
        "classes": [list(c) for c in ctx.classes],
        "cues": cues,
        "nouns_after": nouns,
        "start": b.mention.start,
        "end": b.mention.end,
        "mkind": b.mention.kind,
        "frame": b.frame,
        "metric": b.metric,
        "group": b.group,
        "status": b.status,
        "notes": list(b.notes),
    }


def _add(
    sent: dict[str, Any],
    cands: list[dict[str, Any]],
    got: tuple[list[str], dict[str, Any]],
    *,
    right: bool | None,
    liberal: bool,
    index: int,
    key: Any,
    confidence: float,
) -> None:
    """One candidate, listed under its sentence."""
    names, raw = got
    sent["cands"].append(len(cands))
    cands.append(
        {
            "names": names,
            "raw": raw,
            "right": right,
            "liberal": liberal,
            "sentence": index,
            "key": key,
            "confidence": confidence,
        }
    )


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--articles"]:
        _frames.liberal_bindings = _with_articles  # type: ignore[attr-defined]
        args = args[1:]
    if len(args) != 1:
        print(__doc__)
        return 2
    out_path = Path(args[0])
    sentences: list[dict[str, Any]] = []
    cands: list[dict[str, Any]] = []
    for lang in LANGUAGES:
        path = NEWS / f"{lang}.dev.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            assert record["split"] == "dev"  # noqa: S101 - the test split must never be read
            found, recorded = extract_recorded(record, lang, _raw)
            gold = _gold(record)
            index = len(sentences)
            sent: dict[str, Any] = {
                "lang": lang,
                "doc": record["url"],
                "gold": sum(gold.values()),
                "negative": not gold,
                "fixed_right": 0,
                "fixed_wrong": 0,
                "cands": [],
                "gold_keys": list(gold.elements()),
            }
            sentences.append(sent)
            by_span: dict[Any, list[Any]] = defaultdict(list)
            for span, frame, metric, names, raw in recorded:
                by_span[(span, frame, metric)].append((names, raw))
            rules = [x for x in found if x.frame != "liberal" and x.claim.figure]
            liberal = [x for x in found if x.frame == "liberal" and x.claim.figure]
            left = Counter(gold)
            for x in rules:
                key = _key(x)
                ok = left[key] > 0
                if ok:
                    left[key] -= 1
                got = by_span.get((x.span, x.frame, x.claim.metric))
                if not got:
                    sent["fixed_right"] += ok
                    sent["fixed_wrong"] += not ok
                    continue
                _add(sent, cands, got.pop(0), right=ok, liberal=False, index=index, key=key, confidence=x.confidence)
            sent["left"] = list((+left).elements())  # labelled claims the frames missed
            for x in liberal:
                key = _key(x)
                got = by_span.get((x.span, x.frame, x.claim.metric))
                if not got:
                    continue
                _add(sent, cands, got.pop(0), right=None, liberal=True, index=index, key=key, confidence=0.0)
            # liberal labels as train_filter gives them: in order, each against what is left
            left2 = Counter(left)
            for i in sent["cands"]:
                c = cands[i]
                if c["liberal"]:
                    ok = left2[c["key"]] > 0
                    if ok:
                        left2[c["key"]] -= 1
                    c["right"] = ok
    out_path.write_bytes(pickle.dumps({"sentences": sentences, "cands": cands}))
    n_lib = sum(c["liberal"] for c in cands)
    print(f"{len(sentences)} sentences, {len(cands) - n_lib} frame and {n_lib} liberal candidates -> {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
