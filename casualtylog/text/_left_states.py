"""People a verb of leaving leaves in a state that is no casualty: "dejó 14 trabajadores atrapados" (session 14).

A verb of leaving (``leaving_verbs``, Spanish "dejó") is read as a verb of killing ("dejó 12 muertos"), and a
participle after its people says what the count is ("dejó 4 personas heridas"). A participle that is no predicate
of the language ("atrapados", "aisladas", "varados") says the people were left trapped, cut off or stranded, not
dead: the object is no count (fresh8rom, es-1340942e-1). Only a word with the language's participle ending
(``participle_endings``) right after the noun counts; "dejó 14 muertos" and "dejó 14 trabajadores sin vida" are
read as before.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["left_in_state"]

#: How far before the count the verb of leaving may stand ("dejó un total de 14").
_BACK = 5


def left_in_state(tokens: list[Token], m: Mention, k: int, lang: LanguageData) -> bool:
    """Whether a verb of leaving stands shortly before ``m`` and the word at ``k`` (right after the people's noun)
    is a participle the language does not read as a predicate (the caller checked that none starts at ``k``)."""
    if not lang.leaving_verbs or not lang.participle_endings or k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.kind is not Kind.WORD or not tok.low.endswith(lang.participle_endings):
        return False
    return any(_low(tokens, j) in lang.leaving_verbs for j in range(max(0, m.start - _BACK), m.start))
