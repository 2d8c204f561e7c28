"""The learned reader (issue 13, session 21): ``extract(..., learned="reader")``.

Every figure no frame bound is a candidate (:mod:`casualtylog.text._free_figures`); a
multinomial model (:mod:`casualtylog.text._reader`, weights written by
``benchmarks/reader_train.py`` from dev batches 1-15) reads it as a metric or refuses it.
The mode only adds: the frames' claims stay as they are. The sentences below are copied
from the dev split (tests/data/news/*.dev.jsonl, by id); the negatives share their surface.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.errors import VocabularyError
from casualtylog.text import _reader, _reader_weights, extract
from casualtylog.text._binding import Binding
from casualtylog.text._calibration import FRAME_SHIFT
from casualtylog.text._learned import MODES
from casualtylog.text._reader import ReaderModel, scores, shipped_model
from casualtylog.text._reader_weights import READER

from .test_issue13_linear_time import SHAPES, _counting

Claim = tuple[str, str, str | None, str, str]


def _claims(text: str, language: str, learned: str = "reader") -> list[Claim]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned=learned)
    return [(x.frame, x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found]


def assert_reader_adds(record: str, language: str, text: str, added: tuple[str, str | None, str]) -> None:
    read = _claims(text, language)  # the reader adds exactly `added` (metric, group, figure); the frames' stay
    assert [c for c in read if c[0] != "reader"] == _claims(text, language, "off"), record
    assert [c[1:4] for c in read if c[0] == "reader"] == [added], record


def test_learned_reader_weights_load() -> None:
    assert isinstance(READER, ReaderModel)
    assert len(READER.bias) == len(READER.classes) > 0
    assert {"killed", "injured", "missing"} <= set(READER.classes)
    assert 0.0 < READER.threshold <= 1.01
    assert all(math.isfinite(b) for b in READER.bias)
    for name, pairs in READER.weights.items():
        assert isinstance(name, str)
        assert all(0 <= k < len(READER.classes) and math.isfinite(w) for k, w in pairs)
    module = _reader_weights.__file__
    assert module is not None
    assert Path(module).stat().st_size < 1_000_000  # a small data module, not a corpus
    assert "reader" in MODES


def test_learned_reader_weights_load_on_first_use() -> None:
    """``import casualtylog`` (and every other mode) leaves the reader's weights unbuilt: about 80 ms of
    import time that only ``learned="reader"`` needs. A fresh interpreter, so this test's imports do not count."""
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys\n"
        "import casualtylog\n"
        "from casualtylog.text import extract\n"
        "weights = 'casualtylog.text._reader_weights'\n"
        "seen = [weights in sys.modules]\n"
        "for mode in ('off', 'filter', 'liberal', 'reader'):\n"
        "    extract('Five people died.', source='s', reported_at='2025-04-24', language='en', learned=mode)\n"
        "    seen.append(weights in sys.modules)\n"
        "print(seen)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env)
    assert run.stdout.strip() == "[False, False, False, False, True]"
    assert shipped_model() is READER


def test_learned_reader_unknown_mode_names_the_field() -> None:
    with pytest.raises(VocabularyError, match="learned='readers'"):
        extract("Five people died.", source="s", reported_at="2025-04-24", learned="readers")


def test_learned_reader_scores_are_probabilities() -> None:
    probs = scores(READER, ["lang:en", "cue:killed", "nearR:killed:1"])
    assert len(probs) == len(READER.classes)
    assert all(p >= 0.0 for p in probs)
    assert sum(probs) < 1.0  # the rest is "none"


def test_learned_reader_is_deterministic() -> None:
    """The same sentence gives the same features and claims every time."""
    text = "Nach Angaben der Polizei verletzte er vier Jugendliche. Bisher trauert das Land um 84 Opfer."
    seen: list[tuple[int, list[str]]] = []

    def listen(b: Binding, names: list[str], bound: bool, _: int) -> None:
        if not bound:  # the free figures (the frames' bindings are recorded too, for training)
            seen.append((b.mention.start, names))

    token = _reader.recorder.set(listen)
    try:
        _claims(text, "de")
        first = list(seen)
        seen.clear()
        _claims(text, "de")
    finally:
        _reader.recorder.reset(token)
    assert first == seen
    assert len(first) == 2
    runs = [_claims(text, "de") for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]


