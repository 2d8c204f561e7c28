"""Dutch dates and other events: day and month names, and the cues of an event other than the report's.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._looking_back_words import WORLD_WARS
from casualtylog.text.lang._rate_words import RATE_CUES
from casualtylog.text.lang._recovery_words import EARLIER_PERIODS

__all__ = ["MONTHS", "OTHER_EVENT_CUES", "OTHER_EVENT_OPENERS", "WEEKDAYS"]


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

_FULL_MONTHS = (
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
)

MONTHS = frozenset(
    [
        *_FULL_MONTHS,
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
            # the neuter forms ("bij een soortgelijk ongeluk") and the Flemish word ("een gelijkaardige aanslag")
            "vergelijkbaar ongeluk",
            "vergelijkbaar ongeval",
            "vergelijkbaar incident",
            "soortgelijk",
            "gelijkaardige",
            "gelijkaardig",
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
            # Session 11 (nl11): "at the time" tells an earlier incident ("Destijds kwamen 43 mensen om")
            "destijds",
            "toentertijd",
            "indertijd",
        ]
    )
    | RATE_CUES["nl"]
    | WORLD_WARS["nl"]  # Session 12 (fa12): the world wars, named, are never the report's own event
)


#: A month or an earlier time opening the sentence dates it to another incident, as English "In June, …"
#: and "Hours earlier, …" do: a report tells its own event by a weekday or "gisteren". Dutch puts the
#: finite verb right after the opener instead of a comma ("In september kwamen 21 mensen om toen …").
#: Only as an opener: inside a clause ("in maart omgekomen") a month may date the report's own event.
OTHER_EVENT_OPENERS = frozenset(
    f"{prep} {month}"
    for month in _FULL_MONTHS
    for prep in ("in", "begin", "eind", "half", "medio", "midden", "vorige", "afgelopen", "eerder in")
) | frozenset(
    f"{unit} {when}"
    for unit in ("uur", "uren", "dagen", "weken", "maanden", "jaren", "een dag", "een week", "een maand", "de dag")
    for when in ("eerder", "daarvoor", "ervoor")
)

# Session 13 (fresh7b): a period named as the one before ("de week daarvoor") is another incident's time
OTHER_EVENT_CUES = OTHER_EVENT_CUES | EARLIER_PERIODS["nl"]

# "before <day>" opening the sentence dates what it tells before the event's day ("Voor zondag stierven al acht
# demonstranten door toedoen van de ordetroepen", nl-1d93f334-4, a negative), as "een dag eerder"
OTHER_EVENT_OPENERS = OTHER_EVENT_OPENERS | frozenset(
    f"{before} {day}"
    for before in ("voor", "vóór")
    for day in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
)
