"""Files that are not (usable) stores: each gives a clear StoreError and is left as it was."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casualtylog import StoreError
from casualtylog.store import (
    NotAStoreError,
    StoreCorruptError,
    StoreNotFoundError,
    StoreOperationError,
    StoreVersionError,
    open_store,
)
from casualtylog.store._connection import translate

REC = {"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01T10:00Z"}


def a_store(path: Path) -> None:
    with open_store(path) as log:
        log.add(REC)


def not_sqlite(path: Path) -> None:
    path.write_text('{"event": "e", "metric": "killed"}\n', encoding="utf-8")


def other_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
    conn.close()


def other_application(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 42")
        conn.execute("CREATE TABLE things (x)")
    conn.close()


def newer_version(path: Path) -> None:
    a_store(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 4")
    conn.close()


def damaged_version(path: Path) -> None:
    a_store(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
    conn.close()


def truncated(path: Path) -> None:
    a_store(path)
    data = path.read_bytes()
    path.write_bytes(data[:1024])


def directory(path: Path) -> None:
    path.mkdir()


BAD_FILES: list[tuple[str, Callable[[Path], None], type[StoreError], str]] = [
    (
        "not SQLite",
        not_sqlite,
        NotAStoreError,
        "cannot open store '{path}': it is not a SQLite database (it starts with b'{{\"event\"'); "
        "pass the path of a store, or a new path to create one",
    ),
    (
        "another program's SQLite database",
        other_sqlite,
        NotAStoreError,
        "cannot open store '{path}': it is a SQLite database but not a casualtylog store "
        "(no application id; tables: people); pass the path of a store, or a new path to create one",
    ),
    (
        "another application id",
        other_application,
        NotAStoreError,
        "cannot open store '{path}': it is a SQLite database but not a casualtylog store "
        "(application_id 0x0000002a; tables: things); pass the path of a store, or a new path to create one",
    ),
    (
        "a newer schema version",
        newer_version,
        StoreVersionError,
        "cannot open store '{path}': it was written by a newer casualtylog (schema version 4; this casualtylog "
        "reads up to version 3); upgrade casualtylog to open it",
    ),
    (
        "a store with no version",
        damaged_version,
        NotAStoreError,
        "cannot open store '{path}': it carries the casualtylog application id but schema version 0, which no "
        "casualtylog writes; the file is damaged; restore it from a copy or an export",
    ),
    (
        "a truncated store",
        truncated,
        StoreCorruptError,
        "cannot open store '{path}': the file is damaged (database disk image is malformed); "
        "restore it from a copy or an export",
    ),
    (
        "a directory",
        directory,
        NotAStoreError,
        "cannot open store '{path}': it is a directory; pass the path of a store file inside it, e.g. 'claims.db'",
    ),
]


def snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize(("make", "error", "message"), [case[1:] for case in BAD_FILES], ids=[c[0] for c in BAD_FILES])
@pytest.mark.parametrize("create", [True, False], ids=["create", "no-create"])
def test_a_bad_file_gives_a_clear_error_and_is_left_alone(
    tmp_path: Path, make: Callable[[Path], None], error: type[StoreError], message: str, create: bool
) -> None:
    path = tmp_path / "claims.db"
    make(path)
    before = snapshot(path)
    with pytest.raises(error) as info:
        open_store(path, create=create)
    assert str(info.value) == message.format(path=path)
    assert isinstance(info.value, StoreError)
    assert isinstance(info.value, OSError)
    assert info.value.__traceback__ is not None
    assert snapshot(path) == before


def test_an_empty_file_becomes_a_store_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.touch()
    with pytest.raises(NotAStoreError) as info:
        open_store(path, create=False)
    assert str(info.value) == (
        f"cannot open store '{path}': it is an empty file; pass create=True to start a new store in it"
    )
    assert path.read_bytes() == b""
    with open_store(path) as log:  # create=True: an empty file (from touch or mkstemp) is a new store
        log.add(REC)
    with open_store(path, create=False) as log:
        assert len(log) == 1


def test_a_missing_file_with_create_false(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with pytest.raises(StoreNotFoundError) as info:
        open_store(path, create=False)
    assert isinstance(info.value, FileNotFoundError)
    assert str(info.value) == (
        f"cannot open store '{path}': no such file; check the path, or pass create=True to start a new store"
    )
    assert not path.exists()


def test_a_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "claims.db"
    with pytest.raises(StoreOperationError) as info:
        open_store(path)
    assert (
        str(info.value)
        == f"cannot create store '{path}': the directory '{path.parent}' does not exist; create it first"
    )


# -- permissions: checked in a subprocess, as an unprivileged user when the tests run as root ------------------

PROBE = """
import sys
from casualtylog.store import open_store
try:
    with open_store(sys.argv[1]) as log:
        print("OK", len(log))
except Exception as exc:
    print(type(exc).__name__, isinstance(exc, PermissionError), exc, sep="|")
