"""Session 21 (issue 13): false alarms on new text, ranked by dev batches 16 and 15.

Each family is pinned by dev sentences of the real-news corpus (ids cited, copied from
tests/data/news/*.dev.jsonl), with same-surface sentences that must keep their claims.
"""

from __future__ import annotations

import pytest

from tests.text._read import Claim, claims_of

# -- a clause opened by a bare date and told in the pluperfect: another, earlier event (_dated_backgrounds) ---------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # fr-c41c6469-4 (dev batch 16): a weekday, then the pluperfect
        (
            "Jeudi, sept soldats avaient été tués, toujours dans l’ouest du pays et cinq autres dans un accident de la"
            " circulation en réponse à cette attaque.",
            "fr",
        ),
        # fr-c41c6469-5 (dev batch 16): the middle of a month
        (
            "Mi-août, au moins 17 soldats nigériens avaient été tués et 20 blessés dans une attaque de djihadistes"
            " présumés perpétrée près de la frontière entre le Niger et le Burkina Faso.",
            "fr",
        ),
        # fr-c94b4005-4 (dev batch 15): a day and a month
        (
            "Le 25 juillet, 14 civils avaient été tués dans le village de Wiyé, et trois jours plus tard, le 28 juillet,"
            " 19 personnes avaient été massacrées dans le village de Dèye Koukou, dans le même département de"
            " Banibangou, selon les autorités.",
            "fr",
        ),
        # es-c3400713-4 (dev batch 16): the clause after a colon, a month and a year
        (
            "El centro penitenciario es escenario recurrente de violencia: en septiembre de 2025, un motín en el mismo"
            " penal ya había dejado al menos 31 muertos, lo que evidencia la persistencia de la crisis carcelaria en"
            " Ecuador.",
            "es",
        ),
        # the shape of fr-35b1b01e-4 (dev batch 5), which other cues already leave out
        ("Samedi, au moins quarante civils avaient été tués lors de trois attaques.", "fr"),
        ("El lunes, un motín había dejado 12 muertos en el mismo penal.", "es"),
    ],
)
def test_dated_pluperfect_clause_is_another_event(text: str, language: str) -> None:
    assert claims_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # the report's own tense after the same opener
        ("Jeudi, sept soldats ont été tués.", "fr", [("killed", "soldiers", "7")]),
        ("El martes, un motín dejó al menos 31 muertos.", "es", [("killed", None, "at least 31")]),
        # fr-0ef319fe-2 (dev batch 16): an hour of the same rescue, no bare date
        (
            "Jeudi à 14H10, les secouristes avaient retrouvé les corps de 18 victimes du glissement de terrain qui"
            " s'est produit mercredi matin dans le village de Sanxi de la ville de Dujiangyan, a-t-on appris des"
            " sources du Comité du Parti communiste chinois pour la ville.",
            "fr",
            [("killed", None, "18")],
        ),
        # fr-ed9e2356-3 (dev batch 6): "as of" a day, a running toll
        (
            "Au 23 septembre, les inondations avaient fait 339 morts, 383 blessés et 1 176 528 sinistrés, d’après la"
            " Protection civile nigérienne citée par l’ANP.",
            "fr",
            [("displaced", None, "1176528"), ("injured", None, "383"), ("killed", None, "339")],
        ),
        # a verb of saying before the pluperfect: the report's own event, said
        ("Jeudi, le ministère a annoncé que 13 personnes avaient été tuées.", "fr", [("killed", None, "13")]),
    ],
)
def test_dated_opener_keeps_the_report_s_own_event(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- Dutch "vast" with a place's preposition right by it: trapped there, no arrest (_trapped_places.stuck_in_place) --


@pytest.mark.parametrize(
    "text",
    [
        # nl-eaac99fa-5 (dev batch 15)
        "“We zitten met een paar honderd mensen vast in de haven en weten niet hoe we geëvacueerd gaan worden”,"
        " getuigt de Vlaming Peter Degheldere aan VTM NIEUWS.",
        # nl-9f15373c-1 (dev batch 16)
        "Zo kwamen in Lippstadt, nabij Paderborn, meer dan honderd mensen vast te zitten in een buitenzwembad omdat de"
        " uitgang geblokkeerd was door een omgevallen boom.",
        # nl-8353fae3-6 (dev batch 14) and nl-013239dd-2 (dev batch 5), read by the listed places before
        "Meer dan 100 mensen zitten nog vast in het gebouw.",
        "Zeven anderen zouden nog in de mijn vastzitten.",
        "Twintig reizigers zitten vast op het station.",
    ],
)
def test_stuck_by_a_place_is_trapped(text: str) -> None:
    assert claims_of(text, "nl") == []


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # nl-09e0bcd4-4 (dev batch 15): the place opens the clause, far from "vastzitten": an arrest
        (
            "In Den Bosch werden 52 verdachten aangehouden, van wie er nog 50 vastzitten.",
            [("detained", "suspects", "50"), ("detained", "suspects", "52")],
        ),
        # nl-5c6c417c-2 (dev batch 1): no place
        ("Nog acht personen zitten vast voor openbare geweldpleging.", [("detained", None, "8")]),
        # custody's words after the preposition
        ("Nog acht personen zitten vast in de cel.", [("detained", None, "8")]),
        ("Nog acht personen zitten vast in verband met de rellen.", [("detained", None, "8")]),
    ],
)
def test_stuck_in_custody_stays_detained(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "nl") == claims


