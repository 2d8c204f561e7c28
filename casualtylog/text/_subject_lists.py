"""What a subject may be before its verb: coordinated and listed counts ("four police, two children and
two men"), one number for two nouns ("26 Kinder und Erwachsene"), an adjective before the metric noun
("ten unusual deaths"), an attribution standing in the clause ("volgens de politie"), a partitive before
the victims' noun ("two of them", "two of their interpreters")."""

from __future__ import annotations

from casualtylog.text._binding import SentenceBase
from casualtylog.text._mentions import _low, _tok
from casualtylog.text._mixed_nouns import SUBJECT_AND, joins_nouns, mixed_nouns
from casualtylog.text._named_wholes import FinalPredicate, named_whole_end
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._pair_counts import demonym_adjective
from casualtylog.text._phrases import phrases
from casualtylog.text._subject_shapes import SubjectShapes
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["SubjectLists", "among_count", "m_is_part_of_metric"]

#: Words of contrast that join a subject's second verb phrase as "and" does (session 13).
_SUBJECT_BUT = frozenset({"but", "maar", "aber"})

#: How many words the subject's own verb phrase may take before "and" and a second, casualty predicate.
_SECOND_REACH = 8

#: "with" before one person a list member is with ("two children and a woman with a baby").
_WITH = frozenset({"with", "met"})

#: "among" or "one of" right before a count of its own, no article: the people named are part of that count ("were
#: among at least 23 people killed", "was one of 35 people who were declared dead"; session 19, miss20a), after a
#: copula.
_AMONG_COUNT = ("among", "one of")
_AMONG_COPULAS = frozenset({"were", "are", "was", "is"})
#: How many words an attribution inside a clause may have after its cue ("volgens de Griekse politie").
_ATTRIBUTION_WORDS = 3


def _word(tokens: list[Token], k: int) -> bool:
    tok = _tok(tokens, k)
    return tok is not None and tok.kind is WORD


def among_count(s: SentenceBase, k: int) -> int:
    """The width of "among" or "one of" at ``k`` when a count of its own follows and a copula stands before: the
    people named before are part of that count, which says what befell them. Zero when it is not there."""
    tokens = s.tokens
    if k == 0 or tokens[k - 1].low not in _AMONG_COPULAS:
        return 0
    for phrase in _AMONG_COUNT:
        words = phrase.split()
        # the token's own lower case: ``_low`` hides a number word ("one")
        if [t.low for t in tokens[k : k + len(words)]] == words and k + len(words) in s.by_start:
            return len(words)
    return 0


