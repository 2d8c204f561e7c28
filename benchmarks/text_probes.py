"""Made-up probe sentences through the text extractor: which give a wrong claim, which miss one.

    PYTHONPATH=. .venv/bin/python benchmarks/text_probes.py [--list] [benchmarks/probes/*.txt]

Each probe file holds lines ``lang | sentence | expected``, ``expected`` being
``none`` or claims ``metric group figure[ !status]`` joined by ``;`` (``-`` for no
group), and ``## kind`` headings. The sentences were written for the project
(session 10, ``ennl10``), never copied from the corpus: numbers that are not
counts beside casualty words, and everyday casualty shapes. Prints, per language
and negative/positive, how many sentences give a claim they should not and how
many miss one; ``--list`` prints each such sentence. Nothing is asserted: the
tests in tests/text pin what the families fixed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from casualtylog.text import extract

PROBES = Path(__file__).parent / "probes"


def claims(text: str, language: str) -> list[str]:
    """The extractor's claims of ``text`` in the probe files' notation, sorted."""
    rows = []
    for x in extract(text, source="probe", reported_at="2024-06-01T12:00Z", language=language):
        c = x.claim
        status = "" if c.status.value == "reported" else f" !{c.status.value}"
        rows.append(f"{c.metric} {c.group or '-'} {c.figure}{status}")
    return sorted(rows)


def expected(field: str) -> list[str]:
    """The claims a probe line expects."""
    field = field.strip()
    return [] if field == "none" else sorted(p.strip() for p in field.split(";") if p.strip())


def main(argv: list[str]) -> None:
    show = "--list" in argv
    # attr*_*.txt hold attribution probes (``lang | sentence | source | via``): benchmarks/attribution_probes.py
    paths = [Path(a) for a in argv if a != "--list"] or sorted(
        p for p in PROBES.glob("*.txt") if not p.name.startswith("attr")
    )
    sentences, wrong, missed = Counter[tuple[str, str]](), Counter[tuple[str, str]](), Counter[tuple[str, str]]()
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [p.strip() for p in line.split(" | ")]
            if len(fields) != 3:
                raise SystemExit(f"{path}:{number}: expected 'lang | sentence | expected', got {len(fields)} fields")
            language, text, field = fields
            got, want = claims(text, language), expected(field)
            key = (language, "negative" if not want else "positive")
            sentences[key] += 1
            extra, lost = [g for g in got if g not in want], [w for w in want if w not in got]
            wrong[key] += bool(extra)
            missed[key] += bool(lost)
            if show and (extra or lost):
                print(f"{language}: {text}\n    want {want}\n    got  {got}")
    for key in sorted(sentences):
        print(
            f"{key[0]} {key[1]:9s} {sentences[key]:4d} sentences, {wrong[key]:3d} with a wrong claim, {missed[key]:3d} with a miss"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
