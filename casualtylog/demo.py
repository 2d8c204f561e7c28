"""The demo: the worked example of DESIGN §1, resolved and explained."""

from __future__ import annotations

from casualtylog.log import CasualtyLog
from casualtylog.worked_example import EVENT, kyiv_claims

__all__ = ["run_demo"]


def run_demo() -> str:
    """Resolve the Kyiv example and return the report an analyst would read.

    >>> text = run_demo()
    >>> "kyiv-2025-04-24 / killed: 12" in text and "10 → 12" in text
    True
    """
    log = CasualtyLog(kyiv_claims())
    out = [f"casualtylog demo — {len(log)} claims about the Kyiv attack of 24 April 2025", ""]
    out.append("Current figures (policy: range)")
    for res in log.resolve_all():
        who = res.best_claim.source.name if res.best_claim else "-"
        out.append(f"  {res.count!s:<46} {res.figure_text:<14} set by {who}")
    out += ["", "Why 12 killed?", log.resolve(EVENT, "killed").explain(), ""]
    out += [str(log.history(EVENT, "killed")), ""]
    before = log.resolve(EVENT, "killed", at="2025-04-24T12:00+03:00")
    out.append(f"What had been said by 12:00 Kyiv time: {before.figure_text} killed")
    findings = log.check()
    out.append("Checks: " + ("no findings" if not findings else f"{len(findings)} findings"))
    out += [f"  {f}" for f in findings]
    return "\n".join(out)
