"""The list of the missing, per language: a toll's noun and, after "on", a predicate of being missing.

"the list of people unaccounted for was up to 1,276" names a toll of the missing (``toll_nouns``, the tolls modules);
"There are still 285 on our missing list" (en-b8e20b8a-6) and "op de lijst van vermisten" (nl-d9c0e2ac-1) make a
count missing (``predicates``, the verbs modules).
"""

from __future__ import annotations

__all__ = ["MISSING_LISTS"]

MISSING_LISTS: dict[str, tuple[str, ...]] = {
    "en": (
        "missing list",
        "list of missing",
        "list of the missing",
        "list of missing people",
        "list of missing persons",
        "list of people missing",
        "list of people unaccounted for",
        "list of those unaccounted for",
        "list of the unaccounted for",
    ),
    "nl": ("lijst van vermisten", "lijst met vermisten", "vermissingslijst"),
}
