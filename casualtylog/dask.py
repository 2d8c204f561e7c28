"""Scale-out: resolve a Dask DataFrame (or bag) of claims on a dask.distributed cluster.

Needs the optional extra: ``pip install 'casualtylog[dask]'``. Nothing here is
imported by ``import casualtylog``; Dask is imported when a function is called.

The claims are shuffled so that every count (event, metric, group) lands whole
in one partition, and each partition is resolved by the in-memory
:class:`~casualtylog.CasualtyLog`: the same validation, the same engine, the
same policies. The results are the rows :func:`resolution_frame` makes from
``CasualtyLog.resolve_all()``, identical value for value.

>>> import pandas as pd
>>> from casualtylog import CasualtyLog
>>> from casualtylog.dask import resolve_frame, resolution_frame
>>> records = [
...     {"event": "kyiv", "metric": "dead", "figure": "10", "source": "Ukrainian authorities",
...      "reported_at": "2025-04-24T09:00+03:00"},
...     {"event": "kyiv", "metric": "killed", "figure": "12", "source": "Ukrainian authorities",
...      "reported_at": "2025-04-24T14:00+03:00"},
...     {"event": "kyiv", "metric": "wounded", "figure": "at least 90", "source": "Kyiv City Military Administration",
...      "reported_at": "2025-04-24"},
... ]
>>> out = resolve_frame(pd.DataFrame(records), recorded_at="2025-05-01T00:00Z").compute()
>>> out[["event", "metric", "figure", "best", "claim_count"]].to_string(index=False)
'event  metric      figure  best  claim_count\\n kyiv injured at least 90    90            1\\n kyiv  killed          12    12            2'
>>> log = CasualtyLog(records, clock=lambda: parse_time("2025-05-01T00:00Z")[0])
>>> out.equals(resolution_frame(log.resolve_all()))
True

Without a running :class:`distributed.Client` Dask's local scheduler is used;
with one, the partitions are resolved on the cluster's workers (see
``docs/dask.md``).
"""

from __future__ import annotations

import copyreg
import json
import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from casualtylog._extras import MissingExtraError, require
from casualtylog._gc import paused_gc
from casualtylog._result_frames import HISTORY_COLUMNS, RESOLUTION_COLUMNS, _pd, _typed, history_rows, resolution_frame
from casualtylog.claims import Count
from casualtylog.errors import CasualtyLogError
from casualtylog.history import Clock
from casualtylog.log import CasualtyLog
from casualtylog.resolve.policies import Policy, get_policy
from casualtylog.times import TimeInput, parse_time

if TYPE_CHECKING:
    import pandas

__all__ = [
    "HISTORY_COLUMNS",
    "RESOLUTION_COLUMNS",
    "MissingExtraError",
    "history_frame",
    "history_rows",
    "read_jsonl",
    "resolution_frame",
    "resolve_frame",
]

_NO_GROUP = "\x00"  # the key's group part for "everyone": no slug can be this


def _dd() -> Any:
    """``dask.dataframe``, or a :class:`~casualtylog._extras.MissingExtraError` naming the extra."""
    return require("dask.dataframe", "dask", "casualtylog.dask")


# -- errors raised on workers reach the client whole ------------------------------
# casualtylog's errors take structured arguments, so pickle's default (calling the
# class with ``exc.args``, the message) cannot rebuild them, and distributed would
# hand the client a bare ``Exception``. Rebuild them from their state instead.


def _rebuild_error(cls: type[CasualtyLogError], args: tuple[object, ...], state: dict[str, Any]) -> CasualtyLogError:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


def _reduce_error(exc: CasualtyLogError) -> tuple[Any, ...]:
    return _rebuild_error, (type(exc), exc.args, dict(exc.__dict__))


def _register_errors(root: type[CasualtyLogError]) -> None:
    for cls in root.__subclasses__():
        if "__reduce__" not in vars(cls):  # one that pickles itself (ClaimValidationError) knows best
            copyreg.pickle(cls, _reduce_error)
        _register_errors(cls)


_register_errors(CasualtyLogError)


# -- records as JSON text -----------------------------------------------------------


def _missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    pd = _pd()
    return value is pd.NA or value is pd.NaT


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    tolist = getattr(value, "tolist", None)  # numpy scalars and arrays
    if callable(tolist):
        return tolist()
    model_dump = getattr(value, "model_dump", None)  # a Source given as an object
    if callable(model_dump):
        return model_dump(mode="json")
    return str(value)  # a Figure: its text reads back as the same figure


