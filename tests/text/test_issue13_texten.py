"""Issue 13, English round "texten": shapes of real dev-split sentences, as rules that generalise.

Item 4 (attribution): the source named before a verb of saying, by its shape
(an article before it, a short parenthesis after it, two coordinated heads, a
title with an "of"/"for" complement). Item 2 (recall): the English
constructions this round added. Sentences are short made-up variants of the
shapes seen in tests/data/news/en.dev.jsonl, never held-out test sentences.
"""

from __future__ import annotations

import pytest

from casualtylog.claims import Claim
from casualtylog.text import extract
from tests.text._read import claims_in_order


def _sources(text: str) -> set[str]:
    return {x.claim.source.name for x in extract(text, source="pub", reported_at="2025-04-24T12:00Z", language="en")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An article before a source with plain modifiers before its head noun.
        ("The Gaza civil defense agency reported that 12 people were killed.", "Gaza civil defense agency"),
        ("The Lagos state emergency agency said 7 people were killed.", "Lagos state emergency agency"),
        # An abbreviation in parentheses between the name and the verb.
        ("The Disaster Management Center (DMC) said 340 people died.", "Disaster Management Center"),
        # Two coordinated heads are one source.
        ("Militants killed at least four soldiers, army and security officials said.", "army and security officials"),
        ("Five soldiers were killed, officials and local people said.", "officials and local people"),
        # A title with a complement: the title (and its modifiers) is the source.
        ("The regional police chief for eastern Leyte province said 100 people died.", "regional police chief"),
        ("Three people died, the police chief of this small suburb says.", "police chief"),
    ],
)
def test_item4_source_before_said_by_shape(text: str, source: str) -> None:
    assert _sources(text) == {source}


