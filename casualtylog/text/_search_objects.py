"""Session 13 (``fresh7c``): people rescuers still search for are missing ("Les secours cherchent encore cinq
adultes", "Los rescatistas buscan todavía a cinco personas").

The corpus guide counts people searched for as missing. A verb of searching names no casualty by itself: the
police search for suspects or witnesses, a company for workers. Only when its subject is a rescue service
(``rescuer_nouns``: "secours", "sauveteurs", "rescatistas", "bomberos") a few words before the verb
(``search_verbs``) is its object of people missing; adverbs of time ("encore", "todavía") and the object marker
may stand between the verb and the count.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["searched_by_rescuers"]

#: How many words may stand between the rescuers and their verb ("Les équipes de secours cherchent").
_SUBJECT_REACH = 3
#: How many adverbs may stand between the verb and the count ("cherchent toujours encore").
_ADVERBS = 2


def searched_by_rescuers(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """``(1, "missing")`` when ``m`` counts people a rescue service searches for, else ``None``."""
    if not lang.search_verbs:
        return None
    j = m.start - 1
    if _low(tokens, j) in lang.others_words and lang.search_continuers:
        j -= 1  # Session 14 (fresh8rom): "la búsqueda de otros cuatro trabajadores"
    if _low(tokens, j) in lang.object_markers:
        j -= 1
    elif _low(tokens, j) in _OF and _low(tokens, j - 1) in lang.search_nouns:
        return _going_on(tokens, m, j - 1, lang)  # Session 14 (fresh8rom): "continúa la búsqueda de cuatro mineros"
    adverbs = 0
    while adverbs < _ADVERBS and _low(tokens, j) not in lang.search_verbs and _low(tokens, j) in lang.gap_words:
        j -= 1
        adverbs += 1
    if _low(tokens, j) not in lang.search_verbs:
        return None
    if not any(_low(tokens, k) in lang.rescuer_nouns for k in range(max(0, j - _SUBJECT_REACH), j)):
        return _going_on(tokens, m, j, lang)  # Session 14 (fresh8rom): "se siguen buscando a 14 personas"
    noun = _noun(tokens, m.end, lang)
    if noun is not None and noun[0] not in {"people", "group"}:
        return None
    if m.increment and not tokens[m.start].is_number:
        m.increment = False  # "cherchent encore cinq adultes": still searching (the mention took "encore"), not 5 more
    return (1, "missing")


#: How far before the search a searcher of others than victims is looked for ("La policía sigue buscando").
_AGENT_REACH = 6
#: The preposition between the noun of a search and its people ("la búsqueda de", "la recherche de").
_OF = frozenset({"de", "d'", "d’"})
#: Groups searched for that are no victims: the police look for suspects and attackers.
_OFFENDERS = frozenset({"suspects", "attackers", "perpetrators", "gunmen", "terrorists", "militants", "robbers"})


def _going_on(tokens: list[Token], m: Mention, j: int, lang: LanguageData) -> tuple[int, str] | None:
    """Session 14 (fresh8rom): ``(1, "missing")`` when a verb of going on (``search_continuers``) stands a few words
    before the search at ``j`` and ``m`` counts people named by a listed noun, no offenders ("mantienen la búsqueda
    de tres personas más", "continuaban buscando dos personas más"); else ``None``."""
    if not lang.search_continuers:
        return None
    if not any(_low(tokens, k) in lang.search_continuers for k in range(max(0, j - _SUBJECT_REACH), j)):
        return None
    if any(_low(tokens, k) in lang.search_other_agents for k in range(max(0, j - _AGENT_REACH), j)):
        return None  # "La policía sigue buscando a dos personas": witnesses or suspects, no victims
    k = m.end
    if _low(tokens, k) in lang.vague_links:
        k += 1
    noun = _noun(tokens, k, lang)
    if noun is None or noun[0] not in {"people", "group"} or noun[1] in _OFFENDERS:
        return None
    if m.increment and not tokens[m.start].is_number:
        m.increment = False  # "siguen buscando todavía a cinco personas": still searching, not 5 more
    return (1, "missing")