@pytest.mark.parametrize(
    ("record", "language", "text", "added"),
    [
        (
            "de-589a98ab-2",
            "de",
            "Im baden-württembergischen Schwäbisch Gmünd konnten zwei Opfer noch nicht geborgen werden.",
            ("killed", None, "2"),
        ),
        (
            "de-038026fb-1",
            "de",
            "Bisher trauert das Land um 84 Opfer und die Zahl der Vermissten ist immer noch hoch.",
            ("killed", None, "84"),
        ),
        (
            "es-56b89e53-3",
            "es",
            "De los ingresados, ocho personas están muy graves.",
            ("injured", None, "8"),
        ),
        (
            "en-5c9059cb-2",
            "en",
            "No fewer than seven others, including children, were rushed to hospitals injured, three among them in"
            " critical conditions.",
            ("injured", None, "3"),
        ),
        # Dev batch 16 (the batch round 2's settings were chosen on; the shipped weights saw it).
        ("nl-405a8183-1", "nl", "Volgens de jongste cijfers gaat het om 33 slachtoffers.", ("killed", None, "33")),
        (
            "es-c3400713-3",
            "es",
            "Durante la tarde, se reportaron 27 muertos adicionales por asfixia, elevando el saldo total a 31 víctimas.",
            ("killed", None, "31"),
        ),
        # Round 3 (weights trained on dev 1-17): two sentences round 2 read at the labelled metric below its
        # threshold now reach it (dev batch 17's: tests/text/test_issue13_reader23.py).
        (
            "de-7c2f5d43-2",
            "de",
            "Nach Angaben der Polizei verletzte er vier Jugendliche.",
            ("injured", "teenagers", "4"),
        ),
        (
            "fr-ec83a183-1",
            "fr",
            "70 autres personnes ont également été personnes blessées dans ce stade d’une capacité de 25.000 places"
            " et très bondé lundi soir.",
            ("injured", None, "70"),
        ),
    ],
)
def test_learned_reader_adds_the_labelled_claim(
    record: str, language: str, text: str, added: tuple[str, str | None, str]
) -> None:
    """Dev sentences (by id) whose labelled claim no frame reads, and the reader does."""
    assert_reader_adds(record, language, text, added)


@pytest.mark.parametrize(
    ("record", "language", "text", "metric"),
    [
        # Round 3: the two sentences round 2 listed here are now added (above); these two of dev batch 17 are read
        # at the labelled metric below the threshold (0.74 and 0.77 with the weights trained on dev 1-17).
        (
            "nl-befc159d-2",
            "nl",
            "Persbureau AP heeft het over minstens drie doden, AFP noemt er dan weer vier.",
            "killed",
        ),
        (
            "fr-e440f33d-2",
            "fr",
            "Un deuxième adulte, dans un état grave, était traité sur place par les secours.",
            "injured",
        ),
    ],
)
def test_learned_reader_leaves_out_what_its_threshold_does_not_reach(
    record: str, language: str, text: str, metric: str
) -> None:
    """Dev sentences the reader reads at the labelled metric with a probability from 0.6 (round 1's threshold) but
    below 0.8 (round 2's, kept by round 3: chosen out of fold on dev 1-16, precision first), so it adds nothing."""
    seen: list[list[str]] = []
    token = _reader.recorder.set(lambda _, names, bound, __: None if bound else seen.append(names))
    try:
        _claims(text, language)
    finally:
        _reader.recorder.reset(token)
    [names] = seen
    probs = scores(READER, names)
    best = max(range(len(probs)), key=probs.__getitem__)
    assert READER.classes[best] == metric, record
    assert 0.6 <= probs[best] < READER.threshold, record
    assert [c for c in _claims(text, language) if c[0] == "reader"] == [], record


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Nach Angaben der Polizei sprach er mit vier Jugendlichen."),
        ("de", "Im baden-württembergischen Schwäbisch Gmünd konnten zwei Brücken noch nicht geöffnet werden."),
        ("de", "Bisher feiert das Land seit 84 Jahren und die Zahl der Besucher ist immer noch hoch."),
        ("es", "De los 20 edificios, ocho están en obras."),
        ("en", "The company hired 300 workers and opened 12 stores."),
        ("en", "The stadium has a capacity of 25,000 seats and was built in 1998."),
        ("fr", "Le stade a une capacité de 25.000 places et a ouvert ses portes en 1998."),
        ("fr", "70 autres personnes ont également assisté au concert lundi soir."),
    ],
)
def test_learned_reader_refuses_the_same_surface_without_a_count(language: str, text: str) -> None:
    assert _claims(text, language) == []


