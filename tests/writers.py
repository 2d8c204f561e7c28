"""Two writers forced to meet inside a store's write: the tests of many writers on one store
(tests/test_store_writers*.py) use it instead of sleeps or timing."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from casualtylog import CasualtyLog, Claim
from casualtylog.events import EventError

__all__ = [
    "CYCLE_HALVES",
    "HANG",
    "T0",
    "Gate",
    "add_to_file",
    "add_to_store",
    "both_arrived",
    "claim",
    "clock",
    "declare_halves_of_a_cycle",
    "record",
]

T0 = datetime(2025, 1, 2, 12, tzinfo=UTC)

HANG = 30.0  # seconds: only ever reached if a writer is stuck (then the test fails, naming it)


class Gate:
    """Two writers, ``a`` and ``b``, meeting inside the store's write.

    ``meet(name, until)`` waits until ``until(arrived)`` holds or the other writer waits for
    the store's write lock (seen through :meth:`probe`, which wraps that lock).
    """

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.arrived: set[str] = set()
        self.done: set[str] = set()
        self.waiting = False

    def meet(self, name: str, until: Callable[[set[str], set[str]], bool]) -> None:
        with self.cond:
            self.arrived.add(name)
            self.cond.notify_all()
            if not self.cond.wait_for(lambda: self.waiting or until(self.arrived, self.done), timeout=HANG):
                raise AssertionError(f"writer {name} waited {HANG}s inside the store: a writer is stuck")

    def finish(self, name: str) -> None:
        with self.cond:
            self.done.add(name)
            self.cond.notify_all()

    def probe(self, store: Any, attribute: str = "_write_lock") -> None:
        """Wrap the store's write lock (if it has one) to say when a writer waits for it."""
        lock = getattr(store, attribute, None)
        if lock is not None:
            setattr(store, attribute, _ProbeLock(lock, self))

    def waits(self) -> None:
        """Say that a writer waits for the store's write lock (from a hook in the store's own wait)."""
        with self.cond:
            self.waiting = True
            self.cond.notify_all()

    def run(self, **writers: Callable[[], object]) -> dict[str, object]:
        """Run each writer in its own thread; return what each returned (re-raising what one raised)."""
        out: dict[str, object] = {}
        errors: list[BaseException] = []

        def body(name: str, write: Callable[[], object]) -> None:
            try:
                out[name] = write()
            except BaseException as exc:  # noqa: BLE001 - handed to the test's thread, re-raised there
                errors.append(exc)
            finally:
                self.finish(name)

        threads = [threading.Thread(target=body, args=item, name=item[0]) for item in writers.items()]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(HANG)
            assert not thread.is_alive(), "a writer never finished (a lock never released?)"
        if errors:
            raise errors[0]
        return out


class _ProbeLock:
    def __init__(self, lock: Any, gate: Gate) -> None:
        self.lock, self.gate = lock, gate

    def __enter__(self) -> bool:
        if not self.lock.acquire(blocking=False):
            self.gate.waits()
            self.lock.acquire()
        return True

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def both_arrived(arrived: set[str], done: set[str]) -> bool:
    """Go on once both writers got there (without a write lock they do)."""
    return len(arrived) == 2


def clock() -> datetime:
    """A log's clock that stands still (importable: a spawned process gets it by name)."""
    return T0


def record(n: int, *, event: str = "e", figure: int | None = None) -> dict[str, str]:
    """Claim ``n`` (its source and time differ by ``n``) as a dict."""
    return {
        "event": event,
        "metric": "killed",
        "figure": str(n if figure is None else figure),
        "source": f"s{n}",
        "reported_at": (T0 - timedelta(days=1) + timedelta(minutes=n)).isoformat(),
    }


def claim(n: int, *, event: str = "e") -> Claim:
    """Claim ``n`` (see :func:`record`) as a claim."""
    return Claim.model_validate(record(n, event=event))


def add_to_store(barrier: Any, name: str, path: str, records: list[dict[str, str]]) -> None:
    """A writer process: open the store, meet the other at ``barrier``, add in small batches
    (every record, so that each claim is offered by both writers)."""
    from casualtylog.store import open_store  # noqa: PLC0415 - in the spawned process

    with open_store(path, clock=clock) as log:
        barrier.wait()
        mine = records if name == "a" else records[::-1]  # the same claims, met in another order
        for i in range(0, len(mine), 3):
            log.extend(mine[i : i + 3])


def add_to_file(barrier: Any, name: str, path: str, records: list[dict[str, str]]) -> None:
    """A writer process: meet the other at ``barrier``, add to the JSON Lines file in small batches."""
    from casualtylog.formats.files import add_claims  # noqa: PLC0415 - in the spawned process

    barrier.wait()
    mine = records if name == "a" else records[::-1]
    for i in range(0, len(mine), 3):
        add_claims(os.fspath(path), [Claim.model_validate(r) for r in mine[i : i + 3]])


#: Two event declarations, each fine alone, that together make "war" its own ancestor.
CYCLE_HALVES: dict[str, list[dict[str, Any]]] = {
    "a": [{"id": "phase-1", "parents": ["war"]}],
    "b": [{"id": "war", "parents": ["front"]}, {"id": "front", "parents": ["phase-1"]}],
}


def declare_halves_of_a_cycle(gate: Gate, a: CasualtyLog, b: CasualtyLog) -> dict[str, object]:
    """Log ``a`` and log ``b`` declare one half of :data:`CYCLE_HALVES` each, forced to meet inside the events'
    check; returns each writer's outcome ("declared" or the :class:`EventError` it got)."""
    for name, log in (("a", a), ("b", b)):
        check = log._events.check

        def gated(events: Any, check: Any = check, name: str = name) -> Any:
            gate.meet(name, both_arrived)
            return check(events)

        log._events.check = gated  # type: ignore[method-assign]
    outcomes: dict[str, object] = {}

    def declare(log: CasualtyLog, name: str) -> None:
        try:
            log.add_events(CYCLE_HALVES[name])
            outcomes[name] = "declared"
        except EventError as exc:
            outcomes[name] = exc

    gate.run(a=lambda: declare(a, "a"), b=lambda: declare(b, "b"))
    return outcomes
