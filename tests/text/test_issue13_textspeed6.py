"""Issue 13, "any 100 kB in under a second": the faster paths give exactly what the slow ones gave.

No wall clock here (machines are loaded; benchmarks/text_throughput.py measures
seconds). What is tested is that each shortcut is exact:

- claims built from a validated template (casualtylog/text/_claim_maker.py)
  equal the claims ``Claim.model_validate`` makes from the same fields, id included;
- the phrase tries answer as a plain scan of the phrase table would;
- the noun memo answers per sentence, never with another sentence's nouns.
"""

from __future__ import annotations

import threading
import warnings
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualtylog.claims import Claim, Source, SourceKind
from casualtylog.errors import CasualtyLogError, ClaimValidationError
from casualtylog.figures import Figure
from casualtylog.text import Extraction, extract
from casualtylog.text._claim_maker import ClaimMaker
from casualtylog.text._nouns import _find_noun, _find_weapon_verb, _noun, _weapon_verb
from casualtylog.text._phrase_ends import after_toll_cue
from casualtylog.text._phrases import Phrases
from casualtylog.text._tokens import Token, tokenize
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.times import Precision

#: Made-up sentences of the shapes the claim-dense inputs repeat, in the five languages:
#: a plain count, a running total after it, an increment, a range, a projection, a group.
SENTENCES = [
    ("en", "At least 12 people were killed and 90 injured, said the governor. The death toll rose to 15."),
    ("en", "Two more bodies were found on Sunday, bringing the toll to 17. Up to 30 could be dead."),
    ("en", "10-15 dead and 40 wounded in the strike. 5 dead 5 dead 5 dead."),
    ("en", "Russia launched 70 missiles, of which 48 were shot down; 3 children were among the injured."),
    ("nl", "Bij de aanval kwamen minstens 20 mensen om en raakten 45 mensen gewond."),
    ("fr", "Au moins 25 morts et une centaine de blessés, selon les secours."),
    ("de", "Mindestens 12 Menschen wurden getötet, 30 weitere verletzt."),
    ("es", "Al menos 12 personas murieron y 40 resultaron heridas, según la policía."),
]
#: Sentences with numbers and no claim: they stay empty.
NEGATIVES = [
    ("en", "The 48 of 70 delegates voted on 12 May 2024 at 10:15 in room 5."),
    ("en", "Twenty twenty twenty twenty twenty twenty."),
    ("en", "5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15."),
]


def _extract(text: str, language: str, **kwargs: object) -> list[Extraction]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract(text, language=language, **{"source": "s", "reported_at": "2025-04-24T12:00Z"} | kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "text"), SENTENCES)
def test_textspeed6_extracted_claims_equal_claims_validated_from_their_fields(language: str, text: str) -> None:
    found = _extract(text, language) + _extract(
        text * 3, language, source={"name": "Outlet", "kind": "media"}, via="Telegram", url="https://x.example/a"
    )
    assert found
    for x in found:
        claim = x.claim
        again = Claim.model_validate(claim.model_dump())
        assert again == claim
        assert claim.id == claim.content_id() == again.id
        assert claim.__pydantic_fields_set__ == again.__pydantic_fields_set__


@pytest.mark.parametrize(("language", "text"), NEGATIVES)
def test_textspeed6_negatives_stay_empty(language: str, text: str) -> None:
    assert _extract(text, language) == []
    assert _extract(text * 50, language) == []


def test_textspeed6_running_total_supersedes_the_claim_it_follows() -> None:
    found = _extract("12 people were killed. The death toll rose to 15. Two more people died.", "en")
    first, total, more = (x.claim for x in found)
    assert total.supersedes == (first.id,)
    assert more.supersedes == (total.id,)
    assert str(more.figure) == "+2"


_WHEN = datetime(2025, 4, 24, 12, tzinfo=UTC)
_ID = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)


def _fields(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "metric": "killed",
        "group": None,
        "figure": Figure.exact(5),
        "source": Source(name="s"),
        "via": None,
        "when": _WHEN,
        "precision": Precision.MINUTE,
        "status": "reported",
        "supersedes": (),
        "quote": "5 dead",
    }
    return base | changes


def _validated(event: str, url: str | None, language: str, f: dict[str, object]) -> Claim:
    return Claim.model_validate(
        {
            "event": event,
            "metric": f["metric"],
            "group": f["group"],
            "figure": f["figure"],
            "source": f["source"],
            "via": f["via"],
            "reported_at": f["when"],
            "reported_precision": f["precision"],
            "status": f["status"],
            "supersedes": f["supersedes"],
            "quote": f["quote"],
            "url": url,
            "language": language,
        }
    )


