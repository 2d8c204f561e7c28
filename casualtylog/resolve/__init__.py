"""Resolution: the engine, its output types and the policies."""

from casualtylog.resolve.engine import resolve_claims
from casualtylog.resolve.model import Candidate, Conflict, Decision, Resolution, Revision, RevisionKind
from casualtylog.resolve.policies import (
    DEFAULT_POLICY,
    POLICIES,
    Conservative,
    Latest,
    Median,
    Policy,
    Priority,
    Range,
    get_policy,
)

__all__ = [
    "DEFAULT_POLICY",
    "POLICIES",
    "Candidate",
    "Conflict",
    "Conservative",
    "Decision",
    "Latest",
    "Median",
    "Policy",
    "Priority",
    "Range",
    "Resolution",
    "Revision",
    "RevisionKind",
    "get_policy",
    "resolve_claims",
]
