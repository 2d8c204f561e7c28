"""Optional fields of clause shapes: a condition whose main clause projects, a search that goes on, an aside of
addition. Each field switches one shape on.

Declared apart from :class:`~casualtylog.text.lang._later_shape_words.LaterShapeWords` (at its size limit);
:class:`~casualtylog.text.lang.LanguageData` lists this class before the older field classes among its bases, so its
fields come after theirs.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ClauseShapeWords"]


@dataclass(frozen=True, eq=False)
class ClauseShapeWords:
    """The optional clause shapes (see :class:`~casualtylog.text.lang.LanguageData`)."""

    # A sentence opened by a clause of condition ("Si se tratase de la misma barcaza, el saldo
    # de víctimas ascendería a 83"; ``hypothetical_openers``: "si", "en caso de que") whose main clause holds a verb
    # in the conditional mood (a word ending in ``conditional_endings``: "-ría", "-rían", "-rait", "-raient") tells
    # what would follow: the main clause's counts are projected (casualtylog.text._hypotheticals). English drops
    # such counts instead (``opening_conditionals``). Empty openers turn it off.
    hypothetical_openers: frozenset[str] = frozenset()
    conditional_endings: tuple[str, ...] = ()
    # A search that goes on is a rescue's, whoever runs it: a verb of going on before the
    # verb of searching or the noun of a search (``search_continuers``: "siguen", "continúa", "mantienen"; "se siguen
    # buscando a 14 personas", "continúa la búsqueda de otros cuatro trabajadores") makes its people missing as a
    # rescuer subject does (``rescuer_nouns``); ``search_nouns`` are the nouns of a search, read before "de" as a
    # verb of searching before its object ("la búsqueda de tres personas"); ``search_other_agents`` name searchers
    # who look for others than victims ("La policía sigue buscando a dos testigos", "La empresa sigue buscando 20
    # trabajadores"): near the search they leave it no count. Empty continuers turn it off.
    search_continuers: frozenset[str] = frozenset()
    search_other_agents: frozenset[str] = frozenset()
    search_nouns: frozenset[str] = frozenset()
    # Joiners of addition that open a comma aside holding a count before the predicate of the
    # whole subject ("Le chauffeur, ainsi qu'un enfant retrouvé à ses côtés, sont décédés"; "así como", "sowie"): the
    # aside's closing comma does not end the count's subject (casualtylog.text._also_asides). Empty turns it off.
    also_joiners: frozenset[str] = frozenset()
