"""Scale-out on Dask: the same answers as the in-memory log, on a 2-process LocalCluster."""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from benchmarks.generate import generate_records  # noqa: E402 - after the skips above
from casualtylog import CasualtyLog, ClaimFormatError, Priority, parse_time  # noqa: E402
from casualtylog._extras import MissingExtraError  # noqa: E402
from casualtylog.dask import (  # noqa: E402
    HISTORY_COLUMNS,
    RESOLUTION_COLUMNS,
    history_frame,
    history_rows,
    read_jsonl,
    resolution_frame,
    resolve_frame,
)
from casualtylog.worked_example import kyiv_claims  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    # Under port contention on a busy machine, distributed's node setup can drop a
    # probe socket without closing it; that is distributed's, not ours, and only
    # that exact message is let through.
    pytest.mark.filterwarnings(r"ignore:.*unclosed <socket\.socket:pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings(r"ignore:unclosed <socket\.socket:ResourceWarning"),
]

STAMP = "2026-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes, one thread each: the shape of a real 2-core cluster."""
    with warnings.catch_warnings():
        # distributed may warn that its default ports are taken on a shared machine;
        # the cluster below asks for none, so only that warning is let through.
        warnings.filterwarnings("ignore", message=r".*[Pp]ort .* is already in use.*", category=UserWarning)
        cluster = distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
        )
        client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return list(generate_records(3000, seed=11))


@pytest.fixture(scope="module")
def log(records: list[dict[str, Any]]) -> CasualtyLog:
    return CasualtyLog(records, clock=lambda: parse_time(STAMP)[0])


def _by_count(frame: Any, extra: tuple[str, ...] = ()) -> Any:
    """Rows in the order of CasualtyLog.counts(), whatever partition they came from."""
    key = frame.assign(_g=frame["group"].map(lambda g: g or ""))
    return key.sort_values(["event", "metric", "_g", *extra], kind="stable").drop(columns="_g").reset_index(drop=True)


def test_jsonl_on_the_cluster_matches_the_log(
    client: Any, records: list[dict[str, Any]], log: CasualtyLog, tmp_path: Path
) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    frame = read_jsonl(str(path), blocksize=64_000)
    assert frame.npartitions > 2
    got = resolve_frame(frame, recorded_at=STAMP).compute()
    assert list(got.columns) == list(RESOLUTION_COLUMNS)
    expected = resolution_frame(log.resolve_all())
    assert len(expected) == len(log.counts()) > 300
    pd.testing.assert_frame_equal(_by_count(got), expected)


@pytest.mark.parametrize("policy", ["range", "latest", "conservative", "median", Priority()])
def test_every_policy_and_both_clocks_match(
    client: Any, records: list[dict[str, Any]], log: CasualtyLog, policy: Any
) -> None:
    frame = pd.DataFrame(records)
    at, known_at = "2023-06-01T00:00:00Z", "2024-01-01T00:00:00Z"
    got = resolve_frame(frame, policy=policy, at=at, known_at=known_at, recorded_at=STAMP, npartitions=3).compute()
    expected = resolution_frame(log.resolve_all(policy=policy, at=at, known_at=known_at))
    assert 0 < len(expected) < len(log.counts())
    pd.testing.assert_frame_equal(_by_count(got), expected)


@pytest.mark.parametrize("clock", ["reported", "recorded"])
def test_histories_match(client: Any, records: list[dict[str, Any]], log: CasualtyLog, clock: Any) -> None:
    got = history_frame(pd.DataFrame(records), clock=clock, recorded_at=STAMP, npartitions=4).compute()
    assert list(got.columns) == list(HISTORY_COLUMNS)
    expected = history_rows(log.history(*count, clock=clock) for count in log.counts())
    assert len(expected) > len(log.counts())
    pd.testing.assert_frame_equal(_by_count(got, ("step",)), expected)


def test_a_bag_of_records_and_the_worked_example(client: Any) -> None:
    bag = pytest.importorskip("dask.bag")
    claims = kyiv_claims()
    got = resolve_frame(bag.from_sequence([c.to_record() for c in claims], npartitions=2)).compute()
    expected = resolution_frame(CasualtyLog(claims).resolve_all())
    pd.testing.assert_frame_equal(_by_count(got), expected)
    killed = got[(got["metric"] == "killed") & got["group"].isna()]
    assert killed["best"].tolist() == [12]


def test_records_without_recorded_at_get_one_stamp(client: Any) -> None:
    rows: list[dict[str, Any]] = [
        {"event": "e", "metric": "dead", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"},
        {"event": "e", "metric": "killed", "figure": None, "source": "A", "reported_at": "2025-04-24T10:00Z"},
    ]
    rows[1]["retracts"] = [CasualtyLog(rows[:1]).claims_about("e", "killed")[0].id]
    got = resolve_frame(pd.DataFrame(rows), recorded_at=STAMP, known_at=STAMP).compute()
    assert got["best"].isna().tolist() == [True]
    assert got["claim_count"].tolist() == [2]


def test_a_bad_record_raises_the_log_error(client: Any) -> None:
    rows = [{"event": "e", "metric": "killed", "figure": "-3", "source": "s", "reported_at": "2025-01-01"}]
    with pytest.raises(ClaimFormatError, match=r"figure='-3': cannot read figure '-3'"):
        resolve_frame(pd.DataFrame(rows)).compute()


def test_wrong_input_type() -> None:
    with pytest.raises(TypeError, match="expected a Dask DataFrame, a pandas DataFrame or a Dask bag"):
        resolve_frame([{"event": "e"}])


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "dask" or name.startswith("dask."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)  # makes `import dask` fail
    with pytest.raises(MissingExtraError) as info:
        resolve_frame(pd.DataFrame())
    assert info.value.extra == "dask"
    assert str(info.value) == (
        "casualtylog.dask needs dask, which is not installed; install it with: pip install 'casualtylog[dask]'"
    )
