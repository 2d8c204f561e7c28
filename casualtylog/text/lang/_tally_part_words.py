"""Words around the parts of a casualty tally, read by :mod:`casualtylog.text._tally_lists` in every language.

``INTENSIFIERS`` are adverbs of degree before a word of how badly ("dont sept très grièvement"),
``AMONG_PREPOSITIONS`` the prepositions besides ``among_the`` that name a part's group ("six parmi les enfants et cinq
chez les adultes"), and ``ELIDED_TIMES`` the times after a bare "N others" whose verb is elided ("et quatre autres le
lendemain").
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["AMONG_PREPOSITIONS", "DEGREE_PREPOSITIONS", "ELIDED_TIMES", "INTENSIFIERS"]

#: Adverbs of degree before a word of how badly ("dont sept très grièvement", "dos de ellos muy graves", "zwei davon
#: sehr schwer", "two of them very seriously"): the part is still one of the count's, by its severity.
INTENSIFIERS: dict[str, frozenset[str]] = {
    "en": _words("very extremely"),
    "nl": _words("zeer erg heel"),
    "fr": _words("très extrêmement si"),
    "de": _words("sehr äußerst"),
    "es": _words("muy extremadamente"),
}

#: Prepositions that make a noun of how badly an adverb ("cincuenta y cuatro personas resultaron heridas, una de
#: gravedad"): the phrase stands where a word of how badly would, as an intensifier does.
DEGREE_PREPOSITIONS: dict[str, frozenset[str]] = {"es": _words("de")}

#: Besides ``among_the``, the prepositions that name the group of a part after its number ("L'accident a fait 12
#: blessés, six parmi les enfants et cinq chez les adultes", fr-87ac295a-6).
AMONG_PREPOSITIONS: dict[str, frozenset[str]] = {"fr": _phrases("chez les")}

#: Times that may follow a bare "N others" whose verb is elided ("cinq corps ont été récupérés par des pêcheurs et
#: quatre autres le lendemain", fr-f3e9870c-4): the same clause again, on another day.
ELIDED_TIMES: dict[str, frozenset[str]] = {
    "en": _phrases("the next day | the following day | the day after | later | overnight"),
    "nl": _phrases("de volgende dag | een dag later | later"),
    "fr": _phrases("le lendemain | la veille | le jour suivant | plus tard | dans la nuit"),
    "de": _phrases("am nächsten tag | am folgetag | am tag darauf | später | tags darauf"),
    "es": _phrases("al día siguiente | el día siguiente | más tarde | horas después | un día después"),
}
