"""Phrases of the language data that end at a token, looked up by their last word.

Used while tokens are marked (before the tries of :mod:`casualtylog.text._phrases`
exist for the sentence): a number after a running total's verb is a count.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from casualtylog.text._token_type import WORD
from casualtylog.text.lang import LanguageData

if TYPE_CHECKING:
    from casualtylog.text._tokens import Token

__all__ = ["after_toll_cue", "count_words", "subject_year"]


def after_toll_cue(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A number after a running total's verb and its particle ("opgelopen tot (meer dan) 2000", "stieg auf 2000").

    Such a verb takes a count, never a year: the four digits are the new total.
    """
    ends = {i - 1, i - 1 - _longest_ending(tokens, i - 1, _by_last_word(lang, "qualifiers", 1))}
    cues = _by_last_word(lang, "toll_cues", 2)
    return any(_longest_ending(tokens, j, cues) for j in ends)


@lru_cache(maxsize=16)
def count_words(lang: LanguageData) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words around four digits that make them a count, not a year: (the nouns of victims and weapons, those
    nouns and the predicates, the last words of the qualifiers). Read once per language, not per sentence: English
    has some 1,900 predicates, and copying them cost more than the rest of a short sentence's tokenizing."""
    nouns = frozenset(
        lang.people_nouns
        | set(lang.group_nouns)
        | set(lang.metric_nouns)
        # "feuerten bisher 1800 Raketen ab": four digits before weapons count them, like people
        | set(lang.weapon_nouns)
    )
    # A predicate that is also a function word (Dutch "om") does not make "in 2022 om" a count.
    people = nouns | (set(lang.predicates) - lang.function_words)
    qualifier_ends = {phrase.split()[-1] for phrase in lang.qualifiers} - {"in", "on", "at", "op", "en", "de", "à"}
    return nouns, people, frozenset(qualifier_ends)


@lru_cache(maxsize=64)
def _by_last_word(lang: LanguageData, field: str, min_words: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``field`` with at least ``min_words`` words, split, by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in getattr(lang, field):
        words = tuple(phrase.split())
        if len(words) >= min_words:
            out.setdefault(words[-1], []).append(words)
    return {last: tuple(found) for last, found in out.items()}


def _longest_ending(tokens: list[Token], j: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """The most words of a phrase of ``table`` that end at token ``j`` (0: none).

    As comparing every phrase's words with the tokens ending at ``j``, but only the phrases ending in token ``j``'s
    word are compared: a number's check cost the whole table per number ("5, 6, 7, …").
    """
    if not 0 <= j < len(tokens):
        return 0
    best = 0
    for words in table.get(tokens[j].low, ()):
        start = j - len(words) + 1
        if start >= 0 and all(tokens[start + k].low == w for k, w in enumerate(words)):
            best = max(best, len(words))
    return best


def subject_year(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A year inside a subject, after its noun and a preposition, right before a verb ("The Haiti earthquake of 2010
    killed", "An explosion at the plant in 2019 injured 37"): a date naming that event (``year_subject_preps``).
    Not after a qualifier ("upwards of 2000 killed") nor a verb ("resulted in 2000 injured")."""
    if not 1 < i < len(tokens) - 1 or tokens[i - 1].low not in lang.year_subject_preps:
        return False
    noun, pair = tokens[i - 2], f"{tokens[i - 2].low} {tokens[i - 1].low}"
    return (
        noun.kind is WORD
        and tokens[i + 1].low in lang.predicates
        and noun.low not in lang.predicates
        and not noun.low.endswith(("ed", "ing"))
        and not any(q.endswith(pair) for q in lang.qualifiers)
    )
