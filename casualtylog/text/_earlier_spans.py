"""A time told as a span back from the report dates another, earlier incident: "il y a tout juste une semaine".

Real dev text (session 13, ``fa13``) held earlier incidents dated by a span whose
words the listed cues miss: a hedge inside the span ("il y a tout juste une
semaine", "hace apenas un mes", "vor gut einer Woche"), a span of one unit with
"ago" ("a week ago", "een maand geleden"), a singular unit opening the sentence
before "earlier" ("Un an plus tôt, …", "Un año antes, …", "Ein Jahr zuvor …"),
and a month marked as past ("en junio pasado", "en juin dernier", "last June").
The shape holds for every number and unit; a list of phrases cannot. Days
"ago" are left to the report's own time ("Vor drei Tagen starben im Ort 8
Menschen", "The boy went missing 3 days ago" are pinned so); days "earlier"
opening a sentence are another incident's, as the listed openers read them.

Two readers: :func:`earlier_span_hits` counts the "ago" spans and past months
inside a clause (joined to the clause's other-event cues), and
:func:`opens_with_earlier_span` reads a sentence opened by any of the shapes,
"earlier" included, which dates the whole sentence. "Earlier" inside a clause
is left alone: "a man injured two days earlier died on Monday" is the report's
own event. An "ago" span right after an onset, a "since" or a relative pronoun
("a fire that began a week ago has killed 12", "desde hace unos días") dates
the start of a running event or describes a noun, not another incident.
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._phrases import Phrases, phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._month_parts import MONTH_PARTS

__all__ = ["earlier_span_hits", "opens_with_earlier_span"]

#: Hedge words a span may hold before its unit ("il y a tout juste une", "hace poco más de un").
_HEDGE_REACH = 3
#: How far before an "ago" span an onset word voids it ("que comenzó hace una semana").
_ONSET_REACH = 4
#: How far into a sentence an opening span may start ("Only a week ago, …", "Et il y a un an, …").
_OPENER_REACH = 2


def _unit_after(tokens: list[Token], i: int, lang: LanguageData, near: bool) -> int | None:
    """The index after "(hedges) a|N (hedges) unit" starting at ``i``, or None ("a few days", "tout juste une semaine").

    ``near`` admits the units near enough to be the report's own time ("vor drei Tagen", pinned by fresh_rom6).
    """
    counted = False
    for j in range(i, min(i + _HEDGE_REACH + 2, len(tokens))):
        tok = tokens[j]
        if counted and (tok.low in lang.span_units or (near and tok.low in lang.span_near_units)):
            return j + 1
        if tok.value is not None or tok.low in lang.span_articles:
            counted = True
        elif tok.low not in lang.span_hedges:
            return None
    return None


def _span_at(tokens: list[Token], i: int, lang: LanguageData, trails: Phrases | None) -> int | None:
    """The index after a span back starting at ``i`` ("il y a une semaine", "a week ago"), or None.

    ``trails`` adds the words after the unit that date it only as an opener ("plus tôt", "antes").
    """
    lead = phrases(lang, "span_ago_lead").at(tokens, i)
    if lead is not None:
        return _unit_after(tokens, i + lead[0], lang, near=False)
    end = _unit_after(tokens, i, lang, near=False)
    hit = phrases(lang, "span_ago_trail").at(tokens, end) if end is not None else None
    if end is not None and hit is not None:
        return end + hit[0]
    # "Two days earlier, …" opens another incident's time, as the listed openers ("days earlier") tell
    end = _unit_after(tokens, i, lang, near=True) if trails is not None else None
    hit = trails.at(tokens, end) if trails is not None and end is not None else None
    return end + hit[0] if end is not None and hit is not None else None


#: The prefixes of a month's middle written as one word with it ("mi-octobre", "mid-October").
_MID_MONTH = ("mi-", "mid-")


def _past_month_at(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A month marked as past at ``i``: "junio pasado", "juin dernier", "last June", "im vergangenen Juni"."""
    tok = tokens[i]
    # session 14 (fresh9rom): the middle of a month, one word ("Mi-octobre dernier, au moins 27 personnes …")
    month = tok.low.split("-", 1)[1] if tok.low.startswith(_MID_MONTH) else tok.low
    if month not in lang.months or (i > 0 and tokens[i - 1].value is not None):
        return False  # "el 5 de junio pasado" may be the report's own day
    after = i + 1 < len(tokens) and tokens[i + 1].low in lang.past_month_after
    return after or (i > 0 and tokens[i - 1].low in lang.past_month_before)