def m_is_part_of_metric(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """A metric noun after "of the" at ``j``: the number counts a part of those victims, with their metric."""
    return phrases(lang, "metric_nouns").at(tokens, j) is not None


class SubjectLists(SubjectShapes):
    """The walks over a subject's members, asides and modifiers that :class:`SubjectFrames` takes."""

    #: The clause reader's (``_subject_clauses.py``): a predicate at the end of a verb-final clause.
    final_predicate: FinalPredicate

    def and_at(self, k: int) -> bool:
        """Whether the word at ``k`` joins two subjects (:func:`joins_nouns`)."""
        return joins_nouns(self.tokens, k, self.lang)

    def skip_coordinated_subject(self, k: int) -> int:
        """Skip "and 3 soldiers" in "2 civilians and 3 soldiers were killed" (or "and an officer")."""
        if not self.and_at(k):
            return k
        if self.one_unnamed(k + 1):
            # "two sergeants and an officer were wounded": the officer is no count of his own
            return self.with_one(k + 3)
        article, single = _low(self.tokens, k + 1), _tok(self.tokens, k + 2)
        if (
            article in self.lang.determiners
            and article not in self.lang.ambiguous_number_words
            and single is not None
            and single.kind is WORD
            and (self.lang.nouns_capitalised or not single.is_capitalised)
            and single.low not in self.lang.function_words
            and self.lang.predicate_first  # German and Romance: "drei Polizisten und der Busfahrer wurden verletzt"
        ):
            return k + 3  # a definite member is no count of its own, and the predicate is the whole subject's
        if (
            article in self.lang.possessives
            and single is not None
            and single.kind is WORD
            and not single.is_capitalised
            and single.low not in self.lang.function_words
        ):
            # "Three children and their mother died": one person named by a possessive is no count of her own
            # (the corpus guide), and the predicate right after her is the whole subject's; session 19 (miss20a):
            # one adjective may stand before her noun, and "among" a count is the whole's predicate too ("A father
            # and his little girl were among at least 23 people killed", en-f3e99712-1)
            for end in (k + 3, k + 4):
                last = _tok(self.tokens, end - 1)
                if last is None or last.kind is not WORD or last.is_capitalised or last.low in self.lang.function_words:
                    break
                if self.predicate_or_among(self.gap(end)[0]):
                    return end
        # "A woman and her two children were killed": a possessive may open the member.
        other = self.by_start.get(k + 2 if _low(self.tokens, k + 1) in self.lang.possessives else k + 1)
        if other is None or other.kind != "number":
            return k
        at = other.end
        noun = _noun(self.tokens, at, self.lang)
        if noun is None:
            at = self.skip_partitive(at)  # "Three troops and one of their interpreters were wounded"
            noun = _noun(self.tokens, at, self.lang) if at > other.end else None
        if noun is None or noun[0] not in {"people", "group"}:
            return k
        return self.with_one(at + noun[2])

    def predicate_or_among(self, k: int) -> bool:
        """A predicate at ``k``, or "among the" / "among" a count: what a whole subject is said to be."""
        tokens, lang = self.tokens, self.lang
        if phrases(lang, "predicates").at(tokens, k) is not None:
            return True
        if k > 0 and tokens[k - 1].low not in _AMONG_COPULAS:
            return False
        return phrases(lang, "among_the").at(tokens, k) is not None or among_count(self, k) > 0

    def with_one(self, k: int) -> int:
        """Skip "with a baby" at ``k`` after a member: one person the member is with, no count of their own."""
        tokens, lang = self.tokens, self.lang
        if (
            _low(tokens, k) not in _WITH
            or _low(tokens, k + 1) not in lang.ambiguous_number_words
            or not _word(tokens, k + 2)
        ):
            return k
        self.bound.add(k + 1)
        return k + 3

    def one_unnamed(self, k: int) -> bool:
        """ "an officer" at ``k``: a word for one ("a", "an") and one plain lower-case word after it."""
        single = _tok(self.tokens, k + 1)
        return (
            _low(self.tokens, k) in self.lang.ambiguous_number_words
            and single is not None
            and single.kind is WORD
            and not single.is_capitalised
            and single.low not in self.lang.function_words
        )

    def skip_attribution_back(self, j: int) -> int:
        """Before ``j``'s number, skip an attribution standing in the clause ("Onder de doden zijn volgens de
        politie vijftien mannen"): "according to" and up to three plain words, back to before the cue."""
        cues = phrases(self.lang, "according_to")
        for back in range(_ATTRIBUTION_WORDS):
            k = j - back
            if not _word(self.tokens, k):
                return j
            hit = cues.ending(self.tokens, k - 1)
            if hit is not None:
                return k - 1 - hit[0]
        return j

    def adjective_before_metric(self, k: int) -> bool:
        """One lower-case adjective at ``k`` before a plural metric noun ("unusual deaths"): no noun, number,
        function word or cue of its own, so it only describes the victims the number counts."""
        tok, nxt = _tok(self.tokens, k), _tok(self.tokens, k + 1)
        lang = self.lang
        # Session 12 (rec12): a capitalised adjective of origin ("20 Palestinian dead", "20 Palestijnse doden") says
        # whose dead they are, as a lower-case one says how they died. With no metric noun after it the caller reads
        # on past it, so a demonym used as a noun counts the people ("12 Lebanese were wounded", "Two Swiss died")
        origin = tok is not None and tok.is_capitalised and tok.kind is WORD and demonym_adjective(tok.low, lang)
        return (
            bool(lang.adjective_metric_ends)
            and tok is not None
            and nxt is not None
            and tok.kind is WORD
            and (not tok.is_capitalised or origin)
            and (origin or nxt.low.endswith(lang.adjective_metric_ends))
            and tok.low not in lang.function_words
            and (tok.low not in lang.gap_words or tok.low in lang.confirmed_cues)  # "12 confirmed deaths"
            and tok.low not in lang.boundaries
            and _noun(self.tokens, k, lang) is None
        )

    def aside_lead(self, j: int) -> bool:
        """A word, or a number ("two of them children"), that may open an aside before its cue."""
        return _word(self.tokens, j) or j in self.by_start

    def skip_subject_list(self, k: int) -> int:
        """Skip ", two children, two women and two men" after the first member of a list of counted subjects.

        Each member is a number and a people or group noun; the list must close with "and" (or a
        language's coordinator) before a member, else the commas end a clause, not a list.
        """
        k = j = self.with_one(k)  # "a woman with a baby and two children"
        while _low(self.tokens, j) == ",":
            if _low(self.tokens, j + 1) in SUBJECT_AND:
                closed = self.skip_coordinated_subject(j + 1)  # the serial comma: ", and two men"
                return closed if closed != j + 1 else k
            if self.one_unnamed(j + 1):
                j += 3  # ", a policeman and three civilians": one person of a role the data does not list
                continue
            other = self.by_start.get(j + 1)
            if other is None or other.kind != "number":
                return k if j != k else self.skip_coordinated_subject(k)
            noun = _noun(self.tokens, other.end, self.lang)
            if noun is None or noun[0] not in {"people", "group"}:
                return k if j != k else self.skip_coordinated_subject(k)
            j = other.end + noun[2]
        if j == k:
            return self.skip_coordinated_subject(k)
        closed = self.skip_coordinated_subject(j)
        return closed if closed != j else k

    def mixed_victims(self, k: int, group: str | None) -> tuple[int, str | None]:
        """ "26 Kinder und Erwachsene wurden verletzt": one number for two nouns of people is a count of both,
        with no group of its own; ``k`` is the "and" after the first noun (:func:`mixed_nouns`)."""
        return mixed_nouns(self.tokens, k, group, self.lang)

    def skip_partitive(self, k: int) -> int:
        """Skip "of them" or "of the" before the victims' noun: "two of them were injured", "tres de los atacantes murieron".

        The count is the number's; the noun after "of the" names who they are.
        """
        tokens, lang = self.tokens, self.lang
        them = phrases(lang, "of_them").at(tokens, k)
        if them is not None:
            return k + them[0]
        of = phrases(lang, "of_words").at(tokens, k)
        if of is None:
            return k
        j = k + of[0]
        if _low(tokens, j) in lang.determiners or _low(tokens, j) in lang.possessives:
            j += 1  # "two of their interpreters", "tres de sus compañeros"
        if _low(tokens, j).endswith(("'s", "’s")):
            j += 1  # "of the train's 341 passengers": whose whole it is
        tok = _tok(tokens, j)
        whole = self.by_start.get(j)
        if (tok is not None and tok.is_number) or (whole is not None and whole.kind == "number"):
            # session 20 (miss21a): a whole with its qualifier, "32 van de ruim 600 gewonden"
            return self.skip_whole(k, j)
        if tok is None:
            return k
        noun = _noun(tokens, j, lang)
        one = _tok(tokens, k - 1)
        # "One of the dead was a teacher" describes one victim; it counts no part of them.
        one_described = one is not None and one.in_words and one.value == 1
        if noun is None and not one_described and m_is_part_of_metric(tokens, j, lang):
            return j  # "Zwei der Verletzten schweben in Lebensgefahr", "15 der Todesopfer stammen von Cebu"
        return j if noun is not None and noun[0] in {"people", "group"} else k

    def skip_whole(self, k: int, j: int) -> int:
        """ "30 of (the train's) 341 passengers were injured": the whole is no count of the predicate; skip it."""
        whole = self.by_start.get(j)
        if whole is None or whole.kind != "number":
            return k
        named = named_whole_end(self, whole, self.final_predicate)
        if named is not None:
            return named  # session 20 (miss21a): "Eén van de vier gewonden is … vervoerd"; the whole keeps its own
        noun = _noun(self.tokens, whole.end, self.lang)
        at = self.gap(whole.end)[0]
        hit = phrases(self.lang, "predicates").at(self.tokens, at) if noun is None else None
        if hit is not None and self._predicate_ends_clause(at + hit[0]):
            # "One of the three was injured": the whole with no noun, then the predicate; not "Several of the
            # 12 injured were children" or "Tres de los 13 fallecidos pudieron ser identificados", where the
            # participle names the whole (a verb of the clause after it)
            noun = ("people", None, 0, None)
        if noun is None or noun[0] not in {"people", "group"}:
            return k
        self.bound.add(whole.start)
        return whole.end

    def _predicate_ends_clause(self, k: int) -> bool:
        """Nothing after the predicate at ``k`` but punctuation, the end or a function word of no verb."""
        after = _tok(self.tokens, k)
        if after is None or after.kind is not WORD:
            return True
        return after.low in self.lang.function_words and after.low not in self.lang.gap_words

    def second_predicate(self, k: int) -> tuple[int, tuple[int, object] | None]:
        """The predicate of a second verb phrase of the subject: (how far, the predicate), or (0, ``None``).

        "Three hikers got lost and were rescued", "Twelve people fell ill and died", "Drie wandelaars
        verdwaalden en werden gered": the subject's own verb phrase of plain words, then "and", then a
        casualty predicate, with no object after it ("… and killed 30 residents" is their deed, not their
        fate). Within :data:`_SECOND_REACH` words; never across punctuation, a number, a clause boundary
        other than "and", a verb of saying or a listed noun of people (a new subject; by its shape alone a
        Dutch past plural, "verdwaalden", would read as one).
        """
        tokens, lang = self.tokens, self.lang
        predicates = phrases(lang, "predicates")
        for j in range(k + 1, min(len(tokens), k + 1 + _SECOND_REACH)):
            tok = tokens[j - 1]
            # Session 13 (fresh7b): "but" joins a second verb phrase too, after a comma or not ("Zes inzittenden
            # overleefden de ramp, maar zijn gewond", "survived the crash but were injured")
            contrast = _low(tokens, j) in _SUBJECT_BUT
            plain = (
                tok.kind is WORD and tok.low not in lang.said_verbs and _listed_noun(tokens, j - 1, lang) is None
            )
            if not plain and not (contrast and tok.text == ","):
                return 0, None
            if tok.low in lang.boundaries:
                return 0, None
            if _low(tokens, j) not in SUBJECT_AND and not contrast:
                continue
            at, _ = self.gap(j + 1)
            hit = predicates.at(tokens, at)
            after = _tok(tokens, at + hit[0]) if hit is not None else None
            if hit is None or (after is not None and (after.is_number or after.low in lang.determiners)):
                return 0, None
            return at - k, hit
        return 0, None
