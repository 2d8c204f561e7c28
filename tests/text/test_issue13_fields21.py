"""Session 20 (fields21, issue 13): claims read with a wrong field, and spurious claims, ranked by dev batch 13.

Each family is pinned by dev sentences of the real-news corpus (ids cited, copied from tests/data/news/*.dev.jsonl),
with same-surface shapes that must keep their old reading (the precision side).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim, claims_of

# -- a bare count takes the group of the count before it (_more_of_them, _tally_lists, _antecedents) -------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-2f07c0b7-4 (dev batch 13): the object of a second gerund after "and"
        (
            "The other blast took place Saturday afternoon at a small bus station in central Baghdad, killing two"
            " civilians and wounding nine.",
            "en",
            [("injured", "civilians", "9"), ("killed", "civilians", "2")],
        ),
        # fr-6d965e78-1 (dev batch 5): a tally item after a comma, its auxiliaries written out
        (
            "Quatre randonneurs sont morts, cinq ont été blessés et un est toujours porté disparu, après une avalanche"
            " dans les Alpes suisses.",
            "fr",
            [("injured", "hikers", "5"), ("killed", "hikers", "4"), ("missing", "hikers", "1")],
        ),
        # en-a063c29b-2 (dev batch 11): "others" after a whole of two groups are of them all, no group
        (
            "Among the victims were 4 women and 10 children, with 17 others injured and taken to hospitals.",
            "en",
            [("injured", None, "17"), ("killed", "children", "10"), ("killed", "women", "4")],
        ),
        # de-067cf78b-4 (dev batch 6): a tally item with its auxiliary after a whole of two groups: no group
        (
            "Auf der israelischen Seite kamen 64 Soldaten und drei Zivilisten ums Leben, Hunderte wurden verletzt.",
            "de",
            [("injured", None, "hundreds"), ("killed", "civilians", "3"), ("killed", "soldiers", "64")],
        ),
        # same surface: one group before the gerund's object keeps the group
        (
            "The blast hit a market, killing four soldiers and wounding six.",
            "en",
            [("injured", "soldiers", "6"), ("killed", "soldiers", "4")],
        ),
    ],
)
def test_fields21_bare_counts_take_the_group_before(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # a noun after the gerund's count names its own people
        (
            "The blast hit a market, killing four soldiers and wounding six civilians.",
            "en",
            [("injured", "civilians", "6"), ("killed", "soldiers", "4")],
        ),
        # a clause after the comma that is no tally item ("…, 12 blessés graves selon la police" is one; a verb of
        # saying is not a casualty word)
        (
            "Quatre randonneurs sont morts, deux ont déclaré qu'ils avaient vu la coulée.",
            "fr",
            [("killed", "hikers", "4")],
        ),
    ],
)
def test_fields21_bare_counts_keep_their_own_reading(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a bare count after a tally item that counts things (_thing_tallies) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-bd97918f-4 (dev batch 13): homes, schools and fields destroyed and affected
        (
            "Se reporta, además, 33 fallecidos y 14 personas desaparecidas, 10 mil 87 viviendas destruidas, 28 mil 894"
            " afectadas, diez instituciones educativas destruidas y 134 afectadas, 29 mil 671 campos de cultivos"
            " destruidos y 61 mil 405 afectados.",
            "es",
            [("killed", None, "33"), ("missing", None, "14")],
        ),
        # es-76113f5c-4 (dev batch 11): a noun of people made homeless after the homes: still displaced
        (
            "La zona más perjudicada por los siniestros es la de la Araucanía, donde se registraron 29 viviendas"
            " destruidas, 51 damnificados y dos personas fallecidas.",
            "es",
            [("displaced", None, "51"), ("killed", None, "2")],
        ),
        # same surface: the item before counts people, so the bare count does too
        (
            "Se reporta 14 personas desaparecidas, 28 afectadas.",
            "es",
            [("affected", None, "28"), ("missing", None, "14")],
        ),
        # the dead after a thing item keep their reading: only metrics things share with people are left out
        (
            "Las lluvias dejaron 20 viviendas destruidas y 3 muertos.",
            "es",
            [("killed", None, "3")],
        ),
    ],
)
def test_fields21_tallied_things(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- an injured subject whose clause's verb is one of dying (_died_of_wounds) -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-5cb4f910-5 (dev batch 13)
        ("“Six of the injured people succumbed to injuries in the hospital today”.", "en", [("killed", None, "6")]),
        # en-269d3bb8-5 (dev batch 13)
        (
            "Malliri said that as of Sunday evening, 59 victims had been identified from bodies or remains and another"
            " four people injured in the fire had died in area hospitals.",
            "en",
            [("killed", None, "4")],
        ),
        # en-d0dd49b1-1 (dev batch 13): the injury in a relative clause, then the main verb
        (
            "An Israeli woman who was critically wounded by Iranian missiles succumbed to her wounds early Saturday"
            " morning, and another two were killed after a direct hit in a residential neighborhood in Israel's"
            " central district.",
            "en",
            [("killed", None, "2"), ("killed", "women", "1")],
        ),
        # same surface: the death in a clause of its own keeps the injured reading
        (
            "Four people were injured and two died in the fire.",
            "en",
            [("injured", None, "4"), ("killed", None, "2")],
        ),
        (
            "Four people were injured in the fire that killed two.",
            "en",
            [("injured", None, "4"), ("killed", None, "2")],
        ),
        ("Four people were injured, two died.", "en", [("injured", None, "4"), ("killed", None, "2")]),
    ],
)
def test_fields21_hurt_subject_dies(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- one number for two coordinated nouns of people, as a verb's object (_mixed_nouns) ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-7219707e-2 (dev batch 12): the 20 are women and children, no group
        (
            "AFP - A stampede killed up to 20 impoverished women and children, crushed in a stairwell and alley, when"
            " charity workers handed out free flour Monday in Pakistan's financial capital Karachi, officials said.",
            "en",
            [("killed", None, "at most 20")],
        ),
        # en-ecf8987b-4 (dev batch 5): one named person after "and" is no second noun of the count
        (
            "The mayor's office said the bodies of three infants and seaman Lorenzo Salinas had been recovered late on"
            " Friday night.",
            "en",
            [("killed", "children", "3")],
        ),
        # same surface: a number after "and" opens a count of its own
        (
            "The strike killed two soldiers and three civilians.",
            "en",
            [("killed", "civilians", "3"), ("killed", "soldiers", "2")],
        ),
        # German capitalises its nouns: still two nouns of people, no group (the subject frame, as before)
        ("Etwa 26 Kinder und Erwachsene wurden verletzt.", "de", [("injured", None, "about 26")]),
    ],
)
def test_fields21_mixed_nouns(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- German units in the dative plural are no counts (lang._de_figures) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-12e64c60-3 (dev batch 13, a negative): a radius, not three people brought to safety
        (
            "Anwohner in einem Radius von drei Kilometern um die Fabrik in der Hafenstadt Visakhapatnam würden in"
            " Sicherheit gebracht.",
            "de",
            [],
        ),
        # same surface: people after the number are brought to safety
        ("Drei Anwohner wurden in Sicherheit gebracht.", "de", [("evacuated", None, "3")]),
    ],
)
def test_fields21_german_dative_units(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- places and facilities are things, not victims (lang._thing_words) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-f77d6d66-6 (dev batch 13, a negative)
        (
            "Kindiki stated that a total of 1,967 schools have been affected by the floods while 62 health facilities"
            " have been affected in 11 counties.",
            "en",
            [],
        ),
        # nl-aafe6d9b-8 (dev batch 13, a negative)
        ("In Turkije zijn vandaag nog acht plaatsen geëvacueerd in de provincie Mugla.", "nl", []),
        # de-7ca05217-6 (dev batch 13): the places were hit, the people are missing
        (
            "In Rheinland-Pfalz waren mehrere Orte in der Eifel besonders schwer von dem Hochwasser betroffen, Dutzende"
            " Menschen wurden noch vermisst.",
            "de",
            [("missing", None, "dozens")],
        ),
        # fr-0ad1650b-2 (dev batch 13, a negative): testimonies collected, not people taken in
        (
            "Selon plusieurs témoignages recueillis sur place, la terre a craqué dans ce quartier situé dans"
            " l’arrondissement de Bafoussam IIIe, autour de 22 heures.",
            "fr",
            [],
        ),
        # same surface: people evacuated and affected keep their reading
        ("In Turkije zijn vandaag nog acht mensen geëvacueerd.", "nl", [("evacuated", None, "8")]),
        ("62 residents have been affected in 11 counties.", "en", [("affected", None, "62")]),
    ],
)
def test_fields21_places_are_things(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- one person of a role after a list's cue, closed by a comma (_apposition_frames) -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-8c99edda-3 (dev batch 13): a policeman among the three dead is no count (the guide's singular roles)
        (
            "Les autorités avaient fait état de trois morts, dont un policier, et avaient annoncé ouvrir des enquêtes.",
            "fr",
            [("killed", None, "3")],
        ),
        # same surface: a child in the list is 1, read by the group frame
        (
            "Les autorités avaient fait état de trois morts, dont un enfant, et avaient annoncé ouvrir des enquêtes.",
            "fr",
            [("killed", None, "3"), ("killed", "children", "1")],
        ),
        # same surface: a number after the cue is a count of its group
        (
            "Les autorités ont fait état de sept morts, dont deux enfants, et ont annoncé une enquête.",
            "fr",
            [("killed", None, "7"), ("killed", "children", "2")],
        ),
    ],
)
def test_fields21_one_role_after_a_list_cue(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- "confirmed" in a subject's own predicate is that count's (_status_scope) -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # en-56430594-1 (dev batch 13): the 400 missing are not confirmed (the guide: confirmed covers its own clause)
        (
            "Geneva: Fifteen people have so far been confirmed dead and 400 are still missing in the huge blaze at the"
            " Rohingya refugee camp in Cox’s Bazar in Bangladesh, the United Nations said Tuesday.",
            "en",
            [("killed", None, "15", "confirmed"), ("missing", None, "400", "reported")],
        ),
        # en-5be71087-2 (dev batch 3): the short predicate, read so before
        (
            "The IOM said 62 people are confirmed dead and another 971 are missing and presumed dead in nine"
            " incidents on the route between Libya and Italy between 25 May and 30 May.",
            "en",
            [("killed", None, "62", "confirmed"), ("missing", None, "971", "reported")],
        ),
        # same surface: a confirming verb before the counts governs them all
        (
            "Officials confirmed that 15 people died and 400 are still missing.",
            "en",
            [("killed", None, "15", "confirmed"), ("missing", None, "400", "confirmed")],
        ),
    ],
)
def test_fields21_confirmed_in_own_predicate(
    text: str, language: str, claims: list[tuple[str, str | None, str, str]]
) -> None:
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    got = sorted((x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found)
    assert got == sorted(claims)
