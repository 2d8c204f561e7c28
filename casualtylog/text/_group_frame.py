"""The group frame: a part of the count before, "including 3 children", "at least 12 of them children"."""

from __future__ import annotations

import builtins

from casualtylog.text._age_shapes import age_noun
from casualtylog.text._binding import _COORD, Binding, SentenceBase
from casualtylog.text._list_heads import listed_head
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_clauses import _LIST_REACH
from casualtylog.text._tally_lists import among_after
from casualtylog.text._tokens import PUNCT

__all__ = ["GroupFrame"]

#: The pronoun that a participle names a whole by ("those killed"), as the partitive and toll frames read it.
_THOSE = frozenset({"those", "die"})
#: The marks after a count that open a list of the people it counts ("…, ein Erwachsener und ein Kleinkind").
_APPOSITION_OPENERS = frozenset({",", "-", "–", "—", ":"})
#: Session 14 (fresh8rom): the groups one person named by an article counts for as a member of a list (the corpus
#: guide: "a woman" / "a child" in such a list is 1; "other singular roles in a list ("including a colonel") are not
#: claims"): "darunter der Lokführer und ein weiterer Mitarbeiter" gives no workers 1 (de-fac52ee9-1).
#: fresh9rom found the same rule: "ein Erwachsener", "dont un civil" are members too.
_ONE_MEMBER_GROUPS = frozenset(
    {"children", "women", "men", "adults", "civilians", "elderly", "babies", "infants", "girls", "boys"}
)


