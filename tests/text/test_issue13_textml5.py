"""Issue 13, items 2 and 6, fourth round (textml): the learned layer over the frames.

The layer is opt-in (``extract(..., learned="filter" | "liberal")``); its
weights are written by ``benchmarks/train_filter.py`` from the dev split only.
The sentences below are shapes of real dev sentences (tests/data/news/*.dev.jsonl).
"""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.errors import VocabularyError
from casualtylog.text import _learned, extract
from casualtylog.text._binding import Binding
from casualtylog.text._learned import MODES, Model, SentenceContext, score
from casualtylog.text._learned_weights import FILTER, LIBERAL

from .test_issue13_linear_time import SHAPES, _counting


def _claims(text: str, language: str, learned: str) -> list[tuple[str, str | None, str]]:
    found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned=learned)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure)) for x in found]


def test_issue13_textml5_weights_load() -> None:
    for model in (FILTER, LIBERAL):
        assert isinstance(model, Model)
        assert math.isfinite(model.bias)
        assert 0.0 <= model.threshold <= 1.01
        assert all(isinstance(k, str) and math.isfinite(w) for k, w in model.weights.items())
        assert len(model.weights) < 2000  # a small data module, not a corpus
    assert MODES == ("off", "filter", "liberal", "reader")  # session 21 added the learned reader


def test_issue13_textml5_default_is_the_frames_alone() -> None:
    text = "At least 12 people were killed and 90 injured. The tally of missing people stood at 63."
    assert _claims(text, "en", "off") == [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(text, source="s", reported_at="2025-04-24T12:00Z", language="en")
    ]


def test_issue13_textml5_unknown_mode_names_the_field() -> None:
    with pytest.raises(VocabularyError, match="learned='liberals'"):
        extract("Five people died.", source="s", reported_at="2025-04-24", learned="liberals")


def test_issue13_textml5_model_is_deterministic() -> None:
    """The same sentence gives the same features, scores and claims every time."""
    text = "Deux énormes explosions ont fait mardi au moins 134 morts et 4.000 blessés."
    seen: list[tuple[str, list[str], float, float]] = []

    def listen(ctx: SentenceContext, b: Binding, names: list[str]) -> None:
        seen.append((b.frame, names, score(FILTER, names), score(LIBERAL, names)))

    token = _learned.recorder.set(listen)
    try:
        extract(text, source="s", reported_at="2025-04-24", language="fr", learned="liberal")
        first = list(seen)
        seen.clear()
        extract(text, source="s", reported_at="2025-04-24", language="fr", learned="liberal")
    finally:
        _learned.recorder.reset(token)
    assert first == seen
    assert {frame for frame, *_ in first} >= {"liberal", "subject"}
    text = "Elle estime à 10 000 le nombre de disparus. Trois personnes sont décédées et cinq autres blessées."
    runs = [extract(text, source="s", reported_at="2025-04-24", language="fr", learned="liberal") for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        # A toll noun with its verb after the figure's noun: "stood at 63".
        (
            "en",
            "The tally of missing people stood at 63, with the provincial government saying more.",
            ("missing", None, "63"),
        ),
        # "estimates at N the number of the missing": the figure before its metric noun.
        ("fr", "Elle estime à 10 000 le nombre de disparus.", ("missing", None, "10000")),
    ],
)
def test_issue13_textml5_liberal_keeps_a_count_no_frame_reads(
    language: str, text: str, claim: tuple[str, str | None, str]
) -> None:
    assert claim in _claims(text, language, "liberal")


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        # A date ("el 7 de octubre") next to a casualty word is no count.
        ("es", "Desde el 7 de octubre, cuando Hamás perpetró un ataque que dejó más de 1.400 muertos.", "7"),
        # A number of explosions near "morts" counts explosions, not the dead.
        ("fr", "Deux énormes explosions dans le port de Beyrouth ont fait mardi au moins 134 morts.", "2"),
        # Places counted, not people ("verspreid over 33 ziekenhuissites").
        ("nl", "Momenteel zijn 101 gewonden nog gehospitaliseerd, verspreid over 33 ziekenhuissites.", "33"),
    ],
)
def test_issue13_textml5_liberal_drops_a_number_that_counts_something_else(
    language: str, text: str, figure: str
) -> None:
    assert figure not in [f for _, _, f in _claims(text, language, "liberal")]


def test_issue13_textml5_liberal_confidence_is_the_models_probability(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules bind no figure here ("todas muertas" after the noun of a verb of seeing, not of finding: es14's
    # "encontró a … , todas muertas" is now a rule); the liberal candidate does.
    # The shipped weights may keep no liberal candidate at all (a threshold above 1 when grouped CV
    # finds they do not pay): the model is tried here with a threshold the test sets.
    import dataclasses  # noqa: PLC0415
    import importlib  # noqa: PLC0415

    extract_module = importlib.import_module("casualtylog.text.extract")

    model = dataclasses.replace(extract_module.LIBERAL, threshold=0.05)
    monkeypatch.setattr(extract_module, "LIBERAL", model)
    found = extract(
        "Un equipo de la Guardia Costera llegó al lugar y vio a tres personas en el océano, todas muertas.",
        source="s",
        reported_at="2025-04-24",
        language="es",
        learned="liberal",
    )
    liberal = [x for x in found if x.frame == "liberal"]
    assert liberal
    assert all(model.threshold <= x.confidence <= 0.99 for x in liberal)


_PIECES = [
    *SHAPES,
    "The tally of missing people stood at 63. ",
    "Elle estime à 10 000 le nombre de disparus. ",
    "In 2008, a quake killed 70,000 people. ",
    "Shelters are full but 25 still have space for evacuees. ",
]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.sampled_from(["en", "nl", "fr", "de", "es"]))
def test_issue13_textml5_filter_only_drops_and_liberal_only_adds(pieces: list[str], language: str) -> None:
    """The filter keeps a subset of the frames' claims; the liberal candidates add to the filter's, never replace."""
    text = "".join(pieces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        off = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
        kept = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="filter")
        more = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="liberal")
    spans_off = [(x.span, x.claim.metric) for x in off]
    spans_kept = [(x.span, x.claim.metric) for x in kept]
    assert all(s in spans_off for s in spans_kept)
    assert [(x.span, x.claim.metric) for x in more if x.frame != "liberal"] == spans_kept


def _lookups(text: str, language: str) -> int:
    with _counting() as count, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="liberal")
    return count[0]


@pytest.mark.parametrize("shape", [*SHAPES, "Elle estime à 10 000 le nombre de disparus "])
def test_issue13_textml5_linear_time_holds_with_the_learned_layer(shape: str) -> None:
    """Counted work, not seconds: four times the text costs at most about four times the phrase look-ups."""
    small = (shape * (2_000 // len(shape) + 1))[:2_000]
    large = (shape * (8_000 // len(shape) + 1))[:8_000]
    for language in ("en", "fr"):
        a, b = _lookups(small, language), _lookups(large, language)
        assert b <= 4.6 * a + 200, (shape, language, a, b)
        assert b / len(large) <= 60, (shape, language, b)  # about 30 measured; the frames alone stay under 40
