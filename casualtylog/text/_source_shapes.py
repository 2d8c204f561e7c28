"""Source shapes of the verb-final languages (Dutch, German), for :mod:`casualtylog.text._attribution`.

Dutch and German write an organisation's name as one compound word
("rampendienst", "crisiscentrum", "legerleiding"): a word ending in a listed
head noun is a head noun too, as a title compound is a title. And a clause of
saying may put its verb last ("…, wie die Polizei am Sonntag mitteilte", "…, zo
hebben de lokale autoriteiten vrijdag bekendgemaakt"): the source is then the
name right after the clause's opener, not the words before the verb.
"""

from __future__ import annotations

from functools import cache

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["channel_named", "is_head", "opener_end", "place_end", "saying", "statement_end", "statement_start"]

#: Shortest source head a compound may end in ("rampen|dienst", "crisis|centrum"); shorter ones end other words.
_COMPOUND_HEAD = 5
#: The most words a source's place may hold ("in The Hague", "aux Nations unies").
_MAX_PLACE = 4
#: How many words a channel phrase may hold ("in an official statement").
_MAX_STATEMENT = 5
#: Words that open a verb-final clause of saying.
_SAY_OPENERS = frozenset({"wie", "zo"})
#: How far back from its verb such an opener may stand (the subject, an apposition, adverbials, a channel).
_OPENER_REACH = 16
#: How many lower-case words may stand between a channel preposition and the platform ("a través de | su cuenta
#: oficial de la red social | Twitter").
_CHANNEL_REACH = 9


def is_head(low: str, lang: LanguageData) -> bool:
    """A source's head noun, or (Dutch, German) a compound ending in one: "rampendienst", "legerleiding"."""
    heads = _heads(lang)
    if low in heads:
        return True
    return lang.compound_heads and any(
        low.endswith(h) and len(low) > len(h) + 2 for h in heads if len(h) >= _COMPOUND_HEAD
    )


@cache
def _heads(lang: LanguageData) -> frozenset[str]:
    """The head nouns attribution reads: the frames' (``source_heads``) and its own (``more_source_heads``)."""
    return lang.source_heads | lang.more_source_heads


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
        if tok.kind is PUNCT and tok.text not in {",", "(", ")"}:
            return None
    return None


def channel_named(tokens: list[Token], k: int, lang: LanguageData) -> Token | None:
    """The channel after a word that says what it is, from ``k`` (past a channel preposition), or ``None``.

    "auf der Plattform Telegram", "im Onlinedienst Telegram", "via berichtendienst Telegram": an
    article, then one of :attr:`LanguageData.channel_words`, then the channel's name.
    """
    if k < len(tokens) and (tokens[k].low in lang.determiners or tokens[k].low in lang.possessives):
        k += 1  # "en su cuenta de Facebook", "sur sa chaîne Telegram"
    if k + 1 >= len(tokens) or tokens[k].low not in lang.channel_words:
        return _channel_ahead(tokens, k, lang)
    n = k + 1
    if n + 1 < len(tokens) and tokens[n].low in lang.name_connectors:
        n += 1  # "cuenta de Facebook"
    return tokens[n] if tokens[n].low in lang.channels else _channel_ahead(tokens, k, lang)


def _channel_ahead(tokens: list[Token], k: int, lang: LanguageData) -> Token | None:
    """A platform's name after a channel preposition past lower-case words only, from ``k``.

    "en su cuenta de la red social Twitter", "a través de su canal oficial de Telegram", "on his Telegram
    channel", "im Nachrichtenkanal Telegram": what the words say of the platform varies, the platform's name does
    not (the guide: "src=Klitsjko ; via=Telegram"). Only a listed platform written as a name counts; German capitalises the noun, so a
    compound ending in a channel word is passed too. Session 18 (attr18); bounded by ``_CHANNEL_REACH``.
    """
    for tok in tokens[k : k + _CHANNEL_REACH]:
        if tok.kind is not WORD:
            return None
        if tok.low in lang.channels and tok.is_capitalised and (tok.low != "x" or tok.text == "X"):
            return tok  # a platform's name: "on government television VTV" names no platform by "television"
        if tok.is_capitalised and not (lang.nouns_capitalised and tok.low.endswith(tuple(lang.channel_words))):
            return None
        if tok.low in lang.boundaries or tok.low in saying(lang):
            return None
    return None