def _past_weekday_at(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """Session 21 (issue 13): a weekday marked as past at ``i`` ("Last Sunday", "El lunes pasado", "Afgelopen
    zaterdag"), read only where it opens the sentence. Inside a clause it may date the report's own event ("le
    tremblement de terre survenu vendredi dernier"), as a plain weekday does; opening the sentence it sets a day
    before the report's own ("Last Sunday, 33 people were killed by lightning"), and a possessive after it names
    the event ("Last Sunday's earthquake")."""
    if tokens[i].low not in lang.weekdays or (i + 1 < len(tokens) and tokens[i + 1].low in {"'s", "’s"}):
        return False
    after = i + 1 < len(tokens) and tokens[i + 1].low in lang.past_month_after
    return after or (i > 0 and tokens[i - 1].low in lang.past_month_before)


@lru_cache(maxsize=16)
def _running_starts(lang: LanguageData) -> frozenset[str]:
    """The words that, before an "ago" span, date the start of a running event or describe a noun ("sinds de inval
    twee weken geleden", "desde hace unos días", "el incendio que empezó hace 2 días"): onsets, "since", relative
    pronouns."""
    return lang.onset_words | lang.since_words | lang.cue_relatives


def earlier_span_hits(tokens: list[Token], lang: LanguageData) -> list[int]:
    """Prefix counts of "ago" spans and past months inside a clause, by their first token."""
    counts = [0]
    # a span needs its unit and a past month its month: most sentences hold neither, and are not walked
    if not lang.span_units or not any(t.low in lang.span_units or t.low in lang.months for t in tokens):
        return counts * (len(tokens) + 1)
    starts = _running_starts(lang)
    for i in range(len(tokens)):
        hit = _span_at(tokens, i, lang, None) is not None and not any(
            tokens[k].low in starts for k in range(max(0, i - _ONSET_REACH), i)
        )
        counts.append(counts[-1] + (hit or _past_month_at(tokens, i, lang)))
    return counts


def _opens_with_month_part(tokens: list[Token], lang: LanguageData) -> bool:
    """Session 17 (rom17): "A finales de marzo, …", "Anfang Dezember wurden …": a part of a month, no day, first."""
    for lead in MONTH_PARTS.get(lang.code, ()):
        n = len(lead)
        if len(tokens) > n + 1 and tuple(t.low for t in tokens[:n]) == lead and tokens[n].low in lang.months:
            return tokens[n + 1].text == "," or tokens[n + 1].kind is WORD
    return False


def opens_with_earlier_span(tokens: list[Token], lang: LanguageData) -> bool:
    """A sentence opened by a span back or a past month ("Un an plus tôt, …", "Ein Jahr zuvor waren …")."""
    if not lang.span_units:
        return False
    if _opens_with_month_part(tokens, lang):
        return True
    trails = phrases(lang, "span_earlier_trail")
    for i in range(min(_OPENER_REACH + 1, len(tokens))):
        end = _span_at(tokens, i, lang, trails)
        if end is None and (_past_month_at(tokens, i, lang) or _past_weekday_at(tokens, i, lang)):
            end = i + 2 if i + 1 < len(tokens) and tokens[i + 1].low in lang.past_month_after else i + 1
        if end is not None:
            # a number or a month after it goes on with a date ("Un an plus tôt, le 3 mai" still opens; "hace
            # un año 3 …" does not come up): the opener must end the phrase
            return end < len(tokens) and (tokens[end].text == "," or tokens[end].kind is WORD)
    return False
