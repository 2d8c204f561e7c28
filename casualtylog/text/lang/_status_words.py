"""Session 13 (``status13``): the words that set or bound a claim's status, in the five languages side by side.

``FIRST_FINDINGS[code]`` are the first findings of an inquiry ("according to initial information", *nach ersten
Erkenntnissen*, *selon les premiers éléments*), which the corpus guide labels preliminary as it does *premier bilan*
and *volgens de eerste informatie*; each language adds them to its ``preliminary_cues``. ``STATUS_WORDS[code]``
holds the ``LanguageData`` fields of the status's reach (casualtylog.text._status_scope): ``non_projections``,
projection cues that project no count (a fear for people, "fears the worst for the three missing"; an ability,
"kan bevestigen"), and ``cue_relatives``, the pronouns of a relative clause whose cue describes a noun, not the
count before it.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ASSUMING", "FIRST_FINDINGS", "NOT_FINAL", "NOT_YET_OPENERS", "PROJECTING_GAPS", "STATUS_WORDS"]

FIRST_FINDINGS = {
    "en": _phrases(
        "initial information | first information | initial findings | first findings | initial indications"
        " | first indications | initial count | initial tally | first count | first tally"
    ),
    "nl": _phrases("eerste gegevens | eerste bevindingen | eerste vaststellingen | eerste indicaties | eerste telling"),
    "de": _phrases(
        "ersten erkenntnissen | erste erkenntnisse | ersten informationen | erste informationen | ersten ermittlungen"
        " | erste bilanz | ersten bilanz | ersten zählung"
    ),
    "fr": _phrases(
        "premiers éléments | premières constatations | premiers constats | premières indications | premier décompte"
        " | bilan partiel | bilan encore partiel | premiers chiffres | premières données"
    ),
    "es": _phrases("primeras pesquisas | primeras investigaciones | primeros indicios | primeros informes"),
}

#: Words of assuming, presuming and possibility that stand whole, which each language adds to its ``projected_cues``:
#: the corpus guide projects what is believed, possible or suspected ("believed to have died", "possibly",
#: "suspected deaths", *victimes potentielles*), as it does what is feared.
ASSUMING = {
    "en": _phrases(
        "presumed dead | presumed to have | presumed to be | presumed drowned | possibly | potentially | presumably"
        " | suspected deaths | suspected death | suspected to have | believed dead | believed killed | believed drowned"
        " | thought dead | believe | believes"
    ),
    "nl": _phrases(
        "gaan uit van | gaat uit van | ging uit van | gingen uit van | gaan ervan uit | gaat ervan uit"
        " | ging ervan uit | gingen ervan uit | uitgegaan van | mogelijke slachtoffers | mogelijke doden | waarschijnlijk"
    ),
    "de": _phrases("ausgegangen | auszugehen | vermutlich | möglicherweise | womöglich"),
    "fr": _phrases(
        "présumés morts | présumé mort | présumée morte | présumées mortes | potentiellement | victimes potentielles"
        " | vraisemblablement | il est possible que"
    ),
    "es": _phrases(
        "presuntamente muertos | dados por muertos | dadas por muertas | posiblemente | posibles víctimas"
        " | víctimas potenciales | se cree que | se creía que | es posible que | cree que | creen que | creía que"
        " | creían que"
    ),
}

#: Adverbs of likelihood, modals and subjunctive auxiliaries, which may stand between a count and its verb ("were
#: likely killed", "sont probablement mortes", "podrían haber muerto", "que 100 personas hayan muerto") and which
#: each language adds to its ``gap_words``, so the predicate still binds and the projection cue in its clause (the
#: adverb, the modal, "se teme que") marks the count projected.
PROJECTING_GAPS = {
    "en": _words("likely probably possibly potentially presumably seemingly"),  # "seemingly": the guide, round 15
    "nl": _words("waarschijnlijk mogelijk wellicht"),
    "de": _words("wahrscheinlich möglicherweise womöglich"),
    "fr": _words("probablement vraisemblablement potentiellement soient soit aient ait pourraient pourrait avoir"),
    "es": _words("probablemente posiblemente hayan haya haber podrían podría"),
}

#: A toll not yet final, which the corpus guide labels preliminary (*saldo oficial, aunque no definitivo*); each
#: language adds these to its ``preliminary_cues``.
NOT_FINAL = {
    "en": _phrases("not yet final | not final"),
    "nl": _phrases("nog niet definitief | niet definitief | nog niet definitieve"),
    "de": _phrases("noch nicht endgültig | nicht endgültig | nicht endgültige | nicht endgültigen"),
    "fr": _phrases("non définitif | non définitive | pas définitif | pas encore définitif | pas encore définitive"),
    "es": _phrases("no definitivo | no definitiva | aún no definitivo | todavía no definitivo"),
}

STATUS_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "non_projections": _phrases(
            "fear for | fears for | feared for | fearing for | fear the worst | fears the worst | feared the worst"
        ),
        "cue_relatives": _words("which who whom whose that what"),
        "provisional_things": _phrases(
            "provisional government | provisional detention | provisional release | provisional custody"
            " | provisional authority | provisional council"
        ),
    },
    "nl": {
        "non_projections": _phrases(
            "vreest voor | vrezen voor | vreesde voor | vreesden voor | gevreesd voor | vreest het ergste"
            " | vrezen het ergste | vreesde het ergste | vreesden het ergste"
            # ability, not likelihood: "De politie kan bevestigen dat twaalf mensen zijn omgekomen"
            " | kan bevestigen | kunnen bevestigen | kan nu bevestigen | kunnen nu bevestigen"
        ),
        "cue_relatives": _words("die dat wat waarbij waarin"),
        "provisional_things": _phrases(
            "voorlopige hechtenis | voorlopige regering | voorlopig bewind | voorlopige invrijheidstelling"
        ),
    },
    "de": {
        "non_projections": _phrases(
            "befürchtet das schlimmste | befürchten das schlimmste | befürchtete das schlimmste"
            " | befürchteten das schlimmste"
        ),
        "cue_relatives": _words("die der das welche welcher welches denen deren dessen"),
        "provisional_things": _phrases(
            "vorläufige regierung | vorläufigen regierung | vorläufige festnahme | vorläufigen festnahme"
        ),
        "assume_verbs": _words("gehen geht ging gingen gehe"),  # "er gehe von … aus" (guide, round 14)
        "assume_preps": _words("von vom davon"),
        "assume_particles": _words("aus"),
    },
    "fr": {
        "non_projections": _phrases(
            "craint pour | craignent pour | craindre pour | craint le pire | craignent le pire | craindre le pire"
            " | redoute le pire | redoutent le pire"
        ),
        "cue_relatives": _words("qui dont lequel laquelle lesquels lesquelles"),
        "provisional_things": _phrases(
            "détention provisoire | liberté provisoire | gouvernement provisoire | autorités provisoires"
            " | conseil provisoire"
        ),
    },
    "es": {
        "non_projections": _phrases(
            "teme por | temen por | se teme por | teme lo peor | temen lo peor | se teme lo peor"
        ),
        "cue_relatives": _words("que quien quienes cuyo cuya cuyos cuyas"),
        "provisional_things": _phrases(
            "prisión provisional | libertad provisional | gobierno provisional | detención provisional"
            # session 13 (status7): the Latin American spelling, now a preliminary cue too
            " | prisión provisoria | libertad provisoria | detención provisoria | gobierno provisorio"
        ),
    },
}

#: English "yet to be", "still to be" before a verb of finding: "four people that had yet to be found" (en-d97aae66-3)
#: are still missing, not found again (``located_cues``).
NOT_YET_OPENERS: frozenset[str] = frozenset({"yet", "still"})
