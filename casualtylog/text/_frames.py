"""Binding the numbers of one sentence to what they count.

A number becomes a claim only when a *frame* ties it to a metric: a subject
and its predicate ("12 people were killed"), a verb and its object ("killed
12"), a running total ("the death toll rose to 12"), weapons ("intercepted 48
of 70 missiles"), a part of the count before ("at least 12 of them
children"), or a zero ("no deaths"). Numbers no frame binds are left alone:
precision matters more than recall.

Every frame looks at a bounded window of tokens, so a sentence costs time
linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["Binding", "Mention", "bind"]

_MAX_GAP = 5
_MAX_WALK = 24
_CLAUSE_PUNCT = frozenset(',;:()[]—–"“”')
_FROM = frozenset({"from", "van"})
_TO = frozenset({"to", "naar", "tot"})
_AFTER_OBJECT = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "across",
        "near",
        "as",
        "when",
        "after",
        "before",
        "overnight",
        "yesterday",
        "today",
        "op",
        "bij",
        "tijdens",
        "na",
        "voor",
    ]
)
_COORD = frozenset({"and", "en", ",", "&"})


@dataclass
class Mention:
    """A figure in the text: token range (qualifiers included), figure, kind."""

    start: int
    end: int
    figure: Figure
    kind: str  # "number", "vague" or "zero"
    increment: bool = False
    weak_increment: bool = False
    in_words: bool = False


@dataclass
class Binding:
    """A mention tied to a metric (and group) by a frame."""

    mention: Mention
    metric: str
    group: str | None
    frame: str
    cue: str | None = None  # update, static, projected, increment (running totals)
    chunk_end: int = 0  # first token after the mention and its noun
    confidence: float = 0.9
    status: str = "reported"
    update: bool = False
    role: str = "count"  # count, group, linked
    notes: list[str] = field(default_factory=list)


def _tok(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _low(tokens: list[Token], i: int) -> str:
    tok = _tok(tokens, i)
    return "" if tok is None or tok.is_number else tok.low


# -- mentions -------------------------------------------------------------------
def _shape(kind: str, value: int) -> Figure | None:
    try:
        if kind == "at_least":
            return Figure.at_least(value)
        if kind == "more_than":
            return Figure.more_than(value) if value >= 1 else None
        if kind == "at_most":
            return Figure.at_most(value)
        if kind == "fewer_than":
            return Figure.fewer_than(value) if value >= 1 else None
        if kind == "about":
            return Figure.about(value)
        return Figure.exact(value)
    except FigureError:
        return None


def _number_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    tok = tokens[i]
    start, end = i, i + 1
    qualifiers = phrases(lang, "qualifiers")
    q = qualifiers.ending(tokens, i - 1)
    cue = phrases(lang, "toll_cues").ending(tokens, i - 1)
    if q is not None and cue is not None and cue[0] >= 2 and cue[0] >= q[0]:
        q = None  # "opgelopen tot 12" is a running total, not "up to 12"
    qualifier = str(q[1]) if q else "exact"
    if q:
        start = i - q[0]
    figure: Figure | None
    if tok.kind is Kind.RANGE:
        if tok.value is None or tok.high is None:
            return None
        figure = Figure.range(tok.value, tok.high)
    else:
        if tok.value is None:
            return None
        value = tok.value
        nxt, after = _tok(tokens, i + 1), _tok(tokens, i + 2)
        joined = (
            nxt is not None
            and after is not None
            and after.kind is Kind.NUMBER
            and after.value is not None
            and after.value > value
        )
        if qualifier == "between":
            if not (joined and nxt is not None and nxt.low in lang.between_joiners):
                return None
            if after is None or after.value is None:
                return None
            figure = Figure.range(value, after.value)
            end = i + 3
        elif (
            joined
            and nxt is not None
            and nxt.low in lang.range_joiners
            and _low(tokens, start - 1) not in _FROM
            and (nxt.text not in "-–—" or (nxt.start == tok.end or nxt.end + 1 == tokens[i + 2].start))
        ):
            if after is None or after.value is None:
                return None
            figure = Figure.range(value, after.value)
            end = i + 3
        else:
            suffix = phrases(lang, "suffix_qualifiers").at(tokens, end)
            if qualifier == "exact" and suffix is not None:
                first = tokens[end]
                if first.text != "+" or first.start == tok.end:
                    qualifier = str(suffix[1])
                    end += suffix[0]
            figure = _shape(qualifier, value)
    if figure is None:
        return None
    mention = Mention(start, end, figure, "number", in_words=tok.in_words)
    inc = phrases(lang, "increment_before").ending(tokens, start - 1)
    weak = phrases(lang, "weak_increment_before").ending(tokens, start - 1)
    if inc is not None or weak is not None:
        length = inc[0] if inc is not None else weak[0]  # type: ignore[index]
        mention.increment, mention.weak_increment = True, inc is None
        mention.start = start - length
    elif _low(tokens, end) in lang.increment_after and _low(tokens, end + 1) not in {"than", "dan"}:
        mention.increment = True
        mention.end = end + 1
    return mention


def mentions(tokens: list[Token], lang: LanguageData) -> list[Mention]:
    """Every figure-shaped span in a sentence, left to right, not overlapping."""
    out: list[Mention] = []
    vague = phrases(lang, "vague_words")
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.is_number:
            m = _number_mention(tokens, i, lang)
            if m is not None:
                if out and m.start < out[-1].end:
                    m.start = out[-1].end
                out.append(m)
                i = max(m.end, i + 1)
                continue
        elif tok.kind is Kind.WORD:
            hit = vague.at(tokens, i)
            if hit is not None and not (_tok(tokens, i + hit[0]) and tokens[i + hit[0]].is_number):
                length, key = hit
                out.append(Mention(i, i + length, Figure.vague(str(key)), "vague"))
                i += length
                continue
        i += 1
    return out


# -- nouns ---------------------------------------------------------------------------
def _noun(tokens: list[Token], k: int, lang: LanguageData) -> tuple[str, str | None, int, str | None] | None:
    """The noun at ``k``: (kind, group, length, verb metric) with kind people/group/body/weapon.

    A weapon noun may follow up to three adjectives ("cruise", "afgevuurde").
    """
    hit = phrases(lang, "group_nouns").at(tokens, k)
    if hit is not None:
        return "group", str(hit[1]), hit[0], None
    low = _low(tokens, k)
    if low in lang.people_nouns:
        return "people", None, 1, None
    if low in lang.body_nouns:
        return "body", None, 1, None
    # One capitalised adjective before people ("12 Ukrainian civilians").
    tok = _tok(tokens, k)
    if tok is not None and tok.kind is Kind.WORD and tok.is_capitalised:
        inner = _noun(tokens, k + 1, lang)
        if inner is not None and inner[0] in {"people", "group"}:
            return inner[0], inner[1], inner[2] + 1, None
    j, verb = k, None
    weapon = phrases(lang, "weapon_nouns")
    while j < k + 4:
        hit = weapon.at(tokens, j)
        if hit is not None:
            return "weapon", str(hit[1]), j - k + hit[0], verb
        low = _low(tokens, j)
        tok = _tok(tokens, j)
        if low in lang.launch_verbs and low not in {"with", "met"}:
            verb = "launched"
        elif low in lang.intercept_verbs:
            verb = "intercepted"
        elif not (low in lang.weapon_adjectives or (tok is not None and tok.kind is Kind.WORD and tok.is_capitalised)):
            return None
        j += 1
    return None


def _weapon_verb(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
    """A launch or intercept verb ending at ``j``: (its length, the metric)."""
    hit = phrases(lang, "intercept_verbs").ending(tokens, j)
    if hit is not None:
        return hit[0], "intercepted"
    hit = phrases(lang, "launch_verbs").ending(tokens, j)
    if hit is not None:
        return hit[0], "launched"
    return None


def _weapon_verb_at(tokens: list[Token], k: int, lang: LanguageData) -> str | None:
    hit = phrases(lang, "intercept_verbs").at(tokens, k)
    if hit is not None:
        return "intercepted"
    hit = phrases(lang, "launch_verbs").at(tokens, k)
    if hit is not None and _low(tokens, k) not in {"with", "met"}:
        return "launched"
    return None


# -- frames ----------------------------------------------------------------------------
class _Sentence:
    def __init__(self, tokens: list[Token], lang: LanguageData) -> None:
        self.tokens = tokens
        self.lang = lang
        self.mentions = mentions(tokens, lang)
        self.by_start = {m.start: m for m in self.mentions}
        self.bindings: list[Binding] = []
        self.bound: set[int] = set()

    # walking helpers ------------------------------------------------------------
    def mention_ending(self, j: int) -> Mention | None:
        for m in self.mentions:
            if m.end - 1 == j:
                return m
        return None

    def gap(self, k: int) -> tuple[int, int]:
        """Skip gap words from ``k``: (new position, words skipped)."""
        count = 0
        lang = self.lang
        while count < _MAX_GAP and _low(self.tokens, k) in lang.gap_words:
            k += 1
            count += 1
        return k, count

    def walk_left(self, j: int) -> str | None:
        """From ``j`` leftwards over coordinated weapon chunks to a launch/intercept verb."""
        tokens, lang = self.tokens, self.lang
        steps = 0
        of_words = phrases(lang, "of_words")
        while j >= 0 and steps < _MAX_WALK:
            steps += 1
            verb = _weapon_verb(tokens, j, lang)
            if verb is not None:
                return verb[1]
            tok = tokens[j]
            of = of_words.ending(tokens, j)
            if tok.is_number:
                m = self.mention_ending(j)
                j = (m.start if m is not None else j) - 1
                continue
            if of is not None:
                j -= of[0]
                continue
            low = tok.low
            if (
                low in _COORD
                or low in lang.weapon_adjectives
                or low in lang.weapon_nouns
                or low in lang.determiners
                or (low in lang.qualifiers)
            ):
                j -= 1
                continue
            if self.mention_ending(j) is not None:
                m = self.mention_ending(j)
                assert m is not None  # noqa: S101 - just checked
                j = m.start - 1
                continue
            return None
        return None

    def walk_right(self, k: int) -> str | None:
        """From ``k`` rightwards over coordinated weapon chunks to a launch/intercept participle."""
        tokens, lang = self.tokens, self.lang
        steps = 0
        of_words = phrases(lang, "of_words")
        while k < len(tokens) and steps < _MAX_WALK:
            steps += 1
            verb = _weapon_verb_at(tokens, k, lang)
            if verb is not None:
                return verb
            m = self.by_start.get(k)
            if m is not None:
                of = of_words.at(tokens, m.end)
                if of is not None and self.by_start.get(m.end + of[0]) is not None:
                    m = self.by_start[m.end + of[0]]  # "and 64 of the 145 drones"
                noun = _noun(tokens, m.end, lang)
                if noun is None or noun[0] != "weapon":
                    return None
                k = m.end + noun[2]
                continue
            of = of_words.at(tokens, k)
            if of is not None:
                k += of[0]
                continue
            low = _low(tokens, k)
            if low in _COORD or low in lang.weapon_adjectives or low in lang.weapon_nouns or low in lang.gap_words:
                k += 1
                continue
            return None
        return None

    def add(self, binding: Binding) -> None:
        self.bindings.append(binding)
        self.bound.add(binding.mention.start)

    # the frames -------------------------------------------------------------------
    def linked(self, m: Mention) -> bool:
        """ "48 of 70 missiles (were intercepted)": intercepted 48, launched 70."""
        tokens, lang = self.tokens, self.lang
        of = phrases(lang, "of_words").at(tokens, m.end)
        if of is None or m.kind != "number" or m.increment:
            return False
        whole = self.by_start.get(m.end + of[0])
        if whole is None or whole.kind != "number" or whole.increment:
            return False
        noun = _noun(tokens, whole.end, lang)
        if noun is None or noun[0] != "weapon":
            return False
        chunk_end = whole.end + noun[2]
        metric = self.walk_left(m.start - 1) or self.walk_right(chunk_end)
        if metric != "intercepted":
            return False
        group = noun[1]
        self.add(Binding(m, "intercepted", group, "linked", chunk_end=chunk_end, confidence=0.88, role="linked"))
        self.add(Binding(whole, "launched", group, "linked", chunk_end=chunk_end, confidence=0.88, role="linked"))
        return True

    def weapon(self, m: Mention) -> bool:
        """ "launched 70 missiles", "145 drones were shot down"."""
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "weapon" or m.kind == "zero":
            return False
        chunk_end = m.end + noun[2]
        metric = noun[3] or self.walk_left(m.start - 1) or self.walk_right(chunk_end)
        if metric is None:
            return False
        self.add(Binding(m, metric, noun[1], "weapon", chunk_end=chunk_end, confidence=0.85))
        return True

    def elliptic_weapon(self, m: Mention) -> bool:
        """ "(Of the 70 missiles launched,) 48 were intercepted": the group of the weapons before."""
        tokens, lang = self.tokens, self.lang
        if _noun(tokens, m.end, lang) is not None:
            return False
        k, _ = self.gap(m.end)
        metric = _weapon_verb_at(tokens, k, lang)
        if metric is None:
            return False
        previous = [b for b in self.bindings if b.frame in {"weapon", "linked"} and b.mention.start < m.start]
        if not previous:
            return False
        group = previous[-1].group
        self.add(Binding(m, metric, group, "elliptic", chunk_end=k + 1, confidence=0.75))
        return True

    def toll(self, m: Mention) -> bool:
        """ "the death toll (has) rose/risen to 12", "a death toll of 12", "het dodental steeg tot 12"."""
        tokens, lang = self.tokens, self.lang
        j = m.start - 1
        cues = phrases(lang, "toll_cues")
        cue = cues.ending(tokens, j)
        kind: str | None = None
        cue_start = j
        before = self.mention_ending(j - 1)
        if _low(tokens, j) in _TO and before is not None and _low(tokens, before.start - 1) in _FROM:
            verb_at = before.start - 2  # "rose from 10 to 12"
            update_verbs = {p.split()[0] for p, k in lang.toll_cues.items() if k == "update" and " " in p}
            if _low(tokens, verb_at) in update_verbs:
                kind, cue_start = "update", verb_at
        if kind is None:
            if cue is None:
                return False
            kind, cue_start = str(cue[1]), j - cue[0] + 1
        nouns = phrases(lang, "toll_nouns")
        for back in range(7):
            end = cue_start - 1 - back
            between = tokens[end + 1 : cue_start] if end + 1 < cue_start else []
            if any(t.is_number or t.kind is Kind.PUNCT or t.low in lang.boundaries for t in between):
                return False
            hit = nouns.ending(tokens, end)
            if hit is not None:
                moving = {p.split()[0] for p, k in lang.toll_cues.items() if k != "static"}
                if kind == "static" and any(t.low in moving for t in between):
                    return False  # "steeg van 10 naar 12": 10 is where it rose from
                if kind == "static" and any(t.low in lang.update_cues for t in between):
                    kind = "update"
                binding = Binding(m, str(hit[1]), None, "toll", cue=kind, chunk_end=m.end, confidence=0.92)
                binding.update = kind == "update"
                if kind == "projected":
                    binding.status = "projected"
                self.add(binding)
                return True
        return False

    def among_before(self, m: Mention) -> bool:
        """ "Among the dead are three children"."""
        tokens, lang = self.tokens, self.lang
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "group":
            return False
        j = m.start - 1
        skipped = 0
        while skipped < 2 and _low(tokens, j) in lang.gap_words:
            j -= 1
            skipped += 1
        metric = phrases(lang, "metric_nouns").ending(tokens, j) or phrases(lang, "predicates").ending(tokens, j)
        if metric is None:
            return False
        if phrases(lang, "among_the").ending(tokens, j - metric[0]) is None:
            return False
        self.add(Binding(m, str(metric[1]), noun[1], "among", chunk_end=m.end + noun[2], confidence=0.8))
        return True

    def subject(self, m: Mention) -> bool:
        """ "12 people were killed", "12 dead", "12 doden", "two more bodies", "3 children were among the injured"."""
        tokens, lang = self.tokens, self.lang
        k = m.end
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        direct = phrases(lang, "metric_nouns").at(tokens, k)
        if direct is not None:
            k += direct[0]
            if _low(tokens, k) in lang.increment_after and m.kind == "number":
                m.increment = True
                k += 1
            self.add(Binding(m, str(direct[1]), None, "subject", chunk_end=k, confidence=0.9))
            return True
        noun = _noun(tokens, k, lang)
        group: str | None = None
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
            k = self.skip_coordinated_subject(k)
        k = self.skip_apposition(k)
        k, gaps = self.gap(k)
        among = phrases(lang, "among_the").at(tokens, k)
        if among is not None and noun is not None:
            what = phrases(lang, "metric_nouns").at(tokens, k + among[0]) or phrases(lang, "predicates").at(
                tokens, k + among[0]
            )
            if what is None:
                return False
            self.add(Binding(m, str(what[1]), group, "among", chunk_end=k, confidence=0.8))
            return True
        predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is None:
            return False
        binding = Binding(m, str(predicate[1]), group, "subject", chunk_end=k + predicate[0])
        binding.confidence = 0.9 - 0.01 * gaps
        self.add(binding)
        return True

    def skip_coordinated_subject(self, k: int) -> int:
        """Skip "and 3 soldiers" in "2 civilians and 3 soldiers were killed"."""
        if _low(self.tokens, k) not in {"and", "en"}:
            return k
        other = self.by_start.get(k + 1)
        if other is None or other.kind != "number":
            return k
        noun = _noun(self.tokens, other.end, self.lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return k
        return other.end + noun[2]

    def skip_apposition(self, k: int) -> int:
        """Skip ", including three children," between a subject and its verb."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, k) != "," or phrases(lang, "group_cues").at(tokens, k + 1) is None:
            return k
        for j in range(k + 2, min(len(tokens), k + 12)):
            if tokens[j].low == ",":
                return j + 1
            if tokens[j].low in lang.boundaries:
                return k
        return k

    def object(self, m: Mention) -> bool:
        """ "killed 12 (people)", "killing at least 5 and injuring 12"."""
        tokens, lang = self.tokens, self.lang
        verb = phrases(lang, "active_verbs").ending(tokens, m.start - 1)
        metric: str | None = None
        metric = str(verb[1]) if verb is not None else self.coordinated(m)
        if metric is None:
            return False
        k = m.end
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        noun = _noun(tokens, k, lang)
        group: str | None = None
        if noun is not None:
            if noun[0] in {"weapon", "body"}:
                return False
            group = noun[1]
            k += noun[2]
        else:
            nxt = _tok(tokens, k)
            if not (
                nxt is None
                or nxt.kind is Kind.PUNCT
                or nxt.low in lang.boundaries
                or nxt.low in _AFTER_OBJECT
                or phrases(lang, "group_cues").at(tokens, k) is not None
            ):
                return False
        self.add(Binding(m, metric, group, "object", chunk_end=k, confidence=0.9))
        return True

    def coordinated(self, m: Mention) -> str | None:
        """The metric of the object before "and": "killed 12 civilians and 3 soldiers"."""
        j = m.start - 1
        if _low(self.tokens, j) not in _COORD:
            return None
        if _low(self.tokens, j) == "and" and _low(self.tokens, j - 1) == ",":
            j -= 1
        for b in reversed(self.bindings):
            if b.frame == "object" and b.chunk_end == j:
                noun = _noun(self.tokens, m.end, self.lang)
                return b.metric if noun is not None and noun[0] in {"people", "group"} else None
        return None

    def group(self, m: Mention) -> bool:
        """A part of the count before: "including 3 children", "at least 12 of them children"."""
        tokens, lang = self.tokens, self.lang
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1)
        k: int | None = None
        if cue is not None:
            k = m.end
        else:
            after = phrases(lang, "of_them").at(tokens, m.end)
            if after is not None:
                k = m.end + after[0]
        if k is None:
            return False
        skipped = 0
        while skipped < 2 and _low(tokens, k) in lang.gap_words | {"a", "an"}:
            k += 1
            skipped += 1
        noun = _noun(tokens, k, lang)
        if noun is None or noun[0] != "group":
            return False
        parents = [
            b
            for b in self.bindings
            if b.mention.start < m.start and b.group is None and b.frame not in {"weapon", "linked", "elliptic"}
        ]
        if not parents:
            return False
        parent = parents[-1]
        binding = Binding(m, parent.metric, noun[1], "group", chunk_end=k + noun[2], confidence=0.85, role="group")
        self.add(binding)
        return True

    def zeros(self) -> None:
        """ "no deaths (or injuries)", "no one was killed", "geen doden", "niemand raakte gewond"."""
        tokens, lang = self.tokens, self.lang
        zero, nobody = phrases(lang, "zero_words"), phrases(lang, "nobody_words")
        nouns, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
        i = 0
        while i < len(tokens):
            hit = nobody.at(tokens, i)
            table = predicates
            if hit is None:
                hit = zero.at(tokens, i)
                table = nouns
            if hit is None or _low(tokens, i - 1) in lang.negations:
                i += 1
                continue
            k = i + hit[0]
            if table is predicates:
                k, _ = self.gap(k)
            found = table.at(tokens, k)
            if found is None:
                i += 1
                continue
            mention = Mention(i, i + hit[0], Figure.exact(0), "zero")
            metrics = [str(found[1])]
            k += found[0]
            while _low(tokens, k) in {"or", "and", "of", "en", "nor"}:
                more = table.at(tokens, k + 1)
                if more is None:
                    break
                metrics.append(str(more[1]))
                k += 1 + more[0]
            for metric in dict.fromkeys(metrics):
                self.bindings.append(Binding(mention, metric, None, "zero", chunk_end=k, confidence=0.85))
            i = k


