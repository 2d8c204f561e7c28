"""casualtylog: conflicting, shifting casualty reports → figures with provenance.

>>> from casualtylog import CasualtyLog
>>> log = CasualtyLog()
>>> ten = log.add({"event": "kyiv", "metric": "dead", "figure": "10", "source": "Ukrainian authorities",
...                "reported_at": "2025-04-24T09:00+03:00"})
>>> _ = log.add(ten.revised(figure="12", reported_at="2025-04-24T14:00+03:00"))
>>> print(log.resolve("kyiv", "killed"))
kyiv / killed: 12

Files, the store, display and exports live in sub-packages, so that importing
``casualtylog`` loads neither pandas nor matplotlib: :mod:`casualtylog.formats`
(JSON Lines, CSV/HXL), :mod:`casualtylog.store` (SQLite, also
:meth:`CasualtyLog.open`), :mod:`casualtylog.display` (frames, HTML, plots),
:mod:`casualtylog.exports` (UCDP, ACLED, W3C PROV), :mod:`casualtylog.dask`.
"""

from casualtylog._extras import MissingExtraError
from casualtylog._version import __version__
from casualtylog.bulk.table import ClaimTable
from casualtylog.checks import DEFAULT_RELATIONS, Finding, FindingKind, Relation
from casualtylog.claims import Claim, ClaimStatus, Count, Source, SourceKind
from casualtylog.diff import CountChange, Diff, diff, diff_snapshots
from casualtylog.errors import (
    CasualtyLogError,
    ClaimFormatError,
    ClaimIdError,
    ClaimValidationError,
    FigureError,
    OptionError,
    PeriodError,
    PolicyError,
    StoreError,
    TimeError,
    UnknownClaimError,
    UnknownCountError,
    VocabularyError,
)
from casualtylog.events import Event, EventError
from casualtylog.figures import Figure, Qualifier
from casualtylog.history import History, HistoryStep
from casualtylog.known import KnownSeries, known_series
from casualtylog.log import CasualtyLog
from casualtylog.period_checks import period_agreement
from casualtylog.periods import Period, parse_period
from casualtylog.phases import PhasedTotal, total_over_phases
from casualtylog.resolutions import Resolutions
from casualtylog.resolve import (
    DEFAULT_POLICY,
    POLICIES,
    Candidate,
    Conflict,
    Conservative,
    Decision,
    Latest,
    Median,
    Policy,
    Priority,
    Range,
    Resolution,
    Revision,
    RevisionKind,
    get_policy,
)
from casualtylog.series import SeriesColumn, SeriesRule, SeriesSpec, load_series, read_series
from casualtylog.sync import SyncReport, sync
from casualtylog.text import Extraction, extract, shorthand
from casualtylog.tiers import tier_differences
from casualtylog.timeline import FindingSpan, findings_over_time
from casualtylog.times import Precision, parse_time

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_RELATIONS",
    "POLICIES",
    "Candidate",
    "CasualtyLog",
    "CasualtyLogError",
    "Claim",
    "ClaimFormatError",
    "ClaimIdError",
    "ClaimStatus",
    "ClaimTable",
    "ClaimValidationError",
    "Conflict",
    "Conservative",
    "Count",
    "CountChange",
    "Decision",
    "Diff",
    "Event",
    "EventError",
    "Extraction",
    "Figure",
    "FigureError",
    "Finding",
    "FindingKind",
    "FindingSpan",
    "History",
    "HistoryStep",
    "KnownSeries",
    "Latest",
    "Median",
    "MissingExtraError",
    "OptionError",
    "Period",
    "PeriodError",
    "PhasedTotal",
    "Policy",
    "PolicyError",
    "Precision",
    "Priority",
    "Qualifier",
    "Range",
    "Relation",
    "Resolution",
    "Resolutions",
    "Revision",
    "RevisionKind",
    "SeriesColumn",
    "SeriesRule",
    "SeriesSpec",
    "Source",
    "SourceKind",
    "StoreError",
    "SyncReport",
    "TimeError",
    "UnknownClaimError",
    "UnknownCountError",
    "VocabularyError",
    "__version__",
    "diff",
    "diff_snapshots",
    "extract",
    "findings_over_time",
    "get_policy",
    "known_series",
    "load_series",
    "parse_period",
    "parse_time",
    "period_agreement",
    "read_series",
    "shorthand",
    "sync",
    "tier_differences",
    "total_over_phases",
]
