"""How claims link to each other in one count: retractions, repeats of superseded statements, increments.

Steps 2 to 4 of the reference engine (:mod:`casualtylog.resolve.engine`):
which retractions stand, which unlinked repeats fall with the statement they
repeat, and each increment's effective figure on its base.
"""

from __future__ import annotations

from collections.abc import Sequence

from casualtylog.claims import Claim
from casualtylog.figures import Figure
from casualtylog.resolve.chrono import _overlap, chrono_key
from casualtylog.resolve.explain import describe_claim

__all__: list[str] = []


def _retractions(considered: Sequence[Claim]) -> tuple[set[str], list[str]]:
    """The ids withdrawn by retractions that stand, and the retractions refused.

    Only a source can withdraw its own statement: a retraction of another
    source's claim is refused (an anomaly; record a disputing figure instead).
    A retraction that is itself retracted is void, so withdrawing a withdrawal
    reinstates the claim.
    """
    by_id = {c.id: c for c in considered}
    against: dict[str, list[Claim]] = {}
    refused: list[str] = []
    for c in considered:
        for target_id in c.retracts:
            target = by_id.get(target_id)
            if target is None:
                continue
            if target.source.key != c.source.key:
                refused.append(
                    f"{describe_claim(c)} tries to retract {describe_claim(target)}; only a source can withdraw "
                    "its own statement, so it is ignored"
                )
                continue
            against.setdefault(target_id, []).append(c)
    # A claim is withdrawn when some retraction against it stands, i.e. is not
    # itself withdrawn. Chains of retractions can be thousands long: walk them
    # with a stack, not recursion. Ids are content hashes, so links cannot
    # form a cycle and every retraction is decided after those against it.
    withdrawn: dict[str, bool] = {}
    for root in against:
        stack = [(root, False)]
        while stack:
            claim_id, ready = stack.pop()
            if claim_id in withdrawn:
                continue
            retractions = against.get(claim_id, ())
            if ready:
                withdrawn[claim_id] = any(not withdrawn.get(r.id, False) for r in retractions)
                continue
            stack.append((claim_id, True))
            stack.extend((r.id, False) for r in retractions if r.id not in withdrawn)
    return {claim_id for claim_id in against if withdrawn[claim_id]}, refused


def _supersede_repeats(
    superseded_ids: set[str],
    externally: set[str],
    by_id: dict[str, Claim],
    own: dict[str, list[Claim]],
    effective: _Effective,
) -> None:
    """A repeat of a superseded statement is superseded too.

    An outlet repeating "12" that the source said on the same day, through
    another channel, is the same statement: when the source replaces its 12,
    the repeat is replaced with it. A repeat is an unlinked claim from the same
    originator with the same figure in an overlapping time window.
    """
    # Only unlinked claims can be repeats: index them once by source and figure,
    # so a chain of n revisions costs n lookups, not n scans of the chain.
    unlinked: dict[tuple[str, Figure | None], list[Claim]] = {}
    for key, claims in own.items():
        for other in claims:
            if not other.supersedes and other.id not in superseded_ids:
                unlinked.setdefault((key, effective.figure(other)), []).append(other)
    for sid in sorted(superseded_ids):
        replaced = by_id[sid]
        figure = effective.figure(replaced)
        for other in unlinked.get((replaced.source.key, figure), ()):
            if other.id not in superseded_ids and _overlap(other, replaced):
                superseded_ids.add(other.id)
                if sid in externally:
                    externally.add(other.id)


class _Effective:
    """Effective figures: increments applied to their base, memoised."""

    def __init__(self, by_id: dict[str, Claim], chains: dict[str, list[Claim]]) -> None:
        self.by_id = by_id
        self.chains = chains
        self.memo: dict[str, Figure | None] = {}
        self.anomalies: list[str] = []
        self._position: dict[int, int] | None = None

    def base_of(self, claim: Claim) -> Claim | None:
        linked = [self.by_id[i] for i in claim.supersedes if i in self.by_id]
        if linked:
            return max(linked, key=chrono_key)
        if self._position is None:
            # By identity: pydantic's __eq__ compares every field.
            self._position = {id(c): i for chain in self.chains.values() for i, c in enumerate(chain)}
        chain = self.chains.get(claim.source.key, [])
        position = self._position.get(id(claim), 0)
        return chain[position - 1] if position > 0 else None

    def figure(self, claim: Claim) -> Figure | None:
        if claim.id in self.memo:
            return self.memo[claim.id]
        # Follow the bases down to a known figure, then apply the increments on
        # the way back up: a chain of thousands of "+1"s must not recurse.
        path: list[Claim] = []
        on_path: set[str] = set()
        node: Claim | None = claim
        base_figure: Figure | None = None
        while node is not None:
            if node.id in self.memo:
                base_figure = self.memo[node.id]
                break
            assert node.figure is not None  # noqa: S101 - retractions never reach here
            if not node.figure.is_increment:
                base_figure = self.memo[node.id] = node.figure
                break
            if node.id in on_path:
                self.anomalies.append(f"increment {describe_claim(node)} has a circular base")
                break
            on_path.add(node.id)
            path.append(node)
            node = self.base_of(node)
        for increment in reversed(path):
            self.memo[increment.id] = base_figure = self._apply(increment, base_figure)
        return self.memo[claim.id]

    def _apply(self, increment: Claim, base_figure: Figure | None) -> Figure | None:
        assert increment.figure is not None  # noqa: S101 - only increments arrive here
        if base_figure is None:
            self.anomalies.append(
                f"increment {describe_claim(increment)} has no earlier figure to add to; it is left out"
            )
            return None
        try:
            return base_figure.shifted(increment.figure.point)
        except ValueError:  # FigureError or pydantic's: the sum is above MAX_FIGURE
            self.anomalies.append(
                f"increment {describe_claim(increment)} on {base_figure} exceeds the largest figure; it is left out"
            )
            return None