def _same_outcome(maker: ClaimMaker, f: dict[str, object]) -> None:
    try:
        expected: Claim | type[Exception] = _validated(maker.event, maker.url, maker.language, f)
    except CasualtyLogError as exc:
        expected = type(exc)
    try:
        got: Claim | type[Exception] = maker.claim(**f)  # type: ignore[arg-type]
    except CasualtyLogError as exc:
        got = type(exc)
    assert got == expected
    if isinstance(got, Claim):
        assert got.id == got.content_id()


@settings(max_examples=200, deadline=None)
@given(
    quote=st.one_of(
        st.text(max_size=40),
        st.sampled_from(["", " ", "\u2003\n", "5 dead", "x" * 20_000, "x" * 20_001]),
    ),
    supersedes=st.one_of(
        st.lists(_ID, max_size=3).map(tuple),
        st.lists(st.text(max_size=17), max_size=2).map(tuple),
    ),
    metric=st.sampled_from(["killed", "dead", "injured", "wounded", "", "x" * 300]),
    group=st.sampled_from([None, "children", "Children", " civilians "]),
    figure=st.sampled_from([Figure.exact(5), Figure.at_least(12), Figure.increment(2), Figure.range(10, 15)]),
    via=st.sampled_from([None, "Telegram", "  Telegram  ", "", "\x1b[31m"]),
    status=st.sampled_from(["reported", "projected", "preliminary", "rumoured"]),
)
def test_textspeed6_maker_gives_what_full_validation_gives(
    quote: str,
    supersedes: tuple[str, ...],
    metric: str,
    group: str | None,
    figure: Figure,
    via: str | None,
    status: str,
) -> None:
    """Every combination: the same claim (every field, the id) or the same error class."""
    maker = ClaimMaker(event="e", url=None, language="en")
    f = _fields(quote=quote, supersedes=supersedes, metric=metric, group=group, figure=figure, via=via, status=status)
    _same_outcome(maker, f)
    _same_outcome(maker, f)  # the second time from the template


def test_textspeed6_maker_keeps_each_zone_of_one_instant() -> None:
    """One instant in two zones is two different reported_at fields: each claim keeps its own."""
    maker = ClaimMaker(event="e", url="https://x.example/a", language="nl")
    kyiv = _WHEN.astimezone(timezone(timedelta(hours=3)))
    a = maker.claim(**_fields(when=_WHEN))  # type: ignore[arg-type]
    b = maker.claim(**_fields(when=kyiv))  # type: ignore[arg-type]
    assert a.reported_at == b.reported_at
    assert a.reported_at.utcoffset() == timedelta(0)
    assert b.reported_at.utcoffset() == timedelta(hours=3)
    assert b == _validated("e", "https://x.example/a", "nl", _fields(when=kyiv))


def test_textspeed6_maker_keeps_each_source() -> None:
    maker = ClaimMaker(event="e", url=None, language="en")
    for source in (Source(name="s"), Source(name="s", kind=SourceKind.MEDIA), Source(name="t")):
        f = _fields(source=source)
        assert maker.claim(**f) == _validated("e", None, "en", f)  # type: ignore[arg-type]


def test_textspeed6_maker_refuses_what_claim_refuses() -> None:
    maker = ClaimMaker(event="x" * 501, url=None, language="en")
    with pytest.raises(ClaimValidationError):
        maker.claim(**_fields())  # type: ignore[arg-type]


def test_textspeed6_claim_rules_the_maker_relies_on_are_unchanged() -> None:
    """The maker's exactness rests on which of Claim's validators see quote and supersedes:
    if this changes, review casualtylog/text/_claim_maker.py before updating it."""
    decorators = Claim.__pydantic_decorators__
    touching = {
        name for name, d in decorators.field_validators.items() if {"quote", "supersedes", "*"} & set(d.info.fields)
    }
    assert touching == {"_blank_is_none", "_links"}
    assert set(decorators.model_validators) == {"_loose_times", "_identify"}
    assert Claim.model_fields["quote"].metadata[0].max_length == 20000


# -- phrase tries ------------------------------------------------------------------
_WORDS = ["killed", "at", "least", "more", "than", "the", "death", "toll", "rose", "to", "5", "10-15", ","]


def _scan_at(table: dict[str, str], words: list[str], kinds: list[bool], i: int) -> tuple[int, object] | None:
    if not 0 <= i < len(words) or kinds[i]:
        return None
    best: tuple[int, object] | None = None
    for phrase, value in table.items():
        p = phrase.split()
        if p and words[i : i + len(p)] == p and (best is None or len(p) > best[0]):
            best = (len(p), value)
    return best


