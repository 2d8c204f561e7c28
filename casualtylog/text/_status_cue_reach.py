"""How far a status cue reaches: not past a check still pending, and on from a projected whole to its members.

A confirming cue confirms only a count whose check is done: "10 fatalities are being verified", "have not yet
been confirmed", "pending confirmation", *moeten nog worden bevestigd*, *noch nicht bestätigt*, *en attente de
confirmation*, *están siendo confirmadas* leave it reported, as the corpus guide labels them (``confirmed`` is for
a count "itself called confirmed or verified"). :func:`without_pending` drops such a cue from the sentence's
prefix counts of confirming cues, so every rule that reads them (its clause, a closing attribution) agrees.
A member of a projected count is projected too (:func:`parts_keep_projection`).
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text._bind_rules import whole_before
from casualtylog.text._binding import Binding
from casualtylog.text._phrases import less_starts
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["parts_keep_projection", "without_pending"]

#: Words right after a confirming cue that make a French "ne" before it restrictive, not negating ("ne confirmait
#: que 4 morts": only 4, and those confirmed).
_ONLY = frozenset({"que", "qu'", "qu"})
#: How many words before a confirming cue a pending or negating word may stand ("have not yet been confirmed",
#: "are being independently verified"); punctuation between ends the look.
_PENDING_REACH = 3


def without_pending(
    tokens: list[Token], lang: LanguageData, counts: list[int], lacks: Callable[..., bool]
) -> list[int]:
    """Prefix counts of confirming cues (``counts``) less those after a word of ``pending_confirmations`` in reach.

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> en = get_language("en")
    >>> tokens = tokenize("10 deaths are being verified", en)
    >>> without_pending(tokens, en, [0, 0, 0, 0, 0, 1], lambda *f: False)[-1]
    0
    """
    if counts[-1] == 0 or lacks("pending_confirmations"):
        return counts
    pending = lang.pending_confirmations

    def pending_before(i: int) -> bool:
        for k in range(i - 1, max(-1, i - _PENDING_REACH - 1), -1):
            if tokens[k].kind is not WORD:
                return False
            if tokens[k].low in pending and not (tokens[k].low in {"ne", "n'"} and _next_low(tokens, i) in _ONLY):
                return True
        return False

    return less_starts(counts, pending_before)


def _next_low(tokens: list[Token], i: int) -> str:
    """The lower-case word after ``i``, or "" at the sentence's end."""
    return tokens[i + 1].low if i + 1 < len(tokens) else ""


def parts_keep_projection(bindings: list[Binding]) -> None:
    """A member of a projected count is projected too ("On craint au moins 24 morts, dont 2 enfants", "24 are feared
    dead, including 2 children"): the projection cue's clause ends at the comma before the member, whose count is
    only a part of what is feared. The whole is the last count before the part with its metric. ``bindings`` are in
    the order of their mentions. A place of a breakdown after a colon (``Binding.whole``) takes its count's status."""
    for i, b in enumerate(bindings):
        if b.status == "reported" and b.whole is not None:
            # session 20 (issue 13): a place of a breakdown after a colon, as the count it splits ("se confirmaron
            # cinco decesos más: cuatro en Sonora y uno en Baja California": confirmed, every status)
            b.status = b.whole.status
            continue
        # a member named by its group ("dont 2 enfants": role group) or a part ("eight of them")
        if (b.frame != "part" and b.role != "group") or b.status != "reported":
            continue
        whole = whole_before(bindings, i)
        if whole is not None and whole.metric == b.metric and whole.status == "projected":
            b.status = "projected"
