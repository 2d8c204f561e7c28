"""Real processes: two writers at once lose nothing; a writer killed mid-batch leaves
the batch wholly present or wholly absent."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

import pytest

from casualtylog import Claim
from casualtylog.store import open_store

pytestmark = pytest.mark.slow

PER_WRITER = 3000
SHARED = 200

WRITER = """
import sys, time
from pathlib import Path
from casualtylog.store import open_store

path, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
per_writer, shared = int(sys.argv[4]), int(sys.argv[5])

def record(event, n):
    return {"event": event, "metric": "killed", "figure": str(n), "source": "writer",
            "reported_at": "2025-04-24T10:00Z"}

own = [record(f"writer-{name}", n) for n in range(per_writer)]
both = [record("shared", n) for n in range(shared)]
with open_store(path) as log:
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.001)
    i = 0
    while i < len(own):
        if i % 10 == 0:  # some claims one by one, most in batches of varying size
            log.add(own[i])
            i += 1
        else:
            size = 1 + i % 37
            log.extend(own[i : i + size])
            i += size
        if i % 500 < 40:
            log.extend(both[(i // 40) % shared : (i // 40) % shared + 20])
    log.extend(both)
    print(len(log), flush=True)
"""


def record(event: str, n: int) -> dict[str, str]:
    return {
        "event": event,
        "metric": "killed",
        "figure": str(n),
        "source": "writer",
        "reported_at": "2025-04-24T10:00Z",
    }


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    path, go, script = tmp_path / "claims.db", tmp_path / "go", tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    # no store yet: both writers create it at once
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), name, str(go), str(PER_WRITER), str(SHARED)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:  # start both at once, when both are ready
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
    go.touch()
    for writer in writers:
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        assert int(out) >= PER_WRITER + SHARED

    expected = {
        Claim.model_validate(record(event, n)).id
        for event, size in (("writer-a", PER_WRITER), ("writer-b", PER_WRITER), ("shared", SHARED))
        for n in range(size)
    }
    with open_store(path) as log:
        assert len(log) == 2 * PER_WRITER + SHARED
        assert {c.id for c in log} == expected
        assert log.resolve("writer-a", "killed", policy="latest").considered[-1].figure is not None
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT event, recorded_at_utc FROM claims ORDER BY seq").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    # the recorded clock runs forwards across both processes
    stamps = [stamp for _, stamp in rows]
    assert stamps == sorted(stamps)
    # and the writers really did take turns
    writers_order = [event for event, _ in rows if event != "shared"]
    switches = sum(1 for a, b in pairwise(writers_order) if a != b)
    assert switches > 10


KILLED_MID_BATCH = """
import sys, time
from casualtylog.store import open_store, _queries

path, size = sys.argv[1], int(sys.argv[2])
log = open_store(path)
log.extend({"event": "before", "metric": "killed", "figure": str(n), "source": "s",
            "reported_at": "2025-04-24T10:00Z"} for n in range(100))
batch = [{"event": "batch", "metric": "killed", "figure": str(n), "source": "s",
          "reported_at": "2025-04-24T10:00Z", "quote": "x" * 200} for n in range(size)]
insert, done = _queries.insert, [0]

def insert_then_wait(conn, row):
    seq = insert(conn, row)
    done[0] += 1
    if done[0] == size * 3 // 4:
        print("inside the batch", flush=True)
        time.sleep(60)
    return seq

_queries.insert = insert_then_wait
log.extend(batch)
print("finished", flush=True)
"""


def test_a_writer_killed_inside_a_batch_leaves_it_wholly_absent(tmp_path: Path) -> None:
    path, script = tmp_path / "claims.db", tmp_path / "killed.py"
    script.write_text(KILLED_MID_BATCH, encoding="utf-8")
    size = 20_000  # ~6 MB: more than SQLite's page cache, so uncommitted pages reach the WAL file
    with subprocess.Popen(
        [sys.executable, str(script), str(path), str(size)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == "inside the batch\n", child.stderr.read() if child.stderr else ""
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 1_000_000  # the half-written batch is in the WAL
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL

    with open_store(path) as log:
        assert len(log) == 100
        assert {c.event for c in log} == {"before"}
        # the store takes writes again, and the batch can be stored whole
        added = log.extend(
            {"event": "batch", "metric": "killed", "figure": str(n), "source": "s", "reported_at": "2025-04-24T10:00Z"}
            for n in range(size)
        )
        assert added == size
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM claims WHERE event = 'batch'").fetchone() == (size,)
    conn.close()


KILLED_ANYWHERE = """
import sys
from casualtylog.store import open_store

path, size = sys.argv[1], int(sys.argv[2])
with open_store(path) as log:
    batch = 0
    while True:
        batch += 1
        log.extend({"event": f"batch-{batch}", "metric": "killed", "figure": str(n), "source": "s",
                    "reported_at": "2025-04-24T10:00Z"} for n in range(size))
        print(batch, flush=True)
"""


def test_a_writer_killed_at_any_moment_leaves_whole_batches(tmp_path: Path) -> None:
    path, script = tmp_path / "claims.db", tmp_path / "loop.py"
    script.write_text(KILLED_ANYWHERE, encoding="utf-8")
    size = 1500
    rnd = random.Random(20250424)
    reported: set[str] = set()
    for _ in range(4):
        with subprocess.Popen(
            [sys.executable, str(script), str(path), str(size)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as child:
            assert child.stdout is not None
            first = child.stdout.readline()  # one batch committed: the writer is now in its loop
            assert first, child.stderr.read() if child.stderr else b""
            time.sleep(rnd.uniform(0.0, 0.4))
            os.kill(child.pid, signal.SIGKILL)
            out, _ = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL
        # a batch whose extend() returned was durable before the kill
        reported.update(f"batch-{n.decode()}" for n in (first + out).split())
        with open_store(path) as log:
            sizes: dict[str, int] = {}
            for claim in log:
                sizes[claim.event] = sizes.get(claim.event, 0) + 1
        assert set(sizes.values()) == {size}, sizes
        assert reported <= set(sizes)


CREATOR = """
import sys, time
from pathlib import Path
from casualtylog.store import open_store

path, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.0005)
with open_store(path) as log:
    log.add({"event": "e", "metric": "killed", "figure": "1", "source": name, "reported_at": "2025-04-24"})
"""


def test_processes_creating_one_store_at_once_share_it(tmp_path: Path) -> None:
    path, go, script = tmp_path / "claims.db", tmp_path / "go", tmp_path / "creator.py"
    script.write_text(CREATOR, encoding="utf-8")
    names = [f"creator-{n}" for n in range(4)]
    creators = [
        subprocess.Popen(
            [sys.executable, str(script), str(path), name, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    for creator in creators:
        assert creator.stdout is not None
        assert creator.stdout.readline() == "ready\n"
    go.touch()
    for creator in creators:
        _, err = creator.communicate(timeout=60)
        assert creator.returncode == 0, err
    with open_store(path, create=False) as log:
        assert sorted(c.source.name for c in log) == names
