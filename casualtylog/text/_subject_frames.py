"""Subject frames: "12 people were killed", "12 dead", "Among the dead are three children", and what may stand between."""

from __future__ import annotations

from casualtylog.text._binding import _COORD, Binding
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _listed_noun, _noun, _unlisted_modifier, compound_metric
from casualtylog.text._one_of import ONE_COPULAS
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_lists import _SUBJECT_AND, SubjectLists
from casualtylog.text._time_adverbs import past_time
from casualtylog.text._tokens import Kind, Token, adverbial_number

__all__ = ["SubjectFrames"]

#: How many tokens a list of members may take ("including nine children and three women").
_LIST_REACH = 14

#: Marks around an aside between a subject and its verb, and how many words may open it before its cue.
_ASIDE_MARKS = frozenset({",", "-", "—", "–"})
_ASIDE_LEAD = 3


#: Relative pronouns whose clause may hold the subject's predicate after a comma (French, Spanish).
_WHO = frozenset({"que", "qui"})


#: The copula between a part of the victims and the group it is ("4 008 de los fallecidos son menores"),
#: in the five languages (not every language lists its copulas among its gap words).
_COPULAS = frozenset({"were", "are", "waren", "zijn", "sind", "son", "eran", "sont", "étaient"})
#: The French plural indefinite article after a copula ("étaient des enfants"); no other language puts one there.
_PLURAL_ARTICLES = frozenset({"des"})


#: How many tokens a bracketed aside may hold between a subject and its clause-final predicate.
_BRACKET_REACH = 4


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


