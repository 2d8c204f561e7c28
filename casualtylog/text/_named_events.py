"""A sentence that opens with a named earlier event as its subject ("The Grenfell Tower fire killed 72").

The corpus guide counts "a named earlier event" as another incident ("Helene was responsible for 108
deaths"): background a report gives to compare. Such a sentence tells it in the simple past with no
source, no day and no "has": a report of its own event says who counts ("…, officials said"), when
("on Monday") or how far the toll has come ("has killed"). Read only for a language with
``named_event_verbs``.
"""

from __future__ import annotations

from casualtylog.text._token_type import NONCOUNT, NUMBER, Token
from casualtylog.text.lang import LanguageData

__all__ = ["named_earlier_event"]

#: How many words a named event may have between "The" and its head ("The Christchurch mosque attacks").
_NAME_REACH = 4
#: The report's own time ("today", "this week") or a count still running: the sentence reports its own event.
_NOW_WORDS = frozenset({"today", "yesterday", "tonight", "overnight", "this", "has", "have", "had", "so", "now"})


def _name(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """Tokens ``start:end`` name an event: a capitalised word (or a code like "9/11", "MH17") that is no demonym
    ("The Russian attack killed 14" is the report's own attack) nor a day or month."""
    named = False
    for tok in tokens[start:end]:
        if tok.kind is NUMBER or tok.low in lang.demonyms or tok.low in lang.weekdays or tok.low in lang.months:
            return False
        named = named or tok.is_capitalised or (tok.kind is NONCOUNT and not tok.text.isdigit())
    return named


def _verb_at(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A verb of the named event's toll at ``i``, after an optional "in <Place>" ("The crush in Seoul killed")."""
    if i + 1 < len(tokens) and tokens[i].low == "in" and tokens[i + 1].is_capitalised:
        i += 2
    return any([t.low for t in tokens[i : i + len(verb.split())]] == verb.split() for verb in lang.named_event_verbs)


def named_earlier_event(tokens: list[Token], lang: LanguageData) -> bool:
    """Whether the sentence opens with a named event told in the simple past, with no source nor time of its own.

    "The Manchester Arena bombing killed 22 people" and "Hurricane Katrina killed more than 1,800 people" name
    another event; "The blast killed 22 people" (no name), "The Russian attack killed 14" (a demonym), "The
    Camp Fire has killed 85" (still running) and "…, officials said" (a source counts it now) do not.
    """
    if not lang.named_event_verbs or len(tokens) < 4:
        return False
    if any(t.low in _NOW_WORDS or t.low in lang.weekdays or t.low in lang.said_verbs for t in tokens):
        return False
    first = tokens[0].low
    if first in lang.event_titles and tokens[1].is_capitalised:  # "Hurricane Katrina killed", "Storm Daniel was …"
        return _verb_at(tokens, 2, lang)
    if first != "the":
        return False
    for head in range(2, min(len(tokens) - 1, _NAME_REACH + 2)):
        if tokens[head].low in lang.event_heads and _name(tokens, 1, head, lang):
            return _verb_at(tokens, head + 1, lang)
    return False
