"""A source named by a plain noun phrase after "according to": "selon la cellule de crise du Ministère …,".

The name readers take a lower-case word into a name only when it is a known head ("la police", "las autoridades")
or a title; after "according to" the phrase is a source whatever its head, so an article and a run of words that
closes the clause (a comma or the sentence's end) name it there ("selon un photographe de l'AFP."). As everywhere,
:func:`clean_name` keeps a name only when a word of it is capitalised or a head: "Según los rusos," names no one.
A report's words are left to ``past_report`` ("selon le bilan"), an outlet's to the outlet readers.
"""

from __future__ import annotations

from casualtylog.text._source_names import MAX_NAME, clean_name
from casualtylog.text._source_shapes import saying
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["plain_noun_phrase"]

#: The punctuation that closes the phrase: the clause ends there.
_CLOSERS = frozenset({",", ".", ";", ":"})


def plain_noun_phrase(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    """The article and words from ``k`` up to the punctuation closing the clause, or ``None``.

    The first word after the article is lower case and no report word; no word is a verb of saying or a
    clause boundary (a conjunction, a relative pronoun), and the run is at most :data:`MAX_NAME` words.
    """
    if k + 1 >= len(tokens) or tokens[k].low not in lang.determiners:
        return None
    first = tokens[k + 1]
    if first.kind is not WORD or first.is_capitalised or _reported(first, lang):
        return None  # "selon un tweet des pompiers": a report or a channel, its author read elsewhere
    end = k + 1
    while end < len(tokens) and tokens[end].kind is WORD:
        tok = tokens[end]
        if tok.low in saying(lang) or tok.low in lang.boundaries or end - k >= MAX_NAME:
            return None
        if tok.is_capitalised and tokens[end - 1].low not in lang.name_connectors:
            return None  # "según el diario oficial Granma": a name after the words, for the outlet readers
        end += 1
    if end < len(tokens) and tokens[end].text not in _CLOSERS:
        return None
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].is_capitalised:
        return None  # "según la secretaría de Desarrollo Agrario, Territorial y Urbano, Rosario Robles": it goes on
    return clean_name(tokens[k:end], lang, text)


def _reported(tok: Token, lang: LanguageData) -> bool:
    """A report's word or a channel's ("bilan", "tweet", "comunicado"): what was said, not who said it."""
    return tok.low in lang.report_words or tok.low in lang.channel_words or tok.low in lang.channels
