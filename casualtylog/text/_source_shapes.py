"""Source shapes of the verb-final languages (Dutch, German), for :mod:`casualtylog.text._attribution`.

Dutch and German write an organisation's name as one compound word
("rampendienst", "crisiscentrum", "legerleiding"): a word ending in a listed
head noun is a head noun too, as a title compound is a title. And a clause of
saying may put its verb last ("…, wie die Polizei am Sonntag mitteilte", "…, zo
hebben de lokale autoriteiten vrijdag bekendgemaakt"): the source is then the
name right after the clause's opener, not the words before the verb.
"""

from __future__ import annotations

from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["channel_named", "is_head", "opener_end"]

#: Shortest source head a compound may end in ("rampen|dienst", "crisis|centrum"); shorter ones end other words.
_COMPOUND_HEAD = 5
#: Words that open a verb-final clause of saying.
_SAY_OPENERS = frozenset({"wie", "zo"})
#: How far back from its verb such an opener may stand (the subject, an apposition, adverbials, a channel).
_OPENER_REACH = 16


def is_head(low: str, lang: LanguageData) -> bool:
    """A source's head noun, or (Dutch, German) a compound ending in one: "rampendienst", "legerleiding"."""
    if low in lang.source_heads:
        return True
    return lang.compound_heads and any(
        low.endswith(h) and len(low) > len(h) + 2 for h in lang.source_heads if len(h) >= _COMPOUND_HEAD
    )


def opener_end(tokens: list[Token], i: int, lang: LanguageData) -> int | None:
    """Where the source starts in a verb-final clause of saying whose verb is at ``i``, or ``None``.

    Only in languages that put the verb last (``subject_reach``), and only when
    the opener follows a comma or opens the sentence; auxiliaries after the
    opener are skipped ("zo hebben de lokale autoriteiten … bekendgemaakt").
    """
    if not lang.subject_reach:
        return None
    for j in range(i - 1, max(-1, i - 1 - _OPENER_REACH), -1):
        tok = tokens[j]
        if tok.low in _SAY_OPENERS and (j == 0 or tokens[j - 1].text == ","):
            k = j + 1
            while k < i and tokens[k].low in lang.auxiliaries | lang.gap_words:
                k += 1
            return k
        if tok.kind is Kind.PUNCT and tok.text not in {",", "(", ")"}:
            return None
    return None


def channel_named(tokens: list[Token], k: int, lang: LanguageData) -> Token | None:
    """The channel after a word that says what it is, from ``k`` (past a channel preposition), or ``None``.

    "auf der Plattform Telegram", "im Onlinedienst Telegram", "via berichtendienst Telegram": an
    article, then one of :attr:`LanguageData.channel_words`, then the channel's name.
    """
    if k < len(tokens) and tokens[k].low in lang.determiners:
        k += 1
    if k + 1 < len(tokens) and tokens[k].low in lang.channel_words and tokens[k + 1].low in lang.channels:
        return tokens[k + 1]
    return None
