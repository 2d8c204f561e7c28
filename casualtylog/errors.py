"""One exception hierarchy, rooted in :class:`CasualtyLogError`.

Concrete errors also subclass the matching builtin (``ValueError``,
``LookupError``) so that existing ``except`` clauses keep working. Each error
carries structured attributes and builds its own message, which says what
failed, what was expected, what was received and, where it helps, what to do.

>>> from casualtylog.errors import FigureError
>>> err = FigureError("twelvish", "a number, a bound or a range")
>>> print(err)
cannot read figure 'twelvish': expected a number, a bound or a range
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

#: How many characters of a rejected value an error message quotes.
SNIPPET_LIMIT = 80


def snippet(value: object, limit: int = SNIPPET_LIMIT) -> str:
    """``repr(value)``, shortened to its start and end when longer than ``limit``.

    Errors quote the value they refused; a 10 MB value must not become a 10 MB
    message (or log line), so long values show their ends and their length.

    >>> snippet("2025-04-24")
    "'2025-04-24'"
    >>> print(snippet("x" * 1000, limit=20))
    'xxxxxxxx…xxxxxxxx' (1,000 characters)
    """
    if isinstance(value, str | bytes) and len(value) > limit:
        half = max(1, (limit - 4) // 2)
        head, tail = repr(value[:half]), repr(value[-half:])
        quote = head[-1]
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{head[:-1]}…{tail[tail.index(quote) + 1 :]} ({len(value):,} {unit})"
    text = repr(value)
    if len(text) > limit:
        half = max(1, (limit - 1) // 2)
        return f"{text[:half]}…{text[-half:]} ({len(text):,} characters as text)"
    return text


class CasualtyLogError(Exception):
    """Root of every error this library raises on purpose.

    Errors keep their attributes and message when they cross a process
    boundary (a Dask worker, multiprocessing): their constructors take
    structured arguments, so the default pickling, which calls
    ``cls(*args)``, would fail.
    """

    def __reduce__(self) -> tuple[object, ...]:
        return (_restore, (type(self), str(self), dict(self.__dict__)))


def _restore(cls: type[CasualtyLogError], message: str, state: dict[str, object]) -> CasualtyLogError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


class FigureError(CasualtyLogError, ValueError):
    """A figure could not be read or is not a valid interval."""

    def __init__(self, text: object, expected: str) -> None:
        self.text = text
        self.expected = expected
        super().__init__(f"cannot read figure {snippet(text)}: expected {expected}")


class TimeError(CasualtyLogError, ValueError):
    """A timestamp could not be read, or carries no timezone."""

    def __init__(self, field: str, value: object, problem: str, hint: str = "") -> None:
        self.field = field
        self.value = value
        self.problem = problem
        self.hint = hint
        message = f"{field}={snippet(value)}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class VocabularyError(CasualtyLogError, ValueError):
    """A metric, group or event name is empty or malformed."""

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}={snippet(value)}: expected {expected}")


class ClaimValidationError(ValidationError, CasualtyLogError):
    """A claim (or a figure) could not be validated: pydantic's per-field details, under the error root.

    It is a pydantic ``ValidationError`` (``errors()`` lists every field that
    failed, with its location, input and message), a ``ValueError`` and a
    :class:`CasualtyLogError`, so ``except CasualtyLogError`` catches it.
    """

    @classmethod
    def wrap(cls, exc: ValidationError) -> ValidationError:
        """The same errors, as a ClaimValidationError (or ``exc`` itself if they cannot be carried over)."""
        details: list[Any] = [
            {key: value for key, value in error.items() if key in ("type", "loc", "input", "ctx")}
            for error in exc.errors(include_url=False)
        ]
        try:
            err = cls.from_exception_data(exc.title, details)
        except (TypeError, ValueError, KeyError):  # an error type pydantic cannot rebuild
            return exc
        err.__dict__["_details"] = details
        return err

    def __reduce__(self) -> tuple[object, ...]:
        # pydantic's own errors do not pickle; rebuild from the details kept by wrap()
        return (_rebuild_validation, (type(self), self.title, self.__dict__.get("_details", [])))


def _rebuild_validation(cls: type[ClaimValidationError], title: str, details: list[Any]) -> ValidationError:
    err = cls.from_exception_data(title, details)
    err.__dict__["_details"] = details
    return err


class ClaimIdError(CasualtyLogError, ValueError):
    """A claim arrived with an ``id`` that does not match its content."""

    def __init__(self, given: str, computed: str) -> None:
        self.given = given
        self.computed = computed
        super().__init__(
            f"id={snippet(given)} does not match the claim's content (its id is {computed!r}); "
            "claims are immutable: record a change as a new claim that supersedes this one"
        )


class PeriodError(CasualtyLogError, ValueError):
    """A period, a restart or a series description is malformed (names the field and the value)."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        snippet = repr(value)
        if len(snippet) > 120:
            snippet = snippet[:117] + "..."
        super().__init__(f"{field}={snippet}: {problem}")


class UnknownCountError(CasualtyLogError, LookupError):
    """The log holds no claim about the requested count."""

    def __init__(self, event: str, metric: str, group: str | None, period: object = None) -> None:
        self.event = event
        self.metric = metric
        self.group = group
        self.period = period
        where = f"event={snippet(event)}, metric={snippet(metric)}, group={snippet(group)}"
        if period is not None:  # a count for a period (docs/series.md): say which
            where += f", period={snippet(str(period))}"
        super().__init__(f"no claims about {where}; see CasualtyLog.counts() for what the log holds")


class UnknownClaimError(CasualtyLogError, LookupError):
    """No claim with this id is in the log."""

    def __init__(self, claim_id: str) -> None:
        self.claim_id = claim_id
        super().__init__(f"no claim with id={snippet(claim_id)} in the log")


class PolicyError(CasualtyLogError, ValueError):
    """A resolution policy name is unknown or a policy is misconfigured."""

    def __init__(self, value: object, expected: str) -> None:
        self.value = value
        self.expected = expected
        super().__init__(f"policy={snippet(value)}: expected {expected}")


class ClaimFormatError(CasualtyLogError, ValueError):
    """A record in a file could not be read as a claim.

    >>> print(ClaimFormatError("claims.jsonl", 3, "figure", "-3", "cannot read figure"))
    claims.jsonl, line 3: figure='-3': cannot read figure
    """

    def __init__(
        self,
        path: str | Path | None,
        line: int | None,
        field: str | None,
        value: object,
        problem: str,
    ) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        self.field = field
        self.value = value
        self.problem = problem
        if self.path is None:
            where = "<input>" if line is None else f"record {line}"
        else:
            where = self.path if line is None else f"{self.path}, line {line}"
        what = f"{field}={snippet(value)}: " if field else ""
        super().__init__(f"{where}: {what}{problem}")


class OptionError(CasualtyLogError, ValueError):
    """A method was given an option value it does not take.

    >>> print(OptionError("clock", "weird", "'reported' or 'recorded'"))
    clock='weird': expected 'reported' or 'recorded'
    """

    def __init__(self, option: str, value: object, expected: str) -> None:
        self.option = option
        self.value = value
        self.expected = expected
        super().__init__(f"{option}={snippet(value)}: expected {expected}")


class StoreError(CasualtyLogError, OSError):
    """A claim store could not be opened, read or written."""


#: What every reader says of a claim without a figure, left out or none (one text on every path).
FIGURE_REQUIRED = "is required (only a claim that retracts others may omit it)"
