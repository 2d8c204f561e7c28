"""The words that date a toll's earlier figure to the day before, per language: the ``LanguageData`` fields
``earlier_day_cues`` ("up from 114 a day earlier", *contre 114 la veille*, *nach zuvor 114 am Vortag*: the same
event's earlier count, not another event's; a year or a week earlier stays another event's time), ``toll_participles``
(the participles of change that close a verb-final toll clause before the comma of its earlier figure: *ist auf 143
gestiegen, nach zuvor 114*) and ``earlier_figure_cues``. Each language module spreads its entry into its
``LanguageData``.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["EARLIER_DAY_WORDS"]

EARLIER_DAY_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "earlier_day_cues": _phrases(
            "a day earlier | the day before | the previous day | a day before | yesterday | earlier in the day"
            " | the previous evening | the night before"
        ),
    },
    "nl": {
        "earlier_day_cues": _phrases("een dag eerder | de dag ervoor | de dag daarvoor | gisteren | de vorige dag"),
        "toll_participles": _words("gestegen opgelopen gedaald"),
        # Dutch had no cue of an earlier figure: "steeg naar 143, tegenover 114 een dag eerder"
        "earlier_figure_cues": frozenset({"tegenover"}),
    },
    "fr": {
        "earlier_day_cues": _phrases("la veille | hier | le jour précédent | la journée précédente"),
    },
    "de": {
        "earlier_day_cues": _phrases("am vortag | vom vortag | am tag zuvor | tags zuvor | gestern | am tag davor"),
        "toll_participles": _words("gestiegen angestiegen gesunken geklettert gewachsen"),
    },
    "es": {
        "earlier_day_cues": _phrases(
            "del día anterior | el día anterior | de la víspera | la víspera | ayer | de ayer | un día antes"
        ),
    },
}
