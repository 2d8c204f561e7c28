"""Session 12 (fa12, issue 13): false alarms of shapes shared by the five languages, fixed by mechanism.

Made-up sentences (benchmarks/probes/fa12_*.txt holds more), never corpus sentences: a court looking back at
deaths it tries, a span of years from an earlier event, none of a whole, a similar incident named after its
noun, dwellings evacuated. Each family has same-surface positives about the event being reported.
"""

from __future__ import annotations

import pytest

from casualtylog.text._looking_back import looking_back_from
from casualtylog.text._tokens import tokenize
from casualtylog.text.lang import LANGUAGES
from tests.text._read import Claim
from tests.text._read import claims_of as _claims

# -- a court looks back at the deaths it tries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A nurse was convicted on Friday of killing seven patients."),
        ("en", "The trial of the woman accused of killing 14 people at a concert opened in Paris."),
        ("en", "The captain was sentenced to nine years for a sinking that killed 20 people."),
        ("en", "He got 15 years in prison for a crash that killed three teenagers."),
        ("nl", "Een verpleegster is vrijdag veroordeeld voor het doden van zeven patiënten."),
        ("nl", "Het proces tegen de vrouw die 14 mensen zou hebben gedood, begint in maart."),
        ("nl", "De kapitein kreeg negen jaar cel voor een ongeluk waarbij 20 mensen omkwamen."),
        ("fr", "Une infirmière a été condamnée vendredi pour avoir tué sept patients."),
        ("fr", "Le procès de la femme accusée d'avoir tué 14 personnes s'ouvre en mars."),
        ("fr", "Le capitaine a écopé de neuf ans de prison pour un naufrage qui avait fait 20 morts."),
        ("de", "Der Prozess gegen die Frau, die 14 Menschen getötet haben soll, beginnt im März."),
        ("de", "Der Kapitän muss neun Jahre Haft verbüßen, weil bei dem Untergang 20 Menschen starben."),
        ("es", "Una enfermera fue condenada el viernes por matar a siete pacientes."),
        ("es", "El juicio contra la mujer acusada de matar a 14 personas empieza en marzo."),
        ("es", "El capitán fue condenado a nueve años por un naufragio que causó 20 muertos."),
    ],
)
def test_a_court_looks_back_at_the_deaths_it_tries(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        # after the verdict: the report's own event
        ("en", "Clashes after the verdict left four people injured, police said.", ("injured", None, "4")),
        ("nl", "Na het vonnis raakten bij onlusten vier agenten gewond.", ("injured", "officers", "4")),
        ("fr", "Après le verdict, des heurts ont fait quatre blessés.", ("injured", None, "4")),
        ("de", "Nach dem Urteil wurden bei Krawallen vier Polizisten verletzt.", ("injured", "officers", "4")),
        ("es", "Tras la sentencia, los disturbios dejaron cuatro heridos.", ("injured", None, "4")),
        # to condemn is no court: the attack condemned is the report's own
        ("en", "The president condemned the bombing, which killed 9 people.", ("killed", None, "9")),
        ("nl", "Het kabinet heeft de aanslag veroordeeld, waarbij 9 mensen omkwamen.", ("killed", None, "9")),
        ("fr", "Le président a condamné l'attentat qui a fait 9 morts.", ("killed", None, "9")),
        ("de", "Der Präsident hat den Anschlag verurteilt, bei dem 9 Menschen starben.", ("killed", None, "9")),
        ("es", "El presidente ha condenado el atentado que causó 9 muertos.", ("killed", None, "9")),
        # the same sentence about the event itself
        ("en", "The gunman killed seven people on Friday, police said.", ("killed", None, "7")),
        ("fr", "Le tireur a tué sept personnes vendredi, selon la police.", ("killed", None, "7")),
        ("es", "El tirador mató a siete personas el viernes, según la policía.", ("killed", None, "7")),
    ],
)
def test_no_court_leaves_the_report_s_own_count(language: str, text: str, claim: Claim) -> None:
    assert _claims(text, language) == [claim]


def test_a_court_s_reach_ends_at_a_comma_that_opens_the_report_s_own_clause() -> None:
    en = LANGUAGES["en"]
    tokens = tokenize("Hours after the verdict was read, a bomb killed 5 people outside the court.", en)
    assert looking_back_from(tokens, en) == []
    text = "The man, who was convicted of fraud, killed 3 people on Sunday, police said."
    assert _claims(text, "en") == [("killed", None, "3")]


