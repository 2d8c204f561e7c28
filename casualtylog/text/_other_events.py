"""Where a sentence turns to another event, for :func:`casualtylog.text._frames.bind`.

A figure after an earlier year ("In 2008, a quake killed 70,000"), after a
comparison ("the deadliest attack since 2009, when 100 died"), after an
opening phrase about another event ("In a similar attack, 20 people were
killed") or in a sentence opened by one ("En aquella ocasión, …") counts that
other event, so ``bind`` drops it. Each reader walks the sentence once; kept
apart from ``bind`` so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text import _bind_rules as rules
from casualtylog.text._clause_cues import CLAUSE_PUNCT, Cues
from casualtylog.text._mentions import _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["PERIOD_WORDS", "comparison_start", "earlier_year", "intro_other_event", "opens_with_other_event"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words of a period, not an event, before "of" and a year ("the first half of 2018", "à la fin de 2019"):
#: the figures of such a period may be the report's own running count.
PERIOD_WORDS = _words(
    "half helft hälfte moitié mitad beginning begin beginn anfang début inicio comienzos principios start "
    "end eind einde ende fin final finales middle midden mitte milieu mediados quarter kwartaal quartal "
    "trimestre semestre summer zomer sommer été verano winter hiver invierno spring voorjaar frühjahr "
    "printemps primavera autumn najaar herbst automne otoño year jaar jahr année año month maand monat mois mes "
    "week woche semaine semana"
)

#: How far before a full date a "since" may stand ("since the Israel-Hamas war began on October 7, 2023").
_SINCE_DATE_REACH = 12


def _crisis_since(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """ "Since the war began in 2022, 10,000 civilians have been killed": a "since" and a noun of an ongoing crisis
    before the year at ``i`` make the count a running toll of that crisis, which the corpus guide counts; "since
    records began in 1990" stays a statistic over many incidents."""
    if not lang.crisis_nouns:
        return False
    window = tokens[max(0, i - _SINCE_DATE_REACH) : i]
    since = next((k for k, t in enumerate(window) if t.low in lang.since_words), None)
    return since is not None and any(t.low in lang.crisis_nouns for t in window[since:])


