"""Issue 13, session 13 (status7): the status of a claim on fresh text (batches 6 and 7), in the five languages.

Made-up sentences only (the same as ``benchmarks/probes/status7_*.txt``), each shape beside a same-surface sentence
whose cue must not change the status: a previous toll ("Un précédent bilan", "El reporte previo") is reported like
"sans précédent" and "the previous week" (the guide since session 14: only first or initial figures are preliminary);
a check under way or denied ("are being verified", "not yet
confirmed", "müssen noch bestätigt werden") confirms nothing, the check done does; further forms of the cues
("befürchtete", "voraussichtlich", "provisorio", "confirmaba", "apparently", "can confirm", "from suspected"); a
member of a projected count is projected ("On craint 24 morts, dont 2 enfants"), beside another count projected.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog.text import extract
from casualtylog.text._status_cue_reach import without_pending
from casualtylog.text._tokens import tokenize
from casualtylog.text.lang import get_language
from tests.text._read import claims_of

Status = tuple[str, str | None, str, str]


def _key(c: Status) -> tuple[str, str, str, str]:
    return (c[0], c[1] or "", c[2], c[3])


def _status_of(text: str, language: str) -> list[Status]:
    """The claims of ``text`` with their status, sorted as the shared reader sorts them."""
    found = extract(text, language=language, source="s", reported_at="2025-01-01")
    return sorted(((x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found), key=_key)


def _check(text: str, language: str, expected: list[Status]) -> None:
    assert _status_of(text, language) == sorted(expected, key=_key)
    # the status changes nothing else: the same claims as the shared reader reads
    assert claims_of(text, language) == sorted((c[:3] for c in expected), key=lambda c: (c[0], c[1] or "", c[2]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The previous week was calm, and 40 people died on Sunday.", [("killed", None, "40", "reported")]),
        (
            "The previous government built the dam, and 75 people were injured when it broke.",
            [("injured", None, "75", "reported")],
        ),
        ("The blast, like the previous one, killed 18 people.", [("killed", None, "18", "reported")]),
        (
            "A statement issued earlier by the city government said 28 were hospitalized.",
            [("injured", None, "28", "reported")],
        ),
        (
            "The city government said in a statement that 28 were hospitalized earlier on Monday.",
            [("injured", None, "28", "reported")],
        ),
        ("Meanwhile, 12 deaths are being verified by the agency.", [("killed", None, "12", "reported")]),
        ("Meanwhile, 12 deaths were verified by the agency.", [("killed", None, "12", "confirmed")]),
        ("The deaths of 7 people have not yet been confirmed.", [("killed", None, "7", "reported")]),
        ("The deaths of 7 people have been confirmed.", [("killed", None, "7", "confirmed")]),
        ("Another 30 deaths remain to be confirmed, officials said.", [("killed", None, "+30", "reported")]),
        ("Another 30 deaths were confirmed, officials said.", [("killed", None, "+30", "confirmed")]),
        ("14 deaths are pending confirmation.", [("killed", None, "14", "reported")]),
        ("14 deaths are now confirmed.", [("killed", None, "14", "confirmed")]),
        ("Officials are unable to verify the deaths of 6 people.", [("killed", None, "6", "reported")]),
        ("Officials verified the deaths of 6 people.", [("killed", None, "6", "confirmed")]),
        ("We can only confirm 24 deaths right now.", [("killed", None, "24", "confirmed")]),
        ("We cannot confirm 24 deaths right now.", [("killed", None, "24", "reported")]),
        ("The hospital can confirm 11 injured.", [("injured", None, "11", "confirmed")]),
        ("The hospital cannot confirm 11 injured.", [("injured", None, "11", "reported")]),
        ("Seven of those injured apparently died later of their wounds.", [("killed", None, "7", "projected")]),
        (
            "Seven people died on Friday, and the fire apparently began in a storeroom.",
            [("killed", None, "7", "reported")],
        ),
        ("Three people apparently died in the avalanche.", [("killed", None, "3", "projected")]),
        (
            "Three people died in the avalanche, which apparently started near the summit.",
            [("killed", None, "3", "reported")],
        ),
        ("Nine people died from suspected heat stroke.", [("killed", None, "9", "projected")]),
        ("Nine people were killed by suspected militants.", [("killed", None, "9", "reported")]),
        ("Eleven deaths due to suspected cholera were recorded.", [("killed", None, "11", "projected")]),
        ("Eleven deaths due to cholera were recorded.", [("killed", None, "11", "reported")]),
        (
            "At least 24 people are feared dead, including 2 children.",
            [("killed", None, "at least 24", "projected"), ("killed", "children", "2", "projected")],
        ),
        (
            "At least 24 people died, including 2 children, and 10 are feared missing.",
            [
                ("killed", None, "at least 24", "reported"),
                ("killed", "children", "2", "reported"),
                ("missing", None, "10", "projected"),
            ],
        ),
    ],
)
def test_status_en(text: str, expected: list[Status]) -> None:
    _check(text, "en", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De vorige balans sprak van 33 doden.", [("killed", None, "33", "reported")]),
        ("De nieuwe balans sprak van 33 doden.", [("killed", None, "33", "reported")]),
        ("Een eerdere balans meldde 12 gewonden.", [("injured", None, "12", "reported")]),
        ("Het eerdere dodental was 19.", [("killed", None, "19", "reported")]),
        ("Het dodental was 19.", [("killed", None, "19", "reported")]),
        ("Tien doden moeten nog worden bevestigd.", [("killed", None, "10", "reported")]),
        ("Tien doden zijn bevestigd.", [("killed", None, "10", "confirmed")]),
        ("De dood van 5 mensen is niet bevestigd.", [("killed", None, "5", "reported")]),
        ("De dood van 5 mensen is bevestigd.", [("killed", None, "5", "confirmed")]),
        ("De politie heeft 8 gewonden niet bevestigd.", [("injured", None, "8", "reported")]),
        ("De politie heeft 8 gewonden bevestigd.", [("injured", None, "8", "confirmed")]),
        ("Zeven doden moet de politie nog bevestigen.", [("killed", None, "7", "reported")]),
        ("Zeven doden werden door de politie bevestigd.", [("killed", None, "7", "confirmed")]),
        ("Er zijn nog geen bevestigde doden, wel 3 gewonden.", [("injured", None, "3", "reported")]),
        ("De vorige burgemeester was erbij toen 12 mensen gewond raakten.", [("injured", None, "12", "reported")]),
        (
            "Gevreesd wordt dat 24 mensen zijn omgekomen, onder wie 2 kinderen.",
            [("killed", None, "24", "projected"), ("killed", "children", "2", "projected")],
        ),
        (
            "Zeker 24 mensen zijn omgekomen, onder wie 2 kinderen, en 10 worden gevreesd vermist.",
            [
                ("killed", None, "at least 24", "reported"),
                ("killed", "children", "2", "reported"),
                ("missing", None, "10", "projected"),
            ],
        ),
    ],
)
def test_status_nl(text: str, expected: list[Status]) -> None:
    _check(text, "nl", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die vorherige Bilanz lag bei 45 Toten.", [("killed", None, "45", "reported")]),
        ("Die neue Bilanz lag bei 45 Toten.", [("killed", None, "45", "reported")]),
        ("Eine frühere Bilanz hatte 20 Verletzte genannt.", [("injured", None, "20", "reported")]),
        (
            "In der vorherigen Woche war es ruhig, am Sonntag wurden 20 Menschen verletzt.",
            [("injured", None, "20", "reported")],
        ),
        ("Nach der bisherigen Bilanz starben 8 Menschen.", [("killed", None, "8", "reported")]),
        ("Nach der vorherigen Bilanz starben 8 Menschen.", [("killed", None, "8", "reported")]),
        # session 17 (rom17): "weitere N" of the dead with no count beside it is +N (the guide's "Another and more",
        # settled in session 15: de-5d43d063-6 "befürchtete weitere 10.000 Tote" is +10000 projected); the status
        # is what these two test
        ("Die Behörden befürchteten weitere 300 Tote.", [("killed", None, "+300", "projected")]),
        ("Die Behörden meldeten weitere 300 Tote.", [("killed", None, "+300", "reported")]),
        ("In der Region sind voraussichtlich 500 Tote zu beklagen.", [("killed", None, "500", "projected")]),
        ("In der Region sind 500 Tote zu beklagen.", [("killed", None, "500", "reported")]),
        (
            "Die Straße bleibt voraussichtlich bis Freitag gesperrt, nachdem 12 Menschen verletzt wurden.",
            [("injured", None, "12", "reported")],
        ),
        ("Das Rote Kreuz befürchtete 40 Vermisste.", [("missing", None, "40", "projected")]),
        ("Zehn Todesfälle müssen noch bestätigt werden.", [("killed", None, "10", "reported")]),
        ("Zehn Todesfälle wurden bestätigt.", [("killed", None, "10", "confirmed")]),
        ("Der Tod von 5 Menschen ist noch nicht bestätigt.", [("killed", None, "5", "reported")]),
        ("Der Tod von 5 Menschen ist bestätigt.", [("killed", None, "5", "confirmed")]),
        ("Die Polizei hat 7 Tote nicht bestätigt.", [("killed", None, "7", "reported")]),
        ("Die Polizei hat 7 Tote bestätigt.", [("killed", None, "7", "confirmed")]),
        ("Die Zahl von 6 Toten wurde noch am Abend bestätigt.", [("killed", None, "6", "confirmed")]),
        (
            "Vermutlich starben 24 Menschen, darunter 2 Kinder.",
            [("killed", None, "24", "projected"), ("killed", "children", "2", "projected")],
        ),
        (
            "Mindestens 24 Menschen starben, darunter 2 Kinder, und 10 werden befürchtet vermisst.",
            [
                ("killed", None, "at least 24", "reported"),
                ("killed", "children", "2", "reported"),
                ("missing", None, "10", "projected"),
            ],
        ),
    ],
)
def test_status_de(text: str, expected: list[Status]) -> None:
    _check(text, "de", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un précédent bilan faisait état de 12 morts.", [("killed", None, "12", "reported")]),
        ("Ces inondations sans précédent ont fait 12 morts.", [("killed", None, "12", "reported")]),
        (
            "Le bilan précédent, publié lundi par la préfecture, était de 30 blessés.",
            [("injured", None, "30", "reported")],
        ),
        (
            "Le gouvernement précédent avait construit la digue, et 30 personnes ont été blessées lundi.",
            [("injured", None, "30", "reported")],
        ),
        (
            "Le précédent bilan officiel faisait état d'au moins 122 morts.",
            [("killed", None, "at least 122", "reported")],
        ),
        (
            "Le dernier bilan officiel faisait état d'au moins 122 morts.",
            [("killed", None, "at least 122", "reported")],
        ),
        ("Un bilan antérieur donnait 8 disparus.", [("missing", None, "8", "reported")]),
        (
            "Un précédent bilan faisait état de 12 morts, mais les secours ont depuis retrouvé 20 corps.",
            [("killed", None, "12", "reported"), ("killed", None, "20", "reported")],
        ),
        ("Dix décès sont en attente de confirmation.", [("killed", None, "10", "reported")]),
        ("Dix décès sont désormais confirmés.", [("killed", None, "10", "confirmed")]),
        ("La mort de 5 personnes n'a pas été confirmée.", [("killed", None, "5", "reported")]),
        ("La mort de 5 personnes a été confirmée.", [("killed", None, "5", "confirmed")]),
        ("Quatre décès doivent encore être confirmés par l'hôpital.", [("killed", None, "4", "reported")]),
        ("Quatre décès ont été confirmés par l'hôpital.", [("killed", None, "4", "confirmed")]),
        ("Sept morts ne sont pas encore confirmés.", [("killed", None, "7", "reported")]),
        ("Sept morts sont confirmés.", [("killed", None, "7", "confirmed")]),
        ("La police confirmait la mort de 4 personnes.", [("killed", None, "4", "confirmed")]),
        ("La police ne confirmait pas la mort de 4 personnes.", [("killed", None, "4", "reported")]),
        ("Les secours confirmaient 9 blessés.", [("injured", None, "9", "confirmed")]),
        ("Les secours ne confirmaient pas 9 blessés.", [("injured", None, "9", "reported")]),
        ("Les secours ne confirmaient que 9 blessés.", [("injured", None, "9", "confirmed")]),
        (
            "On craint au moins 24 morts, dont 2 enfants, dans le naufrage.",
            [("killed", None, "at least 24", "projected"), ("killed", "children", "2", "projected")],
        ),
        (
            "Au moins 24 morts, dont 2 enfants, et on craint 10 disparus.",
            [
                ("killed", None, "at least 24", "reported"),
                ("killed", "children", "2", "reported"),
                ("missing", None, "10", "projected"),
            ],
        ),
    ],
)
def test_status_fr(text: str, expected: list[Status]) -> None:
    _check(text, "fr", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El reporte previo era de 9 muertos.", [("killed", None, "9", "reported")]),
        ("El último reporte era de 9 muertos.", [("killed", None, "9", "reported")]),
        ("El balance anterior de la fiscalía hablaba de 15 heridos.", [("injured", None, "15", "reported")]),
        ("El balance de la fiscalía hablaba de 15 heridos.", [("injured", None, "15", "reported")]),
        ("Una cifra anterior daba cuenta de 6 desaparecidos.", [("missing", None, "6", "reported")]),
        ("La semana anterior fue tranquila, pero el domingo murieron 6 personas.", [("killed", None, "6", "reported")]),
        ("El informe previo registraba 30 heridos.", [("injured", None, "30", "reported")]),
        ("El balance provisorio indica 20 personas fallecidas.", [("killed", None, "20", "preliminary")]),
        ("El balance oficial indica 20 personas fallecidas.", [("killed", None, "20", "reported")]),
        ("Un juez dictó prisión provisoria para los 3 detenidos.", [("detained", None, "3", "reported")]),
        ("La cifra provisoria es de 14 muertos.", [("killed", None, "14", "preliminary")]),
        ("Diez muertes están siendo confirmadas por las autoridades.", [("killed", None, "10", "reported")]),
        ("Diez muertes fueron confirmadas por las autoridades.", [("killed", None, "10", "confirmed")]),
        ("La muerte de 5 personas no fue confirmada.", [("killed", None, "5", "reported")]),
        ("La muerte de 5 personas fue confirmada.", [("killed", None, "5", "confirmed")]),
        ("Siete muertes aún deben ser confirmadas.", [("killed", None, "7", "reported")]),
        ("Siete muertes ya están confirmadas.", [("killed", None, "7", "confirmed")]),
        ("Ya se confirmaba la muerte de seis vecinos.", [("killed", None, "6", "confirmed")]),
        ("Aún no se confirmaba la muerte de seis vecinos.", [("killed", None, "6", "reported")]),
        ("Los bomberos confirmaban 8 heridos.", [("injured", None, "8", "confirmed")]),
        ("Los bomberos no confirmaban 8 heridos.", [("injured", None, "8", "reported")]),
        (
            "Se teme que hayan muerto 24 personas, entre ellas 2 niños.",
            [("killed", None, "24", "projected"), ("killed", "children", "2", "projected")],
        ),
        (
            "Al menos 24 personas murieron, entre ellas 2 niños, y se teme que 10 hayan desaparecido.",
            [
                ("killed", None, "at least 24", "reported"),
                ("killed", "children", "2", "reported"),
                ("missing", None, "10", "projected"),
            ],
        ),
    ],
)
def test_status_es(text: str, expected: list[Status]) -> None:
    _check(text, "es", expected)


_WORDS = ["10", "deaths", "are", "being", "not", "yet", "verified", "confirmed", ",", "the", "agency", "said"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_without_pending_only_removes_cues(words: list[str]) -> None:
    """Dropping pending cues never adds one, and keeps the prefix counts non-decreasing."""
    en = get_language("en")
    tokens = tokenize(" ".join(words), en)
    cues = {"confirmed", "verified"}
    counts = [0]
    for t in tokens:
        counts.append(counts[-1] + (t.low in cues))
    out = without_pending(tokens, en, counts, lambda *f: False)
    assert len(out) == len(counts)
    assert out[0] == 0
    assert all(0 <= out[i + 1] - out[i] <= counts[i + 1] - counts[i] for i in range(len(tokens)))
