"""A seeded generator of realistic synthetic claim logs.

The logs look like what a monitoring desk accumulates: many events, each with
a few counts (killed, injured, children, missing, launched/intercepted …),
several originators per count, each revising its own figure over hours or
days. Records carry every shape of figure (exact, at least, more than, ``12+``,
ranges, about, up to, vague words, increments), revisions with explicit
``supersedes`` links, lowered corrections, retractions, preliminary, confirmed
and projected statuses, synonyms ("dead", "wounded", "kids"), day-only and
minute times in several offsets, ``as_of`` times and ``recorded_at`` on every
record (all three clocks).

Records are plain dicts (or JSONL lines); the ids that ``supersedes`` and
``retracts`` point at are computed with the library's own
:meth:`casualtylog.Claim.content_id` on an unvalidated copy, so the links are
real without paying for validation here.

>>> lines = generate_lines(200, seed=1)
>>> len(lines), lines == generate_lines(200, seed=1)
(200, True)
>>> from casualtylog import CasualtyLog
>>> import json
>>> log = CasualtyLog(json.loads(line) for line in lines)
>>> len(log)
200
>>> any(c.supersedes for c in log) and any(c.retracts for c in log)
True

Command line: ``python benchmarks/generate.py 100000 out.jsonl --seed 7``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from casualtylog.claims import Claim, ClaimStatus, Source, SourceKind
from casualtylog.figures import Figure
from casualtylog.times import Precision
from casualtylog.vocab import normalise_group, normalise_metric

__all__ = ["SIZES", "generate_lines", "generate_records", "write_jsonl"]

#: The sizes the benchmark runs at.
SIZES = (10_000, 100_000, 1_000_000)

_EPOCH = datetime(2022, 2, 24, tzinfo=UTC)
_ZONES = [
    ("+03:00", timezone(timedelta(hours=3))),
    ("+02:00", timezone(timedelta(hours=2))),
    ("Z", UTC),
    ("+05:45", timezone(timedelta(hours=5, minutes=45))),
    ("-05:00", timezone(timedelta(hours=-5))),
]
_KINDS = [k.value for k in SourceKind if k is not SourceKind.UNKNOWN]
_VIAS = ["Telegram", "X", "Facebook", "press conference", "Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Ukrinform"]
_LANGS = ["en", "uk", "ar", "ru", "fr", "ne"]
_QUOTES = [
    "rescuers recovered more bodies from the rubble",
    "the toll is preliminary and may rise",
    "according to hospital sources",
    "figures confirmed by the regional administration",
]
# (raw metric, raw group, share of the event's headline toll, probability the event has it)
_COUNTS: list[tuple[str, str | None, float, float]] = [
    ("killed", None, 1.0, 1.0),
    ("injured", None, 3.0, 0.7),
    ("killed", "children", 0.2, 0.3),
    ("injured", "children", 0.5, 0.2),
    ("killed", "civilians", 0.8, 0.15),
    ("missing", None, 0.3, 0.1),
    ("launched", "missiles", 5.0, 0.05),
    ("intercepted", "missiles", 3.0, 0.05),
]
# Spellings that normalise to the same count, as reports write them.
_SPELLINGS = {
    "killed": ["killed", "killed", "killed", "dead", "deaths", "fatalities"],
    "injured": ["injured", "injured", "wounded"],
    "missing": ["missing"],
    "launched": ["launched", "fired"],
    "intercepted": ["intercepted", "shot down"],
}
_GROUP_SPELLINGS = {
    "children": ["children", "children", "kids", "minors"],
    "civilians": ["civilians"],
    "missiles": ["missiles"],
}
_SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


class _Pending:
    """A record whose id is computed only if a later record links to it."""

    __slots__ = ("_id", "args")

    def __init__(
        self,
        rec: dict[str, Any],
        metric: str,
        group: str | None,
        figure_text: str,
        when: datetime,
        precision: Precision,
        as_of: datetime | None,
        status: ClaimStatus,
    ) -> None:
        self.args = (rec, metric, group, figure_text, when, precision, as_of, status)
        self._id: str | None = None

    def id(self) -> str:
        """The id the library will give the record, via an unvalidated Claim (cheap)."""
        if self._id is None:
            self._id = _claim_id(*self.args)
        return self._id


def _claim_id(
    rec: dict[str, Any],
    metric: str,
    group: str | None,
    figure_text: str,
    when: datetime,
    precision: Precision,
    as_of: datetime | None,
    status: ClaimStatus,
) -> str:
    src = rec["source"]
    source = (
        Source.model_construct(name=src, kind=SourceKind.UNKNOWN)
        if isinstance(src, str)
        else Source.model_construct(name=src["name"], kind=SourceKind(src["kind"]))
    )
    claim = Claim.model_construct(
        event=rec["event"],
        metric=metric,
        group=group,
        figure=Figure.parse(figure_text),
        source=source,
        via=rec.get("via"),
        reported_at=when,
        reported_precision=precision,
        as_of=as_of,
        status=status,
        supersedes=tuple(sorted(set(rec.get("supersedes", ())))),
        retracts=(),
        quote=rec.get("quote"),
        url=rec.get("url"),
        language=rec.get("language"),
    )
    return claim.content_id()


class _Generator:
    """Produces records count by count; one instance per seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.sources: list[tuple[str, str | None]] = []
        for i in range(400):
            kind = rng.choice(_KINDS)
            name = f"{kind.title()} source {i:03d}"
            # A quarter of the records name their source with no kind (a bare string).
            self.sources.append((name, None if rng.random() < 0.25 else kind))

    # -- one count -------------------------------------------------------------
    def figure_text(self, value: int, spread: int) -> tuple[str, int]:
        """A figure for a toll of about ``value``: the text and the floor it implies."""
        r = self.rng.random()
        if r < 0.55:
            return str(value), value
        if r < 0.67:
            return f"at least {value}", value
        if r < 0.71:
            return f"more than {max(value - 1, 1)}", max(value, 2)
        if r < 0.73:
            return f"{value}+", value
        if r < 0.81:
            return f"{value}-{value + spread}", value
        if r < 0.89:
            return (f"about {value}" if r < 0.86 else f"~{value}"), value
        if r < 0.91:
            return f"up to {value}", 0
        if r < 0.94 and value >= 24:
            word = "hundreds" if value >= 200 else "dozens"
            return word, 200 if word == "hundreds" else 24
        return f"{value:,}" if value >= 1000 else str(value), value

    def time_text(self, minutes: int, zone: tuple[str, Any], day_only: bool) -> tuple[str, datetime, Precision]:
        """Render a moment (minutes after the epoch) as a report would, with what it parses to."""
        utc = _EPOCH + timedelta(minutes=minutes)
        local = utc.astimezone(zone[1])
        if day_only:
            day = local.date()
            return day.isoformat(), datetime(day.year, day.month, day.day, tzinfo=UTC), Precision.DAY
        text = local.isoformat()
        if zone[0] == "Z":
            text = text.replace("+00:00", "Z")
        return text, local, Precision.SECOND

    def count_records(self, event: str, start: int, toll: int, metric: str, group: str | None) -> list[dict[str, Any]]:
        rng = self.rng
        raw_metric = rng.choice(_SPELLINGS[metric])
        raw_group = None if group is None else rng.choice(_GROUP_SPELLINGS[group])
        canon_metric, canon_group = normalise_metric(raw_metric), normalise_group(raw_group)
        n_sources = rng.choices((1, 2, 3, 4, 5), weights=(30, 30, 20, 12, 8))[0]
        out: list[dict[str, Any]] = []
        for name, kind in rng.sample(self.sources, n_sources):
            zone = rng.choice(_ZONES)
            via = rng.choice(_VIAS) if rng.random() < 0.6 else None
            language = rng.choice(_LANGS) if rng.random() < 0.5 else None
            source: str | dict[str, str] = name if kind is None else {"name": name, "kind": kind}
            chain = rng.choices((1, 2, 3, 4, 5, 6), weights=(25, 25, 20, 15, 10, 5))[0]
            minutes = start + rng.randrange(0, 600)
            value = max(0, int(toll * rng.uniform(0.3, 0.8)))
            days: set[str] = set()
            previous: _Pending | None = None  # this source's last figure, its id computed on demand
            for step in range(chain):
                rec: dict[str, Any] = {"event": event, "metric": raw_metric}
                if raw_group is not None:
                    rec["group"] = raw_group
                links: list[str] = []
                status = ClaimStatus.REPORTED
                r = rng.random()
                if previous is not None and r < 0.03:
                    # A retraction: the source withdraws its last figure.
                    figure_text: str | None = None
                    rec["retracts"] = [previous.id()]
                elif previous is not None and r < 0.10:
                    # An increment: "+2" / "two more".
                    stepv = rng.randint(1, 10)
                    figure_text = f"{_SMALL_WORDS[stepv]} more" if stepv <= 10 and rng.random() < 0.3 else f"+{stepv}"
                    value += stepv
                    if rng.random() < 0.3:
                        links.append(previous.id())
                elif previous is not None and r < 0.15:
                    # A correction downwards, explicitly superseding the earlier figure.
                    value = max(0, value - rng.randint(1, max(1, value // 5)))
                    figure_text = str(value)
                    links.append(previous.id())
                    status = ClaimStatus.CONFIRMED
                else:
                    if step:
                        value += rng.randint(0, max(1, value // 3))
                    figure_text, _ = self.figure_text(value, max(1, value // 10))
                    if previous is not None and rng.random() < 0.35:
                        links.append(previous.id())
                    s = rng.random()
                    if step == 0 and s < 0.2:
                        status = ClaimStatus.PRELIMINARY
                    elif s < 0.08:
                        status = ClaimStatus.CONFIRMED
                    elif s < 0.09:
                        status = ClaimStatus.PROJECTED
                rec["figure"] = figure_text  # null for a retraction
                rec["source"] = source
                if via is not None:
                    rec["via"] = via
                day_only = rng.random() < 0.12
                when_text, when, precision = self.time_text(minutes, zone, day_only)
                if day_only and when_text in days:  # the same day twice could be one claim: keep the time
                    when_text, when, precision = self.time_text(minutes, zone, False)
                days.add(when_text)
                rec["reported_at"] = when_text
                as_of: datetime | None = None
                if not day_only and rng.random() < 0.1:
                    as_of_text, as_of, _ = self.time_text(minutes - rng.randrange(30, 300), zone, False)
                    rec["as_of"] = as_of_text
                rec["recorded_at"] = (_EPOCH + timedelta(minutes=minutes + rng.randrange(1, 2880))).isoformat()
                if status is not ClaimStatus.REPORTED:
                    rec["status"] = status.value
                if links:
                    rec["supersedes"] = links
                quote = rng.choice(_QUOTES) if rng.random() < 0.1 else None
                if quote is not None:
                    rec["quote"] = quote
                if rng.random() < 0.3:
                    rec["url"] = f"https://news.example/{event}/{len(out)}"
                if language is not None:
                    rec["language"] = language
                out.append(rec)
                if figure_text is not None and status is not ClaimStatus.PROJECTED:
                    previous = _Pending(rec, canon_metric, canon_group, figure_text, when, precision, as_of, status)
                minutes += rng.randrange(20, 1440)
        return out

    # -- the log -----------------------------------------------------------------
    def records(self, n: int) -> Iterator[dict[str, Any]]:
        rng = self.rng
        produced = 0
        event_no = 0
        while produced < n:
            event = f"event-{event_no:07d}"
            event_no += 1
            start = rng.randrange(0, 3 * 365 * 24 * 60)
            toll = int(rng.paretovariate(1.2) * 5)
            for metric, group, share, chance in _COUNTS:
                if rng.random() >= chance:
                    continue
                for rec in self.count_records(event, start, max(1, int(toll * share)), metric, group):
                    yield rec
                    produced += 1
                    if produced >= n:
                        return


def generate_records(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Yield ``n`` claim records (JSON-ready dicts), the same ones for the same seed.

    >>> recs = list(generate_records(50, seed=3))
    >>> len(recs), {"event", "metric", "figure", "source", "reported_at"} <= set(recs[0])
    (50, True)
    """
    return _Generator(seed).records(n)


def generate_lines(n: int, seed: int = 0) -> list[bytes]:
    """``n`` records as JSONL lines (UTF-8 bytes, no newline)."""
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    return [dumps(rec).encode() for rec in generate_records(n, seed)]


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` records to ``path`` as JSON Lines and return the path."""
    target = Path(path)
    with target.open("wb") as fh:
        for line in generate_lines(n, seed):
            fh.write(line + b"\n")
    return target


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic log: ``python benchmarks/generate.py N PATH [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("n", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_jsonl(args.path, args.n, args.seed)
    print(f"wrote {args.n} claims to {args.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
