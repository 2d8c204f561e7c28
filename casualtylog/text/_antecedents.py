"""Session 13 (``fresh7c``): whose group "others" or a bare count after "and" takes.

"Deux pompiers sont décédés, dix personnes ont été blessées et 37 autres légèrement blessées": the 37 are more of
the ten people just counted, not of the firefighters. The count right before names the antecedent, and when it
names no group the bare count has none: an earlier count's group does not reach past it. One person named by an
article or by "one" ("otro trabajador muerto y nueve heridos") is no antecedent unless "others" names the bare
count as more of that person's role and the role is no mere person ("Un policier a été tué et deux autres blessés",
the guide); such a person with no group is passed over, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention
from casualtylog.text._tally_lists import after_tally_comma, bare_kind

#: Session 14 (fresh9rom): which bare counts take a group, and after a tally's comma (``_tally_lists``).
__all__ = ["after_tally_comma", "antecedent_group", "bare_kind"]


def antecedent_group(
    before: Sequence[Binding],
    named_others: bool,
    one_victim: Callable[[Mention], bool],
    person_groups: frozenset[str],
    metric: str | None = None,
) -> str | None:
    """The group a bare count takes from the counts ``before`` it (in text order), or ``None``.

    Session 18 (``guide18``): "N others" after one person of a person group ("een vrouw om het leven … drie anderen
    gewond", "Another child was killed and five others were injured") takes that group when the others have another
    ``metric``, as the guide's round 6 and session 15 (e) say; with the same metric ("a man and 3 others were
    killed") the others are the rest of one count, not more men.
    """
    for o in reversed(before):
        if o.role != "count":
            continue
        if one_victim(o.mention):
            if o.group and named_others and (o.group not in person_groups or (metric and o.metric != metric)):
                return o.group
            continue
        return None if _mixed_whole(before, o) else o.group
    return None


def _mixed_whole(before: Sequence[Binding], o: Binding) -> bool:
    """Session 20 (fields21): whether the count ``o`` closes a whole of two groups with one metric ("kamen 64 Soldaten
    und drei Zivilisten ums Leben, Hunderte wurden verletzt", de-067cf78b-4): the bare count after it is of them all,
    so it takes neither group, as "six people - three policemen and three pedestrians - and wounding nine others" takes
    the head noun (the guide, batch 13)."""
    counts = [b for b in before if b.role == "count"]
    i = next(i for i, b in enumerate(counts) if b is o)
    return i > 0 and counts[i - 1].metric == o.metric and counts[i - 1].group not in (None, o.group)
