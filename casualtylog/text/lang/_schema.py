"""The shape of a language's data: words and cue phrases, nothing else.

Every field holds plain strings (lower case; a multi-word phrase is written
with single spaces and matched token by token). The extractor in
:mod:`casualtylog.text` reads only these fields, so a new language is a new
data module that fills one :class:`LanguageData`.

The fields are declared in two halves, each with its documentation: the
required vocabulary (:class:`~casualtylog.text.lang._core_words.CoreWords`)
and the optional shapes (:class:`~casualtylog.text.lang._shape_words.ShapeWords`).
:class:`LanguageData` joins them in that order and folds the case of every word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from casualtylog.text.lang._care_stay_fields import CareStayWords
from casualtylog.text.lang._clause_shape_fields import ClauseShapeWords
from casualtylog.text.lang._core_words import CoreWords
from casualtylog.text.lang._grammar_fields import GrammarWords
from casualtylog.text.lang._later_shape_words import LaterShapeWords
from casualtylog.text.lang._member_part_fields import MemberPartWords
from casualtylog.text.lang._shape_words import ShapeWords

__all__ = ["LanguageData"]


# Base order matters: dataclass fields come from the bases in reverse MRO order, so
# listing the newest class first (GrammarWords, MemberPartWords, ClauseShapeWords, then
# LaterShapeWords, ShapeWords, CoreWords) puts the required fields first and every optional one after them, in
# the order they were added.
@dataclass(frozen=True, eq=False)
class LanguageData(CareStayWords, GrammarWords, MemberPartWords, ClauseShapeWords, LaterShapeWords, ShapeWords, CoreWords):
    """Words and cue phrases of one language, as the extractor uses them.

    Every field is documented where it is declared: the required ones in
    :class:`~casualtylog.text.lang._core_words.CoreWords`, the optional ones
    (each switching one shape on) in
    :class:`~casualtylog.text.lang._shape_words.ShapeWords`,
    :class:`~casualtylog.text.lang._later_shape_words.LaterShapeWords`,
    :class:`~casualtylog.text.lang._clause_shape_fields.ClauseShapeWords`,
    :class:`~casualtylog.text.lang._member_part_fields.MemberPartWords`,
    :class:`~casualtylog.text.lang._grammar_fields.GrammarWords` and
    :class:`~casualtylog.text.lang._care_stay_fields.CareStayWords`.
    """

    def __post_init__(self) -> None:
        # Tokens are matched by their case-folded text, and case folding is more than
        # lower case: German "ß" folds to "ss", so "einschließlich" as written in the
        # data would never match. Fold the data the same way, once.
        for f in fields(self):
            value = getattr(self, f.name)
            folded: object = value
            if isinstance(value, frozenset):
                folded = frozenset(w.casefold() if isinstance(w, str) else w for w in value)
            elif isinstance(value, Mapping):
                folded = {(k.casefold() if isinstance(k, str) else k): v for k, v in value.items()}
            elif isinstance(value, tuple):
                folded = tuple(w.casefold() if isinstance(w, str) else w for w in value)
            if folded != value:
                object.__setattr__(self, f.name, folded)
