"""Issue 12, item 6: the ``notebook`` extra alone runs the shipped notebook in a real kernel."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "kyiv_2025.ipynb"

_RUN = """
import sys
import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
print("errors:", len(errors))
"""


#: What pip prints when the registry (or its cache) cannot serve the install: the machine's
#: reach, not the extra, is then at fault, so the test skips saying so.
OUT_OF_REACH = (
    "No matching distribution",
    "Could not find a version",
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "Max retries exceeded",
    "ReadTimeoutError",
    "ProxyError",
)


def _extra(name: str) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [str(r) for r in project["optional-dependencies"][name]]


def test_notebook_extra_lists_a_kernel_and_a_runner() -> None:
    names = {r.split(">")[0].split("=")[0].split("[")[0].strip() for r in _extra("notebook")}
    assert {"pandas", "matplotlib", "ipykernel", "nbclient", "nbformat", "nbconvert"} <= names


@pytest.mark.slow
def test_notebook_extra_alone_runs_the_shipped_notebook(tmp_path: Path) -> None:
    """A fresh virtual environment with ``casualtylog[notebook]`` and nothing else runs the notebook."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    # No prompt can wait for an answer (stdin is empty, pip may not ask), and the pip cache
    # is used as it is, so the install works offline once the packages are cached.
    pip_env = dict(os.environ, PIP_NO_INPUT="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    try:
        install = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--progress-bar", "off", f"{ROOT}[notebook]"],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=1800,  # a guard against a hung install, not a performance limit
            check=False,
            env=pip_env,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.skip(f"installing from the package registry did not finish in {exc.timeout:.0f} s: it is out of reach")
    if install.returncode:
        if any(sign in install.stderr for sign in OUT_OF_REACH):
            pytest.skip(f"the package registry is out of reach: {install.stderr[-300:]}")
        pytest.fail(install.stderr[-3000:])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "JUPYTER", "VIRTUAL_ENV"))}
    env |= {"MPLBACKEND": "Agg", "JUPYTER_PLATFORM_DIRS": "1", "HOME": str(tmp_path)}
    env["PATH"] = str(python.parent) + os.pathsep + env.get("PATH", "")
    done = subprocess.run(
        [str(python), "-c", _RUN, str(NOTEBOOK), str(tmp_path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=1800,  # a guard against a hung kernel, not a performance limit (cells time out at 300 s)
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "errors: 0" in done.stdout
    # The way the README's readers run it: jupyter nbconvert, from the extra alone.
    ran = subprocess.run(
        [str(python), "-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", str(tmp_path), str(NOTEBOOK)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=1800,  # a guard against a hung kernel, not a performance limit
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert (tmp_path / NOTEBOOK.name).exists()
    assert sys.prefix != str(env_dir)  # it ran in the new environment, not this one


def test_notebook_extra_readme_data_path_is_the_scripts_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README says the real data is in ../shared/data; the script's default is that folder."""
    import runpy  # noqa: PLC0415 - only this test runs the script

    monkeypatch.delenv("CASUALTYLOG_DATA", raising=False)
    default = runpy.run_path(str(ROOT / "examples" / "shared_data_to_claims.py"))["DEFAULT_DATA"]
    assert default == ROOT.parent / "shared" / "data"
    assert "`../shared/data`" in (ROOT / "README.md").read_text(encoding="utf-8")
