"""Shapes a subject frame reads around its words: "trampled to death", "a group of 400", "no protesters were injured"."""

from __future__ import annotations

import builtins
from functools import lru_cache

from casualtylog.text._binding import _COORD, SentenceBase
from casualtylog.text._mentions import _low, _tok
from casualtylog.text._nouns import _closed_words, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, NUMBER, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["SubjectShapes", "tok_is_function"]

#: "to death" after a participle, per language ("trampled to death").
_TO_DEATH = {"en": ("to", "death")}
#: Nouns that only hold the count after them: "detained a group of 400 people", "a total of 12".
_CONTAINERS = frozenset({"group", "total", "crowd", "groep", "totaal", "groupe", "gruppe", "grupo"})
#: How many words a prepositional phrase after the victims' noun may have ("on the rubber dinghy").
_PHRASE_REACH = 6
#: How many tokens an aside, a relative clause or a participial phrase after the victims' noun may have (session 19,
#: miss20a: was 10; "the 27 people, who consumed food at a marriage feast organised at Kalady near Edappal on
#: Wednesday evening, have been hospitalised", en-9c798c9b-2; each token is still checked for a predicate of its own).
_ASIDE_REACH = 16
#: How many words may stand between a main clause's verb and the negation that closes it ("de ramp niet").
_NEGATED_REACH = 6


