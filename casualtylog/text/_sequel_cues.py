"""Session 13 (``fresh7c``): an interval sequel after a verb of coming tells an earlier event even when the sentence
has no count of its own before it.

"Ils interviennent un mois après qu'une vague de chaleur a fait près de 2000 morts dans l'Inde voisine": the
sentence is about something that came a month after another event; the 2000 dead are that event's.
:func:`casualtylog.text._not_counts.interval_sequel` finds the "after" of "a month after a …"; without a count
before it, ``bind`` reads the event after it as the report's own ("Rescuers searched, hours after an earthquake
struck, killing 12"). A verb of coming or happening (``interval_verbs``: "intervient", "survient", "llega",
"ocurre") a few words before the interval says the sentence's own event is the later one.
"""

from __future__ import annotations

from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["came_after"]

#: How many tokens may stand between the verb of coming and the "after" ("surviennent seulement deux semaines après").
_REACH = 6


def came_after(tokens: list[Token], after: int, lang: LanguageData) -> bool:
    """Whether a verb of coming stands shortly before the "after" at ``after``."""
    if not lang.interval_verbs:
        return False
    return any(tokens[k].low in lang.interval_verbs for k in range(max(0, after - _REACH), after))
