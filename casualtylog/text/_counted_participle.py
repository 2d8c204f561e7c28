"""Session 14 (``fresh8en``): a counted noun phrase closed by the participle after its people.

"The number of civilians killed rose to 21", "the number of children injured stands at 40": the noun of number,
"of", a noun of people or of a group, then one participle that is a casualty predicate ("killed", "injured",
"missing"). The toll's metric is the participle's, its group the noun's (English puts the participle after the
noun: "the number of people killed" was a listed toll noun; any group is read now). Only a participle of one word
right after a one-word noun, so "the number of people who were killed" stays with the relative clause's reading.
"""

from __future__ import annotations

from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["participle_after_people"]


def participle_after_people(tokens: list[Token], end: int, lang: LanguageData) -> tuple[int, str, str | None] | None:
    """(the noun's position, metric, group) when ``end`` is a one-word casualty predicate right after a noun of
    people or of a group, else ``None``."""
    if lang.predicate_first or lang.adjective_after_noun:
        return None  # English only: Dutch and German put the participle first, French and Spanish read their own
    hit = phrases(lang, "predicates").ending(tokens, end)
    if hit is None or hit[0] != 1 or end < 1:
        return None
    noun = _noun(tokens, end - 1, lang)
    if noun is None or noun[0] not in {"people", "group"} or noun[2] != 1:
        return None
    return end - 1, str(hit[1]), noun[1]


def counted_participle_at(tokens: list[Token], k: int, lang: LanguageData) -> tuple[tuple[int, str], str | None] | None:
    """ "the number of civilians killed" starting at ``k`` (after its article): ((its length, metric), group), the
    subject set after its figure ("brings to 21 the number of civilians killed")."""
    if k >= len(tokens) or tokens[k].low not in lang.count_nouns:
        return None
    of = phrases(lang, "of_words").at(tokens, k + 1)
    if of is None:
        return None
    noun_at = k + 1 + of[0]
    found = participle_after_people(tokens, noun_at + 1, lang)
    if found is None or found[0] != noun_at:
        return None
    return (noun_at + 2 - k, found[1]), found[2]


#: The marks that set off an aside of members between a raised figure and its toll ("21 -- including 14 children --").
_ASIDE_MARKS = frozenset({",", "-", "–", "—"})
#: How many tokens such an aside may take, its closing marks included.
_ASIDE_REACH = 10


def skip_member_aside(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """After a raised figure, skip an aside of its members set off by dashes or commas before the toll's article
    ("brings to at least 21 -- including 14 children -- the number of civilians killed"): where the article
    stands, or ``k`` when no such aside is there. The aside must open with a group cue ("including")."""
    j = k
    while j < len(tokens) and tokens[j].text in _ASIDE_MARKS:
        j += 1
    if j == k or phrases(lang, "group_cues").at(tokens, j) is None:
        return k
    for e in range(j + 1, min(len(tokens), j + _ASIDE_REACH)):
        if tokens[e].text in _ASIDE_MARKS:
            while e < len(tokens) and tokens[e].text in _ASIDE_MARKS:
                e += 1
            return e if e < len(tokens) and tokens[e].low in lang.determiners else k
    return k
