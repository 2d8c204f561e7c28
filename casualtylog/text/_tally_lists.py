"""Session 14 (fresh9rom): a bare count in a comma list of tallies takes the group of the count before it.

"Cette attaque a fait cinq soldats tués, trois blessés et quatre autres sont portés disparus": the three wounded
are soldiers as they would be after "et" ("cinq soldats tués et trois blessés"). Only when the list item before
the comma ends in a casualty word (a predicate or a metric noun: "tués", "muertos") and the count after it is
followed by one too, so a comma that opens another clause or an aside ("…, 12 blessés graves selon la police"
after a place) is read as before (:func:`after_tally_comma`; which bare counts may take that group,
:func:`bare_kind`).

The other parts of such a tally, read by the frames named: a severity after an adverb of degree ("dont sept très
grièvement", :func:`past_intensifier`, the part frame), a part's group after "parmi les" ("six parmi les enfants",
:func:`among_after`, the group frame) and an elided clause repeated on another day ("et quatre autres le
lendemain", :func:`elided_time_after`, the parallel frame).
"""

from __future__ import annotations

from casualtylog.text._mention import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._tally_part_words import (
    AMONG_PREPOSITIONS,
    DEGREE_PREPOSITIONS,
    ELIDED_TIMES,
    INTENSIFIERS,
)

__all__ = ["after_tally_comma", "among_after", "bare_kind", "elided_time_after", "past_intensifier"]


def after_tally_comma(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` follows a comma that closes the casualty tally before it ("cinq soldats tués, trois blessés")."""
    comma = m.start - 1
    if comma < 2 or tokens[comma].text != "," or m.end >= len(tokens):
        return False
    if not _casualty_word_ending(tokens, comma - 1, lang):
        return False
    # the tally before the comma holds a count of its own: a number within a few words of its casualty word
    if not any(t.is_number for t in tokens[max(0, comma - _ITEM) : comma - 1]):
        return False
    # session 20 (fields21): the item's auxiliaries before its casualty word ("Quatre randonneurs sont morts, cinq ont
    # été blessés", fr-6d965e78-1): the same tally item, its verb written out
    k = m.end
    while k - m.end < _AUXILIARIES and _low(tokens, k) in lang.gap_words and _casualty_word_at(tokens, k, lang) == 0:
        k += 1
    width = _casualty_word_at(tokens, k, lang)
    # "Quatre détenus morts, 8 blessés dont un surveillant de prison": its own list says who the 8 are
    return width > 0 and phrases(lang, "group_cues").at(tokens, k + width) is None


#: The most words of one tally item before the comma ("cinq soldats ont été tués": the number within 6).
_ITEM = 6
#: Session 20 (fields21): the most auxiliaries between a tally item's count and its casualty word ("ont été").
_AUXILIARIES = 2
#: Session 14 (fresh10en): vague figures that are the plural of a round number ("dozens", "hundreds").
_ROUND_PLURALS = frozenset({"dozens", "scores", "hundreds", "thousands"})


def _casualty_word_ending(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    return (
        phrases(lang, "predicates").ending(tokens, k) is not None
        or phrases(lang, "metric_nouns").ending(tokens, k) is not None
    )


def _casualty_word_at(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """How many words the casualty word (or "others") at ``k`` takes; 0 for none."""
    if _low(tokens, k) in lang.others_words:
        return 1
    hit = phrases(lang, "predicates").at(tokens, k) or phrases(lang, "metric_nouns").at(tokens, k)
    return 0 if hit is None else hit[0]


def bare_kind(m: Mention) -> bool:
    """A count that may take the group before it: a number, or an approximate noun ("una decena": about 10), not a
    vague word ("Al menos 15 civiles murieron y varios resultaron heridos": the several are anyone)."""
    # session 14 (fresh10en): the plural of a round number ("At least 15 civilians were killed and dozens wounded",
    # en-1b0965d4-1) counts more of the same people, as "30 wounded" does; "several", "many" stay anyone
    if m.kind != "vague":
        return m.kind == "number"
    figure = str(m.figure)
    return figure.startswith("about ") or figure in _ROUND_PLURALS


def past_intensifier(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """``k + 1`` when an adverb of degree at ``k`` stands before a word of how badly ("dont sept très grièvement",
    "dos de ellos muy graves"), or a preposition before a noun of it ("una de gravedad"), so the part reads its
    severity; else ``k``."""
    before = INTENSIFIERS.get(lang.code, frozenset()) | DEGREE_PREPOSITIONS.get(lang.code, frozenset())
    if _low(tokens, k) in before and _low(tokens, k + 1) in lang.severity_words:
        return k + 1
    return k


def among_after(tokens: list[Token], m: Mention, lang: LanguageData) -> int | None:
    """How many words of "among the" follow a bare number that a comma or "and" joins to the count before it ("12
    blessés, six parmi les enfants et cinq chez les adultes": six of the 12 are children); ``None`` for none."""
    if m.kind != "number" or m.start == 0:
        return None
    if tokens[m.start - 1].text != "," and _low(tokens, m.start - 1) not in lang.coordinators:
        return None
    hit = phrases(lang, "among_the").at(tokens, m.end)
    if hit is not None:
        return hit[0]
    pair = f"{_low(tokens, m.end)} {_low(tokens, m.end + 1)}"
    return 2 if pair in AMONG_PREPOSITIONS.get(lang.code, frozenset()) else None


def elided_time_after(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A time at ``k`` that repeats an elided clause on another day ("… et quatre autres le lendemain"), or a
    weekday with its article, and no predicate of its own after it."""
    end = k
    if _low(tokens, k) in lang.weekdays:
        end = k + 1
    elif _low(tokens, k) in lang.determiners and _low(tokens, k + 1) in lang.weekdays:
        end = k + 2
    else:
        for size in (4, 3, 2, 1):
            if " ".join(_low(tokens, j) for j in range(k, k + size)) in ELIDED_TIMES.get(lang.code, frozenset()):
                end = k + size
                break
    # not the time of the count's own predicate ("quatre autres le lendemain ont été blessés": no verb elided)
    return end > k and phrases(lang, "predicates").at(tokens, end) is None and _low(tokens, end) not in lang.gap_words
