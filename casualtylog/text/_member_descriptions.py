"""What describes a member of a list of counted victims before the list goes on (session 14, ``fresh10rom``).

One describing word after the list's last noun (:func:`adjective_then_predicate`), and an age after its first
member (:func:`aged_member`).

"Au moins 15 soldats, deux civils et 15 assaillants jihadistes ont été tués" (fr-97272219-1): in a language that
sets adjectives after the noun (``adjective_after_noun``), a plain lower-case word right after the victims' noun
that is no predicate, grammar word or number, followed at once by the auxiliary (a gap word) of a predicate,
describes the victims ("jihadistes", "civils", "ferroviarios"); the predicate after it is the whole subject's. A
lone member already reaches its predicate by the Romance frames; a list's first member reads the list up to its
last noun and stops there without this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casualtylog.text._binding import SentenceBase
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

if TYPE_CHECKING:  # _subject_frames imports this module
    from casualtylog.text._subject_lists import SubjectLists

__all__ = ["adjective_then_predicate", "aged_member"]


def adjective_then_predicate(s: SentenceBase, k: int) -> int:
    """Past one describing word at ``k`` when the gap and a predicate follow it; ``k`` itself otherwise."""
    tokens, lang = s.tokens, s.lang
    if not lang.adjective_after_noun or k + 1 >= len(tokens):
        return k
    tok = tokens[k]
    low = tok.low
    if (
        tok.kind is not WORD
        or tok.is_capitalised
        or not low.isalpha()
        or low in lang.boundaries
        or low in lang.function_words
        or low in lang.determiners
        or low in lang.gap_words
        or low in lang.negations
    ):
        return k
    predicates = phrases(lang, "predicates")
    if predicates.at(tokens, k) is not None or tokens[k + 1].low not in lang.gap_words:
        return k
    end, gaps = s.gap(k + 1)
    return k + 1 if gaps and predicates.at(tokens, end) is not None else k


def aged_member(s: SubjectLists, k: int) -> int:
    """Past an age after the first member of a list at ``k`` when "and" and the next member follow it: "Un garçon
    de 15 ans et un homme de 35 ans ont subi des blessures" (fr-da7224f3-2) lists two victims, each with their age;
    ``k`` itself otherwise (the age after the last member is read where it always was)."""
    aged = s.skip_age(k)
    return aged if aged > k and s.and_at(aged) else k
