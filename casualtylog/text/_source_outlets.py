"""The outlet a source spoke to, after a verb of saying (issue 13, item 4; session 10).

"confirmed to CBS News", "a indiqué la police à l'AFP", "dijo el gobernador a
Reuters", "liet aan persbureau AFP weten", "sagte gegenüber der Deutschen
Presse-Agentur": after :attr:`LanguageData.outlet_preps` (the "to" of telling),
the outlet is the claim's ``via``, never part of the source's name. Whom a
source speaks to that is no outlet ("told reporters", "dijo a los periodistas")
is skipped (:attr:`LanguageData.audience_words`). Moved from
``_romance_sources`` and opened to every language in session 10.

>>> from casualtylog.text.lang import get_language
>>> from casualtylog.text._tokens import tokenize
>>> fr = get_language("fr")
>>> tokens = tokenize("a indiqué la police à l'AFP.", fr)
>>> past_outlet(tokens, 4, fr)
(7, 'AFP')
>>> past_outlet(tokenize("a déclaré à Paris le ministre", fr), 2, fr)  # a place, not an outlet
(2, None)
"""

from __future__ import annotations

from casualtylog.text._source_shapes import channel_named
from casualtylog.text._source_shapes import is_head as _is_head
from casualtylog.text._source_words import is_title, modifier
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = [
    "channel_ahead",
    "described_after_article",
    "descriptor",     "outlet_ahead",
    "outlet_described",
    "past_description",
    "past_outlet",
]

#: The most words an outlet's name may hold ("The Associated Press", "Agence France-Presse").
_MAX_OUTLET = 5
#: How far after a verb of saying an outlet may stand (past an inverted source: "dijo el gobernador regional a").
_OUTLET_REACH = 12
#: Words that open the clause said after the outlet ("dijo a Reuters que …").
_CLAUSE_OPENERS = frozenset({"that", "dat", "que", "dass", "qu'"})
#: How many adjectives may stand between an article and the word of what an outlet is ("het | Spaanse | persbureau").
_OUTLET_ADJECTIVES = 1
#: Shortest channel word a Dutch or German compound may end in ("pers|agentschap", "Nachrichten|agentur").
_COMPOUND_CHANNEL = 6


def _described(tok: Token, lang: LanguageData) -> bool:
    """A word of what an outlet is ("agence", "agencia", "persbureau", "Nachrichtenagentur")."""
    low = tok.low
    if tok.kind is not WORD:
        return False
    if low in lang.channel_words:
        return True
    return lang.compound_heads and any(
        low.endswith(w) and len(low) > len(w) + 2 for w in lang.channel_words if len(w) >= _COMPOUND_CHANNEL
    )


def _audience_end(tokens: list[Token], j: int, lang: LanguageData) -> int:
    """The index after "reporters" / "los periodistas" at ``j`` (one word, or two as listed), or ``j``."""
    if j < len(tokens) and tokens[j].low in lang.audience_words:
        return j + 1
    if j + 1 < len(tokens) and f"{tokens[j].low} {tokens[j + 1].low}" in lang.audience_words:
        return j + 2
    return j


def past_outlet(tokens: list[Token], k: int, lang: LanguageData) -> tuple[int, str | None]:
    """Past "à l'AFP" / "to CBS News" / "a los periodistas" at ``k``: (where the source may start, the outlet).

    ``(k, None)`` when ``k`` holds no such phrase. Only an outlet written in
    capitals ("AFP", "EFE"), a listed channel, a name after a word of what it
    is ("a la agencia Efe"), or after a "to" that names no place a name of two
    capitalised words or more ("CBS News") or one closing the clause ("dijo a
    Reuters que"): after "à" a capitalised name may be a place ("a déclaré à
    Paris le ministre", "aux Nations Unies").
    """
    if k >= len(tokens) or tokens[k].low not in lang.outlet_preps:
        return k, None
    j = k + 1
    if j < len(tokens) and tokens[j].low in lang.determiners:
        j += 1
    for at in (k + 1, j):
        heard = _audience_end(tokens, at, lang)
        if heard > at:  # "told reporters", "a los periodistas": no outlet, and the source may follow
            return heard + (heard < len(tokens) and tokens[heard].text == ","), None
    described = j + 1 < len(tokens) and _described(tokens[j], lang) and tokens[j + 1].is_capitalised
    j += described
    end = j
    while end < len(tokens) and end - j < _MAX_OUTLET and tokens[end].kind is WORD and tokens[end].is_capitalised:
        end += 1
    # "confirmed to CBS News Sunday night": a day after the outlet's name ends it (session 11).
    end = next((e for e in range(j, end) if tokens[e].low in lang.weekdays | lang.months), end)
    if end == j:
        return k, None
    first = tokens[j]
    # After a "to" that never names a place: a name of two words or more ("CBS News"), or one closing the clause
    # ("dijo a Reuters que"); after "à"/"aux", a place may follow ("aux Nations Unies"), so only the listed shapes.
    placeless = tokens[k].low not in lang.source_place_preps
    closing = end == len(tokens) or tokens[end].kind is PUNCT or tokens[end].low in _CLAUSE_OPENERS
    if not (
        described
        or (placeless and (closing or end - j >= 2))
        or (len(first.text) >= 2 and first.text.isupper())
        or first.low in lang.channels
    ):
        return k, None
    outlet = " ".join(t.text for t in tokens[j:end])
    if end < len(tokens) and tokens[end].text == ",":
        end += 1  # "a précisé à l'AFP, le capitaine …"
    return end, outlet


