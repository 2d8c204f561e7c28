"""What resolution produces: candidates, revisions, conflicts and the resolution.

These are output types, built only by the engine from claims that were already
validated, so they are frozen slotted dataclasses rather than pydantic models:
a log of a million claims builds hundreds of thousands of them, and
re-validating trusted values would only cost time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from casualtylog.claims import Claim, Count
from casualtylog.figures import Figure, Qualifier

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Candidate", "Conflict", "ConflictKind", "Decision", "Resolution", "Revision", "RevisionKind", "figure_text", "resolved_figure"]


def figure_text(best: int | None, low: int | None, high: int | None, said: Figure | None = None) -> str:
    """A resolved figure as an analyst writes it.

    >>> figure_text(12, 12, 12), figure_text(12, 12, None), figure_text(12, 10, 15), figure_text(None, None, None)
    ('12', 'at least 12', '12 (10–15)', 'unknown')

    A bound the source worded ("more than", "over", "nearly") is shown as
    written when the resolution is exactly that figure (``said``, the best claim's):

    >>> figure_text(12001, 12001, None, said=Figure.parse("more than 12000"))
    'more than 12000'
    """
    if said is not None and said.qualifier in _WORDED and (said.point, said.low, said.high) == (best, low, high):
        return str(said)
    if best is None:
        return "unknown"
    if high is None:
        return f"at least {low}" if best == low else f"{best} (at least {low})"
    if low == high:
        return str(best)
    return f"{best} ({low}–{high})"


#: Bounds whose words say more than "at least N" / "N (low–high)" would.
_WORDED = frozenset({Qualifier.MORE_THAN, Qualifier.FEWER_THAN, Qualifier.ALMOST})


def resolved_figure(best: int | None, low: int | None, high: int | None, said: Figure | None = None) -> Figure | None:
    """Resolved numbers as a :class:`Figure`: exact, "at least low", or "about best (low–high)";
    a worded bound the best claim ``said`` when the numbers are its own.

    >>> resolved_figure(12, 12, 12), resolved_figure(12, 10, None), resolved_figure(12, 10, 15)
    (Figure.exact(12), Figure.at_least(10), Figure.about(12, low=10, high=15))
    >>> resolved_figure(None, None, None) is None
    True
    """
    if said is not None and said.qualifier in _WORDED and figure_text(best, low, high, said) == str(said):
        return said  # the source's words say more than "at least N" would ("more than 12000")
    if best is None or low is None:
        return None
    if high is None:
        return Figure.at_least(low)
    if low == high:
        return Figure.exact(best)
    return Figure.about(best, low=low, high=high)


class RevisionKind(StrEnum):
    """How a later figure from one originator relates to its earlier one."""

    RAISED = "raised"
    LOWERED = "lowered"
    NARROWED = "narrowed"
    WIDENED = "widened"
    CONFIRMED = "confirmed"
    SHIFTED = "shifted"

    @classmethod
    def between(cls, old: Figure, new: Figure) -> RevisionKind:
        """Classify the step from ``old`` to ``new``.

        >>> RevisionKind.between(Figure.exact(10), Figure.exact(12)).value
        'raised'
        >>> RevisionKind.between(Figure.at_least(10), Figure.range(10, 12)).value
        'narrowed'
        """
        if (old.low, old.high, old.point) == (new.low, new.high, new.point):
            return cls.CONFIRMED
        old_high = old.high if old.high is not None else float("inf")
        new_high = new.high if new.high is not None else float("inf")
        if new.low >= old.low and new_high <= old_high and (new.low, new_high) != (old.low, old_high):
            return cls.NARROWED
        if new.low <= old.low and new_high >= old_high and (new.low, new_high) != (old.low, old_high):
            return cls.WIDENED
        if new.point > old.point:
            return cls.RAISED
        if new.point < old.point:
            return cls.LOWERED
        return cls.SHIFTED


@dataclass(frozen=True, slots=True)
class Candidate:
    """A claim with the figure it stands for once increments are applied."""

    claim: Claim
    figure: Figure

    @property
    def originator(self) -> str:
        """Who made the claim (the source key)."""
        return self.claim.source.key


@dataclass(frozen=True, slots=True)
class Revision:
    """``new`` replaced ``old``: by an explicit link, or as the same originator's later claim.

    ``old_figure`` and ``new_figure`` are the figures the claims stand for,
    with increments applied.
    """

    old: Claim
    new: Claim
    kind: RevisionKind
    explicit: bool
    old_figure: Figure
    new_figure: Figure

    def __str__(self) -> str:
        how = "supersedes" if self.explicit else "later claim from the same source"
        if self.old.source.key != self.new.source.key:
            how += f" {self.old_figure} from {self.old.source.name}"
        if self.new.figure is not None and self.new.figure.is_increment:  # called what it is
            return f"increment {self.new.figure} by {self.new.source.name}: {self.old_figure} → {self.new_figure} ({how})"
        return f"{self.kind.value} {self.old_figure} → {self.new_figure} by {self.new.source.name} ({how})"


class ConflictKind(StrEnum):
    """Why two figures cannot both hold."""

    FELL = "fell"  # a later figure below an earlier one's floor (another source)
    SIMULTANEOUS = "simultaneous"  # two sources, same moment, disjoint figures
    SAME_SOURCE = "same_source"  # one source, same moment, different figures


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two current claims that cannot both hold: ``second`` is said at the same time as ``first`` or later.

    The ``reason`` is written when asked for: most resolutions are never explained.
    """

    first: Claim
    second: Claim
    kind: ConflictKind

    @property
    def reason(self) -> str:
        """The conflict in words, naming both claims."""
        from casualtylog.resolve.explain import describe_claim  # noqa: PLC0415 - explain imports this module

        a, b = describe_claim(self.first), describe_claim(self.second)
        if self.kind is ConflictKind.SAME_SOURCE:
            return (
                f"{self.second.source.name} contradicted itself: {a} and {b} are said at the same moment "
                "and differ; both stay within low–high and the higher is current until a supersedes link "
                "says which stands"
            )
        if self.kind is ConflictKind.SIMULTANEOUS and self.second.figure is not None and self.first.figure is not None:
            if self.second.figure.high is not None and self.second.figure.high < self.first.figure.low:
                return f"{b} is a simultaneous figure below {a}"
            return f"{a} and {b} disagree"
        return f"{b} is a later figure below {a}"


@dataclass(frozen=True, slots=True)
class Decision:
    """What a policy returns: the numbers and the claims that set them."""

    best: int | None
    low: int | None
    high: int | None
    best_claim: Claim | None
    low_claims: tuple[Claim, ...]
    high_claims: tuple[Claim, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer for one count at one moment, with every number's provenance.

    ``best`` lies within ``[low, high]``; ``high`` is ``None`` when every
    credible claim is open-ended ("at least 12"). Every number points at the
    claims it came from (:attr:`best_claim`, :attr:`low_claims`,
    :attr:`high_claims`).
    """

    count: Count
    policy: str
    best: int | None
    low: int | None
    high: int | None
    best_claim: Claim | None
    low_claims: tuple[Claim, ...]
    high_claims: tuple[Claim, ...]
    rule: str
    considered: tuple[Claim, ...]
    current: tuple[Candidate, ...]
    credible: tuple[Candidate, ...]
    superseded: tuple[Claim, ...]
    retracted: tuple[Claim, ...]
    excluded: tuple[Claim, ...]
    outdated: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    revisions: tuple[Revision, ...]
    increments: tuple[Candidate, ...]
    anomalies: tuple[str, ...]
    at: datetime | None = None
    known_at: datetime | None = None
    #: Claims left out because they are dated implausibly after they were
    #: recorded (:data:`casualtylog.claims.FUTURE_TOLERANCE`).
    future: tuple[Claim, ...] = ()
    #: Links to claims not among those considered: ``(claim, "supersedes" or
    #: "retracts", the id it names)``. They change nothing.
    dangling: tuple[tuple[Claim, str, str], ...] = ()

    @property
    def sources(self) -> int:
        """How many sources stand behind the credible figures: the number rests on them.

        A source is an originator (:attr:`Claim.source`): outlets relaying it
        (``via``) are not sources of their own, so two newspapers repeating
        one official are one source. See :attr:`reporting_sources` for every
        source that reported the count, and docs/model.md for both.
        """
        return len({c.originator for c in self.credible})

    @property
    def reports(self) -> tuple[Claim, ...]:
        """The claims that stated a figure and still stand as reports: not retracted, not projections."""
        gone = {c.id for c in (*self.retracted, *self.excluded)}
        return tuple(c for c in self.considered if c.figure is not None and c.id not in gone)

    @property
    def reporting_sources(self) -> int:
        """How many sources reported a figure for the count that still stands as a report.

        It counts the sources of :attr:`reports`, credible or not (an earlier
        figure outdated by a higher one still counts), so it is at least
        :attr:`sources`. UCDP-style rows write it as ``number_of_sources``.
        """
        return len({c.source.key for c in self.reports})

    @property
    def claim_count(self) -> int:
        """How many claims were considered (``len(considered)``); :attr:`claim_ids` names them."""
        return len(self.considered)

    @property
    def has_conflicts(self) -> bool:
        """Whether any two current claims cannot both hold (:attr:`conflicts` is not empty)."""
        return bool(self.conflicts)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """The ids of the claims considered, in the order they were considered."""
        return tuple(c.id for c in self.considered)

    @property
    def states_a_figure(self) -> bool:
        """Whether any claim considered states a figure (a count of retractions alone does not)."""
        return any(c.figure is not None for c in self.considered)

    @property
    def figure(self) -> Figure | None:
        """The resolution as a :class:`Figure`, as :attr:`Claim.figure` is one; ``None`` when nothing resolved.

        Exact when low = high, "at least low" when every credible claim is
        open-ended, else "about best (low–high)" (as :func:`~casualtylog.exports.ucdp_figures`
        reads a row back). :attr:`figure_text` is how an analyst writes it.

        >>> from casualtylog import CasualtyLog
        >>> log = CasualtyLog([{"event": "e", "metric": "killed", "figure": "10-15", "source": "A",
        ...                     "reported_at": "2025-04-24"}])
        >>> res = log.resolve("e", "killed")
        >>> res.figure, res.figure_text
        (Figure.about(12, low=10, high=15), '12 (10–15)')
        """
        return resolved_figure(self.best, self.low, self.high, None if self.best_claim is None else self.best_claim.figure)

    @property
    def figure_text(self) -> str:
        """The resolution as an analyst would write it: "12", "at least 12", "12 (10–15)".

        A lone open-ended claim keeps its wording, so "at least 12 children" is
        never shown as a bare 12. Frames, JSON and CSV write this text in their
        ``figure`` column, as they write a claim's figure as its text.
        """
        said = None if self.best_claim is None else self.best_claim.figure
        return figure_text(self.best, self.low, self.high, said)

    def __str__(self) -> str:
        return f"{self.count}: {self.figure_text}"

    def _repr_html_(self) -> str:
        from casualtylog.display.html import resolution_html  # noqa: PLC0415 - display depends on the core

        return resolution_html(self)

    def to_frame(self) -> pd.DataFrame:
        """A one-row DataFrame (needs the ``pandas`` extra); see :func:`casualtylog.display.resolutions_frame`."""
        from casualtylog.display.frames import resolutions_frame  # noqa: PLC0415 - optional extra

        return resolutions_frame(self)

    def to_prov_json(self) -> str:
        """The W3C PROV-JSON of this resolution's provenance; see :mod:`casualtylog.exports.prov`."""
        from casualtylog.exports.prov import prov_json  # noqa: PLC0415 - exports depend on the core

        return prov_json(self)

    def explain(self) -> str:
        """Why the numbers are what they are, in plain language."""
        from casualtylog.resolve.explain import explain  # noqa: PLC0415 - explain imports this module

        return explain(self)
