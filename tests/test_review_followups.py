"""Follow-ups of the session-4 review (tests/test_review14.py): a history step is frozen like
every other result and still pickles and copies; a list added to a ``Resolutions`` from either
side gives a ``Resolutions``."""

from __future__ import annotations

import copy
import pickle

import pytest

from casualtylog import CasualtyLog
from casualtylog.history import HistoryStep


def _steps() -> list[HistoryStep]:
    log = CasualtyLog()
    a = log.add({"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"})
    log.add(a.revised(figure="12", reported_at="2025-04-24T14:00Z"))
    return list(log.history("e", "killed"))


def test_history_step_refuses_changes() -> None:
    step = _steps()[1]
    with pytest.raises(AttributeError, match="frozen"):
        step.best = 99
    with pytest.raises(AttributeError, match="frozen"):
        del step.best
    assert step.best == 12


@pytest.mark.parametrize("read_first", [False, True])
def test_history_step_pickles_and_copies_equal(read_first: bool) -> None:
    for step in _steps():
        if read_first:
            _ = step.reason, step.resolution
        unpickled = pickle.loads(pickle.dumps(step))  # noqa: S301 - our own bytes
        for again in (unpickled, copy.copy(step), copy.deepcopy(step)):
            assert again == step
            assert again.reason == step.reason
            assert again.resolution == step.resolution


def test_resolutions_add_from_either_side() -> None:
    log = CasualtyLog(
        [
            {"event": "e", "metric": "killed", "figure": "10", "source": "A", "reported_at": "2025-04-24T09:00Z"},
            {"event": "e", "metric": "injured", "figure": "5", "source": "A", "reported_at": "2025-04-24T09:00Z"},
        ]
    )
    found = log.resolve_all()
    first = [found[0]]
    assert first + found == [found[0], *found]
    assert found + first == [*found, found[0]]
