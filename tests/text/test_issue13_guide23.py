"""Session 20 (issue 13): the metric, figure and status words the labelling guide's rounds 13-15 decided.

Each row pins one of the guide's word decisions (tests/data/news/README.md, "Decisions taken in the thirteenth /
fourteenth / fifteenth round") in the languages the language data now reads it in (casualtylog/text/lang/
_guide_round_words.py); the phrases are made up to pin the vocabulary, with the dev sentence that showed the gap
named where there is one, and each family has a same-surface phrase that must keep its old reading.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim, claims_of


def _statuses(text: str, language: str) -> list[str]:
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return sorted({x.claim.status.value for x in found})


# -- metrics (rounds 13-15) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # round 13: treated and released is injured (en-1d484a29-6, dev)
        ("Seven people were treated and released.", "en", [("injured", None, "7")]),
        ("Seven hostages were released.", "en", []),
        # round 13: eye irritation, a transfer to a medical centre; staying with relatives is displaced
        ("Twelve people were treated for eye irritation.", "en", [("injured", None, "12")]),
        ("Twelve people were transferred to a medical centre.", "en", [("injured", None, "12")]),
        ("Some 400 people are staying with relatives.", "en", [("displaced", None, "about 400")]),
        ("Some 400 people are staying at hotels.", "en", []),
        # round 14: "sent to hell" in an army's statement is a death
        ("The army said 12 terrorists were sent to hell.", "en", [("killed", "terrorists", "12")]),
        ("The army said 12 letters were sent to the families.", "en", []),
        # round 15: fatal injuries are a death, injuries alone an injury
        ("Two people received fatal injuries.", "en", [("killed", None, "2")]),
        ("Two people received injuries.", "en", [("injured", None, "2")]),
        ("Dos personas sufrieron heridas mortales.", "es", [("killed", None, "2")]),
        ("Dos personas sufrieron heridas leves.", "es", [("injured", None, "2")]),
        ("Twee mensen liepen dodelijke verwondingen op.", "nl", [("killed", None, "2")]),
        ("Twee mensen liepen kritieke verwondingen op.", "nl", [("injured", None, "2")]),
        # round 14: houses lost are displaced (as the other four languages already read it)
        ("Zo'n 300 mensen verloren hun huis.", "nl", [("displaced", None, "about 300")]),
        ("Zo'n 300 mensen verloren hun baan.", "nl", []),
        # round 14: brought to safety is evacuated (as *in Sicherheit gebracht*, *in veiligheid gebracht*)
        ("About 300 people were brought to safety.", "en", [("evacuated", None, "about 300")]),
        ("Quelque 300 personnes ont été mises en sécurité.", "fr", [("evacuated", None, "about 300")]),
        ("Unas 300 personas fueron puestas a salvo.", "es", [("evacuated", None, "about 300")]),
        ("About 300 people were brought to the stadium.", "en", []),
        # round 14: people brought out of a building are rescued (nl-10b15f3d-6, dev)
        ("Een paar anderen werden door collega's uit het gebouw gehaald.", "nl", [("rescued", None, "a few")]),
        ("Twelve people were brought out of the building.", "en", [("rescued", None, "12")]),
        ("Zwölf Menschen wurden aus dem Gebäude geholt.", "de", [("rescued", None, "12")]),
        # round 13: *Le sort de … demeure inconnu* is missing (fr-643915ca-3, dev)
        ("Le sort de plus de 40 personnes demeure inconnu.", "fr", [("missing", None, "more than 40")]),
        ("L'identité des 12 victimes reste inconnue.", "fr", []),
    ],
)
def test_guide23_metric_words(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- figures (rounds 13-14) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # round 14: *goed zestig* is more than 60 (nl-96f84aa4-2, dev), as German *gut* and English "a good"
        ("Goed zestig mensen raakten zwaargewond.", "nl", [("injured", None, "more than 60")]),
        ("A good sixty people were injured.", "en", [("injured", None, "more than 60")]),
        ("Zestig mensen raakten gewond, het gaat goed met de meesten.", "nl", [("injured", None, "60")]),
        # round 14: "upto 45" is at most 45, as "up to 45"
        ("Upto 45 people were killed.", "en", [("killed", None, "at most 45")]),
        # round 13: *verschillende* people are several (nl-4a7bf867-2, dev); different accidents or parts are no count
        (
            "Naast tientallen doden zijn er ook nog verschillende mensen vermist.",
            "nl",
            [("killed", None, "tens"), ("missing", None, "several")],
        ),
        (
            "Volgens de autoriteiten zijn 43 mensen gewond geraakt bij verschillende ongelukken.",
            "nl",
            [("injured", None, "43")],
        ),
        (
            "Ook daar zijn in verschillende delen van het land tientallen mensen om het leven gekomen.",
            "nl",
            [("killed", None, "tens")],
        ),
        # round 15: an ordinal death with an indefinite article is one more (+1); a definite ordinal is no count, and
        # an ordinal of another metric stays plain ("Another and more", case 2)
        ("A fifth visitor died on Sunday.", "en", [("killed", None, "+1")]),
        ("The fourth worker died on Sunday.", "en", []),
        ("A second person was injured.", "en", [("injured", None, "1")]),
        # round 13: *muy por encima de los 200.000* is more than 200000 (es-ed7767cf-6, dev)
        ("Hubo por encima de 200 muertos.", "es", [("killed", None, "more than 200")]),
    ],
)
def test_guide23_figure_words(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- statuses (rounds 13-15) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims", "statuses"),
    [
        # round 13: *constatado*, *corroborés* are confirmed (es-f61973f2-1, es-f61973f2-6, dev)
        ("Se ha constatado la muerte de 12 personas.", "es", [("killed", None, "12")], ["confirmed"]),
        (
            "A los 226 muertos constatados se suman 594 heridos.",
            "es",
            [("injured", None, "594"), ("killed", None, "226")],
            ["confirmed", "reported"],
        ),
        ("Douze morts ont été corroborés.", "fr", [("killed", None, "12")], ["confirmed"]),
        # round 13: *estará muy por encima de* is more than ... projected
        (
            "Puedo decir que estará muy por encima de los 200.000 muertos, dijo el alto comisionado.",
            "es",
            [("killed", None, "more than 200000")],
            ["projected"],
        ),
        # round 14: "not definitive", *tras la primera revisión* are preliminary; round 15: *la cifra que inició con*
        ("The figure is not definitive: 12 people died.", "en", [("killed", None, "12")], ["preliminary"]),
        ("Tras la primera revisión, 12 personas murieron.", "es", [("killed", None, "12")], ["preliminary"]),
        ("La cifra, que inició con 18 muertos, subió a 30.", "es", [("killed", None, "18")], ["preliminary"]),
        # round 14: *er gehe von … aus* is projected; *geschätzt* stays reported (an estimating verb still projects)
        ("Man gehe von zwölf Toten aus, sagte ein Sprecher.", "de", [("killed", None, "12")], ["projected"]),
        ("Die Zahl der Toten wird auf 12 geschätzt.", "de", [("killed", None, "12")], ["reported"]),
        ("Die Behörden schätzen die Zahl der Toten auf 12.", "de", [("killed", None, "12")], ["projected"]),
        # round 15: "seemingly", *Nach menschlichem Ermessen* are projected
        ("Twelve people were seemingly killed.", "en", [("killed", None, "12")], ["projected"]),
        ("Nach menschlichem Ermessen sind die 5 Vermissten tot.", "de", [("missing", None, "5")], ["projected"]),
        ("Nach Angaben der Polizei sind 5 Menschen vermisst.", "de", [("missing", None, "5")], ["reported"]),
    ],
)
def test_guide23_status_words(text: str, language: str, claims: list[Claim], statuses: list[str]) -> None:
    assert claims_of(text, language) == claims
    assert _statuses(text, language) == statuses
