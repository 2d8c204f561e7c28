"""The worked example (DESIGN §1): Kyiv, night of 23–24 April 2025.

Run it:  python examples/kyiv_2025.py

It logs the claims a news article carried, resolves every count, explains why
the death toll is 12 and not 10, shows how the figure moved and what was known
at noon, and checks the log — then shows what a check finds when a variant
claims 95 injured children.
"""

from __future__ import annotations

from casualtylog import CasualtyLog
from casualtylog.worked_example import EVENT, kyiv_claims


def main() -> None:
    """Print the analyst's view of the worked example."""
    log = CasualtyLog(kyiv_claims())
    print(f"{len(log)} claims about {len(log.counts())} counts\n")

    print(f"{'count':<44} {'figure':<13} {'low':>4} {'high':>5}  set by")
    for res in log.resolve_all():
        high = "open" if res.high is None else str(res.high)
        who = res.best_claim.source.name if res.best_claim else "-"
        print(f"{res.count!s:<44} {res.figure_text:<13} {res.low!s:>4} {high:>5}  {who}")

    print("\n" + log.resolve(EVENT, "killed").explain())
    print("\n" + str(log.history(EVENT, "killed")))

    noon = log.resolve(EVENT, "killed", at="2025-04-24T12:00+03:00")
    print(
        f"\nAt 12:00 Kyiv time the figure was {noon.figure_text}, set by {noon.best_claim.source.name if noon.best_claim else '-'}."
    )

    findings = log.check()
    print(f"Checks: {findings or 'clean'}")

    children = next(c for c in log if c.group == "children" and c.via == "Telegram")
    log.add(children.revised(figure="95", reported_at="2025-04-24T16:00+03:00", quote="95 children injured"))
    print("\nA variant claiming 95 injured children:")
    for finding in log.check():
        print(f"  {finding}")


if __name__ == "__main__":
    main()
