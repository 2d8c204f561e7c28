"""Splitting text into sentences, keeping each sentence's offsets."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# A sentence ends at . ! ? … (with closing quotes) before white space, or at a
# line break. Linear: the classes do not overlap.
_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s)|\n")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "no",
        "nr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "approx",
        "ca",
        "dhr",
        "mevr",
        "jl",
        "blz",
        "gov",
        "sen",
        "rep",
        "prof",
        "ft",
    ]
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence in ``text``, white space trimmed.

    >>> text = "Twelve people died. Dr. Smith said 1.200 were hurt.\\nNext line"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Twelve people died.', 'Dr. Smith said 1.200 were hurt.', 'Next line']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() != "\n":
            before = text[start : match.start()].rsplit(None, 1)
            word = before[-1].casefold() if before else ""
            after = text[end:].lstrip()[:1]
            if word in _ABBREVIATIONS or (after and after.islower()):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
