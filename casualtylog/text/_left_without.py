"""What a verb of leaving leaves its object without: "dejó sin hogar a 500 personas", "dejando sin empleo a 400
trabajadores", "dejó a 400 trabajadores sin luz".

A verb of leaving (``leaving_verbs``) is read as a verb of killing ("dejó 12 muertos"); with the preposition of
lacking (``without_preps``) between it and its object, or right after the object, the noun after the preposition
says what the count is (``without_states``: life lost is killed, a home lost displaced) and any other noun (work,
power, water) makes it no count at all: a company that closes leaves its workers jobless, not dead.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["left_without"]

#: How far before the count the verb may stand: verb, preposition, its noun and the object marker ("dejó sin hogar a").
_BACK = 5


def left_without(tokens: list[Token], m: Mention, k: int, lang: LanguageData) -> str | None:
    """The metric of the count ``m`` left without something (``""`` for no count), or ``None`` when no verb of
    leaving and preposition of lacking frame it; ``k`` is the token after the object's noun."""
    if not lang.without_preps:
        return None
    start = max(0, m.start - _BACK)
    verb = next((j for j in range(m.start - 1, start - 1, -1) if _low(tokens, j) in lang.leaving_verbs), None)
    if verb is None:
        return None
    # before the count, right after the verb ("dejó sin hogar a"), or right after the object ("a 500 personas sin")
    at = verb + 1 if _low(tokens, verb + 1) in lang.without_preps else k
    if _low(tokens, at) not in lang.without_preps:
        return None
    return lang.without_states.get(_low(tokens, at + 1), "")