def test_learned_reader_confidence_is_below_the_frames() -> None:
    """An added claim's confidence is the model's probability lowered by the reader's calibration shift."""
    text = "Im baden-württembergischen Schwäbisch Gmünd konnten zwei Opfer noch nicht geborgen werden."
    found = extract(text, source="s", reported_at="2025-04-24T12:00Z", language="de", learned="reader")
    assert [x.frame for x in found] == ["reader"]
    assert 0.0 < found[0].confidence <= 0.8
    seen: list[list[str]] = []
    token = _reader.recorder.set(lambda _, names, bound, __: None if bound else seen.append(names))
    try:
        _claims(text, "de")
    finally:
        _reader.recorder.reset(token)
    probability = max(scores(READER, seen[0]))
    assert found[0].confidence == round(round(probability, 3) + FRAME_SHIFT["reader"], 3)
    assert FRAME_SHIFT["reader"] < 0


_PIECES = [
    "At least 12 people were killed and 90 injured. ",
    "No fewer than seven others were rushed to hospitals injured, three among them in critical conditions. ",
    "Nach Angaben der Polizei verletzte er vier Jugendliche. ",
    "De los ingresados, ocho personas están muy graves. ",
    "The stadium has a capacity of 25,000 seats and was built in 1998. ",
    "Officials denied reports that 50 were killed. ",
    "In 2008, a quake killed 70,000 people. ",
    "Two more bodies were found on Sunday, raising the toll to 14. ",
    "Elle estime à 10 000 le nombre de disparus. ",
    "The number of injured rose to 12. ",
]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10), st.sampled_from(["en", "nl", "fr", "de", "es"]))
def test_learned_reader_only_adds(pieces: list[str], language: str) -> None:
    """The frames' claims in reader mode are the frames' claims with the mode off, field for field."""
    text = "".join(pieces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        off = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
        read = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="reader")
    assert [x for x in read if x.frame != "reader"] == off


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bisher trauert das Land um 84 Opfer. Die Zahl der Toten stieg auf 90."),
        ("de", "Bisher trauert das Land um 84 Opfer. Zwei weitere Menschen starben."),
        (
            "en",
            "No fewer than seven others were rushed to hospitals injured, three among them in critical conditions."
            " The number of injured rose to 12.",
        ),
    ],
)
def test_learned_reader_claims_are_no_frame_claims_base(language: str, text: str) -> None:
    """A reader claim became the latest claim of its count, so a later frame claim's update or increment
    superseded it: the frame claim's links and id changed with the mode, "rose to 12" superseded the part
    "three among them" instead of the seven, and a reviewer who keeps out the reader's claims (confidence
    below 0.8) kept a link to a claim not in the log."""
    off = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language)
    read = extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="reader")
    assert any(x.frame == "reader" for x in read)
    assert [x for x in read if x.frame != "reader"] == off
    kept = {x.claim.id for x in read if x.confidence >= 0.8}
    assert all(link in kept for x in read if x.confidence >= 0.8 for link in x.claim.supersedes)


def _lookups(text: str, language: str) -> int:
    with _counting() as count, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extract(text, source="s", reported_at="2025-04-24T12:00Z", language=language, learned="reader")
    return count[0]


