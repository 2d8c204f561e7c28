"""What would follow a condition: the counts of a main clause after an opening "Si …," are projected (session 14).

"Si se tratase de la misma barcaza, el saldo de víctimas ascendería a 83" (es-f9f9a8a4-6) and "Si se recupera el
cuerpo de Maldonado, entonces las víctimas mortales del deslave ascenderían a diez" (es-f62091c4-1) tell a toll
that would hold if the condition did: the corpus guide's ``projected``. A sentence opened by a clause of condition
(``hypothetical_openers``), closed by a comma, whose main clause holds a verb in the conditional mood (a lower-case
word ending in one of ``conditional_endings``) marks the counts of that main clause, up to the next semicolon,
colon or full stop. A concessive "si" with the indicative ("Si aucun blessé n'est à déplorer, 300 personnes ont été
évacuées") has no conditional verb after it and changes nothing. English drops such counts instead
(``opening_conditionals``, casualtylog.text._clause_cues).

Every walk is bounded (:data:`_IF_REACH`, :data:`_MAIN_REACH`), so a sentence costs constant time here.
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["hypothetical_main"]

#: How many tokens (an opening quote or dash) may stand before the opener.
_OPENER_AT = 2
#: The condition is at least this many tokens long ("Si confirmado, …" is no clause) and closed within the reach.
_IF_CLAUSE = 3
_IF_REACH = 30
#: How far after the comma the main clause is read for its conditional verb and its counts.
_MAIN_REACH = 30
#: The shortest conditional verb read ("sería", "serait"): shorter words with such endings are names ("María").
_SHORTEST = 5
_ENDS = frozenset({";", ":", ".", "!", "?"})


def hypothetical_main(tokens: list[Token], lang: LanguageData) -> tuple[int, int]:
    """The span of tokens (start, end) of a main clause after an opening condition whose verb is conditional; the
    empty span past the sentence when there is none."""
    n = len(tokens)
    none = (n + 1, n + 1)
    if not lang.hypothetical_openers or not lang.conditional_endings:
        return none
    first = next((k for k in range(min(n, _OPENER_AT + 1)) if tokens[k].kind is WORD), None)
    if first is None or phrases(lang, "hypothetical_openers").at(tokens, first) is None:
        return none
    comma = next((k for k in range(first + 1, min(n, first + 1 + _IF_REACH)) if tokens[k].text == ","), None)
    if comma is None or comma - first <= _IF_CLAUSE:
        return none
    end = min(n, comma + 1 + _MAIN_REACH)
    end = next((k for k in range(comma + 1, end) if tokens[k].text in _ENDS), end)
    conditional = any(
        t.kind is WORD
        and t.text[:1].islower()
        and len(t.low) >= _SHORTEST
        and t.low.endswith(lang.conditional_endings)
        for t in tokens[comma + 1 : end]
    )
    return (comma + 1, end) if conditional else none
