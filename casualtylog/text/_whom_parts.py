"""Session 14 (``fresh8en``): a part counted in a relative clause of the whole ("of whom", "van wie") keeps the
whole's group.

"They found nine workers, seven of whom were dead" (en-37154a1c-5), "Er waren 103 werkers in de fabriek aanwezig,
van wie er naast de doden 43 gewond raakten" (nl-dc95f19c-2): the part is of the workers, whether or not the whole
is itself a claim (the corpus guide labels the part with the whole's group, as "25 inmates were injured, eight of
them seriously"). The whole is the count right before the comma that opens the relative clause, read with its own
noun; a part that names its own group keeps it. The relative phrases are the language's ``whom_parts``: after the
part ("seven of whom") or before it, a few plain words before ("van wie er … 43").
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["whom_parts_keep_group"]

#: How many plain words may stand between "van wie" and the part ("van wie er naast de doden 43").
_PART_REACH = 5
#: How many words may stand between the whole's noun and the comma before the relative ("103 werkers in de
#: fabriek aanwezig, van wie"); the whole's number and noun themselves come before them.
_WHOLE_REACH = 8


def _opener(tokens: list[Token], b: Binding, lang: LanguageData) -> int | None:
    """Where the relative phrase of the part ``b`` starts, if one stands right after it or just before it."""
    table = phrases(lang, "whom_parts")
    m = b.mention
    if table.at(tokens, m.end) is not None:
        return m.start  # "seven of whom": the part opens the relative clause itself
    k = m.start - 1
    for _ in range(_PART_REACH):
        if k < 0 or tokens[k].kind is not WORD:
            return None
        hit = table.ending(tokens, k)
        if hit is not None:
            return k - hit[0] + 1
        k -= 1
    return None


def _whole_group(tokens: list[Token], comma: int, lang: LanguageData) -> str | None:
    """The group of the count right before ``comma`` (its number, then its noun), within a few plain words."""
    for j in range(comma - 1, max(-1, comma - 1 - _WHOLE_REACH), -1):
        tok = tokens[j]
        if tok.is_number:
            noun = _noun(tokens, j + 1, lang)
            return noun[1] if noun is not None and noun[0] == "group" else None
        if tok.kind is not WORD or tok.low in lang.boundaries:
            return None
    return None


def whom_parts_keep_group(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Give each count with no group that a relative "of whom" makes a part of a whole the whole's group."""
    if not lang.whom_parts:
        return
    for b in bindings:
        if b.group is not None or b.role != "count" or b.mention.kind != "number":
            continue
        start = _opener(tokens, b, lang)
        if start is None or start == 0 or tokens[start - 1].text != ",":
            continue
        b.group = _whole_group(tokens, start - 1, lang)
