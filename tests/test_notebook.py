"""The example notebook runs top to bottom in a real Jupyter kernel and shows the table and the plot."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import nbformat
import pytest
from ipykernel.kernelspec import install
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "kyiv_2025.ipynb"


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_kyiv_notebook", ROOT / "examples" / "make_kyiv_notebook.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ensure_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the python3 kernelspec if installed; else install one for this interpreter into a temp dir."""
    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        install(prefix=str(tmp_path))
        data = str(tmp_path / "share" / "jupyter")
        monkeypatch.setenv("JUPYTER_PATH", data + os.pathsep + os.environ.get("JUPYTER_PATH", ""))


def test_committed_notebook_matches_its_script_and_has_no_outputs(tmp_path: Path) -> None:
    written = _maker().main(tmp_path / "nb.ipynb")
    assert written.read_text(encoding="utf-8") == NOTEBOOK.read_text(encoding="utf-8"), (
        "run: python examples/make_kyiv_notebook.py"
    )
    nb = nbformat.read(str(NOTEBOOK), as_version=4)  # type: ignore[no-untyped-call]
    assert all(not cell.get("outputs") for cell in nb.cells if cell.cell_type == "code")


def test_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _ensure_kernel(tmp_path, monkeypatch)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(str(NOTEBOOK), as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    html = "\n".join(out.get("data", {}).get("text/html", "") for out in outputs)
    assert re.search(r"<th[^>]*>What changed</th>", html)  # headers carry inline styles (padding, alignment)
    assert "kyiv-2025-04-24 / killed" in html
    assert "raised 10 → 12 by Kyiv City Military Administration" in html
    assert any("image/png" in out.get("data", {}) for out in outputs)
    text = "\n".join(out.get("text", "") for out in outputs)
    assert "Best 12: 12 from Kyiv City Military Administration" in text
    assert '"cl:best": 12' in text or "prefix" in text
