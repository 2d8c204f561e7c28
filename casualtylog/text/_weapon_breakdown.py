"""A count of weapons broken down by place after a colon (session 14, ``fresh9en``).

"Air defense systems intercepted and destroyed 22 Ukrainian unmanned aerial vehicles: 8 UAVs over the territory
of the Oryol region, 7 UAVs over the territory of the Kursk region … and 2 UAVs over the territory of the Krasnodar
region": each member names its own weapon noun but no verb; it takes the metric of the total before the colon
(the corpus guide: a count broken down by place gives one claim per number, same metric and group). The members
must follow the total's noun phrase at once (a colon), then each other with only a comma or "and" and a short
phrase of place between them: a number, a mark that ends the list or a verb ends it.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun, _weapon_verb_at
from casualtylog.text._tokens import PUNCT

__all__ = ["WeaponBreakdown"]

#: How many tokens the phrase of place of one member may take ("over the territory of the Kursk region ,").
_MEMBER_REACH = 12
#: The frames of a weapon total (and of the members this frame binds, which take the name "elliptic").
_TOTALS = frozenset({"weapon", "linked", "elliptic"})


class WeaponBreakdown(SentenceBase):
    """The breakdown of a weapon total by place, member by member."""

    def weapon_breakdown(self, m: Mention) -> bool:
        """ "destroyed 22 UAVs: 8 UAVs over the Oryol region, 7 UAVs over …": each member as the total."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or m.increment or not self.bindings or lang.code != "en":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "weapon":
            return False
        # the last count before it, found from the end: no list of every binding per member
        total = next((b for b in reversed(self.bindings) if b.role == "count" and b.mention.start < m.start), None)
        if total is None or total.frame not in _TOTALS or total.group != noun[1]:
            return False
        gap = tokens[total.chunk_end : m.start]
        if total.frame != "elliptic" or total.notes[-1:] != ["breakdown"]:
            if [t.text for t in gap] != [":"]:
                return False  # the first member follows the total's noun phrase and its colon
        elif not self._member_gap(total.chunk_end, m.start):
            return False
        place = Binding(m, total.metric, total.group, "elliptic", chunk_end=m.end + noun[2], confidence=0.75)
        place.notes.append("breakdown")
        self.add(place)
        return True

    def _member_gap(self, start: int, end: int) -> bool:
        """A member's phrase of place and the comma or "and" before the next: no number, verb or other mark."""
        tokens, lang = self.tokens, self.lang
        if end - start > _MEMBER_REACH or end <= start or _low(tokens, end - 1) not in {",", "and"}:
            return False
        for k in range(start, end):
            tok = tokens[k]
            if tok.is_number or (tok.kind is PUNCT and tok.text != ","):
                return False
            if tok.low in lang.said_verbs or (tok.low != "and" and tok.low in lang.boundaries):
                return False
            if _weapon_verb_at(tokens, k, lang) is not None:
                return False
        return True
