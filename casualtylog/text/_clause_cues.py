"""A sentence's clauses and cue phrases, read once, for :func:`casualtylog.text._frames.bind`.

After the frames bind a sentence's figures, ``bind`` asks of each binding
where its clause begins and ends and which cues stand in it (a condition,
another event, a projection, a confirmation, an update). :class:`Cues` reads
the sentence once into prefix counts and clause ends, so every such question
is answered in constant time. Kept apart from ``bind`` so each module holds one
concept: this one where the cues are, ``bind`` what they do to a binding.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text import _bind_rules as rules
from casualtylog.text._ago_cues import ago_hits
from casualtylog.text._confirmed_reach import that_after_aside
from casualtylog.text._earlier_spans import earlier_span_hits
from casualtylog.text._hypotheticals import hypothetical_main
from casualtylog.text._mentions import _low
from casualtylog.text._phrases import Phrases, less_starts, phrases
from casualtylog.text._status_cue_reach import without_pending
from casualtylog.text._status_scope import with_assumptions, without_fears
from casualtylog.text._time_adverbs import past_time
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["AND", "CLAUSE_PUNCT", "Cues", "projected_before_that", "said_confirmed"]

#: Coordinating "and" in the five languages: a bare count after it shares the group before.
AND = frozenset({"and", "en", "et", "und", "y"})
CLAUSE_PUNCT = frozenset(',;:()[]—–"“”')


def _joins_counts(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """ "and" between two counts of one clause ("Mindestens 41 Tote und über 600 Verletzte sind bestätigt"):
    a verb-final clause's cue governs both, so the "and" is no clause boundary."""
    if tokens[i].low not in AND or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.is_number or phrases(lang, "qualifiers").at(tokens, i + 1) is not None


#: Words that open a relative clause after a comma, and no other kind of clause.
_RELATIVE_OPENERS = frozenset(
    {"denen", "welchen", "waarbij", "waarin", "waarop", "which", "whom", "dont", "où", "donde"}
)


#: "where" opening a relative clause on a place, with or without a comma before it.
_WHERE = frozenset({"où", "donde", "wo"})


def _opens_relative(tokens: list[Token], i: int) -> bool:
    """A comma at ``i`` before a relative clause (its pronoun first or after one preposition)."""
    if tokens[i].text != ",":
        return False
    return any(j < len(tokens) and tokens[j].low in _RELATIVE_OPENERS for j in (i + 1, i + 2))


def _clause_ends(stop: list[bool]) -> tuple[list[int], list[int]]:
    """``left[i + 1]``: one past the last stop at or before ``i`` (0 if none); ``right[i]``: the first stop at or
    after ``i`` (``n`` if none). Built a clause at a time by list repetition, not a token at a time: a long
    sentence has few stops."""
    n = len(stop)
    left, right = [0], []
    start = 0  # the clause's first token
    for i in [i for i, s in enumerate(stop) if s]:
        left += [start] * (i - start)
        left.append(i + 1)
        right += [i] * (i + 1 - start)
        start = i + 1
    left += [start] * (n - start)
    right += [n] * (n + 1 - start)
    return left, right


def _hits(tokens: list[Token], lang: LanguageData, field_name: str, lacks: Callable[..., bool]) -> list[int]:
    """:meth:`Phrases.hits` of one table, all zeros at once when none of its phrases stands in the sentence."""
    return [0] * (len(tokens) + 1) if lacks(field_name) else phrases(lang, field_name).hits(tokens)


#: How many words may stand between a projection cue and its verb of rising ("could still rise", "expected to
#: rise"), and after that verb before a number it projects ("could rise to 50": 50 is projected).
_RISE_REACH = 2
#: Where a rise goes, before the number it projects ("could rise to (more than) 50", "kan oplopen tot 50").
_RISE_TO = frozenset({"to", "above", "past", "beyond", "over", "tot", "naar", "boven"})


def _projected_hits(tokens: list[Token], lang: LanguageData, lacks: Callable[..., bool]) -> list[int]:
    """:func:`_hits` of the projection cues, less those that project a toll's rise and no number: "the toll
    could rise as rescuers search for 30 missing" projects no count ("could rise to 50" still projects 50)."""
    counts = _hits(tokens, lang, "projected_cues", lacks)
    counts = with_assumptions(tokens, lang, without_fears(tokens, lang, counts, lacks), lacks)  # session 13 (status13)
    if counts[-1] == 0 or lacks("rise_verbs"):
        return counts
    cues, rises = phrases(lang, "projected_cues"), phrases(lang, "rise_verbs")
    return less_starts(
        counts, lambda i: (hit := cues.at(tokens, i)) is not None and _rise_only(tokens, i + hit[0], rises)
    )


