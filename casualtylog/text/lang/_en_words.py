"""English words added to :mod:`.en`'s lists in round texten6, kept here so ``en.py`` does not grow.

Each set is merged into the field of the same meaning in :data:`.en.LANGUAGE`.
"""

from __future__ import annotations

__all__ = ["MORE_FUNCTION_WORDS", "MORE_REPORT_WORDS", "MORE_SAID_VERBS", "MORE_SOURCE_HEADS"]

#: Frequent verbs with a plural's "-s": never the victims' noun after a metric word ("26 injured
#: appears to be the deadliest …" is no group "appears"). Function words are closed to that shape.
MORE_FUNCTION_WORDS = frozenset({"appears", "seems", "includes", "means", "comes", "marks", "makes", "shows"})

#: Verbs that move a total, said by its source: "Turkish authorities updated the country's death
#: toll to 6,957", "the agency raised the number of missing to 1,079".
MORE_SAID_VERBS = frozenset({"updated", "raised", "revised"})

#: Heads of unnamed plural sources: "according to state administrators", "military sources".
#: Not "officers": it is a victims' noun too ("four officers were wounded").
MORE_SOURCE_HEADS = frozenset({"administrators", "administrator", "sources"})

#: Words before the real source in "according to a list provided by the Health Ministry".
MORE_REPORT_WORDS = frozenset({"list", "provided", "compiled", "released", "issued", "tally", "count"})
# Session 18 (attr18): report nouns "according to" names ahead of their author ("an announcement from the IDF",
# "the statistics released by the NDMA"), read by ``past_report``.
MORE_REPORT_WORDS |= {"announcement", "statistics"}
