"""Binding the numbers of one sentence to what they count.

A number becomes a claim only when a *frame* ties it to a metric: a subject
and its predicate ("12 people were killed"), a verb and its object ("killed
12"), a running total ("the death toll rose to 12"), weapons ("intercepted 48
of 70 missiles"), a part of the count before ("at least 12 of them
children"), or a zero ("no deaths"). Numbers no frame binds are left alone:
precision matters more than recall.

Every frame looks at a bounded window of tokens, so a sentence costs time
linear in its length.

The mentions are found in :mod:`casualtylog.text._mentions`, the frames are in
:mod:`casualtylog.text._count_frames` and :mod:`casualtylog.text._weapon_frames`;
this module runs them over a sentence, then applies the clause's cues: a
denial, a condition or another event drops a binding, and projected,
preliminary and update cues mark it.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text import _bind_rules as rules
from casualtylog.text._ago_cues import ago_hits
from casualtylog.text._binding import Binding
from casualtylog.text._clause_frames import ClauseFrames, dated_earlier_after, since_when_span
from casualtylog.text._count_frames import CountFrames
from casualtylog.text._dated_clauses import dated_later, sequel_start
from casualtylog.text._ellipsis_frames import EllipsisFrames
from casualtylog.text._from_to_frame import FromToFrame
from casualtylog.text._identity_frame import IdentityFrame
from casualtylog.text._liberal import liberal_bindings
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._partitive_frame import PartitiveFrame
from casualtylog.text._phrases import phrases
from casualtylog.text._separable_frames import SeparableFrames
from casualtylog.text._split_frames import SplitFrames
from casualtylog.text._tokens import Kind, Token
from casualtylog.text._verb_first import VerbFirst
from casualtylog.text._weapon_frames import WeaponFrames
from casualtylog.text.lang import LanguageData

__all__ = ["Binding", "Mention", "bind"]

#: Coordinating "and" in the five languages: a bare count after it shares the group before.
_AND = frozenset({"and", "en", "et", "und", "y"})
#: The metrics a lone victim named by an indefinite article counts for ("a child was killed"), and a lone
#: weapon shot down ("un dron fue derribado").
_ARTICLE_METRICS = frozenset({"killed", "injured", "missing", "intercepted"})
_CLAUSE_PUNCT = frozenset(',;:()[]—–"“”')


class _Sentence(
    CountFrames,
    WeaponFrames,
    ClauseFrames,
    EllipsisFrames,
    SplitFrames,
    VerbFirst,
    PartitiveFrame,
    SeparableFrames,
    IdentityFrame,
    FromToFrame,
):
    """A sentence with every frame: the casualty frames and the weapon frames."""


def _joins_counts(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """ "and" between two counts of one clause ("Mindestens 41 Tote und über 600 Verletzte sind bestätigt"):
    a verb-final clause's cue governs both, so the "and" is no clause boundary."""
    if tokens[i].low not in _AND or i + 1 >= len(tokens):
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
    n = len(stop)
    left = [0] * (n + 1)
    for i in range(n):
        left[i + 1] = i + 1 if stop[i] else left[i]
    right = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        right[i] = i if stop[i] else right[i + 1]
    return left, right


def _hits(tokens: list[Token], lang: LanguageData, field_name: str, lacks: Callable[..., bool]) -> list[int]:
    """:meth:`Phrases.hits` of one table, all zeros at once when none of its phrases stands in the sentence."""
    return [0] * (len(tokens) + 1) if lacks(field_name) else phrases(lang, field_name).hits(tokens)


class _Cues:
    """Where a sentence's clauses begin and end and where its cue phrases are, read once.

    Every question a binding asks ("is there a conditional cue in my clause?")
    is then answered in constant time, so a sentence with many figures costs
    time linear in its length.
    """

    def __init__(self, tokens: list[Token], lang: LanguageData, lacks: Callable[..., bool]) -> None:
        # ``lacks(field)``: no phrase of that field stands in the sentence (SentenceBase.lacks), so its
        # table is all zeros without asking the phrases at every token.
        n = len(tokens)
        stop = [t.low in _CLAUSE_PUNCT or t.low in lang.boundaries for t in tokens]
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
        self.other_event = [a + b for a, b in zip(other_event, ago_hits(tokens, lang), strict=True)]
        self.projected = _hits(tokens, lang, "projected_cues", lacks)
        self.update = _hits(tokens, lang, "update_cues", lacks)
        self.confirmed = _hits(tokens, lang, "confirmed_cues", lacks)
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
        return self.any_in(self.conditional, left, min(right, self.next_exception[left]))