def outlet_ahead(tokens: list[Token], k: int, lang: LanguageData) -> str | None:
    """The outlet told after an inverted source from ``k`` ("dijo el gobernador | a Reuters"), or ``None``.

    Within the clause: a punctuation mark other than an apostrophe ends the search.
    """
    for j in range(k, min(len(tokens), k + _OUTLET_REACH)):
        if tokens[j].kind is PUNCT:
            return None
        _, outlet = past_outlet(tokens, j, lang)
        if outlet is not None:
            return outlet
    return None


def channel_ahead(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A channel preposition at ``k`` before a listed channel ("en Telegram", "en su cuenta de Facebook").

    Asked even where the preposition joins names ("en" in Spanish): a channel is never part of a source.
    """
    if k + 1 >= len(tokens) or tokens[k].low not in lang.channel_preps:
        return False
    nxt = k + 1
    if tokens[nxt].low in lang.determiners | lang.possessives and nxt + 1 < len(tokens):
        nxt += 1
    return tokens[nxt].low in lang.channels or channel_named(tokens, k + 1, lang) is not None


def descriptor(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """ "meldt persbureau Reuters": one lower-case word of what the outlet is (a channel word), right before its name.

    Only a word of :attr:`LanguageData.channel_words`, or (Dutch, German) a compound
    ending in one ("persbureau", "nieuwsagentschap", "Nachrichtenagentur"), with a capitalised name
    after it: an adverb before a name ("ha confirmado posteriormente
    Salvamento Marítimo") describes nothing.
    """
    # German capitalises its nouns, so there the channel word may be capitalised ("der Nachrichtenagentur AP").
    if (
        k + 1 >= len(tokens)
        or not modifier(tokens[k], lang)
        or (tokens[k].is_capitalised and not lang.nouns_capitalised)
    ):
        return False
    low = tokens[k].low
    # A head describes a name after it only in German, where "Nachrichtenagentur" is both ("die Agentur meldete").
    # ... unless the head is a channel word too ("l'agence Reuters", "la agencia Efe").
    if (_is_head(low, lang) and not lang.nouns_capitalised and low not in lang.channel_words) or is_title(
        tokens[k], lang
    ):
        return False
    compound = lang.compound_heads and any(
        low.endswith(w) and len(low) > len(w) + 2 for w in lang.channel_words if len(w) >= _COMPOUND_CHANNEL
    )
    if low not in lang.channel_words and not compound:
        return False
    nxt = tokens[k + 1]
    return (
        nxt.kind is WORD
        and nxt.is_capitalised
        and not _is_head(nxt.low, lang)
        and nxt.low not in lang.weekdays | lang.months
    )


def described_after_article(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Where an outlet's name starts after an article and the word of what it is at ``k``, or ``k``.

    "selon la | chaîne | BFMTV", "informó el | diario | O Globo", "meldt het | Spaanse | persbureau | EFE",
    "laut der | Nachrichtenagentur | AP": the article, at most one adjective (a nationality or "state"),
    then :func:`descriptor`. Session 20 (issue 13): read in German only before, so the other
    languages named no one ("la chaîne", "het persbureau") or the adjective ("Spaanse").
    """
    if k + 1 >= len(tokens) or tokens[k].low not in lang.determiners:
        return k
    m = k + 1
    while m < len(tokens) and m - k <= _OUTLET_ADJECTIVES + 1:
        if descriptor(tokens, m, lang):
            return m + 1
        if not modifier(tokens[m], lang) or _is_head(tokens[m].low, lang) or is_title(tokens[m], lang):
            return k
        m += 1
    return k


def outlet_described(run: list[Token], lang: LanguageData) -> bool:
    """ "agency AFP", "agency Xinhua": a lower-case word of what an outlet is, then only its capitalised name.

    Session 11: the words before such a pair describe the outlet ("the state news agency Xinhua said"), and the
    outlet is named alone. A capitalised first word is part of a name ("the National Police said").
    """
    return (
        len(run) >= 2
        and run[0].low in lang.channel_words
        and not run[0].is_capitalised
        and all(t.kind is WORD and t.is_capitalised and not _is_head(t.low, lang) for t in run[1:])
    )


def past_description(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """The outlet's name alone after the words that describe it ("state news agency | Xinhua"), else ``tokens``."""
    described = next((c for c in range(len(tokens) - 1, 0, -1) if outlet_described(tokens[c:], lang)), None)
    return tokens if described is None else tokens[described + 1 :]
