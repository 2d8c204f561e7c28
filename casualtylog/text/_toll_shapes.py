"""Running totals by their shape rather than a listed phrase.

A *counted noun phrase*: a noun of number ("aantal", "Zahl") before the noun
of what is counted, with adjectives or an "of" between ("het bevestigde
aantal gewonden kinderen", "die Zahl der Schwerverletzten"); or before a noun
of people whose relative clause holds the predicate ("het aantal burgers dat
tijdens de oorlog gewond is geraakt"). And a change whose verb stands between
its two counts ("is van 1252 gestegen naar 1333").
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._binding import SentenceBase
from casualtylog.text._counted_participle import participle_after_people
from casualtylog.text._cue_words import update_verbs
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun, _unlisted_modifier, compound_metric
from casualtylog.text._opening_modifiers import described_opening
from casualtylog.text._phrases import phrases
from casualtylog.text._romance_shapes import romance_counted_ending
from casualtylog.text._tokens import WORD, Token
from casualtylog.text._weapon_frames import _RELATIVE
from casualtylog.text.lang import LanguageData

__all__ = [
    "confirmed_before",
    "counted_ending",
    "day_before",
    "opening_metric",
    "opens_with_metric",
    "verb_final_change",
]

#: Words between the noun of number and the noun counted ("het aantal gedwongen ontheemden").
_MODIFIERS = 2


def counted_ending(
    tokens: list[Token], end: int, lang: LanguageData, clause_end: int
) -> tuple[int, str, str | None] | None:
    """A counted noun phrase ending at ``end``: (its length, metric, group), or ``None``.

    ``clause_end`` bounds the relative clause that may hold the predicate of a
    noun of people ("aantal burgers dat … gewond is geraakt").
    """
    if not lang.count_nouns:
        return None
    romance = romance_counted_ending(tokens, end, lang)  # "la cifra oficial de fallecidos"
    if romance is not None:
        return romance
    metric: str | None = None
    group: str | None = None
    head = end
    noun = _noun(tokens, end, lang)
    if noun is not None and noun[0] == "group":
        group = noun[1]
    metric_hit = phrases(lang, "metric_nouns").ending(tokens, end - (1 if group else 0))
    compound = compound_metric(_tok(tokens, end), lang)
    if metric_hit is None and compound is not None:  # "die Zahl der Schwerverletzten"
        metric_hit, group = (1, compound[0]), compound[1]
    participle = participle_after_people(tokens, end, lang) if compound is None else None
    if participle is not None:  # fresh8en: "the number of civilians killed"
        head, metric, group = participle
    elif metric_hit is not None:
        metric, head = str(metric_hit[1]), end - (1 if group else 0) - metric_hit[0] + 1
    elif noun is not None and noun[0] in {"people", "group"} and noun[2] == 1:
        metric = _participle_before(tokens, end, lang)  # "het aantal bevestigde overleden personen"
        if metric is None:
            predicates = phrases(lang, "predicates")
            found = next(
                (p for p in (predicates.at(tokens, t) for t in range(end + 1, clause_end)) if p is not None),
                None,
            )
            opener = end + 2 if _low(tokens, end + 1) == "," else end + 1  # German commas its relative clauses
            # session 20 (miss21a): and the language's own relative pronoun of people ("the number of people who
            # died from the eruptions rose to 259", as "het aantal burgers dat … gewond is geraakt")
            if found is None or _low(tokens, opener) not in _RELATIVE | lang.relative_openers:
                return None  # the predicate must stand in a relative clause on the noun
            metric = str(found[1])
    else:
        return None
    j = head - 1
    for _ in range(_MODIFIERS):
        if _low(tokens, j) in lang.count_nouns:
            break
        of = phrases(lang, "of_words").ending(tokens, j)
        if of is not None:
            j -= of[0]
        elif _unlisted_modifier(_tok(tokens, j), lang) or _modifier_word(tokens, j, lang):
            j -= 1
        else:
            count = _count_noun_before_phrase(tokens, head - 1, lang)
            return None if count is None else (end - count + 1, metric, group)
    if _low(tokens, j) not in lang.count_nouns:
        return None
    return end - j + 1, metric, group


#: How many words a prepositional phrase inside a counted noun phrase may take ("bei dem schweren Angriff").
_INNER_PHRASE = 6


def _count_noun_before_phrase(tokens: list[Token], j: int, lang: LanguageData) -> int | None:
    """The noun of number before a prepositional phrase ending at ``j``, or ``None``.

    An extended participle puts a phrase between the noun of number and the
    participle: "die Zahl der bei dem Angriff getöteten Zivilisten", "het
    aantal bij de aanval gedode burgers". The phrase opens with a lower-case
    word (its preposition) and holds only words.
    """
    for back in range(_INNER_PHRASE):
        k = j - back
        tok = _tok(tokens, k)
        if tok is None or tok.is_number or tok.kind is not WORD or tok.low in lang.boundaries:
            return None
        opener = k
        of = phrases(lang, "of_words").ending(tokens, opener - 1)
        before = opener - 1 - (of[0] if of is not None else 0)
        if back >= 1 and not tok.is_capitalised and _low(tokens, before) in lang.count_nouns:
            return before
    return None


def _modifier_word(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """A listed word that modifies the counted noun: a confirmation or a participle ("bevestigde", "overleden")."""
    return (
        phrases(lang, "confirmed_cues").at(tokens, j) == (1, _low(tokens, j))
        or phrases(lang, "predicates").at(tokens, j) is not None
    )


def _participle_before(tokens: list[Token], end: int, lang: LanguageData) -> str | None:
    """The metric of a participle or adjective just before the noun at ``end`` ("overleden personen", "gewonde mannen")."""
    for j in (end - 1, end - 2):
        hit = phrases(lang, "predicates").at(tokens, j) or phrases(lang, "metric_nouns").at(tokens, j)
        if hit is not None and hit[0] == 1:
            return str(hit[1])
    return None


def confirmed_before(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """Whether a confirmed cue qualifies the toll noun at ``start``..``end`` ("het geverifieerde aantal …")."""
    confirmed = phrases(lang, "confirmed_cues")
    return any(confirmed.at(tokens, i) is not None for i in range(max(0, start - 1), end + 1))


def verb_final_change(sentence: SentenceBase, j: int) -> Mention | None:
    """The first count of "van 1252 gestegen naar 1333" (the verb between the two counts), ``j`` at "naar"."""
    tokens, lang = sentence.tokens, sentence.lang
    before = sentence.mention_ending(j - 2)
    if before is None or _low(tokens, before.start - 1) not in {"from", "van", "von", "de", "desde"}:
        return None
    return before if _low(tokens, j - 1) in update_verbs(lang) else None


#: How many adverbs may stand between a toll verb and its particle ("ligt daarmee al op").
_SPLIT_CUE_REACH = 3


def split_cue(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
    """A two-word toll cue whose words adverbs hold apart, ending at ``j``: (where it starts, its kind).

    "Het dodental ligt daarmee al op meer dan 270": "ligt … op" is "ligt op".
    """
    particle = _low(tokens, j)
    for back in range(1, _SPLIT_CUE_REACH + 1):
        i = j - back - 1
        between = tokens[i + 1 : j]
        if i < 0 or not all(t.low in lang.gap_words or _unlisted_modifier(t, lang) for t in between):
            return _cue_around_source(tokens, j, lang)
        kind = lang.toll_cues.get(f"{_low(tokens, i)} {particle}")
        if kind is not None:
            return i, kind
    return _cue_around_source(tokens, j, lang)


#: How many words an "according to" phrase inside a split toll cue may take ("nach Angaben der Behörden").
_SOURCE_REACH = 6


def _cue_around_source(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
    """A two-word toll cue held apart by an "according to" phrase: "liegt nach Angaben der Behörden bei 40".

    The phrase opens right after the verb and holds only words up to the particle at ``j``.
    """
    according = phrases(lang, "according_to")
    particle = _low(tokens, j)
    for back in range(2, _SOURCE_REACH + 2):
        i = j - back - 1
        if i < 0 or any(t.kind is not WORD for t in tokens[i + 1 : j]):
            return None
        kind = lang.toll_cues.get(f"{_low(tokens, i)} {particle}")
        if kind is not None and according.at(tokens, i + 1) is not None:
            return i, kind
    return None


def opening_metric(
    tokens: list[Token], end: int, cue: tuple[int, int], kind: str, lang: LanguageData
) -> tuple[int, object] | None:
    """A metric noun that opens the sentence and stands for its own toll, ending at ``end``: "Deaths now stand at
    2,145", "Les morts s'élèvent à 31", "Die Toten belaufen sich auf 31" (session 12, rec12).

    Spanish lists "los muertos" among its toll nouns; this reads the shape in every language, but only with a
    cue (its first and last token) of more than one word, or of one after a verb of its own ("belaufen sich …
    auf"): no bare copula ("The dead were 31 Afghans" tells who they were), no preposition after an auxiliary
    ("De gewonden werden naar 3 ziekenhuizen gebracht"); and only at the sentence's start (an article before
    the noun at most).
    """
    if cue[0] == cue[1] and (cue[0] == end + 1 or _low(tokens, end + 1) in lang.gap_words):
        return None  # a copula, or a preposition after an auxiliary ("De gewonden werden naar 3 ziekenhuizen gebracht")
    cue_words = _cue_words(lang)
    if kind == "static" and any(
        t.low not in cue_words and t.low not in lang.gap_words for t in tokens[end + 1 : cue[0]]
    ):
        # a word of no cue before a cue of state: "The fatality rate is about 1 in 10" counts no deaths (a cue that
        # moves the total may have its verb between: "Die Toten belaufen sich auf 88", "De doden lopen op tot 88")
        return None
    hit = phrases(lang, "metric_nouns").ending(tokens, end)
    if hit is None:
        return None
    start = end - hit[0] + 1
    if start > 1 or (start == 1 and _low(tokens, 0) not in lang.determiners):
        # session 14 (fresh9en): "Cumulative confirmed deaths have jumped to 17"
        return hit if described_opening(tokens, start, lang) else None
    return hit


def day_before(tokens: list[Token], j: int, lang: LanguageData) -> int | None:
    """Where a day name ending at ``j`` starts, less one: the position a toll's cue ends at when the day stands
    between it and the figure ("bereikte vrijdag 40", "erreichte am Freitag 40", "a atteint vendredi 40";
    session 12, rec12). A word of ``day_preps`` before the day is the day's ("am", "op", "ce"). ``None``: no day.
    """
    if _low(tokens, j) not in lang.weekdays:
        return None
    return j - 2 if _low(tokens, j - 1) in lang.day_preps else j - 1


def opens_with_metric(tokens: list[Token], lang: LanguageData) -> bool:
    """Whether a metric noun opens the sentence (an article before it at most): only then may
    :func:`opening_metric` find a toll in a sentence with no toll noun."""
    table = phrases(lang, "metric_nouns")
    if table.at(tokens, 0) is not None or (_low(tokens, 0) in lang.determiners and table.at(tokens, 1) is not None):
        return True
    # session 14 (fresh9en): "Cumulative confirmed deaths have jumped to 17": words describing it before it
    return any(table.at(tokens, k) is not None and described_opening(tokens, k, lang) for k in range(1, 4))


@lru_cache(maxsize=16)
def _cue_words(lang: LanguageData) -> frozenset[str]:
    """Every word of the language's toll cues ("belaufen" of "belaufen sich auf"): what may stand between an
    opening metric noun and the last words of its cue."""
    return frozenset(word for cue in lang.toll_cues for word in cue.split())
