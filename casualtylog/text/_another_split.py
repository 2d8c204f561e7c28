""""Another N" in a list of counts of one sentence splits the sentence's toll; it adds to no running count.

Session 14 (``fresh9en``): "The air raids killed 19 people … outside the city of Saraqeb, and another 23 people …
in the town of Ehsim" and "killed five soldiers and another three civilians" give ``23`` and ``3`` (the corpus
guide: "another N" that splits a total rather than adding to it is ``N``). The sentence itself names the count
"another" goes beyond: a count of the same metric before it, joined to it by "and" or a comma. "Another 66 were
reported dead", alone in its sentence or after a count of another metric ("One was killed and another 19 were
injured"), stays an addition.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

if TYPE_CHECKING:  # _binding imports this module
    from casualtylog.text._binding import Binding

__all__ = ["another_in_list", "another_splits"]

#: The joiners of a list of counts before "another" ("…, and another 23", "… and another three").
_JOIN = frozenset({"and", ","})


def another_in_list(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` is "another N" right after "and" or a comma (English; the other languages mark it otherwise)."""
    if lang.code != "en" or not m.increment or m.weak_increment:
        return False
    if phrases(lang, "increment_before").at(tokens, m.start) is None:
        return False  # "nine more": the increment after the number is no "another"
    return _low(tokens, m.start - 1) in _JOIN


def another_splits(tokens: list[Token], lang: LanguageData, binding: Binding, bindings: list[Binding]) -> bool:
    """Whether ``binding``'s "another N" follows a count of the same metric in its list: the split of a toll."""
    m = binding.mention
    if binding.role != "count" or not another_in_list(tokens, m, lang):
        return False
    return any(
        b.role == "count" and b.metric == binding.metric and b.mention.start < m.start and not b.mention.increment
        for b in bindings
    )
