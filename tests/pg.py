"""A throwaway PostgreSQL server for the tests and benchmarks: Debian's ``initdb`` and ``pg_ctl``.

The cluster lives in a fresh temporary directory and listens only on a Unix
socket inside it (no TCP port to collide with). ``initdb`` refuses to run as
root, so as root the cluster is made and run by the ``postgres`` system user
(created by Debian's package), in a directory it owns under the system's temp
directory: the checkout itself may sit under a directory only root can enter.
Authentication is ``trust`` on that private socket: the tests switch roles
with ``user=``, as a team's clients would with their own logins.

Without the binaries (and not root with apt-get to install them, which
``dev.py test`` does) the PostgreSQL tests skip and say why.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

__all__ = ["Cluster", "find_bindir", "pg_cluster", "pg_url"]

_PORT = 5432  # only names the socket file, inside the cluster's own directory


def find_bindir() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``: ``pg_config --bindir``, then Debian's layout."""
    candidates: list[str] = []
    if shutil.which("pg_config"):
        done = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(done.stdout.strip())
    candidates += sorted((str(p) for p in Path("/usr/lib/postgresql").glob("*/bin")), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve().parent))
    for directory in candidates:
        path = Path(directory)
        if directory and (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    return None


class Cluster:
    """A running throwaway cluster; :meth:`conninfo` connects to one of its databases."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.user: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError("running as root and there is no 'postgres' user to run initdb as") from exc
            self.user = "postgres"
        # The postgres user must reach the directory: $TMPDIR may lie under a root-only folder, /tmp does not.
        shared = "/tmp" if self.user is not None and Path("/tmp").is_dir() else None  # noqa: S108
        self.root = Path(tempfile.mkdtemp(prefix="casualtylog-pg-", dir=shared))
        if self.user is not None:
            shutil.chown(self.root, self.user, self.user)
        self.data = self.root / "data"
        self._names = itertools.count(1)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
        options = f"-k {self.root} -c listen_addresses='' -p {_PORT}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")

    def _run(self, tool: str, *args: str) -> None:
        done = subprocess.run(
            [str(self.bindir / tool), *args], capture_output=True, text=True, check=False, user=self.user, cwd=self.root
        )
        if done.returncode:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")

    def conninfo(self, dbname: str = "postgres", user: str = "postgres") -> str:
        """A libpq ``key=value`` string for ``dbname`` as ``user``."""
        return f"host={self.root} port={_PORT} dbname={dbname} user={user}"

    def url(self, dbname: str, user: str = "postgres") -> str:
        """A ``postgresql://`` URL for ``dbname`` as ``user`` (what :meth:`CasualtyLog.open` takes)."""
        return f"postgresql://{user}@/{dbname}?host={self.root}&port={_PORT}"

    def create_database(self) -> str:
        """A new empty database; its name."""
        import psycopg  # noqa: PLC0415 - the tests skip without the extra
        from psycopg import sql  # noqa: PLC0415

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def stop(self) -> None:
        """Stop the server and remove its directory."""
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """A started cluster, or :func:`pytest.skip` saying what is missing."""
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'casualtylog[postgres]'")
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL's initdb/pg_ctl are not installed (python3 dev.py test installs them as root)")
    return Cluster(bindir)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL server for the whole session."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The connection string (as the superuser, the owner) of a fresh, empty database."""
    return pg_cluster.conninfo(pg_cluster.create_database())