def _rise_only(tokens: list[Token], j: int, rises: Phrases) -> bool:
    """A verb of rising within :data:`_RISE_REACH` plain words from ``j``, with no number it rises to."""
    for k in range(j, min(len(tokens), j + _RISE_REACH + 1)):
        rise = rises.at(tokens, k)
        if rise is not None:
            end = k + rise[0]
            if end < len(tokens) and tokens[end].low in _RISE_TO:
                return not any(t.is_number for t in tokens[end + 1 : end + 1 + _RISE_REACH + 1])
            return end >= len(tokens) or not tokens[end].is_number
        if tokens[k].kind is not WORD:
            return False
    return False


#: The fewest tokens an opening conditional clause has with its comma ("If the dam breaks,"); "If confirmed," and
#: "If so," govern no main clause.
_IF_CLAUSE = 3


class Cues:
    """Where a sentence's clauses begin and end and where its cue phrases are, read once.

    Every question a binding asks ("is there a conditional cue in my clause?")
    is then answered in constant time, so a sentence with many figures costs
    time linear in its length.
    """

    def __init__(self, tokens: list[Token], lang: LanguageData, lacks: Callable[..., bool]) -> None:
        # ``lacks(field)``: no phrase of that field stands in the sentence (SentenceBase.lacks), so its
        # table is all zeros without asking the phrases at every token.
        n = len(tokens)
        stop = [t.low in CLAUSE_PUNCT or t.low in lang.boundaries for t in tokens]
        # left[i]: the first token of the clause holding i; right[i]: one past its last.
        self.left, self.right = _clause_ends(stop)
        # The same clauses with "and" between two counts kept inside ("41 Tote und über 600 Verletzte
        # sind bestätigt"): a confirmation governs every count of its verb-final clause.
        joined = [stop[i] and not _joins_counts(tokens, i, lang) for i in range(n)]
        self.joined_left, self.joined_right = _clause_ends(joined)
        # A relative clause belongs to the clause it describes ("vor einer Woche …, bei denen fünf
        # Angreifer getötet wurden"): another event's cue reaches into it.
        # "where" needs no comma ("un accident il y a 22 ans dans la Drôme où cinq pompiers avaient péri").
        related = [stop[i] and not (_opens_relative(tokens, i) or tokens[i].low in _WHERE) for i in range(n)]
        self.related_left = _clause_ends(related)[0]
        self.conditional = _hits(tokens, lang, "conditional_cues", lacks)
        other_event = [0] * (n + 1) if lacks("other_event_cues") else rules.other_event_hits(tokens, lang)
        spans = zip(other_event, ago_hits(tokens, lang), earlier_span_hits(tokens, lang), strict=True)
        self.other_event = [a + b + c for a, b, c in spans]
        self.projected = _projected_hits(tokens, lang, lacks)
        self.update = _hits(tokens, lang, "update_cues", lacks)
        # session 13 (status7): "are being verified", "not yet confirmed" confirm nothing
        self.confirmed = without_pending(tokens, lang, _hits(tokens, lang, "confirmed_cues", lacks), lacks)
        self.confirmed_from = _confirmed_scope(tokens, lang, self.confirmed)
        self.precaution = _hits(tokens, lang, "precaution_cues", lacks)
        self.located = _hits(tokens, lang, "located_cues", lacks)
        # The same clauses with commas kept inside ("Fifty people who had been unaccounted for, though,
        # were found"): a subject's relative clause reaches its main verb across an aside.
        self.word_right = _clause_ends([t.text in ";:" or t.low in lang.boundaries for t in tokens])[1]
        self.verb_right = rules.verb_joined_right(tokens, lang, stop)  # "killed 28 and injured 72 last month"
        self.negated = [0]
        for tok in tokens:
            self.negated.append(self.negated[-1] + (tok.low in lang.negations))
        exceptions = phrases(lang, "conditional_exceptions")
        # next_exception[i]: the first position at or after i where an exception starts.
        self.next_exception = [n] * (n + 1)
        if not lacks("conditional_exceptions"):
            for i in range(n - 1, -1, -1):
                self.next_exception[i] = i if exceptions.at(tokens, i) is not None else self.next_exception[i + 1]

        # "If the dam breaks, 10,000 people could be affected": a sentence opened by a conditional clause
        # is conditional after that clause's comma too (the main clause tells what would follow).
        self.if_main = n + 1
        # Session 14 (fresh8rom): "Si se tratase de …, el saldo ascendería a 83": projected (_hypotheticals)
        self.hypothetical = hypothetical_main(tokens, lang)
        if lang.opening_conditionals and self.conditional[1] > 0 and self.next_exception[0] != 0:
            self.if_main = next((k + 1 for k in range(n) if tokens[k].text == ","), n + 1)
            if self.if_main <= _IF_CLAUSE:
                self.if_main = n + 1  # "If confirmed, the toll of 45 …": no clause of its own, the count stands

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around tokens ``start``..``end``: up to punctuation or a boundary word."""
        return self.left[start], self.right[end]

    def joined_clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``start``..``end`` with "and" between two counts kept inside."""
        return self.joined_left[start], self.joined_right[end]

    @staticmethod
    def any_in(counts: list[int], start: int, end: int) -> bool:
        return end > start and counts[end] - counts[start] > 0

    def is_conditional(self, left: int, right: int) -> bool:
        """A conditional cue in the clause that no exception at or before it (in the clause) cancels."""
        return left >= self.if_main or self.any_in(self.conditional, left, min(right, self.next_exception[left]))


