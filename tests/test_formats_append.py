"""Adding to a JSON Lines file appends: existing lines never change, and processes
adding at once lose nothing (the file is locked while ids are read and lines written)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casualtylog.errors import ClaimFormatError
from casualtylog.formats.files import add_claims
from casualtylog.formats.jsonl import read_jsonl
from casualtylog.worked_example import kyiv_claims

PER_WRITER = 300

WRITER = """
import sys, time
from pathlib import Path
from casualtylog.formats.files import add_claims

target, name, go, per_writer = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
claims = [{"event": f"writer-{name}", "metric": "killed", "figure": str(n), "source": "writer",
           "reported_at": "2025-04-24T10:00Z"} for n in range(per_writer)]
shared = [{"event": "shared", "metric": "killed", "figure": str(n), "source": "writer",
           "reported_at": "2025-04-24T10:00Z"} for n in range(20)]
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
added = 0
for i in range(0, per_writer, 3):  # many small appends, so the two writers interleave
    added += add_claims(target, claims[i : i + 3])
    if i % 30 == 0:
        add_claims(target, shared[(i // 30) % 20 :])
print(added, flush=True)
"""

HAND_WRITTEN = (
    b'{ "event": "e",  "metric": "killed", "figure": 3, "source": "s", "reported_at": "2025-01-01" }\r\n'
    b"\n"
    b'{"source": "t", "event": "e", "metric": "killed", "figure": "4", "reported_at": "2025-01-02"}'
)


@pytest.mark.slow
def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(target), name, str(go), str(PER_WRITER)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    go.touch()
    outputs = [writer.communicate(timeout=120)[0] for writer in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert [int(out) for out in outputs] == [PER_WRITER, PER_WRITER]
    lines = target.read_bytes().splitlines()
    events = [json.loads(line)["event"] for line in lines]
    assert events.count("writer-a") == PER_WRITER
    assert events.count("writer-b") == PER_WRITER
    assert events.count("shared") == 20  # each shared claim once, whichever writer came first
    assert len(lines) == 2 * PER_WRITER + 20
    assert len({c.id for c in read_jsonl(target)}) == len(lines)


def test_existing_bytes_never_change_and_only_new_claims_are_stamped(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_bytes(HAND_WRITTEN)  # odd spacing, CRLF, a blank line, no final line end, no recorded_at
    assert add_claims(target, kyiv_claims()[:2]) == 2
    data = target.read_bytes()
    assert data.startswith(HAND_WRITTEN + b"\n")  # the last line got its line end; nothing else touched
    new = data[len(HAND_WRITTEN) + 1 :].splitlines()
    assert len(new) == 2
    assert all(json.loads(line)["recorded_at"] for line in new)
    claims = list(read_jsonl(target))
    assert [c.recorded_at is None for c in claims] == [True, True, False, False]
    # adding again: nothing new, not one byte changed
    assert add_claims(target, kyiv_claims()[:2]) == 0
    assert target.read_bytes() == data
    # a claim already in the file (by id) is not appended again
    assert add_claims(target, claims[:1]) == 0
    assert target.read_bytes() == data


def test_a_bad_claim_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_bytes(HAND_WRITTEN)
    bad = {"event": "e", "metric": "killed", "figure": "-1", "source": "s", "reported_at": "2025-01-01"}
    with pytest.raises(ClaimFormatError):
        add_claims(target, [*kyiv_claims()[:2], bad])  # type: ignore[list-item]  # a record, as a reader yields
    assert target.read_bytes() == HAND_WRITTEN


def test_adding_nothing_creates_an_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    assert add_claims(target, []) == 0
    assert target.read_bytes() == b""
