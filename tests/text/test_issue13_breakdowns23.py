"""Breakdowns by place and counts that point back (issue 13, session 22): the members of a list of places.

Dev batch 18's English misses were mostly members of a breakdown after a total or a casualty noun. The guide gives
one claim per number of a breakdown by place, with the head's metric and no group. The sentences are copied from the
dev split (tests/data/news/*.dev.jsonl, by id); the negatives share their surface with numbers that count no victims
(years, distances, money, a département code).
"""

from __future__ import annotations

import warnings

import pytest

from casualtylog.text import extract

Key = tuple[str, str | None, str, str]


def _claims(text: str, language: str) -> list[Key]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
    return sorted(((x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found), key=repr)


def _killed(*figures: str, status: str = "reported") -> list[Key]:
    return sorted((("killed", None, f, status) for f in figures), key=repr)


@pytest.mark.parametrize(
    ("record", "language", "text", "expected"),
    [
        (
            "en-dfc341b1-4",
            "en",
            "The 26 other deaths were recorded in the National Capital Region or NCR (nine), Western Visayas (six),"
            " Negros Island Region (three), Northern Mindanao (three), Central Luzon (two), Mimaropa (one), Davao"
            " (one), and Caraga (one).",
            _killed("9", "6", "3", "2", "1"),
        ),
        (
            "fr-506ba667-2",
            "fr",
            "Plus de la moitié des morts ont été recensées à Al-Haouz (1.293) et à Taroudant (452), plus au sud, deux"
            " zones rurales montagneuses au coeur du Haut Atlas, selon le ministère.",
            _killed("1293", "452"),
        ),
        (
            "es-e2faa34b-6",
            "es",
            "Otros estados con muertes confirmadas incluyen Veracruz (8), Baja California (5), Chiapas y Tamaulipas"
            " (4 cada uno), Tabasco y Quintana Roo (3), Chihuahua, Nayarit y Nuevo León (2) y Baja California Sur,"
            " Michoacán, Morelos y San Luis Potosí (1 cada uno).",
            _killed("8", "5", "4", "3", "2", "1", status="confirmed"),
        ),
        (
            "nl-8859aa21-7",
            "nl",
            "Er zijn ook vriesdoden geteld in Litouwen (5), Frankrijk (4), Spanje (3), Italië en Roemenië (2),"
            " Nederland, Engeland en Zweden (1).",
            _killed("5", "4", "3", "2", "1"),
        ),
    ],
)
def test_a_casualty_noun_heads_a_list_of_places_with_bracketed_figures(
    record: str, language: str, text: str, expected: list[Key]
) -> None:
    """Each bracketed figure after a place is a claim with the head noun's metric, no group; the head's own
    "confirmed" is every place's status; a figure repeated is one claim (the guide)."""
    assert _claims(text, language) == expected, record


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The deaths were recorded in Kerala (2018), Assam (2019) and Bihar (2020).", []),
        ("en", "The deaths were recorded in villages near Kanpur (12 km), Fatehpur (30 km) and Jhansi (45 km).", []),
        ("en", "The families of the victims in Lagos ($5 million), Abuja ($2 million) were compensated.", []),
        # one place with a bracket: a département or district number, no breakdown
        ("fr", "Les morts ont été enterrés à Trèbes (11).", []),
        # the same number twice is a code of each place, not two counts
        ("fr", "Les morts ont été enterrés le 3 mai à Trèbes (11) et à Carcassonne (11).", []),
        # a head with a count of its own: a bracketed figure no smaller is no part of it
        ("fr", "Trois morts à Trèbes (11) et à Lyon (69).", _killed("3")),
    ],
)
def test_a_list_of_places_with_other_numbers_gives_no_member(language: str, text: str, expected: list[Key]) -> None:
    assert _claims(text, language) == expected


