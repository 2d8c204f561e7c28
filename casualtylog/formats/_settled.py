"""Where a JSON Lines file ends for a reader: after whole appends only, never inside one.

Writers append under an exclusive ``flock`` held for the whole append
(:mod:`casualtylog.formats._append`), and never change bytes already
written. A reader that takes a shared ``flock`` just long enough to read the
file's size therefore gets a size no append is halfway through: every byte
before it belongs to an append that finished (and was synced). Reading up to
that size, and not beyond, a reader never meets half a line that another
process is writing at that moment (which it would refuse as a bad claim, or
set aside as one in lenient mode). Appends that come later are not read: the
reader sees the file as it was when reading began.
"""

from __future__ import annotations

import os
import stat
from typing import IO

__all__ = ["settled_size"]


def settled_size(handle: IO[bytes] | IO[str]) -> int | None:
    """The size of ``handle``'s file with no append in progress, or ``None`` when that cannot be
    known (no ``fcntl``, a file system without locks) or means nothing (a pipe, a terminal: no
    size, and nothing appends to them): then read to the end, as before.

    Waits only for an append in progress (writers hold the lock while they write, not longer).
    """
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows: no advisory locks
        return None
    try:
        fd = handle.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        fcntl.flock(fd, fcntl.LOCK_SH)
    except (OSError, ValueError):  # no descriptor, or locks refused (ENOLCK on some network mounts)
        return None
    try:
        return os.fstat(fd).st_size
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
