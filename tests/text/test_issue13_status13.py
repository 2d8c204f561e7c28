"""Issue 13, session 13 (status13): the status of a claim, set by the reach of its cue, in the five languages.

Made-up sentences only, each shape beside a same-surface negative whose cue must not change the status (a cue in
another clause, about another count, negated, or naming a kind of thing). The figures come from the shared reader
(tests/text/_read.py); the status from :func:`_status_of`.
"""

from __future__ import annotations

import pytest

from casualtylog.text import extract
from casualtylog.text._status_scope import provisional_thing
from casualtylog.text._tokens import tokenize
from casualtylog.text.lang import get_language
from tests.text._read import claims_of

Status = tuple[str, str | None, str, str]


def _status_of(text: str, language: str) -> list[Status]:
    """The claims of ``text`` with their status, sorted as the shared reader sorts them."""
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return sorted(
        ((x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found),
        key=lambda c: (c[0], c[1] or "", c[2], c[3]),
    )


def _check(text: str, language: str, expected: list[Status]) -> None:
    want = sorted(expected, key=lambda c: (c[0], c[1] or "", c[2], c[3]))
    assert _status_of(text, language) == want
    # the status changes nothing else: the same claims as the shared reader reads
    assert claims_of(text, language) == sorted((c[:3] for c in want), key=lambda c: (c[0], c[1] or "", c[2]))


# A fear for people, or an ability to confirm, is no projection of a count; a count feared, or believed by a source, is.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The mayor fears the worst for the three missing fishermen.",
            "en",
            [("missing", "fishermen", "3", "reported")],
        ),
        ("Rescuers fear for the lives of 20 people still missing.", "en", [("missing", None, "20", "reported")]),
        ("De politie kan bevestigen dat twaalf mensen zijn omgekomen.", "nl", [("killed", None, "12", "reported")]),
        ("Het dodental kan nog oplopen tot twintig.", "nl", [("killed", None, "20", "projected")]),
        ("Officials believe at least 40 people died.", "en", [("killed", None, "at least 40", "projected")]),
        ("Forty people died in what police believe was an arson attack.", "en", [("killed", None, "40", "reported")]),
        ("Three fishermen are feared missing after the storm.", "en", [("missing", "fishermen", "3", "projected")]),
        (
            "De burgemeester vreest het ergste voor de drie vermiste vissers.",
            "nl",
            [("missing", "fishermen", "3", "reported")],
        ),
        (
            "De reddingswerkers vrezen voor het leven van twintig vermisten.",
            "nl",
            [("missing", None, "20", "reported")],
        ),
        ("Men vreest dat twintig mensen zijn omgekomen.", "nl", [("killed", None, "20", "projected")]),
        (
            "Der Bürgermeister befürchtet das Schlimmste für die drei Vermissten.",
            "de",
            [("missing", None, "3", "reported")],
        ),
        ("Es wird befürchtet, dass drei Menschen gestorben sind.", "de", [("killed", None, "3", "projected")]),
        (
            "Le maire craint le pire pour les trois pêcheurs disparus.",
            "fr",
            [("missing", "fishermen", "3", "reported")],
        ),
        (
            "Les secours craignent pour la vie de vingt personnes disparues.",
            "fr",
            [("missing", None, "20", "reported")],
        ),
        ("Los rescatistas temen por la vida de veinte desaparecidos.", "es", [("missing", None, "20", "reported")]),
        ("Se teme que veinte personas hayan muerto.", "es", [("killed", None, "20", "projected")]),
    ],
)
def test_a_fear_for_people_or_an_ability_projects_no_count_a_belief_does(
    text: str, language: str, expected: list[Status]
) -> None:
    _check(text, language, expected)