def said_confirmed(tokens: list[Token], right: int, cues: Cues, lang: LanguageData) -> bool:
    """A clause closed by a comma and then a verb of saying that confirms ("… aumentó a seis”, confirmó Mizan")."""
    k = right + 1
    if right >= len(tokens) or tokens[right].text != "," or k >= len(tokens):
        return False
    if tokens[k].low in lang.said_verbs and cues.any_in(cues.confirmed, k, k + 1):
        return True
    # "…, según ha confirmado el fiscal": an according-to phrase whose verb confirms, an auxiliary before it
    according = phrases(lang, "according_to").at(tokens, k)
    if according is None:
        return False
    k += according[0]
    return cues.any_in(cues.confirmed, k, min(len(tokens), k + 1 + _CONFIRMED_AUXILIARY))


#: How many words (an auxiliary: "según ha confirmado") may stand between "according to" and its confirming verb.
_CONFIRMED_AUXILIARY = 1


#: Words that open what a verb of saying reports: "confirmed that …", "bevestigde dat …".
_COMPLEMENTISERS = frozenset({"that", "dat", "que", "dass"})


def projected_before_that(tokens: list[Token], left: int, cues: Cues) -> bool:
    """A clause opened by ", dass/dat/that" after a projecting one ("Es wird befürchtet, dass mehr als 100 … starben")."""
    if cues.hypothetical[0] <= left < cues.hypothetical[1]:
        return True  # Session 14 (fresh8rom): the main clause after an opening condition, its verb conditional
    if left < 2 or tokens[left - 1].text != "," or tokens[left].low not in _COMPLEMENTISERS:
        return False
    before_left, before_right = cues.clause(left - 2, left - 2)
    return cues.any_in(cues.projected, before_left, before_right)


#: Relative pronouns that open a clause with no comma before it: English writes "the storm that killed 12 is expected
#: to …"; German and Dutch set every relative clause off by commas, and Romance "que" also opens what is said.
_BARE_RELATIVES = frozenset({"that", "which"})
#: How many auxiliaries may stand between the relative pronoun and the verb ("that has killed").
_RELATIVE_AUX = 2


def relative_object_end(tokens: list[Token], verb_start: int, chunk_end: int, right: int, lang: LanguageData) -> int:
    """Where a projection may still reach a count that is the object of a relative clause's verb ("Flooding that has
    killed 60 people is expected to worsen": the main clause projects the flooding, not the 60): the end of the
    count's phrase when a bare relative pronoun opens the verb starting at ``verb_start``; else ``right``."""
    j = verb_start - 1
    skipped = 0
    while skipped < _RELATIVE_AUX and _low(tokens, j) in lang.gap_words and _low(tokens, j) not in _BARE_RELATIVES:
        j -= 1
        skipped += 1
    # session 13 (status13): and every language's relative pronouns ("L'attaque qui a fait 12 morts pourrait …")
    relative = _low(tokens, j) in _BARE_RELATIVES or _low(tokens, j) in lang.cue_relatives
    return min(right, chunk_end) if relative else right


def _confirmed_scope(tokens: list[Token], lang: LanguageData, confirmed: list[int]) -> list[bool]:
    """Per token: whether a verb of confirming governs it ("officials confirmed that 300 died — and 25 more").

    The verb confirms what follows it (after "that" or an article: "confirmed
    the deaths of one soldier and two militants") up to the next verb of saying.
    """
    inside = [False] * (len(tokens) + 1)
    on = False
    for i, tok in enumerate(tokens):
        if tok.low in lang.said_verbs:
            # A day may stand between the verb and what it confirms ("confirmed on Sunday that", "confirmó ayer que").
            k = i + 2 if i + 2 < len(tokens) and tokens[i + 2].low in lang.weekdays else i + 1
            if _low(tokens, k) in lang.coordinators and _plain_word(tokens, k + 1):
                k += 2  # "confirmó y lamentó el fallecimiento de 23 personas": two verbs, one object
            k = past_time(tokens, k, lang)
            if _low(tokens, k) not in lang.determiners:
                k = that_after_aside(tokens, k, lang, _COMPLEMENTISERS)  # session 14: "confirmó en un comunicado que"
            on = (
                confirmed[i + 1] > confirmed[i]
                and k < len(tokens)
                and (tokens[k].low in _COMPLEMENTISERS or tokens[k].low in lang.determiners)
            )
        inside[i] = on
    return inside


def _plain_word(tokens: list[Token], i: int) -> bool:
    """A lower-case word at ``i``: a verb coordinated with the one before it, no name or number."""
    return i < len(tokens) and tokens[i].kind is WORD and not tokens[i].is_capitalised