# -- bodies identified or seen in images: handled, no toll (_handled_bodies) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # en-6273e060-3 (dev batch 11)
        (
            "President Juan Manuel Santos said Sunday that 29 bodies have been identified and he sent condolences to"
            " the families.",
            "en",
        ),
        # nl-85fd8254-3 (dev batch 15)
        (
            "Inmiddels zijn zeven of acht lichamen geïdentificeerd, maar het zal nog een tijdje duren voor alle"
            " dodelijke slachtoffers bekend zijn, aangezien voor sommigen DNA-analyse nodig is.",
            "nl",
        ),
        # en-838dca3f-5 (dev batch 15)
        ("It shared photos of dozens of bodies wrapped for burial in an open square among large crowds of men.", "en"),
        # nl-996e9b1e-2 (dev batch 16)
        (
            "Persbureau AFP meldt dat op eigen beelden te zien is dat zeker 47 lichamen onder het puin vandaan gehaald worden.",
            "nl",
        ),
        # es-f10b3624-3 (dev batch 10)
        (
            "A su lado había varios cuerpos cubiertos con sábanas y colchas, según imágenes compartidas por la Policía"
            " Vial del estado Oaxaca.",
            "es",
        ),
    ],
)
def test_bodies_identified_or_shown_are_no_toll(text: str, language: str) -> None:
    assert claims_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-b79ea2fc-4 (dev batch 13): identified with the recovery, whose count it is
        (
            "Three bodies have been recovered and identified so far, Sushma Satpute the sub-divisonal magistrate of"
            " Raigad district told CNN.",
            "en",
            [("killed", None, "3")],
        ),
        # en-e8967919-6 (dev batch 6): the recovered bodies, then a part identified
        (
            "Nineteen bodies have been recovered, of whom three have been identified, Mr. Badal said.",
            "en",
            [("killed", None, "19")],
        ),
        # a photographer is a witness, not an image (en-7a26a98d-5, dev batch 12)
        (
            "An Associated Press photographer saw the bodies of at least 10 foreigners from the fire at the police"
            " morgue.",
            "en",
            [("killed", "foreigners", "at least 10")],
        ),
        # fr-3c96f404-3 (dev batch 13)
        (
            "Une dizaine de corps ont été extraits des ruines, selon un photographe de l'AFP.",
            "fr",
            [("killed", None, "about 10")],
        ),
    ],
)
def test_bodies_found_stay_a_toll(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a weekday marked as past opening the sentence: an earlier day's event (_earlier_spans) --------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # es-abdb401e-3 (dev batch 16)
        (
            "El lunes pasado, un cuádruple choque en una vía paralela a la costa del Pacífico dejó 38 muertos y 84"
            " heridos.",
            "es",
        ),
        # nl-0967d666-5 (dev batch 15)
        (
            "Afgelopen zaterdag werden tientallen personen aangehouden in Den Haag, Roermond, het Limburgse Stein en op Urk.",
            "nl",
        ),
        # en-d683f42b-3 (dev batch 7)
        ("Last Sunday, 33 people were killed by lightning in the northern state of Uttar Pradesh.", "en"),
        ("Samedi dernier, trois personnes ont été tuées.", "fr"),
    ],
)
def test_past_weekday_opener_is_an_earlier_day(text: str, language: str) -> None:
    assert claims_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-2acfb991-1 (dev batch 12): the past weekday inside the clause describes the report's own event
        (
            "Le bilan du tremblement de terre de magnitude 7,9 survenu vendredi dernier en Birmanie s’est élevé à au"
            " moins 2.886 morts, a indiqué l’équipe d’information du Conseil d’administration de l’Etat.",
            "fr",
            [("killed", None, "at least 2886")],
        ),
        # nl-8859aa21-2 (dev batch 12): a running count since then
        ("In Polen zijn er sinds vorige vrijdag 23 gestorven door de koude.", "nl", [("killed", None, "23")]),
        # a possessive names the event; a plain weekday is the report's own day
        ("Last Sunday's earthquake killed 300 people.", "en", [("killed", None, "300")]),
        ("On Sunday, 33 people were killed by lightning.", "en", [("killed", None, "33")]),
    ],
)
def test_past_weekday_inside_or_plain_keeps_its_claims(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
