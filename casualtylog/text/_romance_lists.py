"""A count broken down into its members after a colon or a semicolon (French and Spanish).

"Trece personas han muerto; el conductor y doce pasajeros del autobús",
"quatre personnes étaient toujours hospitalisées au CHU de Dijon: deux
adultes, dont un en urgence, et deux enfants": each member with a noun of
people is a part of the count before, with its metric and the member's group.

Precision first: the member must fit within the count, the count must end a
few words before the colon, nothing between them may be a number, and the
member's own words must hold no verb the language lists (an auxiliary, a
predicate, a verb of saying), so a new clause with its own verb ("…; 15
policiers ont été déployés") is never read as a member. Every walk is bounded.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD
from casualtylog.text.lang import LanguageData

__all__ = ["RomanceLists"]

#: The marks that open a list of members.
_OPENERS = frozenset({":", ";"})
#: How many tokens a list may run before a member (earlier members, articles, commas).
_LIST_REACH = 10
#: How many words (a place: "au CHU de Dijon") may stand between the count and the colon.
_TAIL = 6
#: How many words a member may carry after its noun ("del autobús", "de una familia").
_MEMBER_TAIL = 5
#: Frames whose bindings are no count of people.
_NOT_PARENT = frozenset({"weapon", "linked", "elliptic"})


def _verb(tokens_low: str, lang: LanguageData) -> bool:
    return tokens_low in lang.gap_words or tokens_low in lang.said_verbs or tokens_low in lang.active_verbs


class RomanceLists(SentenceBase):
    """Members of a count listed after a colon or a semicolon."""

    def listed_member(self, m: Mention) -> bool:
        """ "Trece personas han muerto; el conductor y doce pasajeros": 12 killed (a part, no group)."""
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun or m.kind != "number":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        opener = self._opener(m.start)
        if opener is None or not self._member_ends(m.end + noun[2]):
            return False
        parent = next(
            (
                b
                for b in reversed(self.bindings)
                if b.mention.start < opener and b.role == "count" and b.frame not in _NOT_PARENT
            ),
            None,
        )
        if parent is None or not 0 <= opener - parent.chunk_end <= _TAIL:
            return False
        if any(t.kind is not WORD for t in tokens[parent.chunk_end : opener]):
            return False  # a number or a mark between the count and the list: another clause
        whole = parent.mention.figure
        if whole.high is not None and m.figure.low >= whole.high:
            return False  # a member is a part: smaller than the whole
        self.add(Binding(m, parent.metric, noun[1], "part", chunk_end=m.end + noun[2], confidence=0.75, role="group"))
        return True

    def _opener(self, start: int) -> int | None:
        """The colon or semicolon that opens the list holding the member at ``start``, or ``None``."""
        tokens, lang = self.tokens, self.lang
        for j in range(start - 1, max(-1, start - 1 - _LIST_REACH), -1):
            tok = tokens[j]
            if tok.text in _OPENERS:
                return j
            if tok.is_number and j not in self.bound and (j + 1) not in self.by_start:
                return None  # another number no frame took: not a list of members
            if tok.kind is WORD and _verb(tok.low, lang):
                return None
        return None

    def _member_ends(self, k: int) -> bool:
        """Whether the member's words after its noun end the member: a mark, "and", or the end, with no verb."""
        tokens, lang = self.tokens, self.lang
        for j in range(k, min(len(tokens), k + _MEMBER_TAIL + 1)):
            tok = tokens[j]
            if tok.kind is PUNCT or _low(tokens, j) in lang.coordinators:
                return True
            if tok.kind is not WORD or _verb(tok.low, lang) or phrases(lang, "predicates").at(tokens, j):
                return False
        return k >= len(tokens) or len(tokens) - k <= _MEMBER_TAIL