@pytest.mark.parametrize(
    ("record", "text", "expected"),
    [
        (
            "en-8f3a0d90-3",
            "Eight deaths were recorded in the Zamboanga Peninsula, seven from Northern Mindanao, six from Eastern"
            " Visayas, five deaths were from the Bicol region, and one from the Davao region.",
            _killed("8", "7", "6", "5", "1"),
        ),
        (
            "en-923f3596-5",
            "144 people were displaced from Nangade district, 121 from Macomia, and 66 from Muidumbe.",
            sorted((("displaced", None, f, "reported") for f in ("144", "121", "66")), key=repr),
        ),
        (
            "en-5a3c32cb-4",
            "The NDMA has reported 11 more deaths from Sindh taking the provincial death tally to 22, one in Punjab,"
            " and one more death in Khyber-Pakhtunkhwa (KPK) taking the provincial tally to 18 deaths.",
            _killed("+11", "22", "+1", "18"),
        ),
        # a part after a breakdown's opener stays a plain count (the guide labels 6, not +6)
        (
            "en-d0840df3-8",
            "Erie County Executive Mark Poloncarz said 10 more people died there during the storm, including six in"
            " Buffalo, and warned there may be more dead.",
            _killed("+10", "6"),
        ),
    ],
)
def test_a_place_from_which_the_count_comes_continues_the_list(record: str, text: str, expected: list[Key]) -> None:
    """English "from" a region is one more place of the list ("seven from Northern Mindanao" after "recorded in");
    an elided clause repeats its full clause's "more" ("one in Punjab" after "11 more deaths": +1, said twice)."""
    assert _claims(text, "en") == expected, record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people were killed in the crash, three from the same family.", _killed("8")),
        (
            "144 people were displaced from Nangade district, 121 km from Macomia.",
            [("displaced", None, "144", "reported")],
        ),
        ("The death toll rose to 12 on Monday, 2,500 dollars from Manila.", _killed("12")),
    ],
)
def test_from_before_no_named_place_or_after_a_measure_continues_no_list(text: str, expected: list[Key]) -> None:
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("record", "text", "expected"),
    [
        # a fronted whole with a noun of people after its predicate; the list goes on "from" a named place
        (
            "en-5ae7b6b6-3",
            "Among the 22 missing people, four from Binh Dinh, one from central Phu Yen province, and 17 whose places"
            " of birth have yet to be reported, the committee said, noting that the 17 people are crew members of"
            " cargo ships which either were damaged or sank in Binh Dinh's Quy Nhon city due to strong waves and"
            " winds.",
            sorted((("missing", None, f, "reported") for f in ("22", "4", "1")), key=repr),
        ),
        # a word describing the whole's noun, after "said"
        (
            "en-146f7e80-2",
            "In an update, the agency said of the 25 reported deaths, two were from Region 8 (Eastern Visayas) and one"
            " from Region 9 (Zamboanga Peninsula).",
            _killed("2"),
        ),
        # a numbered place ("Region 10") does not end the list; "undergoing confirmation" confirms nothing
        (
            "en-146f7e80-3",
            "Still undergoing confirmation are reports of 22 fatalities – 16 in Region 10 (Northern Mindanao), five"
            " in Region 5 (Bicol), and one in Region 9.",
            _killed("22", "16", "5", "1"),
        ),
        (
            "en-146f7e80-5",
            "Still undergoing verification are reports of 14 missing persons – 12 in Region 5 and two in Region 10.",
            sorted((("missing", None, f, "reported") for f in ("14", "12", "2")), key=repr),
        ),
    ],
)
def test_the_first_part_after_a_fronted_whole_and_numbered_places(record: str, text: str, expected: list[Key]) -> None:
    assert _claims(text, "en") == expected, record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from" a year or a time: no place, no part
        ("Among the 22 missing people, four from 2019 and one from last year.", [("missing", None, "22", "reported")]),
        ("Of the 14 deaths recorded last year, seven were at 10 pm.", []),
        # a number after a name that is a distance or a road is no member
        ("The road from Route 66 to Route 9, 12 km from Denver.", []),
    ],
)
def test_a_fronted_whole_before_no_place_gives_no_part(text: str, expected: list[Key]) -> None:
    assert _claims(text, "en") == expected


@pytest.mark.parametrize(
    ("record", "text", "expected"),
    [
        (
            "es-ba84ac4c-2",
            "La Secretaría de Salud de la Ciudad de México informó que de los fallecidos, 11 son hombres y 2 son"
            " mujeres.",
            [("killed", "men", "11", "reported"), ("killed", "women", "2", "reported")],
        ),
        (
            "es-3d7c9e74-5",
            "El vocero del gobierno estatal, Javier Lozano Alarcón, detalló que de los 14 fallecidos, 11 son niños.",
            [("killed", "children", "11", "reported"), ("killed", None, "14", "reported")],
        ),
        (
            "es-909674f4-2",
            "Datos del gobierno indican que de los fallecidos, 17 son adultos y uno es menor de edad, mientras hay"
            " otros 14 menores hospitalizados.",
            [
                ("injured", "children", "14", "reported"),
                ("killed", "adults", "17", "reported"),
                ("killed", "children", "1", "reported"),
            ],
        ),
    ],
)
def test_a_fronted_whole_opening_a_reported_clause(record: str, text: str, expected: list[Key]) -> None:
    """ "informó que de los fallecidos, 11 son hombres": the whole opens the clause after "que"; a second part with
    its group after "y" continues it (same metric, its own group)."""
    assert _claims(text, "es") == sorted(expected, key=repr), record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dijo que de los 200 euros, 50 son para las familias.", []),
        # the second number after "y" names no group: no part
        (
            "Informó que de los fallecidos, 11 son hombres y 2 fueron trasladados el 3 de mayo.",
            [("killed", "men", "11", "reported")],
        ),
    ],
)
def test_a_fronted_whole_of_no_casualty_or_a_second_number_without_a_group(text: str, expected: list[Key]) -> None:
    assert _claims(text, "es") == expected


@pytest.mark.parametrize(
    ("record", "text", "expected"),
    [
        ("en-8e2eb111-3", "Twenty-two people sustained serious burn injuries.", [("injured", None, "22", "reported")]),
        (
            "en-6250ec34-3",
            "While two of them, identified as Rohit Nishad (50) and Bharosa Nishad (55), died on the spot, 10 others"
            " sustained minor burn injuries in the incident, he said.",
            [("injured", None, "10", "reported")],
        ),
        ("en", "Three houses sustained burn damage worth 5,000 dollars.", []),
    ],
)
def test_burn_injuries_with_a_grade_are_injuries(record: str, text: str, expected: list[Key]) -> None:
    """ "sustained serious burn injuries" as "sustained serious injuries"; burn damage to houses is none."""
    assert _claims(text, "en") == expected, record
