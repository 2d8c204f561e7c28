"""The words of a count found alive in a list, per language: the ``LanguageData`` fields ``alive_words`` and
``found_verbs`` ("found six people, three dead and three alive", casualtylog.text._alive_frames). Each language
module spreads its entry into its ``LanguageData``.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["FOUND_ALIVE_WORDS"]

FOUND_ALIVE_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "alive_words": _phrases("alive"),
        "found_verbs": _words("found finds find located rescued rescue rescuing pulled recovered"),
    },
    "nl": {
        "alive_words": _phrases("levend | nog in leven"),
        "found_verbs": _words(
            "gevonden vonden vond gered redden redde aangetroffen troffen trof gehaald haalden haalde"
        ),
    },
    "fr": {
        "alive_words": _phrases("vivant | vivants | vivante | vivantes | en vie"),
        "found_verbs": _words(
            "retrouvé retrouvés retrouvée retrouvées retrouvent trouvé trouvés trouvée trouvées secouru secourus"
            " sauvé sauvés extrait extraits dégagé dégagés"
        ),
    },
    "de": {
        "alive_words": _phrases("lebend | lebendig"),
        "found_verbs": _words("gefunden fanden fand gerettet retteten rettete geborgen bargen barg entdeckt"),
    },
    "es": {
        "alive_words": _phrases("vivos | vivas | vivo | viva | con vida"),
        "found_verbs": _words(
            "encontrado encontrados encontradas encontraron encontró hallado hallaron halló localizado localizaron"
            " rescatado rescatados rescataron rescató rescatar"
        ),
    },
}
