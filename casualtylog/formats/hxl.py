"""HXL: the Humanitarian Exchange Language's hashtags, read and written.

A file tagged with HXL carries a row of hashtags under the human headers;
:func:`~casualtylog.formats.csv.read_csv` finds that row and reads the columns
through the tags, so no mapping is needed. Every ``#affected`` column holds
one count, named by its attributes (``#affected+killed``,
``#affected+injured+children``), so one row may carry several claims.

The HXL columns read (attribute order, case and spaces do not matter):

========================== =========================================
``#event+id`` (or ``#event``)  the event
``#affected+<metric>[+<group>]``  a figure (``+killed``, ``+injured``, ``+missing``, …;
                               ``+children``, ``+women``, ``+f``, ``+m``, …)
``#affected``                  a figure whose metric and group are in
                               ``#meta+metric`` and ``#meta+group``
``#date+reported`` (or ``#date``)  when it was said
``#meta+source`` (or ``#org``)   who said it; ``#meta+source+type`` its kind
``#meta+via``, ``#meta+url``, ``#meta+quote``, ``#meta+language``  the channel and evidence
``#date+as_of``, ``#date+recorded``, ``#status``, ``#meta+precision``,
``#meta+supersedes``, ``#meta+retracts``, ``#meta+id``  the other claim fields
``#date+period``               the span a figure counts (docs/series.md)
``#date+relayed``              when the relay (``#meta+via``) published it (docs/time.md)
========================== =========================================

Other columns are ignored, as HXL intends. :func:`write_hxl` writes the same
columns, so an exported file reads back to the same claims.

A cell that a spreadsheet could run as a formula (one starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return: a source named
``=HYPERLINK(…)``, the increment ``+2``; or one with such a character after a
``;``, ``,`` or tab, where another locale starts a cell) is written quoted with
a leading ``'``, and the reader drops that quote again; a cell holding any line
break is quoted (see :mod:`casualtylog.formats._cells`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from casualtylog.claims import Claim, SourceKind
from casualtylog.formats._cells import csv_row
from casualtylog.formats._files import Output, open_output
from casualtylog.formats._table import _column_error, _CountColumn, _Plan, _Row
from casualtylog.vocab import METRIC_SYNONYMS, normalise_group

__all__ = ["HxlTag", "write_hxl"]

#: How many rows may come before the hashtag row (HXL allows several header rows).
_HXL_SCAN = 25
_ATTRIBUTE = re.compile(r"^[a-z][a-z0-9_]*$")
_TAG = re.compile(r"^#[a-z][a-z0-9_]*$")
#: Attributes of an ``#affected`` column that say nothing about the group.
_NEUTRAL = frozenset({"num", "ind", "total"})
#: Attributes that name a metric (the vocabulary's names and synonyms, plus HXL's +infected).
_METRIC_ATTRIBUTES = frozenset(METRIC_SYNONYMS) | {"infected"}
#: HXL's sex-and-age attributes, read as the library's groups.
_SADD = {
    frozenset({"f"}): "women",
    frozenset({"m"}): "men",
    frozenset({"f", "adults"}): "women",
    frozenset({"m", "adults"}): "men",
    frozenset({"f", "children"}): "girls",
    frozenset({"m", "children"}): "boys",
}


@dataclass(frozen=True, slots=True)
class HxlTag:
    """A parsed HXL hashtag with its attributes (lower case, order-free).

    >>> tag = HxlTag.parse(" #Affected +Children+killed ")
    >>> tag.tag, sorted(tag.attributes)
    ('#affected', ['children', 'killed'])
    >>> str(HxlTag.parse("#affected+killed+children"))
    '#affected+children+killed'
    """

    tag: str
    attributes: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, text: str) -> HxlTag | None:
        """Read ``#tag +attr …``; ``None`` if ``text`` is not a hashtag."""
        parts = [p.strip() for p in text.strip().casefold().split("+")]
        tag, attributes = parts[0], parts[1:]
        if not _TAG.match(tag) or not all(_ATTRIBUTE.match(a) for a in attributes):
            return None
        return cls(tag, frozenset(attributes))

    def __str__(self) -> str:
        return self.tag + "".join(f"+{a}" for a in sorted(self.attributes))


