"""Figures a frame binds that are no count of the reported event, for :func:`casualtylog.text._frames.bind`.

Shapes found by reading the wrong claims on real news (issue 13, precision round):

- a population that only a vague part of died ("Most of the 30,000 registered
  patients died"): the figure counts the patients, not the dead;
- a statistic over many years ("More than 200 people have died in factory
  fires in the country since 2006"): incidents summed since a year well before
  the report, not one event;
- a German pluperfect dated to a day ("Am Dienstag waren bei einem Anschlag
  16 Menschen getötet worden"): the background of the report, an earlier event;
- bodies not identified ("quedan 54 cadáveres sin identificar"): no toll;
- a rate ("the disease kills 400,000 people a year"): many incidents;
- people a place houses or can hold ("a school housing 700 displaced people"):
  described, not counted;
- a comparison with another event's toll ("aussi lourd que celui du 24 août");
- an earlier event after an interval ("…, hours after a blast killed a boy")
  or after a month and "when" ("en mars, lorsque 343 drones ont visé Moscou").

Each reader looks only within the figure's stretch of the sentence (up to a
comma, a semicolon or a colon), so a sentence costs time linear in its length.
"""

from __future__ import annotations

from casualtylog.text._dated_backgrounds import dated_background_clauses
from casualtylog.text._mentions import Mention
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = [
    "compared_event",
    "dated_pluperfect",
    "group_right_after",
    "interval_sequel",
    "month_when",
    "multi_year_since",
    "per_number",
    "population_figure",
    "proportion_of",
    "rate_after",
    "sheltered",
    "sheltered_metric",
    "stretches",
    "unidentified_figure",
]

#: What ends a stretch of a sentence: a figure and a cue on either side of one of these are not read together.
_STRETCH_ENDS = frozenset({",", ";", ":", "—", "–"})


def stretches(tokens: list[Token]) -> list[int]:
    """Per token: the number of the comma-free stretch it stands in (a stretch ends at , ; : or a dash)."""
    out, k = [], 0
    for tok in tokens:
        if tok.text in _STRETCH_ENDS:
            k += 1
        out.append(k)
    return out


def population_figure(tokens: list[Token], m: Mention, lang: LanguageData) -> str | None:
    """How a figure after "most of the" reads: ``"population"``, ``"part"`` or ``None`` (no such phrase before it).

    "De meeste van de 300 patiënten overleden" counts the patients, of whom
    only a vague part died: a ``"population"``, no claim. "Most of the 50
    injured were children" still counts the injured (a metric noun right after
    the figure, or after one adjective), but only a ``"part"`` of them are
    children, so a group named after the predicate is not theirs.
    """
    if not lang.population_quantifiers or phrases(lang, "population_quantifiers").ending(tokens, m.start - 1) is None:
        return None
    nouns = phrases(lang, "metric_nouns")
    return "population" if nouns.at(tokens, m.end) is None and nouns.at(tokens, m.end + 1) is None else "part"


