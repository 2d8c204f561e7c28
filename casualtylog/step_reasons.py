"""The reason a history step gives, kept short and explicit about falls.

A step's reason lists what each arriving claim did ("B raised 276 → 1000").
That can hide the change an analyst looks for first, when the best figure
fell (best went 1032 → 1000 because another source's figure was set aside),
and a step where thousands of claims arrive at once would join thousands of
parts into one sentence. :func:`step_reason` says first that best fell
(unless the reason already names a lowering or a withdrawal), and summarises
a step with many parts.

>>> step_reason("B raised 276 → 1000 (its own later figure)", (1032, 276, 1032), (1000, 1000, 1000))
'best fell 1032 → 1000: B raised 276 → 1000 (its own later figure)'
>>> step_reason("; ".join(f"S{i} reported {i}" for i in range(1000)), None, (999, 0, 999))
'S0 reported 0; S1 reported 1; S2 reported 2; and 997 more changes at this moment'

Most of a long series' steps are replayed without a full resolution, and
nobody may read their reasons: such a step keeps a :class:`PendingReason`
(what each claim did, as the claims and figures involved) and writes the
words the first time they are read, the same words as when written at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from casualtylog.claims import Claim
from casualtylog.figures import Figure
from casualtylog.resolve.explain import format_time
from casualtylog.resolve.model import Resolution, RevisionKind

__all__ = [
    "MAX_PARTS",
    "Numbers",
    "PendingReason",
    "reason_from_resolution",
    "reported_text",
    "retraction_text",
    "revision_text",
    "step_reason",
]

#: A reason with more parts than this is summarised: the first three, then a count.
MAX_PARTS = 5
_SHOWN = 3
_EXPLAINS_FALL = (" lowered ", " retracted ", "no credible claim")

Numbers = tuple[int | None, int | None, int | None]


def step_reason(reason: str, previous: Numbers | None, now: Numbers) -> str:
    """``reason`` with "best fell A → B: " in front when best fell, and many parts summarised."""
    parts = reason.split("; ")
    if len(parts) > MAX_PARTS:
        reason = "; ".join(parts[:_SHOWN]) + f"; and {len(parts) - _SHOWN} more changes at this moment"
    before = None if previous is None else previous[0]
    after = now[0]
    # A reason that already names a lowering or a withdrawal says why best fell; others do not.
    explained = any(word in reason for word in _EXPLAINS_FALL)
    if before is not None and after is not None and after < before and not explained:
        reason = f"best fell {before} → {after}: {reason}"
    return reason


def reported_text(claim: Claim) -> str:
    """A source's first figure, or one that stands again."""
    return f"{claim.source.name} reported {claim.figure}"


def retraction_text(claim: Claim, old: Claim) -> str:
    """``claim`` withdrew ``old`` (a figure, or a retraction of one)."""
    if old.figure is None:
        return f"{claim.source.name} withdrew its retraction ({format_time(old)})"
    return f"{claim.source.name} retracted {old.figure} ({format_time(old)})"


def revision_text(
    new: Claim, kind: RevisionKind, old_figure: Figure, new_figure: Figure, explicit: bool, old: Claim
) -> str:
    """A step in words: an increment, a repeat, or a revision, each called what it is.

    An increment's own figure ("+2") names it, not the total it made: a total
    said after an increment restates that total, it does not confirm "12 → 12".
    """
    said = old.figure if old.figure is not None and old.figure.is_increment else old_figure
    how = f"supersedes {said}" if explicit else "its own later figure"
    if old.source.key != new.source.key:
        how += f" from {old.source.name}"
    who = new.source.name
    if new.figure is not None and new.figure.is_increment:
        return f"{who} added {new.figure} (increment): {old_figure} → {new_figure} ({how})"
    if kind is RevisionKind.CONFIRMED:
        if said is not old_figure:
            return f"{who} restated the total {new_figure} after the increment {said} ({how})"
        return f"{who} repeated {new_figure} ({how})"
    return f"{who} {kind.value} {old_figure} → {new_figure} ({how})"


def replaced_text(new: Claim, old_figure: Figure, new_figure: Figure, explicit: bool, old: Claim) -> str:
    """:func:`revision_text` with the kind of revision worked out from the two figures."""
    return revision_text(new, RevisionKind.between(old_figure, new_figure), old_figure, new_figure, explicit, old)


def reason_from_resolution(new_claims: Sequence[Claim], after: Resolution) -> str:
    """What the claims that arrived did, each in turn (``new_claims`` in chrono order)."""
    parts: list[str] = []
    current = {x.claim.id for x in after.current}
    for claim in new_claims:
        own = [retraction_text(claim, old) for old in after.retracted if old.id in claim.retracts]
        own.extend(
            revision_text(rev.new, rev.kind, rev.old_figure, rev.new_figure, rev.explicit, rev.old)
            for rev in after.revisions
            if rev.new.id == claim.id
        )
        said_with = any(  # "two more … now 12": the total speaks for the increment
            other.source.key == claim.source.key
            and other.reported_at == claim.reported_at
            and other is not claim
            and other.figure is not None
            and not other.figure.is_increment
            for other in new_claims
        )
        if not own and not said_with:
            own.extend(
                f"{claim.source.name} reported {inc.claim.figure}, making {inc.figure}"
                for inc in after.increments
                if inc.claim.id == claim.id
            )
        if not own and claim.figure is not None and claim.id in current:
            own.append(reported_text(claim))
        parts.extend(own)
    if after.best_claim is None:
        parts.append("no credible claim remains")
    elif not parts:
        parts.append(f"the credible figures changed ({after.rule})")
    return "; ".join(dict.fromkeys(parts))


#: One thing a claim did, to be written later: a function of the texts above and its arguments.
Part = tuple[Callable[..., str], tuple[object, ...]]


class PendingReason:
    """A fast-replayed step's reason, written when first read.

    ``parts`` are what each arriving claim did (a text function and what it
    needs: claims and figures, which are immutable); ``rule`` is the policy's
    rule when something credible remains, else ``None``.
    """

    __slots__ = ("parts", "rule")

    def __init__(self, parts: list[Part], rule: str | None) -> None:
        self.parts, self.rule = parts, rule

    def text(self) -> str:
        """The reason in words, as :func:`reason_from_resolution` would put it."""
        words = [write(*args) for write, args in self.parts]
        if self.rule is None:
            words.append("no credible claim remains")
        elif not words:
            words.append(f"the credible figures changed ({self.rule})")
        return "; ".join(dict.fromkeys(words))
