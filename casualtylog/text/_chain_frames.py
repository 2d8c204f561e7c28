"""Session 13 (``kinds13``): a toll revised in a chain of steps after its first figure.

"The number of missing was initially placed at four then raised to 15 and finally brought down to seven": each
step names the same toll again, so each figure takes the metric and group of the figure before it. A step is a
verb of revision with its preposition before the figure (``revision_steps``: "raised to", *ramené à*, *verhoogd
naar*, *elevó a*) or, in a verb-final clause, the preposition before and the participle after it
(``to_words`` and ``step_participles``: *dann auf 11 erhöht*). Only the words of a chain
(``chain_links``: "then", "and", "finally", a comma) may stand between the step and the figure before it, and
that figure must be bound as a count: a step alone ("raised to 11 the funds") reads nothing new here.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD

__all__ = ["ChainFrames"]

#: How many words of a chain may stand between a step and the figure before it ("…, and then finally").
_LINK_REACH = 4


class ChainFrames(SentenceBase):
    """A figure that revises the count before it, one step of a chain."""

    def revised_in_chain(self, m: Mention) -> bool:
        """ "initially placed at four then raised to 15 and finally brought down to seven" (the 15, then the 7)."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not lang.chain_links:
            return False
        step = phrases(lang, "revision_steps").ending(tokens, m.start - 1) if lang.revision_steps else None
        if step is not None:
            j = m.start - 1 - step[0]
        elif _low(tokens, m.start - 1) in lang.to_words and _low(tokens, m.end) in lang.step_participles:
            j = m.start - 2  # "dann auf 11 erhöht"
        else:
            return False
        before = self._chained_figure(j)
        if before is None:
            return False
        end = m.end + (step is None)
        binding = Binding(m, before.metric, before.group, "toll", cue="update", chunk_end=end, confidence=0.8)
        binding.update = True
        self.add(binding)
        return True

    def _chained_figure(self, j: int) -> Binding | None:
        """The count bound right before position ``j`` across the words of a chain, or None."""
        tokens, lang = self.tokens, self.lang
        links = 0
        while j >= 0 and _low(tokens, j) in lang.chain_links and links < _LINK_REACH:
            j, links = j - 1, links + 1
        if links == 0 or j < 0:
            return None  # a step needs its link: "raised to 15" right after a count is another frame's
        for b in reversed(self.bindings):
            if b.role != "count" or b.mention.end > j + 1:
                continue
            if b.mention.end == j + 1 or b.chunk_end == j + 1:
                return b
            # a verb-final step closes with its participle ("zunächst mit sechs angegeben, dann …")
            closing = tokens[j]
            if lang.step_participles and b.mention.end == j and closing.kind is WORD:
                return b
            return None
        return None
