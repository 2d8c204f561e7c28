"""The running-total frame: "the death toll rose to 12", "a death toll of 12", "het dodental steeg tot 12"."""

from __future__ import annotations

from casualtylog.figures import Figure, Qualifier
from casualtylog.text._binding import _COORD, Binding, SentenceBase
from casualtylog.text._cue_words import moving_verbs, update_stems, update_verbs
from casualtylog.text._day_dates import date_point
from casualtylog.text._mentions import _BY, _FROM, Mention, _low, _tok
from casualtylog.text._not_victims import no_victims_noun
from casualtylog.text._nouns import _closed_words, _listed_noun, _noun, compound_metric
from casualtylog.text._phrases import phrases
from casualtylog.text._raised_from import change_start, changed_from_only, raised_toll_before
from casualtylog.text._tokens import NONCOUNT, PUNCT, WORD, Token
from casualtylog.text._toll_events import counts_events
from casualtylog.text._toll_shapes import (
    confirmed_before,
    counted_ending,
    day_before,
    opening_metric,
    opens_with_metric,
    split_cue,
    verb_final_change,
)
from casualtylog.text.lang import LanguageData

__all__ = ["TollFrame"]

#: The key under which a sentence remembers whether a metric noun opens it (beside its lacks() answers).
_OPENING = ("(a metric noun opens the sentence)",)

_TO = frozenset({"to", "naar", "tot"})
#: "from" and "to" around a change after its verb, German included ("stieg von 10 auf 12"); German "von … auf"
#: is no range ("von 10 bis 15" is), so it is kept out of the number reader's words.
_CHANGE_FROM = _FROM | {"von", "de"}
_CHANGE_TO = _TO | {"auf", "a", "à"}
#: How many tokens a toll noun may stand before its verb.
_TOLL_REACH = 20
#: Session 17 (ennl17): a toll noun that opens the sentence is its subject, however long the phrase after it ("Het
#: dodental als gevolg van een aardverschuiving vrijdag in de Indiase deelstaat Kerala, in het zuiden van het land,
#: is opgelopen tot 43", nl-0d43fea2-1): it may stand this far before a verb of change (English and Dutch).
_OPENING_REACH = 36
_OPENING_LANGUAGES = frozenset({"en", "nl"})
#: How many words saying when or where may stand between the count a change started from and its "to".
_ORIGIN_PHRASE = 5
#: Tokens of that phrase: words and numbers that are no count, a day's date ("est passé de 960 000 le 27 août à").
_ORIGIN_KINDS = frozenset({WORD, NONCOUNT})
#: A bare "of", "is" or "at" ties a number to a toll only close by.
_STATIC_REACH = 18
#: "The death toll is (now) up to 45": after the toll's copula "up to" is where it has risen, not a bound.
_RISEN_TO = ("up", "to")
#: Words that open a relative clause on the toll, between commas ("The death toll, which could rise, stands at
#: 12", "Het dodental, dat nog kan oplopen, staat op 12"), and how many tokens it may take.
_TOLL_RELATIVE = frozenset({"which", "that", "dat", "die"})
_RELATIVE_REACH = 10
#: Words after "the total" that say what it totals, so it is not the count's before it ("the total of buildings").
_TOTAL_OF = frozenset({"of", "van", "aan"})


