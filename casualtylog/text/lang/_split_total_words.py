"""Words of "another N" that splits a total instead of adding to it, keyed by language
(casualtylog.text._another_split): a part of a set named after "the", "respectively" after counts joined by "and",
and a copula that says who "another N" were.
"""

from __future__ import annotations

__all__ = ["COPULAS", "PART_ORDINALS", "RESPECTIVELY_WORDS"]

#: Words after "the" that name one part of a set ("from the second boat", "in the other village"): "another N" in
#: a clause that names such a part splits the set's total, it adds to no running count (en-23582ede-4, "Another 140
#: migrants were picked up from the second boat").
PART_ORDINALS: dict[str, frozenset[str]] = {
    "en": frozenset({"second", "third", "fourth", "fifth", "other"}),
}
#: "respectively" after counts joined by "and": "Khyber Pakhtunkhwa and Balochistan provinces, which reported four
#: and three deaths, respectively" (en-e5d93234-3): the first count shares the second's noun and predicate.
RESPECTIVELY_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"respectively"}),
    "nl": frozenset({"respectievelijk"}),
}
#: Copulas after "another N <metric noun>" that say who those victims were: "Nog eens tien gewonden zijn
#: politiemensen" (nl-aea985c9-4) splits the wounded by group, it adds none (as "another ten injured were officers").
COPULAS: dict[str, frozenset[str]] = {
    "en": frozenset({"are", "were"}),
    "nl": frozenset({"zijn", "waren"}),
}
