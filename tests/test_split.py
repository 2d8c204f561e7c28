"""The split of casualtylog/log.py (issue "split"): the resolution path moved, the public methods did not."""

from __future__ import annotations

from casualtylog import CasualtyLog
from casualtylog.log_resolving import CountResolving


def test_item2_public_methods_stay_on_casualtylog_in_log_py() -> None:
    for name in ("add", "extend", "get", "counts", "claims_about", "resolve", "resolve_all", "history", "check"):
        assert name in vars(CasualtyLog), name
    assert issubclass(CasualtyLog, CountResolving)


def test_item2_adding_a_claim_drops_what_was_kept_for_its_count() -> None:
    log = CasualtyLog()
    log.add({"event": "e", "metric": "killed", "figure": "3", "source": "s", "reported_at": "2025-01-01"})
    assert log.resolve("e", "killed").best == 3
    assert log.resolve("e", "killed", at="2025-01-02").best == 3  # builds the said order
    assert len(log.history("e", "killed")) >= 1  # keeps a history
    log.add({"event": "e", "metric": "killed", "figure": "5", "source": "s", "reported_at": "2025-01-03"})
    assert log.resolve("e", "killed").best == 5
    assert log.resolve("e", "killed", at="2025-01-02").best == 3
    assert log.resolve("e", "killed", at="2025-01-04").best == 5
    assert log.history("e", "killed").steps[-1].best == 5
