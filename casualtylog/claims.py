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

import hashlib
import json
import re
import sys
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from functools import cached_property, lru_cache
from typing import Any, NamedTuple, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

from casualtylog.errors import ClaimIdError, VocabularyError
from casualtylog.figures import Figure
from casualtylog.periods import Period, parse_period
from casualtylog.times import Precision, parse_time, to_utc_text, truncate, window_end
from casualtylog.vocab import normalise_group, normalise_metric

__all__ = ["Claim", "ClaimStatus", "Count", "Source", "SourceKind"]

#: The canonical JSON of a claim's content, hashed into its id. Changing it
#: changes every id: don't.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_CLAIM_ID = re.compile(r"[0-9a-f]{16}")
_PRECISIONS = {p.value for p in Precision}


class Count(NamedTuple):
    """What a figure is about: one metric, for one event, for one group.

    ``group`` is ``None`` for everyone. Counts are plain tuples: cheap to hash
    and to sort.

    >>> str(Count("kyiv-2025-04-24", "injured", "children"))
    'kyiv-2025-04-24 / injured / children'
    """

    event: str
    metric: str
    group: str | None = None
    #: The span counted (docs/series.md); ``None`` for a running total since the event began.
    period: Period | None = None

    def __eq__(self, other: object) -> bool:
        # Without a period a count equals its (event, metric, group) triple, as before periods
        # existed: dicts keyed by counts still answer lookups by plain triples.
        if self.period is None and type(other) is tuple and len(other) == 3:
            return tuple.__eq__(self[:3], other)
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self[:3]) if self.period is None else tuple.__hash__(self)

    def __repr__(self) -> str:
        # Without a period a count reads as it always has: most counts are running totals.
        tail = "" if self.period is None else f", period={self.period!r}"
        return f"Count(event={self.event!r}, metric={self.metric!r}, group={self.group!r}{tail})"

    def __str__(self) -> str:
        parts = [self.event, self.metric] + ([self.group] if self.group else [])
        if self.period is not None:
            parts.append(str(self.period) if self.period.running else f"in {self.period}")
        return " / ".join(parts)

    @classmethod
    def of(cls, event: str, metric: str, group: str | None = None, period: object = None) -> Count:
        """A count with its metric and group normalised (and its period read, if any).

        >>> Count.of("kyiv", "Dead", "kids")
        Count(event='kyiv', metric='killed', group='children')
        >>> str(Count.of("ukr", "killed", None, "2017-05"))
        'ukr / killed / in 2017-05'
        """
        span = None if period is None else parse_period(period)
        return cls(_event(event), normalise_metric(metric), normalise_group(group), span)


class SourceKind(StrEnum):
    """What kind of originator made a statement."""

    OFFICIAL = "official"
    MILITARY = "military"
    UN = "un"
    NGO = "ngo"
    MEDIA = "media"
    SOCIAL = "social"
    ACADEMIC = "academic"
    OTHER = "other"
    UNKNOWN = "unknown"


class Source(BaseModel):
    """The originator of a statement: who made it, not who repeated it.

    Two sources are the same originator when their names match ignoring case
    and spacing (:attr:`key`); equality compares name and kind exactly.

    >>> Source(name="Kyiv City  Military Administration", kind="official").key
    'kyiv city military administration'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(max_length=500)
    kind: SourceKind = SourceKind.UNKNOWN

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        stripped = " ".join(value.split())
        if _CONTROL.search(stripped):
            raise ValueError("a source name cannot hold control characters (terminal escapes, bidi overrides)")
        if not stripped:
            raise ValueError("a source needs a name; use 'unknown' if the report names none")
        return stripped

    @cached_property
    def key(self) -> str:
        """The originator's identity: the name, case-folded."""
        return self.name.casefold()

    def __str__(self) -> str:
        return self.name if self.kind is SourceKind.UNKNOWN else f"{self.name} ({self.kind.value})"


class ClaimStatus(StrEnum):
    """How firm a statement is, as the source presented it.

    ``projected`` figures ("feared dead", "could rise to") are kept in the log
    but left out of resolution: they are not reports of a count.
    """

    REPORTED = "reported"
    PRELIMINARY = "preliminary"
    CONFIRMED = "confirmed"
    PROJECTED = "projected"


_ALL_FIELDS: set[str] = set()


def share_fields_set(claim: Claim) -> Claim:
    """Point the claim at one shared "fields set" instead of a set of its own.

    pydantic keeps, per instance, the set of fields the input named (for
    ``exclude_unset``, which casualtylog never uses): about 700 bytes a claim,
    half of a claim's memory. Claims are frozen; ``model_copy`` copies the set
    before it changes it, so sharing it is safe.
    """
    if not _ALL_FIELDS:
        _ALL_FIELDS.update(Claim.model_fields)
    object.__setattr__(claim, "__pydantic_fields_set__", _ALL_FIELDS)
    return claim


