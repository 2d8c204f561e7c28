"""The real series in the shared data folder, each described once (casualtylog.series).

These descriptions are what an analyst writes: which cell is which figure,
for which count and period, from whom. The acceptance tests load slices of the
same files (tests/data) with the same descriptions; ``benchmarks/series.py``
loads the full files.
"""

from __future__ import annotations

from casualtylog.claims import ClaimStatus, SourceKind
from casualtylog.series import SeriesColumn, SeriesRule, SeriesSpec

_GAZA_CUMULATIVE = {
    "killed_cum": ("killed", None),
    "injured_cum": ("injured", None),
    "killed_children_cum": ("killed", "children"),
    "killed_women_cum": ("killed", "women"),
}

#: Gaza Ministry of Health (and Government Media Office) daily Telegram reports:
#: running totals, and the day's figures for the hours the report covers.
GAZA = SeriesSpec(
    event="gaza-war-2023",
    source_field="report_source",
    source_names={"mohtel": "Gaza Ministry of Health", "gmotel": "Gaza Government Media Office", "unocha": "UN OCHA"},
    source_kind=SourceKind.OFFICIAL,
    date_field="report_date",
    tz="Asia/Gaza",
    skip={"report_source": ("missing",)},
    columns=(
        *(SeriesColumn(field=f, metric=m, group=g) for f, (m, g) in _GAZA_CUMULATIVE.items()),
        SeriesColumn(field="killed", metric="killed", period="hours:report_period"),
        SeriesColumn(field="injured", metric="injured", period="hours:report_period"),
    ),
)

#: Ukraine's Ministry of Defence on Russian personnel losses ("about N", "more than N").
UKRAINE = SeriesSpec(
    event="russia-ukraine-war-2022",
    source="Ministry of Defence of Ukraine",
    source_kind=SourceKind.MILITARY,
    date_field="date",
    tz="Europe/Kyiv",
    columns=(
        SeriesColumn(field="personnel", metric="killed", group="russian personnel", qualifier="personnel*"),
        SeriesColumn(field="POW", metric="detained", group="russian personnel"),
    ),
)

#: Government of Nepal district tolls (2015 earthquake), copied by Kathmandu Living Labs.
NEPAL = SeriesSpec(
    event_field="district_key",
    event_format="nepal-2015/{}",
    source="Government of Nepal",
    source_kind=SourceKind.OFFICIAL,
    via="Kathmandu Living Labs",
    date_field="snapshot_nst",
    tz="Asia/Kathmandu",
    columns=(SeriesColumn(field="dead", metric="killed"), SeriesColumn(field="injured", metric="injured")),
)

#: ReliefWeb Crisis Figures: running totals, and figures per month and per year.
RELIEFWEB = SeriesSpec(
    event_field="indicator_id",
    source_field="organization",
    date_field="figure_date",
    url_field="source_url",
    columns=(SeriesColumn(field="value", metric="killed"),),
    rules=(
        SeriesRule(field="indicator_name", pattern=r"KKA", metric="killed kidnapped arrested", period="year"),
        SeriesRule(
            field="indicator_name", pattern=r"killed and injured.*per month", metric="casualties", period="month"
        ),
        SeriesRule(field="indicator_name", pattern=r"killed and injured.*per year", metric="casualties", period="year"),
        SeriesRule(field="indicator_name", pattern=r"injur.*per month", metric="injured", period="month"),
        SeriesRule(field="indicator_name", pattern=r"injur.*per year", metric="injured", period="year"),
        SeriesRule(field="indicator_name", pattern=r"per month", metric="killed", period="month"),
        SeriesRule(field="indicator_name", pattern=r"per year", metric="killed", period="year"),
        SeriesRule(field="indicator_name", pattern=r"injur", metric="injured", period="running"),
    ),
)

_WB_COUNTS = {
    "killed_cum": ("killed", None),
    "killed_children_cum": ("killed", "children"),
    "injured_cum": ("injured", None),
    "injured_children_cum": ("injured", "children"),
}

#: OCHA West Bank: flash figures (preliminary) and, for the same days, verified ones.
#: The verified tier is one back-filled release: published on the file's date,
#: describing each row's day.
WEST_BANK = SeriesSpec(
    event="west-bank-2023",
    source="UN OCHA",
    source_kind=SourceKind.UN,
    date_field="report_date",
    tz="Asia/Hebron",
    columns=(
        *(
            SeriesColumn(field=f"flash_{f}", metric=m, group=g, status=ClaimStatus.PRELIMINARY)
            for f, (m, g) in _WB_COUNTS.items()
        ),
        *(
            SeriesColumn(
                field=f"verified_{f}", metric=m, group=g, status=ClaimStatus.CONFIRMED, reported_at="2026-08-22"
            )
            for f, (m, g) in _WB_COUNTS.items()
        ),
    ),
    skip={"flash_source": ("fill",)},
)

#: Lebanon: MoPH restarted its count at zero on 2 March 2026 (phase 2).
LEBANON = SeriesSpec(
    event="lebanon-2023",
    source_field="report_source",
    source_names={"moph_lb": "Lebanon Ministry of Public Health", "ocha": "UN OCHA"},
    date_field="report_date",
    tz="Asia/Beirut",
    phase_field="phase",
    phase_starts={"2": "2026-03-02"},
    columns=(
        SeriesColumn(field="killed_cum_reported", metric="killed"),
        SeriesColumn(field="injured_cum_reported", metric="injured"),
    ),
)

#: name → (file under the data folder, description)
SERIES: dict[str, tuple[str, SeriesSpec]] = {
    "gaza": ("gaza_casualties_daily.json", GAZA),
    "ukraine": ("ukraine_mod_russia_losses_personnel.json", UKRAINE),
    "nepal": ("nepal_2015_quake_district_snapshots.csv", NEPAL),
    "reliefweb": ("reliefweb_crisis_figures_casualties.csv", RELIEFWEB),
    "west_bank": ("supplementary/west_bank_flash_vs_verified.csv", WEST_BANK),
    "lebanon": ("supplementary/lebanon_casualties_daily.json", LEBANON),
}