# (tag, attributes) → (claim field, priority); the lowest priority present wins.
_HXL_FIELDS: dict[tuple[str, frozenset[str]], tuple[str, int]] = {
    ("#event", frozenset({"id"})): ("event", 0),
    ("#event", frozenset()): ("event", 1),
    ("#date", frozenset({"reported"})): ("reported_at", 0),
    ("#date", frozenset()): ("reported_at", 1),
    ("#date", frozenset({"as_of"})): ("as_of", 0),
    ("#date", frozenset({"recorded"})): ("recorded_at", 0),
    ("#meta", frozenset({"source"})): ("source", 0),
    ("#org", frozenset({"name"})): ("source", 1),
    ("#org", frozenset()): ("source", 2),
    ("#meta", frozenset({"source", "type"})): ("source_kind", 0),
    ("#org", frozenset({"type"})): ("source_kind", 1),
    ("#meta", frozenset({"via"})): ("via", 0),
    ("#meta", frozenset({"precision"})): ("reported_precision", 0),
    ("#status", frozenset()): ("status", 0),
    ("#meta", frozenset({"supersedes"})): ("supersedes", 0),
    ("#meta", frozenset({"retracts"})): ("retracts", 0),
    ("#meta", frozenset({"quote"})): ("quote", 0),
    ("#description", frozenset()): ("quote", 1),
    ("#meta", frozenset({"url"})): ("url", 0),
    ("#meta", frozenset({"language"})): ("language", 0),
    ("#date", frozenset({"period"})): ("period", 0),
    ("#date", frozenset({"relayed"})): ("relayed_at", 0),
    ("#meta", frozenset({"id"})): ("id", 0),
    ("#meta", frozenset({"metric"})): ("metric", 0),
    ("#meta", frozenset({"group"})): ("group", 0),
}


def _group_of(attributes: frozenset[str]) -> str | None:
    """The group an ``#affected`` column's non-metric attributes name."""
    rest = attributes - _NEUTRAL
    if not rest:
        return None
    if rest in _SADD:
        return _SADD[rest]
    return normalise_group("_".join(sorted(rest)))


def _is_hashtag_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(c.strip().startswith("#") for c in filled)


def _hxl_plan(row: _Row, name: str) -> _Plan:
    plan = _Plan(width=len(row.cells))
    chosen: dict[str, tuple[int, int, str]] = {}  # field → (priority, index, label)
    for index, cell in enumerate(row.cells):
        if not cell.strip():
            continue
        tag = HxlTag.parse(cell)
        if tag is None:
            raise _column_error(name, row.line, cell.strip(), "is not a valid HXL hashtag (#tag+attribute)")
        label = str(tag)
        if tag.tag == "#affected":
            metrics = sorted(tag.attributes & _METRIC_ATTRIBUTES)
            if len(metrics) > 1:
                raise _column_error(name, row.line, label, f"names {len(metrics)} metrics; keep one")
            rest = tag.attributes - set(metrics)
            metric = METRIC_SYNONYMS.get(metrics[0], metrics[0]) if metrics else None
            plan.counts.append(_CountColumn(index, label, metric, _group_of(rest), not metrics))
            continue
        known = _HXL_FIELDS.get((tag.tag, tag.attributes))
        if known is None:
            if tag.tag == "#event":
                known = ("event", 2)
            else:
                continue  # HXL files carry many other columns; they are not claim fields
        claim_field, priority = known
        if claim_field in chosen:
            if chosen[claim_field][0] == priority:
                raise _column_error(
                    name, row.line, label, f"appears twice (columns {chosen[claim_field][1] + 1} and {index + 1})"
                )
            if chosen[claim_field][0] < priority:
                continue
        chosen[claim_field] = (priority, index, label)
    plan.fields = {f: (index, label) for f, (_, index, label) in chosen.items()}
    return plan


# -- writing -----------------------------------------------------------------

# (claim field, human header, hashtag), in the order written; the first four always.
_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("event", "Event", "#event+id"),
    ("reported_at", "Reported at", "#date+reported"),
    ("reported_precision", "Precision", "#meta+precision"),
    ("source", "Source", "#meta+source"),
    ("source_kind", "Source kind", "#meta+source+type"),
    ("via", "Via", "#meta+via"),
)
_TAIL: tuple[tuple[str, str, str], ...] = (
    ("as_of", "As of", "#date+as_of"),
    ("recorded_at", "Recorded at", "#date+recorded"),
    ("status", "Status", "#status"),
    ("supersedes", "Supersedes", "#meta+supersedes"),
    ("retracts", "Retracts", "#meta+retracts"),
    ("quote", "Quote", "#meta+quote"),
    ("url", "URL", "#meta+url"),
    ("language", "Language", "#meta+language"),
    ("period", "Period", "#date+period"),
    ("relayed_at", "Relayed at", "#date+relayed"),
    ("id", "Claim id", "#meta+id"),
)
_ALWAYS = {"event", "reported_at", "reported_precision", "source", "status", "id"}
_CANONICAL_METRICS = frozenset(METRIC_SYNONYMS.values())


