"""Session 13 (``fresh7a``): "more" after a bare count is "others": more of the victims named before.

"killed one civilian and wounded five more in the region" counts five civilians, as "five others" does
(the guide: "N others" takes the group of the count it follows, even a singular one). Before, "more" held
the group only at the end of a clause ("… and wounded five more."); a place or a time after it (a
preposition, as the parallel-place frame reads them) is no noun of its own either, so the count is still
bare. A noun after "more" ("five more soldiers") names its own people and is left to the noun readers.
"""

from __future__ import annotations

from casualtylog.text._ellipsis_frames import _PLACE_PREPS
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["bare_object", "more_of_them", "others_at"]

#: Prepositions that open a place or a time after a bare "N more" (the elided verb's place prepositions and
#: those of time): the count names no people of its own.
_AFTER_MORE = {"en": _PLACE_PREPS["en"] | {"during", "overnight"}}
_CLAUSE_END = frozenset({"", ".", ",", ";"})
#: Session 14 (fresh10en): "and" before the second verb of a bare count (``bare_object``).
_AND = frozenset({"and", "en"})


def more_of_them(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` ends in "more" and no noun of its own follows: more of the victims counted before."""
    if _low(tokens, m.end - 1) not in lang.increment_after:
        return False
    after = _low(tokens, m.end)
    return after in _CLAUSE_END or after in _AFTER_MORE.get(lang.code, frozenset())


def bare_object(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Session 14 (fresh10en): a bare count that ends its clause right after a second verb joined by "and" ("killed at
    least 15 civilians and wounded dozens,", en-1b0965d4-2): more of the victims before, as "wounded five more"."""
    if m.start < 2 or _low(tokens, m.start - 2) not in _AND or _low(tokens, m.end) not in _CLAUSE_END:
        return False
    hit = phrases(lang, "predicates").at(tokens, m.start - 1)
    # session 20 (fields21): an active verb's gerund too ("killing two civilians and wounding nine.", en-2f07c0b7-4):
    # the verb's object is the same victims as the first verb's, as after a predicate
    hit = hit or phrases(lang, "active_verbs").at(tokens, m.start - 1)
    return hit is not None and hit[0] == 1


def others_at(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """ "two others", "deux autres", "otros dos", "five more": the count names itself as more of the victims before it.

    (Moved from ``_frames`` in session 13, which gained "more".)
    """
    return (
        _low(tokens, m.end) in lang.others_words
        or _low(tokens, m.start - 1) in lang.others_words
        or more_of_them(tokens, m, lang)
    )
