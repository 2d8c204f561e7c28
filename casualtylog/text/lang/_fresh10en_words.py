"""Words of session 14 (``fresh10en``) for English and Dutch, kept apart so parallel branches do not collide.

Read by :mod:`casualtylog.text._fresh10en_breakdowns` (distributive breakdowns by place), keyed by language code.
"""

from __future__ import annotations

__all__ = ["BREAKDOWN_OPENERS", "ELSEWHERE_WORDS"]

#: Words that open a breakdown by place of the count before, in place of a comma or "and": "downed 18 drones,
#: including 11 over the Rostov Region, four over …" (en-0556566f-2); "ten people died (nine in Sindh Province,
#: and one in …)" (en-acd2f893-1).
BREAKDOWN_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"including", "("}),
    "nl": frozenset({"waaronder", "("}),
}
#: A place left unnamed in a breakdown: "13 were killed in rural Newton County and two elsewhere in the state"
#: (en-be687ec6-2).
ELSEWHERE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"elsewhere"}),
    "nl": frozenset({"elders"}),
}