@lru_cache(maxsize=16384)
def _source(name: str, kind: str) -> Source:
    """Sources repeat across many claims: validate each (name, kind) once."""
    return Source(name=name, kind=SourceKind(kind))


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _event(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise VocabularyError("event", value, "a non-empty name such as 'kyiv-2025-04-24'")
    if _CONTROL.search(value):
        raise VocabularyError("event", value, "a name without control characters or line breaks")
    return sys.intern(value.strip())  # one copy of each event name, however many claims


class Claim(BaseModel):
    """One sourced, timestamped assertion of a figure for one count.

    Equality compares every field, ``recorded_at`` included; identity in a log
    is :attr:`id`, a hash of the content *without* ``recorded_at``, so the same
    statement recorded twice is one claim.

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
        id: a stable hash of the content.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

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
    id: str = ""

    # -- input --------------------------------------------------------------
    @model_validator(mode="before")
    @classmethod
    def _loose_times(cls, data: Any, info: ValidationInfo) -> Any:
        """Read loose timestamps, keeping the precision they were given with."""
        if not isinstance(data, Mapping):
            return data
        tz = (info.context or {}).get("tz") if info is not None else None
        out = dict(data)
        raw = out.get("reported_at")
        if raw is not None:
            when, precision = parse_time(raw, field="reported_at", tz=tz)
            declared = out.get("reported_precision")
            if isinstance(declared, str) and declared in _PRECISIONS and declared != precision:
                # A declared precision rules: the time is the start of its window.
                when = truncate(when, Precision(declared))
            out["reported_at"] = when
            out.setdefault("reported_precision", precision)
        for field in ("as_of", "recorded_at"):
            value = out.get(field)
            if value is not None:
                out[field] = parse_time(value, field=field, tz=tz)[0]
        if out.get("period") is not None:
            out["period"] = parse_period(out["period"], tz=tz)
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
        return normalise_metric(value)

    @field_validator("group", mode="before")
    @classmethod
    def _check_group(cls, value: object) -> str | None:
        if value is not None and not isinstance(value, str):
            raise VocabularyError("group", value, "a name such as 'children', or null for everyone")
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
    def _share(cls, value: str | None) -> str | None:
        if value is not None and _CONTROL.search(value):
            raise ValueError("a channel or language cannot hold control characters (terminal escapes, bidi overrides)")
        return None if value is None else sys.intern(value)  # channels and languages repeat

    @field_validator("supersedes", "retracts", mode="before")
    @classmethod
    def _links(cls, value: object) -> object:
        if isinstance(value, str):
            value = (value,)
        if isinstance(value, list | tuple | set | frozenset):
            bad = [v for v in value if not isinstance(v, str) or not _CLAIM_ID.fullmatch(v)]
            if bad:
                raise ValueError(f"expected claim ids (16 lower-case hexadecimal characters), got {bad[0]!r}")
            return tuple(sorted(set(value)))
        return value

    @model_validator(mode="after")
    def _identify(self) -> Self:
        if self.figure is None and not self.retracts:
            raise ValueError("figure is required (only a claim that retracts others may omit it)")
        computed = self.content_id()
        if self.id and self.id != computed:
            raise ClaimIdError(self.id, computed)
        object.__setattr__(self, "id", computed)  # frozen: the id is derived, never set
        share_fields_set(self)
        return self

    def content_id(self) -> str:
        """The id derived from the content: everything but ``recorded_at`` and ``id``.

        Times are compared as instants, so the same moment written with two
        offsets gives one id.
        """
        payload = [
            self.event,
            self.metric,
            self.group,
            None if self.figure is None else str(self.figure),
            self.source.name,
            self.source.kind.value,
            self.via,
            to_utc_text(self.reported_at),
            self.reported_precision.value,
            None if self.as_of is None else to_utc_text(self.as_of),
            self.status.value,
            list(self.supersedes),
            list(self.retracts),
            self.quote,
            self.url,
            self.language,
        ]
        if self.period is not None:  # appended only when set: ids of claims without a period are unchanged
            payload.append(self.period.canonical())
        return hashlib.sha256(_CANONICAL.encode(payload).encode()).hexdigest()[:16]

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
        """
        data = self._carry_over()
        data["supersedes"] = (self.id,)
        return Claim.model_validate(data | changes)

    def retracted(self, **changes: Any) -> Claim:
        """A new claim that withdraws this one (pass ``reported_at``)."""
        data = self._carry_over()
        data["figure"] = None
        data["retracts"] = (self.id,)
        return Claim.model_validate(data | changes)

    def _carry_over(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "metric": self.metric,
            "group": self.group,
            "figure": self.figure,
            "source": self.source,
            "via": self.via,
            "status": self.status,
            "language": self.language,
            "period": self.period,
        }