def _cut_compound(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Session 20 (issue 13): the hyphen at ``k`` cuts a compound that shares its head with the next ("nach den
    Busch- und Waldbränden"): part of a word, no punctuation between a toll noun and its verb."""
    dash, word = tokens[k], _tok(tokens, k - 1)
    return (
        dash.text == "-"
        and word is not None
        and word.kind is WORD
        and dash.start == word.end
        and _low(tokens, k + 1) in lang.number_joiners
    )


class TollFrame(SentenceBase):
    """A toll noun, its verb and the count: a running total, its update or its change."""

    def toll_member(self, m: Mention) -> bool:
        """ "Los fallecidos son cinco hombres y tres mujeres": a count of people joined by "and" (or a comma)
        right after the count and noun a toll states, with no verb between: the same toll, its own group."""
        tokens, lang = self.tokens, self.lang
        j = m.start - 1
        if m.kind != "number" or (_low(tokens, j) not in lang.coordinators and _low(tokens, j) != ","):
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        before = [b for b in self.bindings if b.mention.start < m.start]
        if not before or before[-1].frame != "toll" or before[-1].cue != "static":
            return False
        first = before[-1]
        named = _noun(tokens, first.mention.end, lang)
        if named is None or named[0] not in {"people", "group"} or first.mention.end + named[2] != j:
            return False  # the toll's own count is no member named by a noun ("son cinco y los heridos tres")
        member = Binding(m, first.metric, noun[1], "toll", cue="static", chunk_end=m.end + noun[2])
        member.confidence = first.confidence - 0.05
        self.add(member)
        return True

    def dated_origin(self, j: int) -> Mention | None:
        """The count a change started from, when a short phrase saying when or where stands between it and the
        "to" at ``j`` ("pasó de 79 en el pasado informe a 56", "est passé de 79 mardi à 56"): plain words and a
        day's date only ("le 27 août"), no count, mark or clause boundary, and "from" right before that count."""
        tokens, lang = self.tokens, self.lang
        for k in range(j - 1, max(-1, j - 1 - _ORIGIN_PHRASE), -1):
            tok = tokens[k]
            m = self.mention_ending(k)
            if m is not None:
                return m if k < j - 1 and _low(tokens, m.start - 1) in _CHANGE_FROM else None
            if date_point(tokens, k, lang):
                continue  # "von 12 am 3. Mai auf 19": the point of a day's date
            if tok.kind not in _ORIGIN_KINDS or tok.low in lang.boundaries:
                return None
        return None

    def opens_with_metric(self) -> bool:
        """:func:`opens_with_metric` once per sentence (the toll frame asks it for every figure)."""
        known = self._lacks.get(_OPENING)
        if known is None:
            known = self._lacks[_OPENING] = opens_with_metric(self.tokens, self.lang)
        return known

    def toll(self, m: Mention) -> bool:
        """ "the death toll (has) rose/risen to 12", "a death toll of 12", "het dodental steeg tot 12"."""
        tokens, lang = self.tokens, self.lang
        if self.lacks("toll_nouns", "count_nouns", "total_nouns") and (
            self.lacks("toll_cues") or not self.opens_with_metric()
        ):
            # it binds only to a toll noun, a noun of number (counted_ending) or of a total, or a metric noun
            # opening the sentence (opening_metric); not any metric noun, which would walk every figure of
            # "5 dead 5 dead …"
            return False
        j = m.start - 1
        cues = phrases(lang, "toll_cues")
        cue = cues.ending(tokens, j)
        if cue is None and (day := day_before(tokens, j, lang)) is not None:
            j, cue = day, cues.ending(tokens, day)  # "Het dodental steeg vrijdag tot 40": the cue before the day
        if cue is None and lang.adjective_after_noun and _low(tokens, j) in lang.update_cues:
            # Session 11: "already" between a toll's verb and its figure ("la cifra de muertos suma ya 45"): the
            # verb is the cue, and it states a total reached (French and Spanish; English and Dutch unchanged)
            cue = cues.ending(tokens, j - 1)
            if cue is not None:
                j, cue = j - 1, (cue[0], "update" if cue[1] == "static" else cue[1])
        kind: str | None = None
        cue_start = j
        before = self.mention_ending(j - 1)
        if before is None and _low(tokens, j) in _CHANGE_TO:
            # "pasó de 79 en el pasado informe a 56"; Session 13 (fresh13): in every language ("rose from 12 on
            # Monday to 19", "stieg von 12 am Montag auf 19"): the verb of change and "from" before the origin are
            # checked below, so a bare "to" walks back no further than the origin's short phrase
            before = self.dated_origin(j)
        origin: Mention | None = None
        if _low(tokens, j) in _CHANGE_TO and before is not None and _low(tokens, before.start - 1) in _CHANGE_FROM:
            verb_at = before.start - 2  # "rose from 10 to 12"
            if _low(tokens, verb_at) == ",":
                verb_at -= 1  # "is gestegen, van 151 naar 200": the change set off by a comma is the verb's still
            if _low(tokens, verb_at) in update_verbs(lang):
                kind, cue_start, origin = "update", verb_at, before
            elif (stem := update_stems(lang).ending(tokens, verb_at)) is not None:
                # "est passé de 79 à 56", "pasó de 79 a 56": the cue's verb before "from", its particle after
                kind, cue_start, origin = "update", verb_at - stem[0] + 1, before
            elif before.end == j and phrases(lang, "toll_nouns").ending(tokens, verb_at) is not None:
                # Session 20 (issue 13): "erhöhte … die Zahl der Verletzten von 670 auf 749": the change right after
                # the toll noun, its verb before the noun
                kind, cue_start, origin = "update", verb_at + 1, before
            elif raised_toll_before(tokens, before.start - 1, lang):
                # fresh8en: "pushed the toll from 114 to 143"; session 19: "raised the number … – from 51 to 1,079"
                kind, cue_start, origin = "update", change_start(tokens, before.start - 1), before
        elif (
            _low(tokens, j) in _TO
            and before is not None
            # "met" may open the change's own mention (an increment), "by" stands before it
            and (by := before.start - (_low(tokens, before.start) not in _BY)) >= 1
            and _low(tokens, by) in _BY
            and _low(tokens, by - 1) in update_verbs(lang)
        ):
            kind, cue_start = "update", by - 1  # "rose by 5 to 45": 5 is the change, bound on its own
        elif _low(tokens, j) in _TO and (verb_final := verb_final_change(self, j)) is not None:
            kind, cue_start, origin = "update", verb_final.start - 1, verb_final  # "is van 1252 gestegen naar 1333"
        moved = (
            changed_from_only(tokens, m.start, m.end, lang, (_CHANGE_FROM, _CHANGE_TO), self.by_start)
            if kind is None
            else None
        )
        if cue is None and moved is not None:
            kind, cue_start = "update", moved  # session 19 (miss20a): "the death toll jumped from around 120 on Monday"
        split = split_cue(tokens, j, lang) if kind is None and cue is None else None
        if split is not None:
            cue_start, kind = split  # "het dodental ligt daarmee al op 270"
        # "cifró los muertos en 198", "el balance sitúa los heridos en 1.178": a verb that puts a total at a
        # figure, its toll as the object, then "at" (the toll noun must follow the verb, checked below)
        put_at = kind is None and cue is None and bool(lang.raise_verbs) and _low(tokens, j) in lang.at_words
        if put_at:
            kind, cue_start = "update", j
        if kind is None:
            if cue is None:
                return False
            kind, cue_start = str(cue[1]), j - cue[0] + 1
        cue_start = self.before_relative(cue_start)
        nouns = phrases(lang, "toll_nouns")
        between: list[Token] = []
        long_reach = kind == "update" and lang.code in _OPENING_LANGUAGES
        for back in range(_OPENING_REACH if long_reach else _TOLL_REACH):
            end = cue_start - 1 - back
            if end < 0:
                return False
            if back:
                # Material between the toll and its verb ("the death toll from the
                # ferry that capsized on the river has risen to 65"): words, dates,
                # commas; never a count, a clause boundary or other punctuation.
                t = tokens[end + 1]
                # "one of the strongest storms" names no count: only "one" may stand there.
                # the point of a German date ("seit dem 7. Oktober") is a word of the date, no punctuation
                # Session 13 (fresh7a): "from three recent typhoons" counts events, not victims
                other_count = t.is_number and not counts_events(tokens, end + 1, lang, _closed_words(lang))
                if (other_count and not (t.in_words and t.value == 1)) or (
                    t.kind is PUNCT
                    and (t.text != "," or kind == "static")
                    and not date_point(tokens, end + 1, lang)
                    and not _cut_compound(tokens, end + 1, lang)
                ):
                    return False
                if (t.low in lang.boundaries and t.low not in _COORD) or (kind == "static" and back > _STATIC_REACH):
                    return False
                between.append(t)
            hit = nouns.ending(tokens, end) or opening_metric(tokens, end, (cue_start, j), kind, lang)
            if back >= _TOLL_REACH and (hit is None or end - hit[0] + 1 > int(_low(tokens, 0) in lang.determiners)):
                continue  # past the usual reach only the sentence's opening toll noun binds
            if hit is not None and _low(tokens, end + 1) in lang.toll_charge_words:
                return False  # "the toll road was closed to 40 trucks": a charge, not a count
            group: str | None = None
            counted = None if hit is not None else counted_ending(tokens, end, lang, cue_start)
            if counted is not None:  # "het bevestigde aantal gewonden kinderen ligt op 74"
                hit, group = (counted[0], counted[1]), counted[2]
            elif (
                hit is None
                and _low(tokens, end) in lang.total_nouns
                and _low(tokens, end - 1) in lang.determiners
                and not any(t.low in _TOTAL_OF for t in between)  # "the total of buildings lost": its own thing
            ):
                hit = self.total_of(end)  # "Three more died, bringing the total to 48": the total of the dead
            named = phrases(lang, "group_nouns").at(tokens, m.end) if hit is not None and group is None else None
            if named is not None:
                # "put the death toll at six civilians": a role noun of the language's list after the figure
                # names the victims (any plural word would do as a group elsewhere; not after a toll).
                group = str(named[1])
            if hit is not None and put_at:
                verb_at = end - hit[0]
                if _low(tokens, verb_at) in lang.determiners:
                    verb_at -= 1
                if _low(tokens, verb_at) not in lang.raise_verbs or back:
                    return False
            if hit is not None and self.other_noun_after(m):
                return False  # "Die Opferzahl ist auf 3 Seiten dokumentiert": the figure counts pages
            if hit is not None:
                # "le bilan fait état de 200 blessés": a metric noun after the figure says what a bare toll counts
                said = phrases(lang, "metric_nouns").at(tokens, m.end)
                if said is None and lang.adjective_after_noun and _low(tokens, m.end) in lang.vague_links:
                    said = phrases(lang, "metric_nouns").at(tokens, m.end + 1)  # "à 1,8 million de déplacés"
                if said is None and named is not None:  # session 18 (fa18): "un bilan de 9 employés blessés"
                    k = m.end + named[0]
                    said = phrases(lang, "metric_nouns").at(tokens, k) or phrases(lang, "predicates").at(tokens, k)
                if said is not None and str(said[1]) != str(hit[1]):
                    hit = (hit[0], said[1])
                # "is" opens "is now" as well as the static "is": only a verb that never states a total moves it.
                moving = moving_verbs(lang)
                if kind == "static" and any(t.low in moving for t in between):
                    return False  # "steeg van 10 naar 12": 10 is where it rose from
                if kind == "static" and any(t.low in lang.update_cues for t in between):
                    kind = "update"
                binding = Binding(
                    m, str(hit[1]), group, "toll", cue=kind, chunk_end=m.end, confidence=0.92 - 0.01 * min(back, 10)
                )
                binding.update = kind == "update"
                if binding.update and back:
                    binding.described = (end + 1, cue_start)
                if confirmed_before(tokens, end - hit[0] + 1, end, lang):
                    binding.status = "confirmed"
                if kind == "projected":
                    binding.status = "projected"
                if (
                    kind == "static"
                    and m.figure.qualifier is Qualifier.AT_MOST
                    and (_low(tokens, m.start), _low(tokens, m.start + 1)) == _RISEN_TO
                    and m.figure.high is not None
                ):
                    m.figure = Figure.exact(m.figure.high)
                    kind = "update"
                    binding.cue = kind
                    binding.update = True
                exact = m.figure.qualifier is Qualifier.EXACT and m.figure.value
                if exact and _low(tokens, j) in lang.exceed_words:
                    m.figure = Figure.more_than(exact)  # "could top 1,200", "climbed past 9,400"
                if origin is not None and origin.start not in self.bound:
                    # "steeg van ruim 140 naar bijna 200": the count it rose from was a count too.
                    first = Binding(
                        origin, str(hit[1]), group, "toll", chunk_end=origin.end, confidence=binding.confidence
                    )
                    first.status = binding.status if binding.status == "confirmed" else first.status
                    self.add(first)
                self.add(binding)
                return True
        return False

    def other_noun_after(self, m: Mention) -> bool:
        """A German noun after a toll's figure that no list names as people, a group or a metric ("auf 3 Seiten"):
        the figure counts that noun (any capitalised plural reads as people by its shape, so only listed ones do).
        Session 12 (fres12): in French and Spanish, a figure and "de" before an unlisted word ("s'élève à 9 millions
        de visiteurs", "asciende a 9 millones de visitantes"): the figure counts it, as German's capitalised noun."""
        if no_victims_noun(self.tokens, m.end, self.lang):
            return True  # session 18 (fa18): "l'explosion de deux véhicules", "un bilan de 76 rescapés"
        if self.lang.adjective_after_noun and _low(self.tokens, m.end) in self.lang.vague_links:
            return self.unlisted_word(m.end + 1)
        tok = _tok(self.tokens, m.end)
        if not self.lang.nouns_capitalised or tok is None or tok.kind is not WORD or not tok.is_capitalised:
            return False
        if _listed_noun(self.tokens, m.end, self.lang) is not None:
            return False
        metric = phrases(self.lang, "metric_nouns").at(self.tokens, m.end) or compound_metric(tok, self.lang)
        return metric is None

    def unlisted_word(self, k: int) -> bool:
        """A plain word at ``k`` that no list names as people, a group or a metric, nor a word of the clause's."""
        tok, lang = _tok(self.tokens, k), self.lang
        if tok is None or tok.kind is not WORD or _listed_noun(self.tokens, k, lang) is not None:
            return False
        closed = (lang.gap_words, lang.determiners, lang.boundaries, lang.function_words, lang.pronoun_subjects)
        if any(tok.low in words for words in closed) or tok.low in lang.source_possessives or len(tok.low) < 4:
            return False  # "de nos compatriotes", "de ellos": no noun of its own
        listed = phrases(lang, "metric_nouns").at(self.tokens, k) or phrases(lang, "increment_after").at(
            self.tokens, k - 1
        )
        return listed is None and tok.low not in lang.people_nouns and tok.low not in lang.others_words

    def total_of(self, end: int) -> tuple[int, str] | None:
        """ "the total" at ``end`` names no metric: it totals the count bound before it in the sentence, if any."""
        prior = [b for b in self.bindings if b.mention.end <= end and b.role == "count"]
        return (1, prior[-1].metric) if prior else None

    def before_relative(self, j: int) -> int:
        """Where a relative clause between commas opens, when it closes right before ``j``; else ``j``.

        The clause describes the toll; its verb is not the toll's ("which could rise" is no projection of 12).
        """
        tokens = self.tokens
        if _low(tokens, j - 1) != ",":
            return j
        for k in range(j - 2, max(-1, j - 2 - _RELATIVE_REACH), -1):
            tok = tokens[k]
            if tok.kind is PUNCT:
                # Only after a toll noun: after a noun of people the clause names the toll ("Die Zahl der
                # Menschen, die … ihr Leben verloren haben, ist auf 80 gestiegen") and is read with it.
                opens = tok.text == "," and _low(tokens, k + 1) in _TOLL_RELATIVE
                return k if opens and phrases(self.lang, "toll_nouns").ending(tokens, k - 1) is not None else j
            if tok.is_number:
                return j
        return j
