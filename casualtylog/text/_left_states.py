"""What the words after an object's people say of the verb's count (session 14, ``fresh8rom``).

- A verb of leaving (``leaving_verbs``, Spanish "dejó") is read as a verb of killing ("dejó 12 muertos"), and a
  participle after its people says what the count is ("dejó 4 personas heridas"). A participle that is no predicate
  of the language ("atrapados", "aisladas", "varados") says the people were left trapped, cut off or stranded, not
  dead: the object is no count (:func:`left_in_state`; es-1340942e-1). Only a word with the language's participle
  ending (``participle_endings``) right after the noun counts; "dejó 14 muertos" and "dejó 14 trabajadores sin vida"
  are read as before. Kin or things left behind ("dejó 2 hijos huérfanos") are no count either (:func:`left_behind`,
  moved here from casualtylog.text._object_frames).
- A verb of rescuing or evacuating keeps its own metric beside the participle's: "Hemos también rescatado 15 personas
  heridas" (es-a070aaec-3) is rescued 15 and injured 15, as German "mit schweren Verletzungen aus den Trümmern
  geborgen" is (:data:`DONE_TO`).
"""

from __future__ import annotations

import builtins

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _listed_noun
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["DONE_TO", "left_behind", "left_in_state"]

#: How far before the count the verb of leaving may stand ("dejó un total de 14").
_BACK = 5
#: How far before the count a verb of leaving may stand before kin or things: the verb, an object marker or a
#: qualifier ("dejó a 2").
_LEAVING_BACK = 3
#: The metrics of an object's verb that a participle after its people adds to rather than replaces: what was done
#: to the people ("rescató a 15 personas heridas"), where "dejó 4 personas heridas" says only what they are.
DONE_TO = frozenset({"rescued", "evacuated"})


def left_in_state(tokens: list[Token], m: Mention, k: int, lang: LanguageData) -> bool:
    """Whether a verb of leaving stands shortly before ``m`` and the word at ``k`` (right after the people's noun)
    is a participle the language does not read as a predicate (the caller checked that none starts at ``k``)."""
    if not lang.leaving_verbs or not lang.participle_endings or k >= len(tokens):
        return False
    tok = tokens[k]
    if tok.kind is not WORD or not tok.low.endswith(lang.participle_endings):
        return False
    return _leaving_before(tokens, m, _BACK, lang)


def left_behind(
    tokens: list[Token], verb: tuple[int, builtins.object] | None, m: Mention, k: int, lang: LanguageData
) -> bool:
    """A verb of leaving (``leaving_verbs``) right before a noun read only by its shape: kin or things left
    behind ("dejó 2 hijos huérfanos", "deja dos huérfanos"), where "dejó 12 muertos" names its victims."""
    if verb is None or not lang.leaving_verbs:
        return False
    return _leaving_before(tokens, m, _LEAVING_BACK, lang) and _listed_noun(tokens, k, lang) is None


def _leaving_before(tokens: list[Token], m: Mention, back: int, lang: LanguageData) -> bool:
    """Whether a verb of leaving stands within ``back`` tokens before ``m``."""
    return any(_low(tokens, j) in lang.leaving_verbs for j in range(max(0, m.start - back), m.start))
