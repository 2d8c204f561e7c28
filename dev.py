#!/usr/bin/env python3
"""Set up and run casualtylog on a machine that has only Python 3.11+.

    python3 dev.py demo    # resolve the worked example (DESIGN §1) and print it
    python3 dev.py test    # ruff, mypy --strict and the whole pytest suite
                           # (installs chromium, poppler-utils and postgresql with apt-get when missing, as root)

Each command creates ``.venv`` beside this file and installs the project into it
(again only when ``pyproject.toml`` changed), so nothing needs to be set up by hand.
Extra arguments after ``test`` go to pytest.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)  # noqa: S603


def ensure_env(extras: str) -> None:
    """Create the virtual environment and install the project with ``extras``."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older python3
        sys.exit(f"casualtylog needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    _run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    _run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
    stamp.write_text(digest)


#: Debian packages the browser tests use: headless Chromium renders the report, and
#: pdftotext reads back where each word landed. Without them those tests skip, saying why.
BROWSER_PACKAGES = {"chromium": "chromium", "pdftotext": "poppler-utils"}


def ensure_browser() -> None:
    """Install Chromium and poppler-utils with apt-get when missing and we are root with apt."""
    missing = [pkg for tool, pkg in BROWSER_PACKAGES.items() if shutil.which(tool) is None]
    if not missing:
        return
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("apt-get") is None:
        print(f"not installing {', '.join(missing)} (needs root and apt-get): the browser tests will skip", flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", *missing]):
        print("+", " ".join(command), flush=True)
        done = subprocess.run(command, env=env, check=False)  # noqa: S603 - fixed commands, no user input
        if done.returncode:
            print(f"{' '.join(command)} failed: the browser tests will skip", flush=True)
            return


def ensure_postgres() -> None:
    """Install PostgreSQL's server (initdb, pg_ctl) with apt-get when missing: the tests start a throwaway one."""
    if shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        return
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("apt-get") is None:
        print("not installing postgresql (needs root and apt-get): the PostgreSQL tests will skip", flush=True)
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "postgresql"]):
        print("+", " ".join(command), flush=True)
        if subprocess.run(command, env=env, check=False).returncode:  # noqa: S603 - fixed commands
            print(f"{' '.join(command)} failed: the PostgreSQL tests will skip", flush=True)
            return


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "demo":
        ensure_env("pandas")
        _run(PYTHON, "-m", "casualtylog", "demo", *rest)
        return 0
    ensure_env("test-extras")
    ensure_browser()
    ensure_postgres()
    _run(PYTHON, "-m", "ruff", "check", ".")
    _run(PYTHON, "-m", "mypy")
    _run(PYTHON, "-m", "pytest", *rest)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode or 1)
