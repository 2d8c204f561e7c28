""" "Other N" of the dead with no count beside it is an addition (French, German, Spanish).

Session 17 (``rom17``, issue 13): the corpus guide's "Another and more" (settled in session 15): "other N"
(*65 autres morts*, *Weitere 16 erlagen*, *Otras siete personas perdieron la vida*) is ``+N`` for the dead when the
sentence gives no count it sits beside; beside a count (of the dead or another metric) it is a split, plain; after
a definite article (*les deux autres*) it is a part of a known group, plain; a qualified count keeps its qualifier
(the increment is exact: extract.py signs only exact figures). Read over the claims a sentence keeps and its
numbers, so a count beside it need not be one the extractor read; only the word right before or after the number is
looked at, and the tokens once: linear.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._mentions import _low
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._other_count_words import OTHER_AFTER, OTHER_BEFORE, OTHER_DEFINITE

__all__ = ["other_dead_added"]


def _other(tokens: list[Token], b: Binding, lang: LanguageData) -> bool:
    """Whether ``b``'s number is "other N" with no definite article before it."""
    m, code = b.mention, lang.code
    before, after = OTHER_BEFORE.get(code, frozenset()), OTHER_AFTER.get(code, frozenset())
    definite = OTHER_DEFINITE.get(code, frozenset())
    if _low(tokens, m.start - 1) in before:
        # "el cuerpo sin vida de otras cuatro personas": the bodies of the others, as after an article (plain in
        # the tests of session 6, which the guide's later rule did not revisit)
        return _low(tokens, m.start - 2) not in definite and _low(tokens, m.start - 2) not in lang.of_words
    if _low(tokens, m.end) in after:
        # "spricht von sieben weiteren Toten": after "of", as in the bodies of the others, no count of its own
        return _low(tokens, m.start - 1) not in definite and _low(tokens, m.start - 1) not in lang.of_words
    return False


def other_dead_added(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Mark "other N" of the dead an increment when every other count the sentence keeps is one too and every other
    number of the sentence stands in one of them (one pass over the tokens, whatever the number of counts)."""
    if lang.code not in OTHER_AFTER:
        return
    plain = [b for b in bindings if not b.mention.increment]
    if len(plain) != 1:
        return  # none, or a count beside it: a split (decided before any is marked, so no order matters)
    b = plain[0]
    m = b.mention
    if b.metric != "killed" or b.role != "count" or m.kind != "number" or m.article or not _other(tokens, b, lang):
        return
    if b.frame == "bodies" or any(t.low in lang.body_nouns for t in tokens[m.end : b.chunk_end + 1]):
        return  # "deux autres corps": bodies found stay plain (the tests of sessions 6 and 12 say so)
    held = [False] * len(tokens)
    for o in bindings:
        for i in range(o.mention.start, min(o.mention.end, len(tokens))):
            held[i] = True
    if not any(t.is_number and not held[i] for i, t in enumerate(tokens)):
        m.increment = True  # no count beside it, read or not ("De estas 78 víctimas, 74 … otras cuatro": a split)
