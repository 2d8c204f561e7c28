"""Plain-language explanations of a resolution."""

from __future__ import annotations

from collections import Counter

from casualtylog.claims import Claim
from casualtylog.resolve.model import Resolution, Revision, RevisionKind
from casualtylog.times import Precision


def describe_claim(claim: Claim) -> str:
    """One line naming who said what, when, through what, with which id.

        >>> from casualtylog.claims import Claim
        >>> c = Claim(event="e", metric="killed", figure="12", source="Kyiv City Military Administration",
        ...           via="Telegram", reported_at="2025-04-24T14:00+03:00")
        >>> describe_claim(c)
        '12 from Kyiv City Military Administration via Telegram, 2025-04-24 14:00+03:00 [...]'
    """
    figure = "retraction" if claim.figure is None else str(claim.figure)
    via = f" via {claim.via}" if claim.via else ""
    return f"{figure} from {claim.source.name}{via}, {format_time(claim)} [{claim.id}]"


def format_time(claim: Claim) -> str:
    """A claim's reported time, at the precision it is known."""
    when = claim.reported_at
    p = claim.reported_precision
    if p is Precision.YEAR:
        return when.strftime("%Y")
    if p is Precision.MONTH:
        return when.strftime("%Y-%m")
    if p is Precision.DAY:
        return when.strftime("%Y-%m-%d")
    offset = when.strftime("%z")
    offset = "Z" if offset in {"+0000", ""} else f"{offset[:3]}:{offset[3:]}"
    fmt = "%Y-%m-%d %H:%M:%S" if p is Precision.SECOND and when.second else "%Y-%m-%d %H:%M"
    return when.strftime(fmt) + offset


#: How many ordinary revisions an explanation lists before it summarises.
SHOWN_REVISIONS = 5


def _revision_lines(res: Resolution) -> list[str]:
    """Corrections always; otherwise the latest few revisions and a tally of the rest.

    A daily series has a revision a day: an explanation lists what a reader
    needs to trust the number, not a thousand lines.
    """
    lines: list[str] = []
    # A total said after an increment ("+2", then "12") restates it: neither a repeat nor a revision.
    restated = [rev for rev in res.revisions if _restates_increment(rev)]
    repeats = [rev for rev in res.revisions if rev.kind is RevisionKind.CONFIRMED and not _restates_increment(rev)]
    others = [rev for rev in res.revisions if rev.kind is not RevisionKind.CONFIRMED]
    corrections = [rev for rev in others if rev.kind is RevisionKind.LOWERED]
    ordinary = [rev for rev in others if rev.kind is not RevisionKind.LOWERED]
    hidden = ordinary[:-SHOWN_REVISIONS]
    if hidden:
        tally = ", ".join(f"{kind.value} {n}" for kind, n in Counter(rev.kind for rev in hidden).most_common())
        lines.append(f"Earlier revisions: {len(hidden)} ({tally}); history() lists every step.")
    shown = set(map(id, ordinary[-SHOWN_REVISIONS:])) | set(map(id, corrections))
    lines.extend(f"Revision: {rev}." for rev in others if id(rev) in shown)
    if repeats:
        # Name the repeating claim, not the one already named as best.
        named = [describe_claim(rev.new if rev.old is res.best_claim else rev.old) for rev in repeats]
        more = f" and {len(named) - 3} more" if len(named) > 3 else ""
        lines.append(f"Repeated by the same source: {'; '.join(named[-3:])}{more}.")
    lines.extend(
        f"Restated: {describe_claim(rev.new)} gives as a total the {rev.new_figure} "
        f"that the increment {rev.old.figure} made."
        for rev in restated
    )
    return lines


def _restates_increment(rev: Revision) -> bool:
    """Whether ``rev`` replaces an increment with the total it had already made."""
    old = rev.old.figure
    return rev.kind is RevisionKind.CONFIRMED and old is not None and old.is_increment


def _sources_line(res: Resolution) -> str:
    """The two counts of sources, named as docs/model.md names them, and the claims considered.

    A source is an originator: outlets relaying it are not counted again.
    """
    n, reporting, k = res.sources, res.reporting_sources, res.claim_count
    line = f"{n} source{'s' if n != 1 else ''} behind the credible figures"
    if reporting != n:
        line += f", {reporting} reporting in all"
    return f"{line}; {k} claim{'s' if k != 1 else ''} considered."


def explain(res: Resolution) -> str:
    """Build the text of :meth:`Resolution.explain`."""
    lines = [f"{res.count}: {res.figure_text} (policy: {res.policy})"]
    if res.at is not None or res.known_at is not None:
        parts = []
        if res.at is not None:
            parts.append(f"said by {res.at.isoformat()}")
        if res.known_at is not None:
            parts.append(f"recorded by {res.known_at.isoformat()}")
        lines.append("As of: claims " + " and ".join(parts) + ".")
    if res.best_claim is None:
        lines.append("No credible claim: nothing to resolve.")
    else:
        lines.append(f"Best {res.best}: {describe_claim(res.best_claim)}.")
        if res.best_claim.quote:
            lines.append(f'  Quote: "{res.best_claim.quote}"')
        low_by = ", ".join(sorted({c.source.name for c in res.low_claims}))
        high_by = ", ".join(sorted({c.source.name for c in res.high_claims}))
        high = "open (no credible upper figure)" if res.high is None else f"{res.high} ({high_by})"
        lines.append(f"Low {res.low} ({low_by}); high {high}.")
        lines.append(f"Rule: {res.rule}")
    lines.append(_sources_line(res))
    for inc in res.increments:
        lines.append(f"Increment: {inc.claim.figure} from {inc.claim.source.name} makes {inc.figure}.")
    lines.extend(_revision_lines(res))
    for claim in res.retracted:
        by = [c for c in res.considered if claim.id in c.retracts and c.source.key == claim.source.key]
        who = f" (withdrawn by {describe_claim(by[-1])})" if by else ""
        lines.append(f"Retracted: {describe_claim(claim)}{who}.")
    for claim in res.outdated:
        lines.append(f"Outdated by a later, higher figure: {describe_claim(claim)}.")
    for claim in res.excluded:
        lines.append(f"Left out (projection, not a report): {describe_claim(claim)}.")
    for claim in res.future:
        recorded = "" if claim.recorded_at is None else f", recorded {claim.recorded_at.isoformat()}"
        lines.append(
            f"Left out (dated implausibly after it was recorded{recorded}; check its date): {describe_claim(claim)}."
        )
    for claim, kind, link in res.dangling:
        lines.append(f"Dangling link: {describe_claim(claim)} {kind} {link}, which is not among the claims seen.")
    for conflict in res.conflicts:
        lines.append(f"Conflict: {conflict.reason}.")
    for note in res.anomalies:
        lines.append(f"Anomaly: {note}.")
    return "\n".join(lines)
