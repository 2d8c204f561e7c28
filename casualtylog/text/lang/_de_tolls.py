"""German tolls and changes: toll nouns, the cues of a toll's change, projected and preliminary
figures, and one more victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES
from casualtylog.text.lang._guide_round_words import ROUND_PRELIMINARY, ROUND_PROJECTED
from casualtylog.text.lang._status_words import ASSUMING, FIRST_FINDINGS, NOT_FINAL
from casualtylog.text.lang._word_lists import phrases as _phrases

__all__ = ["ANOTHER_AFTER_ARTICLE", "PRELIMINARY_CUES", "PROJECTED_CUES", "TOLL_CUES", "TOLL_NOUNS"]


TOLL_NOUNS = {
    "zahl der toten": "killed",
    "zahl der todesopfer": "killed",
    "opferzahl": "killed",
    # victims in a toll are the dead (the corpus guide), as the compound "Opferzahl"
    "zahl der opfer": "killed",
    "totenzahl": "killed",
    "zahl der verletzten": "injured",
    "zahl der vermissten": "missing",
    # Session 12 (rec12): the running count of the displaced, as Dutch "aantal ontheemden" and English "number of IDPs"
    "zahl der vertriebenen": "displaced",
    "zahl der binnenvertriebenen": "displaced",
}

TOLL_CUES = {
    "stieg auf": "update",
    # Session 12 (rec12): "Die Zahl der Vertriebenen erreichte (am Freitag) 40.000"
    "erreichte": "update",
    "ist auf": "update",
    "gestiegen auf": "update",
    "erhöhte sich auf": "update",
    "hat sich auf": "update",
    "auf": "update",
    "liegt bei": "static",
    "lag bei": "static",
    "beträgt": "static",
    "betrug": "static",
    # session 12 (fresh12): the Konjunktiv I of reported speech, as news reports a source ("liege bei 34")
    "liege bei": "static",
    "betrage": "static",
    "von": "static",
    # "gab die Totenzahl mit 43 an", "hatte die Totenzahl zuvor mit 43 angegeben": a total put at a number.
    "mit": "static",
    ":": "static",
    "könnte auf": "projected",
    "dürfte auf": "projected",
    "stieg um": "increment",
}

PROJECTED_CUES = _phrases(
    "befürchtet | befürchten | könnte | könnten | dürfte | dürften | wahrscheinlich"
    # An estimate of a toll projects it ("schätzen die Opferzahl auf etwa 400"); not the participle *geschätzt*, which
    # the guide's round 14 leaves reported (a figure given as estimated, no dev claim read it otherwise)
    " | schätzen | schätzt | schätzte | schätzten"
    # Expected and reckoned with: "Mehrere tausend Opfer werden erwartet", "man rechnet mit bis zu 100 Toten".
    " | erwartet | erwarten | rechnen mit | rechnet mit | gerechnet"
)
# Session 13 (status13): presumed, assumed, possible, suspected ("believed dead", "gehen vom Tod … aus")
PROJECTED_CUES |= ASSUMING["de"]
# A past tense of fearing ("befürchtete weitere 10.000 Tote"), and "expected" as an adverb ("sind voraussichtlich
# 11.000 Tote zu beklagen")
PROJECTED_CUES |= _phrases("befürchtete | befürchteten | voraussichtlich | voraussichtliche | voraussichtlichen")

PRELIMINARY_CUES = (
    _phrases("vorläufig | vorläufige | vorläufiger | vorläufigen | ersten angaben | ersten berichten")
    # session 12 (fresh12): a first figure, later revised ("initially"), is preliminary too
    | FIRST_FIGURE_CUES["de"]
    # session 13 (status13): the first findings of an inquiry ("according to initial information")
    | FIRST_FINDINGS["de"]
    | NOT_FINAL["de"]
)

# "ein weiterer Mann", and an ordinal after "ein": "ein fünftes Todesopfer" is one more (+1).
ANOTHER_AFTER_ARTICLE = frozenset(
    {"weiterer", "weitere", "weiteres", "weiteren"}
    | {
        stem + ending
        for stem in ("zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt")
        for ending in ("er", "es", "e", "en")
    }
)

# Words of likelihood make a count projected, as "vermutlich" does: "wahrscheinlich", and "wohl" right after an
# auxiliary of the count's verb ("Mindestens 18 Menschen sind wohl bereits gestorben", de-4ce3624e-1); "Bei den
# Verletzten handelt es sich wohl um vier Jungen" hedges who they are, not the count
_AUXILIARIES = ("ist", "sind", "war", "waren", "wurde", "wurden", "sei", "seien", "wäre", "wären", "hat", "haben")
PROJECTED_CUES |= frozenset({"wahrscheinlich", *(f"{aux} wohl" for aux in _AUXILIARIES)})
# First reports call a figure preliminary (the guide's "Previous tolls": only a word of first, initial, early or
# provisional does): "In ersten Meldungen war von 3 verletzten Bewohnern … die Rede" (de-6d044565-2)
PRELIMINARY_CUES = PRELIMINARY_CUES | _phrases(
    "erste meldungen | ersten meldungen | ersten medienberichten | erste medienberichte"
)

# The status words the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PROJECTED_CUES = PROJECTED_CUES | ROUND_PROJECTED["de"]
PRELIMINARY_CUES = PRELIMINARY_CUES | ROUND_PRELIMINARY["de"]