class GroupFrame(SentenceBase):
    """A count of one group within the count before it, or within a list after a cue."""

    def listed_after_cue(self, j: int) -> tuple[int, tuple[int, builtins.object]] | None:
        """A later member of a list: "including nine children and three women" (where the cue ends, and the
        cue, if ``j`` ends a coordination)."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, j) not in _COORD and _low(tokens, j) not in lang.number_joiners:
            link = phrases(lang, "list_links").ending(tokens, j) if lang.list_links else None
            if link is None:
                return None
            j -= link[0] - 1  # fresh8en: "a six-month-old child, along with eight men"
        cues = phrases(lang, "group_cues")
        for back in range(j - 1, max(-1, j - _LIST_REACH), -1):
            hit = cues.ending(tokens, back)
            if hit is not None:
                return back, hit
            tok = tokens[back]
            if (tok.kind is PUNCT and tok.text != ",") or (tok.low in lang.boundaries and tok.low not in _COORD):
                return None
            if tok.low in lang.said_verbs or phrases(lang, "predicates").at(tokens, back) is not None:
                return None
        return None

    def _participle_head(self, at: int) -> str | None:
        """ "Those killed included two journalists", "The people injured included …": a predicate ending at
        ``at`` after "those", or after a noun of people and its determiner, is the list's parent metric."""
        tokens, lang = self.tokens, self.lang
        hit = phrases(lang, "predicates").ending(tokens, at)
        if hit is None:
            return None
        before = at - hit[0]
        if _low(tokens, before) in _THOSE or (
            _low(tokens, before) in lang.people_nouns and _low(tokens, before - 1) in lang.determiners
        ):
            return str(hit[1])
        return None

    def _apposed_member(self, at: int) -> bool:
        """One person named by an article in a list set after the count it breaks down, to the sentence's end:
        "Zwei Menschen kamen ums Leben, ein Erwachsener und ein Kleinkind", "Two people died, a man and a child".

        Session 12 (one12): the corpus guide counts each such person (as after "including"). Only articles and
        listed singular victims (or an age noun) may stand in the list, so a clause after the comma ("…, a man
        was arrested"), a speaker ("…, a witness said") or a possessive ("her son") leaves it a story.
        """
        tokens, lang = self.tokens, self.lang
        opener = next((o for o in range(at - 1, max(-1, at - _LIST_REACH), -1) if tokens[o].kind is PUNCT), None)
        if opener is None or tokens[opener].text not in _APPOSITION_OPENERS:
            return False
        p, starts = opener + 1, []
        while p < len(tokens) and tokens[p].low in lang.ambiguous_number_words:
            aged = age_noun(tokens, p + 1, lang)
            if aged is not None:
                width = aged[1]
            elif _low(tokens, p + 1) in lang.singular_victims:
                width = 1
            else:
                return False
            starts.append(p)
            p += 1 + width
            if p < len(tokens) and (
                tokens[p].low in _COORD or tokens[p].low in lang.coordinators or tokens[p].text == ","
            ):
                p += 1
            elif p < len(tokens) and tokens[p].kind is not PUNCT:
                return False
            else:
                break
        return at in starts and (p >= len(tokens) or tokens[p].text in {".", "!"})

    def group(self, m: Mention) -> bool:
        """A part of the count before: "including 3 children", "at least 12 of them children"."""
        tokens, lang = self.tokens, self.lang
        # Both find only a group cue: none in the sentence, none here ("5, 6, 7, …" walks no list back).
        cue: tuple[int, builtins.object] | None = None
        cue_end = m.start - 1
        if not self.lacks("group_cues"):
            cue = phrases(lang, "group_cues").ending(tokens, cue_end)
            listed = self.listed_after_cue(cue_end) if cue is None else None
            if listed is not None:
                cue_end, cue = listed
        k: int | None = None
        if cue is not None or (m.article and self._apposed_member(m.start)):
            k = m.end
            them = phrases(lang, "of_them").at(tokens, k) if cue is not None else None
            if them is not None:  # session 14 (fresh9en): "18 people – eight of them children – were killed"
                k += them[0]
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is not None:
                k = m.end + after[0]
            elif (among := among_after(tokens, m, lang)) is not None:
                k = m.end + among  # session 14 (fresh9rom): "12 blessés, six parmi les enfants et cinq chez les adultes"
        if k is None:
            return False
        skipped = 0
        while skipped < 2 and (_low(tokens, k) in lang.gap_words or _low(tokens, k) in {"a", "an"}):
            k += 1
            skipped += 1
        noun = _noun(tokens, k, lang)
        # session 14 (fresh9en): "The dead include the bus driver and four passengers": people with no group are a
        # count of the list's metric when no count before heads the list (else they would repeat a part of it)
        if noun is None or (noun[0] != "group" and (noun[0] != "people" or cue is None)):
            return False  # before the walk over the bindings: a figure with no member's noun needs none
        earlier = [
            b for b in self.bindings if b.mention.start < m.start and b.frame not in {"weapon", "linked", "elliptic"}
        ]
        if noun[0] == "people" and earlier:
            return False
        if m.article and noun[1] not in _ONE_MEMBER_GROUPS:
            return False  # Session 14 (fresh8rom, fresh9rom): "darunter … ein weiterer Mitarbeiter", a role: the guide's story
        parents = [b for b in earlier if b.group is None]
        if not parents and len(earlier) == 1 and earlier[0].role == "count":
            parents = earlier  # one count of a group heads its list: "Drei Zivilisten, unter ihnen ein Mädchen"
        metric: str | None = parents[-1].metric if parents else None
        if metric is None and cue is not None:
            # "The dead included eight women and six children": the metric noun before the cue is the parent.
            # Read before the cue itself, not before this member: "The dead included a police officer and three
            # civilians" (one person, no count of their own, opens the list).
            head = phrases(lang, "metric_nouns").ending(tokens, cue_end - cue[0])
            metric = (
                str(head[1])
                if head is not None and _low(tokens, cue_end - cue[0] - head[0]) in lang.determiners
                else self._participle_head(cue_end - cue[0]) or listed_head(tokens, cue_end - cue[0], lang)
            )
        siblings = [b for b in self.bindings if b.frame == "group" and b.mention.start < m.start]
        if metric is None and siblings and phrases(lang, "group_cues").ending(tokens, m.start - 1) is None:
            metric = siblings[-1].metric  # "… included eight women and six children": the list's metric
        if metric is None:
            return False
        role = "count" if noun[0] == "people" else "group"  # fresh8en: a list's people are a count of their own
        binding = Binding(m, metric, noun[1], "group", chunk_end=k + noun[2], confidence=0.85, role=role)
        self.add(binding)
        return True
