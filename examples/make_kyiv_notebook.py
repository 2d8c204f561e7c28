"""Write examples/kyiv_2025.ipynb, the worked example as a notebook (no outputs).

Run it:  python examples/make_kyiv_notebook.py [OUTPUT.ipynb]

The notebook is committed without outputs; tests execute it with a real
Jupyter kernel and check that it still matches this script.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

CELLS = [
    ("md", "# Kyiv, 24 April 2025: conflicting, shifting figures\n\n"
     "The worked example of casualtylog's design notes: a news article's figures for the Russian "
     "missile and drone attack on Kyiv on the night of 23–24 April 2025, logged as claims."),
    ("code", "from casualtylog import CasualtyLog\n"
     "from casualtylog.display.frames import claims_frame, history_frame, resolutions_frame\n"
     "from casualtylog.display.html import history_html, log_html, resolution_html, resolutions_html\n"
     "from casualtylog.display.plot import plot_history\n"
     "from casualtylog.exports import prov_json, ucdp_rows\n"
     "from casualtylog.worked_example import EVENT, kyiv_claims\n\n"
     "%matplotlib inline"),
    ("code", "log = CasualtyLog(kyiv_claims())\nlen(log), len(log.counts())"),
    ("md", "## The current figures\n\nOne row per count: best, low–high, who set it, when, and what changed."),
    ("code", "from IPython.display import HTML\n\nHTML(resolutions_html(log))"),
    ("md", "## Why 12 killed, and not 10?"),
    ("code", "killed = log.resolve(EVENT, \"killed\")\nprint(killed.explain())"),
    ("code", "HTML(resolution_html(killed))"),
    ("md", "## How the figure moved"),
    ("code", "history = log.history(EVENT, \"killed\")\nHTML(history_html(history))"),
    ("code", "ax = plot_history(history, claims=log.claims_about(EVENT, \"killed\"))"),
    ("md", "## As DataFrames"),
    ("code", "resolutions_frame(log)[[\"event\", \"metric\", \"group\", \"figure\", \"best\", \"low\", \"high\", \"best_source\"]]"),
    ("code", "history_frame(history)[[\"at\", \"best\", \"change\", \"reason\"]]"),
    ("code", "claims_frame(log)[[\"metric\", \"group\", \"figure\", \"source\", \"via\", \"reported_at\", \"reported_tz\"]]"),
    ("md", "## Exports\n\nUCDP-GED-style rows, and the W3C PROV-JSON of the death toll's provenance."),
    ("code", "import pandas as pd\n\npd.DataFrame(ucdp_rows(log, metric=\"killed\"))"),
    ("code", "print(prov_json(killed)[:600])"),
    ("md", "## The whole log"),
    ("code", "HTML(log_html(log))"),
]  # fmt: skip


def build() -> Any:
    """The notebook, without outputs."""
    nb = new_notebook()  # type: ignore[no-untyped-call]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for index, (kind, source) in enumerate(CELLS):
        cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)  # type: ignore[no-untyped-call]
        cell["id"] = f"cell-{index:02d}"
        nb.cells.append(cell)
    return nb


def main(path: Path) -> Path:
    """Write the notebook to ``path``."""
    nbformat.write(build(), str(path))  # type: ignore[no-untyped-call]
    print(f"wrote {path}")
    return path


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "kyiv_2025.ipynb")