def _clause(tokens: list[Token], start: int, end: int, lang: LanguageData) -> tuple[int, int]:
    """The clause around tokens ``start``..``end``: up to punctuation or a boundary word."""
    left = start
    while left > 0 and tokens[left - 1].low not in _CLAUSE_PUNCT and tokens[left - 1].low not in lang.boundaries:
        left -= 1
    right = end
    while right < len(tokens) and tokens[right].low not in _CLAUSE_PUNCT and tokens[right].low not in lang.boundaries:
        right += 1
    return left, right


def _has_phrase(tokens: list[Token], start: int, end: int, lang: LanguageData, field_name: str) -> bool:
    table = phrases(lang, field_name)
    return any(table.at(tokens, i) is not None for i in range(start, end))


def _conditional(tokens: list[Token], left: int, right: int, lang: LanguageData) -> bool:
    """A conditional cue in the clause ``left``..``right`` that no exception cancels."""
    cues, exceptions = phrases(lang, "conditional_cues"), phrases(lang, "conditional_exceptions")
    for i in range(left, right):
        if cues.at(tokens, i) is not None and not any(exceptions.at(tokens, k) is not None for k in range(left, i + 1)):
            return True
    return False


def bind(tokens: list[Token], lang: LanguageData) -> list[Binding]:
    """Every binding in one sentence's tokens, in text order.

    Precision first: a sentence that denies what it reports ("officials denied
    reports that 50 were killed") gives nothing, nor does a clause that is
    hypothetical ("if 50 were killed") or about another event ("last year's
    attack killed 50").
    """
    if _has_phrase(tokens, 0, len(tokens), lang, "denial_cues"):
        return []
    s = _Sentence(tokens, lang)
    for m in s.mentions:
        if m.start in s.bound:
            continue
        if m.kind == "number" and (s.group(m) or s.linked(m)):
            continue
        if m.kind == "vague" and s.group(m):
            continue
        for frame in (s.toll, s.weapon, s.among_before, s.object, s.subject, s.elliptic_weapon):
            if frame(m):
                break
    s.zeros()
    preliminary = _has_phrase(tokens, 0, len(tokens), lang, "preliminary_cues")
    out = []
    for b in s.bindings:
        m = b.mention
        if m.weak_increment and b.metric not in {"killed", "injured"}:
            continue  # Dutch "nog 3 vermist" is "still 3 missing", not "3 more"
        left, right = _clause(tokens, m.start, max(b.chunk_end, m.end), lang)
        if _conditional(tokens, left, right, lang) or _has_phrase(tokens, left, right, lang, "other_event_cues"):
            continue
        if b.status != "projected" and _has_phrase(tokens, left, right, lang, "projected_cues"):
            b.status = "projected"
        if b.status == "reported" and preliminary:
            b.status = "preliminary"
        if not b.update and _has_phrase(tokens, left, m.start, lang, "update_cues"):
            b.update = True
        if m.kind == "vague":
            b.confidence -= 0.1
        if m.in_words:
            b.confidence -= 0.03
        out.append(b)
    out.sort(key=lambda b: b.mention.start)
    return out
