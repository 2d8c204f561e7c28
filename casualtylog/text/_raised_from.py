"""Session 14 (``fresh8en``): a toll changed from one figure to another by an active verb before it.

"… pushing the toll in the March-June period from 114 to 143" (en-6ddee3b5-2), "This raised the death toll from 114
to 143": the verb of raising (``raise_verbs``) stands before the toll's article, not after the toll as in "the toll
rose from 114 to 143"; the corpus guide's "from A to B" gives both figures all the same. This finds such a verb
before a toll noun ending within a few words before "from"; the toll frame then reads the change as it reads one
after an intransitive verb.

Session 19 (``miss20a``): verbs that revise a toll down as well as up ("had reduced the death toll from 12 to 11"),
the change set off by a dash ("raised the number of victims unaccounted for – from 51 to 1,079 –"), and a change
with only its "from" end written ("the death toll jumped from around 120 on Monday").
"""

from __future__ import annotations

from collections.abc import Container

from casualtylog.text._cue_words import moving_verbs
from casualtylog.text._mentions import _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["change_start", "changed_from_only", "raised_toll_before"]

#: How many words may stand between the toll noun and "from" ("the toll in the March-June period from 114").
_MATERIAL = 6
#: A dash that sets the change off as an aside after its toll.
_DASHES = frozenset({"–", "—", "-"})


def change_start(tokens: list[Token], from_at: int) -> int:
    """Where the change opening with the "from" at ``from_at`` starts: at a dash right before it, which sets the change
    off as an aside after its toll ("raised the number of victims unaccounted for – from 51 to 1,079 –",
    en-64a879eb-3), else at the "from"."""
    return from_at - 1 if from_at > 0 and tokens[from_at - 1].text in _DASHES else from_at


def raised_toll_before(tokens: list[Token], from_at: int, lang: LanguageData) -> bool:
    """Whether a toll noun with its article and an active verb of raising before it ends within a few plain words
    before ``from_at`` (the "from" of the change)."""
    verbs = lang.raise_verbs | lang.revise_verbs
    if not verbs:
        return False
    nouns = phrases(lang, "toll_nouns")
    from_at = change_start(tokens, from_at)
    for end in range(from_at - 1, max(-1, from_at - 2 - _MATERIAL), -1):
        tok = tokens[end]
        if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
            return False
        hit = nouns.ending(tokens, end)
        if hit is None:
            continue
        start = end - hit[0] + 1
        if _low(tokens, start - 1) in lang.determiners:
            start -= 1
        return _low(tokens, start - 1) in verbs
    return False


#: How far after the figure a "to" and the new figure may stand ("rose from 12 on Monday to 19").
_TO_REACH = 6


def changed_from_only(
    tokens: list[Token],
    start: int,
    end: int,
    lang: LanguageData,
    words: tuple[frozenset[str], frozenset[str]],
    starts: Container[int],
) -> int | None:
    """Session 19 (miss20a): where the verb of "the death toll jumped from around 120 on Monday" stands (the figure at
    ``start..end``; ``words``: the language's "from" and "to"; ``starts``: where the sentence's figures start), or
    ``None``. A toll that moved "from" a figure, with no "to" and a new figure after it, still
    counts that figure (the guide: a change "from A to B" gives both; here only A is written): en-9e726dc3-4. The verb
    must move a total and never state one (``moving_verbs``: "rose", "jumped", not "is"), right before "from"."""
    from_words, to_words = words
    if _low(tokens, start - 1) not in from_words or _low(tokens, start - 2) not in moving_verbs(lang):
        return None
    for k in range(end, min(len(tokens), end + _TO_REACH)):
        if tokens[k].low in to_words and k + 1 in starts:
            return None  # "rose from 12 (on Monday) to (more than) 19": the change's "to" reads both
    return start - 2
