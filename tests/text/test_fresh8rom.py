"""Session 14 (fresh8rom, issue 13): kinds of failure that fresh French, German and Spanish text (batch 8 dev) showed,
fixed by construction. Each family has a dev sentence (its id cited) or a short probe of the same shape, and probes
of the same surface that must give no claim (the precision side).
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from tests.text._read import Claim, claims_of


def _statuses(text: str, language: str) -> list[tuple[str, str, str]]:
    """(metric, figure, status) of each claim of ``text``, in text order."""
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return [(x.claim.metric, str(x.claim.figure), x.claim.status.value) for x in found]


# -- livestock counted by the head is no victim -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-6cf934d3-5
        (
            "Les organisations humanitaires indiquent 340 morts depuis juillet, 60 000 têtes de bétail noyées, "
            "160 000 maisons détruites et 25 000 hectares de culture submergés compromettent les futures récoltes.",
            "fr",
            [("killed", None, "340")],
        ),
        ("On compte 340 morts et 60 000 têtes de bétail mortes.", "fr", [("killed", None, "340")]),
        ("Es starben 40 Menschen und 200 Stück Vieh.", "de", [("killed", None, "40")]),
        ("Murieron 40 personas y 300 cabezas de ganado.", "es", [("killed", None, "40")]),
    ],
)
def test_livestock_is_no_victim(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- "new" right after a number adds to a running count ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-b818fd4e-3
        (
            "La segunda fase se saldó con dos nuevas detenciones, mientras que la tercera y última se centró en "
            "desarticular la cúpula de la organización.",
            "es",
            [("detained", None, "2")],  # plain since session 15's guide ("Another and more", case 2; guide17)
        ),
        ("Se registraron dos nuevas muertes.", "es", [("killed", None, "+2")]),
        ("On compte deux nouveaux décès.", "fr", [("killed", None, "+2")]),
        # an arrest count alone in its sentence is plain (guide, "Another and more", case 2; guide17)
        ("Deux nouvelles arrestations ont eu lieu.", "fr", [("detained", None, "2")]),
        # same surface, no count of people
        ("Se construyeron dos nuevos hospitales.", "es", []),
        ("Se registraron tres nuevas réplicas.", "es", []),
        ("Trois nouvelles maisons ont été détruites.", "fr", []),
    ],
)
def test_new_after_a_number_is_an_increment(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- people a verb of leaving leaves trapped are no toll -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # es-1340942e-1
        (
            "Socorristas rescataron a última hora de este martes los cuerpos de tres mineros muertos tras una fuerte "
            "explosión en una pequeña mina de carbón en el norte de México que dejó un total de 14 trabajadores "
            "atrapados decenas de metros bajo tierra.",
            [("killed", "miners", "3")],
        ),
        ("La explosión dejó 14 personas atrapadas.", []),
        ("La tormenta dejó 300 turistas varados en el aeropuerto.", []),
        # the participle of a casualty still says what the count is
        ("La explosión dejó 14 personas heridas.", [("injured", None, "14")]),
        ("La explosión dejó 14 personas muertas.", [("killed", None, "14")]),
        ("La explosión dejó 14 personas desaparecidas.", [("missing", None, "14")]),
        ("La explosión dejó 14 trabajadores sin vida.", [("killed", "workers", "14")]),
        ("La explosión dejó 14 muertos y 20 heridos.", [("injured", None, "20"), ("killed", None, "14")]),
    ],
)
def test_left_trapped_is_no_toll(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "es") == claims


# -- arrests: one named by an article, the noun of an arrest before its people ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # de-7ed602ba-2
        ("Im Zuge des Polizeieinsatzes kam es auch zu einer Festnahme.", "de", [("detained", None, "1")]),
        ("Im Zuge des Polizeieinsatzes kam es zu drei Festnahmen.", "de", [("detained", None, "3")]),
        # one man arrested stays a story about a person (the frames' rule since nl11), one arrest by its noun counts
        ("Ein Mann wurde festgenommen.", "de", []),
        ("Un homme a été interpellé.", "fr", []),
        ("Se produjo una detención.", "es", [("detained", None, "1")]),
        ("Une interpellation a eu lieu.", "fr", [("detained", None, "1")]),
        # es-b818fd4e-2
        (
            "La operación comenzó tras la incautación de 7.000 kilos de cocaína y la detención de tres personas que "
            "ingresaron en prisión.",
            "es",
            [("detained", None, "3")],
        ),
        ("L'opération a permis l'interpellation de trois personnes.", "fr", [("detained", None, "3")]),
        ("L'opération s'est soldée par l'arrestation de trois personnes.", "fr", [("detained", None, "3")]),
        # an arrest ordered or asked for is no count
        ("El juez ordenó la detención de tres personas.", "es", []),
        ("La fiscalía pidió el arresto de tres personas.", "es", []),
        ("Le parquet a demandé l'arrestation de trois personnes.", "fr", []),
        ("Le juge a ordonné l'arrestation de trois suspects.", "fr", []),
        # one of a whole stays a story, as before
        ("Uno de los dos autores fue detenido.", "es", []),
    ],
)
def test_arrests(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- German roles, verbs and one person in the accusative ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # de-5ae8ba09-2
        (
            "Zwei Bergmänner im Alter von 24 und 44 Jahren wurden bei dem Grubenunglück in der heutigen Deponie am "
            "Freitag verletzt.",
            [("injured", "miners", "2")],
        ),
        # de-27904f75-8
        ("Eine Mitarbeiterin wurde durch ein Fenster geschleudert und schwer verletzt.", [("injured", "workers", "1")]),
        # de-735f1a01-7
        (
            "In der Nähe von Schwerin erschlug ein umstürzender Baum einen Lastwagenfahrer.",
            [("killed", "truck_drivers", "1")],
        ),
        # de-735f1a01-10
        (
            "Bei Gransee im Landkreis Oberhavel sei ein Ast in eine Windschutzscheibe geflogen und habe einen "
            "Menschen getötet.",
            [("killed", None, "1")],
        ),
        ("Ein umstürzender Baum erschlug einen Mann.", [("killed", "men", "1")]),
        ("In Bayern erschlug ein Baum zwei Menschen.", [("killed", None, "2")]),
        ("Drei Lkw-Fahrer wurden verletzt.", [("injured", "truck_drivers", "3")]),
        # de-dc106506-8
        ("Sechs Beschuldigte wurden verhaftet, wie die Polizei mitteilte.", [("detained", "suspects", "6")]),
        ("Bei dem Amoklauf tötete der junge Täter sieben Menschen.", [("killed", None, "7")]),
        ("Am Sonntag rettete die freiwillige Feuerwehr sechs Menschen.", [("rescued", None, "6")]),
        # same surface, no count
        ("Er half einem Menschen in Not.", []),
        ("Wir suchen einen Mitarbeiter.", []),
        ("Das Unternehmen hat einen Mitarbeiter entlassen.", []),
        ("Am Sonntag verletzte der schwere Sturm zwei Autos.", []),
    ],
)
def test_german_roles_and_verbs(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "de") == claims


def test_one_role_in_a_list_is_no_member_count() -> None:
    # de-fac52ee9-1: the guide counts a woman or a child in a list, not another singular role
    text = (
        "Dabei sind drei Menschen ums Leben gekommen, darunter der Lokführer und ein weiterer Mitarbeiter der "
        "Deutschen Bahn (siehe Video oben)."
    )
    assert claims_of(text, "de") == [("killed", None, "3")]
    assert claims_of("Dabei sind drei Menschen ums Leben gekommen, darunter ein Polizist.", "de") == [
        ("killed", None, "3")
    ]
    assert claims_of("Dabei sind drei Menschen ums Leben gekommen, darunter ein Kind.", "de") == [
        ("killed", None, "3"),
        ("killed", "children", "1"),
    ]
    assert claims_of("Trois personnes sont mortes, dont une femme.", "fr") == [
        ("killed", None, "3"),
        ("killed", "women", "1"),
    ]


def test_german_likelihood_is_projected() -> None:
    # de-4ce3624e-1
    assert _statuses("Mindestens 18 Menschen sind wohl bereits gestorben.", "de") == [
        ("killed", "at least 18", "projected")
    ]
    assert _statuses("Mindestens 18 Menschen sind wahrscheinlich gestorben.", "de") == [
        ("killed", "at least 18", "projected")
    ]
    assert _statuses("Mindestens 18 Menschen sind gestorben.", "de") == [("killed", "at least 18", "reported")]


# -- French and Spanish predicates: suffering an injury, stricken, made ill by smoke, "estar" after a modal ----------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-5398ff44-4
        (
            "Deux personnes souffrent d'un traumatisme crânien et deux autres de brûlures sévères, a indiqué la "
            "préfecture.",
            "fr",
            [("injured", None, "2")],
        ),
        ("Trois personnes souffrent de blessures graves.", "fr", [("injured", None, "3")]),
        ("Dos personas sufren un traumatismo craneal.", "es", [("injured", None, "2")]),
        # fr-6cf934d3-1
        (
            "Les récentes inondations dévastatrices ont fait près de 900 morts et 3,5 millions de personnes "
            "sinistrés, de la Guinée au Tchad en passant par le Nigéria.",
            "fr",
            [("displaced", None, "3500000"), ("killed", None, "about 900")],
        ),
        ("Les inondations ont fait 300 personnes sinistrées.", "fr", [("displaced", None, "300")]),
        # fr-0f931c13-4
        (
            "Dix-sept ont été hospitalisées, sept dans un état grave et dix légèrement incommodées.",
            "fr",
            [("injured", None, "10"), ("injured", None, "17"), ("injured", None, "7")],
        ),
        ("Dix personnes ont été incommodées par les fumées.", "fr", [("injured", None, "10")]),
        # same surface, no count
        ("Deux enfants souffrent de malnutrition.", "fr", []),
        ("Le pays souffre de pénuries depuis 2019.", "fr", []),
        ("La zone sinistrée compte 300 habitants.", "fr", []),
        ("Tres personas deben estar en el hospital.", "es", []),
    ],
)
def test_romance_predicates(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


def test_estar_after_a_modal_is_projected() -> None:
    # es-a6ed55ba-2
    text = (
        "El edificio, una antigua sede de la Policía Federal, estaba ocupado por unas 50 familias y al menos tres "
        "personas podrían estar desaparecidas, de acuerdo con las autoridades."
    )
    assert _statuses(text, "es") == [("missing", "at least 3", "projected")]
    assert _statuses("Tres personas podrían estar muertas.", "es") == [("killed", "3", "projected")]


# -- status: verified confirms; a preliminary cue stops at a semicolon opening a clause of its own -----------------


def test_verified_confirms() -> None:
    # es-a070aaec-2
    assert _statuses('"Hemos verificado hasta este momento cuatro personas muertas.', "es") == [
        ("killed", "4", "confirmed")
    ]
    assert _statuses("Cuatro muertes fueron verificadas.", "es") == [("killed", "4", "confirmed")]
    # a check under way confirms nothing
    assert _statuses("Cuatro muertes están siendo verificadas.", "es") == [("killed", "4", "reported")]


def test_preliminary_stops_at_a_semicolon_clause() -> None:
    # fr-6cf934d3-3
    text = (
        "Les autorités ont dressé le bilan provisoires d'une trentaine de personnes décédées dans la catastrophe et "
        "dans 400 000 autres déplacées ; cela s'ajoute aux 200 morts et aux 225.000 déplacés comptabilisés par les "
        "Nations unies à la mi-juillet."
    )
    assert _statuses(text, "fr") == [
        ("killed", "about 30", "preliminary"),
        ("displaced", "400000", "preliminary"),
        ("killed", "200", "reported"),
        ("displaced", "225000", "reported"),
    ]
    # a list set out with semicolons keeps the cue on every count
    assert _statuses("Bilan provisoire : 12 morts ; 40 blessés ; 3 disparus.", "fr") == [
        ("killed", "12", "preliminary"),
        ("injured", "40", "preliminary"),
        ("missing", "3", "preliminary"),
    ]
    assert _statuses("Selon un bilan provisoire, 12 personnes sont mortes ; au moins 40 autres ont été blessées.", "fr") == [
        ("killed", "12", "preliminary"),
        ("injured", "at least 40", "preliminary"),
    ]


def test_saldo_de_victimas_is_a_toll() -> None:
    assert claims_of("El saldo de víctimas asciende a 83.", "es") == [("killed", None, "83")]
    assert claims_of("El saldo mortal del accidente asciende a 12.", "es") == [("killed", None, "12")]
    assert claims_of("El saldo de la cuenta asciende a 83 euros.", "es") == []


# -- the main clause after an opening condition, its verb conditional, is projected -------------------------------


@pytest.mark.parametrize(
    ("text", "language", "statuses"),
    [
        # es-f9f9a8a4-6
        (
            "Si se tratase de la misma barcaza, el saldo de víctimas ascendería a 83, algo que ahora se trata de "
            "averiguar.",
            "es",
            [("killed", "83", "projected")],
        ),
        # es-f62091c4-1
        (
            "Si se recupera el cuerpo de Maldonado, entonces las víctimas mortales del deslave ascenderían a diez, "
            "entre ellas dos menores de edad, según las autoridades.",
            "es",
            [("killed", "10", "projected"), ("killed", "2", "projected")],
        ),
        ("Si la digue cède, le bilan s'élèverait à plus de 100 morts.", "fr", [("killed", "more than 100", "projected")]),
        # no conditional verb: a concessive "si", or a condition with no clause of its own
        ("Si bien el incendio fue controlado, 12 personas murieron.", "es", [("killed", "12", "reported")]),
        ("Si se confirma, 12 personas murieron.", "es", [("killed", "12", "reported")]),
        (
            "Si aucun blessé n'est à déplorer, 300 personnes ont été évacuées.",
            "fr",
            [("evacuated", "300", "reported")],
        ),
        ("Según la secretaría, 12 personas murieron.", "es", [("killed", "12", "reported")]),
    ],
)
def test_hypothetical_main_clause_is_projected(text: str, language: str, statuses: list[tuple[str, str, str]]) -> None:
    assert _statuses(text, language) == statuses


# -- a search that goes on: its people are missing, unless the police or a company searches ----------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # es-de72adae-4 (the part read here)
        ("En tanto se siguen buscando a 14 personas entre los escombros, informó el diario O Globo.", [
            ("missing", None, "14")
        ]),
        # es-b5e40bd8-2
        ("Los organismos de socorro continuaban buscando dos personas más al interior de la mina.", [
            ("missing", None, "2")
        ]),
        # es-2267a89a-1 (the part read here)
        ("Las autoridades mantienen la búsqueda de tres personas más que hasta ahora no han sido localizadas.", [
            ("missing", None, "3")
        ]),
        ("Mientras continúa la búsqueda de otros cuatro trabajadores atrapados en el socavón.", [
            ("missing", "workers", "4")
        ]),
        ("Los rescatistas buscan todavía a cinco personas.", [("missing", None, "5")]),
        # the police, a company, offenders or things: no count
        ("La policía sigue buscando a dos personas que presenciaron el robo.", []),
        ("La empresa sigue buscando 20 trabajadores para la temporada.", []),
        ("La policía sigue buscando a dos sospechosos.", []),
        ("La policía continúa la búsqueda de los tres atacantes.", []),
        ("Continúa la búsqueda de 20 millones de euros.", []),
    ],
)
def test_a_search_that_goes_on(text: str, claims: list[Claim]) -> None:
    assert claims_of(text, "es") == claims


# -- a count in a comma aside of addition right before the predicate of the whole subject -------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-5398ff44-5
        (
            "Le chauffeur du camion, ainsi qu'un enfant retrouvé à ses côtés en milieu de journée, sont décédés.",
            "fr",
            [("killed", "children", "1")],
        ),
        ("Le chauffeur, ainsi que deux enfants, sont décédés.", "fr", [("killed", "children", "2")]),
        ("El conductor, así como un niño, murieron.", "es", [("killed", "children", "1")]),
        ("Der Fahrer, sowie zwei Kinder, wurden verletzt.", "de", [("injured", "children", "2")]),
        # no casualty predicate after the aside
        ("Le maire, ainsi que deux adjoints venus de Lyon, ont visité les lieux.", "fr", []),
        ("Le chauffeur, ainsi que deux enfants, a indiqué la police.", "fr", []),
    ],
)
def test_count_in_an_aside_of_addition(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


def test_a_separable_stem_before_a_long_adverbial() -> None:
    # the stem may stand before its subject and an adverbial of up to a dozen words; its particle closes the clause
    text = "Die Polizei nahm am Sonntag nach einer Schlägerei in der Innenstadt 14 Personen fest."
    assert claims_of(text, "de") == [("detained", None, "14")]
    assert claims_of("Die Polizei nahm am Sonntag nach einer Schlägerei in der Innenstadt 14 Anrufe entgegen.", "de") == []
    # de-dc106506-1: the plural of the stem, read as the singular was
    text = (
        "In Nordrhein-Westfalen nahmen Beamte nach Ermittlerangaben bei teilweise von Spezialkräften ausgeführten "
        "Zugriffen insgesamt sieben Verdächtige fest."
    )
    assert claims_of(text, "de") == [("detained", "suspects", "7")]
    assert claims_of("Die Polizei nimmt drei Männer fest.", "de") == [("detained", "men", "3")]
    assert claims_of("Am Sonntag nahmen die Beamten sieben Anrufe entgegen.", "de") == []
    assert claims_of("Die Beamten nahmen sieben Personen mit.", "de") == []


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # es-a070aaec-3: the rescue keeps its metric beside the participle's
        ("Hemos también rescatado 15 personas heridas.", "es", [("injured", None, "15"), ("rescued", None, "15")]),
        ("Los bomberos evacuaron a 20 personas heridas.", "es", [("evacuated", None, "20"), ("injured", None, "20")]),
        ("Les pompiers ont secouru 15 personnes blessées.", "fr", [("injured", None, "15"), ("rescued", None, "15")]),
        # a verb of leaving or causing says nothing of its own
        ("La explosión dejó 14 personas heridas.", "es", [("injured", None, "14")]),
        ("L'explosion a fait 20 personnes blessées.", "fr", [("injured", None, "20")]),
        ("La explosión dejó 2 hijos huérfanos.", "es", []),
    ],
)
def test_a_rescue_keeps_its_metric_beside_the_participle(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims


# -- a participle that describes the victims before their own predicate ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # fr-c2b3ab75-4
        (
            "Dans la ville portuaire d'Alexandroupolis, des dizaines de patients hospitalisés ont été évacués à bord "
            "d'un ferry.",
            "fr",
            [("evacuated", "patients", "tens")],  # guide17: the dev label, the guide's patients (session 14)
        ),
        # es-d1f145e7-1
        (
            "Las cuatro personas desaparecidas tras el derrumbe de un edificio en construcción en el centro de "
            "Madrid, España, fueron halladas sin vida.",
            "es",
            [("killed", None, "4")],
        ),
        ("Cinco personas desaparecidas fueron rescatadas con vida.", "es", [("rescued", None, "5")]),
        ("Douze personnes blessées ont été hospitalisées.", "fr", [("injured", None, "12")]),
        # participles in a list, or a clause of its own after "y": each as before
        ("Tres personas heridas y dos muertas.", "es", [("injured", None, "3"), ("killed", None, "2")]),
        ("Tres personas heridas y la policía fue alertada.", "es", [("injured", None, "3")]),
        ("Doce personas resultaron heridas.", "es", [("injured", None, "12")]),
    ],
)
def test_a_describing_participle_before_the_predicate(text: str, language: str, claims: list[Claim]) -> None:
    assert claims_of(text, language) == claims
