"""Made-up probe sentences through attribution: which name the wrong source or via.

    PYTHONPATH=. .venv/bin/python benchmarks/attribution_probes.py [--list] [benchmarks/probes/attr11_*.txt]

Each probe file holds lines ``lang | sentence | source | via`` (``-`` for none: the
caller's source and no via), and ``## shape`` headings. The sentences were written for
the project (session 11, ``attr11``), never copied from the corpus: the attribution
shapes news uses every day, with same-surface negatives (a pronoun, a weekday, two
sources for two figures). Prints, per shape and per language, how many name the
source (and via) the corpus guide asks for (tests/data/news/README.md, "Source");
names are compared as the evaluation compares them (case and a leading article
aside). A sentence that gives no claim counts apart. Nothing is asserted: the tests
in tests/text pin what the families fixed.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from casualtylog.text import extract

PROBES = Path(__file__).parent / "probes"
_ARTICLES = ("the ", "de ", "het ", "la ", "le ", "l’", "l'", "der ", "die ", "das ", "el ", "los ", "las ")


def _loose(name: str | None) -> str | None:
    if name is None:
        return None
    name = name.casefold().strip()
    for article in _ARTICLES:
        name = name.removeprefix(article)
    return name


def main(argv: list[str]) -> int:
    show = "--list" in argv
    files = [Path(a) for a in argv if not a.startswith("--")] or sorted(PROBES.glob("attr11_*.txt"))
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    empty = 0
    shape = "?"
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                shape = line[3:].strip()
                continue
            if not line.strip():
                continue
            lang, sentence, source, via = (p.strip() for p in line.split(" | "))
            found = extract(sentence, language=lang, source="-", reported_at="2025-04-24")
            if not found:
                empty += 1
                if show:
                    print(f"  NO CLAIM {lang} {sentence}")
                continue
            named = {(x.claim.source.name, x.claim.via or "-") for x in found}
            ok = all(_loose(s) == _loose(source) and _loose(v) == _loose(via) for s, v in named)
            total[(shape, lang)] += 1
            right[(shape, lang)] += ok
            if show and not ok:
                print(f"  WRONG {lang} {sentence}\n        want ({source}, {via}) got {sorted(named)}")
    shapes = list(dict.fromkeys(s for s, _ in total))
    languages = ("en", "nl", "fr", "de", "es")
    print(f"{'shape':<44}" + "".join(f"{lang:>8}" for lang in languages) + f"{'all':>9}")
    for s in shapes:
        cells = [f"{right[(s, lang)]}/{total[(s, lang)]}" if total[(s, lang)] else "-" for lang in languages]
        r, t = sum(right[(s, lang)] for lang in languages), sum(total[(s, lang)] for lang in languages)
        print(f"{s[:43]:<44}" + "".join(f"{c:>8}" for c in cells) + f"{f'{r}/{t}':>9}")
    by_lang = [f"{sum(right[(s, lang)] for s in shapes)}/{sum(total[(s, lang)] for s in shapes)}" for lang in languages]
    print(f"{'all':<44}" + "".join(f"{c:>8}" for c in by_lang) + f"{f'{sum(right.values())}/{sum(total.values())}':>9}")
    print(f"sentences with no claim (extraction, not attribution): {empty}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
