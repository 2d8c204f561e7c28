"""Session 13 (``status13``): the words that set or bound a claim's status, in the five languages side by side.

``FIRST_FINDINGS[code]`` are the first findings of an inquiry ("according to initial information", *nach ersten
Erkenntnissen*, *selon les premiers éléments*), which the corpus guide labels preliminary as it does *premier bilan*
and *volgens de eerste informatie*; each language adds them to its ``preliminary_cues``. ``STATUS_WORDS[code]``
holds the ``LanguageData`` fields of the status's reach (casualtylog.text._status_scope): ``fears_for``, a fear for
people rather than of a count ("fears the worst for the three missing"), and ``cue_relatives``, the pronouns of a
relative clause whose cue describes a noun, not the count before it.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ASSUMING", "FIRST_FINDINGS", "STATUS_WORDS"]

FIRST_FINDINGS = {
    "en": _phrases(
        "initial information | first information | initial findings | first findings | initial indications"
        " | first indications"
    ),
    "nl": _phrases("eerste gegevens | eerste bevindingen | eerste vaststellingen | eerste indicaties"),
    "de": _phrases(
        "ersten erkenntnissen | erste erkenntnisse | ersten informationen | erste informationen | ersten ermittlungen"
    ),
    "fr": _phrases("premiers éléments | premières constatations | premiers constats | premières indications"),
    "es": _phrases("primeras pesquisas | primeras investigaciones | primeros indicios | primeros informes"),
}

#: Verbs of assuming and presuming that stand whole, which each language adds to its ``projected_cues``: the corpus
#: guide projects what is believed or assumed ("believed to have died"), as it does what is feared.
ASSUMING = {
    "en": _phrases("presumed dead | presumed to have died | presumed drowned"),
    "nl": _phrases(
        "gaan uit van | gaat uit van | ging uit van | gingen uit van | gaan ervan uit | gaat ervan uit"
        " | ging ervan uit | gingen ervan uit | uitgegaan van"
    ),
    "de": _phrases("ausgegangen | auszugehen | vermutlich"),
    "fr": _phrases("présumés morts | présumé mort | présumée morte | présumées mortes"),
    "es": _phrases("presuntamente muertos | dados por muertos | dadas por muertas"),
}

STATUS_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "fears_for": _phrases(
            "fear for | fears for | feared for | fearing for | fear the worst | fears the worst | feared the worst"
        ),
        "cue_relatives": _words("which who whom whose"),
    },
    "nl": {
        "fears_for": _phrases(
            "vreest voor | vrezen voor | vreesde voor | vreesden voor | gevreesd voor | vreest het ergste"
            " | vrezen het ergste | vreesde het ergste | vreesden het ergste"
        ),
        "cue_relatives": _words("die dat wat waarbij waarin"),
    },
    "de": {
        "fears_for": _phrases(
            "befürchtet das schlimmste | befürchten das schlimmste | befürchtete das schlimmste"
            " | befürchteten das schlimmste"
        ),
        "cue_relatives": _words("die der das welche welcher welches denen deren dessen"),
        "assume_verbs": _phrases(
            "gehen von | geht von | ging von | gingen von | gehen vom | geht vom | ging vom | gingen vom"
            " | gehen davon | geht davon | ging davon | gingen davon"
        ),
        "assume_particles": _words("aus"),
    },
    "fr": {
        "fears_for": _phrases(
            "craint pour | craignent pour | craindre pour | craint le pire | craignent le pire | craindre le pire"
            " | redoute le pire | redoutent le pire"
        ),
        "cue_relatives": _words("qui dont lequel laquelle lesquels lesquelles"),
    },
    "es": {
        "fears_for": _phrases("teme por | temen por | se teme por | teme lo peor | temen lo peor | se teme lo peor"),
        "cue_relatives": _words("que quien quienes cuyo cuya cuyos cuyas"),
    },
}