def _scan_ending(table: dict[str, str], words: list[str], kinds: list[bool], j: int) -> tuple[int, object] | None:
    if not 0 <= j < len(words) or kinds[j]:
        return None
    best: tuple[int, object] | None = None
    for phrase, value in table.items():
        p = phrase.split()
        if p and j + 1 - len(p) >= 0 and words[j + 1 - len(p) : j + 1] == p and (best is None or len(p) > best[0]):
            best = (len(p), value)
    return best


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.lists(st.sampled_from(_WORDS[:10]), min_size=1, max_size=3).map(" ".join), st.sampled_from("abc"), max_size=6
    ),
    st.lists(st.sampled_from(_WORDS), max_size=8),
)
def test_textspeed6_phrase_tries_match_a_plain_scan(table: dict[str, str], words: list[str]) -> None:
    tokens = tokenize(" ".join(words), get_language("en"))
    lows = [t.low for t in tokens]
    numbers = [t.is_number for t in tokens]
    phrases = Phrases(table)
    for i in range(-1, len(tokens) + 1):
        assert phrases.at(tokens, i) == _scan_at(table, lows, numbers, i)
        assert phrases.ending(tokens, i) == _scan_ending(table, lows, numbers, i)


# -- the noun memo -------------------------------------------------------------------
def test_textspeed6_noun_memo_answers_for_the_sentence_it_is_asked_about() -> None:
    en, nl = get_language("en"), get_language("nl")
    a = tokenize("Russia launched 70 missiles and 12 children", en)
    b = tokenize("70 people and 12 drones were shot down", en)
    c = tokenize("70 raketten werden onderschept en 12 kinderen", nl)
    for _ in range(2):  # the second round from the memo, alternating sentences
        for tokens, lang in ((a, en), (b, en), (c, nl), (a, nl)):
            for k in range(-1, len(tokens) + 1):
                assert _noun(tokens, k, lang) == _find_noun(tokens, k, lang)
                assert _weapon_verb(tokens, k, lang) == _find_weapon_verb(tokens, k, lang)


def test_textspeed6_noun_memo_is_per_thread() -> None:
    en = get_language("en")
    sentences = [tokenize(f"{n} missiles and {n} children were hit", en) for n in range(2, 40)]
    expected = [[_find_noun(t, k, en) for k in range(len(t))] for t in sentences]
    errors: list[str] = []

    def work() -> None:
        for _ in range(20):
            for tokens, want in zip(sentences, expected, strict=True):
                if [_noun(tokens, k, en) for k in range(len(tokens))] != want:
                    errors.append("wrong noun")

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


# -- a number after a running total's verb -----------------------------------------------
def _ends_phrase(tokens: list[Token], j: int, phrase: str) -> int:
    """The check after_toll_cue made before (every phrase of the table, per number)."""
    words = phrase.split()
    start = j - len(words) + 1
    if start < 0 or any(tokens[start + k].low != w for k, w in enumerate(words)):
        return 0
    return len(words)


def _after_toll_cue_before(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    ends = {i - 1, i - 1 - max((_ends_phrase(tokens, i - 1, q) for q in lang.qualifiers), default=0)}
    return any(len(c.split()) >= 2 and _ends_phrase(tokens, j, c) for c in lang.toll_cues for j in ends)


_TOLL_TEXTS = {
    "en": "the death toll rose to more than 2000 and has risen to 12, up to 5, at least 7 rose 8",
    "nl": "het dodental is opgelopen tot meer dan 2000, gestegen tot 12 en tot 5",
    "fr": "le bilan est passé à plus de 2000 et s'élève à 12, à 5",
    "de": "die Zahl der Toten stieg auf mehr als 2000 und auf 12, auf 5",
    "es": "el balance ascendió a más de 2000 y aumentó a 12, a 5",
}


@pytest.mark.parametrize("language", sorted(_TOLL_TEXTS))
def test_textspeed6_after_toll_cue_answers_as_the_plain_scan(language: str) -> None:
    lang = get_language(language)
    words = _TOLL_TEXTS[language].split()
    for n in range(len(words)):  # every prefix, so that every number is last, first, in between
        tokens = tokenize(" ".join(words[n:]), lang)
        for i in range(len(tokens) + 1):
            assert after_toll_cue(tokens, i, lang) == _after_toll_cue_before(tokens, i, lang)
