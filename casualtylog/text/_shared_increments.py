"""Session 18 (``guide18``): the counts that share the "another" of the dead count opening their sentence add too.

The guide ("Another and more", settled in session 15, case 2): "another N" of the dead that opens its sentence, with
no count before it, is ``+N``; and a count that repeats its clause for another place with the verb left out shares
that "another" (*Otras siete personas perdieron la vida … y una más en Andalucía*, es-2fe5bccb-3; "Another five
people have died in Orissa and 35 in northern Rajasthan state", en-9e726dc3-8: ``+7``/``+1`` and ``+5``/``+35``).
Before, a count after "another N" made it a split (round 2's "another N that completes a total", which the guide now
keeps for metrics other than the dead). Only when every count of the sentence is of the dead, the first opens with
"another" (English and Spanish words of the language data, *weitere, autres, otros* of
:mod:`casualtylog.text._dead_increments`) and each later one is such an elided repeat (the parallel, split or place frame) with no
qualifier: a count of another clause, a qualified count (*Au moins six autres*) or a definite "the other N" is left
as it was.
"""

from __future__ import annotations

from casualtylog.figures import Qualifier
from casualtylog.text._binding import Binding
from casualtylog.text._dead_increments import another_start
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["shared_increments"]

#: "and" in the five languages (Spanish "e" before an i-).
_AND = frozenset({"and", "en", "et", "und", "y", "e"})
#: The frames of a count that repeats the clause before it for another place or part, its verb left out.
_REPEATS = frozenset({"parallel", "split", "place"})


def _opens_with_another(tokens: list[Token], b: Binding, lang: LanguageData) -> bool:
    """Whether ``b`` is "another N" (its increment word, or a word of ``another_start``) with no number before it."""
    m = b.mention
    if any(t.is_number for t in tokens[: m.start]):
        return False
    return (m.increment and not m.weak_increment) or another_start(tokens, m, lang) is not None


def _repeat(tokens: list[Token], b: Binding, lang: LanguageData) -> bool:
    """Whether ``b`` repeats the clause before it after "and" ("and 35 in northern Rajasthan"), exact: not a part
    of the count before ("10 more people died there, including six in Buffalo", en-d0840df3-8: a member, plain)."""
    m = b.mention
    return (
        b.frame in _REPEATS
        and m.figure.qualifier is Qualifier.EXACT
        and m.start > 0
        and tokens[m.start - 1].low in _AND
    )


def shared_increments(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Mark the head "another N" of the dead and its elided repeats as increments (in place)."""
    counts = [b for b in bindings if b.role == "count"]
    if len(counts) < 2 or any(b.metric != "killed" for b in counts):
        return
    head, rest = counts[0], counts[1:]
    if head.mention.article or head.mention.figure.qualifier is not Qualifier.EXACT:
        return
    if not all(_repeat(tokens, b, lang) for b in rest):
        return
    if not any(t.kind is WORD for t in tokens[head.mention.end :]) or not _opens_with_another(tokens, head, lang):
        return
    for b in counts:
        b.mention.increment = True
