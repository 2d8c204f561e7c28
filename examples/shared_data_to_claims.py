"""Convert the real casualty series in the shared data folder into claims (JSON Lines).

    python examples/shared_data_to_claims.py OUTPUT.jsonl [DATA_DIR]
    casualtylog resolve OUTPUT.jsonl

DATA_DIR (default ``$CASUALTYLOG_DATA``, else ``../shared/data`` beside the
repository, as the README says) holds, as its own README describes:

- ``gaza_casualties_daily.json`` (Tech for Palestine, public domain): one
  object per report date. Each reported cumulative figure becomes a claim by
  the body that published it (``mohtel``: Gaza Ministry of Health on Telegram;
  ``gmotel``: Government Media Office on Telegram); dates are Gaza dates
  (``Asia/Gaza``), known to the day. Daily figures and the ``ext_*`` values
  Tech for Palestine derived are not claims of a source and are left out.
- ``ukraine_mod_russia_losses_personnel.json`` (Petro Ivaniuk, MIT): the
  cumulative Russian personnel losses claimed by Ukraine's Ministry of
  Defence, with the qualifier it published (``about`` → "about N", ``more`` →
  "more than N"), and prisoners of war while they were reported; dates are
  Kyiv dates (``Europe/Kyiv``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from casualtylog import Claim, parse_time
from casualtylog.formats.jsonl import write_jsonl

#: The shared data folder beside the repository (``../shared/data``), unless $CASUALTYLOG_DATA names one.
DEFAULT_DATA = Path(os.environ.get("CASUALTYLOG_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
GAZA_FILE = "gaza_casualties_daily.json"
UKRAINE_FILE = "ukraine_mod_russia_losses_personnel.json"

GAZA_EVENT = "gaza-war-2023"
GAZA_SOURCES: dict[str, dict[str, str]] = {
    "mohtel": {"name": "Gaza Ministry of Health", "kind": "official"},
    "gmotel": {"name": "Gaza Government Media Office", "kind": "official"},
    "unocha": {"name": "UN OCHA", "kind": "un"},
}
GAZA_VIA = {"mohtel": "Telegram", "gmotel": "Telegram", "unocha": "OCHA report"}
GAZA_URL = "https://github.com/TechForPalestine/palestine-datasets"
#: Reported cumulative fields → (metric, group).
GAZA_FIELDS: dict[str, tuple[str, str | None]] = {
    "killed_cum": ("killed", None),
    "injured_cum": ("injured", None),
    "killed_children_cum": ("killed", "children"),
    "killed_women_cum": ("killed", "women"),
    "med_killed_cum": ("killed", "medical_personnel"),
    "press_killed_cum": ("killed", "journalists"),
    "civdef_killed_cum": ("killed", "civil_defence_personnel"),
    "aid_seeker_killed_cum": ("killed", "aid_seekers"),
    "aid_seeker_injured_cum": ("injured", "aid_seekers"),
    "famine_cum": ("famine_deaths", None),
    "child_famine_cum": ("famine_deaths", "children"),
}

UKRAINE_EVENT = "russia-ukraine-war-2022"
UKRAINE_SOURCE = {"name": "Ministry of Defence of Ukraine", "kind": "military"}
UKRAINE_URL = "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"
UKRAINE_QUALIFIERS = {"about": "about {n}", "more": "more than {n}", None: "{n}"}


def _local_date(text: str, zone: str) -> dict[str, Any]:
    """A report date as that day where it was reported (docs/time.md: ``parse_time(..., tz=)``)."""
    when, precision = parse_time(text, tz=zone)
    return {"reported_at": when, "reported_precision": precision}


def gaza_claims(rows: list[dict[str, Any]]) -> Iterator[Claim]:
    """One claim per reported cumulative figure per report date."""
    for row in rows:
        source = GAZA_SOURCES.get(row.get("report_source", ""))
        if source is None:  # "missing": no official report that day
            continue
        for field, (metric, group) in GAZA_FIELDS.items():
            value = row.get(field)
            if value is None:
                continue
            yield Claim.model_validate(
                {
                    "event": GAZA_EVENT,
                    "metric": metric,
                    "group": group,
                    "figure": int(value),
                    "source": source,
                    "via": GAZA_VIA[row["report_source"]],
                    **_local_date(row["report_date"], "Asia/Gaza"),
                    "url": GAZA_URL,
                }
            )


def ukraine_claims(rows: list[dict[str, Any]]) -> Iterator[Claim]:
    """Personnel losses (with their qualifier) and prisoners of war, one claim each per date."""
    for row in rows:
        qualifier = row.get("personnel*")
        template = UKRAINE_QUALIFIERS.get(qualifier)
        if template is None:
            raise ValueError(f"{row['date']}: unknown qualifier {qualifier!r} for personnel")
        common = {
            "event": UKRAINE_EVENT,
            "group": "russian_forces",
            "source": UKRAINE_SOURCE,
            **_local_date(row["date"], "Europe/Kyiv"),
            "url": UKRAINE_URL,
        }
        yield Claim.model_validate(
            common | {"metric": "personnel_losses", "figure": template.format(n=int(row["personnel"]))}
        )
        if row.get("POW") is not None:
            yield Claim.model_validate(common | {"metric": "prisoners_of_war", "figure": int(row["POW"])})


def convert(data_dir: Path) -> list[Claim]:
    """Every claim from the files of ``data_dir`` that are present (at least one must be)."""
    claims: list[Claim] = []
    found = False
    for name, convert_rows in ((GAZA_FILE, gaza_claims), (UKRAINE_FILE, ukraine_claims)):
        path = data_dir / name
        if path.exists():
            found = True
            claims.extend(convert_rows(json.loads(path.read_text(encoding="utf-8"))))
    if not found:
        raise FileNotFoundError(f"neither {GAZA_FILE} nor {UKRAINE_FILE} is in {data_dir}")
    return claims


def main(argv: list[str]) -> int:
    """``OUTPUT.jsonl [DATA_DIR]``: write the claims; print how many."""
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    output = Path(argv[0])
    data_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    n = write_jsonl(convert(data_dir), output)
    print(f"wrote {n} claims to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
