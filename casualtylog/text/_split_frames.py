"""Per-place splits: a count whose predicate is left out because it repeats the one before.

"14 personen lieten het leven bij de aanslag in de luchthaven, en 10 personen
in de metro": the second count shares the metric of the first, and only its
place differs. The news guide labels such a breakdown one claim per number.
"""

from __future__ import annotations

from casualtylog.text._another_split import another_in_list
from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD

__all__ = ["SplitFrames"]

#: Coordinating "and" in the five languages, and the comma of a list; a semicolon between places that hold
#: commas ("three in Leyte; two in Samar and Cebu", session 13).
_JOIN = frozenset({"and", "en", "et", "und", "y", ",", ";"})
#: How far back the first count's place phrase may be found, and how long the second's may run.
_REACH = 16


class SplitFrames(SentenceBase):
    """The per-place split frame."""

    def named_place(self, k: int) -> bool:
        """A place's name at ``k`` (after an article): capitalised, or a region the language names in lower case."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, k) in lang.determiners:
            k += 1
        tok = _tok(tokens, k)
        return tok is not None and tok.kind is WORD and (tok.is_capitalised or tok.low in lang.place_regions)

    def parallel_place(self, m: Mention) -> bool:
        """ "…, en 10 personen in de metro": the metric (and group) of the count before, for another place.

        Precision first: the count must follow the first count's clause after
        "and" or a comma, be followed at once by a place preposition that
        the first clause used too (the two places are parallel), and its own
        clause must hold no predicate, verb or number of its own.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.parallel_place_preps or m.kind != "number" or (m.increment and not another_in_list(tokens, m, lang)):
            return False  # "…, and four more in Tarragona": the parallel frame reads more of the same elsewhere
        j = m.start - 1
        if _low(tokens, j) not in _JOIN:
            return False
        if _low(tokens, j) != "," and _low(tokens, j - 1) == ",":
            j -= 1
        # the last count before it, found from the end
        first = next((b for b in reversed(self.bindings) if b.mention.start < m.start and b.role == "count"), None)
        # a place after a place of the same count continues its list ("two in Samar, and one in Cebu"; session 13)
        if first is None or first.frame not in {"subject", "object", "place", "parallel"}:  # fresh10en: parallel
            return False
        k = m.end + (_low(tokens, m.end) in lang.distributive_words)  # "…, one each in Leyte and Samar"
        noun = _noun(tokens, k, lang)
        group = first.group
        if noun is not None:
            if noun[0] not in {"people", "group"}:
                return False
            group = noun[1] if noun[0] == "group" else first.group
            k += noun[2]
        prep = _low(tokens, k)
        if prep not in lang.parallel_place_preps:
            return False
        if prep not in {t.low for t in tokens[max(first.mention.end, j - _REACH) : j]}:
            return False  # the first count names no place of the same kind: no parallel split
        if lang.place_regions and not self.named_place(k + 1):
            return False  # "Five people were killed in Gaza, 20 in hospital": "in" names no place here
        predicates, verbs = phrases(lang, "predicates"), phrases(lang, "active_verbs")
        for t in range(k + 1, min(len(tokens), k + _REACH)):
            tok = tokens[t]
            if tok.kind is PUNCT or tok.low in lang.boundaries:
                break
            if tok.is_number or predicates.at(tokens, t) is not None or verbs.at(tokens, t) is not None:
                return False
        self.add(Binding(m, first.metric, group, "place", chunk_end=k, confidence=0.75))
        return True
