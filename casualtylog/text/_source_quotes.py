"""Source names written in quotes ("Selon le «Dauphiné Libéré»", "La « Commission nationale … » a estimé").

Session 18 (attr19): the name walks of :mod:`casualtylog.text._source_names` stop at a quotation mark, so a
publication or body whose name the sentence quotes was no source at all ("publisher kept").
"""

from __future__ import annotations

from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

#: As many words as a name may hold (``_source_names.MAX_NAME``).
_MAX_QUOTED = 10


_OPEN_QUOTES = frozenset('«"“„')
_CLOSE_QUOTES = frozenset('»"”“')


def quoted_name(tokens: list[Token], k: int, lang: LanguageData) -> list[Token] | None:
    """ "Selon le «Dauphiné Libéré»": the words of a name written in quotes (after an article), or ``None``.

    Only a short run of words opening with a capital between an opening and a closing quote: a quoted sentence
    holds punctuation or numbers, or runs longer than a name.
    """
    k += k < len(tokens) and tokens[k].low in lang.determiners
    if k >= len(tokens) or tokens[k].text not in _OPEN_QUOTES:
        return None
    inner: list[Token] = []
    for tok in tokens[k + 1 : k + 2 + _MAX_QUOTED]:
        if tok.text in _CLOSE_QUOTES:
            return inner if inner and inner[0].is_capitalised else None
        if tok.kind is not WORD:
            return None
        inner.append(tok)
    return None


def quoted_before(tokens: list[Token], j: int, lang: LanguageData) -> list[Token] | None:
    """ "La « Commission nationale pour la réduction des catastrophes » a estimé": a quoted name ending at ``j``
    that opens its clause (after an article at most), or ``None``."""
    if j < 0 or tokens[j].text not in _CLOSE_QUOTES:
        return None
    for o in range(j - 1, max(-1, j - 2 - _MAX_QUOTED), -1):
        if tokens[o].text in _OPEN_QUOTES:
            start = quoted_name(tokens, o, lang)
            b = o - 1 if o > 0 and tokens[o - 1].low in lang.determiners else o
            opens = b == 0 or tokens[b - 1].kind is PUNCT
            return start if start is not None and opens else None
    return None
