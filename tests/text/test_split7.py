"""The session-7 split of the language data and of ``_source_names``: no behaviour change.

The proof that nothing changed is benchmarks/text_claims_dump.py (byte-identical
before and after) and a field-by-field comparison of every language's
``LanguageData`` with main's (docs/text-history.md, "Module splits past ~400 lines");
these tests hold what a later edit could break: the size rule for the modules
split, that each language module still assembles its topic modules' tables, and
the import paths other modules use.
"""

from __future__ import annotations

import dataclasses
import importlib
from pathlib import Path

import pytest

from casualtylog.text import _source_names, _source_words
from casualtylog.text.lang import LANGUAGES

TEXT = Path(__file__).resolve().parents[2] / "casualtylog" / "text"
TOPICS = {
    "en": ("sources", "victims", "verbs", "weapons", "tolls", "figures", "dates"),
    "nl": ("sources", "victims", "verbs", "weapons", "tolls", "figures", "dates"),
    "de": ("sources", "victims", "verbs", "weapons", "tolls", "figures"),
    "es": ("sources", "victims", "verbs", "weapons", "tolls", "figures"),
    "fr": ("sources", "victims", "verbs", "weapons", "tolls", "figures"),
}
SPLIT = [f"lang/{code}.py" for code in TOPICS] + [
    f"lang/_{code}_{topic}.py" for code, topics in TOPICS.items() for topic in topics
]


@pytest.mark.parametrize("module", [*SPLIT, "lang/_word_lists.py", "_source_names.py", "_source_words.py"])
def test_the_split_modules_stay_under_the_400_line_rule(module: str) -> None:
    lines = (TEXT / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{module} has {lines} lines"


@pytest.mark.parametrize("code", sorted(TOPICS))
def test_every_topic_table_is_the_language_field_of_its_name(code: str) -> None:
    language = LANGUAGES[code]
    fields = {f.name for f in dataclasses.fields(language)}
    for topic in TOPICS[code]:
        module = importlib.import_module(f"casualtylog.text.lang._{code}_{topic}")
        assert module.__all__, module.__name__
        for name in module.__all__:
            assert name.lower() in fields, f"{module.__name__}.{name} names no field"
            # LanguageData folds the case of the words, so compare the folded table.
            table = getattr(module, name)
            if isinstance(table, frozenset):
                table = frozenset(w.casefold() for w in table)
            elif isinstance(table, dict):
                table = {k.casefold(): v for k, v in table.items()}
            assert getattr(language, name.lower()) == table, f"{code}.{name.lower()}"


def test_the_name_words_are_the_ones_the_walks_and_attribution_use() -> None:
    # _attribution imports named from _source_names, as before the split.
    assert _source_names.named is _source_words.named
    assert "named" in _source_names.__all__
    assert _source_names.MAX_NAME == 10
    assert _source_words.MAX_MODIFIERS == 3
    assert "that" in _source_words.OPENERS
