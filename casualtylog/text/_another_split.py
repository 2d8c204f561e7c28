""""Another N" that splits a total adds to no running count; so the count before "respectively" shares a noun.

Session 14 (``fresh9en``): "The air raids killed 19 people … outside the city of Saraqeb, and another 23 people …
in the town of Ehsim" and "killed five soldiers and another three civilians" give ``23`` and ``3`` (the corpus
guide: "another N" that splits a total rather than adding to it is ``N``). The sentence itself names the count
"another" goes beyond: a count of the same metric before it, joined to it by "and" or a comma. "Another 66 were
reported dead", alone in its sentence or after a count of another metric ("One was killed and another 19 were
injured"), stays an addition.

Session 14 (``fresh10en``): "Another 140 migrants were picked up from the second boat" (en-23582ede-4) gives ``140``:
the clause names the part ("the second boat", "the other village"), so the count is that part's
(:func:`another_names_part`); an "another N" that heads a breakdown by place splits its total too
(:func:`another_heads_split`), and so does one whose copula says who N of the victims were
(:func:`identity_not_added`). "N and M deaths, respectively": the first count shares the second's noun
(:func:`respective_first`). Only a few words after the count's own chunk are read, up to the first punctuation, so
this stays linear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._split_total_words import COPULAS, PART_ORDINALS, RESPECTIVELY_WORDS

if TYPE_CHECKING:  # _binding imports this module
    from casualtylog.text._binding import Binding

__all__ = [
    "another_heads_split",
    "another_in_list",
    "another_names_part",
    "another_splits",
    "identity_not_added",
    "respective_first",
]

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


#: How many bindings back the "another N" heading a breakdown may be.
_HEAD_REACH = 12
#: Frames of one more place of a breakdown ("… and 35 in northern Rajasthan").
_SPLIT_FRAMES = frozenset({"parallel", "split", "place"})

#: How many tokens after the count's chunk may hold "the second …".
_PART_REACH = 6


def another_names_part(tokens: list[Token], lang: LanguageData, binding: Binding) -> bool:
    """Whether ``binding``'s "another N", in no list of counts, stands in a clause that names a part ("from the
    second boat")."""
    m = binding.mention
    parts = PART_ORDINALS.get(lang.code)
    if not parts or binding.role != "count" or not m.increment or m.weak_increment or another_in_list(tokens, m, lang):
        return False
    if phrases(lang, "increment_before").at(tokens, m.start) is None:
        return False  # "nine more": the increment after the number is no "another"
    for i in range(binding.chunk_end, min(len(tokens), binding.chunk_end + _PART_REACH)):
        if tokens[i].kind is PUNCT:
            return False
        if tokens[i].low in parts and _low(tokens, i - 1) == "the":
            return True
    return False


def another_heads_split(tokens: list[Token], lang: LanguageData, binding: Binding, bindings: list[Binding]) -> None:
    """ "Another five people have died in Orissa and 35 in northern Rajasthan" (en-9e726dc3-8): when ``binding`` is
    one more place of a breakdown, an "another N" of its metric before it heads the breakdown and splits a total:
    ``N``, not ``+N`` (the corpus guide: "another N" that completes a split)."""
    if binding.frame not in _SPLIT_FRAMES or binding.role != "count" or binding.metric == "killed":
        # session 18 (guide18): not for the dead, whose "another N" opening the sentence adds, and the counts that
        # share its "another" add too (the guide, "Another and more", case 2; en-9e726dc3-8 relabelled `+5`, `+35`)
        return
    for b in bindings[-_HEAD_REACH:]:  # bounded: a long list costs linear time
        m = b.mention
        same = b.role == "count" and b.metric == binding.metric
        if same and m.increment and not m.weak_increment and _low(tokens, m.start) in lang.another_words:
            m.increment = False


def respective_first(
    tokens: list[Token],
    lang: LanguageData,
    binding: Binding,
    by_last: dict[int, Mention],
    bound: set[int],
    words: frozenset[str],
) -> Mention | None:
    """ "which reported four and three deaths, respectively" (en-e5d93234-3): the bare number right before "and" and
    ``binding``'s count, in a sentence that says "respectively", shares its noun and predicate; ``None`` if none."""
    m = binding.mention
    if binding.role != "count" or _low(tokens, m.start - 1) not in {"and", "en"} or m.increment:
        return None
    if words.isdisjoint(RESPECTIVELY_WORDS.get(lang.code, frozenset())):
        return None  # the sentence's words, read once: no scan per binding
    first = by_last.get(m.start - 2)
    if first is None or first.kind != "number" or first.start in bound or first.increment:
        return None
    return first


def identity_not_added(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """ "Nog eens tien gewonden zijn politiemensen" (nl-aea985c9-4): "another N" with a metric noun, a copula and a
    group noun says who N of the victims were: a split by group, no addition."""
    if not m.increment or m.article:
        return False
    noun = phrases(lang, "metric_nouns").at(tokens, m.end)
    if noun is None or _low(tokens, m.end + noun[0]) not in COPULAS.get(lang.code, frozenset()):
        return False
    return phrases(lang, "group_nouns").at(tokens, m.end + noun[0] + 1) is not None
