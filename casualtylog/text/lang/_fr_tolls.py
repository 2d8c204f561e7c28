"""French tolls and changes: toll nouns, the cues of a toll's change, preliminary figures, and the
verbs that put a total at a figure.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES
from casualtylog.text.lang._guide_round_words import ROUND_PRELIMINARY
from casualtylog.text.lang._status_words import FIRST_FINDINGS, NOT_FINAL
from casualtylog.text.lang._word_lists import elided
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["PRELIMINARY_CUES", "RAISE_VERBS", "TOLL_CUES", "TOLL_NOUNS"]


TOLL_NOUNS = {
    "bilan": "killed",
    "bilan humain": "killed",
    "bilan des morts": "killed",
    "nombre de morts": "killed",
    "nombre de victimes": "killed",
    "nombre de décès": "killed",
    "nombre de martyrs": "killed",
    "nombre de blessés": "injured",
    "nombre total de morts": "killed",
    "nombre total de victimes": "killed",
    "nombre de disparus": "missing",
    # Session 12 (fres12): the count's own noun ("Le décompte des victimes s'élève à 73")
    "décompte des victimes": "killed",
    "décompte des morts": "killed",
}

TOLL_CUES = elided(
    {
        "s' élève à": "update",
        "s' est alourdi à": "update",
        "est passé à": "update",
        "atteint": "update",
        "a atteint": "update",
        "monté à": "update",
        "est monté à": "update",
        "grimpé à": "update",
        "a grimpé à": "update",
        "passe à": "update",
        "s' alourdit à": "update",
        "à": "update",
        "de": "static",
        "est de": "static",
        "était de": "static",
        ":": "static",
        "fait état de": "static",
        "dépasse": "update",
        "dépassent": "update",
        "dépasse les": "update",
        "dépassent les": "update",
        "a dépassé les": "update",
        "pourrait atteindre": "projected",
        "pourrait s' alourdir à": "projected",
        # Session 13 (fresh7c): the past and the conditional of exceeding, the place's "y" before the verb ("le
        # nombre de morts a dépassé 180", "pourrait y dépasser les 180 dans la soirée"); ``exceed_verbs`` make it
        # "more than"
        **{f"{had} dépassé{les}": "update" for had in ("a", "ont") for les in ("", " les")},
        **{
            f"{may} {there}dépasser{les}": "projected"
            for may in ("pourrait", "pourraient", "devrait", "devraient")
            for there in ("", "y ")
            for les in ("", " les")
        },
    }
)  # "fait état d'au moins 12 morts"

PRELIMINARY_CUES = (
    _phrases(
        "provisoire | provisoires | bilan provisoire | premier bilan | premières informations | préliminaire | préliminaires"
    )
    # session 12 (fresh12): a first figure, later revised ("initially"), is preliminary too
    | FIRST_FIGURE_CUES["fr"]
    # session 13 (status13): the first findings of an inquiry ("according to initial information")
    | FIRST_FINDINGS["fr"]
    | NOT_FINAL["fr"]
)

RAISE_VERBS = _words(
    "porte portent portant porté portée portait porter élève élèvent élevant "
    # verbs that put a total at a figure: "elle estime à 10 000 le nombre de disparus"
    "estime estiment estimé estimait chiffre chiffrent chiffré évalue évaluent évalué "
    # verbs that set or update a total: "a actualisé à 558 le nombre de morts", "fixe à 14 le nombre de …"
    "actualise actualisent actualisé fixe fixent fixé fixait"
)
# "First" after an auxiliary calls a figure preliminary (the guide's "Previous tolls"): "les services de secours avaient
# d'abord annoncé la mort d'une seule victime" (fr-9028d2e4-7); not "tout d'abord", which opens a sentence with no
# auxiliary before it
PRELIMINARY_CUES = PRELIMINARY_CUES | frozenset(
    f"{aux} d' abord" for aux in ("a", "ont", "avait", "avaient", "avaient été", "avait été", "était", "étaient")
)

# The status words the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PRELIMINARY_CUES = PRELIMINARY_CUES | ROUND_PRELIMINARY["fr"]