# "confirmed" of one noun confirms that count alone; a confirming predicate governs every count of its clause.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The ministry reported 40 confirmed deaths and 120 injured.",
            "en",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "reported")],
        ),
        (
            "The ministry reported 40 deaths and 120 confirmed injuries.",
            "en",
            [("killed", None, "40", "reported"), ("injured", None, "120", "confirmed")],
        ),
        (
            "Forty deaths and 120 injuries were confirmed by the ministry.",
            "en",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "confirmed")],
        ),
        (
            "Er zijn 40 bevestigde doden en 120 gewonden.",
            "nl",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "reported")],
        ),
        (
            "Veertig doden en 120 gewonden zijn bevestigd.",
            "nl",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "confirmed")],
        ),
        (
            "Inzwischen gebe es 1.200 bestätigte Todesopfer und 6.000 Verletzte, teilte die Behörde mit.",
            "de",
            [("killed", None, "1200", "confirmed"), ("injured", None, "6000", "reported")],
        ),
        (
            "Die Behörde meldete 40 Tote und 120 bestätigte Verletzte.",
            "de",
            [("killed", None, "40", "reported"), ("injured", None, "120", "confirmed")],
        ),
        (
            "40 Tote und 120 Verletzte sind bestätigt.",
            "de",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "confirmed")],
        ),
        (
            "On compte 40 morts confirmés et 120 blessés.",
            "fr",
            [("killed", None, "40", "confirmed"), ("injured", None, "120", "reported")],
        ),
        (
            "El ministerio informó de 40 muertos y 120 heridos confirmados.",
            "es",
            [("killed", None, "40", "reported"), ("injured", None, "120", "confirmed")],
        ),
        (
            "Se confirmaron doce muertes y cuarenta heridos.",
            "es",
            [("killed", None, "12", "confirmed"), ("injured", None, "40", "confirmed")],
        ),
    ],
)
def test_confirmed_of_one_noun_confirms_that_count(text: str, language: str, expected: list[Status]) -> None:
    _check(text, language, expected)


# A closing attribution whose verb confirms confirms the counts before it; a negated one, one with an object of its
# own, a relative clause or another verb of saying between leave them reported.
@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        (
            "Fifteen people were killed in the storms, the state agency confirmed to reporters on Sunday.",
            "en",
            "confirmed",
        ),
        ("Fifteen people were killed in the storms, the agency's spokesman confirmed, John Smith.", "en", "confirmed"),
        (
            "Fifteen people were killed in the storms, the agency said, but it has not confirmed the cause.",
            "en",
            "reported",
        ),
        (
            "Fifteen people were killed in the storms, the agency said, adding that police confirmed a leak.",
            "en",
            "reported",
        ),
        ("Fifteen people were killed in the storms, said the agency's spokesman, John Smith.", "en", "reported"),
        ("Bij de storm kwamen vijftien mensen om het leven, heeft de politie bevestigd.", "nl", "confirmed"),
        (
            "Bij de storm kwamen vijftien mensen om het leven, zei de politie, die een gaslek bevestigde.",
            "nl",
            "reported",
        ),
        ("Bei dem Sturm kamen 15 Menschen ums Leben, wie die Polizei bestätigte.", "de", "confirmed"),
        ("Bei dem Sturm kamen 15 Menschen ums Leben, die Ursache ist aber nicht bestätigt.", "de", "reported"),
        ("Quinze personnes ont été tuées dans la tempête, a confirmé la préfecture.", "fr", "confirmed"),
        (
            "Quinze personnes ont été tuées dans la tempête, selon la préfecture, qui a confirmé une fuite.",
            "fr",
            "reported",
        ),
        (
            "Los rescatistas hallaron los cuerpos de quince mineros tras el derrumbe, según ha confirmado el fiscal, "
            "Juan Pérez.",
            "es",
            "confirmed",
        ),
        ("Quince personas murieron en la tormenta, según la policía, que no ha confirmado la causa.", "es", "reported"),
    ],
)
def test_a_closing_attribution_that_confirms(text: str, language: str, status: str) -> None:
    assert [c[3] for c in _status_of(text, language)] == [status]