def group_right_after(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """A group noun right after the figure or its metric noun ("most of the 50 injured children").

    Further on it stands after the predicate ("… were children") and names only a part.
    """
    groups = phrases(lang, "group_nouns")
    return groups.at(tokens, m.end) is not None or groups.at(tokens, m.end + 1) is not None


def multi_year_since(tokens: list[Token], marks: list[int], lang: LanguageData, year: int | None) -> list[bool]:
    """Per stretch (``marks`` from :func:`stretches`): whether it holds "since <year>" two years or more before ``year``.

    "Since 2006, more than 200 people have died in such fires" sums many
    incidents over the years: a statistic, not the reported event's count.
    The year before the report's is left alone ("since 2024" in a January
    2025 report may be the event's own running count), and so is a date
    ("since 7 October 2023": a running count from a day).
    """
    out = [False] * ((marks[-1] + 1) if marks else 1)
    if year is None or not lang.since_words:
        return out
    if lang.crisis_since_tolls and any(t.low in lang.crisis_nouns for t in tokens):
        return out  # Session 12 (fres12): "confronté depuis 2015 à des attaques jihadistes qui ont fait 2 000 morts"
    for i in range(len(tokens) - 1):
        nxt = tokens[i + 1]
        if (
            tokens[i].low in lang.since_words
            and nxt.kind is NONCOUNT
            and nxt.value is not None
            and len(nxt.text) == 4
            and 1800 <= nxt.value <= year - 2
        ):
            out[marks[i]] = True
            if i + 2 < len(tokens) and tokens[i + 2].text in _STRETCH_ENDS and not _source_aside(tokens, i, lang):
                # "Since 2014, more than 20,000 …": the phrase opens the clause after its comma
                out[marks[i + 2]] = True
    return out


def _source_aside(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """ "The coalition, operating in Yemen since 2015, reported that …": "since <year>" at ``i`` ends an aside
    about a source, whose verb of saying follows in the next stretch; the clause said is no statistic of those
    years (session 13, fresh7a). One opening its clause ("Since 2014, …") or describing the count's own subject
    ("The fires, recorded since 2015, have killed …") is not such an aside."""
    if i == 0 or tokens[i - 1].text in _STRETCH_ENDS:
        return False
    for tok in tokens[i + 3 :]:
        if tok.text in _STRETCH_ENDS:
            return False
        if tok.low in lang.said_verbs:
            return True
    return False


def dated_pluperfect(tokens: list[Token], marks: list[int], lang: LanguageData) -> list[bool]:
    """Per stretch (``marks`` from :func:`stretches`): whether it holds a pluperfect auxiliary and a day.

    German reports its own event in the perfect or the preterite ("sind …
    getötet worden", "wurden getötet") and tells what happened before it in
    the pluperfect; a day ("am Dienstag", "am 7. Oktober") dates that earlier
    event. Without a day the pluperfect may still tell the report's own event
    ("Etwa 250 Menschen waren aus den Wellen gerettet worden"), so both are needed.
    French and Spanish need the date to open the clause (:mod:`casualtylog.text._dated_backgrounds`).
    """
    size = (marks[-1] + 1) if marks else 1
    auxiliary, day, own = [False] * size, [False] * size, [False] * size
    if not lang.pluperfect_auxiliaries:
        return dated_background_clauses(tokens, marks, lang)
    openers = phrases(lang, "own_event_openers") if lang.own_event_openers else None
    for i, tok in enumerate(tokens):
        if openers is not None and openers.at(tokens, i) is not None:
            # Session 20 (issue 13): the event named by its definite article ("Bei dem Brand in der Nacht zum Sonntag
            # waren 59 Menschen ums Leben gekommen", "Durch die Lawine waren am Sonntag …") is the report's own
            # event, told in the pluperfect as background to the report; "bei einem Anschlag" stays another one
            own[marks[i]] = True
        elif tok.low in lang.said_participles:
            # a figure said before ("hatte … am Sonntag die Zahl der Toten noch mit 110 angegeben"): the day dates
            # the saying, an earlier count of the same toll (the guide's "earlier figures", reported)
            own[marks[i]] = True
        if tok.low in lang.pluperfect_auxiliaries:
            auxiliary[marks[i]] = True
        # session 14 (fresh9rom): not a day after "seit", a span up to the report ("hatten seit Freitag … verlassen")
        elif (tok.low in lang.weekdays and not (i > 0 and tokens[i - 1].low in lang.since_words)) or (
            # the day is a date, no count, since session 12 (fresh12: ``day_month_joiners``): its digits say so
            tok.low in lang.months and i > 1 and tokens[i - 1].text == "." and tokens[i - 2].text.isdigit()
        ):
            day[marks[i]] = True
    return [a and d and not o for a, d, o in zip(auxiliary, day, own, strict=True)]


def unidentified_figure(tokens: list[Token], m: Mention, marks: list[int], lang: LanguageData) -> bool:
    """An "unidentified" word in the figure's stretch just after it ("quedan 54 cadáveres sin identificar").

    Bodies not yet identified are a task of the morgue, not a toll: the
    annotation guide gives them no claim ("bodies unidentified … give no claim").
    """
    if not lang.unidentified_words:
        return False
    table = phrases(lang, "unidentified_words")
    end = min(len(tokens), m.end + _UNIDENTIFIED_REACH)
    return any(table.at(tokens, k) is not None for k in range(m.end, end) if marks[k] == marks[m.start])


#: How far after a figure an "unidentified" word may stand ("54 bodies that remain unidentified").
_UNIDENTIFIED_REACH = 5


def interval_sequel(tokens: list[Token], lang: LanguageData) -> int | None:
    """Where an earlier event starts in "…, hours after a blast killed a boy": the "after", or ``None``.

    An interval noun, "after" and an indefinite article within two words
    ("hours after a", "horas después de un") tell a second, earlier event.
    Only a sentence that has told its own count before that point reads so
    (``bind`` checks): "Rescuers searched, hours after an earthquake struck,
    killing 12" tells the report's own event after it.
    """
    if not lang.interval_nouns:
        return None
    for i in range(1, len(tokens) - 1):
        # Session 13 (fresh7c): "de que" before the article ("un mes después de que un incendio …")
        reach = i + 4 if i + 2 < len(tokens) and tokens[i + 2].low == "que" else i + 3
        if (
            tokens[i].low in lang.after_words
            and tokens[i - 1].low in lang.interval_nouns
            and any(t.low in lang.ambiguous_number_words for t in tokens[i + 1 : reach])
        ):
            return i
    return None


def month_when(tokens: list[Token], lang: LanguageData) -> int | None:
    """The "when" of "in March, when 343 drones targeted Moscow": figures after it count that earlier event.

    A month with no day, after a year's preposition ("en mars", "im März") and
    followed by a comma and a "when" word, dates another event, as "since
    …, when" does; a day ("on 12 March, when …") may be the report's own.
    """
    if not lang.when_words:
        return None
    for i in range(1, len(tokens) - 2):
        if (
            tokens[i].low in lang.months
            and tokens[i - 1].low in lang.year_preps
            and tokens[i + 1].text == ","
            and tokens[i + 2].low in lang.when_words
        ):
            return i + 2
    return None


#: How many words (a noun, an adjective) may stand between a figure and its rate ("400,000 people a year").
_RATE_REACH = 2
#: Where a rate holds, after it: still a statistic ("kill 12,000 people a year in Europe", "a year worldwide");
#: a time after the rate ("a day after the quake") dates a count instead.
#: "by" closes a projection to a year ("could kill 5,000 people a year by 2050").
_RATE_WHERE = frozenset({"in", "across", "worldwide", "globally", "nationwide", "wereldwijd", "landelijk", "by"})


def rate_after(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """A rate closes the figure's phrase ("the disease kills 400,000 people a year."): a statistic, no count.

    Only at the end of a clause: "killed 12 people a day after the quake" dates the count.
    """
    if not lang.rate_periods:
        return False
    table = phrases(lang, "rate_periods")
    for k in range(m.end, min(len(tokens), m.end + _RATE_REACH + 1)):
        hit = table.at(tokens, k)
        if hit is not None:
            after = k + hit[0]
            return after >= len(tokens) or tokens[after].kind is PUNCT or tokens[after].low in _RATE_WHERE
        if tokens[k].kind is not WORD:
            return False
    return False


#: The preposition of a rate per a number of people or births ("2 deaths per 100,000 inhabitants", "12 doden per
#: 1.000 inwoners"): English and Dutch write it alike.
_PER = frozenset({"per"})


#: Session 12 (fa12): the prepositions of the other languages' rates ("30 morts pour 100 000 habitants", "30 Tote pro
#: 100.000 Einwohner", "30 muertes por cada 100.000 habitantes"), and "cada" between; each also means "for" or
#: "by", so only before a round denominator (a power of ten from 100) of people ("100.000 habitantes"): "20 heridos
#: por 3 explosiones" and "12 muertos por 100 disparos" stay counts.
_ROUND_PER = frozenset({"pro", "pour", "por"})
_PER_EACH = frozenset({"cada"})


def _round_denominator(tok: Token) -> bool:
    value = tok.value
    return value is not None and value >= 100 and str(value).rstrip("0") == "1"


def per_number(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """A rate per a number follows the figure ("2 deaths per 100,000 inhabitants"): a statistic, no count.

    Only before a number: "3 people per vehicle" is left alone (rates per a period are ``rate_after``'s).
    """
    for k in range(m.end, min(len(tokens) - 1, m.end + _RATE_REACH + 1)):
        if tokens[k].low in _PER:
            after = tokens[k + 1]
            return after.is_number or (after.kind is NONCOUNT and after.text[:1].isdigit())
        if tokens[k].low in _ROUND_PER:
            j = k + 2 if tokens[k + 1].low in _PER_EACH and k + 2 < len(tokens) else k + 1
            return _round_denominator(tokens[j]) and j + 1 < len(tokens) and tokens[j + 1].low in lang.people_nouns
        if tokens[k].kind is not WORD:
            return False
    return False


#: How many words (a noun, an adjective) may stand between "one" and the preposition of a proportion.
_PROPORTION_REACH = 2


def proportion_of(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """The figure is the whole of a proportion: "un enfant sur trois", "un niño de cada tres" ("one child in
    three"): a share of the victims, no count of them (3 is not how many were hurt). So is its "one" ("one out
    of five passengers": not one passenger)."""
    if not lang.proportion_preps:
        return False
    table = phrases(lang, "proportion_preps")
    if m.end - m.start == 1 and _one(tokens[m.start], lang):
        # The share's "one" is no count either ("one out of five passengers was injured": not one injured).
        for k in range(m.end, min(len(tokens), m.end + _PROPORTION_REACH + 1)):
            hit = table.at(tokens, k)
            if hit is not None:
                after = k + hit[0]
                return after < len(tokens) and tokens[after].is_number
            if tokens[k].kind is not WORD:
                return False
    hit = table.ending(tokens, m.start - 1)
    if hit is None:
        return False
    prep = m.start - hit[0]
    for k in range(prep - 1, max(-1, prep - 2 - _PROPORTION_REACH), -1):
        tok = tokens[k]
        if _one(tok, lang) or (tokens[m.start - 1].low in _EACH and _share(tok, lang)):
            return True
        if tok.kind is not WORD:
            return False
    return False


#: The words of "each" that make any number before them a share (session 11): "Tres de cada diez heridos son
#: motoristas" (10 is no count of the injured); "34 out of 35 drones", "34 drones sur 35" are parts of a count.
_EACH = frozenset({"cada", "every", "elke", "iedere", "chaque"})


def _share(tok: Token, lang: LanguageData) -> bool:
    """A number before a preposition of "each" is the share of a rate, as "one" is before any."""
    return tok.is_number


def _one(tok: Token, lang: LanguageData) -> bool:
    return tok.low in lang.ambiguous_number_words or (tok.is_number and tok.value == 1)


#: The metrics of people somewhere that a description of a place counts ("a school housing 700 displaced").
_SHELTERED_METRICS = frozenset({"displaced", "evacuated", "injured", "affected"})


def sheltered(tokens: list[Token], lang: LanguageData) -> list[int]:
    """Prefix counts of ``shelter_cues`` starts: ``out[j] - out[i]`` counts the cues in ``[i, j)``."""
    if not lang.shelter_cues:
        return [0] * (len(tokens) + 1)
    return phrases(lang, "shelter_cues").hits(tokens)


def sheltered_metric(metric: str) -> bool:
    """Whether a shelter cue in its clause makes a figure of ``metric`` a description ("home to 40,000 displaced").

    The annotation guide: the people living in a place that was hit are
    described, not counted as displaced by the event; so are the places a
    shelter or a hospital has ("can hold up to 4,000", "prepared to receive 500 injured").
    """
    return metric in _SHELTERED_METRICS


def compared_event(tokens: list[Token], lang: LanguageData) -> int | None:
    """Where a comparison with another event's toll begins: "aussi lourd que celui du 24 août (près de 300 morts)".

    Every figure after "that of" (``compared_cues``) counts the event compared with, as one after
    "the deadliest since" does (``comparison_start``); ``None`` if the sentence has no such phrase.
    """
    if not lang.compared_cues:
        return None
    table = phrases(lang, "compared_cues")
    return next((i for i in range(len(tokens)) if table.at(tokens, i) is not None), None)