def _said_confirmed(tokens: list[Token], right: int, cues: _Cues, lang: LanguageData) -> bool:
    """A clause closed by a comma and then a verb of saying that confirms ("… aumentó a seis”, confirmó Mizan")."""
    k = right + 1
    return (
        right < len(tokens)
        and tokens[right].text == ","
        and k < len(tokens)
        and tokens[k].low in lang.said_verbs
        and cues.any_in(cues.confirmed, k, k + 1)
    )


#: Words that open what a verb of saying reports: "confirmed that …", "bevestigde dat …".
_COMPLEMENTISERS = frozenset({"that", "dat", "que", "dass"})


def _projected_before_that(tokens: list[Token], left: int, cues: _Cues) -> bool:
    """A clause opened by ", dass/dat/that" after a projecting one ("Es wird befürchtet, dass mehr als 100 … starben")."""
    if left < 2 or tokens[left - 1].text != "," or tokens[left].low not in _COMPLEMENTISERS:
        return False
    before_left, before_right = cues.clause(left - 2, left - 2)
    return cues.any_in(cues.projected, before_left, before_right)


def _confirmed_scope(tokens: list[Token], lang: LanguageData, confirmed: list[int]) -> list[bool]:
    """Per token: whether a verb of confirming governs it ("officials confirmed that 300 died — and 25 more").

    The verb confirms what follows it (after "that" or an article: "confirmed
    the deaths of one soldier and two militants") up to the next verb of saying.
    """
    inside = [False] * (len(tokens) + 1)
    on = False
    for i, tok in enumerate(tokens):
        if tok.low in lang.said_verbs:
            on = (
                confirmed[i + 1] > confirmed[i]
                and i + 1 < len(tokens)
                and (tokens[i + 1].low in _COMPLEMENTISERS or tokens[i + 1].low in lang.determiners)
            )
        inside[i] = on
    return inside


def _has_phrase(tokens: list[Token], start: int, end: int, lang: LanguageData, field_name: str) -> bool:
    table = phrases(lang, field_name)
    return any(table.at(tokens, i) is not None for i in range(start, end))


#: How far before a full date a "since" may stand ("since the Israel-Hamas war began on October 7, 2023").
_SINCE_DATE_REACH = 12


def _earlier_year(tokens: list[Token], lang: LanguageData, year: int | None) -> int | None:
    """The position of the first year before ``year`` that dates another event ("In 2008, …", "the 2004 tsunami")."""
    if year is None:
        return None
    for i, tok in enumerate(tokens):
        if (
            tok.kind is Kind.NONCOUNT
            and tok.value is not None
            and len(tok.text) == 4
            and 1800 <= tok.value < year
            and (
                _low(tokens, i - 1) in lang.year_preps
                or _low(tokens, i - 1) in lang.determiners
                # A full date ("du 11 juin 1909") dates another event only when clearly older:
                # the event itself may have happened late in the year before the report.
                or (_low(tokens, i - 1) in lang.months and tok.value < year - 1)
                # "On June 12, 2016, 49 people were killed": a month, a day and a comma.
                or (
                    _low(tokens, i - 1) == ","
                    and i > 2
                    and tokens[i - 2].text.isdigit()
                    and _low(tokens, i - 3) in lang.months
                    and tok.value < year - 1
                    # "since the war began on October 7, 2023, to 22,600": a running count from then
                    and not any(t.low in lang.since_words for t in tokens[max(0, i - _SINCE_DATE_REACH) : i])
                )
            )
        ):
            return i
    return None


#: How many tokens an opening phrase about another event may have ("In a similar attack last year,").
_INTRO_REACH = 6


def _intro_other_event(tokens: list[Token], cues: _Cues) -> tuple[int, int] | None:
    """The clause after an opening phrase about another event ("In a similar attack, 20 people were killed")."""
    comma = cues.right[0]
    # Only a short phrase: a whole clause before the comma ("Daar brak vorig jaar een oorlog uit, waardoor …")
    # tells what the event after it follows from, not another event.
    if comma > _INTRO_REACH or comma >= len(tokens) - 1 or tokens[comma].text != ",":
        return None
    if not cues.any_in(cues.other_event, 0, comma):
        return None
    # The phrase governs the whole clause after it, "and" included ("a temblor that shook Syria and Turkey killed …").
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].text in _CLAUSE_PUNCT), len(tokens))
    return comma + 1, end
