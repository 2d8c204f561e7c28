"""Session 13 (``kinds13``, issue 13): the recurring kinds of failure that two halves of fresh text shared.

Made-up sentences of each shape beside same-surface negatives (numbers that are no count, or no count of
this toll); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim, claims_of

# -- the earlier figure of a toll dated the day before; a verb-final toll before it ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "The number of wounded fell to 20, down from 35 a day earlier.",
            "en",
            [("injured", None, "20"), ("injured", None, "35")],
        ),
        (
            "The death toll climbed to 61, up from 48 the day before.",
            "en",
            [("killed", None, "48"), ("killed", None, "61")],
        ),
        ("Le bilan s'élève à 61 morts, contre 48 la veille.", "fr", [("killed", None, "48"), ("killed", None, "61")]),
        (
            "Die Zahl der Toten ist auf 61 gestiegen, nach zuvor 48.",
            "de",
            [("killed", None, "48"), ("killed", None, "61")],
        ),
        (
            "Die Zahl der Verletzten stieg auf 61, nach zuvor 48 am Vortag.",
            "de",
            [("injured", None, "48"), ("injured", None, "61")],
        ),
        (
            "La cifra de muertos subió a 61, frente a los 48 del día anterior.",
            "es",
            [("killed", None, "48"), ("killed", None, "61")],
        ),
        (
            "Het dodental steeg naar 61, tegenover 48 een dag eerder.",
            "nl",
            [("killed", None, "48"), ("killed", None, "61")],
        ),
    ],
)
def test_earlier_figure_of_the_day_before(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # a year or a week back is another event's time, as before
        ("The death toll climbed to 61, up from 48 a year earlier.", "en", [("killed", None, "61")]),
        ("Le bilan s'élève à 61 morts, contre 48 l'an dernier.", "fr", [("killed", None, "61")]),
        ("The death toll climbed to 61, up from 48 a week earlier.", "en", [("killed", None, "61")]),
        # no toll before: figures of things
        ("Sales fell to 20 million, down from 35 a day earlier.", "en", []),
        ("Der Umsatz ist auf 61 Millionen gestiegen, nach zuvor 48.", "de", []),
        ("De omzet steeg naar 61 miljoen, tegenover 48 een dag eerder.", "nl", []),
        ("El precio subió a 61 euros, frente a los 48 del día anterior.", "es", []),
        # a day before with no earlier figure's cue is another event's time
        ("A day earlier, 48 people were killed in a separate attack.", "en", []),
    ],
)
def test_earlier_figure_of_no_count_or_another_time(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a toll revised in a chain of steps --------------------------------------------------------------------------


def _with_status(text: str, language: str) -> list[tuple[str, str, str]]:
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return sorted((x.claim.metric, str(x.claim.figure), x.claim.status.value) for x in found)


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        ("The number of dead was initially put at six then raised to 11 and finally lowered to nine.", "en", "killed"),
        (
            "The number of missing was initially put at six, then revised to 11 and finally cut to nine.",
            "en",
            "missing",
        ),
        (
            "Die Zahl der Toten wurde zunächst mit sechs angegeben, dann auf 11 erhöht und schließlich auf neun gesenkt.",
            "de",
            "killed",
        ),
        (
            "Le nombre de morts a été initialement fixé à six, puis relevé à 11 et enfin ramené à neuf.",
            "fr",
            "killed",
        ),
        (
            "Het dodental werd aanvankelijk op zes gezet, daarna verhoogd naar 11 en uiteindelijk verlaagd naar negen.",
            "nl",
            "killed",
        ),
        (
            "La cifra de muertos fue inicialmente de seis, luego elevada a 11 y finalmente rebajada a nueve.",
            "es",
            "killed",
        ),
    ],
)
def test_chain_of_revisions(text: str, language: str, metric: str) -> None:
    # the first figure alone is preliminary: each step after "then" is the revised toll
    assert _with_status(text, language) == [
        (metric, "11", "reported"),
        (metric, "6", "preliminary"),
        (metric, "9", "reported"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("Twelve people were injured and the budget was then raised to 40.", "en", [("injured", None, "12")]),
        ("The death toll stood at six, then the fund was raised to 11 million.", "en", [("killed", None, "6")]),
        ("Le bilan était de six morts, puis le prix a été relevé à 11 euros.", "fr", [("killed", None, "6")]),
        ("Sechs Menschen starben, dann wurde der Preis auf 11 Euro erhöht.", "de", [("killed", None, "6")]),
        ("Zes mensen kwamen om en daarna werd de prijs verhoogd naar 11 euro.", "nl", [("killed", None, "6")]),
        ("Seis personas murieron y luego el precio fue elevado a 11 euros.", "es", [("killed", None, "6")]),
        ("The price was initially put at six dollars, then raised to 11.", "en", []),
    ],
)
def test_chain_step_of_no_count(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- people found alive, named by their state after the count ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        (
            "Rescuers found eight people, five dead and three alive.",
            "en",
            [("killed", None, "5"), ("rescued", None, "3")],
        ),
        ("Rescuers found two children alive in the rubble.", "en", [("rescued", "children", "2")]),
        (
            "Les secours ont retrouvé huit personnes, cinq mortes et trois vivantes.",
            "fr",
            [("killed", None, "5"), ("rescued", None, "3")],
        ),
        (
            "Die Retter fanden acht Menschen, fünf tot und drei lebend.",
            "de",
            [("killed", None, "5"), ("rescued", None, "3")],
        ),
        (
            "Reddingswerkers vonden acht mensen, vijf dood en drie levend.",
            "nl",
            [("killed", None, "5"), ("rescued", None, "3")],
        ),
        (
            "Los equipos han encontrado a ocho, cinco muertas y otras tres vivas.",
            "es",
            [("killed", None, "5"), ("rescued", None, "3")],
        ),
        ("Los bomberos encontraron a dos niños vivos.", "es", [("rescued", "children", "2")]),
    ],
)
def test_found_alive_in_a_list(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # alive with no verb of finding: a state, no rescue
        ("Three of the wounded are still alive.", "en", [("injured", None, "3")]),
        ("Tres de los heridos siguen vivos.", "es", [("injured", None, "3")]),
        # animals and things found alive are no people
        ("Rescuers found three cats alive.", "en", []),
        ("Die Retter fanden drei Katzen lebend.", "de", []),
        ("Los equipos encontraron tres perros vivos.", "es", []),
        # a verb of finding in another sentence does not reach
        ("Rescuers found the car. Two passengers were alive when the ambulance came.", "en", []),
    ],
)
def test_alive_without_a_finding(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a change's origin dated month first, then "to" and the new total --------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The death toll rose from 12 on May 3 to 19.", [("killed", None, "12"), ("killed", None, "19")]),
        ("The number of injured rose from 12 as of May 3 to 19.", [("injured", None, "12"), ("injured", None, "19")]),
        # no count before the month: a range of days, as before
        ("The exhibition runs from May 3 to 19.", []),
        ("Between May 3 and 19, 40 people were killed.", [("killed", None, "40")]),
        ("Prices rose from 12 on May 3 to 19.", []),
    ],
)
def test_dated_origin_month_first(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- officials of a business, arrested or hurt ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Police have arrested four construction company officials.", [("detained", "officials", "4")]),
        ("Four factory officials were injured in the blast.", [("injured", "officials", "4")]),
        # officials alone, and officials who speak, stay none
        ("Police arrested four officials.", []),
        ("Four company officials said the site was safe.", []),
        # session 14 (fresh9en): workers are the group "workers", as every dev label has them
        ("Nine workers died, company officials said.", [("killed", "workers", "9")]),
    ],
)
def test_business_officials(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "en") == claims


# -- a day before that dates a report, not another event ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        ("That is nearly double the 21 deaths the agency reported a day earlier.", "en", [("killed", None, "21")]),
        (
            "Dat is bijna het dubbele van de 21 doden die de organisatie een dag eerder meldde.",
            "nl",
            [("killed", None, "21")],
        ),
        ("Le ministère avait annoncé la veille la mort de 21 personnes.", "fr", [("killed", None, "21")]),
        ("Das Ministerium meldete am Vortag 21 Tote.", "de", [("killed", None, "21")]),
        ("El ministerio informó el día anterior de 21 muertos.", "es", [("killed", None, "21")]),
        # no verb of saying beside it: another event's day, as before
        ("A day earlier, 21 people were killed in a separate attack.", "en", []),
        ("The day before, a blast killed 21 people.", "en", []),
        ("A day earlier, officials said, 21 people were killed in a separate attack.", "en", []),
    ],
)
def test_day_before_dating_a_report(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