# -- a span of years from an earlier event --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twenty years after the fire that killed 56 people, a memorial was unveiled."),
        ("en", "Four decades since the disaster that left 120 dead, survivors still meet."),
        ("nl", "Twintig jaar na de brand waarbij 14 mensen omkwamen, is er een monument onthuld."),
        ("fr", "Vingt ans après l'incendie qui a fait 56 morts, une stèle a été inaugurée."),
        ("fr", "La ville commémore les vingt ans de l'incendie qui a fait 56 morts."),
        ("de", "Zwanzig Jahre nach dem Brand, bei dem 56 Menschen starben, wurde ein Denkmal enthüllt."),
        ("de", "Die Stadt erinnert an das Feuer vor zwanzig Jahren, bei dem 56 Menschen starben."),
        ("es", "Veinte años después del incendio que causó 56 muertos, se inauguró un monumento."),
        ("es", "La ciudad recuerda los veinte años del incendio que causó 56 muertos."),
    ],
)
def test_a_span_of_years_looks_back_at_an_earlier_event(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        # a running toll since a crisis began is a count (the guide)
        (
            "en",
            "Three years after the war began, more than 8,000 civilians have been killed, the UN said.",
            ("killed", "civilians", "more than 8000"),
        ),
        (
            "nl",
            "Drie jaar na het begin van de oorlog zijn meer dan 8000 burgers gedood.",
            ("killed", "civilians", "more than 8000"),
        ),
        (
            "de",
            "Drei Jahre nach Kriegsbeginn sind mehr als 8000 Zivilisten getötet worden.",
            ("killed", "civilians", "more than 8000"),
        ),
        # the years of an ongoing war are its running toll
        (
            "es",
            "Los dos años de la guerra han dejado más de 10.000 muertos, según la ONU.",
            ("killed", None, "more than 10000"),
        ),
        # the count told before the span is the report's own
        ("en", "The fire killed 9 people, twenty years after a blaze in the same street.", ("killed", None, "9")),
        ("fr", "L'incendie a fait 9 morts, vingt ans après un drame dans la même rue.", ("killed", None, "9")),
        (
            "es",
            "El incendio causó 9 muertos, veinte años después de otra tragedia en la misma calle.",
            ("killed", None, "9"),
        ),
        # a prison term is no anniversary: "dix ans de prison" has no article before it
        ("fr", "L'incendie a fait 9 morts ; le gérant risque dix ans de prison.", ("killed", None, "9")),
    ],
)
def test_a_span_of_years_leaves_the_report_s_own_count(language: str, text: str, claim: Claim) -> None:
    assert _claims(text, language) == [claim]


# -- none of a whole -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Geen van de 60 reizigers raakte gewond."),
        ("fr", "Aucun des 60 voyageurs n'a été blessé."),
        ("fr", "Aucune des 60 personnes à bord n'a été blessée."),
        ("de", "Keiner der 60 Reisenden wurde verletzt."),
        ("de", "Keine der 60 Personen an Bord wurde verletzt."),
    ],
)
def test_none_of_a_whole_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Geen van de 7 gewonden verkeert in levensgevaar."),
        ("fr", "Aucun des 7 blessés n'est dans un état grave."),
        ("de", "Keiner der 7 Verletzten schwebt in Lebensgefahr."),
    ],
)
def test_none_of_the_injured_still_counts_them(language: str, text: str) -> None:
    assert _claims(text, language) == [("injured", None, "7")]


# -- a similar incident, the adjective after its noun; last month; dwellings ---------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un attentat similaire en avril avait tué 8 personnes."),
        ("fr", "En juin, un incendie semblable avait fait 3 morts."),
        ("es", "Un atentado similar en abril había matado a 8 personas."),
        ("es", "En junio, un incendio parecido había dejado 3 muertos."),
        ("de", "Im vergangenen Monat waren bei einem Feuer in der Nachbarstadt drei Menschen gestorben."),
        ("en", "Police evacuated 30 flats as a precaution."),
        ("fr", "Les pompiers ont évacué 30 appartements par précaution."),
    ],
)
def test_another_incident_or_a_dwelling_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("fr", "L'attentat a tué 8 personnes et fait un nombre similaire de blessés.", ("killed", None, "8")),
        ("fr", "L'attentat, similaire à celui d'avril, a tué 8 personnes.", ("killed", None, "8")),
        ("es", "El atentado, similar al de abril, mató a 8 personas.", ("killed", None, "8")),
        ("de", "Am Montag starben bei einem Feuer in der Nachbarstadt drei Menschen.", ("killed", None, "3")),
        ("en", "Police evacuated 30 residents as a precaution.", ("evacuated", None, "30")),
        ("fr", "Les pompiers ont évacué 30 habitants par précaution.", ("evacuated", None, "30")),
    ],
)
def test_the_same_shapes_about_the_report_s_own_event(language: str, text: str, claim: Claim) -> None:
    assert _claims(text, language) == [claim]


def test_a_court_s_participle_naming_the_subject_leaves_the_main_clause_s_count() -> None:
    # "convicted of robbery" only names the attacker; the main clause's verb (or Dutch auxiliary) tells the event
    assert _claims("A man convicted of robbery killed 3 people on Sunday, police said.", "en") == [
        ("killed", None, "3")
    ]
    text = "Een man die eerder veroordeeld was voor diefstal heeft zondag 3 mensen gedood."
    assert _claims(text, "nl") == [("killed", None, "3")]


