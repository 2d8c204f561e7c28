"""Build the real-news corpus files (``{lang}.{split}.jsonl``) from ``sources/{lang}.txt``.

    python tests/data/news/build.py          # rewrite the JSONL files and print the counts
    python tests/data/news/build.py --check  # fail if the JSONL files are out of date

The sources are plain text so that a reviewer can read each sentence next to
its annotation (format in README.md). The split is decided by the document's
address alone, so adding sentences never moves a document between dev and test.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
LANGUAGES = ("en", "nl", "fr", "de", "es")
SPLITS = ("dev", "test")
#: Share of documents (by address hash) in the development split.
DEV_SHARE = 60
STATUSES = {"reported", "preliminary", "confirmed", "projected"}
#: The batch of documents without a ``batch=`` field: the corpus as first built.
FIRST_BATCH = 1


class SourceError(ValueError):
    """A line of a sources file that does not follow the format."""


def split_of(url: str) -> str:
    """The split of a document: the first 8 hex digits of SHA-256(url), mod 100, below DEV_SHARE is dev.

    >>> split_of("https://nos.nl/artikel/2069077-drie-nederlanders-gewond-geraakt-bij-aanslagen-parijs.html")
    'dev'
    """
    bucket = int(hashlib.sha256(url.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "dev" if bucket < DEV_SHARE else "test"


def parse_annotation(text: str, where: str) -> tuple[list[dict[str, Any]], str | None, str | None]:
    """Claims, source and via from an ``= ...`` line (see README.md)."""
    claims: list[dict[str, Any]] = []
    source = via = None
    if text.strip() == "none":
        return claims, None, None
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        if item.startswith("src="):
            source = item[4:].strip()
            continue
        if item.startswith("via="):
            via = item[4:].strip()
            continue
        status = "reported"
        if " !" in item:
            item, status = item.rsplit(" !", 1)
            if status not in STATUSES:
                raise SourceError(f"{where}: status {status!r} is not one of {sorted(STATUSES)}")
        words = item.split(maxsplit=2)
        if len(words) != 3:
            raise SourceError(f"{where}: claim {item!r} is not 'metric group figure'")
        metric, group, figure = words
        claims.append({"metric": metric, "group": None if group == "-" else group, "figure": figure, "status": status})
    for claim in claims:
        claim["source"] = source
    return claims, source, via


def parse(language: str, text: str) -> list[dict[str, Any]]:
    """The records of one sources file, in file order."""
    records: list[dict[str, Any]] = []
    doc: dict[str, Any] | None = None
    pending: str | None = None
    counter: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"sources/{language}.txt line {number}"
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            if pending is not None:
                raise SourceError(f"{where}: sentence before it has no '=' line")
            fields = [f.strip() for f in line[2:].split(" | ")]
            batch = FIRST_BATCH
            # a fifth field marks documents added in a later round, so that they can be scored as a fresh held-out set
            if len(fields) == 5 and fields[4].startswith("batch="):
                try:
                    batch = int(fields.pop()[len("batch=") :])
                except ValueError:
                    raise SourceError(f"{where}: batch must be 'batch=<number>'") from None
            if len(fields) != 4:
                raise SourceError(f"{where}: expected '@ url | date | publisher | found by [| batch=N]'")
            url, date, publisher, found = fields
            doc = {
                "url": url,
                "published": None if date == "-" else date,
                "publisher": publisher,
                "found": found,
                "batch": batch,
            }
        elif line.startswith("> "):
            if doc is None or pending is not None:
                raise SourceError(f"{where}: a sentence needs a document line before it and an '=' line after it")
            pending = line[2:]
        elif line.startswith("= "):
            if doc is None or pending is None:
                raise SourceError(f"{where}: annotation without a sentence")
            claims, source, via = parse_annotation(line[2:], where)
            key = hashlib.sha256(doc["url"].encode("utf-8")).hexdigest()[:8]
            counter[key] = counter.get(key, 0) + 1
            record: dict[str, Any] = {
                "id": f"{language}-{key}-{counter[key]}",
                "language": language,
                "split": split_of(doc["url"]),
                "category": "count" if claims else "negative",
                "text": pending,
                "claims": claims,
                "url": doc["url"],
                "publisher": doc["publisher"],
                "published": doc["published"],
                "found": doc["found"],
                "batch": doc["batch"],
            }
            if source is not None:
                record["source"] = source
            if via is not None:
                record["via"] = via
            records.append(record)
            pending = None
        else:
            raise SourceError(f"{where}: a line starts with '@ ', '> ', '= ' or '#'")
    if pending is not None:
        raise SourceError(f"sources/{language}.txt: the last sentence has no '=' line")
    return records


def build() -> dict[Path, str]:
    """Every output file's path and content."""
    out: dict[Path, str] = {}
    for language in LANGUAGES:
        source = SOURCES / f"{language}.txt"
        records = parse(language, source.read_text(encoding="utf-8")) if source.exists() else []
        for split in SPLITS:
            lines = [json.dumps(r, ensure_ascii=False) for r in records if r["split"] == split]
            out[HERE / f"{language}.{split}.jsonl"] = "".join(line + "\n" for line in lines)
    return out


def main() -> int:
    """Write (or check) the JSONL files and print sentence and document counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the JSONL files are out of date")
    args = parser.parse_args()
    stale = []
    batches: dict[tuple[str, int], int] = {}
    for path, content in build().items():
        rows = [json.loads(line) for line in content.splitlines()]
        docs = len({r["url"] for r in rows})
        negatives = sum(1 for r in rows if not r["claims"])
        claims = sum(len(r["claims"]) for r in rows)
        print(f"{path.name:<16}{len(rows):>5} sentences{docs:>5} documents{claims:>5} claims{negatives:>5} negatives")
        for row in rows:
            key = (path.name, row["batch"])
            batches[key] = batches.get(key, 0) + 1
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(path.name)
        else:
            path.write_text(content, encoding="utf-8")
    for (name, batch), count in sorted(batches.items()):
        if batch != FIRST_BATCH:
            print(f"{name:<16}{count:>5} sentences in batch {batch}")
    if stale:
        print(f"out of date: {', '.join(stale)} (run tests/data/news/build.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
