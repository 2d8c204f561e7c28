"""Bindings, and the sentence the frames bind: its mentions, the bindings so far, and walking helpers.

:class:`SentenceBase` holds the state every frame reads and writes; the frames
themselves are in :mod:`casualtylog.text._count_frames` and
:mod:`casualtylog.text._weapon_frames`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from casualtylog.text._another_split import another_heads_split, another_names_part, another_splits, respective_first
from casualtylog.text._identified_victims import identified_part
from casualtylog.text._mentions import Mention, _low, mentions
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["Binding", "SentenceBase"]

_MAX_GAP = 5
_COORD = frozenset({"and", "en", "und", ",", "&"})


@lru_cache(maxsize=256)
def _vocabulary(lang: LanguageData, fields: tuple[str, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    """The words of each phrase of these fields of ``lang``, by the phrase's first word.

    A phrase matches only where all its words stand; indexing by the first word lets a
    sentence test only the phrases whose first word it has (English has 1,384 other-event cues).
    """
    by_first: dict[str, set[frozenset[str]]] = {}
    for name in fields:
        table: Mapping[str, object] | frozenset[str] = getattr(lang, name)
        for phrase in table:
            words = phrase.split()
            if words:
                by_first.setdefault(words[0], set()).add(frozenset(words))
    return {first: tuple(found) for first, found in by_first.items()}


@dataclass
class Binding:
    """A mention tied to a metric (and group) by a frame."""

    mention: Mention
    metric: str
    group: str | None
    frame: str
    cue: str | None = None  # update, static, projected, increment (running totals)
    chunk_end: int = 0  # first token after the mention and its noun
    confidence: float = 0.9
    status: str = "reported"
    update: bool = False
    role: str = "count"  # count, group, linked
    notes: list[str] = field(default_factory=list)
    #: Tokens between a running toll's noun and its verb of change ("the death toll from the quake that struck
    #: last week has risen to 186"): they describe the event the toll counts, so they date no other one.
    described: tuple[int, int] | None = None
    #: Session 20 (issue 13): the count a breakdown after a colon splits ("cinco decesos más: cuatro en Sonora y uno
    #: en …"): a part with no status cue of its own takes the whole's.
    whole: Binding | None = None


class SentenceBase:
    """One sentence's tokens, its mentions and the bindings the frames have made."""

    def __init__(self, tokens: list[Token], lang: LanguageData) -> None:
        self.tokens = tokens
        self.lang = lang
        self.mentions = mentions(tokens, lang)
        self.by_start = {m.start: m for m in self.mentions}
        self.by_last = {m.end - 1: m for m in self.mentions}
        self.bindings: list[Binding] = []
        self.bound: set[int] = set()
        #: Places of a split whose figure was said already ("une au Luc, une à Fréjus"): no claim, still a place.
        self.repeated_splits: list[Binding] = []
        #: The weapon frames' walks, by direction and start: several frames ask the same.
        self.walks: dict[tuple[str, int], str | None] = {}
        #: The sentence's words, to skip a frame whose trigger words are all absent (see :meth:`lacks`).
        self.words = frozenset(t.low for t in tokens)
        self._lacks: dict[tuple[str, ...], bool] = {}

    def lacks(self, *fields: str) -> bool:
        """Whether no phrase of these fields of the language has all its words in the sentence.

        Then no phrase of them matches anywhere in the sentence: a frame that binds only
        through one of them can say no at once instead of walking every figure's window.
        This is what keeps a long run of figures cheap ("5 dead 5 dead …" has no toll noun).
        """
        known = self._lacks.get(fields)
        if known is None:
            index = _vocabulary(self.lang, fields)
            present = self.words
            known = self._lacks[fields] = not any(
                words <= present for first in present & index.keys() for words in index[first]
            )
        return known

    # walking helpers ------------------------------------------------------------
    def mention_ending(self, j: int) -> Mention | None:
        return self.by_last.get(j)

    def gap(self, k: int) -> tuple[int, int]:
        """Skip gap words from ``k``: (new position, words skipped)."""
        count = 0
        lang = self.lang
        predicates = phrases(lang, "predicates")
        while count < _MAX_GAP and _low(self.tokens, k) in lang.gap_words:
            # Session 13 (fresh7b): a predicate that opens with a gap word ("noch gesucht", "er ernstig aan toe") is
            # the predicate, not words before it: skipping them all would leave "gesucht", "aan toe" out of reach.
            hit = predicates.at(self.tokens, k)
            if hit is not None and hit[0] > 1:
                break
            k += 1
            count += 1
        return k, count

    def add(self, binding: Binding) -> None:
        if identified_part(self.tokens, binding.mention, self.lang):
            self.bound.add(binding.mention.start)  # session 14 (fresh10en): "identified two of the people killed"
            return
        if binding.mention.increment and (
            another_splits(self.tokens, self.lang, binding, self.bindings)
            or another_names_part(self.tokens, self.lang, binding)  # session 14 (fresh10en): "from the second boat"
        ):
            binding.mention.increment = False  # session 14 (fresh9en): "killed 19 … and another 23": a split
        another_heads_split(self.tokens, self.lang, binding, self.bindings)  # session 14 (fresh10en)
        # session 14 (fresh10en): "four and three deaths, respectively": the four too
        first = respective_first(self.tokens, self.lang, binding, self.by_last, self.bound, self.words)
        if first is not None:
            self.add(Binding(first, binding.metric, binding.group, "split", chunk_end=first.end, confidence=0.75))
        self.bindings.append(binding)
        self.bound.add(binding.mention.start)
