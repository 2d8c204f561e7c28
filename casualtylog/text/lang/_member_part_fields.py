"""Optional fields of a list's members, a whole's parts and the one more counted by an ordinal.

- ``list_heads``: a noun naming the whole of a list opened by "included" with no count of its own, and the metric
  its members take ("The victims included 10 children and two women" → killed; "Survivors included 13 women" →
  rescued; casualtylog.text._group_frame). The guide's "victims" in a toll are the dead (its round-2 rule for
  *victimes, víctimas, Opfer*).
- ``list_links``: words that join a later member to such a list besides "and" ("a child, along with eight men").
- ``whom_parts``: the relative phrases that make a count a part of the whole before them, whose group it keeps
  ("nine workers, seven of whom were dead"; casualtylog.text._whom_parts).
- ``survivor_objects``: nouns of survivors, rescued as the object of a verb of finding ("found one lucky survivor").
- ``ordinal_words``, ``ordinal_metric_nouns``: one more death by an ordinal ("the third death" → ``+1``).
- ``body_found_verbs``: a part of the bodies found or recovered is a count of the dead ("Three of the bodies were
  retrieved").

:class:`~casualtylog.text.lang.LanguageData` lists this class before the older field classes among its bases, so its
fields come after theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["MemberPartWords"]


@dataclass(frozen=True, eq=False)
class MemberPartWords:
    """The optional shapes of lists, parts and ordinal ones (see :class:`~casualtylog.text.lang.LanguageData`)."""

    # The head noun of a list after "included" that names the list's metric (see the module's doc). Empty: none.
    list_heads: Mapping[str, str] = field(default_factory=dict)
    # Phrases that add a member to such a list ("along with", "as well as"). Empty: "and" and commas only.
    list_links: frozenset[str] = frozenset()
    # The relative phrases that make a count a part of the whole before their comma ("seven of whom", "van wie er …
    # 43"): the part keeps the whole's group (casualtylog.text._whom_parts). Empty: none.
    whom_parts: frozenset[str] = frozenset()
    # Nouns of survivors that, as the object of a verb of finding (``found_verbs``), are a count of the rescued
    # ("rescuers found one lucky survivor"; casualtylog.text._survivor_objects). Empty: none.
    survivor_objects: frozenset[str] = frozenset()
    # One more death by an ordinal or "another" before a singular metric noun ("the third death", "another death"):
    # the ordinals and the nouns (casualtylog.text._ordinal_ones). Empty nouns: none.
    ordinal_words: frozenset[str] = frozenset()
    ordinal_metric_nouns: frozenset[str] = frozenset()
    # Participles of finding bodies that make a part of the bodies a count of the dead ("Three of the bodies were
    # retrieved"; casualtylog.text._body_parts). Empty: none.
    body_found_verbs: frozenset[str] = frozenset()
