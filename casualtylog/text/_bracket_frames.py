"""Counts in brackets: "des nombreux blessés (au moins 190)", "Al Haouz (542 décès), Chichaoua (103)".

A figure alone in brackets counts what the metric noun right before the
brackets names; after a place it continues a list of places whose first
bracket held a count ("la province d'Al Haouz (542 décès), la province de
Chichaoua (103)"). A bracket after a place with no such list before it (a
French département number, "à Trèbes (11)") is no count, unless a casualty
noun heads the list of places in the clause before its first place ("The 26
other deaths were recorded in … NCR (nine), Western Visayas (six)", "des
morts ont été recensées à Al-Haouz (1.293) et à Taroudant (452)").
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import compound_metric
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT
from casualtylog.text.lang._breakdown_words import EACH_WORDS

__all__ = ["BracketFrames"]

#: How many tokens back the last bracketed count of a list of places may be.
_LIST_REACH = 16
#: How many tokens back from its first place the casualty noun heading a list of places may stand ("deaths were
#: recorded in the National Capital Region or NCR (nine)").
_HEAD_REACH = 14
#: How many tokens the next place of the list may take before its own bracket ("(nine), Western Visayas (six)").
_NEXT_REACH = 8


class BracketFrames(SentenceBase):
    """A figure alone in brackets after a metric noun or a place of a list."""

    def bracketed_count(self, m: Mention) -> bool:
        """ "más fallecidos (492)", "…, la province de Chichaoua (103)"."""
        tokens, lang = self.tokens, self.lang
        # session 14 (fresh10en): "Sheohar and Darbhanga (10 each), Purnea (nine)": "each" opens a list of places
        each = self._each_after(m.end)
        if m.kind != "number" or _low(tokens, m.start - 1) != "(" or (_low(tokens, m.end) != ")" and not each):
            return False
        noun = phrases(lang, "metric_nouns").ending(tokens, m.start - 2)
        if noun is not None:
            self.add(Binding(m, str(noun[1]), None, "subject", chunk_end=m.end + 1, confidence=0.75))
            return True
        place = _tok(tokens, m.start - 2)
        if place is None or not place.is_capitalised:
            return False
        if not self.bindings or m.start - self.bindings[-1].mention.start > _LIST_REACH:
            return self._headed_place_list(m)
        for b in reversed(self.bindings):
            if b.role != "count" or m.start - b.mention.start > _LIST_REACH:
                return False
            if _low(tokens, b.mention.start - 1) == "(" or each:
                member = Binding(m, b.metric, b.group, "split", chunk_end=m.end + 1, confidence=0.75)
                member.whole = b  # a place with no status cue of its own takes the list's ("muertes confirmadas")
                self.add(member)
                return True
        return False

    def _each_after(self, k: int) -> bool:
        """Whether "each" and the closing bracket follow at ``k``: "(10 each)", "(4 cada uno)"."""
        for phrase in EACH_WORDS.get(self.lang.code, frozenset()):
            words = phrase.split()
            if (
                all(_low(self.tokens, k + i) == w for i, w in enumerate(words))
                and _low(self.tokens, k + len(words)) == ")"
            ):
                return True
        return False

    def _headed_place_list(self, m: Mention) -> bool:
        """The first place of a list of places with bracketed figures, headed by a casualty noun of the clause:
        "The 26 other deaths were recorded in the National Capital Region or NCR (nine), Western Visayas (six), …"
        (en-dfc341b1-4), "Plus de la moitié des morts ont été recensées à Al-Haouz (1.293) et à Taroudant (452)"
        (fr-506ba667-2), "muertes confirmadas incluyen Veracruz (8), Baja California (5), …" (es-e2faa34b-6), a
        compound noun too ("vriesdoden geteld in Litouwen (5), Frankrijk (4)", nl-8859aa21-7).

        The figure takes the noun's metric and no group (the guide: one claim per number of a breakdown by place).
        Why a list: one bracket after a place is as often a département or a district number ("à Trèbes (11)");
        a second place with its own, other bracketed figure right after makes it a breakdown. A head with a count of its
        own ("trois morts à Trèbes (11) et Carcassonne (11)") must exceed the figure, as a whole its part.
        """
        tokens = self.tokens
        following = self._next_bracketed_place(m.end + 1)
        if following is None or following.figure == m.figure:
            return False  # "à Trèbes (11) et à Carcassonne (11)": the same number twice is a code, not two counts
        nouns = phrases(self.lang, "metric_nouns")
        for i in range(m.start - 3, max(-1, m.start - 3 - _HEAD_REACH), -1):
            tok = tokens[i]
            if tok.is_number or (tok.kind is PUNCT and tok.text not in {",", "-"}) or tok.low in self.lang.said_verbs:
                return False
            hit = nouns.ending(tokens, i)
            compound = compound_metric(tok, self.lang) if hit is None else None
            if compound is not None:
                hit = (1, compound[0])  # "Er zijn ook vriesdoden geteld in Litouwen (5), Frankrijk (4)" (nl-8859aa21-7)
            if hit is None:
                continue
            start = i - hit[0] + 1
            owner = next((b for b in self.bindings if b.role == "count" and b.mention.end in {start, start - 1}), None)
            if owner is not None and m.figure.low >= owner.mention.figure.low:
                return False
            first = Binding(m, str(hit[1]), None, "split", chunk_end=m.end + 1, confidence=0.75)
            if self._confirmed_noun(start, i + 1):
                first.status = "confirmed"  # "muertes confirmadas incluyen Veracruz (8)": the head's own cue
            self.add(first)
            return True
        return False

    def _confirmed_noun(self, start: int, end: int) -> bool:
        """Whether a confirming word stands right before or after the head noun at ``start:end`` ("confirmed
        deaths", "muertes confirmadas"): the status cue of the head's phrase is every place's, as the status scope
        gives a count its own noun's cue."""
        cues = phrases(self.lang, "confirmed_cues")
        return cues.at(self.tokens, end) is not None or cues.ending(self.tokens, start - 1) is not None

    def _next_bracketed_place(self, k: int) -> Mention | None:
        """The figure of the next place with a bracketed figure after the closing bracket before ``k`` (after a
        comma, "and" or a preposition): "(nine), Western Visayas (six)", "(1.293) et à Taroudant (452)"."""
        tokens = self.tokens
        for i in range(k + 1, min(len(tokens) - 2, k + _NEXT_REACH)):
            tok = tokens[i]
            if tok.text == "(":
                prev = _tok(tokens, i - 1)
                following = self.by_start.get(i + 1)
                if following is None or following.kind != "number" or prev is None or not prev.is_capitalised:
                    return None
                return following
            if tok.is_number or (tok.kind is PUNCT and tok.text not in {",", "-"}):
                return None
        return None
