"""``with`` support shared by what holds a store open: the log and the PostgreSQL store."""

from __future__ import annotations

from types import TracebackType
from typing import Self

__all__ = ["Closing"]


class Closing:
    """Closed on leaving a ``with`` block, error or not; the subclass says what :meth:`close` releases.

    >>> class Held(Closing):
    ...     def close(self) -> None:
    ...         print("closed")
    >>> with Held() as held:
    ...     pass
    closed
    """

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
