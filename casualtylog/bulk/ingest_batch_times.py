"""The times of a block of lines, a column at a time (for :mod:`casualtylog.bulk.ingest_batch`).

A time in the canonical form (``2025-04-24T15:00:00+03:00``) is computed from its two
remembered parts (:class:`~casualtylog.bulk.ingest_clock.Clock`: the date with its ``T``, the
rest with its offset): two slices and a few look-ups per line in C loops, the arithmetic in
numpy. Any other time is read one by one by ``ValueMemos._time`` (its memo first), which is
what the row-by-row path does for it; a time that path leaves to the old one takes its line
out of the batch.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import getitem
from typing import Any, cast

from casualtylog.bulk.ingest import _ABSENT
from casualtylog.bulk.ingest_quick import _SECOND, QuickReader

__all__ = ["Batch", "TimeColumns"]

_DAY, _REST = slice(0, 11), slice(11, None)  # a canonical time's parts (see Clock)
_STAND_IN = "1970-01-01T00:00:00Z"
_slice: Any = getitem  # (its overloads confuse map's typing)
_NO = -(1 << 62)  # a part no memo holds
_QUOTED = '"{}{}"'.format


class Batch:
    """The lines still in the batch, and their fields so far: every list is kept aligned."""

    def __init__(self, **lists: Any) -> None:
        self.lists: dict[str, Any] = lists  # lists, and numpy arrays once the times are read

    def keep(self, mask: list[bool]) -> None:
        """Drop the lines whose ``mask`` is false (they go row by row)."""
        for name, values in self.lists.items():
            self.lists[name] = list(compress(values, mask)) if values.__class__ is list else values[mask]

    def keep_if(self, mask: list[bool]) -> None:
        """:meth:`keep`, if any line is to be dropped."""
        if False in mask:
            self.keep(mask)

    def __getitem__(self, name: str) -> Any:
        return self.lists[name]

    def __setitem__(self, name: str, values: Any) -> None:
        self.lists[name] = values

    def drop(self, bad: list[int]) -> None:
        """Drop the lines at ``bad`` (their places in the batch)."""
        mask = [True] * len(self.lists["at"])
        for i in bad:
            mask[i] = False
        self.keep(mask)


class TimeColumns(QuickReader):
    """The time columns of a batch (see the module)."""

    def _parts(self, given: list[Any], np: Any) -> tuple[Any, Any]:
        """Canonical times by their remembered parts (see :class:`Clock`): µs as an array, and
        the rests (``15:00:00+03:00``) they were found by (``None``: not all strings)."""
        clock = self._clock
        n = len(given)
        try:
            rests = list(map(_slice, given, repeat(_REST)))
            day = np.fromiter(map(clock.days.get, map(_slice, given, repeat(_DAY)), repeat(_NO)), np.int64, n)
            rest = np.fromiter(map(clock.rests.get, rests, repeat(_NO)), np.int64, n)
        except (TypeError, KeyError, IndexError):  # not all strings (a number, a list): none by parts
            return np.full(n, _NO, dtype=np.int64), None
        us = day + rest
        us[(day == _NO) | (rest == _NO)] = _NO
        return us, rests

    def _reported(self, batch: Batch) -> None:
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        given = batch["reported_at"]
        n = len(given)
        declared = batch.lists.get("reported_precision")
        us, rests = self._parts(given, np)
        found = us != _NO
        if declared is not None:  # a precision other than "second" is read one by one
            found &= np.fromiter((d is _ABSENT or d == "second" for d in declared), bool, n)
        naive = us.copy()
        if rests is not None:
            naive[found] += np.fromiter(map(self._clock.offsets.get, compress(rests, found.tolist())), np.int64)
        rank = np.full(n, _SECOND, dtype=np.int64)
        coarse = np.zeros(n, dtype=np.int64)
        texts = list(map(_QUOTED, *self._clock.texts(np.where(found, us, 0))))
        precisions = ['"second"'] * n
        misses = np.flatnonzero(~found).tolist()
        end, bad = us, cast("list[int]", [])
        if misses:  # one by one (ValueMemos._time: its memo first), then into the columns at once
            us[misses] = 0
            end = us.copy()
            told = [_ABSENT] * len(misses) if declared is None else [declared[i] for i in misses]
            raws = [given[i] for i in misses]
            try:
                got = list(map(self._times.get, zip(raws, told, strict=True)))
            except TypeError:  # a list: ValueMemos._time refuses it
                got = [None] * len(misses)
            done: list[int] = []
            for k, i in enumerate(misses):
                if got[k] is None:
                    got[k] = self._time(raws[k], told[k], "reported_at")
                (bad if got[k] is None else done).append(i)
            got = [g for g in got if g is not None]
            if done:
                columns = list(zip(*got, strict=True))
                us[done], naive[done], rank[done], end[done], coarse[done] = columns[:5]
                for i, text, precision in zip(done, columns[5], columns[6], strict=True):
                    texts[i], precisions[i] = text, precision
        batch["reported_us"], batch["naive"], batch["rank"], batch["end"] = us, naive, rank, end
        batch["coarse"], batch["reported_text"], batch["precision_text"] = coarse, texts, precisions
        if bad:
            batch.drop(bad)

    def _as_of(self, batch: Batch) -> None:
        if "as_of" not in batch.lists:
            return
        us: list[Any] = []
        texts: list[str] = []
        bad = []
        for i, value in enumerate(batch["as_of"]):
            if value is None:
                us.append(None)
                texts.append("null")
                continue
            got = self._time(value, _ABSENT, "as_of")
            if got is None:
                bad.append(i)
                got = (None, None, None, None, None, "null")
            us.append(got[0])
            texts.append(got[5])
        batch["as_of_us"], batch["as_of_text"] = us, texts
        if bad:
            batch.drop(bad)

    def _recorded_at(self, batch: Batch) -> None:
        import numpy as np  # noqa: PLC0415 - the columnar form needs numpy

        n = len(batch["at"])
        if "recorded_at" not in batch.lists:
            batch["recorded_us"] = np.full(n, self.now_us, dtype=np.int64)
            return
        given = batch["recorded_at"]
        missing = None in given
        if missing:  # no recorded_at: the table's stamp (a stand-in time read by parts, replaced below)
            given = [_STAND_IN if v is None else v for v in given]
        us, _rests = self._parts(given, np)
        bad = []
        for i in np.flatnonzero(us == _NO).tolist():
            got = self._recorded(given[i])
            if got is None:
                bad.append(i)
            else:
                us[i] = got
        if missing:
            us[np.fromiter((v is None for v in batch["recorded_at"]), bool, n)] = self.now_us
        bad += np.flatnonzero(us > self.latest_us).tolist()  # in the future: the old path says so
        batch["recorded_us"] = us
        if bad:
            batch.drop(sorted(set(bad)))