def _idiomatic(claim: Claim) -> bool:
    """Whether the claim's count can be written as ``#affected+metric+group`` and read back the same."""
    if claim.figure is None or claim.metric not in _CANONICAL_METRICS:
        return False
    group = claim.group
    if group is None:
        return True
    return (
        bool(_ATTRIBUTE.match(group))
        and group not in _METRIC_ATTRIBUTES
        and group not in _NEUTRAL
        and _group_of(frozenset({group})) == group
    )


def _cells(claim: Claim) -> dict[str, str]:
    record = claim.to_record()
    out = {key: value for key, value in record.items() if isinstance(value, str)}
    out["source"] = claim.source.name
    if claim.source.kind is not SourceKind.UNKNOWN:
        out["source_kind"] = claim.source.kind.value
    out["status"] = claim.status.value
    for key in ("supersedes", "retracts"):
        if record.get(key):
            out[key] = " ".join(record[key])
    out.pop("figure", None)
    return out


def write_hxl(claims: Iterable[Claim], target: Output) -> int:
    """Write claims as HXL-tagged CSV, one claim per row; return how many.

    Each count gets its own ``#affected+<metric>[+<group>]`` column; counts
    HXL attributes cannot name (a metric outside the vocabulary, a group that
    is not an attribute) and retractions go in a plain ``#affected`` column
    with ``#meta+metric`` and ``#meta+group``. Every other claim field has a
    column, so :func:`read_csv` reads the file back to the same claims.

    >>> import io
    >>> from casualtylog.formats.csv import read_csv
    >>> from casualtylog.worked_example import kyiv_claims
    >>> out = io.StringIO()
    >>> write_hxl(kyiv_claims()[:2], out)
    2
    >>> print(out.getvalue().splitlines()[1])
    #event+id,#date+reported,#meta+precision,#meta+source,#meta+source+type,#meta+via,#affected+injured,#affected+killed,#status,#meta+quote,#meta+language,#meta+id
    >>> [c.id for c in read_csv(io.StringIO(out.getvalue()))] == [c.id for c in kyiv_claims()[:2]]
    True

    Raises:
        ClaimFileError: the file cannot be written.
    """
    rows = list(claims)
    cells = [_cells(c) for c in rows]
    used = {key for row in cells for key in row}
    counts = sorted({(c.metric, c.group or "") for c in rows if _idiomatic(c)})
    generic = any(not _idiomatic(c) for c in rows)
    head = [col for col in _COLUMNS if col[0] in used or col[0] in _ALWAYS]
    tail = [col for col in _TAIL if col[0] in used or col[0] in _ALWAYS]
    count_columns = [
        (f"{metric.capitalize()}{' ' + group if group else ''}", "#affected+" + metric + (f"+{group}" if group else ""))
        for metric, group in counts
    ]
    generic_columns = [("Figure", "#affected"), ("Metric", "#meta+metric"), ("Group", "#meta+group")] if generic else []
    with open_output(target) as write:
        write(
            csv_row([h for _, h, _ in head] + [h for h, _ in count_columns + generic_columns] + [h for _, h, _ in tail])
        )
        write(
            csv_row([t for _, _, t in head] + [t for _, t in count_columns + generic_columns] + [t for _, _, t in tail])
        )
        for claim, row in zip(rows, cells, strict=True):
            figure = "" if claim.figure is None else str(claim.figure)
            line = [row.get(key, "") for key, _, _ in head]
            if _idiomatic(claim):
                line += [figure if (claim.metric, claim.group or "") == count else "" for count in counts]
                line += ["", "", ""] if generic else []
            else:
                line += [""] * len(counts) + [figure, claim.metric, claim.group or ""]
            line += [row.get(key, "") for key, _, _ in tail]
            write(csv_row(line))
    return len(rows)
