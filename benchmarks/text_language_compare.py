"""Every language's ``LanguageData``, field by field, in two checkouts: to prove a move of word tables changed no word.

    git -C /work/main archive COMMIT | tar -x -C /tmp/before        # the checkout to compare with
    .venv/bin/python benchmarks/text_language_compare.py /tmp/before .

Both trees are imported in this one process (the first, then the second after
its ``casualtylog`` modules are dropped), and every field of every language is
compared: ``==``, the value's type, and the order of dicts and tuples. A
frozenset compares as a set: its iteration order is no property of the source
(the same tree imported twice in one process gave some sets another order).
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
from pathlib import Path
from typing import Any

CODES = ("de", "en", "es", "fr", "nl")


def load(tree: str) -> dict[str, list[tuple[str, Any]]]:
    """Each language's fields, in order, as imported from the checkout at ``tree``."""
    for name in [m for m in sys.modules if m == "casualtylog" or m.startswith("casualtylog.")]:
        del sys.modules[name]
    sys.path.insert(0, tree)
    try:
        lang = importlib.import_module("casualtylog.text.lang")
        if not str(lang.__file__).startswith(tree):
            raise SystemExit(f"imported {lang.__file__}, not from {tree}")
        return {
            code: [(f.name, getattr(data, f.name)) for f in dataclasses.fields(data)]
            for code in CODES
            for data in [lang.get_language(code)]
        }
    finally:
        sys.path.remove(tree)


def ordered(value: object) -> tuple[str, object]:
    """The value with its type, a set sorted (its order is no property of the source), a dict's items in order."""
    if isinstance(value, frozenset | set):
        return type(value).__name__, sorted(value, key=repr)
    if isinstance(value, dict):
        return type(value).__name__, list(value.items())
    return type(value).__name__, value


def main(before_tree: str, after_tree: str) -> None:
    before, after = load(before_tree), load(after_tree)
    fields = entries = 0
    for code in CODES:
        if [k for k, _ in before[code]] != [k for k, _ in after[code]]:
            raise SystemExit(f"{code}: the fields differ")
        for (name, old), (_, new) in zip(before[code], after[code], strict=True):
            if old != new or ordered(old) != ordered(new):
                raise SystemExit(f"{code}.{name} differs: {ordered(old)!r} != {ordered(new)!r}")
            fields += 1
            entries += len(old) if isinstance(old, frozenset | dict | tuple) else 1
    print(
        f"identical: {len(CODES)} languages, {fields} fields, {entries} entries (values, types, dict and tuple order)"
    )


if __name__ == "__main__":
    main(str(Path(sys.argv[1]).resolve()), str(Path(sys.argv[2]).resolve()))
