"""Every extraction's fields, one JSON line each: to prove a speed change left the answers alone.

    PYTHONPATH=. .venv/bin/python benchmarks/text_claims_dump.py OUT.jsonl   # in each checkout
    cmp BEFORE.jsonl AFTER.jsonl

It extracts every record of ``tests/data/news/{lang}.dev.jsonl`` (the dev split
only: never the test split) and ``tests/data/text_corpus.jsonl`` three ways (as
benchmarks/text_eval.py calls it; with a media source, ``via``, ``url``, an event
and a naive time in Europe/Kyiv; with ``learned="liberal"``), each language's
dev records joined into one document (language given and detected), and every
shape of benchmarks/text_throughput.py at 1, 10 and 100 kB. Each line holds the
extraction's record, the claim's full ``model_dump`` (its id included) and the
raw confidence; it also checks that every claim's id is its content id.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Any, TextIO

from benchmarks.text_throughput import SHAPES, text_of
from casualtylog.errors import CasualtyLogError
from casualtylog.text import extract

LANGUAGES = ("en", "nl", "fr", "de", "es")


def dump(out: TextIO, tag: str, text: str, **kwargs: Any) -> None:
    """Write the extractions of ``text`` (or the error it raises) under ``tag``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = extract(text, **kwargs)
        except CasualtyLogError as exc:
            out.write(json.dumps([tag, "error", type(exc).__name__, str(exc)]) + "\n")
            return
    for x in found:
        if x.claim.id != x.claim.content_id():
            raise SystemExit(f"{tag}: claim id {x.claim.id} is not its content id")
        record = x.to_record() | {"claim_full": x.claim.model_dump(mode="json"), "confidence_raw": x.confidence}
        out.write(json.dumps([tag, record], ensure_ascii=False, sort_keys=True) + "\n")


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(path: str) -> None:
    base: dict[str, Any] = {"source": "corpus", "reported_at": "2025-04-24T12:00Z"}
    records: list[dict[str, Any]] = []
    for language in LANGUAGES:
        records += _records(Path(f"tests/data/news/{language}.dev.jsonl"))
    records += _records(Path("tests/data/text_corpus.jsonl"))
    with Path(path).open("w", encoding="utf-8") as out:
        for r in records:
            text, language = r["text"], r["language"]
            dump(out, r["id"], text, language=language, **base)
            dump(
                out,
                r["id"] + "/via",
                text,
                language=language,
                source={"name": "Outlet", "kind": "media"},
                reported_at="2025-04-24 09:00",
                tz="Europe/Kyiv",
                via="Telegram",
                url="https://x.example/a",
                event="ev-1",
            )
            dump(out, r["id"] + "/liberal", text, language=language, learned="liberal", **base)
        for language in LANGUAGES:
            document = " ".join(r["text"] for r in records if r["language"] == language)
            dump(out, "doc-" + language, document, language=language, **base)
            dump(out, "doc-detect-" + language, document, language=None, **base)
        for name, unit in SHAPES.items():
            for size in (1_000, 10_000, 100_000):
                dump(out, f"shape-{name}-{size}", text_of(unit, size), language="en", **(base | {"source": "bench"}))


if __name__ == "__main__":
    main(sys.argv[1])
