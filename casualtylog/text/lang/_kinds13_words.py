"""Session 13 (``kinds13``): the words of the recurring kinds of failure, in the five languages side by side.

``KINDS13_WORDS[code]`` holds the ``LanguageData`` fields each language adds (declared at the end of
``_later_shape_words``): ``earlier_day_cues``, the phrases that date a toll's earlier figure to the day before
("up from 114 a day earlier", *contre 114 la veille*, *nach zuvor 114 am Vortag*), which name the same event's
earlier count, not another event (a year or a week earlier stays another event's time); and
``toll_participles``, the participles of change that close a verb-final toll clause before the comma of its
earlier figure (*ist auf 143 gestiegen, nach zuvor 114*); ``chain_links``, ``revision_steps`` and
``step_participles``, the words of a toll revised in a chain ("initially placed at four then raised to 15 and
finally brought down to seven", casualtylog.text._chain_frames); ``alive_words`` and ``found_verbs``, a count
found alive in a list ("found six people, three dead and three alive", casualtylog.text._alive_frames).
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["KINDS13_WORDS"]

KINDS13_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "alive_words": _phrases("alive"),
        "found_verbs": _words("found finds find located rescued rescue rescuing pulled recovered"),
        "chain_links": frozenset({"then", "and", "finally", "later", "subsequently", "eventually", ","}),
        "revision_steps": _phrases(
            "raised to | lowered to | brought down to | brought up to | revised to | revised up to | revised down to"
            " | increased to | reduced to | cut to | corrected to | adjusted to | updated to"
        ),
        "earlier_day_cues": _phrases(
            "a day earlier | the day before | the previous day | a day before | yesterday | earlier in the day"
            " | the previous evening | the night before"
        ),
    },
    "nl": {
        "alive_words": _phrases("levend | nog in leven"),
        "found_verbs": _words(
            "gevonden vonden vond gered redden redde aangetroffen troffen trof gehaald haalden haalde"
        ),
        "chain_links": frozenset({"daarna", "en", "ten", "slotte", "later", "vervolgens", "uiteindelijk", ","}),
        "revision_steps": _phrases(
            "verhoogd naar | verhoogd tot | verlaagd naar | verlaagd tot | bijgesteld naar | bijgesteld tot"
            " | teruggebracht naar | teruggebracht tot"
        ),
        "step_participles": _words("verhoogd verlaagd bijgesteld teruggebracht"),
        "earlier_day_cues": _phrases("een dag eerder | de dag ervoor | de dag daarvoor | gisteren | de vorige dag"),
        "toll_participles": _words("gestegen opgelopen gedaald"),
        # Dutch had no cue of an earlier figure: "steeg naar 143, tegenover 114 een dag eerder"
        "earlier_figure_cues": frozenset({"tegenover"}),
    },
    "fr": {
        "alive_words": _phrases("vivant | vivants | vivante | vivantes | en vie"),
        "found_verbs": _words(
            "retrouvé retrouvés retrouvée retrouvées retrouvent trouvé trouvés trouvée trouvées secouru secourus"
            " sauvé sauvés extrait extraits dégagé dégagés"
        ),
        "chain_links": frozenset({"puis", "et", "enfin", "ensuite", "finalement", ","}),
        "revision_steps": _phrases("relevé à | rehaussé à | ramené à | abaissé à | revu à | corrigé à | porté à"),
        "earlier_day_cues": _phrases("la veille | hier | le jour précédent | la journée précédente"),
    },
    "de": {
        "alive_words": _phrases("lebend | lebendig"),
        "found_verbs": _words("gefunden fanden fand gerettet retteten rettete geborgen bargen barg entdeckt"),
        "chain_links": frozenset({"dann", "und", "schließlich", "später", "danach", "zuletzt", ","}),
        "step_participles": _words("erhöht gesenkt korrigiert angehoben reduziert herabgesetzt"),
        "earlier_day_cues": _phrases("am vortag | vom vortag | am tag zuvor | tags zuvor | gestern | am tag davor"),
        "toll_participles": _words("gestiegen angestiegen gesunken geklettert gewachsen"),
    },
    "es": {
        "alive_words": _phrases("vivos | vivas | vivo | viva | con vida"),
        "found_verbs": _words(
            "encontrado encontrados encontradas encontraron encontró hallado hallaron halló localizado localizaron"
            " rescatado rescatados rescataron rescató rescatar"
        ),
        "chain_links": frozenset({"luego", "y", "finalmente", "después", "posteriormente", ","}),
        "revision_steps": _phrases(
            "elevada a | elevado a | elevó a | rebajada a | rebajado a | rebajó a | reducida a | redujo a"
            " | corregida a | corrigió a | aumentada a | aumentó a"
        ),
        "earlier_day_cues": _phrases(
            "del día anterior | el día anterior | de la víspera | la víspera | ayer | de ayer | un día antes"
        ),
    },
}
