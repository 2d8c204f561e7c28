"""A semicolon ends the reach of a preliminary cue when a clause of its own follows it (session 14, fresh8rom).

"Les autorités ont dressé le bilan provisoire d'une trentaine de personnes décédées … ; cela s'ajoute aux 200 morts
… comptabilisés par les Nations unies" (fr-6cf934d3-3): the provisional toll is the first clause's, and the 200
after the semicolon are another count, reported. A preliminary cue marks the counts from its clause on
(casualtylog.text._first_figures.preliminary_for); it now stops at a semicolon after it when the clause after the
semicolon opens with :data:`_OWN_CLAUSE` words before the count. A list set out with semicolons ("Bilan provisoire :
12 morts ; 40 blessés ; 3 disparus") keeps the cue on every count: there the count opens its part.
"""

from __future__ import annotations

from casualtylog.text._tokens import Token

__all__ = ["past_semicolon"]

#: How many tokens must stand between the semicolon and the count for a clause of its own ("cela s'ajoute aux").
_OWN_CLAUSE = 3
#: How far after the cue the semicolon is looked for: the walk is bounded, so each count costs constant time.
_REACH = 40


def past_semicolon(tokens: list[Token], p: int, start: int) -> bool:
    """Whether the last semicolon between the cue at ``p`` and the count at ``start`` (looked for within
    :data:`_REACH` tokens before the count) opens a clause of its own: its first :data:`_OWN_CLAUSE` tokens, none a
    number, stand before the count ("; cela s'ajoute aux 200 morts et aux 225.000 déplacés": both counts)."""
    q = next((k for k in range(start - 1, max(p, start - 1 - _REACH), -1) if tokens[k].text == ";"), None)
    if q is None or start - (q + 1) < _OWN_CLAUSE:
        return False
    return not any(t.is_number for t in tokens[q + 1 : q + 1 + _OWN_CLAUSE])
