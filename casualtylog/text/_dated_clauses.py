"""Clauses that date a figure to an earlier event: a year right after it ("417 muertos en 2017")
and the clause after "since …, when" ("Desde el 7 de octubre, cuando Hamás perpetró un ataque …")."""

from __future__ import annotations

from casualtylog.text._other_events import PERIOD_WORDS
from casualtylog.text._passive_sequel import passive_following, ranking_follow
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["dated_earlier_after", "dated_later", "sequel_start", "since_when_span"]


#: How many tokens after a figure (and its noun or verb) a year may date it ("87.000 morts et disparus en 2008").
_DATED_REACH = 5


def dated_earlier_after(tokens: list[Token], end: int, lang: LanguageData, year: int | None) -> bool:
    """A figure dated by an earlier year right after it ("417 muertos en 2017", "après quatre morts en 2019").

    Such a figure counts another, earlier event, as one after "In 2008, …"
    does; ``year`` is the report's. Only "and" and more metric words may
    stand between ("morts et disparus en 2008"): "menores nacidos en 2011" is
    a birth year.
    """
    if year is None:
        return False
    k = end
    while k < min(len(tokens) - 1, end + _DATED_REACH):
        tok, nxt = tokens[k], tokens[k + 1]
        if (
            tok.low in lang.year_preps
            and nxt.kind is NONCOUNT
            and nxt.value is not None
            and len(nxt.text) == 4
            and 1800 <= nxt.value < year
        ):
            return True
        more = phrases(lang, "metric_nouns").at(tokens, k) or phrases(lang, "predicates").at(tokens, k)
        if more is not None:
            k += more[0]
        elif tok.low in lang.number_joiners or tok.low in {"and", "et", "y", "en", "und"}:
            k += 1
        else:
            return False
    return False


#: How many tokens may stand between "since" and the comma before "when" ("Desde el 7 de octubre, cuando …").
_SINCE_REACH = 8


#: Relative pronouns that go on telling the earlier event after a comma ("…, als die Hamas … verübte, bei dem …").
_RELATIVES = frozenset({"dem", "denen", "der", "welchem", "waarbij", "waarin", "waarvan", "which", "whom", "where"})


def _relative_after(tokens: list[Token], comma: int) -> bool:
    """A relative clause after the comma at ``comma``: its pronoun first or after one preposition ("bei dem")."""
    return any(k < len(tokens) and tokens[k].low in _RELATIVES for k in (comma + 1, comma + 2))


def since_when_span(tokens: list[Token], lang: LanguageData) -> tuple[int, int] | None:
    """The clause after "since …, when" ("Desde el 7 de octubre, cuando Hamás perpetró un ataque que dejó …").

    It tells the earlier event that a running count starts from; its
    figures (with a list that goes on after a comma: "1.400 muertos, 5.400
    heridos") count that event and are no claims. ``None`` if there is none.
    """
    if not lang.when_words:
        return None
    qualifiers = phrases(lang, "qualifiers")
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.low not in lang.since_words:
            continue
        comma = next((c for c in range(i + 1, min(n - 1, i + _SINCE_REACH)) if tokens[c].text == ","), None)
        if comma is None or tokens[comma + 1].low not in lang.when_words:
            continue
        end = comma + 2
        while end < n:
            t = tokens[end]
            if t.text in ";:" or (
                t.text == ","
                and not (end + 1 < n and (tokens[end + 1].is_number or qualifiers.at(tokens, end + 1) is not None))
                and not _relative_after(tokens, end)
            ):
                break
            end += 1
        return comma + 1, end
    return None


def _late_year(tokens: list[Token], i: int, lang: LanguageData, year: int) -> bool:
    """Token ``i`` is an earlier year after one of ``late_year_preps`` ("of 2022") or a month ("in August 2021")."""
    tok = tokens[i]
    if tok.kind is not NONCOUNT or tok.value is None or len(tok.text) != 4 or not 1800 <= tok.value < year:
        return False
    before = tokens[i - 1].low if i > 0 else ""
    # "in the 2015 attack": a determiner between the preposition and the year.
    if before in lang.determiners and i > 1 and tokens[i - 2].low in lang.late_year_preps:
        return True
    # A month may date a report of last December's event: only a clearly older one counts, and not a full date
    # with its day ("ce lundi 13 décembre 2021"): a day so named is the report's own as often as not.
    day_before = i > 1 and tokens[i - 2].value is not None and tokens[i - 2].text.isdigit()
    return before in lang.late_year_preps or (before in lang.months and tok.value < year - 1 and not day_before)


