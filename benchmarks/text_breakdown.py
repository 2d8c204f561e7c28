"""Where the real-news errors come from: each miss and each wrong claim by the field it got wrong.

    PYTHONPATH=. .venv/bin/python benchmarks/text_eval.py --news-only --split test --breakdown

Counts only, never a sentence, so that the lead can read it on the held-out split
without tuning on it. Within one sentence, each labelled claim the extractor did
not give is paired with a wrong claim of the extractor's when the two share enough
fields, in this order (first pair wins, each wrong claim used once):

- *status only*: metric, group and figure agree;
- *group*: metric and figure agree;
- *metric*: group and figure agree;
- *qualifier*: metric and group agree, and so do the figure's numbers ("about 12" for "12");
- *figure*: metric and group agree, the numbers do not (the wrong one of two figures, an
  increment read as a total);
- *same number, other fields*: only the figure's numbers agree.

A labelled claim left unpaired is a *missed figure* (nothing was read for that number); a
wrong claim left unpaired is *spurious*, split by whether the sentence has labels at all
(a false alarm on a negative) or not. The recall lost to each kind is its count over the
labelled claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from casualtylog import Figure

__all__ = ["Key", "attribution_kinds", "breakdown", "pair", "print_attribution_kinds", "print_breakdown"]

Key = tuple[str, str | None, str, str]


def _numbers(figure: str) -> tuple[tuple[str, ...], bool]:
    """The numbers as written ("more than 12" and "12" share 12; a vague word has none) and whether it adds."""
    return tuple(re.findall(r"\d+", figure)) or (figure,), Figure.parse(figure).is_increment


def _same_numbers(a: Key, b: Key) -> bool:
    return _numbers(a[2]) == _numbers(b[2])


#: (kind, test on a labelled and a wrong claim), tried in this order.
PAIRINGS: tuple[tuple[str, Callable[[Key, Key], bool]], ...] = (
    ("status only", lambda g, p: g[:3] == p[:3]),
    ("group", lambda g, p: g[0] == p[0] and g[2] == p[2]),
    ("metric", lambda g, p: g[1] == p[1] and g[2] == p[2]),
    ("qualifier", lambda g, p: g[:2] == p[:2] and _same_numbers(g, p)),
    ("figure", lambda g, p: g[:2] == p[:2]),
    ("same number, other fields", _same_numbers),
)


def pair(gold: Counter[Key], pred: Counter[Key]) -> tuple[Counter[str], list[Key], list[Key]]:
    """One sentence's misses paired with its wrong claims: the pairs by kind, the missed figures, the spurious claims.

    Shared by :func:`breakdown` and ``text_unread.py`` (its *missed figures*), so the two count the same misses.
    """
    kinds: Counter[str] = Counter()
    missed = list((gold - pred).elements())
    wrong = list((pred - gold).elements())
    for kind, test in PAIRINGS:
        left = []
        for g in missed:
            match = next((i for i, p in enumerate(wrong) if test(g, p)), None)
            if match is None:
                left.append(g)
            else:
                kinds[kind] += 1
                del wrong[match]
        missed = left
    return kinds, missed, wrong


def breakdown(failures: Iterable[tuple[dict[str, Any], Counter[Key], Counter[Key]]]) -> Counter[str]:
    """The kinds of error over the sentences the extractor got wrong."""
    kinds: Counter[str] = Counter()
    for _record, gold, pred in failures:
        paired, missed, wrong = pair(gold, pred)
        kinds.update(paired)
        kinds["missed figure"] += len(missed)
        kinds["spurious, on a negative" if not gold else "spurious, beside labels"] += len(wrong)
    return kinds


def print_breakdown(failures: list[tuple[dict[str, Any], Counter[Key], Counter[Key]]], gold: int, pred: int) -> None:
    """The table: each kind, its count, and the recall (or precision) it costs."""
    kinds = breakdown(failures)
    print(f"\nerrors by kind ({gold} labelled claims, {pred} extracted):")
    for kind, _ in (*PAIRINGS, ("missed figure", None)):
        n = kinds[kind]
        print(f"  {kind:<28}{n:>6}  recall lost {n / gold if gold else 0:.3f}")
    for kind in ("spurious, beside labels", "spurious, on a negative"):
        n = kinds[kind]
        print(f"  {kind:<28}{n:>6}  precision lost {n / pred if pred else 0:.3f}")


def attribution_kinds(mismatches: Iterable[tuple[dict[str, Any], list[tuple[str, str | None]]]]) -> Counter[str]:
    """The attribution failures of ``text_eval.attribution`` by kind (the source labelled, the names found).

    *no claim read*: the sentence gave no extraction, so nothing carries a source (a recall
    miss, not an attribution error); *publisher kept*: every extraction fell back to the
    report's publisher ("corpus"), the named source not found; *another name*: a name was
    found, not the labelled one; *source right, via wrong*: the source matches, the channel
    does not. Names compare loosely as in ``text_eval.attribution``.
    """
    kinds: Counter[str] = Counter()
    for record, found in mismatches:
        names = {name for name, _ in found}
        if not found:
            kinds["no claim read"] += 1
        elif names == {"corpus"}:
            kinds["publisher kept"] += 1
        elif all(_loose(name) == _loose(record["source"]) for name in names):
            kinds["source right, via wrong"] += 1
        else:
            kinds["another name"] += 1
    return kinds


def _loose(name: str) -> str:
    name = name.casefold().strip()
    for article in ("the ", "de ", "het ", "la ", "le ", "l’", "l'", "der ", "die ", "das ", "el ", "los ", "las "):
        name = name.removeprefix(article)
    return name


def print_attribution_kinds(mismatches: list[tuple[dict[str, Any], list[tuple[str, str | None]]]]) -> None:
    """The attribution failures (sentences with a labelled source the extractor does not name) by kind."""
    kinds = attribution_kinds(mismatches)
    print(f"\nattribution failures by kind ({len(mismatches)} sentences):")
    for kind in ("no claim read", "publisher kept", "another name", "source right, via wrong"):
        print(f"  {kind:<28}{kinds[kind]:>6}")