def _dumps(record: Mapping[str, Any]) -> str:
    # A missing cell is a field left out, except ``figure``: a claim must state it,
    # and a null figure is how a retraction is written.
    clean = {
        k: (None if k == "figure" and _missing(v) else v)
        for k, v in record.items()
        if k == "figure" or isinstance(v, list | tuple) or not _missing(v)
    }
    return json.dumps(clean, default=_json_default, ensure_ascii=False, separators=(",", ":"))


def _key(record: object) -> str:
    """The count a record is about, as a string to shuffle on ("" when unreadable)."""
    if not isinstance(record, Mapping):
        return ""
    try:
        count = Count.of(record.get("event"), record.get("metric"), record.get("group"))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - the partition's validation reports it properly
        return ""
    return f"{count.event}\x1f{count.metric}\x1f{count.group if count.group is not None else _NO_GROUP}"


# -- partition functions (module level: workers import them by name) ----------------


def _records_part(part: pandas.DataFrame) -> pandas.DataFrame:
    pd = _pd()
    records = [_dumps({str(k): v for k, v in r.items()}) for r in part.to_dict(orient="records")]
    out: pandas.DataFrame = pd.DataFrame({"record": pd.Series(records, index=part.index, dtype=object)})
    return out


def _keyed_part(part: pandas.DataFrame, partition_info: Mapping[str, Any] | None = None) -> pandas.DataFrame:
    pd = _pd()
    number = int(partition_info["number"]) if partition_info else 0
    texts = [str(t) for t in part["record"]]
    keys = [_key(json.loads(t)) if t.strip() else "" for t in texts]
    out: pandas.DataFrame = pd.DataFrame(
        {
            "record": pd.Series(texts, dtype=object),
            "_key": pd.Series(keys, dtype=object),
            "_part": pd.Series([number] * len(texts), dtype="int64"),
            "_row": pd.Series(range(len(texts)), dtype="int64"),
        }
    )
    return out


def _partition_log(part: pandas.DataFrame, tz: str | None, recorded_at: datetime) -> CasualtyLog:
    ordered = part.sort_values(["_part", "_row"], kind="stable")
    return CasualtyLog((json.loads(t) for t in ordered["record"]), clock=_Fixed(recorded_at), tz=tz)


def _resolve_part(
    part: pandas.DataFrame,
    policy: Policy,
    at: datetime | None,
    known_at: datetime | None,
    tz: str | None,
    recorded_at: datetime,
) -> pandas.DataFrame:
    with paused_gc():
        log = _partition_log(part, tz, recorded_at)
        return resolution_frame(log.resolve_all(policy=policy, at=at, known_at=known_at))


def _history_part(
    part: pandas.DataFrame, policy: Policy, clock: Clock, tz: str | None, recorded_at: datetime
) -> pandas.DataFrame:
    with paused_gc():
        log = _partition_log(part, tz, recorded_at)
        histories = [log.history(*count, policy=policy, clock=clock) for count in log.counts()]
        return history_rows(histories)