"""


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory outside pytest's private tmp (which other users cannot enter)."""
    path = Path(tempfile.mkdtemp(prefix="casualtylog-store-"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        p.chmod(0o777 if p.is_dir() else 0o666)
    shutil.rmtree(path)


#: What the probe imports besides the standard library: casualtylog and its core dependencies.
_PROBE_PACKAGES = (
    "casualtylog",
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "typing_extensions",
    "typing_inspection",
    "dateutil",
    "tzdata",
    "six",
)


@pytest.fixture(scope="module")
def probe_python() -> Iterator[tuple[str, str]]:
    """``(python, folder)``: a Python the unprivileged user can run, and a world-readable folder
    holding copies of casualtylog and its dependencies for it to import.

    The user must not depend on where the checkout or the virtual environment lies: a clone
    under a folder only root can enter (``mktemp -d``), or a venv whose interpreter is under
    ``/root``, would make running ``sys.executable`` as that user fail with PermissionError.
    Skips, saying why, when no interpreter of this Python's version is runnable by the user.
    """
    folder = Path(tempfile.mkdtemp(prefix="casualtylog-probe-"))
    try:
        for name in _PROBE_PACKAGES:
            spec = importlib.util.find_spec(name)
            if spec is None or spec.origin is None:
                continue
            origin = Path(spec.origin)
            if spec.submodule_search_locations:
                shutil.copytree(origin.parent, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(origin, folder / origin.name)
        for p in [folder, *folder.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)
        if os.geteuid() != 0:
            yield sys.executable, str(folder)
            return
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        candidates = dict.fromkeys(
            c
            for c in (
                sys.executable,
                getattr(sys, "_base_executable", None),
                shutil.which(version),
                f"/usr/bin/{version}",  # the system's, when the venv's interpreter is under /root
                f"/usr/local/bin/{version}",
            )
            if c
        )
        tried = []
        for python in candidates:
            try:
                done = subprocess.run(
                    [python, "-B", "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); import casualtylog.store"],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                    user=65534,
                    group=65534,
                )
            except OSError as exc:
                tried.append(f"{python}: {exc.strerror}")
                continue
            if done.returncode == 0:
                yield python, str(folder)
                return
            tried.append(f"{python}: {done.stderr.strip().splitlines()[-1:]}")
        pytest.skip(f"no {version} that user 65534 (nobody) can run and import casualtylog with: {'; '.join(tried)}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_unprivileged(path: Path, probe: tuple[str, str]) -> list[str]:
    """Try ``open_store(path)`` as a user who owns neither the file nor its directory."""
    python, folder = probe
    nobody = 65534 if os.geteuid() == 0 else None
    done = subprocess.run(
        [python, "-B", "-c", f"import sys; sys.path.insert(0, {folder!r})\n" + PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        user=nobody,
        group=nobody,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout.strip().split("|")


@pytest.mark.slow
def test_a_read_only_directory(shared_dir: Path, probe_python: tuple[str, str]) -> None:
    folder = shared_dir / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    path = folder / "claims.db"
    assert open_unprivileged(path, probe_python) == [
        "StoreReadOnlyError",
        "True",
        f"cannot create store '{path}': the directory '{folder}' is not writable; choose a writable directory",
    ]
    assert not path.exists()


@pytest.mark.slow
def test_a_store_in_a_read_only_directory(shared_dir: Path, probe_python: tuple[str, str]) -> None:
    path = shared_dir / "claims.db"
    a_store(path)
    path.chmod(0o666)  # the file is writable, its directory (0o755, someone else's) is not
    before = path.read_bytes()
    assert open_unprivileged(path, probe_python) == [
        "StoreReadOnlyError",
        "True",
        f"cannot open store '{path}': its directory '{shared_dir}' is not writable, and SQLite keeps -wal and "
        "-shm files beside the store; move the store to a writable directory",
    ]
    assert path.read_bytes() == before


@pytest.mark.slow
def test_a_read_only_store(shared_dir: Path, probe_python: tuple[str, str]) -> None:
    shared_dir.chmod(0o777)
    path = shared_dir / "claims.db"
    a_store(path)
    path.chmod(0o444)
    before = path.read_bytes()
    assert open_unprivileged(path, probe_python) == [
        "StoreReadOnlyError",
        "True",
        f"cannot open store '{path}': the file is read-only; check its permissions, or work on a copy",
    ]
    assert path.read_bytes() == before


def test_sqlite_failures_are_translated() -> None:
    cases = {
        "SQLITE_BUSY": ("StoreBusyError", "cannot write to store 'x.db': another process kept it locked (boom); "),
        "SQLITE_FULL": ("StoreOperationError", "cannot write to store 'x.db': the disk is full (boom); "),
        "SQLITE_IOERR_WRITE": ("StoreOperationError", "cannot write to store 'x.db': the operating system reported"),
        "SQLITE_CANTOPEN": ("StoreReadOnlyError", "cannot write to store 'x.db': SQLite cannot open or create"),
        "SQLITE_CORRUPT": ("StoreCorruptError", "cannot write to store 'x.db': the file is damaged (boom)"),
        "SQLITE_NOTADB": ("NotAStoreError", "cannot open store 'x.db': it is not a SQLite database (boom)"),
        "SQLITE_MISMATCH": ("StoreOperationError", "cannot write to store 'x.db': SQLite failed: boom"),
    }
    for name, (kind, start) in cases.items():
        exc = sqlite3.OperationalError("boom")
        exc.sqlite_errorname = name
        err = translate(exc, "x.db", "write to")
        assert (type(err).__name__, str(err)[: len(start)]) == (kind, start)