@pytest.mark.parametrize("shape", [*SHAPES, "De los ingresados, ocho personas están muy graves. "])
def test_learned_reader_work_is_bounded(shape: str) -> None:
    """Counted work, not seconds: four times the text costs at most about four times the phrase look-ups.

    Measured from 8,000 characters on: a shape with no full stop is one sentence cut into windows of
    MAX_WINDOW characters, and in reader mode the first few windows cost less than the later ones ("the death
    toll rose to 12": 2,907 look-ups at 2,000 characters, 25,513 at 8,000, then 51,063 and 102,385 at 16,000 and
    32,000), so the ratio is taken where every window costs the same.
    """
    small = (shape * (8_000 // len(shape) + 1))[:8_000]
    large = (shape * (32_000 // len(shape) + 1))[:32_000]
    for language in ("en", "es"):
        a, b = _lookups(small, language), _lookups(large, language)
        assert b <= 4.6 * a + 200, (shape, language, a, b)
        assert b / len(large) <= 60, (shape, language, b)


def test_the_reader_trainer_keeps_its_collection_as_json(tmp_path: Path) -> None:
    """``benchmarks/reader_train.py collect`` wrote a pickle that ``select`` and ``write`` loaded: a file at the
    documented /tmp path, planted by anyone, would have run code. JSON holds the same collection."""
    from benchmarks.reader_corpus import Candidate, Sentence, load, save  # noqa: PLC0415 - needs numpy
    from benchmarks.text_eval import Key  # noqa: PLC0415 - the trainer's own import

    text = "Nach Angaben der Polizei verletzte er vier Jugendliche."
    left: list[Key] = [("injured", "teenagers", "4", "reported")]
    sentences = [
        Sentence("de", "doc1", 3, 2, False, 1, 1, left, [0], record="de-1", text=text, frame_figures=["4"]),
        Sentence("en", "doc2", 15, 0, True, 0, 0, []),
    ]
    cands = [Candidate(["lang:de", "R1=jugendliche"], "teenagers", "4", "reported", "injured", "injured", 0)]
    path = tmp_path / "reader.json"
    save(path, sentences, cands)
    assert path.read_text(encoding="utf-8").startswith("{")
    assert load(path) == (sentences, cands)
    assert isinstance(load(path)[0][0].left[0], tuple)  # a key counted in a Counter, as collect made it


def test_a_training_recorder_leaves_other_threads_judging() -> None:
    """The training hooks are context variables: a recorder set in one thread (a training run records every
    figure and keeps it, judging none) does not change what another thread extracts."""
    import threading  # noqa: PLC0415 - this test only

    text = "Bisher trauert das Land um 84 Opfer. Die Polizei meldete 3 Festnahmen in 2019."
    alone = _claims(text, "de")
    started, done = threading.Event(), threading.Event()
    seen: list[tuple[int, bool]] = []
    in_thread: list[object] = []

    def record() -> None:
        token = _reader.recorder.set(lambda b, _, bound, __: seen.append((b.mention.start, bound)))
        try:
            started.set()
            in_thread.append(_claims(text, "de"))
            done.wait(5)
        finally:
            _reader.recorder.reset(token)

    worker = threading.Thread(target=record)
    worker.start()
    started.wait(5)
    try:
        assert _claims(text, "de") == alone  # judged as usual while the other thread records
    finally:
        done.set()
        worker.join()
    assert seen  # the recording thread saw its figures
    assert _reader.recorder.get() is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ten ambulances were sent to the hospital, officials said."),
        ("en", "Some 80 lorries crossed the border into Uganda on Monday."),
        ("fr", "Deux voitures n'ont pas été retrouvées."),
        ("fr", "Quelque 300 véhicules ont été transférés vers des centres d'hébergement."),
        ("es", "Dos barcos fueron alcanzados por disparos."),
    ],
)
def test_learned_reader_reads_no_thing_as_victims(language: str, text: str) -> None:
    """The guide: things never name victims. The frames' same-surface negatives (tests of sessions 7-13); the
    reader read them as counts (injured 10, displaced 80, missing 2 …) until a figure before a thing noun of the
    language data was refused after recording, so the training rows keep them as "none" examples."""
    assert _claims(text, language) == []
    seen: list[bool] = []
    token = _reader.recorder.set(lambda _, __, bound, ___: seen.append(bound))
    try:
        _claims(text, language)
    finally:
        _reader.recorder.reset(token)
    assert False in seen  # recorded for training all the same
