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

Each data set is read through its table mapping, ``examples/mappings/*.toml``
(docs/tables.md); the same files load from the command line with
``casualtylog add log.db FILE --mapping examples/mappings/NAME.toml``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from casualtylog import Claim
from casualtylog.formats.files import read_claims
from casualtylog.formats.jsonl import write_jsonl
from casualtylog.formats.mapping import claims_from_rows, load_mapping

#: The shared data folder beside the repository (``../shared/data``), unless $CASUALTYLOG_DATA names one.
DEFAULT_DATA = Path(os.environ.get("CASUALTYLOG_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
MAPPINGS = Path(__file__).resolve().parent / "mappings"
GAZA_FILE = "gaza_casualties_daily.json"
UKRAINE_FILE = "ukraine_mod_russia_losses_personnel.json"

#: data file → its mapping
DATA_SETS: dict[str, str] = {GAZA_FILE: "gaza.toml", UKRAINE_FILE: "ukraine_mod.toml"}


def gaza_claims(rows: Iterable[Mapping[str, object]]) -> Iterator[Claim]:
    """One claim per reported cumulative figure per report date (rows of the Gaza JSON)."""
    return claims_from_rows(rows, load_mapping(MAPPINGS / DATA_SETS[GAZA_FILE]), source_name=GAZA_FILE)


def ukraine_claims(rows: Iterable[Mapping[str, object]]) -> Iterator[Claim]:
    """Personnel losses (with their qualifier) and prisoners of war, one claim each per date."""
    return claims_from_rows(rows, load_mapping(MAPPINGS / DATA_SETS[UKRAINE_FILE]), source_name=UKRAINE_FILE)


def convert(data_dir: Path) -> list[Claim]:
    """Every claim from the files of ``data_dir`` that are present (at least one must be)."""
    claims: list[Claim] = []
    found = [name for name in DATA_SETS if (data_dir / name).exists()]
    if not found:
        raise FileNotFoundError(f"neither {GAZA_FILE} nor {UKRAINE_FILE} is in {data_dir}")
    for name in found:
        claims.extend(read_claims(data_dir / name, mapping=load_mapping(MAPPINGS / DATA_SETS[name])))
    return claims


def main(argv: list[str]) -> int:
    """``OUTPUT.jsonl [DATA_DIR]``: write the claims; print how many."""
    if not argv or len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    output = Path(argv[0])
    data_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    try:
        claims = convert(data_dir)
    except FileNotFoundError as exc:
        # A user outside the usual layout needs to know how to point at the data, not a traceback.
        print(f"Error: {exc}; give the data folder as DATA_DIR or set $CASUALTYLOG_DATA", file=sys.stderr)
        return 1
    n = write_jsonl(claims, output)
    print(f"wrote {n} claims to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
