"""The clause around a subject count: shared participles, clause-final predicates, asides and appositions.

Split from :mod:`casualtylog.text._subject_frames` (session 11, past 400 lines); the subject frames
build on these readers of what stands between a count and its predicate.
"""

from __future__ import annotations

from casualtylog.text._aside_members import member_after_comma
from casualtylog.text._binding import _COORD, Binding
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._mixed_nouns import SUBJECT_AND
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_lists import SubjectLists
from casualtylog.text._tokens import PUNCT, WORD, Token, adverbial_number
from casualtylog.text._unclosed_asides import unclosed_aside_ends

__all__ = ["_COPULAS", "_LIST_REACH", "SubjectClauses"]

#: How many tokens a list of members may take ("including nine children and three women").
_LIST_REACH = 14

#: Marks around an aside between a subject and its verb, and how many words may open it before its cue.
_ASIDE_MARKS = frozenset({",", "-", "—", "–"})
_ASIDE_LEAD = 3


#: The copula between a part of the victims and the group it is ("4 008 de los fallecidos son menores"),
#: in the five languages (not every language lists its copulas among its gap words).
_COPULAS = frozenset({"were", "are", "waren", "zijn", "sind", "son", "eran", "sont", "étaient"})
#: The French plural indefinite article after a copula ("étaient des enfants"); no other language puts one there.
_PLURAL_ARTICLES = frozenset({"des"})


#: How many tokens a bracketed aside may hold between a subject and its clause-final predicate.
_BRACKET_REACH = 4
#: How long a relative clause closed by a comma only may be ("die in de auto zaten,"), session 13.
_RELATIVE_REACH = 10


def _bracket_end(tokens: list[Token], k: int) -> int:
    """One past the ")" closing the "(" at ``k`` within a few tokens, else 0."""
    for j in range(k + 1, min(len(tokens), k + 2 + _BRACKET_REACH)):
        if tokens[j].text == ")":
            return j + 1
        if tokens[j].text == "(":
            return 0
    return 0


#: What joins two degrees that share one predicate ("schwer, drei leicht verletzt").
_SHARED_JOINERS = frozenset({",", "und", "et", "y"})


