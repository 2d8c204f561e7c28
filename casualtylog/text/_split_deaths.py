"""Session 18 (``guide18``): "N more" who died beside a count of the dead in the same sentence split it: plain ``N``.

The guide ("Another and more", settled in session 15, case 1): a count that "more" or "another" joins to an earlier
count of the sentence is plain when it is a part of the same report, the same metric split by where, when or how it
happened ("recovered at least 100 bodies from the factory, and 12 more people died at hospitals", en-fff24dde-5;
"immediately killing three children and one more kid died later at hospital"; *cinco personas murieron en el lugar de
los hechos y una persona más falleció en el hospital*, es-62b11259-2); it adds when it counts victims found or reported
after ("found 10 more bodies, raising the death toll to at least 24"): "deaths are split, findings and reports add".
So an increment of the dead whose own predicate is a verb of dying (a ``killed`` predicate within a few words after
it, no noun of the dead, *bodies*, between) after a plain count of the dead, with no running total in the sentence
(an update cue, "raising the toll to"), is plain. Linear: one bounded look after each such count.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text._binding import Binding
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["dies_near", "killed_within", "split_deaths"]

#: How many words after the count its own predicate may stand ("12 more people died", "una persona más falleció").
_REACH = 4


def killed_within(
    tokens: list[Token], k: int, lang: LanguageData, reach: int, stop: Callable[[Token], bool], *, first: bool = True
) -> bool:
    """Whether a ``killed`` predicate stands within ``reach`` words from ``k``, no word ``stop`` accepts before it.

    ``first``: the first predicate met decides (another metric's verb is the count's own, and not a death); else
    any predicate of dying in reach will do. Shared by the guide18 rules that ask whether a count's clause says its
    people died (:mod:`casualtylog.text._died_of_wounds`, :mod:`casualtylog.text._later_findings`)."""
    predicates = phrases(lang, "predicates")
    for j in range(k, min(len(tokens), k + reach)):
        if stop(tokens[j]):
            return False
        hit = predicates.at(tokens, j)
        if hit is not None:
            if str(hit[1]) == "killed":
                return True
            if first:
                return False
    return False


def dies_near(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a ``killed`` predicate stands within ``_REACH`` words from ``k``, no punctuation or body noun first."""
    return killed_within(tokens, k, lang, _REACH, lambda t: t.kind is PUNCT or t.low in lang.body_nouns)


def split_deaths(tokens: list[Token], bindings: list[Binding], lang: LanguageData, totals: bool) -> None:
    """Make plain (in place) each increment of the dead that splits a count of the dead before it; ``totals``: the
    sentence gives a running total (an update cue), when increments stay as they are."""
    if totals or not any(b.mention.increment for b in bindings if b.metric == "killed"):
        return
    semicolons = [i for i, t in enumerate(tokens) if t.text == ";"]
    plain_at = -1  # where the last plain count of the dead stands
    for b in bindings:
        if b.role != "count" or b.metric != "killed":
            continue
        m = b.mention
        if not m.increment:
            plain_at = m.start
            continue
        # a semicolon between opens a statement of its own ("…; two more died later"), a report that adds
        if plain_at >= 0 and not any(plain_at < i < m.start for i in semicolons) and dies_near(tokens, m.end, lang):
            m.increment = False