def _opening_year_verb(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A year opening the sentence right before a lower-case word that names no victims or metric: a verb, so
    the year is the clause's time ("2015 starben 130 Menschen"), as after "in"."""
    if i != 0 or len(tokens) < 2:
        return False
    nxt = tokens[1]
    return (
        nxt.kind is WORD
        and not nxt.is_capitalised
        and nxt.low not in lang.people_nouns
        and phrases(lang, "metric_nouns").at(tokens, 1) is None
        and phrases(lang, "group_nouns").at(tokens, 1) is None
    )


def _opening_phrase_year(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A year after one opening adverb of earlier time and right before a verb dates the clause, as a year opening
    the sentence does ("Bereits 2019 forderte ein Erdbeben 40 Todesopfer", "Schon 2018 hatte es … gegeben"; German
    puts the verb second, with no "in" before the year). Not a noun before the year: "Bei der Flutkatastrophe 2021
    starben mehr als 180 Menschen" may tell the report's own event (test_issue13_precision7_shapes)."""
    if i != 1 or len(tokens) < 3 or tokens[0].low not in lang.year_adverbs:
        return False
    nxt = tokens[2]
    return nxt.kind is WORD and not nxt.is_capitalised  # a verb: German capitalises its nouns


def earlier_year(tokens: list[Token], lang: LanguageData, year: int | None) -> int | None:
    """The position of the first year before ``year`` that dates another event ("In 2008, …", "the 2004 tsunami")."""
    if year is None:
        return None
    for i, tok in enumerate(tokens):
        if (
            tok.kind is NONCOUNT
            and tok.value is not None
            and len(tok.text) == 4
            and 1800 <= tok.value < year
            and (
                (_low(tokens, i - 1) in lang.year_preps and not _crisis_since(tokens, i, lang))
                or _opening_year_verb(tokens, i, lang)  # "2015 kamen bei den Anschlägen 130 Menschen ums Leben"
                or _opening_phrase_year(tokens, i, lang)  # "Bereits 2019 forderte ein Erdbeben 40 Todesopfer"
                or _low(tokens, i - 1) in lang.determiners
                # A full date ("du 11 juin 1909") dates another event only when clearly older:
                # the event itself may have happened late in the year before the report.
                # Session 13 (fresh7b): not a running count since then ("sinds oktober 2023 zijn 70.000 doden
                # gevallen", "seit dem 7. Oktober 2023"), as for the dates below
                or (
                    _low(tokens, i - 1) in lang.months
                    and tok.value < year - 1
                    and not any(t.low in lang.since_words for t in tokens[max(0, i - _SINCE_DATE_REACH) : i])
                )
                # "De tsunami van 2004", "La DANA de 2024": a year after "of" that names an event, not a date's
                # ("el 3 de marzo de 2024" is one, its month before "de").
                or (
                    _low(tokens, i - 1) in lang.year_of_preps
                    and i > 1
                    and tokens[i - 2].kind is WORD
                    and tokens[i - 2].low not in lang.months
                    and tokens[i - 2].low not in PERIOD_WORDS  # "in de eerste helft van 2018": a period
                )
                # "El 6 de julio de 2000, 28 personas …": a full date with "of" between its month and year,
                # clearly older, as above; not a running count since then ("desde el 7 de octubre de 2023").
                or (
                    _low(tokens, i - 1) in lang.year_of_preps
                    and _low(tokens, i - 2) in lang.months
                    and tok.value < year - 1
                    and not any(t.low in lang.since_words for t in tokens[max(0, i - _SINCE_DATE_REACH) : i])
                )
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


def intro_other_event(tokens: list[Token], cues: Cues) -> tuple[int, int] | None:
    """The clause after an opening phrase about another event ("In a similar attack, 20 people were killed")."""
    comma = cues.right[0]
    # Only a short phrase: a whole clause before the comma ("Daar brak vorig jaar een oorlog uit, waardoor …")
    # tells what the event after it follows from, not another event.
    if comma > _INTRO_REACH or comma >= len(tokens) - 1 or tokens[comma].text != ",":
        return None
    if not cues.any_in(cues.other_event, 0, comma):
        return None
    # The phrase governs the whole clause after it, "and" included ("a temblor that shook Syria and Turkey killed …").
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].text in CLAUSE_PUNCT), len(tokens))
    return comma + 1, end


#: How far into a sentence an opening adverbial of another event may start ("Y en aquella ocasión, …").
_OPENER_REACH = 3


def opens_with_other_event(tokens: list[Token], lang: LanguageData) -> bool:
    """A sentence that opens with another event's cue and a comma ("En aquella ocasión, nueve perdieron la vida").

    The adverbial sets the time of the whole sentence, not only of its own clause.
    """
    cues, openers = phrases(lang, "other_event_cues"), phrases(lang, "other_event_openers")
    counted = rules.other_event_hits(tokens, lang)  # "In the last week, …" is no other event
    for i in range(min(_OPENER_REACH, len(tokens))):
        hit = (cues.at(tokens, i) if counted[i + 1] > counted[i] else None) or openers.at(tokens, i)
        if hit is not None:
            after = i + hit[0]
            # A verb-second language puts its finite verb where English has the comma ("In september kwamen
            # 21 mensen om"); a number or a month after the phrase goes on with the date ("in maart 2020").
            return _low(tokens, after) == "," or (
                (lang.split_predicates or lang.verb_second_openers)  # session 14 (fresh10rom): German too
                and after < len(tokens)
                and tokens[after].kind is WORD
                and tokens[after].low not in lang.months
            )
    return False


def comparison_start(tokens: list[Token], lang: LanguageData) -> int | None:
    """Where another event begins in "the deadliest attack since 2009, when 100 died": the "since" after a superlative."""
    superlative = False
    for i, tok in enumerate(tokens):
        if tok.low in lang.superlatives:
            superlative = True
        elif superlative and tok.low in lang.since_words:
            return i
    return None
