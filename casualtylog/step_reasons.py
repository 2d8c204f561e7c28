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
"""

from __future__ import annotations

__all__ = ["MAX_PARTS", "step_reason"]

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
