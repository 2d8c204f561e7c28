"""CSV import: mappings and constants, and HXL as humanitarian sheets write it."""

from __future__ import annotations

import io

from casualtylog.formats import read_csv

KYIV = "kyiv-2025-04-24"


def test_a_mapping_and_constants() -> None:
    sheet = io.StringIO("Day,Toll,Who,Kind\n2025-04-24,12,KCMA,official\n2025-04-25,,KCMA,official\n")
    mapping = {"reported_at": "Day", "figure": "Toll", "source": "Who", "source_kind": "Kind"}
    claims = list(read_csv(sheet, mapping=mapping, constants={"event": KYIV, "metric": "dead", "figure": "13"}))
    assert [(str(c.figure), c.source.kind.value, c.metric) for c in claims] == [
        ("12", "official", "killed"),
        ("13", "official", "killed"),  # an empty cell takes the constant
    ]


def test_hxl_after_several_header_rows_with_sadd_attributes_and_org() -> None:
    sheet = io.StringIO(
        "Casualties of the attack,,,,\n"
        "Event,Date,Reported by,Girls killed,Women killed\n"
        "#event,#date,#org,#affected +killed +f +children,#affected+killed+f\n"
        f"{KYIV},2025-04-24,OHCHR,2,5\n"
    )
    claims = list(read_csv(sheet))
    assert [(c.group, str(c.figure), c.source.name) for c in claims] == [
        ("girls", "2", "OHCHR"),
        ("women", "5", "OHCHR"),
    ]


def test_one_row_with_several_counts_and_an_empty_one() -> None:
    sheet = io.StringIO(
        "#event+id,#date+reported,#meta+source,#affected+killed,#affected+injured,#affected+missing\n"
        f"{KYIV},2025-04-24T14:00+03:00,KCMA,12,90,\n"
    )
    assert [(c.metric, str(c.figure)) for c in read_csv(sheet)] == [("killed", "12"), ("injured", "90")]


def test_untagged_and_unknown_columns_are_ignored() -> None:
    sheet = io.StringIO(
        f"#event+id,,#date+reported,#meta+source,#adm1+name,#affected+dead\n{KYIV},note,2025-04-24,KCMA,Kyiv,12\n"
    )
    (claim,) = read_csv(sheet)
    assert (claim.metric, str(claim.figure)) == ("killed", "12")