class SubjectClauses(SubjectLists):
    """What may stand between a subject count and its predicate, and the predicate at a clause's end."""

    def shared_participle(self, k: int) -> int:
        """Where the predicate a degree at ``k`` shares with the next count starts: "(wurden) schwer, drei leicht
        verletzt", "(ont été) légèrement et trois grièvement blessées" — a degree, a joiner, a count (and
        "others"), its degree and the predicate both counts share; else ``k`` itself."""
        tokens, lang = self.tokens, self.lang
        degree = k if _low(tokens, k) in lang.severity_words else k - 1  # a gap word in German, skipped before
        if _low(tokens, degree) not in lang.severity_words or _low(tokens, degree + 1) not in _SHARED_JOINERS:
            return k
        other = self.by_start.get(degree + 2)
        if other is None or other.kind != "number":
            return k
        j = other.end + (_low(tokens, other.end) in lang.others_words)
        if _low(tokens, j) not in lang.severity_words:
            return k
        for at in (j, j + 1):  # "leicht verletzt" may be one predicate, or "verletzt" alone
            if phrases(lang, "predicates").at(tokens, at) is not None:
                return at
        return k

    def victims_who_were(self, m: Mention, k: int) -> bool:
        """ "Quatre des victimes étaient des enfants", "Zwei der Opfer waren Kinder": a part of the victims, named
        by a copula and a group, is a count of the dead (the guide: victims in a toll), or of the count before."""
        group = self.part_named(True, k)
        if group is None:
            return False
        before = [b for b in self.bindings if b.mention.start < m.start]
        metric = before[-1].metric if before else "killed"
        self.add(Binding(m, metric, group, "subject", chunk_end=k + 1, confidence=0.8))
        return True

    def among_what(self, j: int) -> tuple[int, object] | None:
        """What the victims are among, from ``j``: "the injured", or a count of its own ("among the 12 people
        killed", "among the 30 dead"): the metric of that count's noun or predicate."""
        tokens, lang = self.tokens, self.lang
        total = self.by_start.get(j)
        if total is not None and total.kind == "number":
            j = total.end
            noun = _noun(tokens, j, lang)
            if noun is not None and noun[0] in {"people", "group"}:
                j += noun[2]
            if _low(tokens, j) in lang.cue_relatives:
                j, _ = self.gap(j + 1)  # session 19 (miss20a): "one of 35 people who were declared dead"
        found = phrases(lang, "metric_nouns").at(tokens, j) or phrases(lang, "predicates").at(tokens, j)
        if found is None and total is None and _low(tokens, j) in lang.gap_words:
            # "among those reported killed": a reporting word before the participle, as after an auxiliary
            found = phrases(lang, "predicates").at(tokens, j + 1)
        return found

    def part_named(self, partitive: bool, k: int) -> str | None:
        """ "4 008 de los fallecidos son menores", "zwei der Toten waren Kinder": the group a part of the victims is."""
        if not partitive:
            return None
        if _low(self.tokens, k) in _COPULAS:
            k, gaps = k + 1, 1
        elif _low(self.tokens, k - 1) in _COPULAS:
            gaps = 1  # the copula was skipped as a gap word before ("zwei der Opfer waren Kinder")
        else:
            k, gaps = self.gap(k)
        if gaps and _low(self.tokens, k) in _PLURAL_ARTICLES:
            k += 1  # "quatre des morts étaient des enfants"
        noun = _noun(self.tokens, k, self.lang) if gaps else None
        return noun[1] if noun is not None and noun[0] == "group" else None

    def injured_who_died(self, metric: str, k: int) -> str:
        """ "twee gewonden zijn overleden": the injured counted by a killing predicate died, so they count as killed;
        the displaced killed or hurt ("Zeker 20 ontheemden kwamen om", session 11) count by their predicate."""
        if metric not in {"injured", "displaced"}:
            return metric
        k, _ = self.gap(k)
        predicate = phrases(self.lang, "predicates").at(self.tokens, k)
        if predicate is None and self.lang.subject_reach:
            predicate = self.final_predicate(k)[1]
        harm = None if predicate is None else str(predicate[1])
        return harm if harm == "killed" or (harm == "injured" and metric == "displaced") else metric

    def final_predicate(self, k: int) -> tuple[int, tuple[int, object] | None]:
        """A predicate at the end of the clause in a verb-final language: (how far, the predicate).

        "Meer dan 31.100 mensen zijn door de aanvallen gewond geraakt": the
        words between the subject and its participle are skipped, up to
        :attr:`LanguageData.subject_reach` of them, never a number, a
        punctuation mark, a clause boundary or a verb of saying.
        """
        tokens, lang = self.tokens, self.lang
        predicates = phrases(lang, "predicates")
        aside = 0  # one past a closed "(…)" being skipped
        for reach in range(1, lang.subject_reach + 1):
            tok = _tok(tokens, k + reach - 1)
            if tok is not None and tok.text == "(" and aside <= k + reach - 1:
                # "in Pinamungahan (Cebu) verletzt", "Bergführer (42)": a short aside in brackets is skipped whole
                aside = _bracket_end(tokens, k + reach - 1)
            if aside > k + reach:
                continue
            if aside != k + reach and (
                tok is None
                or (tok.kind is not WORD and not adverbial_number(tokens, k + reach - 1, lang.months))
                or (tok.low in lang.boundaries and not self.joins_modifiers(k + reach - 1))
                or tok.low in lang.said_verbs
                # "Von den 200 Passagieren wurde niemand verletzt": the predicate is the nobody's (de12)
                or tok.low in lang.nobody_words
            ):
                return 0, None
            hit = predicates.at(tokens, k + reach)
            if hit is not None and hit[0] == 1 and self.particle_before_time(k + reach):
                hit = None
            before = _low(tokens, k + reach - 1)
            if (
                hit is not None
                and hit[0] == 1
                and before in lang.determiners
                and before not in lang.ambiguous_number_words
            ):
                # After a definite article the word is a noun ("aangeklaagd voor de dood van de slachtoffers");
                # an indefinite one may open a predicate of its own ("erlitten eine Rauchgasvergiftung").
                hit = None
            if hit is not None and self.attributive_at(k + reach):
                continue  # "3.000 soldados en la zona afectada": the zone's participle
            if hit is not None:
                return reach, self.died_of(k + reach + hit[0], hit)
        return 0, None

    def joins_modifiers(self, j: int) -> bool:
        """ "lichte en matige verwondingen", "schwer und lebensgefährlich verletzt": "and" at ``j`` between two
        lower-case words that are neither numbers nor function words joins modifiers, not clauses."""
        if _low(self.tokens, j) not in SUBJECT_AND:
            return False
        lang = self.lang
        if phrases(lang, "predicates").at(self.tokens, j - 1) is not None:
            return False  # "gewond en …": the predicate before "and" ends the clause
        sides = (_tok(self.tokens, j - 1), _tok(self.tokens, j + 1))
        # Session 13 (fresh13): German nouns are capitalised: two nouns of things joined inside an adverbial ("bei
        # Überschwemmungen und Erdrutschen umgekommen") join no clauses either; a noun of people may open a second
        # subject ("… und zwei Kinder wurden verletzt"), so neither side may be one
        nouns = lang.nouns_capitalised and all(
            t is not None and t.is_capitalised and _listed_noun(self.tokens, k, lang) is None
            for k, t in ((j - 1, sides[0]), (j + 1, sides[1]))
        )
        return all(
            t is not None
            and t.kind is WORD
            and (nouns or not t.is_capitalised)
            and t.low not in lang.function_words
            and t.low not in lang.gap_words
            and t.low not in lang.boundaries
            for t in sides
        )

    def of_them_before(self, start: int, end: int) -> bool:
        """Whether "of them" ("von ihnen", "van hen") fills the partitive between ``start`` and ``end``."""
        them = phrases(self.lang, "of_them").at(self.tokens, start)
        return them is not None and start + them[0] == end

    def died_of(self, k: int, hit: tuple[int, object]) -> tuple[int, object]:
        """An injury predicate right before a killing one ("aan hun verwondingen bezweken",
        "an ihren Verletzungen gestorben"): the victims died of their injuries."""
        if hit[1] != "injured":
            return hit
        nxt = phrases(self.lang, "predicates").at(self.tokens, k)
        return (hit[0] + nxt[0], nxt[1]) if nxt is not None and nxt[1] == "killed" else hit

    def skip_apposition(self, k: int) -> int:
        """Skip ", including three children," (or "including 12 militants and six soldiers") between a subject and its verb.

        An aside between commas or dashes may open with a few words before its
        cue: ", many of them children,", "-- a vast majority of them civilians -".
        """
        tokens, lang = self.tokens, self.lang
        opener = _low(tokens, k)
        comma = opener in _ASIDE_MARKS
        while comma and _low(tokens, k + comma) == opener:
            k += 1  # "--"
        cues = phrases(lang, "group_cues")
        lead = 0
        cue = cues.at(tokens, k + comma)
        while comma and cue is None and lead < _ASIDE_LEAD and self.aside_lead(k + comma + lead):
            lead += 1
            cue = cues.at(tokens, k + comma + lead)
        if cue is None:
            return k
        # session 14 (fresh9en): "including 37 men, 24 women, and five children": commas between members first
        start = k + comma + lead + cue[0]
        listed = self._aside_end(k, start, opener, comma=comma, members=True)
        return listed if listed != k else self._aside_end(k, start, opener, comma=comma, members=False)

    def _aside_end(self, k: int, start: int, opener: str, *, comma: bool, members: bool) -> int:
        """Past the aside opened at ``k`` whose members start at ``start``, or ``k``; with ``members``, a comma
        followed by a member of the list continues it."""
        tokens, lang = self.tokens, self.lang
        predicates = phrases(lang, "predicates")
        for j in range(start, min(len(tokens), k + _LIST_REACH)):
            low = tokens[j].low
            if members and low == "," and member_after_comma(tokens, j, lang, self.by_start):
                continue
            if comma and low in _ASIDE_MARKS and (low == "," or opener != ","):
                return j + 1 + (_low(tokens, j + 1) == low)
            if not comma and (low in lang.gap_words or predicates.at(tokens, j) is not None):
                return j
            if opener == "," and unclosed_aside_ends(tokens, j, lang):
                return j  # fresh8en: "six other, all of them civilians were wounded" (the closing comma left out)
            # the members' "and" in the language's own word ("entre ellas tres niños y dos mujeres", "et")
            if tokens[j].kind is PUNCT or (
                low in lang.boundaries and low not in _COORD and low not in lang.coordinators
            ):
                return k
        return k

    def relative_to_comma(self, k: int) -> int:
        """Session 13 (fresh7b): past a relative clause closed by a comma only, when the count's predicate follows it.

        "Twee mensen die in de auto zaten, raakten gewond", "De twee mensen die reanimatie kregen, hebben het niet
        overleefd": the clause opens with a relative pronoun and no comma (:meth:`skip_described` reads the asides
        between two commas), holds only words and no predicate of its own, and the predicate after its comma may
        close the clause. Else ``k`` itself.
        """
        tokens, lang = self.tokens, self.lang
        if _low(tokens, k) not in lang.relative_openers:
            return k
        predicates = phrases(lang, "predicates")
        for j in range(k + 1, min(len(tokens), k + 1 + _RELATIVE_REACH)):
            tok = tokens[j]
            if tok.text == ",":
                at = self.gap(j + 1)[0]
                follows = predicates.at(tokens, at) is not None or self.negated_last(at) is not None
                return j + 1 if follows or self.final_predicate(at)[1] is not None else k
            if tok.kind is not WORD or tok.low in lang.boundaries or predicates.at(tokens, j) is not None:
                return k
        return k