class SubjectFrames(SubjectLists):
    """A count as the subject of its predicate, with the partitives, lists and asides a subject may carry."""

    def among_before(self, m: Mention) -> bool:
        """ "Among the dead are three children"."""
        if self.lacks("among_the"):
            return False  # it binds only after an "among the"
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"group", "people"}:
            return False  # people with no group count too: "Unter den Toten sind auch zwei Deutsche"
        j = self.skip_attribution_back(m.start - 1)
        skipped = 0
        while skipped < 2 and _low(tokens, j) in lang.gap_words:
            j -= 1
            skipped += 1
        metric = phrases(lang, "metric_nouns").ending(tokens, j) or phrases(lang, "predicates").ending(tokens, j)
        if metric is None and _low(tokens, j) in lang.victim_nouns:
            # "Parmi les victimes figurent quatre enfants": the victims of the count before, else of a death toll
            # (the corpus guide: victims in a toll are the dead)
            before = [b for b in self.bindings if b.mention.start < m.start]
            metric = (1, before[-1].metric if before else "killed")
        if metric is None:
            return False
        if phrases(lang, "among_the").ending(tokens, j - metric[0]) is None:
            return False
        self.add(Binding(m, str(metric[1]), noun[1], "among", chunk_end=m.end + noun[2], confidence=0.8))
        return True

    def subject(self, m: Mention) -> bool:
        """ "12 people were killed", "12 dead", "12 doden", "two more bodies", "3 children were among the injured"."""
        tokens, lang = self.tokens, self.lang
        k = partitive_end = self.skip_partitive(m.end)
        if (
            partitive_end > m.end
            and _low(tokens, m.start - 1) in ONE_COPULAS
            and m.figure.low == 1
            and any(p in self.by_start for p in range(m.end, partitive_end + 1))
        ):
            # "He was one of 12 people killed": one victim named, the count is the whole's own (its own frame's)
            self.bound.difference_update(range(m.end, partitive_end + 1))
            return False
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        if m.kind == "vague" and _low(tokens, k) in lang.increment_after:
            k += 1  # "varias decenas más resultaron heridas": a vague figure is never an increment
        direct = phrases(lang, "metric_nouns").at(tokens, k)
        if direct is None and m.kind == "number" and self.adjective_before_metric(k):
            k += 1  # "ten unusual deaths", "40 heat-related deaths"
            direct = phrases(lang, "metric_nouns").at(tokens, k)
        if (
            direct is None
            and m.kind == "number"
            and lang.nouns_capitalised
            and _unlisted_modifier(_tok(tokens, k), lang)
        ):
            # German: one adjective between the number and the noun ("zwölf bestätigte Tote", "drei weitere Tote")
            after = phrases(lang, "metric_nouns").at(tokens, k + 1)
            if after is not None and _tok(tokens, k + 1) is not None and tokens[k + 1].is_capitalised:
                k, direct = k + 1, after
        if direct is not None:
            k += direct[0]
            described = _noun(tokens, k, lang)  # the metric word as an adjective: "twee gewonde mannen"
            if described is not None and described[0] == "group" and m.kind in {"number", "vague"}:
                self.add(
                    Binding(m, str(direct[1]), described[1], "subject", chunk_end=k + described[2], confidence=0.88)
                )
                return True
            if _low(tokens, k) in lang.increment_after and m.kind == "number":
                m.increment = True
                k += 1
            metric = self.injured_who_died(str(direct[1]), k)
            self.add(
                # "twee dodelijke slachtoffers waren brandweerlieden": a copula right after the noun names them too
                Binding(
                    m,
                    metric,
                    self.part_named(partitive_end > m.end or _low(tokens, k) in _COPULAS, k) or m.antecedent or None,
                    "subject",
                    chunk_end=k,
                    confidence=0.9,
                )
            )
            return True
        compound = compound_metric(_tok(tokens, k), lang)  # "467 burgerdoden", "drei Schwerverletzte"
        if compound is not None:
            whose, end = compound[1], k + 1
            described = _noun(tokens, end, lang)  # "Zwei schwerverletzte Frauen": the compound describes them
            if whose is None and described is not None and described[0] == "group" and m.kind == "number":
                whose, end = described[1], end + described[2]
            metric = self.injured_who_died(compound[0], end)
            self.add(Binding(m, metric, whose, "subject", chunk_end=end, confidence=0.85))
            return True
        noun = _noun(tokens, k, lang)
        noun_at = k
        group: str | None = m.antecedent or None  # "ein weiterer wird vermisst": the kind of the victim before
        if noun is not None:
            if noun[0] == "weapon":
                return False
            group = noun[1]
            k += noun[2]
            if _low(tokens, k) in lang.increment_after and m.kind == "number":
                m.increment = True
                k += 1
            if noun[0] == "body":
                self.add(Binding(m, "killed", None, "bodies", chunk_end=k, confidence=0.85))
                return True
            joined = self.skip_subject_list(k)
            if joined == k and m.kind == "number":
                joined, group = self.mixed_victims(k, group)  # "etwa 26 Kinder und Erwachsene"
            k = joined
            if self.of_them_before(m.end, partitive_end) and _low(tokens, k) == ",":
                k += 1  # "Three people, two of them children, were found dead": the aside closes before the verb
            phrase_start, k = k, self.skip_noun_phrase(k)  # "132 people on the rubber dinghy were rescued"
            if group is None and noun[0] == "people":
                group = self.group_in_phrase(phrase_start, k)  # "4 voluntarios del Cuerpo de Bomberos"
            k = self.skip_age(k)  # "Une femme, âgée de 52 ans, a été tuée"
        skipped = self.skip_apposition(k)
        if skipped == k and noun is not None:
            skipped = self.skip_described(k)  # "Twelve people travelling on the bus were killed"
        k = skipped
        if noun is not None and _low(tokens, k) == "," and _low(tokens, k + 1) in _WHO:
            k += 1  # "viajaban tres ocupantes, que fallecieron": a relative clause after a comma says what befell them
        if noun is not None and _low(tokens, k - 1) == ",":
            k = self.skip_coordinated_subject(k)  # "Four troops, including a colonel, and three militants were killed"
        k, gaps = self.gap(k)
        if gaps and noun is not None and lang.comma_asides and _low(tokens, k) == ",":
            # "Vier Bergleute seien, nach Angaben der Polizei, gerettet worden": an aside after the auxiliary
            aside = self.skip_described(k)
            if aside > k:
                k, more = self.gap(aside)
                gaps += more
        among = phrases(lang, "among_the").at(tokens, k)
        if among is not None and noun is not None:
            what = self.among_what(k + among[0])
            if what is None:
                return False
            self.add(Binding(m, str(what[1]), group, "among", chunk_end=k, confidence=0.8))
            return True
        if noun is not None:
            k = self.shared_participle(k)  # "Zwei Menschen wurden schwer, drei leicht verletzt"
        predicate = phrases(lang, "predicates").at(tokens, k) or self.to_death(k)
        if predicate is None and noun is not None and _listed_noun(tokens, noun_at, lang) is not None:
            # "Van hen liggen nog 39 mensen in het ziekenhuis"; a listed noun only ("er liggen 39 bedden")
            predicate = self.split_predicate(m.start, k)
        if predicate is None and noun is None and m.kind == "number" and k == m.end:
            # A bare number right before the rest: "van dat aantal verblijven er zes op de intensive care",
            # "Er liggen nog zes in het ziekenhuis" (a noun there would have to be a listed one).
            predicate = self.split_predicate(m.start, k)
        if predicate is None and noun is not None:
            predicate = self.negated_last(k)  # "Drie mensen overleefden de ramp niet"
        if predicate is None and lang.adjective_after_noun and (timed := past_time(tokens, k, lang)) > k:
            # "Doce personas permanecen este martes hospitalizadas": a day between auxiliary and participle
            k, more = self.gap(timed)
            gaps += more
            predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is not None and predicate[0] == 1 and self.particle_before_time(k):
            predicate = None
        reach = 0
        if predicate is None and (noun is not None or self.of_them_before(m.end, partitive_end)):
            # "drei von ihnen konnten nur noch tot geborgen werden": "of them" names the victims as a noun does
            reach, predicate = self.final_predicate(k)
        if predicate is None and noun is not None and noun[0] in {"people", "group"}:
            reach, predicate = self.second_predicate(k)  # "Three hikers got lost and were rescued"
        if predicate is None and partitive_end > m.end and _low(tokens, noun_at) in lang.victim_nouns:
            return self.victims_who_were(m, k)  # "Quatre des victimes étaient des enfants"
        if predicate is None:
            return False
        if group is None and partitive_end > m.end and not gaps and not reach:
            # "Five of those killed were children": a participle naming the whole, then the part's group.
            group = self.part_named(True, k + predicate[0])
        binding = Binding(m, str(predicate[1]), group, "subject", chunk_end=k + reach + predicate[0])
        binding.confidence = 0.9 - 0.01 * gaps - 0.02 * reach
        self.add(binding)
        self.bound.update(p for p in range(m.end, partitive_end) if p in self.by_start)  # the whole of "52 der 61"
        return True

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
        return phrases(lang, "metric_nouns").at(tokens, j) or phrases(lang, "predicates").at(tokens, j)

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
                or (tok.kind is not Kind.WORD and not adverbial_number(tokens, k + reach - 1, lang.months))
                or (tok.low in lang.boundaries and not self.joins_modifiers(k + reach - 1))
                or tok.low in lang.said_verbs
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
        if _low(self.tokens, j) not in _SUBJECT_AND:
            return False
        lang = self.lang
        if phrases(lang, "predicates").at(self.tokens, j - 1) is not None:
            return False  # "gewond en …": the predicate before "and" ends the clause
        sides = (_tok(self.tokens, j - 1), _tok(self.tokens, j + 1))
        return all(
            t is not None
            and t.kind is Kind.WORD
            and not t.is_capitalised
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
        predicates = phrases(lang, "predicates")
        for j in range(k + comma + lead + cue[0], min(len(tokens), k + _LIST_REACH)):
            low = tokens[j].low
            if comma and low in _ASIDE_MARKS and (low == "," or opener != ","):
                return j + 1 + (_low(tokens, j + 1) == low)
            if not comma and (low in lang.gap_words or predicates.at(tokens, j) is not None):
                return j
            # the members' "and" in the language's own word ("entre ellas tres niños y dos mujeres", "et")
            if tokens[j].kind is Kind.PUNCT or (low in lang.boundaries and low not in _COORD | lang.coordinators):
                return k
        return k
