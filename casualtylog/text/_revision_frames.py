"""Session 13 (``fresh7c``): a toll revised to a bare figure after it was given ("un premier bilan de 24 morts,
qui a été relevé à 25, puis 27", "Le bilan, qui était de 24 morts, a été relevé à 27", "un primer balance de 24
muertos, que luego fue elevado a 27").

The revised figure has no noun of its own: its metric is the toll's, the count just before. Only a participle of
revision (``revision_participles``: "relevé", "revu à la hausse", "elevado") and its "to" may stand before the
figure, and between the toll's count and the participle only a comma, a relative pronoun, auxiliaries and the
language's words of sequence (``revision_links``: "avant d'être", "puis", "luego"): "Trois morts ; l'âge minimum a
été relevé à 18" has a noun between and gives nothing. A second figure after "then" ("puis 27", "y luego a 27")
is a revision of the same toll. A figure followed by a noun is another frame's.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT

__all__ = ["RevisionFrames"]

#: How many tokens may stand between the toll's count and the participle of revision ("qui a été", "avant d'être").
_LINK_REACH = 6
#: How many tokens the participle's own words may take before its "to" ("revu à la hausse à").
_PARTICIPLE_REACH = 4
#: How many of the latest bindings a revision looks back over for its toll.
_RECENT = 4


class RevisionFrames(SentenceBase):
    """A bare figure a toll was revised to: the toll's metric, a reported update."""

    def revised_to(self, m: Mention) -> bool:
        """ "qui a été relevé à 25, puis 27": 25 and 27 are counts of the dead, as the 24 before."""
        lang = self.lang
        if m.kind != "number" or not lang.revision_participles or not self._bare(m.end):
            return False
        toll = self._chained(m) or self._after_participle(m)
        if toll is None:
            return False
        binding = Binding(m, toll.metric, toll.group, "toll", cue="update", chunk_end=m.end, confidence=0.8)
        binding.update = True
        self.add(binding)
        return True

    def _bare(self, k: int) -> bool:
        """No noun after the figure: the end, a mark, a word of sequence or a boundary."""
        tok = self.tokens[k] if k < len(self.tokens) else None
        return (
            tok is None
            or tok.kind is PUNCT
            or tok.low in self.lang.boundaries
            or phrases(self.lang, "revision_links").at(self.tokens, k) is not None
        )

    def _chained(self, m: Mention) -> Binding | None:
        """ "…, puis 27": the revision right before, joined by a word of sequence (and its "to")."""
        tokens, lang = self.tokens, self.lang
        j = m.start - 1
        if _low(tokens, j) in lang.to_words:
            j -= 1
        link = phrases(lang, "revision_links").ending(tokens, j)
        if link is None:
            return None
        j -= link[0]
        if _low(tokens, j) == ",":
            j -= 1
        before = next((b for b in self._recent() if b.mention.end - 1 == j), None)
        return before if before is not None and before.frame == "toll" and before.update else None

    def _recent(self) -> list[Binding]:
        """The last few bindings, latest first: the frames bind in text order, and a toll the revision names stands
        a few words back, so a long run of figures costs no walk over every binding before it."""
        return self.bindings[: -_RECENT - 1 : -1]

    def _after_participle(self, m: Mention) -> Binding | None:
        """The toll's count before "relevé à" and the plain words that join them."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, m.start - 1) not in lang.to_words:
            return None
        participle = next(
            (
                j
                for j in range(m.start - 2, max(-1, m.start - 2 - _PARTICIPLE_REACH), -1)
                if tokens[j].low in lang.revision_participles
            ),
            None,
        )
        if participle is None:
            return None
        if any(t.is_number or t.kind is PUNCT for t in tokens[participle + 1 : m.start - 1]):
            return None
        toll = max(
            (b for b in self._recent() if b.chunk_end <= participle and b.role == "count"),
            default=None,
            key=lambda b: b.chunk_end,
        )
        if toll is None:
            return None
        k = toll.chunk_end
        noun = phrases(lang, "metric_nouns").at(tokens, k)  # a toll's chunk may end at its figure ("de 24 morts")
        if noun is not None:
            k += noun[0]
        if participle - k > _LINK_REACH:
            return None
        links = phrases(lang, "revision_links")
        while k < participle:
            tok = tokens[k]
            hit = links.at(tokens, k)
            if hit is not None:
                k += hit[0]
            elif tok.low in {",", "-", "–"} or tok.low in lang.relative_pronouns or tok.low in lang.gap_words:
                k += 1
            else:
                return None
        return toll
