"""The speaker of a quotation that runs over more than one sentence: ""We have found 26 bodies. And …," said X".

The sentence splitter ends a sentence inside a quotation, so its first sentence
("We have found the bodies of 26 women and four children.) holds the figures
but not the verb of saying, which follows the closing quote in a later
sentence ("… right now," said Faridul Islam, …). The guide gives every figure of
the quotation to its speaker. For a sentence that opens a quotation it does not
close, attribution reads the clause after the closing quote (bounded: the
quotation must close within ``_REACH`` characters, and the clause is read up to
its full stop, at most ``_CLAUSE`` characters).
"""

from __future__ import annotations

import re

from casualtylog.text._tokens import Token, tokenize
from casualtylog.text.lang import LanguageData

__all__ = ["quote_tail"]

#: Marks that open a quotation, and those that close one (a straight quote does both).
_OPENING = frozenset({'"', "“", "«", "„"})
_CLOSING = frozenset({'"', "”", "»", "“"})
#: How far the closing quote may stand after the sentence, and how long the clause after it may be.
_REACH = 600
_CLAUSE = 300
_STOP = re.compile(r"[.!?](?=\s|$)")


def quote_tail(tokens: list[Token], lang: LanguageData, text: str) -> list[Token] | None:
    """The tokens from the closing quote to the end of its sentence, when ``tokens`` open a quotation they do not close."""
    if not tokens or tokens[0].text not in _OPENING:
        return None
    if any(t.text in _OPENING or t.text in _CLOSING for t in tokens[1:]):
        return None  # the quotation closes in this sentence: its speaker, if any, is read there
    end = tokens[-1].end
    window = text[end : end + _REACH]
    close = next((i for i, ch in enumerate(window) if ch in _CLOSING or ch in _OPENING), -1)
    if close < 0 or window[close] not in _CLOSING or (window[close] == "„"):
        return None
    start = end + close
    rest = text[start : start + _CLAUSE]
    stop = _STOP.search(rest, 1)
    clause = rest[: stop.end()] if stop else rest
    tail = tokenize(clause, lang, offset=start)
    return tail if len(tail) > 2 else None
