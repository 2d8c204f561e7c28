"""Liberal candidates (issue 13, item 2): a figure no frame bound, with a casualty word near it.

A high-recall guess for the learned layer (:mod:`casualtylog.text._learned`)
to accept or refuse: the metric is the nearest casualty word's within
:data:`REACH` words (a predicate, a verb, a metric or toll noun of the
language data), the group the noun right after the figure names. The guess
goes through the same clause cues as a frame's binding (denial, condition,
another event, an earlier year), and is kept only when the model scores it
at its threshold or above. Work per figure is bounded by :data:`REACH`.
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention
from casualtylog.text._nouns import _noun, compound_metric
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["CLAIMABLE_METRICS", "REACH", "CueWords", "cue_metrics", "liberal_bindings", "nearest_cue"]

#: Words each side of a figure searched for a casualty word.
REACH = 10
#: A word sharing its first this many letters with a one-word casualty word of one metric
#: counts as one ("muertas" after "muertos", "gewonden" after "gewond"): the model weighs it.
STEM = 5

#: Per token the metric of the casualty word covering it (:func:`cue_metrics`); for the reader's free figures
#: (``bind(..., free=...)``, :mod:`casualtylog.text._free_figures`), None when they are not read.
CueWords = list[str | None] | None

_CUE_FIELDS = ("predicates", "active_verbs", "metric_nouns", "toll_nouns")
#: Metrics a liberal candidate may claim; weapons need the weapon frames' pairing of launch and interception.
CLAIMABLE_METRICS = frozenset({"killed", "injured", "missing", "displaced", "detained", "rescued", "evacuated", "affected"})


@lru_cache(maxsize=16)
def _stems(lang: LanguageData) -> dict[str, str]:
    """The first :data:`STEM` letters of each one-word casualty word → its metric (stems of two metrics dropped)."""
    seen: dict[str, set[str]] = {}
    for field_name in _CUE_FIELDS:
        for phrase, metric in getattr(lang, field_name).items():
            if " " not in phrase and len(phrase) >= STEM and str(metric) in CLAIMABLE_METRICS:
                seen.setdefault(phrase[:STEM], set()).add(str(metric))
    return {stem: next(iter(metrics)) for stem, metrics in seen.items() if len(metrics) == 1}


def cue_metrics(tokens: list[Token], lang: LanguageData) -> tuple[list[str | None], list[bool]]:
    """Per token: the metric of the casualty phrase covering it, if any (one pass per field),
    and whether only its stem matched."""
    out: list[str | None] = [None] * len(tokens)
    by_stem = [False] * len(tokens)
    for field_name in _CUE_FIELDS:
        for start, end, value in phrases(lang, field_name).spans(tokens):
            for k in range(start, end):
                out[k] = out[k] or str(value)
    if lang.compound_heads:
        for i, tok in enumerate(tokens):
            if out[i] is None and tok.kind is WORD:
                found = compound_metric(tok, lang)
                if found is not None:
                    out[i] = found[0]
    stems = _stems(lang)
    for i, tok in enumerate(tokens):
        if out[i] is None and tok.kind is WORD and len(tok.low) >= STEM and tok.low[:STEM] in stems:
            out[i], by_stem[i] = stems[tok.low[:STEM]], True
    return out, by_stem


def nearest_cue(cues: list[str | None], m: Mention) -> tuple[str, int, int] | None:
    """The metric of the nearest casualty word, its position and its distance (after the figure first)."""
    for d in range(1, REACH + 1):
        for k in (m.end - 1 + d, m.start - d):
            if 0 <= k < len(cues):
                metric = cues[k]
                if metric is not None:
                    return metric, k, d
    return None


def liberal_bindings(
    tokens: list[Token], lang: LanguageData, mentions: list[Mention], bound: set[int]
) -> list[Binding]:
    """A binding for each number or vague figure not in ``bound`` (mention starts) with a casualty word near it."""
    free = [m for m in mentions if m.start not in bound and m.kind in {"number", "vague"} and not m.article]
    if not free:
        return []
    cues, by_stem = cue_metrics(tokens, lang)
    out: list[Binding] = []
    for m in free:
        near = nearest_cue(cues, m)
        if near is None or near[0] not in CLAIMABLE_METRICS:
            continue
        metric, k, distance = near
        noun = _noun(tokens, m.end, lang)
        if noun is not None and noun[0] == "weapon":
            continue
        group = noun[1] if noun is not None and noun[0] == "group" else None
        length = noun[2] if noun is not None else 0
        notes = [
            f"liberal_side:{'after' if k >= m.end else 'before'}",
            f"liberal_distance:{min(distance, 4) if distance < 4 else ('7' if distance <= 7 else '10')}",
            f"liberal_noun:{noun[0] if noun is not None else 'none'}",
        ]
        # The shape as one feature (noun, side, distance together), and the casualty word itself.
        notes.append(":".join(["liberal_shape", *(n.split(":")[1] for n in notes)]))
        notes.append(f"liberal_cue:{tokens[k].low[:STEM]}")
        if by_stem[k]:
            notes.append("liberal_stem")
        if any(t.kind is PUNCT for t in tokens[min(k, m.start) : max(k, m.end)]):
            notes.append("liberal_across_punct")
        binding = Binding(m, metric, group, "liberal", chunk_end=m.end + length, confidence=0.5)
        binding.notes.extend(notes)
        out.append(binding)
    return out