def _event_year(tokens: list[Token], i: int, lang: LanguageData, year: int) -> bool:
    """Session 12 (fa12): token ``i`` is an earlier year after "of" and an event's noun ("los 45 muertos de las
    inundaciones de 2016", "de 45 doden bij de overstromingen van 2016"): it names that event, as before a count
    (``_other_events.earlier_year``); not a date's month ("el 3 de marzo de 2024") nor a period ("a finales de 2023")."""
    tok = tokens[i]
    return (
        tok.kind is NONCOUNT
        and tok.value is not None
        and len(tok.text) == 4
        and 1800 <= tok.value < year
        and i > 1
        and tokens[i - 1].low in lang.year_of_preps
        and tokens[i - 2].kind is WORD
        and tokens[i - 2].low not in lang.months
        and tokens[i - 2].low not in PERIOD_WORDS
    )


#: What ends the reach of an event's year back to a count: "El balance, 40 muertos, es peor que el del terremoto de
#: 2016" compares the report's own toll with that event's.
_EVENT_YEAR_STOPS = frozenset({",", ";", ":", "—", "–"})


def dated_later(tokens: list[Token], lang: LanguageData, year: int | None) -> list[bool]:
    """Per token: whether a figure starting there is dated by an earlier year later in its sentence.

    "Twenty people were killed when creeks … overflowed … in August 2021": the
    year dates the count to another, earlier event wherever it stands after
    it, unless a "since" word comes first ("have been killed since the Huthis
    took control … in 2014" is a running count from then) or a comparison
    ("50 died this year, compared with 35 in 2022": the year dates the 35).
    """
    n = len(tokens)
    out = [False] * (n + 1)
    if year is None or not (lang.late_year_preps or lang.year_of_preps):
        return out
    dated = False  # whether the first year or "since" word after i is such a year
    named = False  # whether an event's year ("de las inundaciones de 2016") follows within i's stretch
    for i in range(n - 1, -1, -1):
        low = tokens[i].low
        if (
            low in lang.since_words
            or low in lang.comparison_words
            or low in lang.perfect_auxiliaries
            or low in lang.late_year_stops
        ):
            # "50 died this year, compared with 35 in 2022": the year dates the 35 only; "2,000 migrants
            # have died … in 2015": a present perfect counts up to now, the year is the report's own.
            dated = named = False
        elif lang.late_year_preps and _late_year(tokens, i, lang, year):
            dated = True
        elif _event_year(tokens, i, lang, year):
            named = True
        elif low in _EVENT_YEAR_STOPS:
            named = False
        out[i] = dated or named
    return out


#: How many tokens may stand between "comes" and its "after" ("comes only 13 days after", "comes less than a week after").
_SEQUEL_REACH = 8


def sequel_start(tokens: list[Token], lang: LanguageData) -> int | None:
    """Where an earlier event begins in "the attack comes a week after a gunman … killed two": ``None`` if none.

    A verb of following ("comes … after", "follows") ties what the sentence
    reports to an earlier event told after it; every figure after that point
    counts the earlier event.
    """
    for i, tok in enumerate(tokens):
        # session 14: "was followed by"; session 14 (fresh10en): "12 deaths followed by Sheohar (10 each)"
        if tok.low in lang.sequel_verbs and not passive_following(tokens, i) and not ranking_follow(tokens, i):
            return i
        if tok.low in lang.coming_verbs:
            after = next(
                (k for k in range(i + 1, min(len(tokens), i + 1 + _SEQUEL_REACH)) if tokens[k].low in lang.after_words),
                None,
            )
            if after is not None:
                return after
    return None
