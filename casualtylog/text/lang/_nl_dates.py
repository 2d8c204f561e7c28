"""Dutch dates and other events: day and month names, and the cues of an event other than the report's.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._rate_words import RATE_CUES

__all__ = ["MONTHS", "OTHER_EVENT_CUES", "WEEKDAYS"]


WEEKDAYS = frozenset(
    [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "maandagochtend",
        "dinsdagochtend",
        "woensdagochtend",
        "donderdagochtend",
        "vrijdagochtend",
        "zaterdagochtend",
        "zondagochtend",
    ]
)

MONTHS = frozenset(
    [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "jan",
        "feb",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
    ]
)

OTHER_EVENT_CUES = (
    frozenset(
        [
            # A similar or comparable attack is another one: "bij een vergelijkbare aanslag kwamen 32 mensen om".
            "vergelijkbare",
            "soortgelijke",
            "vorig jaar",
            "vorige jaar",
            "vorige maand",
            "vorige week",
            "jaar geleden",
            "jaren geleden",
            "vorige aanval",
            "vorige aanvallen",
            "eerdere aanval",
            "eerdere aanvallen",
            "een soortgelijke aanval",
            "soortgelijke aanvallen",
            "een vergelijkbare aanval",
            "eerder deze maand",
            "eerder deze week",
            "eerder dit jaar",
            "een dag eerder",
            "de dag ervoor",
            "een week eerder",
            "een jaar eerder",
        ]
    )
    | RATE_CUES["nl"]
)