# First findings, a first count, a toll not yet final are preliminary; the cue in a relative clause or opening the
# next clause reaches no count before it; "provisional" naming a kind of thing is none.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("According to initial information, 12 people were killed.", "en", [("killed", None, "12", "preliminary")]),
        (
            "Twelve people died; according to initial information, 30 people were injured.",
            "en",
            [("killed", None, "12", "reported"), ("injured", None, "30", "preliminary")],
        ),
        (
            "Twelve people died in the fire, which initial information blamed on a leak.",
            "en",
            [("killed", None, "12", "reported")],
        ),
        ("The toll, which is not yet final, stands at 40 dead.", "en", [("killed", None, "40", "preliminary")]),
        (
            "Twelve soldiers of the provisional government were killed.",
            "en",
            [("killed", "soldiers", "12", "reported")],
        ),
        ("Volgens eerste gegevens raakten dertig mensen gewond.", "nl", [("injured", None, "30", "preliminary")]),
        (
            "Twaalf mensen kwamen om het leven bij de brand, die volgens de eerste informatie door een gaslek ontstond.",
            "nl",
            [("killed", None, "12", "reported")],
        ),
        ("Nach ersten Erkenntnissen wurden 30 Menschen verletzt.", "de", [("injured", None, "30", "preliminary")]),
        (
            "Zwölf Menschen starben bei dem Brand, der nach ersten Erkenntnissen durch ein Gasleck entstand.",
            "de",
            [("killed", None, "12", "reported")],
        ),
        ("Selon un premier décompte, douze personnes sont mortes.", "fr", [("killed", None, "12", "preliminary")]),
        (
            "Douze personnes sont mortes dans l'incendie, dont l'origine, selon les premiers éléments, serait une fuite.",
            "fr",
            [("killed", None, "12", "reported")],
        ),
        ("Douze soldats du gouvernement provisoire ont été tués.", "fr", [("killed", "soldiers", "12", "reported")]),
        (
            "Según un balance oficial, aunque no definitivo, cuarenta personas murieron.",
            "es",
            [("killed", None, "40", "preliminary")],
        ),
        (
            "Doce personas murieron; según los primeros datos, treinta personas resultaron heridas.",
            "es",
            [("killed", None, "12", "reported"), ("injured", None, "30", "preliminary")],
        ),
        ("El juez decretó prisión provisional para los doce detenidos.", "es", [("detained", None, "12", "reported")]),
    ],
)
def test_preliminary_cues_and_their_reach(text: str, language: str, expected: list[Status]) -> None:
    _check(text, language, expected)


