"""Session 13 (``kinds13``): a day before that dates a report, not another event.

"the 37 deaths the UN reported a day earlier", "de 37 slachtoffers … die UNICEF een dag eerder meldde": a phrase of
the day before (``earlier_day_cues``) right next to a verb of saying tells when the figure was said, the same
event's earlier count, so it is no other-event cue. "A day earlier, 37 people were killed in a separate attack"
stays one: no verb of saying touches it.
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["dates_a_report"]


def dates_a_report(tokens: list[Token], i: int, lang: LanguageData) -> int:
    """The length of a day-before phrase at ``i`` that a verb of saying touches (before or after it), else 0."""
    if not lang.earlier_day_cues:
        return 0
    day = phrases(lang, "earlier_day_cues").at(tokens, i)
    if day is None:
        return 0
    end = i + day[0]
    before = tokens[i - 1].low if i > 0 else ""
    after = tokens[end].low if end < len(tokens) else ""
    return day[0] if before in lang.said_verbs or after in lang.said_verbs else 0
