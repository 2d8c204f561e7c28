"""Session 11 (fr13, issue 13): French precision by construction. Figures that are no claims of the report's own
event (an earlier year after the count, ...) and same-surface positives that keep their claims. Made-up sentences.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text.lang import get_language

Claim = tuple[str, str, str]


def _claims(text: str) -> list[Claim]:
    return sorted(
        (x.claim.metric, x.claim.group or "-", str(x.claim.figure))
        for x in extract(text, language="fr", source="s", reported_at="2025-01-01")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Un homme a été tué à Nantes en 2019, rappelle le parquet.",
        "Au total, 48 journalistes ont été tués dans le monde en 2022, selon l'ONG.",
        "Une femme avait été blessée par balle dans ce quartier en 2020.",
        "Quatre randonneurs sont morts sur ce sentier en août 2021.",
    ],
)
def test_an_earlier_year_after_the_count_dates_another_event(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of this report, or none: the count stands
        ("Un homme a été tué à Nantes en 2025, selon le parquet.", [("killed", "men", "1")]),
        ("Un homme a été tué à Nantes dimanche, rappelle le parquet.", [("killed", "men", "1")]),
        # a comma or "après" closes the year's reach: it dates the figure after it only
        (
            "Six personnes sont mortes et trois ont disparu, après deux morts en 2018.",
            [("killed", "-", "6"), ("missing", "-", "3")],
        ),
        (
            "L'agence estime que 80 personnes ont pu être tuées, un chiffre tiré du recensement réalisé en 2012.",
            [("killed", "-", "80")],
        ),
        # session 14 (fresh9rom): "ouvriers" are workers, as the news corpus labels them (fr-76a0fe8e-1)
        ("Deux ouvriers ont été blessés sur le chantier en janvier 2025.", [("injured", "workers", "2")]),
    ],
)
def test_the_reports_own_count_keeps_its_claim(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


def test_the_year_stops_are_french_only() -> None:
    assert get_language("fr").late_year_stops == frozenset({",", ";", ":", "après"})
    assert all(not get_language(code).late_year_stops for code in ("en", "nl", "de", "es"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le procès de l'incendie, qui avait fait 9 morts, reprend mardi.", []),
        ("Dix ans après la catastrophe qui avait tué 40 mineurs, la ville se souvient.", []),
        ("L'anniversaire de la tempête, qui avait coûté la vie à 12 marins, a été célébré.", []),
        # the passé composé in the relative is the report's own event
        ("L'incendie, qui a fait 9 morts, a été maîtrisé vers midi.", [("killed", "-", "9")]),
        (
            "L'incendie a fait 9 morts et 4 blessés, a indiqué la préfecture.",
            [("injured", "-", "4"), ("killed", "-", "9")],
        ),
    ],
)
def test_a_pluperfect_relative_clause_tells_an_earlier_event(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En avril dernier, une frappe sur la gare avait tué 9 civils.", []),
        ("Les noyades ont fait 14 morts l'été dernier.", []),
        ("Plus de 200 dauphins ont été retrouvés morts sur la côte.", []),
        ("L'association a recueilli 60 chats et une pétition 3 000 signatures.", []),
        # the report's own night, and people taken in, keep their claims
        ("Durant la nuit dernière, 12 civils ont été tués.", [("killed", "civilians", "12")]),
        ("Plus de 200 personnes ont été retrouvées mortes sur la côte.", [("killed", "-", "more than 200")]),
    ],
)
def test_a_past_month_or_season_and_animals_are_no_claims(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois joueurs sont blessés et manqueront la finale.", []),
        ("Le club compte 6 joueurs blessés à une semaine de la reprise.", []),
        ("L'entraîneur devra se passer de trois blessés samedi.", []),
        ("Deux joueurs manquent à l'appel pour le déplacement à Nice.", []),
        # deaths stay counts, and so do the injured of clashes around a match or of a rainy season
        ("Deux joueurs ont été tués dans l'effondrement de la tribune.", [("killed", "-", "2")]),
        ("Des heurts entre supporters avant le match ont fait 20 blessés.", [("injured", "-", "20")]),
        ("Depuis le début de la saison des pluies, les inondations ont fait 120 blessés.", [("injured", "-", "120")]),
    ],
)
def test_a_teams_roster_has_no_casualties(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


def test_the_roster_words_are_french_only() -> None:
    assert "joueurs" in get_language("fr").roster_words
    assert all(not get_language(code).roster_words for code in ("en", "nl", "de"))
    # Session 11 (es14): Spanish has its own, narrower list (no word for the players themselves)
    assert "plantilla" in get_language("es").roster_words
    assert "jugadores" not in get_language("es").roster_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chaque hiver, une trentaine de personnes meurent de froid dans la région.", []),
        ("En dix ans, les avalanches ont tué 40 skieurs dans le massif.", []),
        ("Il est soupçonné d'avoir tué 6 femmes dans les années 1980.", []),
        # the report's own winter storm and a count over ten days keep their claims
        ("La tempête d'hiver a fait 30 morts dans la région.", [("killed", "-", "30")]),
        ("En dix jours, les combats ont tué 40 civils.", [("killed", "civilians", "40")]),
    ],
)
def test_a_seasons_rate_a_decade_and_a_date_long_past_are_no_claims(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La crue a fait 400 sinistrés dans la vallée.", [("displaced", "-", "400")]),
        ("Plus de 2 000 sinistrés ont été relogés.", [("displaced", "-", "more than 2000")]),
        # a person who is "sinistré" is no count, nor money for them
        ("Chaque sinistré recevra une aide de 500 euros.", []),
        ("La commune a versé 20 000 euros aux sinistrés.", []),
    ],
)
def test_sinistres_are_displaced(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'attaque a fait 9 morts parmi les soldats.", [("killed", "soldiers", "9")]),
        ("Les frappes ont fait 14 blessés parmi les civils, selon l'ONU.", [("injured", "civilians", "14")]),
        # a noun of people of its own keeps no group; "parmi les habitants" names no group
        ("L'explosion a fait 3 morts parmi les habitants.", [("killed", "-", "3")]),
    ],
)
def test_a_group_after_parmi_les_closes_the_count(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


def test_a_full_date_with_its_day_after_the_count_is_the_reports_own_day() -> None:
    # the report's date may be unknown or later than the event: a named day ("ce lundi 13 décembre 2021") is no
    # earlier event, a bare month and year ("en août 2021") still is
    assert _claims("Au moins trois personnes sont mortes dans un incendie ce lundi 13 décembre 2021.") == [
        ("killed", "-", "at least 3")
    ]
    assert _claims("Trois personnes sont mortes dans un incendie en décembre 2021.") == []
