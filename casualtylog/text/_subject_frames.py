"""Subject frames: "12 people were killed", "12 dead", "Among the dead are three children", and what may stand between."""

from __future__ import annotations

from casualtylog.text._also_asides import also_aside_end
from casualtylog.text._binding import Binding
from casualtylog.text._described_participles import described_then_predicate
from casualtylog.text._fronted_parts import fronted_part
from casualtylog.text._fronted_whole import fronted_group
from casualtylog.text._household_asides import skip_households
from casualtylog.text._identity_frame import identity_group
from casualtylog.text._member_descriptions import adjective_then_predicate, aged_member
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._named_wholes import named_whole_end, part_before
from casualtylog.text._nouns import _listed_noun, _noun, _unlisted_modifier, compound_metric
from casualtylog.text._one_of import ONE_COPULAS
from casualtylog.text._phrases import phrases
from casualtylog.text._rescued_hurt import rescue_after, survivors_found
from casualtylog.text._subject_clauses import _COPULAS, SubjectClauses
from casualtylog.text._subject_lists import among_count
from casualtylog.text._time_adverbs import past_time

__all__ = ["SubjectFrames"]

#: Relative pronouns whose clause may hold the subject's predicate after a comma (French, Spanish).
_WHO = frozenset({"que", "qui"})


class SubjectFrames(SubjectClauses):
    """A count as the subject of its predicate, with the partitives, lists and asides a subject may carry."""

    def among_before(self, m: Mention) -> bool:
        """ "Among the dead are three children"."""
        part = fronted_part(self.tokens, m, self.lang)
        if part is not None:  # session 17 (rom17): "Parmi les blessés, sept se trouvent en urgence absolue"
            self.add(Binding(m, part, None, "among", chunk_end=m.end, confidence=0.75))
            return True
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
        if lang.among_verbs:  # Session 12 (fres12): "Parmi les blessés, on compte deux policiers", "…, hay tres"
            counting = phrases(lang, "among_verbs").ending(tokens, j)
            j -= counting[0] if counting is not None else 0
            if _low(tokens, j) == "," and (counting is not None or skipped):
                j -= 1
        metric = phrases(lang, "metric_nouns").ending(tokens, j) or phrases(lang, "predicates").ending(tokens, j)
        if metric is None and _low(tokens, j) in lang.victim_nouns:
            # "Parmi les victimes figurent quatre enfants": the victims of the count before, else of a death toll
            # (the corpus guide: victims in a toll are the dead)
            before = [b for b in self.bindings if b.mention.start < m.start]
            metric = (1, before[-1].metric if before else "killed")
        if metric is None:
            return False
        whole = j - metric[0]
        if metric[0] == 1 and _low(tokens, whole) in lang.people_nouns and lang.adjective_after_noun:
            whole -= 1  # session 17 (rom17): "Parmi les cinq personnes décédées, on compte …": people, then the participle
        if _tok(tokens, whole) is not None and tokens[whole].is_number:
            # Session 12 (fres12): the whole's number, "Parmi les 14 victimes figurent trois enfants"; session 14
            # (fresh9en): in every language, "Among the 121 dead were 112 women and seven children"
            whole -= 1
        if phrases(lang, "among_the").ending(tokens, whole) is None:
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
            # session 13 (status13): "bestätigte" is also a verb of saying, which no other modifier is
            and (_unlisted_modifier(_tok(tokens, k), lang) or _low(tokens, k) in lang.confirmed_cues)
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
            part = part_before(self, m)
            if part is None or named_whole_end(self, m, self.final_predicate) is None:
                metric = self.injured_who_died(str(direct[1]), k)
            else:
                metric = str(direct[1])  # session 20 (miss21a): "Six of the 40 injured died": the part died
            self.add(
                # "twee dodelijke slachtoffers waren brandweerlieden": a copula right after the noun names them too
                Binding(
                    m,
                    metric,
                    self.part_named(partitive_end > m.end or _low(tokens, k) in _COPULAS, k)
                    or identity_group(tokens, k, lang)  # "Bei allen neun Toten handelt es sich um Kinder"
                    or m.antecedent
                    or None,
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
            k = aged_member(self, k)  # session 14 (fresh10rom): "Un garçon de 15 ans et un homme de 35 ans ont été …"
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
            k = skip_households(tokens, k, lang)  # "12,400 people, or 2,100 households, were affected"
        skipped = self.skip_apposition(k)
        if skipped == k and noun is not None:
            skipped = self.skip_described(k)  # "Twelve people travelling on the bus were killed"
        if skipped == k and noun is not None:
            skipped = self.relative_to_comma(k)  # "Twee mensen die in de auto zaten, raakten gewond"
        if skipped == k and noun is not None:
            skipped = described_then_predicate(self, k)  # fresh8rom: "des patients hospitalisés ont été évacués"
        if skipped == k and noun is not None:
            skipped = adjective_then_predicate(self, k)  # fresh10rom: "… et 15 assaillants jihadistes ont été tués"
        k = skipped
        if noun is not None:
            k = also_aside_end(tokens, m, k, lang)  # Session 14 (fresh8rom): "Le chauffeur, ainsi qu'un enfant, sont …"
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
        if among is None and noun is not None and (width := among_count(self, k)):
            among = (width, None)  # session 19 (miss20a): "A father … were among at least 23 people killed"
        if among is not None and noun is not None:
            what = self.among_what(k + among[0])
            if what is None:
                return False
            self.add(Binding(m, str(what[1]), group, "among", chunk_end=k, confidence=0.8))
            return True
        if noun is not None:
            k = self.shared_participle(k)  # "Zwei Menschen wurden schwer, drei leicht verletzt"
        predicate = phrases(lang, "predicates").at(tokens, k) or self.to_death(k)
        if predicate is None and noun is not None and lang.survivor_nouns:
            predicate = survivors_found(tokens, noun_at, k, lang)  # "Er zijn achttien overlevenden gevonden"
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
        if predicate is None and (
            noun is not None or self.of_them_before(m.end, partitive_end) or (gaps and m.kind == "number")
        ):
            # "drei von ihnen konnten nur noch tot geborgen werden": "of them" names the victims as a noun does;
            # Session 13 (fresh13): so does an auxiliary right after a bare number ("mehr als 300 seien bei dem
            # Beben verletzt worden")
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
        if group is None and noun is None:  # session 14 (fresh9en): "Van de dertien mijnwerkers … zijn er vier overleden"
            group = fronted_group(tokens, m, lang, self.by_start)
        binding = Binding(m, str(predicate[1]), group, "subject", chunk_end=k + reach + predicate[0])
        binding.confidence = 0.9 - 0.01 * gaps - 0.02 * reach
        self.add(binding)
        rescued = rescue_after(tokens, binding.chunk_end, lang) if binding.metric == "injured" else None
        if rescued is not None and noun is not None:  # "mit schweren Verletzungen aus den Trümmern geborgen"
            self.add(Binding(m, "rescued", group, "subject", chunk_end=rescued, confidence=binding.confidence))
        # the whole of "52 der 61"; not one its metric word names ("Eén van de vier gewonden", session 20)
        self.bound.update(
            p
            for p in range(m.end, partitive_end)
            if p in self.by_start and named_whole_end(self, self.by_start[p], self.final_predicate) is None
        )
        return True