@lru_cache(maxsize=16)
def _split_rests(lang: LanguageData) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The first word of each predicate of two or more words → (the words after it, the metric), longest first."""
    rests: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, metric in lang.predicates.items():
        first, *rest = phrase.split()
        if rest:
            rests.setdefault(first, []).append((tuple(rest), str(metric)))
    return {first: tuple(sorted(found, key=lambda r: -len(r[0]))) for first, found in rests.items()}


@lru_cache(maxsize=16)
def _negated_verbs(lang: LanguageData) -> dict[str, str]:
    """The verb of each two-word predicate that opens with a negation ("niet overleefden") → its metric."""
    out: dict[str, str] = {}
    for phrase, metric in lang.predicates.items():
        words = phrase.split()
        if len(words) == 2 and words[0] in lang.negations:
            out[words[1]] = str(metric)
    return out


#: How many ages an age phrase may list ("de 20, 25 y 31 años"), and the words that join them.
_AGES = 4
_AGE_JOINERS = frozenset({",", "et", "y", "und"})
_AGE_KINDS = frozenset({NUMBER, NONCOUNT})
#: "and" between ages where the language's coordinators do not list it ("aged 12 and 14", "van 15 en 16").
_AND = frozenset({"and", "en"})


def tok_is_function(tok: Token, lang: LanguageData) -> bool:
    """A predicate word that is also a frequent function word (Dutch "om")."""
    return tok.low in lang.function_words


class SubjectShapes(SentenceBase):
    """Helpers of the casualty frames that recognise a predicate, a container or a zero's subject by shape."""

    def to_death(self, k: int) -> tuple[int, builtins.object] | None:
        """ "trampled to death", "beaten to death": any participle before the language's "to death" kills."""
        tail = _TO_DEATH.get(self.lang.code)
        tok = _tok(self.tokens, k)
        if tail is None or tok is None or tok.kind is not WORD or tok.low in _closed_words(self.lang):
            return None
        if all(_low(self.tokens, k + 1 + i) == word for i, word in enumerate(tail)):
            return 1 + len(tail), "killed"
        return None

    def particle_before_time(self, k: int) -> bool:
        """Dutch "om 18.00 uur" is "at six", not the particle of "kwamen om": a function word before a number.

        Nor is "om" before an article or "te" ("zijn ingezet om de brand te
        bestrijden"): it opens a phrase, where the particle ends its clause.
        """
        after = _tok(self.tokens, k + 1)
        tok = self.tokens[k]
        if after is None or not tok_is_function(tok, self.lang):
            return False
        if after.kind in (NUMBER, NONCOUNT):
            return True
        # Session 11 (es13): in a Romance language (adjectives after the noun) only an active verb ends the
        # predicate before an article: Spanish "murieron" is a frequent word too, and "murieron el domingo" lost
        # its count. Elsewhere as before (Dutch "om de brand te bestrijden", English "killed the …").
        romance = self.lang.adjective_after_noun and not self.lang.split_predicates
        return (not romance or tok.low in self.lang.active_verbs) and (
            after.low in self.lang.determiners or after.low == "te" or self.te_soon(k + 1)
        )

    def te_soon(self, k: int) -> bool:
        """ "gebracht om gewonden te verzorgen": "te" after one or two plain words from ``k`` (right after "om")
        opens a purpose clause."""
        for j in range(k, min(len(self.tokens), k + 3)):
            tok = self.tokens[j]
            if tok.low == "te":
                return True
            if tok.kind is not WORD or tok.low in self.lang.boundaries:
                return False
        return False

    def before_container(self, start: int) -> int:
        """The token before "a group of" ending just before ``start`` (or -1): the count is the container's."""
        tokens, lang = self.tokens, self.lang
        of = phrases(lang, "of_words").ending(tokens, start - 1)
        if of is None or _low(tokens, start - 1 - of[0]) not in _CONTAINERS:
            return -1
        j = start - 2 - of[0]
        if _low(tokens, j) not in lang.determiners:
            return -1
        # Session 13 (fresh7c): the object marker before the container ("detuvo a un total de 26 personas")
        return j - 2 if _low(tokens, j - 1) in lang.object_markers else j - 1

    def zero_subject(self, k: int) -> tuple[str | None, int, tuple[int, builtins.object] | None]:
        """After a zero word: (the group, where the predicate starts, the predicate) of "no protesters were injured"."""
        noun = _noun(self.tokens, k, self.lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return None, k, None
        j, _ = self.gap(k + noun[2])
        return noun[1], j, phrases(self.lang, "predicates").at(self.tokens, j)

    def skip_noun_phrase(self, k: int) -> int:
        """Past a short prepositional phrase after the victims' noun when the predicate follows it:
        "All 132 people on the rubber dinghy were rescued", "ten members of one family were killed".

        Only up to :data:`_PHRASE_REACH` plain words (no number, punctuation or boundary word), and only
        when the words after it are the gap and a predicate: else ``k`` itself.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.noun_preps or _low(tokens, k) not in lang.noun_preps:
            return k
        predicates = phrases(lang, "predicates")
        for j in range(k + 1, min(len(tokens), k + 1 + _PHRASE_REACH)):
            tok = tokens[j]
            if j > k + 1 and lang.predicate_first and tok.text == "," and self.aside_after(j):
                return j  # "Tres trabajadores de la empresa, entre ellos un menor, resultaron heridos"
            if j > k + 1 and tok.text == "," and lang.comma_asides and self.skip_described(j) > j:
                return j  # "Trois soldats de la brigade, tous originaires de Lyon, ont été tués"
            if tok.is_number or tok.kind is PUNCT or tok.low in lang.boundaries:
                return k
            if j > k + 1 and tok.low in lang.gap_words:
                return j if predicates.at(tokens, self.gap(j)[0]) is not None else k
            if j > k + 1 and lang.predicate_first and predicates.at(tokens, j) is not None:
                if self.attributive_at(j):
                    continue  # "soldados en la zona afectada": the participle is the zone's, not theirs
                return j  # "tres militares del personal técnico murieron": no auxiliary before a finite verb
        return k

    def attributive_at(self, j: int) -> bool:
        """A participle or adjective right after a determiner and a noun ("la zona afectada"): it agrees with that
        noun, so it is no predicate of the count before (``attributive_endings``)."""
        tokens, lang = self.tokens, self.lang
        if not lang.attributive_endings or j < 2:
            return False
        noun, det = tokens[j - 1], tokens[j - 2]
        return (
            (det.low in lang.determiners or det.low in lang.noun_preps)  # "en la zona", "del barrio"
            and noun.kind is WORD
            and not noun.is_capitalised  # "dos vecinos de Lorca heridos": a headline's participle
            and noun.low not in lang.gap_words
            and tokens[j].low.endswith(lang.attributive_endings)
        )

    def skip_described(self, k: int) -> int:
        """Past what describes the victims between their noun and the predicate: an aside between commas
        ("Twelve people, mostly women and children, were killed"), a relative clause ("who had been on the
        bus") or a participial phrase ("travelling on the bus").

        Only for a language that names its relative openers; only up to :data:`_ASIDE_REACH` tokens with no
        number, other punctuation, clause boundary (but "and"), casualty predicate or verb of their own (a
        relative clause that says what befell them is the count's own predicate: "who were injured"), and
        only when the gap and a predicate follow it: else ``k`` itself.
        """
        tokens, lang = self.tokens, self.lang
        comma = _low(tokens, k) == ","
        if not (lang.relative_openers or lang.participle_endings) and not (comma and lang.comma_asides):
            return k  # Session 12 (fres12): French and Spanish have participles and no relative openers
        start = k + comma
        first = _tok(tokens, start)
        if first is None or first.kind is not WORD:
            return k
        if not comma and not (
            first.low in lang.relative_openers
            or (lang.participle_endings and first.low.endswith(lang.participle_endings))
        ):
            return k
        predicates, verbs = phrases(lang, "predicates"), phrases(lang, "active_verbs")
        if not comma and predicates.at(tokens, self.gap(start)[0]) is not None:
            return k  # "176 people who remain unaccounted for": the relative's predicate is the count's own
        reach = min(len(tokens), start + _ASIDE_REACH + 1)
        participial = not comma and not lang.relative_openers and lang.predicate_first
        # session 11 (nl11): ages between commas ("De drie verdachten, tussen 19 en 24 jaar oud, werden aangehouden")
        aged = comma and any(t.low in lang.age_units for t in tokens[start:reach] if t.low != ",")
        for j in range(start, reach):
            tok = tokens[j]
            if j > start and (tok.low == "," if comma else tok.low in lang.gap_words):
                end = j + 1 if comma else j
                if predicates.at(tokens, self.gap(end)[0]) is not None:
                    return end
                if comma:
                    return k
            # "and" joins the aside's own words ("la mayoría mujeres y niños"), in any language's word for it
            joins = tok.low in _COORD or tok.low in lang.coordinators
            if (tok.is_number and not aged) or tok.kind is PUNCT or (tok.low in lang.boundaries and not joins):
                return k
            if predicates.at(tokens, j) is not None and participial and j > start:
                if self.attributive_at(j):
                    continue  # "desplegados en la zona afectada": the zone's participle
                return j  # Session 12 (fres12): "cinco personas atrapadas en el ascensor murieron", no auxiliary
            if predicates.at(tokens, j) is not None and self.attributive_before(j):
                continue  # session 19 (miss20a): "230 residents living near the affected area have been evacuated"
            if predicates.at(tokens, j) is not None or verbs.at(tokens, j) is not None:
                return k
        return k

    def attributive_before(self, j: int) -> bool:
        """A participle between a determiner and its noun ("the affected area", "de getroffen regio"), in a language
        that puts its adjectives before the noun: it describes that noun, so it is no predicate of the count."""
        tokens, lang = self.tokens, self.lang
        noun = _tok(tokens, j + 1)
        return (
            not lang.adjective_after_noun
            and _low(tokens, j - 1) in lang.determiners
            and noun is not None
            and noun.kind is WORD
            and not noun.is_capitalised
            and noun.low not in lang.gap_words
            and noun.low not in lang.function_words
            and phrases(lang, "predicates").at(tokens, j + 1) is None
        )

    def split_predicate(self, start: int, k: int) -> tuple[int, builtins.object] | None:
        """The rest of a predicate at ``k`` whose first word stands before the subject starting at ``start``.

        A verb-second clause opened by anything but its subject puts the finite verb before the subject
        and the rest of the predicate after it: "Van hen liggen nog 39 mensen in het ziekenhuis" is
        "liggen in het ziekenhuis" around "39 mensen". Only the language's own predicates, split after
        their first word, with up to two gap words ("er", "nog") between that word and the subject.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.split_predicates:
            return None
        j = start - 1
        for _ in range(2):
            if _low(tokens, j) not in lang.gap_words:
                break
            j -= 1
        for words, metric in _split_rests(lang).get(_low(tokens, j), ()):
            if all(_low(tokens, k + i) == word for i, word in enumerate(words)):
                return len(words), metric
        return None

    def negated_last(self, k: int) -> tuple[int, builtins.object] | None:
        """A negated predicate in main-clause order: the verb at ``k``, the negation closing the clause.

        A subordinate clause says "dat drie mensen de ramp niet overleefden" (a predicate of the language);
        a main clause puts the verb second and the negation last: "Drie mensen overleefden de ramp niet",
        "Een passagier overleefde het incident donderdagavond niet en bezweek". Only words between them, up
        to :data:`_NEGATED_REACH`, and the negation must end the clause (punctuation, a boundary or the end).
        """
        tokens, lang = self.tokens, self.lang
        metric = _negated_verbs(lang).get(_low(tokens, k))
        if metric is None:
            return None
        for j in range(k + 1, min(len(tokens), k + 1 + _NEGATED_REACH)):
            tok = tokens[j]
            if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
                return None
            if tok.low in lang.negations:
                nxt = _tok(tokens, j + 1)
                closes = nxt is None or nxt.kind is PUNCT or nxt.low in lang.boundaries
                return (j + 1 - k, metric) if closes else None
        return None

    def group_in_phrase(self, start: int, end: int) -> str | None:
        """The group a phrase after victims with no group of their own names ("voluntarios del Cuerpo de
        Bomberos" are firefighters), or ``None`` (none, or more than one)."""
        groups = {
            str(hit[1])
            for j in range(start, end)
            if (hit := phrases(self.lang, "group_nouns").at(self.tokens, j)) is not None
        }
        return groups.pop() if len(groups) == 1 else None

    def aside_after(self, comma: int) -> bool:
        """Whether an aside the subject frame skips opens at ``comma``: a group cue ("entre ellos", "dont")."""
        return phrases(self.lang, "group_cues").at(self.tokens, comma + 1) is not None

    def skip_age(self, k: int) -> int:
        """Past an age after the victims' noun at ``k``, between commas or not: "âgée de 52 ans", ", de 20 y 25
        años,", "im Alter von 20 und 25 Jahren", ", 52 Jahre alt,"; with no unit after a bare opener ("aged 12",
        "in his 40s", "van in de veertig") or between commas (", 45,"). Else ``k``.

        Its numbers are ages, so their mentions are marked bound (no count of their own).
        """
        tokens, lang = self.tokens, self.lang
        if not lang.age_units and not lang.bare_age_openers:
            return k
        comma = _low(tokens, k) == ","
        j = k + comma
        opener = phrases(lang, "age_openers").at(tokens, j)
        bare = None if opener is not None else phrases(lang, "bare_age_openers").at(tokens, j)
        if opener is not None or bare is not None:
            j += (opener or bare or (0,))[0]
        ages: list[int] = []
        # the number right before the unit is already no count (NONCOUNT); the ones before it still are
        while (tok := _tok(tokens, j)) is not None and tok.kind in _AGE_KINDS and len(ages) < _AGES:
            ages.append(j)
            j += 1
            if _low(tokens, j) in _AGE_JOINERS or _low(tokens, j) in lang.coordinators or _low(tokens, j) in _AND:
                j += 1
        if not ages:
            return k
        j = ages[-1] + 1  # a joiner after the last age is no part of it (", 45, was killed": the closing comma)
        unit = phrases(lang, "age_units").at(tokens, j) if lang.age_units else None
        if unit is not None:
            j += unit[0]
        # No unit: an age only after an opener that makes one ("aged 12", "in his 40s"), or as the
        # numbers between commas after the noun ("A man, 45, was killed") in a language that has such openers.
        elif bare is None and not (comma and lang.bare_age_openers and opener is None):
            return k
        if comma:
            if _low(tokens, j) != ",":
                return k
            j += 1
        # a qualifier the opener ends in starts the age's mention before its number ("aged between 20 and 40")
        for a in ages:
            for start in range(a, max(k - 1, a - 3), -1):
                mention = self.by_start.get(start)
                if mention is not None and mention.end > a:
                    self.bound.add(start)
        return j
