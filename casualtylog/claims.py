"""Sources, claims and the counts they are about.

A :class:`Claim` is one immutable, timestamped, sourced assertion of a
:class:`~casualtylog.Figure` for one :class:`Count`. It validates from plain
dicts and JSON, normalising what reports spell many ways:

>>> c = Claim.model_validate({
...     "event": "kyiv-2025-04-24", "metric": "dead", "figure": "at least 12",
...     "source": "Kyiv City Military Administration",
...     "reported_at": "2025-04-24T15:00:00+03:00"})
>>> c.metric, str(c.figure), c.source.name, c.reported_precision.value
('killed', 'at least 12', 'Kyiv City Military Administration', 'second')
>>> c.count
Count(event='kyiv-2025-04-24', metric='killed', group=None)
>>> len(c.id)
16

Claims are never edited. A correction is a new claim that supersedes the old
one, a withdrawal a new claim that retracts it:

>>> later = c.revised(figure="12", reported_at="2025-04-24T18:00+03:00")
>>> later.supersedes == (c.id,)
True
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property
from typing import Any, ClassVar, Self

from pydantic import (
    AwareDatetime,
    ConfigDict,
    Field,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

from casualtylog._checked_copy import CheckedCopies
from casualtylog._lean import SharedLayout
from casualtylog.claim_ids import _CANONICAL as _CANONICAL  # its old home: still importable here
from casualtylog.claim_ids import as_given_before_normalising
from casualtylog.claim_ids import content_id as _content_id
from casualtylog.claim_input import MAX_TEXT, capped, read_loose
from casualtylog.claim_links import MAX_LINKS, carry_over, check_links, derived
from casualtylog.counts import Count, _event
from casualtylog.errors import FIGURE_REQUIRED, ClaimIdError, FigureError, TimeError, VocabularyError
from casualtylog.figures import Figure, figure_reads_back
from casualtylog.names import CONTROL, MAX_NAME, normalise_name
from casualtylog.periods import Period
from casualtylog.sources import Source, SourceKind, _source
from casualtylog.times import Precision, instant, window_end
from casualtylog.vocab import normalise_group, normalise_metric

__all__ = [
    "FUTURE_TOLERANCE",
    "MAX_LINKS",
    "MAX_TEXT",
    "Claim",
    "ClaimStatus",
    "Count",
    "Source",
    "SourceKind",
    "share_fields_set",
]

#: How far a claim's report time may lie after the moment it was recorded before it is
#: implausible: time zones and a paper dated for the next morning stay within a day. A later
#: report time is a typo ("2205") or a forgery: such a claim never sets a figure (:attr:`Claim.dated_in_future`).
FUTURE_TOLERANCE = timedelta(days=1)

#: How far a relay's publication may seem to precede the statement it repeats: either time may be
#: known only to the day, in another zone. Earlier is a swap.
RELAY_TOLERANCE = timedelta(days=1)


class ClaimStatus(StrEnum):
    """How firm a statement is, as the source presented it.

    ``projected`` figures ("feared dead", "could rise to") are kept in the log but left out of
    resolution: they are not reports of a count."""

    REPORTED = "reported"
    PRELIMINARY = "preliminary"
    CONFIRMED = "confirmed"
    PROJECTED = "projected"


_LAYOUT = SharedLayout()


def share_fields_set(claim: Claim) -> Claim:
    """Point the claim at one shared "fields set" and a key-sharing ``__dict__``
    (:class:`~casualtylog._lean.SharedLayout`): a claim in about half the bytes.
    Claims are frozen; ``model_copy`` copies both before it changes them: sharing is safe."""
    return _LAYOUT.share(claim)


#: A claim with fields replaced, not validated, id kept: only for hot paths that say why (SharedLayout.copy_unchecked).
_copy_unchecked = _LAYOUT.copy_unchecked


#: The names as given, while a claim that arrived with an id is validated: a claim stored
#: before names were normalised verifies against them (see :meth:`Claim._identify`).
_AS_GIVEN: ContextVar[dict[str, Any] | None] = ContextVar("_AS_GIVEN", default=None)


class Claim(CheckedCopies):
    """One sourced, timestamped assertion of a figure for one count.

    Equality compares every field, ``recorded_at`` included; identity in a log is :attr:`id`,
    a hash of the content *without* ``recorded_at``: the same statement recorded twice is one claim.

    Attributes:
        event: the event the count belongs to.
        metric: killed, injured, … (synonyms normalised).
        group: the sub-population (children, civilians, …) or ``None`` for all.
        figure: what is asserted; ``None`` only for a pure retraction.
        source: the originator.
        via: how the statement reached us (Telegram, an outlet, a URL's site).
        reported_at: when the source said it (aware; the start of its window).
        reported_precision: how precisely ``reported_at`` is known.
        as_of: the moment the figure describes, if the source gave one.
        recorded_at: when the claim entered a log; set by the log.
        status: reported, preliminary, confirmed or projected.
        supersedes: ids of claims this one replaces.
        retracts: ids of claims this one withdraws.
        quote, url, language: the evidence.
        period: the span the figure counts (``None``: a running total since
            the event began); part of the :class:`Count`.
        relayed_at: when the relay named in ``via`` (a newspaper repeating
            an official) published the statement, if it reached us that way;
            ``reported_at`` stays the time the source said it (docs/time.md).
        id: a stable hash of the content.

    ``model_copy(update=...)`` is validated: a changed copy has its new content's id (``_checked_copy``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    _DERIVED: ClassVar[tuple[str, ...]] = ("id",)

    event: str = Field(max_length=500)
    metric: str = Field(max_length=200)
    group: str | None = Field(default=None, max_length=200)
    figure: Figure | None
    source: Source
    via: str | None = Field(default=None, max_length=2000)
    reported_at: AwareDatetime
    reported_precision: Precision = Precision.SECOND
    as_of: AwareDatetime | None = None
    recorded_at: AwareDatetime | None = None
    status: ClaimStatus = ClaimStatus.REPORTED
    supersedes: tuple[str, ...] = ()
    retracts: tuple[str, ...] = ()
    quote: str | None = Field(default=None, max_length=20000)
    url: str | None = Field(default=None, max_length=4000)
    language: str | None = Field(default=None, max_length=35)
    period: Period | None = None
    relayed_at: AwareDatetime | None = None
    id: str = ""

    # -- input --------------------------------------------------------------
    # Validation errors leave as ClaimValidationError (see RootedModel): still pydantic's ValidationError
    # (per-field details), and under the library's error root.
    @model_validator(mode="before")
    @classmethod
    def _loose_times(cls, data: Any, info: ValidationInfo) -> Any:
        """Read loose timestamps, keeping the precision they were given with."""
        _AS_GIVEN.set(None)
        if not isinstance(data, Mapping):
            return data
        tz = (info.context or {}).get("tz") if info is not None else None
        out = read_loose(data, tz)
        if out.get("id"):
            _AS_GIVEN.set({"event": out.get("event"), "source": out.get("source"), "via": out.get("via")})
        return out

    @field_validator("event", mode="before")
    @classmethod
    def _check_event(cls, value: object) -> str:
        return _event(value)

    @field_validator("metric", mode="before")
    @classmethod
    def _check_metric(cls, value: object) -> str:
        if not isinstance(value, str):
            raise VocabularyError("metric", value, "a name such as 'killed' or 'injured'")
        capped("metric", value, MAX_NAME["metric"])
        return normalise_metric(value)

    @field_validator("group", mode="before")
    @classmethod
    def _check_group(cls, value: object) -> str | None:
        if value is not None and not isinstance(value, str):
            raise VocabularyError("group", value, "a name such as 'children', or null for everyone")
        capped("group", value, MAX_NAME["group"])
        return normalise_group(value)

    @field_validator("figure", mode="plain")
    @classmethod
    def _check_figure(cls, value: object, info: ValidationInfo) -> Figure | None:
        vague = (info.context or {}).get("vague")
        if vague is not None and isinstance(value, str):
            return Figure.parse(value, vague=vague)  # the caller's floors for "dozens" & co.
        return None if value is None else Figure.coerce(value)

    @field_validator("source", mode="before")
    @classmethod
    def _check_source(cls, value: object) -> object:
        if isinstance(value, str):
            return _source(value, SourceKind.UNKNOWN.value)
        if isinstance(value, Mapping) and value.keys() <= {"name", "kind"} and isinstance(value.get("name"), str):
            kind = value.get("kind", SourceKind.UNKNOWN.value)
            if isinstance(kind, str):
                return _source(value["name"], kind)
        return value

    @field_validator("via", "quote", "url", "language", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("via", "language")
    @classmethod
    def _share(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        if info.field_name == "via":
            return sys.intern(normalise_name(value, field="via"))  # channels repeat
        if CONTROL.search(value):
            raise ValueError("a language cannot hold control characters (terminal escapes, bidi overrides)")
        return sys.intern(value)  # languages repeat

    @field_validator("supersedes", "retracts", mode="before")
    @classmethod
    def _links(cls, value: object) -> object:
        return check_links(value)

    @model_validator(mode="after")
    def _identify(self) -> Self:
        if _LAYOUT.shares(self):
            # Identified already (the shared fields set is put only at the end of this validator):
            # pydantic re-runs "after" validators on a claim passed whole into another model.
            return self
        if self.figure is None and not self.retracts:
            raise ValueError(f"figure {FIGURE_REQUIRED}")
        if self.relayed_at is not None and self.relayed_at < self.reported_at - RELAY_TOLERANCE:
            raise TimeError(
                "relayed_at",
                self.relayed_at.isoformat(),
                f"a relay repeats a statement after it was made (reported_at {self.reported_at.isoformat()})",
                "reported_at is when the source said it, relayed_at when the relay published it",
            )
        if self.figure is not None and not figure_reads_back(self.figure):
            # What is stored as text must read back as the same figure, or the
            # stored record fails its id check when the log is opened again.
            raise FigureError(self.figure.model_dump(exclude_none=True), "a figure that reads back from its text")
        computed = self.content_id()
        if self.id and self.id != computed and not as_given_before_normalising(self, _AS_GIVEN.get()):
            raise ClaimIdError(self.id, computed)
        if not self.id:
            object.__setattr__(self, "id", computed)  # frozen: the id is derived, never set
        share_fields_set(self)
        return self

    def content_id(self) -> str:
        """The id derived from the content: everything but ``recorded_at`` and ``id``.

        Times are compared as instants, so the same moment written with two
        offsets gives one id.
        """
        return _content_id(self)

    # -- output -------------------------------------------------------------
    @field_serializer("figure")
    def _figure_text(self, figure: Figure | None) -> str | None:
        return None if figure is None else str(figure)

    @field_serializer("period")
    def _period_text(self, period: Period | None) -> str | None:
        return None if period is None else period.canonical()

    @field_serializer("source")
    def _source_out(self, source: Source) -> str | dict[str, str]:
        if source.kind is SourceKind.UNKNOWN:
            return source.name
        return {"name": source.name, "kind": source.kind.value}

    def to_record(self) -> dict[str, Any]:
        """A compact JSON-ready dict: only the fields that are set, in model order.

        >>> rec = Claim(event="e", metric="killed", figure="12", source="x",
        ...             reported_at="2025-04-24").to_record()
        >>> rec["figure"], rec["reported_at"], rec["reported_precision"]
        ('12', '2025-04-24T00:00:00Z', 'day')
        """
        data = self.model_dump(mode="json", exclude_defaults=True)
        if data.get("period", ...) is None:
            del data["period"]  # a running total since the event began: the default, not written
        data["reported_precision"] = self.reported_precision.value
        data["id"] = self.id
        return {name: data[name] for name in type(self).model_fields if name in data}

    # -- reading ------------------------------------------------------------
    @property
    def count(self) -> Count:
        """The count this claim is about."""
        return Count(self.event, self.metric, self.group, self.period)

    @property
    def originator(self) -> str:
        """The key that groups claims by who made them (see :attr:`Source.key`)."""
        return self.source.key

    @cached_property
    def available_at(self) -> datetime:
        """The first moment the claim had certainly been said.

        For times known to the minute or second this is ``reported_at``; for a
        coarser time it is the end of its window, so that "24 April" is not
        seen by a query at 10:00 on 24 April. As-of queries (``at=``) and the
        reported-clock history use this moment.

        >>> Claim(event="e", metric="killed", figure="1", source="s",
        ...       reported_at="2025-04-24").available_at.isoformat()
        '2025-04-25T00:00:00+00:00'
        """
        if self.reported_precision.rank >= Precision.MINUTE.rank:
            return self.reported_at
        return window_end(self.reported_at, self.reported_precision)

    @property
    def dated_in_future(self) -> bool:
        """Whether the claim says it was made more than :data:`FUTURE_TOLERANCE`
        after it was recorded: nobody reports tomorrow's figure today.

        Unrecorded claims (no ``recorded_at``) are not judged.

        >>> Claim(event="e", metric="killed", figure="3", source="s", reported_at="2205-04-24",
        ...       recorded_at="2025-04-24T10:00Z").dated_in_future
        True
        """
        # Instants: a named zone adds a wall-clock day (23 or 25 h across DST) and compares wall clocks.
        return self.recorded_at is not None and instant(self.reported_at) > instant(self.recorded_at) + FUTURE_TOLERANCE

    @property
    def describes(self) -> datetime:
        """The moment the figure describes: ``as_of`` if given, else ``reported_at``."""
        return self.as_of or self.reported_at

    def _repr_html_(self) -> str:
        from casualtylog.display.html import claim_html  # noqa: PLC0415 - display depends on the core

        return claim_html(self)

    def __str__(self) -> str:
        what = "retracts " + ", ".join(self.retracts) if self.figure is None else str(self.figure)
        via = f" via {self.via}" if self.via else ""
        return f"{self.count}: {what} — {self.source.name}{via}, {self.reported_at.isoformat()}"

    # -- changes are new claims -----------------------------------------------
    def revised(self, **changes: Any) -> Claim:
        """A new claim that supersedes this one, with ``changes`` applied.

        Fields not given are carried over, except the evidence (quote, url) and
        the times, which belong to the new statement: pass ``reported_at``.
        Times without an offset are read in this claim's named zone, if it
        was given one (``tz="Europe/Kyiv"``, on the claim or its log).

        >>> c = Claim.model_validate({"event": "e", "metric": "killed", "figure": "10", "source": "s",
        ...                           "reported_at": "2025-04-24 09:00"}, context={"tz": "Europe/Kyiv"})
        >>> c.revised(figure="12", reported_at="2025-04-24 14:00").reported_at.isoformat()
        '2025-04-24T14:00:00+03:00'
        >>> c.revised(figure="12")
        Traceback (most recent call last):
        ...
        casualtylog.errors.TimeError: reported_at=None: a revision is a new statement and needs its own time; pass reported_at=, e.g. claim.revised(figure="12", reported_at="2025-04-24T18:00+03:00")
        """
        data = carry_over(self)
        data["supersedes"] = (self.id,)
        return derived(self, data | changes, "revised")

    def retracted(self, **changes: Any) -> Claim:
        """A new claim that withdraws this one (pass ``reported_at``)."""
        data = carry_over(self)
        data["figure"] = None
        data["retracts"] = (self.id,)
        return derived(self, data | changes, "retracted")


_LAYOUT.bind(Claim)  # before any claim exists: see SharedLayout.bind