#: How far into a sentence an opening adverbial of another event may start ("Y en aquella ocasión, …").
_OPENER_REACH = 3


def _opens_with_other_event(tokens: list[Token], lang: LanguageData) -> bool:
    """A sentence that opens with another event's cue and a comma ("En aquella ocasión, nueve perdieron la vida").

    The adverbial sets the time of the whole sentence, not only of its own clause.
    """
    cues, openers = phrases(lang, "other_event_cues"), phrases(lang, "other_event_openers")
    counted = rules.other_event_hits(tokens, lang)  # "In the last week, …" is no other event
    for i in range(min(_OPENER_REACH, len(tokens))):
        hit = (cues.at(tokens, i) if counted[i + 1] > counted[i] else None) or openers.at(tokens, i)
        if hit is not None:
            return _low(tokens, i + hit[0]) == ","
    return False


def _comparison_start(tokens: list[Token], lang: LanguageData) -> int | None:
    """Where another event begins in "the deadliest attack since 2009, when 100 died": the "since" after a superlative."""
    superlative = False
    for i, tok in enumerate(tokens):
        if tok.low in lang.superlatives:
            superlative = True
        elif superlative and tok.low in lang.since_words:
            return i
    return None


def _inherits_group(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """ "five others", or a bare number after "and" ("six soldiers had been killed and 25 injured"): the group before."""
    if _low(tokens, m.end) in lang.others_words:
        return _low(tokens, m.end + 1) not in lang.people_nouns  # "vijf andere mensen" names its own people
    if m.end >= len(tokens) or _low(tokens, m.start - 1) not in _AND:
        return False
    after = tokens[m.end]
    return (
        after.kind is Kind.WORD
        and after.low not in lang.people_nouns
        and not after.is_capitalised
        and phrases(lang, "group_nouns").at(tokens, m.end) is None
    )


def bind(tokens: list[Token], lang: LanguageData, year: int | None = None, *, liberal: bool = False) -> list[Binding]:
    """Every binding in one sentence's tokens, in text order.

    Precision first: a sentence that denies what it reports ("officials denied
    reports that 50 were killed") gives nothing, nor does a clause that is
    hypothetical ("if 50 were killed") or about another event ("last year's
    attack killed 50"), nor a figure after an earlier ``year`` that dates
    another event ("In 2008, a quake killed 70,000"; ``year`` is the report's).
    ``liberal`` adds a candidate for each figure no frame bound that has a casualty
    word near it (:mod:`casualtylog.text._liberal`), for the learned layer to judge.
    """
    s = _Sentence(tokens, lang)
    # The frames in the order they are tried, built once per sentence (bound methods, not once per figure).
    frames = (
        s.toll,
        s.inverted_toll,
        s.weapon,
        s.among_before,
        s.object,
        s.subject,
        s.elliptic_weapon,
        s.separable_weapon,
        s.life_verb,
        s.identity,
        s.from_to,
        s.parallel_place,
        s.relative_part,
        s.parallel,
        s.partitive_metric,
        *s.clause_frames,
    )
    for m in s.mentions:
        if m.start in s.bound:
            continue
        if m.kind == "number" and (s.group(m) or s.linked(m)):
            continue
        if m.kind == "vague" and s.group(m):
            continue
        if s.change(m) or s.relative_subject(m):
            continue
        for frame in frames:
            if frame(m):
                break
    s.zeros()
    s.all_intercepted()
    s.romance_after()
    if liberal:
        s.bindings.extend(liberal_bindings(tokens, lang, s.mentions, s.bound))
    # The cue tables cost a pass each over the sentence: read them only when a frame bound something.
    # A table none of whose phrases stands in the sentence (s.lacks) is not walked token by token.
    if not s.bindings or (not s.lacks("denial_cues") and _has_phrase(tokens, 0, len(tokens), lang, "denial_cues")):
        return []
    if not s.lacks("other_event_cues", "other_event_openers") and _opens_with_other_event(tokens, lang):
        return []
    preliminary = not s.lacks("preliminary_cues") and _has_phrase(tokens, 0, len(tokens), lang, "preliminary_cues")
    cues = _Cues(tokens, lang, s.lacks)
    earlier_year = _earlier_year(tokens, lang, year)
    compared = _comparison_start(tokens, lang)
    since_when = since_when_span(tokens, lang)
    later_year = dated_later(tokens, lang, year)
    intro = _intro_other_event(tokens, cues)
    sequel = sequel_start(tokens, lang)
    disputed = next((i for i, t in enumerate(tokens) if t.low in lang.dispute_verbs), None)
    out: list[Binding] = []
    for b in s.bindings:
        m = b.mention
        if m.article and b.metric not in _ARTICLE_METRICS and b.role != "group":
            # "a boy was pulled from the rubble" is a story about one person, not a count;
            # "three people, including a child, were rescued" counts him as part of them.
            continue
        if (
            m.increment
            and (_low(tokens, m.end - 1) in lang.increment_after or lang.other_metric_not_increment)
            and out
            and all(o.metric != b.metric for o in out)
        ):
            # "one person was killed and 19 more were injured": 19 others, no increment; so is
            # "rescued 367 migrants and recovered the bodies of another 25".
            m.increment = False
        if rules.not_added(tokens, m, b, lang, counted_before=bool(out)):
            m.increment = False
        if m.weak_increment and b.metric not in {"killed", "injured"}:
            m.increment = False  # Dutch "nog 3 vermist" is "still 3 missing", not "3 more"
        left, right = cues.clause(m.start, min(len(tokens), max(b.chunk_end, m.end)))
        # Another event's cue reaches every count its clause joins by "and" ("damals gab es 6 Tote und 200 Verletzte").
        other_from = min(cues.related_left[m.start], cues.joined_left[m.start])
        if cues.is_conditional(left, right) or cues.any_in(cues.other_event, other_from, cues.verb_right[right]):
            continue
        if b.metric == "injured" and cues.any_in(cues.precaution, left, right):
            continue  # "voor medische controle naar het ziekenhuis": checked as a precaution, not injured
        if (
            b.metric == "missing"
            and cues.any_in(cues.located, m.end, rules.located_reach(tokens, m, b, right, cues.word_right))
            and not cues.any_in(cues.negated, m.end, right)
        ):
            continue  # "700 personen die als vermist opgegeven waren … gelokaliseerd": found again, no longer missing
        if b.status != "projected" and (
            cues.any_in(cues.projected, left, right) or _projected_before_that(tokens, left, cues)
        ):
            b.status = "projected"
        if b.status == "reported" and preliminary:
            b.status = "preliminary"
        if b.status == "reported" and (
            cues.any_in(cues.confirmed, *cues.joined_clause(m.start, min(len(tokens), max(b.chunk_end, m.end))))
            or cues.confirmed_from[m.start]
            or _said_confirmed(tokens, right, cues, lang)
        ):
            b.status = "confirmed"
        if (earlier_year is not None and m.start > earlier_year) or dated_earlier_after(
            tokens, b.chunk_end, lang, year
        ):
            continue
        if (compared is not None and m.start > compared) or (since_when and since_when[0] <= m.start < since_when[1]):
            continue
        if later_year[m.end] or (intro is not None and intro[0] <= m.start < intro[1]):
            continue
        if sequel is not None and m.start > sequel:
            continue  # "it comes only 13 days after a crane collapse killed more than 100 people"
        if disputed is not None and m.start > disputed:
            continue  # "disputed the ISPR claim that 15 militants had been killed"
        if b.group is None and b.role == "count" and m.kind == "number" and _inherits_group(tokens, m, lang):
            # not from one person, named by an article or by "one" ("otro trabajador muerto y nueve heridos",
            # "left one soldier dead and 19 wounded"): one victim's role says nothing of the others'
            b.group = next(
                (o.group for o in reversed(out) if o.group and o.role == "count" and not rules.one_victim(o.mention)), None
            )
        if not b.update and cues.any_in(cues.update, left, m.start):
            b.update = True
        if m.kind == "vague":
            b.confidence -= 0.1
        if m.in_words:
            b.confidence -= 0.03
        out.append(b)
    out.sort(key=lambda b: b.mention.start)
    return rules.once(out)