class _Fixed:
    """A clock that always says the same moment (picklable, unlike a lambda)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


# -- the distributed entry points ---------------------------------------------------


def read_jsonl(urlpath: str | Sequence[str], *, blocksize: int | str = "16MiB") -> Any:
    """A Dask DataFrame with one ``record`` column: the lines of JSON Lines files.

    ``urlpath`` is anything Dask reads (local paths, globs, ``s3://…`` with
    s3fs). Lines are split into blocks of about ``blocksize`` bytes, one
    partition each; parsing and validation happen on the workers.
    """
    dd = _dd()
    pd = _pd()
    delayed = require("dask", "dask", "casualtylog.dask").delayed
    read_bytes = require("dask.bytes", "dask", "casualtylog.dask").read_bytes

    _, blocks = read_bytes(urlpath, delimiter=b"\n", blocksize=blocksize)
    parts = [delayed(_lines_part)(block) for file_blocks in blocks for block in file_blocks]
    meta = pd.DataFrame({"record": pd.Series([], dtype=object)})
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def _lines_part(block: bytes) -> pandas.DataFrame:
    pd = _pd()
    lines = [line for line in block.decode("utf-8").splitlines() if line.strip()]
    out: pandas.DataFrame = pd.DataFrame({"record": pd.Series(lines, dtype=object)})
    return out


def _bag_row(record: Mapping[str, Any]) -> tuple[str]:
    return (_dumps(record),)


def _as_record_frame(claims: Any, npartitions: int | None) -> Any:
    """Any supported input as a Dask DataFrame with a ``record`` column of JSON text."""
    dd = _dd()
    pd = _pd()
    meta = pd.DataFrame({"record": pd.Series([], dtype=object)})
    if isinstance(claims, pd.DataFrame):
        # Records become JSON here, before Dask would turn list cells (supersedes) into text.
        records = claims if list(claims.columns) == ["record"] else _records_part(claims)
        return dd.from_pandas(records, npartitions=npartitions or 1, sort=False)
    if type(claims).__module__.startswith("dask.bag"):
        return claims.map(_bag_row).to_dataframe(meta=meta)
    if not hasattr(claims, "map_partitions") or not hasattr(claims, "columns"):
        raise TypeError(
            f"expected a Dask DataFrame, a pandas DataFrame or a Dask bag of claim records, got {type(claims).__name__}"
        )
    if list(claims.columns) == ["record"]:
        return claims
    return claims.map_partitions(_records_part, meta=meta)


def _shuffled(claims: Any, npartitions: int | None, shuffle_method: str | None) -> Any:
    pd = _pd()
    frame = _as_record_frame(claims, npartitions)
    meta = pd.DataFrame(
        {
            "record": pd.Series([], dtype=object),
            "_key": pd.Series([], dtype=object),
            "_part": pd.Series([], dtype="int64"),
            "_row": pd.Series([], dtype="int64"),
        }
    )
    keyed = frame.map_partitions(_keyed_part, meta=meta)
    return keyed.shuffle(on="_key", npartitions=npartitions or frame.npartitions, shuffle_method=shuffle_method)


def _moment(value: TimeInput | None, field: str, tz: str | None) -> datetime | None:
    return None if value is None else parse_time(value, field=field, tz=tz)[0]


def _stamp(recorded_at: TimeInput | None, tz: str | None) -> datetime:
    moment = _moment(recorded_at, "recorded_at", tz)
    if moment is None:
        from casualtylog.log import _utcnow  # noqa: PLC0415 - the log's own "now"

        moment = _utcnow()
    return moment


def resolve_frame(
    claims: Any,
    *,
    policy: str | Policy | None = None,
    at: TimeInput | None = None,
    known_at: TimeInput | None = None,
    tz: str | None = None,
    recorded_at: TimeInput | None = None,
    npartitions: int | None = None,
    shuffle_method: str | None = None,
) -> Any:
    """Resolve every count in ``claims`` on Dask; a lazy DataFrame of resolutions.

    Args:
        claims: a Dask or pandas DataFrame whose columns are claim fields
            (``event``, ``metric``, ``figure``, ``source``, ``reported_at`` …,
            missing values left out), a DataFrame with one ``record`` column of
            JSON text (see :func:`read_jsonl`), or a Dask bag of record dicts.
        policy, at, known_at, tz: as in :meth:`casualtylog.CasualtyLog.resolve_all`.
        recorded_at: the moment stamped on records that carry no
            ``recorded_at``; default now, taken once here so that every worker
            stamps the same moment.
        npartitions: partitions after the shuffle (default: as many as the input).
        shuffle_method: Dask's shuffle ("p2p", "tasks", "disk"); default Dask's choice.

    Returns:
        A Dask DataFrame with :data:`RESOLUTION_COLUMNS`; each partition holds
        whole counts, sorted. ``.compute()`` it, then sort by
        ``["event", "metric", "group"]`` for the order of
        :meth:`~casualtylog.CasualtyLog.resolve_all`.

    Raises:
        MissingExtraError: Dask is not installed (``pip install 'casualtylog[dask]'``).

    A record that fails validation raises
    :class:`~casualtylog.errors.ClaimFormatError` when computed, naming its
    position within its partition.
    """
    chosen = get_policy(policy)
    meta = _typed({name: [] for name in RESOLUTION_COLUMNS}, RESOLUTION_COLUMNS)
    shuffled = _shuffled(claims, npartitions, shuffle_method)
    args = (chosen, _moment(at, "at", tz), _moment(known_at, "known_at", tz), tz, _stamp(recorded_at, tz))
    return shuffled.map_partitions(_resolve_part, *args, meta=meta, align_dataframes=False)


def history_frame(
    claims: Any,
    *,
    policy: str | Policy | None = None,
    clock: Clock = "reported",
    tz: str | None = None,
    recorded_at: TimeInput | None = None,
    npartitions: int | None = None,
    shuffle_method: str | None = None,
) -> Any:
    """The history of every count in ``claims`` on Dask; a lazy DataFrame of steps.

    Takes the same input as :func:`resolve_frame`; the rows are those of
    :func:`history_rows` for :meth:`casualtylog.CasualtyLog.history` of every count
    (one row per step, sorted by count then step within each partition).
    """
    chosen = get_policy(policy)
    meta = _typed({name: [] for name in HISTORY_COLUMNS}, HISTORY_COLUMNS)
    shuffled = _shuffled(claims, npartitions, shuffle_method)
    args = (chosen, clock, tz, _stamp(recorded_at, tz))
    return shuffled.map_partitions(_history_part, *args, meta=meta, align_dataframes=False)
