"""The words of a toll revised in a chain, per language: the ``LanguageData`` fields ``chain_links``,
``revision_steps`` and ``step_participles`` ("initially placed at four then raised to 15 and finally brought down to
seven", casualtylog.text._chain_frames). Each language module spreads its entry into its ``LanguageData``.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["REVISION_CHAIN_WORDS"]

REVISION_CHAIN_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "chain_links": frozenset({"then", "and", "finally", "later", "subsequently", "eventually", ","}),
        "revision_steps": _phrases(
            "raised to | lowered to | brought down to | brought up to | revised to | revised up to | revised down to"
            " | increased to | reduced to | cut to | corrected to | adjusted to | updated to"
        ),
    },
    "nl": {
        "chain_links": frozenset({"daarna", "en", "ten", "slotte", "later", "vervolgens", "uiteindelijk", ","}),
        "revision_steps": _phrases(
            "verhoogd naar | verhoogd tot | verlaagd naar | verlaagd tot | bijgesteld naar | bijgesteld tot"
            " | teruggebracht naar | teruggebracht tot"
        ),
        "step_participles": _words("verhoogd verlaagd bijgesteld teruggebracht"),
    },
    "fr": {
        "chain_links": frozenset({"puis", "et", "enfin", "ensuite", "finalement", ","}),
        "revision_steps": _phrases("relevé à | rehaussé à | ramené à | abaissé à | revu à | corrigé à | porté à"),
    },
    "de": {
        "chain_links": frozenset({"dann", "und", "schließlich", "später", "danach", "zuletzt", ","}),
        "step_participles": _words("erhöht gesenkt korrigiert angehoben reduziert herabgesetzt"),
    },
    "es": {
        "chain_links": frozenset({"luego", "y", "finalmente", "después", "posteriormente", ","}),
        "revision_steps": _phrases(
            "elevada a | elevado a | elevó a | rebajada a | rebajado a | rebajó a | reducida a | redujo a"
            " | corregida a | corrigió a | aumentada a | aumentó a"
        ),
    },
}
