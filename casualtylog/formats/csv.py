"""CSV: claims from spreadsheets, through a column mapping or HXL hashtags.

A plain CSV file names its columns after the claim's fields (``event``,
``metric``, ``group``, ``figure``, ``source``, ``source_kind``,
``reported_at``, …), or a ``mapping`` says which column holds which field, and
``constants`` fill fields the file does not carry (the source of a whole
sheet, its event):

>>> import io
>>> sheet = io.StringIO("Date,Deaths\\n2025-04-24,12\\n")
>>> claims = list(read_csv(sheet, mapping={"reported_at": "Date", "figure": "Deaths"},
...                        constants={"event": "kyiv", "metric": "killed", "source": "KCMA"}))
>>> [str(c) for c in claims]
['kyiv / killed: 12 — KCMA, 2025-04-24T00:00:00+00:00']

A file tagged with HXL (the Humanitarian Exchange Language: a row of hashtags
under the human headers) is recognised without any mapping. Every
``#affected`` column holds one count, named by its attributes
(``#affected+killed``, ``#affected+injured+children``), so one row may carry
several claims:

>>> hxl = io.StringIO(
...     "Event,Date,Source,Killed,Injured,Injured children\\n"
...     "#event+id,#date+reported,#meta+source,#affected+killed,#affected+injured,#affected+injured+children\\n"
...     "kyiv-2025-04-24,2025-04-24,KCMA,12,90,at least 12\\n")
>>> [f"{c.count}: {c.figure}" for c in read_csv(hxl)]
['kyiv-2025-04-24 / killed: 12', 'kyiv-2025-04-24 / injured: 90', 'kyiv-2025-04-24 / injured / children: at least 12']

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
========================== =========================================

Other columns are ignored, as HXL intends. :func:`write_hxl` writes the same
columns, so an exported file reads back to the same claims.

A cell that a spreadsheet would run as a formula (one starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return: a source named
``=HYPERLINK(…)``, the increment ``+2``) is written with a leading ``'``, and
the reader drops that quote again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import IO, Any

from casualtylog._coerce import to_claim
from casualtylog.claims import Claim, SourceKind
from casualtylog.errors import ClaimFormatError
from casualtylog.formats._cells import defuse, restore
from casualtylog.formats._files import Input, Output, display_name, numbered_lines, open_input, open_output
from casualtylog.formats.reader import ClaimReader, Parsed, Rejection, exact_times
from casualtylog.log import CasualtyLog
from casualtylog.vocab import METRIC_SYNONYMS, normalise_group

__all__ = ["CSV_FIELDS", "HxlTag", "load_csv", "read_csv", "write_hxl"]

#: The column names a plain CSV file may use (and the keys of a ``mapping``).
CSV_FIELDS: tuple[str, ...] = (*Claim.model_fields, "source_kind")

#: How many rows may come before the hashtag row (HXL allows several header rows).
_HXL_SCAN = 25
_ATTRIBUTE = re.compile(r"^[a-z][a-z0-9_]*$")
_TAG = re.compile(r"^#[a-z][a-z0-9_]*$")
_LIST_SPLIT = re.compile(r"[\s,;]+")
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


@dataclass(frozen=True, slots=True)
class _CountColumn:
    index: int
    label: str
    metric: str | None  # None: read from #meta+metric
    group: str | None
    generic: bool


@dataclass(slots=True)
class _Plan:
    """Which column holds which claim field, and which columns hold figures."""

    fields: dict[str, tuple[int, str]] = field(default_factory=dict)
    counts: list[_CountColumn] = field(default_factory=list)
    width: int = 0


@dataclass(slots=True)
class _Row:
    line: int
    cells: list[str]
    raw: bytes
    error: ClaimFormatError | None


def _rows(stream: IO[bytes] | IO[str], name: str) -> Iterator[_Row]:
    """CSV records with the line each starts on and their bytes; bad bytes or quoting give an error row."""
    pending = bytearray()
    state: dict[str, Any] = {"start": None, "error": None}

    def feed() -> Iterator[str]:
        for line in numbered_lines(stream, name):
            if state["start"] is None:
                state["start"] = line.number
            pending.extend(line.raw)
            if line.error is not None:
                state["error"] = state["error"] or line.error
                yield line.raw.decode("utf-8", "replace")
            else:
                yield line.text

    reader = csv.reader(feed(), strict=True)
    while True:
        cells: list[str] = []
        error: ClaimFormatError | None = None
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            error = ClaimFormatError(name, state["start"], None, None, f"not valid CSV ({exc}); check the quotes")
        cells = [restore(cell) for cell in cells]  # "'=…" as written by write_hxl: the text "=…"
        row = _Row(state["start"] or 0, cells, bytes(pending), state["error"] or error)
        pending.clear()
        state["start"], state["error"] = None, None
        yield row


def _column_error(name: str, line: int, column: str, problem: str) -> ClaimFormatError:
    return ClaimFormatError(name, line, None, None, f"column {column!r} {problem}")


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


def _plain_plan(row: _Row, name: str, mapping: Mapping[str, str] | None, tags: _Row | None) -> _Plan:
    plan = _Plan(width=len(row.cells))
    headers = [c.strip() for c in row.cells]
    if mapping is None:
        for index, header in enumerate(headers):
            if not header:
                continue
            key = header.casefold().replace(" ", "_").replace(".", "_")
            if key not in CSV_FIELDS:
                raise _column_error(
                    name,
                    row.line,
                    header,
                    f"is unknown; name the columns after claim fields ({', '.join(CSV_FIELDS)}) "
                    "or pass a mapping (claim field → column)",
                )
            if key in plan.fields:
                raise _column_error(name, row.line, header, "appears twice")
            plan.fields[key] = (index, header)
        return plan
    tag_cells = [c.strip() for c in tags.cells] if tags is not None else []
    for claim_field, column in mapping.items():
        if claim_field not in CSV_FIELDS:
            raise ClaimFormatError(
                name, None, claim_field, column, f"is not a claim field; map one of {', '.join(CSV_FIELDS)}"
            )
        wanted = column.strip()
        if wanted in headers:
            plan.fields[claim_field] = (headers.index(wanted), wanted)
        elif wanted in tag_cells:
            plan.fields[claim_field] = (tag_cells.index(wanted), wanted)
        else:
            raise ClaimFormatError(
                name, row.line, claim_field, column, f"the mapped column is not in the header ({', '.join(headers)})"
            )
    return plan


def _cell(cells: list[str], index: int) -> str | None:
    if index >= len(cells):
        return None
    value = cells[index]
    return value if value.strip() else None


def _records(
    plan: _Plan, row: _Row, name: str, constants: Mapping[str, Any]
) -> list[tuple[dict[str, Any], dict[str, str]]]:
    """The claim records one row holds, each with the column label of every field."""
    extra = [c for c in row.cells[plan.width :] if c.strip()]
    if extra or len(row.cells) < plan.width:  # a long row, or a truncated one: its cells may be misplaced
        raise ClaimFormatError(
            name, row.line, None, None, f"the row has {len(row.cells)} cells, the header {plan.width}"
        )
    common: dict[str, Any] = {}
    labels: dict[str, str] = {}
    for claim_field, (index, label) in plan.fields.items():
        value = _cell(row.cells, index)
        if value is not None:
            common[claim_field] = value
            labels[claim_field] = label
    for key, value in constants.items():
        common.setdefault(key, value)
    kind = common.pop("source_kind", None)
    if kind is not None and "source" in common and isinstance(common["source"], str):
        common["source"] = {"name": common["source"], "kind": kind.strip()}
        labels["source.kind"] = labels.get("source_kind", "source_kind")
    for key in ("supersedes", "retracts"):
        if isinstance(common.get(key), str):
            common[key] = [x for x in _LIST_SPLIT.split(common[key]) if x]
    if not plan.counts:
        return [(common, labels)]
    generic_metric = common.pop("metric", None)
    generic_group = common.pop("group", None)
    out: list[tuple[dict[str, Any], dict[str, str]]] = []
    for column in plan.counts:
        value = _cell(row.cells, column.index)
        if value is None:
            continue
        record = dict(common)
        record["figure"] = value
        where = dict(labels, figure=column.label)
        if column.generic:
            if generic_metric is None:
                raise ClaimFormatError(
                    name,
                    row.line,
                    column.label,
                    value,
                    "no metric: tag the column with one (#affected+killed) or fill a #meta+metric column",
                )
            record["metric"], record["group"] = generic_metric, column.group or generic_group
        else:
            record["metric"], record["group"] = column.metric, column.group
            where["metric"] = where["group"] = column.label
        out.append((record, where))
    if not out and common.get("retracts") and generic_metric is not None:
        out.append((dict(common, metric=generic_metric, group=generic_group, figure=None), labels))
    if len(out) > 1 and "id" in common:
        raise ClaimFormatError(
            name, row.line, labels["id"], common["id"], "one claim id for a row of several figures; leave it empty"
        )
    return out


def _claim(record: dict[str, Any], labels: dict[str, str], *, name: str, line: int, tz: str | tzinfo | None) -> Claim:
    try:
        return to_claim(exact_times(record), tz=tz, path=name, line=line)
    except ClaimFormatError as exc:
        key = (exc.field or "").split(".")[0]
        label = labels.get(exc.field or "") or labels.get(key)
        if label is None or label == key:
            raise
        raise ClaimFormatError(name, line, label, exc.value, exc.problem) from exc


def read_csv(
    source: Input,
    *,
    mapping: Mapping[str, str] | None = None,
    constants: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
    lenient: bool = False,
    rejects: Output | None = None,
    hxl: bool | None = None,
) -> ClaimReader:
    """Read claims from a CSV file, lazily: plain (with a mapping) or HXL-tagged.

    >>> import io
    >>> bad = io.StringIO("event,metric,figure,source,reported_at\\nkyiv,killed,-3,KCMA,2025-04-24\\n")
    >>> list(read_csv(bad))
    Traceback (most recent call last):
    ...
    casualtylog.errors.ClaimFormatError: <stream>, line 2: figure='-3': cannot read figure '-3': expected a count of zero or more (a fall is a new, lower claim, not a negative figure)

    Args:
        source: a path or an open file (binary is best: bad bytes are then
            reported with their line).
        mapping: claim field → column name (a header, or a hashtag). Columns
            not mapped are ignored. Without a mapping, a plain CSV's headers
            must be claim fields (:data:`CSV_FIELDS`).
        constants: claim field → value, for fields the file does not carry
            (or leaves empty), e.g. ``{"source": "OHCHR", "event": "…"}``.
        tz: the timezone for date-times written without one.
        lenient: set bad rows aside instead of raising at the first.
        rejects: in lenient mode, a path or file that receives the header
            and every rejected row as it was.
        hxl: ``None`` detects a row of hashtags (within the first 25 rows);
            ``False`` reads the file as plain CSV; ``True`` requires hashtags.

    Raises:
        ClaimFormatError: (while iterating) the header or, in strict mode, a
            row is bad; names the file, line and column.
        ClaimFileError: the file cannot be opened or read.
    """
    name = display_name(source)
    fixed = dict(constants or {})
    preamble = bytearray()

    def parse() -> Iterator[Parsed]:
        with open_input(source) as stream:
            rows = _rows(stream, name)
            head: list[_Row] = []
            tag_at: int | None = None
            for row in rows:
                head.append(row)
                if row.error is None and hxl is not False and _is_hashtag_row(row.cells):
                    tag_at = len(head) - 1
                    break
                if len(head) >= _HXL_SCAN:
                    break
            if not head:
                return
            if hxl is True and tag_at is None:
                raise ClaimFormatError(name, None, None, None, f"no row of HXL hashtags in the first {_HXL_SCAN} rows")
            if tag_at is not None:
                tags = head[tag_at]
                header = head[tag_at - 1] if tag_at > 0 else None
                plan = _hxl_plan(tags, name) if mapping is None else _plain_plan(header or tags, name, mapping, tags)
                body = head[tag_at + 1 :]
                for row in head[: tag_at + 1]:
                    preamble.extend(row.raw)
            else:
                first = head[0]
                if first.error is not None:
                    raise first.error
                plan = _plain_plan(first, name, mapping, None)
                body = head[1:]
                preamble.extend(first.raw)
            for row in _chain(body, rows):
                if row.error is not None:
                    yield Rejection(row.line, row.error, row.raw)
                    continue
                if not any(c.strip() for c in row.cells):
                    continue
                try:
                    for record, labels in _records(plan, row, name, fixed):
                        yield _claim(record, labels, name=name, line=row.line, tz=tz)
                except ClaimFormatError as error:
                    yield Rejection(row.line, error, row.raw)

    return ClaimReader(name, parse, lenient=lenient, rejects=rejects, header=lambda: bytes(preamble))


def _chain(first: list[_Row], rest: Iterator[_Row]) -> Iterator[_Row]:
    yield from first
    yield from rest


def load_csv(
    source: Input,
    *,
    mapping: Mapping[str, str] | None = None,
    constants: Mapping[str, Any] | None = None,
    tz: str | tzinfo | None = None,
    log: CasualtyLog | None = None,
) -> CasualtyLog:
    """Read a CSV (or HXL) file into a log as one batch: a bad row adds nothing.

    >>> import io
    >>> log = load_csv(io.StringIO("event,metric,figure,source,reported_at\\nkyiv,dead,12,KCMA,2025-04-24\\n"))
    >>> log.resolve("kyiv", "killed").best
    12
    """
    target = CasualtyLog(tz=tz) if log is None else log
    target.extend(read_csv(source, mapping=mapping, constants=constants, tz=tz))
    return target


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


def _csv_line(cells: list[str]) -> str:
    """One CSV row ending in ``\\n``; a cell is quoted when it holds a comma, a quote or a line break.

    (The csv module quotes only the characters of its own line terminator, and
    would leave a ``\\r`` bare when rows end in ``\\n``.) A cell a spreadsheet
    would run as a formula gets a leading ``'`` (see :mod:`casualtylog.formats._cells`).
    """
    out = []
    for cell in map(defuse, cells):
        if any(ch in cell for ch in ',"\r\n'):
            cell = '"' + cell.replace('"', '""') + '"'
        out.append(cell)
    return ",".join(out) + "\n"


def write_hxl(claims: Iterable[Claim], target: Output) -> int:
    """Write claims as HXL-tagged CSV, one claim per row; return how many.

    Each count gets its own ``#affected+<metric>[+<group>]`` column; counts
    HXL attributes cannot name (a metric outside the vocabulary, a group that
    is not an attribute) and retractions go in a plain ``#affected`` column
    with ``#meta+metric`` and ``#meta+group``. Every other claim field has a
    column, so :func:`read_csv` reads the file back to the same claims.

    >>> import io
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
            _csv_line(
                [h for _, h, _ in head] + [h for h, _ in count_columns + generic_columns] + [h for _, h, _ in tail]
            )
        )
        write(
            _csv_line(
                [t for _, _, t in head] + [t for _, t in count_columns + generic_columns] + [t for _, _, t in tail]
            )
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
            write(_csv_line(line))
    return len(rows)
