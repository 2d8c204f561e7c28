"""Errors of the file formats, rooted in :class:`~casualtylog.errors.CasualtyLogError`.

A record that cannot be read as a claim raises
:class:`~casualtylog.errors.ClaimFormatError` (file, line, field, value). The
errors here are about the files themselves.

>>> err = ClaimFileError("claims.jsonl", "read", "No such file or directory")
>>> print(err)
cannot read claims.jsonl: No such file or directory
>>> isinstance(err, OSError)
True
"""

from __future__ import annotations

from casualtylog.errors import CasualtyLogError, snippet

__all__ = ["ClaimFileError", "MappingError", "UnknownFormatError"]


class ClaimFileError(CasualtyLogError, OSError):
    """A claims file could not be opened, read or written."""

    def __init__(self, path: str, action: str, problem: str) -> None:
        self.path = path
        self.action = action
        self.problem = problem
        super().__init__(f"cannot {action} {path}: {problem}")


class UnknownFormatError(CasualtyLogError, ValueError):
    """A file's format could not be told from its name, and none was given.

    >>> print(UnknownFormatError("claims.txt"))
    cannot tell the format of 'claims.txt': name it *.jsonl, *.csv or *.db, or pass a format (jsonl, csv, hxl)
    """

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"cannot tell the format of {path!r}: name it *.jsonl, *.csv or *.db, or pass a format (jsonl, csv, hxl)"
        )


class MappingError(CasualtyLogError, ValueError):
    """A table mapping (:class:`~casualtylog.formats.mapping.TableMapping`) is not usable.

    Names the mapping key (or command-line flag), the value refused and, for a
    mapping file, the file.

    >>> print(MappingError("figures[0].column", "Killed", "not in the header (Date, Dead)", path="map.toml"))
    map.toml: figures[0].column='Killed': not in the header (Date, Dead)
    """

    def __init__(self, where: str, value: object, problem: str, *, path: str | None = None) -> None:
        self.where = where
        self.value = value
        self.problem = problem
        self.path = path
        prefix = f"{path}: " if path else ""
        what = where if value is None else f"{where}={snippet(value)}"
        super().__init__(f"{prefix}{what}: {problem}")
