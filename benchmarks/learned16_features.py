"""Session 16: the richer features and the field alternatives the CV experiments try (see learned16_cv.py)."""

from __future__ import annotations

import re
from typing import Any

from casualtylog.vocab import normalise_group

REACH = 10
WINDOW = 5
METRICS = frozenset({"killed", "injured", "missing", "displaced", "detained", "rescued", "evacuated", "affected"})
_NUM = re.compile(r"(\d+(?:\.\d+)?)")


def _lang(c: dict[str, Any]) -> str:
    return next(str(n).split(":")[1] for n in c["names"] if str(n).startswith("lang:"))


def _word(r: dict[str, Any], k: int) -> str:
    kind = r["kind"][k]
    low = str(r["low"][k])
    if kind == "WORD":
        return low
    if r["isnum"][k]:
        return "#NUM"
    if kind == "PUNCT":
        return low[:1]
    return "#OTHER"


def shape(c: dict[str, Any]) -> list[str]:
    r = c["raw"]
    text = " ".join(r["text"][r["start"] : r["end"]])
    out = ["shape:digit" if any(ch.isdigit() for ch in text) else "shape:word"]
    m = _NUM.search(str(c["key"][2]))
    if m:
        v = float(m.group(1))
        if v.is_integer():
            iv = int(v)
            if 1900 <= iv <= 2100:
                out.append("shape:yearlike")
            for base in (1000, 100, 10):
                if iv and iv % base == 0:
                    out.append(f"shape:round{base}")
                    break
    if any(ch in text for ch in ",."):
        out.append("shape:sep")
    return out


def rich(c: dict[str, Any], conj: bool = True) -> list[str]:
    """The standard features plus full words and 4-letter prefixes by side and distance, bigrams next to the
    figure, the language with the nearest words, the metric and group guess with the language and the next word,
    and the figure's shape."""
    r = c["raw"]
    lang = _lang(c)
    n = len(r["low"])
    s, e = r["start"], r["end"]
    out = list(c["names"])
    near: dict[str, str] = {}
    for d in range(1, WINDOW + 1):
        for side, k in (("L", s - d), ("R", e - 1 + d)):
            if not 0 <= k < n:
                continue
            w = _word(r, k)
            out.append(f"{side}~{w}")
            out.append(f"{side}~4:{w[:4]}")
            if d <= 3:
                out.append(f"{side}{d}={w}")
            if d <= 2:
                near[f"{side}{d}"] = w
                if conj:
                    out.append(f"{lang}:{side}{d}={w}")
    for d in range(WINDOW + 1, 2 * WINDOW + 1):
        for side, k in (("L", s - d), ("R", e - 1 + d)):
            if 0 <= k < n:
                out.append(f"{side}far~{_word(r, k)[:5]}")
    out.append(f"R12={near.get('R1', '^')}_{near.get('R2', '^')}")
    out.append(f"L21={near.get('L2', '^')}_{near.get('L1', '^')}")
    out.append(f"LR={near.get('L1', '^')}_{near.get('R1', '^')}")
    metric, group = r["metric"], c["key"][1]
    out.append(f"{lang}:metric:{metric}")
    out.append(f"metricR1:{metric}:{near.get('R1', '^')}")
    out.append(f"metricgroup:{metric}:{group or '-'}")
    out.append(f"groupname:{group or '-'}")
    out.extend(shape(c))
    return out


def sentence_bag(c: dict[str, Any]) -> list[str]:
    """The rich features plus every word of the sentence (first five letters), wherever it stands."""
    r = c["raw"]
    return rich(c) + sorted({f"S~{w[:5]}" for w, k in zip(r["low"], r["kind"], strict=True) if k == "WORD"})


def alternatives(c: dict[str, Any]) -> list[tuple[tuple[str, str | None, str, str], list[str]]]:
    """The (metric, group) choices of a liberal candidate, each with its features: every metric of a casualty
    word within REACH words, and the group as guessed, none, or a group noun in the three words after."""
    r = c["raw"]
    lang = _lang(c)
    s, e = r["start"], r["end"]
    cues = r["cues"]
    n = len(cues)
    found: dict[str, tuple[int, int, str]] = {}
    for d in range(1, REACH + 1):
        for side, k in (("after", e - 1 + d), ("before", s - d)):
            if 0 <= k < n and cues[k] in METRICS and cues[k] not in found:
                found[cues[k]] = (d, k, side)
    metric0, group0, figure, status = c["key"]
    groups: dict[str | None, str] = {group0: "guess"}
    groups.setdefault(None, "none")
    for k, kind, g in r["nouns_after"][:3]:
        if kind == "group" and g:
            groups.setdefault(normalise_group(g), f"noun{k - e}")
    out = []
    order = sorted(found.items(), key=lambda kv: kv[1][0])
    for rank, (metric, (d, k, side)) in enumerate(order):
        lo, hi = min(k, s), max(k, e)
        punct = any(r["kind"][j] == "PUNCT" for j in range(lo, hi))
        bucket = str(d) if d <= 3 else ("5" if d <= 5 else "10")
        mf = [
            f"alt_metric:{metric}",
            f"alt_rank:{min(rank, 2)}",
            f"alt_dist:{bucket}",
            f"alt_side:{side}",
            f"alt_cue:{r['low'][k][:5]}",
            f"alt_lang_metric:{lang}:{metric}",
            f"alt_side_dist:{side}:{bucket}",
            f"alt_nmetrics:{min(len(order), 3)}",
        ]
        if punct:
            mf.append("alt_punct")
        if metric == metric0:
            mf.append("alt_is_guess")
        for group, src in groups.items():
            gf = [f"alt_gsrc:{src}", f"alt_gm:{metric}:{src}", f"alt_g:{group or '-'}"]
            out.append(((metric, group, figure, status), mf + gf))
    return out
