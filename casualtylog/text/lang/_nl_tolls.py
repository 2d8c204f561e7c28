"""Dutch tolls and changes: toll nouns, the cues of a toll's change, projected figures.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _nl_shapes as nl6
from casualtylog.text.lang._guide_round_words import ROUND_PROJECTED
from casualtylog.text.lang._missing_lists import MISSING_LISTS
from casualtylog.text.lang._status_words import ASSUMING

__all__ = ["PROJECTED_CUES", "TOLL_CUES", "TOLL_NOUNS"]


TOLL_NOUNS = {
    "dodental": "killed",
    "dodentol": "killed",
    "dodenaantal": "killed",
    "aantal doden": "killed",
    "aantal dodelijke slachtoffers": "killed",
    "aantal gewonden": "injured",
    "aantal vermisten": "missing",
    "aantal aanhoudingen": "detained",
    "aantal arrestaties": "detained",
    # Session 11 (nl11): "Het aantal ontheemden/vluchtelingen is opgelopen tot 3,5 miljoen"
    "aantal ontheemden": "displaced",
    "aantal vluchtelingen": "displaced",
}

TOLL_CUES = {
    "steeg naar": "update",
    "steeg tot": "update",
    # Session 12 (rec12): "Het aantal ontheemden bereikte (vrijdag) 40.000"
    "bereikte": "update",
    "gestegen naar": "update",
    "gestegen tot": "update",
    "opgelopen tot": "update",
    "opgelopen naar": "update",
    "liep op tot": "update",
    "op tot": "update",
    "op naar": "update",
    "liep op naar": "update",
    "loopt op tot": "update",
    "komt op": "update",
    # Session 11 (nl11): "Het dodental komt daarmee op 63", "Het aantal doden is verdubbeld tot 48"
    "komt daarmee op": "update",
    "kwam daarmee op": "update",
    "verdubbeld tot": "update",
    "verdubbeld naar": "update",
    # a toll "lying" about a figure ("ligt rond de 90": "ligt op" was listed); not "is met 12 gestegen", whose
    # verb closes the clause ("is met 12 gedaald" is no increment)
    "ligt": "static",
    "is nu": "update",
    # Session 11 (nl13): "inmiddels" and the Flemish "intussen" (by now) between the toll and its figure
    # ("Het aantal gewonden is inmiddels 64"); "nu" before a qualifier ("ligt nu boven de 5000")
    "is inmiddels": "update",
    "is intussen": "update",
    "staat intussen op": "static",
    "ligt nu": "static",
    "ligt inmiddels": "static",
    "naar": "update",
    "van": "static",
    "bedraagt": "static",
    "bedroeg": "static",
    "staat op": "static",
    "stond op": "static",
    "ligt op": "static",
    "op": "static",
    "is": "static",
    "was": "static",
    ":": "static",
    "oplopen tot": "projected",
    "oplopen naar": "projected",
    "stijgen tot": "projected",
    "stijgen naar": "projected",
    "steeg met": "increment",
    "gestegen met": "increment",
    "opgelopen met": "increment",
    "liep op met": "increment",
    **nl6.DOWN_TOLL_CUES,
}

PROJECTED_CUES = frozenset(
    # Reportive "zou/zouden" ("er zouden 60 mensen gewond zijn geraakt") reports, it does not project.
    {
        # An estimate of a toll projects it ("raamde het uiteindelijke dodental op 45.000").
        "raamde",
        "raamt",
        "ramen",
        "schatte",
        "schatten",
        "geschat",
        "gevreesd",
        "vreest",
        "vrezen",
        "kan",
        "kunnen",
        "mogelijk",
        "vermoedelijk",
        "wellicht",
        "verwacht",
        "verwachte",
    }
)
# Session 13 (status13): presumed, assumed, possible, suspected ("believed dead", "gehen vom Tod … aus")
PROJECTED_CUES |= ASSUMING["nl"]
# The list of the missing ("de lijst van vermisten")
TOLL_NOUNS = {**TOLL_NOUNS, **dict.fromkeys(MISSING_LISTS["nl"], "missing")}

# The status words the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PROJECTED_CUES = PROJECTED_CUES | ROUND_PROJECTED["nl"]
