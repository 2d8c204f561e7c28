"""An "another N" of a metric other than the dead, alone in its sentence, is a plain count (English and Dutch).

Session 17 (``ennl17``): the corpus guide, settled in session 15 ("Another and more", case 2): when the sentence
gives no count that "another", "more", "additional" or *nog eens* joins to, N is ``+N`` for the dead only (a death
toll is the running count news adds to) and plain for every other metric ("Another four people were wounded",
en-b2db3373-4; "Another 98 suspects had been arrested", en-9a7fe874-4; *Nog eens 325 mensen zijn gewond geraakt*,
nl-bbbec487-2; "7,075 additional people were displaced", en-f8975b33-2). The caller says whether a count was
read before the figure; a count after it (a new total), the words that say N was added to a count, and a word of
the same metric before it ("The injured were treated at the scene and another 21 people were injured later": the
injured N joins) keep the sign.

Session 17 (``guide17``): the guide's rule names every language (*deux blessés supplémentaires*, *noch einmal N*,
*dos nuevas detenciones*, *N heridos más*), so French, German and Spanish read it too, with their own words of a
count added to (*ajouté, bilan, hinzu, gestiegen, sumado, eleva*).
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["plain_increment"]

#: Languages this reading is measured for.
_LANGUAGES = frozenset({"en", "nl", "fr", "de", "es"})

#: Words that say the N were added to a count ("added two names to the list of missing persons", "kwamen daar nog
#: eens 7,3 miljoen bij", "bringing the number of injured to 30"): the guide's exception, ``+N``.
_ADDED = frozenset(
    {"added", "adds", "list", "bringing", "brings", "brought", "raising", "raises", "total", "toll", "bij", "totaal",
     "tally", "taking", "pushing", "rose", "risen", "climbed", "opgelopen", "stijgt", "gestegen"}
    # guide17: "ajoutant deux blessés", "portant le bilan à", "kamen hinzu", "stieg auf", "ha sumado otro herido",
    # "eleva la cifra a"
    | {"ajouté", "ajoutée", "ajoutés", "ajoutant", "ajoute", "portant", "porte", "porté", "bilan", "hausse",
       "alourdi", "alourdit", "hinzu", "bilanz", "gesamtzahl", "insgesamt", "stieg", "steigt", "gestiegen", "erhöht",
       "erhöhte", "sumado", "suma", "suman", "sumando", "eleva", "elevando", "elevó", "cifra", "balance", "asciende",
       "ascendió", "ascender"}
)


#: How far back a word of the same metric keeps the sign (bounded: the scan runs per increment).
_SAME_METRIC_REACH = 30


def plain_increment(tokens: list[Token], m: Mention, metric: str, lang: LanguageData, *, counted_before: bool) -> bool:
    """Whether ``m``'s increment word adds nothing: a metric other than the dead, no count before it, no word of
    its metric before it and no word in the sentence that says it was added to a count."""
    if lang.code not in _LANGUAGES or not m.increment or metric == "killed" or counted_before:
        return False
    if any(t.low in _ADDED for t in tokens):  # one pass over the sentence, once per increment
        return False
    nouns, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
    for j in range(max(0, m.start - _SAME_METRIC_REACH), m.start):
        hit = nouns.at(tokens, j) or predicates.at(tokens, j)
        if hit is not None and str(hit[1]) == metric:
            return False
    return True
