"""Turn the real series in the shared data folder into claim records.

Three public series (see the data folder's README for origin and licence):

- ``gaza_casualties_daily.json``: the Gaza Ministry of Health's (and Government
  Media Office's) daily Telegram reports, cumulative killed and injured, with
  children, women, medical staff, journalists, civil defence and aid seekers;
- ``ukraine_mod_russia_losses_personnel.json``: the Ukrainian General Staff's
  daily claim of cumulative Russian personnel losses ("about N", "more than N")
  and prisoners of war;
- ``nepal_2015_quake_district_snapshots.csv``: Government of Nepal district
  tolls of the 2015 earthquake, as copied by Kathmandu Living Labs, each district
  an event part of the whole.

The folder is found from ``$CASUALTYLOG_DATA``, else ``/work/shared/data``, else
``../shared/data`` beside the repository. When it is absent every loader
returns an empty list, so benchmarks and tests skip instead of failing:

>>> records = load_all(Path("/nonexistent"))
>>> records
[]
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

__all__ = ["data_dir", "load_all", "load_gaza", "load_nepal", "load_ukraine"]

_GAZA_SOURCES = {
    "mohtel": {"name": "Gaza Ministry of Health", "kind": "official"},
    "gmotel": {"name": "Gaza Government Media Office", "kind": "official"},
    "unocha": {"name": "UN OCHA", "kind": "un"},
}
# Reported cumulative column → (metric, group). The ``ext_*`` columns are derived, not claims.
_GAZA_COLUMNS: dict[str, tuple[str, str | None]] = {
    "killed_cum": ("killed", None),
    "injured_cum": ("injured", None),
    "killed_children_cum": ("killed", "children"),
    "killed_women_cum": ("killed", "women"),
    "med_killed_cum": ("killed", "medical staff"),
    "press_killed_cum": ("killed", "journalists"),
    "civdef_killed_cum": ("killed", "civil defence"),
    "aid_seeker_killed_cum": ("killed", "aid seekers"),
    "aid_seeker_injured_cum": ("injured", "aid seekers"),
    "famine_cum": ("starved", None),
    "child_famine_cum": ("starved", "children"),
}


def data_dir() -> Path | None:
    """The shared data folder, or ``None`` when it is not on this machine."""
    candidates = [
        os.environ.get("CASUALTYLOG_DATA"),
        "/work/shared/data",
        str(Path(__file__).resolve().parent.parent.parent / "shared" / "data"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def load_gaza(folder: Path) -> list[dict[str, Any]]:
    """One claim per reported cumulative figure per report date (day precision)."""
    path = folder / "gaza_casualties_daily.json"
    if not path.is_file():
        return []
    out: list[dict[str, Any]] = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        source = _GAZA_SOURCES.get(row.get("report_source", ""))
        if source is None:  # "missing": no official report that day
            continue
        for column, (metric, group) in _GAZA_COLUMNS.items():
            value = row.get(column)
            if value is None:
                continue
            rec: dict[str, Any] = {"event": "gaza-war-2023", "metric": metric, "figure": int(value)}
            if group is not None:
                rec["group"] = group
            rec.update(source=source, via="Telegram", reported_at=row["report_date"])
            out.append(rec)
    return out


def load_ukraine(folder: Path) -> list[dict[str, Any]]:
    """The General Staff's daily cumulative claims ("about N" or "more than N")."""
    path = folder / "ukraine_mod_russia_losses_personnel.json"
    if not path.is_file():
        return []
    source = {"name": "General Staff of the Armed Forces of Ukraine", "kind": "military"}
    out: list[dict[str, Any]] = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        n = int(row["personnel"])
        figure = f"more than {n}" if row.get("personnel*") == "more" else f"about {n}"
        out.append(
            {
                "event": "russia-ukraine-war",
                "metric": "personnel losses",
                "group": "russian forces",
                "figure": figure,
                "source": source,
                "reported_at": row["date"],
            }
        )
        if row.get("POW") is not None:
            out.append(
                {
                    "event": "russia-ukraine-war",
                    "metric": "prisoners of war",
                    "group": "russian forces",
                    "figure": int(row["POW"]),
                    "source": source,
                    "reported_at": row["date"],
                }
            )
    return out


def load_nepal(folder: Path) -> list[dict[str, Any]]:
    """District (and national) tolls per snapshot, in Nepal time (UTC+05:45)."""
    path = folder / "nepal_2015_quake_district_snapshots.csv"
    if not path.is_file():
        return []
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            district = row["district_key"]
            event = "nepal-2015-earthquake" if district.lower() == "total" else f"nepal-2015-earthquake/{district}"
            via = "Kathmandu Living Labs" if row["source_kind"] == "kll_sheet" else "DRR portal"
            for metric in ("dead", "injured"):
                value = row[metric].strip()
                if not value:
                    continue
                out.append(
                    {
                        "event": event,
                        "metric": metric,
                        "figure": int(float(value)),
                        "source": {"name": "Government of Nepal", "kind": "official"},
                        "via": via,
                        "reported_at": row["snapshot_nst"] + "+05:45",
                        "url": "https://github.com/KathmanduLivingLabs/nepal-casualty-map/blob/"
                        f"{row['added_in_commit']}/{row['source_file']}",
                    }
                )
    return out


def load_all(folder: Path | None = None) -> list[dict[str, Any]]:
    """Every real series as claim records; empty when the data folder is absent."""
    folder = folder if folder is not None else data_dir()
    if folder is None or not folder.is_dir():
        return []
    return load_gaza(folder) + load_ukraine(folder) + load_nepal(folder)