# Likelihood, belief, possibility and assuming project; the same word in another clause does not.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "More than 30 people were likely killed in the strike.",
            "en",
            [("killed", None, "more than 30", "projected")],
        ),
        (
            "At least 12 people were killed, probably by a car bomb.",
            "en",
            [("killed", None, "at least 12", "reported")],
        ),
        ("Thirty people are believed dead.", "en", [("killed", None, "30", "projected")]),
        ("There were 12 suspected deaths from cholera in the camp.", "en", [("killed", None, "12", "projected")]),
        ("Officials expect the death toll to exceed 100.", "en", [("killed", None, "more than 100", "projected")]),
        ("The death toll reached 100 on Sunday.", "en", [("killed", None, "100", "reported")]),
        ("Twaalf vissers zijn waarschijnlijk verdronken.", "nl", [("killed", "fishermen", "12", "projected")]),
        ("De autoriteiten gaan uit van twintig doden.", "nl", [("killed", None, "20", "projected")]),
        (
            "De autoriteiten gaan uit van een ongeluk; er vielen twintig doden.",
            "nl",
            [("killed", None, "20", "reported")],
        ),
        (
            "Nach dem Unfall gehen die Ermittler offiziell vom Tod von 18 Menschen aus.",
            "de",
            [("killed", None, "18", "projected")],
        ),
        ("Die Polizei geht davon aus, dass 18 Menschen getötet wurden.", "de", [("killed", None, "18", "projected")]),
        (
            "Die Ermittler gehen von einem Unfall aus; 18 Menschen wurden getötet.",
            "de",
            [("killed", None, "18", "reported")],
        ),
        (
            "Der Katastrophenschutz geht in einer vorläufigen Bilanz inzwischen von 120 Toten aus.",
            "de",
            [("killed", None, "120", "preliminary")],
        ),
        ("Möglicherweise kamen 50 Menschen bei dem Hochwasser ums Leben.", "de", [("killed", None, "50", "projected")]),
        (
            "Vingt personnes sont probablement mortes dans le glissement de terrain.",
            "fr",
            [("killed", None, "20", "projected")],
        ),
        ("Vingt personnes sont mortes, probablement à cause de la pluie.", "fr", [("killed", None, "20", "reported")]),
        ("Il est possible que vingt personnes aient péri.", "fr", [("killed", None, "20", "projected")]),
        ("Más de 100 personas podrían haber muerto.", "es", [("killed", None, "more than 100", "projected")]),
        ("Se cree que más de 100 personas murieron.", "es", [("killed", None, "more than 100", "projected")]),
        (
            "Cien personas murieron, aunque se cree que el incendio fue provocado.",
            "es",
            [("killed", None, "100", "reported")],
        ),
        ("La cifra de muertos podría superar los 100.", "es", [("killed", None, "more than 100", "projected")]),
        ("La cifra de muertos supera los 100.", "es", [("killed", None, "more than 100", "reported")]),
    ],
)
def test_likelihood_belief_and_assuming_project(text: str, language: str, expected: list[Status]) -> None:
    _check(text, language, expected)


# A projection cue in a relative clause on a noun after the count, or in the main clause after the count's own
# relative clause, projects the noun, not the count.
@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Twelve people died in a fire that may have been started deliberately.", "en", "reported"),
        ("Twelve people may have died in the fire.", "en", "projected"),
        ("Flooding that has killed 60 people is expected to worsen.", "en", "reported"),
        ("Twaalf mensen kwamen om bij een brand die mogelijk was aangestoken.", "nl", "reported"),
        ("Twaalf mensen kwamen mogelijk om bij de brand.", "nl", "projected"),
        ("Douze personnes sont mortes dans un incendie qui pourrait être d'origine criminelle.", "fr", "reported"),
        ("L'attaque qui a fait douze morts pourrait déstabiliser la région.", "fr", "reported"),
        ("Douze personnes pourraient être mortes dans l'incendie.", "fr", "projected"),
        ("Doce personas murieron en un incendio que podría haber sido provocado.", "es", "reported"),
        ("El ataque que dejó doce muertos podría desestabilizar la región.", "es", "reported"),
        ("Se teme que el ataque dejó doce muertos.", "es", "projected"),
    ],
)
def test_a_relative_clause_keeps_its_projection(text: str, language: str, status: str) -> None:
    assert [c[3] for c in _status_of(text, language)] == [status]


# Reportive conditionals and hearsay report, as the guide says ("er zouden 314 gewonden zijn" stays reported).
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Twelve people were reportedly killed in the strike.", "en"),
        ("Bij de aanval zouden twaalf mensen zijn omgekomen.", "nl"),
        ("Bei dem Angriff sollen zwölf Menschen getötet worden sein.", "de"),
        ("Douze personnes auraient été tuées dans l'attaque.", "fr"),
        ("Doce personas habrían resultado heridas en el ataque.", "es"),
    ],
)
def test_reportive_conditionals_report(text: str, language: str) -> None:
    assert [c[3] for c in _status_of(text, language)] == ["reported"]


def test_provisional_thing_covers_the_cue_inside_its_phrase() -> None:
    lang = get_language("fr")
    tokens = tokenize("Ils sont en détention provisoire selon un bilan provisoire.", lang)
    cues = [i for i, t in enumerate(tokens) if t.low == "provisoire"]
    assert [provisional_thing(tokens, p, lang) for p in cues] == [True, False]
