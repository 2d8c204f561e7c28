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
    if _low(tokens, j) in lang.object_markers:
        j -= 1
    adverbs = 0
    while adverbs < _ADVERBS and _low(tokens, j) not in lang.search_verbs and _low(tokens, j) in lang.gap_words:
        j -= 1
        adverbs += 1
    if _low(tokens, j) not in lang.search_verbs:
        return None
    if not any(_low(tokens, k) in lang.rescuer_nouns for k in range(max(0, j - _SUBJECT_REACH), j)):
        return None
    noun = _noun(tokens, m.end, lang)
    if noun is not None and noun[0] not in {"people", "group"}:
        return None
    if m.increment and not tokens[m.start].is_number:
        m.increment = False  # "cherchent encore cinq adultes": still searching (the mention took "encore"), not 5 more
    return (1, "missing")