# -- a count before the year of the event it belongs to ("of 2016"), in every language -------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het dodental ligt hoger dan de 45 doden bij de overstromingen van 2016."),
        ("fr", "Les 45 morts de la crue de 2016 restent dans les mémoires."),
        ("de", "Die Bilanz übertrifft die 45 Toten der Flut von 2016."),
        ("es", "El balance supera los 45 muertos de las inundaciones de 2016."),
    ],
)
def test_a_count_of_an_event_named_by_its_year_is_no_claim(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Het dodental ligt hoger dan de 45 doden bij de overstromingen van maandag."),
        ("de", "Die Flut von Montag forderte 45 Tote."),
        # a full date's year and a period's year date no other event
        ("es", "Las lluvias dejaron 45 muertos entre el 3 de marzo de 2024 y el 5 de marzo."),
        ("es", "Hasta finales de 2024 murieron 45 personas en la ruta, según la OIM."),
    ],
)
def test_a_day_a_date_or_a_period_leaves_the_count(language: str, text: str) -> None:
    assert _claims(text, language) == [("killed", None, "45")]


# -- a rate per a round number of people, earlier this week, an anniversary's verb ------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La région compte 12 morts pour 100 000 habitants sur les routes."),
        ("de", "Die Region zählt 12 Verkehrstote pro 100.000 Einwohner."),
        ("es", "La región registra 12 muertes por cada 100.000 habitantes en carretera."),
        ("fr", "En début de semaine, une frappe sur le même quartier avait fait quatre morts."),
        ("de", "Anfang der Woche waren bei einem Brand in derselben Straße vier Menschen gestorben."),
        ("es", "A principios de semana, un incendio en la misma calle había causado cuatro muertos."),
        ("de", "Am Freitag jährt sich das Unglück, bei dem 35 Bergleute starben."),
    ],
)
def test_a_rate_or_an_earlier_day_or_an_anniversary_is_no_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("es", "La explosión dejó 20 heridos por 3 explosiones sucesivas.", ("injured", None, "20")),
        ("es", "Murieron 12 personas por 100 disparos.", ("killed", None, "12")),
        ("fr", "Les combats ont fait 20 morts pour la seule journée de lundi.", ("killed", None, "20")),
        ("fr", "Lundi, une frappe sur le quartier a fait quatre morts.", ("killed", None, "4")),
        ("de", "Am Freitag starben bei dem Unglück 35 Bergleute.", ("killed", "miners", "35")),
    ],
)
def test_the_same_words_leave_the_report_s_own_count(language: str, text: str, claim: Claim) -> None:
    assert _claims(text, language) == [claim]


# -- the world wars, named ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De Eerste Wereldoorlog kostte miljoenen soldaten het leven, onder wie 40.000 Belgen."),
        ("fr", "La Première Guerre mondiale a fait quelque 10 millions de morts parmi les soldats."),
        ("de", "Im Ersten Weltkrieg starben rund 10 Millionen Soldaten."),
        ("es", "La Primera Guerra Mundial causó unos 10 millones de muertos."),
    ],
)
def test_a_world_war_is_another_event(language: str, text: str) -> None:
    assert _claims(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "De overstromingen kostten maandag 300 mensen het leven, het ergste sinds de Tweede Wereldoorlog."),
        ("fr", "Les inondations ont fait 300 morts lundi, du jamais vu depuis la Seconde Guerre mondiale."),
        ("de", "Die Flut forderte am Montag 300 Tote, so viele wie seit dem Zweiten Weltkrieg nicht."),
        ("es", "Las inundaciones causaron 300 muertos el lunes, la peor tragedia desde la Segunda Guerra Mundial."),
    ],
)
def test_a_toll_compared_with_a_world_war_stays(language: str, text: str) -> None:
    assert _claims(text, language) == [("killed", None, "300")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At the trial 3 officers were hurt in scuffles with protesters."),
        ("nl", "Tijdens het proces raakten 3 agenten gewond bij duwpartijen."),
        ("de", "Beim Prozess wurden 3 Polizisten bei Rangeleien verletzt."),
        ("es", "Durante el juicio 3 policías resultaron heridos en unos forcejeos."),
    ],
)
def test_a_trial_or_a_commemoration_is_an_event_of_its_own(language: str, text: str) -> None:
    # only a trial "of", "against", "gegen" … names the deaths it tries; a commemoration's noun looks back at nothing
    assert _claims(text, language) == [("injured", "officers", "3")]
    assert _claims("Bei der Gedenkfeier wurden 3 Menschen in einem Gedränge verletzt.", "de") == [
        ("injured", None, "3")
    ]
    assert _claims("Bij de herdenking raakten 3 mensen gewond door gedrang.", "nl") == [("injured", None, "3")]
    # a verdict may set off an event of its own
    assert _claims("Het vonnis leidde tot rellen waarbij 3 mensen omkwamen.", "nl") == [("killed", None, "3")]
    assert _claims("The verdict sparked riots in which 3 people died.", "en") == [("killed", None, "3")]
