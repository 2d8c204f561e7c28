"""A clause opened by a bare date and told in the pluperfect: the background of the report, another event.

French and Spanish news tell the report's own event in the passé composé or the
preterite and what happened before it in the pluperfect. A clause that opens with
nothing but a day or a month before its comma ("Jeudi, sept soldats avaient été
tués", "Le 25 juillet, 14 civils avaient été tués", "Mi-août, au moins 17 soldats
avaient été tués", "en septiembre de 2025, un motín ya había dejado al menos 31
muertos") dates that earlier event; every figure of the clause counts it. The
annotation guide labels such sentences negatives ("another, earlier incident").

Both halves are needed. A pluperfect without an opening date may be the report's
own event told after a verb of saying ("a annoncé jeudi que 13 personnes avaient
été tuées"), so a verb of saying before the auxiliary keeps the clause. An opener
with more than a date ("Jeudi à 14H10, les secouristes avaient retrouvé …": an
hour of the same rescue; "Au 23 septembre, les inondations avaient fait 339
morts": a running toll up to a day) is not a bare date and keeps it too.
German reads a pluperfect dated anywhere in its stretch (``_not_counts``); this
reader is the Romance languages' shape, switched on by ``opener_pluperfects``.
"""

from __future__ import annotations

from casualtylog.text._tokens import NONCOUNT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["dated_background_clauses"]

#: What ends a clause the opener dates: a colon or a semicolon opens another ("… de violence : en septembre, …").
_CLAUSE_ENDS = frozenset({":", ";"})
#: How many tokens a bare date may take before its comma ("a mediados de septiembre de 2025").
_OPENER_REACH = 7
#: The prefixes of a month's middle written as one word with it ("Mi-août", "mid-October").
_MID_MONTH = ("mi-", "mid-")


def _dating_word(tok: Token, lang: LanguageData) -> bool:
    """A weekday or a month ("jeudi", "septiembre", "mi-août")."""
    low = tok.low.split("-", 1)[1] if tok.low.startswith(_MID_MONTH) else tok.low
    return low in lang.weekdays or low in lang.months


def _bare_date_before_comma(tokens: list[Token], start: int, lang: LanguageData) -> int | None:
    """The index of the comma after a bare date opening the clause at ``start``, or None.

    Only leads (articles, prepositions, parts of a month), weekdays, months,
    numbers that are no count (days, years) and "past" words may stand in it.
    """
    dated = False
    for k in range(start, min(len(tokens), start + _OPENER_REACH + 1)):
        tok = tokens[k]
        if tok.text == ",":
            return k if dated and k > start else None
        if _dating_word(tok, lang):
            dated = True
        elif not (
            tok.low in lang.date_opener_leads
            or tok.low in lang.past_month_after
            or (tok.kind is NONCOUNT and tok.value is not None)
        ):
            return None
    return None


def _told_in_pluperfect(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """A pluperfect auxiliary in ``tokens[start:end]`` with no verb of saying before it."""
    for tok in tokens[start:end]:
        if tok.low in lang.said_verbs:
            return False  # "a annoncé que … avaient été tuées": the report's own event, said
        if tok.low in lang.opener_pluperfects:
            return True
    return False


def dated_background_clauses(tokens: list[Token], marks: list[int], lang: LanguageData) -> list[bool]:
    """Per stretch (``marks`` from ``_not_counts.stretches``): whether it stands in a clause opened by a bare date
    and told in the pluperfect."""
    out = [False] * ((marks[-1] + 1) if marks else 1)
    if not lang.opener_pluperfects or not any(t.low in lang.opener_pluperfects for t in tokens):
        return out
    start = 0
    while start < len(tokens):
        end = next((k for k in range(start, len(tokens)) if tokens[k].text in _CLAUSE_ENDS), len(tokens))
        comma = _bare_date_before_comma(tokens, start, lang)
        if comma is not None and _told_in_pluperfect(tokens, comma + 1, end, lang):
            for k in range(start, end):
                out[marks[k]] = True
        start = end + 1
    return out
