"""Session 13 (fa13): an earlier incident dated by a span back from the report, in five languages.

Classified on real dev text: the earlier incidents left as false alarms were dated by spans the listed cues miss
(a hedge inside the span, one unit with "ago", a singular unit opening the sentence before "earlier", a month
marked as past). Made-up sentences, never corpus text; each negative has a same-surface positive that stays a claim.
"""

from __future__ import annotations

import pytest

from tests.text._read import claims_of

EARLIER = [
    ("en", "A week ago, a landslide in the same valley killed 14 people."),
    ("en", "Just a month ago, a bus crash on the same road killed nine passengers."),
    ("en", "A fire at the plant killed three workers a few weeks ago."),
    ("en", "The volcano erupted violently last June, killing 190 people."),
    ("fr", "Il y a tout juste une semaine, un naufrage au même endroit avait fait 12 morts."),
    ("fr", "Une personne est morte il y a à peine un mois au large de Calais."),
    ("fr", "Un an plus tôt, un autre éboulement avait causé la mort de plus de 70 personnes."),
    ("fr", "En juin dernier, une éruption avait tué 190 personnes."),
    ("es", "Hace apenas un mes, un derrumbe en la misma mina mató a cinco trabajadores."),
    ("es", "Un año antes, otra explosión mató a cinco trabajadores."),
    ("es", "El volcán, que en junio pasado registró una erupción que mató a 194 personas, volvió a rugir."),
    ("de", "Vor gut einer Woche starben bei einem Erdrutsch im selben Tal 14 Menschen."),
    ("de", "Ein Jahr zuvor waren bei einem anderen Erdrutsch 70 Menschen gestorben."),
    ("de", "Einen Monat davor wurden bei einem Angriff auf das Lager 15 Menschen verletzt."),
    ("de", "Im vergangenen Juni hatte ein Ausbruch des Vulkans 190 Menschen getötet."),
    ("nl", "Precies een week geleden kwamen bij een aardverschuiving in hetzelfde dal 14 mensen om."),
    ("nl", "Een paar weken geleden raakten bij een brand in dezelfde fabriek drie arbeiders gewond."),
    ("nl", "De vulkaan, die afgelopen juni 190 mensen doodde, is weer actief."),
]

OWN_EVENT = [
    # days "ago" are left to the report's own time, as fresh_rom6 pinned "Vor drei Tagen starben im Ort 8 Menschen"
    ("en", "A fire at the plant killed three people a few days ago.", [("killed", None, "3")]),
    ("fr", "Il y a deux jours, un incendie dans le quartier a tué trois personnes.", [("killed", None, "3")]),
    ("es", "Hace dos días, un incendio en el barrio dejó tres muertos.", [("killed", None, "3")]),
    ("nl", "Twee dagen geleden raakten bij een brand in de fabriek drie mensen gewond.", [("injured", None, "3")]),
    ("en", "On Monday, a landslide in the same valley killed 14 people.", [("killed", None, "14")]),
    ("en", "A fire that started a week ago has killed 12 people.", [("killed", None, "12")]),
    ("en", "The volcano erupted violently on Sunday, killing 190 people.", [("killed", None, "190")]),
    ("fr", "Dimanche, un naufrage au même endroit a fait 12 morts.", [("killed", None, "12")]),
    ("fr", "Le feu, qui a commencé il y a une semaine, a fait 9 morts.", [("killed", None, "9")]),
    ("fr", "Deux des blessés sont morts une semaine plus tard à l'hôpital.", [("killed", None, "2")]),
    ("es", "El lunes, un derrumbe en la misma mina mató a cinco trabajadores.", [("killed", "workers", "5")]),
    ("es", "El incendio, que comenzó hace una semana, ha dejado 9 muertos.", [("killed", None, "9")]),
    ("es", "Dos de los heridos murieron una semana después en el hospital.", [("killed", None, "2")]),
    ("de", "Am Montag starben bei einem Erdrutsch im selben Tal 14 Menschen.", [("killed", None, "14")]),
    ("de", "Zwei der Verletzten starben eine Woche später im Krankenhaus.", [("killed", None, "2")]),
    ("nl", "Maandag kwamen bij een aardverschuiving in hetzelfde dal 14 mensen om.", [("killed", None, "14")]),
    ("nl", "De brand, die een week geleden begon, heeft 9 doden geëist.", [("killed", None, "9")]),
    ("nl", "Twee van de gewonden overleden een week later in het ziekenhuis.", [("killed", None, "2")]),
]


@pytest.mark.parametrize(("language", "text"), EARLIER)
def test_a_span_back_from_the_report_dates_another_incident(language: str, text: str) -> None:
    assert claims_of(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), OWN_EVENT)
def test_the_reports_own_event_and_a_running_one_keep_their_counts(
    language: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert claims_of(text, language) == expected