@pytest.mark.parametrize(
    "text",
    [
        "About 340 people have been confirmed dead.",  # the count's own noun is no speaker
        "At least 12 people were killed in the city said.",  # a name must open its clause
    ],
)
def test_item4_no_source_from_a_count_or_mid_clause(text: str) -> None:
    assert _sources(text) == {"pub"}


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    """The claims ``extract`` reads in ``text`` (:mod:`tests.text._read`)."""
    return claims_in_order(text, "en", reported_at="2025-04-24T12:00Z")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 70 drones, 58 of which it shot down.",
            [("launched", "drones", "70"), ("intercepted", "drones", "58")],
        ),
        (
            "Six rockets were fired, the army said, three of which crossed the border and were intercepted.",
            [("launched", "rockets", "6"), ("intercepted", "rockets", "3")],
        ),
    ],
)
def test_item2_relative_partitive_of_which(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_item2_relative_partitive_needs_a_counted_antecedent() -> None:
    # "About 111 are still held" counts nothing the frames know: its part stays unread.
    assert _claims("About 111 are still held, 39 of whom the army says are dead.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region, and 17 over Rostov.",
            [("intercepted", "drones", "11"), ("intercepted", "drones", "28"), ("intercepted", "drones", "17")],
        ),
        (
            "About 1,000 people have died in the city of Tacloban and at least 200 more in the Samar province.",
            [("killed", None, "about 1000"), ("killed", None, "at least 200")],
        ),
    ],
)
def test_item2_distributive_ellipsis_per_place(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_item2_distributive_ellipsis_needs_a_place() -> None:
    # "20 in hospital" repeats no verb: the same preposition without a named place binds nothing.
    assert _claims("Five people were killed in Gaza, 20 in hospital.") == [("killed", None, "5")]


def test_item2_more_after_another_metric_is_no_increment() -> None:
    assert _claims("One person was killed and 19 more, including four children, were injured.") == [
        ("killed", None, "1"),
        ("injured", None, "19"),
        ("injured", "children", "4"),
    ]
    # "two more died" after a count of the dead is still an increment of it.
    assert ("killed", None, "+2") in _claims("Five people were killed and 10 injured; two more died later.")


def _statuses(text: str) -> list[tuple[str, str]]:
    found = extract(text, source="pub", reported_at="2025-04-24T12:00Z", language="en")
    return [(str(x.claim.figure), x.claim.status.value) for x in found]


def test_item2_confirmed_that_governs_the_rest_of_the_sentence() -> None:
    assert _statuses(
        "Officials confirmed the deaths of one soldier and two militants, and said one soldier was wounded."
    ) == [
        ("1", "confirmed"),
        ("2", "confirmed"),
        ("1", "reported"),  # a new verb of saying ends what "confirmed" governs
    ]
    assert _statuses(
        "Officials confirmed that 300 people died in Karachi—the same day that 25 people died in Lahore."
    ) == [
        ("300", "confirmed"),
        ("25", "confirmed"),
    ]
    # "confirmed dead" confirms its own clause only.
    assert _statuses("About 340 people have been confirmed dead, while about 400 people are still missing.") == [
        ("about 340", "confirmed"),
        ("about 400", "reported"),
    ]


@pytest.mark.parametrize(
    "text",
    ["It said 11 drones were shot down.", "Early reports suggest 1,000 people have died."],
)
def test_item4_pronouns_and_reports_are_no_source(text: str) -> None:
    assert _sources(text) == {"pub"}


def test_item4_one_speaker_named_twice_after_an_adverb() -> None:
    text = "Tymur Tkachenko, head of the city administration, said 5 people were injured. Later Tkachenko said 7 died."
    assert _sources(text) == {"Tymur Tkachenko"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An indefinite member of a list is part of the count, whatever the metric.
        (
            "Three people, including a child, were rescued alive.",
            [("rescued", None, "3"), ("rescued", "children", "1")],
        ),
        # An apposition before a coordinated subject.
        (
            "Four troops, including a colonel, and three militants were killed.",
            [("killed", "troops", "4"), ("killed", "militants", "3")],
        ),
        # A source's word may modify an unlisted victims' noun.
        ("Four army troops were killed in a clash.", [("killed", "troops", "4")]),
        # A zero word before a victims' noun and its predicate.
        ("He believed no protesters were injured.", [("injured", "protesters", "0")]),
        # A container noun between the verb and its count.
        ("Police detained a group of 400 people who refused to leave.", [("detained", None, "400")]),
        ("Police detained a total of 400 people.", [("detained", None, "400")]),
    ],
)
def test_item2_english_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_item2_tentative_figures_are_preliminary() -> None:
    assert _statuses("Tentatively, one citizen was killed and 20 people were injured.") == [
        ("1", "preliminary"),
        ("20", "preliminary"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside between commas or dashes may open with words before "of them".
        ("Dozens of people, many of them children, were killed.", [("killed", None, "dozens")]),
        ("Almost 10,000 people -- most of them civilians - have been killed.", [("killed", None, "about 10000")]),
        (
            "Twelve people — including three children — were killed.",
            [("killed", None, "12"), ("killed", "children", "3")],
        ),
        # Any participle before "to death" kills; "reported" may stand between subject and predicate.
        ("Five people were stabbed to death.", [("killed", None, "5")]),
        ("At least 100 people are reported dead.", [("killed", None, "at least 100")]),
    ],
)
def test_item2_asides_and_predicate_shapes(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


def test_throughput_each_extracted_claim_is_identified_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Second task: an Extraction holding a claim does not compute the claim's content id again."""
    calls: list[str] = []
    original = Claim.content_id

    def counting(self: Claim) -> str:
        calls.append(self.metric)
        return original(self)

    monkeypatch.setattr(Claim, "content_id", counting)
    found = extract("5 dead. 7 injured. 9 missing.", source="pub", reported_at="2025-04-24T12:00Z", language="en")
    assert len(found) == 3
    assert len(calls) == 3
    assert all(x.claim.id == original(x.claim) for x in found)  # the id is still the content's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The whole after "N of" is no count of the predicate.
        ("At least 30 of the train's 341 passengers were injured.", [("injured", None, "at least 30")]),
        ("12 of the 70 passengers were killed.", [("killed", None, "12")]),
        # Nouns for the whole population of an incident take no group (the corpus guide).
        ("About 244 pilgrims have been trampled to death.", [("killed", None, "about 244")]),
    ],
)
def test_item2_part_of_a_whole_and_population_nouns(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A name after a short lower-case particle is a name.
        ("Some 289 people were injured, but al-Turki said 45 were released.", "al-Turki"),
        ("Ali al-Awja, another pilgrim, said three people were killed.", "Ali al-Awja"),
        # Heads of a source: government, command, a broadcaster before its name.
        ("The death toll has risen to 54, the provincial government said on Sunday.", "provincial government"),
        (
            "40 people had been rescued, according to the local emergency rescue command.",
            "local emergency rescue command",
        ),
        ("The death toll rose to 36, state broadcaster CCTV said on Sunday.", "CCTV"),
    ],
)
def test_item4_source_shapes_of_batch_two(text: str, source: str) -> None:
    assert _sources(text) == {source}


def test_item2_treating_counts_the_injured() -> None:
    assert _claims("Hospitals reported treating more than 200 people.") == [("injured", None, "more than 200")]