def place_end(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Where the place after a source's head ends ("Police | in The Hague", "Gesundheitsministerium | in Gaza"), or ``k``.

    A preposition of :attr:`LanguageData.source_place_preps` at ``k`` right after
    a head noun, then capitalised words: the place is part of the source's name
    (the corpus guide writes "Officials in California"). An article after the
    preposition ("die Polizei in der Stadt") or a day ("in Monday's report") is no place.
    """
    if k < 1 or k + 1 >= len(tokens) or tokens[k].low not in lang.source_place_preps:
        return k
    if not _head_before(tokens, k, lang):
        return k
    j = k + 1
    while j < len(tokens) and j - k <= _MAX_PLACE and _place_word(tokens[j], lang):
        j += 1
    return j if j > k + 1 else k


def _head_before(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A head noun right before ``k``, or (French, Spanish) before one or two adjectives after it ("Défense civile palestinienne")."""
    for back in range(k - 1, max(-1, k - 4), -1):
        tok = tokens[back]
        if tok.kind is not WORD:
            return False
        if (is_head(tok.low, lang) and tok.low not in lang.function_words) or (back < k - 1 and tok.is_capitalised):
            return True
        if tok.is_capitalised and back >= 2 and tokens[back - 1].low in lang.name_connectors:
            return is_head(tokens[back - 2].low, lang)  # "het ministerie van Volksgezondheid | in Gaza"
        if not (lang.adjective_after_noun and tok.text.isalpha() and tok.text.islower()):
            return False
    return False


def _place_word(tok: Token, lang: LanguageData) -> bool:
    return (
        tok.kind is WORD
        and tok.is_capitalised
        and tok.low not in lang.weekdays
        and tok.low not in lang.months
        and tok.low not in saying(lang)
    )


def statement_end(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """The index after a channel phrase starting at ``k`` ("afirmaron | en un comunicado | los servicios"), or ``k``."""
    hit = phrases(lang, "statement_phrases").at(tokens, k)
    if hit is None:
        return _past_channel(tokens, k, lang)
    end = k + hit[0]
    # "a souligné dans un communiqué, | le ministre …": a comma may set the phrase off before the inverted subject.
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].low in lang.determiners:
        return end + 1
    return end


def _past_channel(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """The index after a platform named at ``k`` ("a indiqué | sur Telegram | le chef …", "dijo | en X | la Oficina"),
    or ``k``.

    Between a verb of saying and its inverted subject the platform is the via, and the subject follows it (session
    22, attr23: fr-234efc32-3, fr-69df516a-2, es-77babe63-2).
    """
    if k >= len(tokens) or tokens[k].low not in lang.channel_preps:
        return k
    channel = channel_named(tokens, k + 1, lang)
    if channel is None:
        return k
    return next((i + 1 for i in range(k + 1, len(tokens)) if tokens[i] is channel), k)


def statement_start(tokens: list[Token], j: int, lang: LanguageData) -> int:
    """The index before a channel phrase ending at ``j`` ("The coalition | in a statement | said"), or ``j``."""
    statements = phrases(lang, "statement_phrases")
    for start in range(max(0, j - _MAX_STATEMENT + 1), j + 1):
        hit = statements.at(tokens, start)
        if hit is not None and start + hit[0] == j + 1:
            return start - 1
    return j


@cache
def saying(lang: LanguageData) -> frozenset[str]:
    """The verbs of saying attribution reads: the frames' (``said_verbs``) and its own (``source_verbs``)."""
    return lang.said_verbs | lang.source_verbs
