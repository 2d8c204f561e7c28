"""Issue 13 item 1: the real news corpus is well formed, split by document and up to date."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from casualtylog.claims import ClaimStatus
from casualtylog.figures import Figure
from casualtylog.vocab import METRIC_SYNONYMS

NEWS = Path(__file__).resolve().parent / "data" / "news"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("news_corpus_build", NEWS / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BUILD = _build_module()


def _records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted(NEWS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            out.extend(json.loads(line) | {"_file": path.name} for line in handle if line.strip())
    return out


RECORDS = _records()


def test_issue13_item1_jsonl_files_are_built_from_the_sources() -> None:
    for path, content in BUILD.build().items():
        assert path.exists(), f"{path.name} missing: run tests/data/news/build.py"
        assert path.read_text(encoding="utf-8") == content, f"{path.name} is stale: run tests/data/news/build.py"


def test_issue13_item1_every_sentence_has_an_address_and_valid_labels() -> None:
    statuses = {s.value for s in ClaimStatus}
    for record in RECORDS:
        assert record["url"].startswith(("http://", "https://")), record["id"]
        assert record["text"], record["id"]
        assert record["text"] == record["text"].strip(), record["id"]
        assert record["found"], record["id"]
        assert record["category"] == ("count" if record["claims"] else "negative"), record["id"]
        for claim in record["claims"]:
            assert claim["metric"] in METRIC_SYNONYMS.values(), (record["id"], claim["metric"])
            assert claim["status"] in statuses, (record["id"], claim["status"])
            Figure.parse(claim["figure"])  # raises on a figure the library cannot read
            assert claim["source"] == record.get("source"), record["id"]


def test_issue13_item1_split_is_by_document_hash() -> None:
    splits: dict[str, set[str]] = {}
    for record in RECORDS:
        bucket = int(hashlib.sha256(record["url"].encode("utf-8")).hexdigest()[:8], 16) % 100
        assert record["split"] == ("dev" if bucket < BUILD.DEV_SHARE else "test"), record["id"]
        assert record["_file"] == f"{record['language']}.{record['split']}.jsonl", record["id"]
        splits.setdefault(record["url"], set()).add(record["split"])
    assert all(len(s) == 1 for s in splits.values())


def test_issue13_item1_no_sentence_twice_and_ids_unique() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    texts = [(r["language"], r["text"]) for r in RECORDS]
    assert len(texts) == len(set(texts))


def test_issue13_item1_corpus_has_both_splits_and_negatives() -> None:
    for language in ("en", "nl"):
        rows = [r for r in RECORDS if r["language"] == language]
        assert {r["split"] for r in rows} == {"dev", "test"}
        assert any(not r["claims"] for r in rows)


def test_issue13_item1_split_of_is_stable() -> None:
    # the split must never change for an address already in the corpus
    assert (
        BUILD.split_of("https://nos.nl/artikel/2069077-drie-nederlanders-gewond-geraakt-bij-aanslagen-parijs.html")
        == "dev"
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [("= killed - ", "not 'metric group figure'"), ("= killed - 12 !maybe", "status")],
)
def test_issue13_item1_bad_annotation_lines_name_the_line(line: str, message: str) -> None:
    text = "@ https://example.org/a | - | X | pages: q\n> A sentence with 12 dead.\n" + line + "\n"
    with pytest.raises(BUILD.SourceError, match=message) as error:
        BUILD.parse("en", text)
    assert "line 3" in str(error.value)


def test_issue13_item1_corpus_has_the_sizes_the_issue_asks_for() -> None:
    by_language: dict[str, int] = {}
    for record in RECORDS:
        by_language[record["language"]] = by_language.get(record["language"], 0) + 1
    assert by_language.get("en", 0) + by_language.get("nl", 0) >= 400
    assert all(by_language.get(language, 0) >= 100 for language in ("fr", "de", "es"))
    negatives = sum(1 for r in RECORDS if not r["claims"])
    assert 0.15 <= negatives / len(RECORDS) <= 0.35


def test_issue13_item1_batch_marks_documents_added_in_a_later_round() -> None:
    text = (
        "@ https://example.org/a | - | X | pages: q\n> 12 dead.\n= killed - 12\n"
        "@ https://example.org/b | 2024-01 | Y | pages: q | batch=2\n> 3 dead.\n= killed - 3\n"
    )
    assert [r["batch"] for r in BUILD.parse("en", text)] == [BUILD.FIRST_BATCH, 2]
    with pytest.raises(BUILD.SourceError, match="line 4"):
        BUILD.parse("en", text.replace("batch=2", "batch=two"))
    assert all(isinstance(r["batch"], int) for r in RECORDS)
