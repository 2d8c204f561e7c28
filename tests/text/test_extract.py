"""Extraction: the corpus, the number readers, shorthand, the CLI hook and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casualtylog import Figure
from casualtylog.errors import FigureError, TimeError, VocabularyError
from casualtylog.text import detect_language, extract, numerals, shorthand
from tests.text._read import run_extract_command

CORPUS = Path(__file__).resolve().parent.parent / "data" / "text_corpus.jsonl"
WHEN = "2025-04-24T12:00Z"


def _figures(text: str, language: str | None = None) -> list[tuple[str, str | None, str, str]]:
    found = extract(text, source="s", reported_at=WHEN, language=language)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found]


def _corpus() -> list[dict[str, object]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_corpus_is_large_and_bilingual() -> None:
    records = _corpus()
    assert len(records) >= 200
    assert {r["language"] for r in records} == {"en", "nl"}
    assert sum(1 for r in records if not r["claims"]) >= 50


def test_corpus_precision_and_recall_targets() -> None:
    tp = pred = gold = 0
    for record in _corpus():
        language = str(record["language"])
        expected = [
            (c["metric"], c["group"], str(Figure.parse(c["figure"])), c["status"])
            for c in record["claims"]  # type: ignore[attr-defined]
        ]
        found = _figures(str(record["text"]), language)
        tp += sum(min(found.count(k), expected.count(k)) for k in set(found))
        pred += len(found)
        gold += len(expected)
    assert tp / pred >= 0.95
    assert tp / gold >= 0.90


def test_negative_corpus_sentences_give_nothing() -> None:
    for record in _corpus():
        if record["category"] == "negative":
            assert _figures(str(record["text"]), str(record["language"])) == [], record["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,200 people were evacuated.", "1200"),
        ("1 200 people were evacuated.", "1200"),
        ("1.200 mensen zijn geëvacueerd.", "1200"),
        ("Twenty-one people were evacuated.", "21"),
        ("Eenentwintig mensen zijn geëvacueerd.", "21"),
        ("Honderdvijfenveertig mensen zijn geëvacueerd.", "145"),
    ],
)
def test_numbers_with_and_without_text2num(text: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [f[2] for f in _figures(text)] == [expected]
    monkeypatch.setattr(numerals, "_load_text2num", lambda: None)
    assert not numerals.has_text2num()
    assert [f[2] for f in _figures(text)] == [expected]


def test_text2num_is_used_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []

    def fake(text: str, lang: str) -> int:
        calls.append((text, lang))
        return 7

    monkeypatch.setattr(numerals, "_load_text2num", lambda: fake)
    assert numerals.words_value("zeven", "nl") == 7
    assert calls == [("zeven", "nl")]


@pytest.mark.parametrize(
    ("word", "value"),
    [("tweeëntwintig", 22), ("achtenveertig", 48), ("duizendtweehonderd", 1200), ("honderden", None), ("en", None)],
)
def test_dutch_fallback_table(word: str, value: int | None) -> None:
    assert numerals.fallback_words_value(word, "nl") == value


def test_language_detection_and_errors() -> None:
    assert detect_language("Er vielen minstens tien doden bij de aanval.") == "nl"
    assert detect_language("At least ten people were killed in the attack.") == "en"
    with pytest.raises(VocabularyError, match="language='it'"):
        extract("x", source="s", reported_at=WHEN, language="it")
    with pytest.raises(TimeError):
        extract("12 people died.", source="s", reported_at="2025-04-24 12:00")


def test_attribution_and_fallback_source() -> None:
    [named] = extract("Eight people died, said Tkachenko on Telegram.", source="Outlet", reported_at=WHEN)
    assert (named.claim.source.name, named.claim.via) == ("Tkachenko", "Telegram")
    [plain] = extract("Eight people died.", source="Outlet", reported_at=WHEN, via="RSS")
    assert (plain.claim.source.name, plain.claim.via) == ("Outlet", "RSS")


def test_projected_claims_are_marked() -> None:
    assert _figures("Twelve people are feared dead.") == [("killed", None, "12", "projected")]
    assert _figures("Het dodental kan nog oplopen tot 20.") == [("killed", None, "20", "projected")]


def test_long_input_is_handled() -> None:
    text = ("At least 12 people were killed on 24 April 2025. " + "1 2 3 4 5 " * 20 + "a" * 500 + " ") * 150
    assert len(text) > 100_000
    found = extract(text, source="s", reported_at=WHEN, language="en")
    assert len(found) == 150


# -- shorthand -----------------------------------------------------------------------
def test_shorthand_later_and_arrows() -> None:
    first = shorthand("10 dead, later 12", event="e", source="s", reported_at="2025-04-24T09:00Z")
    assert [(c.metric, str(c.figure)) for c in first] == [("killed", "10"), ("killed", "12")]
    assert first[1].supersedes == (first[0].id,)
    assert first[1].reported_at > first[0].reported_at
    arrows = shorthand("killed: 10 -> 12 -> 13", event="e", source="s", reported_at="2025-04-24T09:00Z")
    assert [str(c.figure) for c in arrows] == ["10", "12", "13"]
    grouped = shorthand("injured/children: at least 12", event="e", source="s", reported_at="2025-04-24")
    assert (grouped[0].group, str(grouped[0].figure)) == ("children", "at least 12")


def test_shorthand_explicit_times_and_errors() -> None:
    claims = shorthand(
        "killed: 10 -> 12",
        event="e",
        source="s",
        reported_at="2025-04-24",
        times=["2025-04-24T08:00Z", "2025-04-24T14:00Z"],
    )
    assert [c.reported_at.hour for c in claims] == [8, 14]
    with pytest.raises(FigureError, match="2 times, one per figure"):
        shorthand("killed: 10 -> 12", event="e", source="s", reported_at="2025-04-24", times=["2025-04-24"])
    with pytest.raises(FigureError):
        shorthand("10, later 12", event="e", source="s", reported_at="2025-04-24")


# -- the CLI hook --------------------------------------------------------------------------


def test_extract_command_prints_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_text("At least 12 people were killed and 90 injured.\nNo deaths were reported in Lviv.", "utf-8")
    assert run_extract_command(["extract", str(report), "--source", "NOS", "--reported-at", "2025-04-24", "--event", "kyiv"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["claim"]["metric"], r["claim"]["figure"], r["surface"]) for r in lines] == [
        ("killed", "at least 12", "At least 12"),
        ("injured", "90", "90"),
        ("killed", "0", "No"),
    ]
    assert run_extract_command(["extract", str(report), "--source", "NOS", "--reported-at", "2025-04-24", "--claims-only"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["figure"] == "at least 12"
    assert first["source"] == "NOS"


def test_extract_command_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_extract_command(["extract", str(tmp_path / "nope.txt"), "--source", "s", "--reported-at", "2025-04-24"]) == 1
    assert capsys.readouterr().err.startswith("Error: cannot read")


# -- properties -------------------------------------------------------------------------------
_TEMPLATES = {
    "en": [
        "{f} people were killed in the attack.",
        "The strike injured {f} people.",
        "Officials said {f} civilians were wounded.",
    ],
    "nl": ["Bij de aanval kwamen {f} mensen om het leven.", "Er raakten {f} mensen gewond."],
}
_SHAPES = {
    "en": [
        ("{n}", "{n}"),
        ("at least {n}", "at least {n}"),
        ("more than {n}", "more than {n}"),
        ("about {n}", "about {n}"),
    ],
    "nl": [
        ("{n}", "{n}"),
        ("minstens {n}", "at least {n}"),
        ("meer dan {n}", "more than {n}"),
        ("ongeveer {n}", "about {n}"),
    ],
}


def _grouped(n: int, language: str) -> str:
    return f"{n:,}".replace(",", "." if language == "nl" else ",")


@given(
    language=st.sampled_from(["en", "nl"]),
    n=st.integers(min_value=1, max_value=2_000_000),
    template=st.integers(min_value=0, max_value=2),
    shape=st.integers(min_value=0, max_value=3),
)
def test_rendered_figure_is_read_back(language: str, n: int, template: int, shape: int) -> None:
    sentence_t = _TEMPLATES[language][template % len(_TEMPLATES[language])]
    written, meant = _SHAPES[language][shape]
    if 1800 <= n <= 2100:
        n += 300  # bare four-digit numbers in this range are read as years, on purpose
    text = sentence_t.format(f=written.format(n=_grouped(n, language)))
    found = extract(text, source="s", reported_at=WHEN, language=language)
    assert [str(x.claim.figure) for x in found] == [str(Figure.parse(meant.format(n=n)))]
    assert found[0].surface.endswith(_grouped(n, language))


_NON_COUNTS = st.sampled_from(
    [
        "on 24 April 2025",
        "at 18:00",
        "in 2022",
        "a 12-year-old",
        "aged 45",
        "15 km away",
        "by 12%",
        "worth $5 million",
        "the 3rd floor",
        "call 0800 123 456",
        "12 hours later",
        "op 24 april",
        "om 18.00 uur",
        "van 40 jaar",
        "12 procent",
        "5 miljoen euro",
        "de 3e verdieping",
    ]
)
_FILLER = st.sampled_from(["The city", "was hit", "officials said", "de stad", "werd getroffen", "after the strike"])


@given(words=st.lists(st.one_of(_NON_COUNTS, _FILLER), min_size=1, max_size=8), language=st.sampled_from(["en", "nl"]))
def test_non_counts_are_never_extracted(words: list[str], language: str) -> None:
    text = " ".join(words) + "."
    assert extract(text, source="s", reported_at=WHEN, language=language) == []
