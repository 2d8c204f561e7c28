"""The collector is paused by many threads at once and always comes back on (found in CI, session 5)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from casualtylog._gc import paused_gc


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_gc_a_thread_reading_off_while_another_leaves_does_not_leave_it_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The race: thread X reads "off" (Y paused it), Y leaves and turns it on, X then turns it off
    # and, having read "off", never turns it back on. X's read is held open until Y has left
    # (or for at most a second if Y cannot leave meanwhile, as with the lock: no timing is asserted).
    y_inside, y_left = threading.Event(), threading.Event()
    real = gc.isenabled

    def held_read() -> bool:
        seen = real()
        if threading.current_thread().name == "X":
            y_left.wait(timeout=1)
        return seen

    def y() -> None:
        with paused_gc():
            y_inside.set()
            while not x_reading.is_set():
                x_reading.wait(0.01)
        y_left.set()

    x_reading = threading.Event()

    def x() -> None:
        y_inside.wait()
        x_reading.set()
        with paused_gc():
            pass

    monkeypatch.setattr(gc, "isenabled", held_read)  # the module _gc reads it from
    threads = [threading.Thread(target=y, name="Y"), threading.Thread(target=x, name="X")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    monkeypatch.undo()
    assert gc.isenabled()


def test_paused_gc_many_threads_restore_the_collector() -> None:
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        for _ in range(200):
            with paused_gc(), paused_gc():
                pass

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gc.isenabled()


def test_paused_gc_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    with paused_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()
