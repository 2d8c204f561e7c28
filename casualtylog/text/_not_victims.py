"""Session 18 (``fa18``): a victim the sentence names is no count, by what governs the figure.

*A named victim* (the guide: "A named victim … and a definite one … are not counts; only indefinite singulars
are"): an indefinite singular whose noun the sentence names at once, by an apposition of a capitalised name
("including a child, Ahmad Al-Basyouni, 14, who was shot", en-42aa573a-2) or by a word of naming ("una mujer
identificada como Laura", es-d1f145e7-3). The story of one named person, as "María Dolores Montiel … ha
fallecido" is; a bare number ("se redujo a uno, Miguel Ángel", es-f62091c4-4) stays a count, as the guide's
labels keep it.
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["named_singular", "no_victims_noun"]

#: Words of naming between a singular victim's noun and the name ("identified as Laura", "namens Anna").
_NAMING = {
    "en": (("identified", "as"), ("named",), ("called",)),
    "nl": (("genaamd",),),
    "fr": (("identifiée", "comme"), ("identifié", "comme"), ("prénommée",), ("prénommé",), ("nommée",), ("nommé",)),
    "de": (("namens",),),
    "es": (("identificada", "como"), ("identificado", "como"), ("llamada",), ("llamado",)),
}
#: How many words (the noun and one adjective) may stand between the article and the name.
_NOUN_WORDS = 2


def _name_at(tokens: list[Token], k: int) -> bool:
    """A capitalised name at ``k``: a capitalised word that is no sentence opener (the comma's name is mid-sentence)."""
    return k < len(tokens) and tokens[k].is_capitalised and tokens[k].text.isalpha()


#: How many capitalised words a full name in an apposition may have ("Ahmad Al-Basyouni", "Maria del Carmen").
_NAME_WORDS = 4


def _apposed_name(tokens: list[Token], k: int) -> bool:
    """A full name at ``k`` closed by a comma: two or more capitalised words, then "," ("a child, Ahmad Al-Basyouni,
    14, who …"). Not a speaker after the comma ("killing a child, Health Minister Majed Abu Ramadan said"): the
    apposition must close before any verb."""
    if not _name_at(tokens, k):
        return False
    j = k + 1
    while j < len(tokens) and j < k + _NAME_WORDS and tokens[j].is_capitalised:
        j += 1
    return j - k >= 2 and j < len(tokens) and tokens[j].text == ","


def named_singular(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """An indefinite singular ("a child", "una mujer") the sentence names right after its noun."""
    if not m.article:
        return False
    naming = _NAMING.get(lang.code, ())
    for k in range(m.end + 1, min(len(tokens), m.end + 1 + _NOUN_WORDS)):
        if tokens[k].text == ",":
            return _apposed_name(tokens, k + 1)
        for words in naming:
            n = len(words)
            if tuple(t.low for t in tokens[k : k + n]) == words:
                return _name_at(tokens, k + n)
    return False


#: Nouns of survivors the languages' ``survivor_nouns`` leave out (kept narrow there for the frames that read
#: survivors found as rescued): a toll "de 76 rescapés" counts no dead.
_SURVIVORS = {"fr": frozenset({"rescapés", "survivants"}), "es": frozenset({"supervivientes", "sobrevivientes"})}


def no_victims_noun(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A noun at ``k`` that counts no victims of a toll: a thing (``thing_nouns``) or survivors.

    The toll frame takes the number after the toll noun as its value; the number's own noun may count things ("Le
    bilan de l'explosion de deux véhicules piégés … s'établit à plus d'une centaine de morts", fr-880996f2-1; the
    guide's negatives: vehicles, buildings) or survivors ("Le bilan provisoire est de 76 rescapés, deux morts …",
    fr-3cab56b5-2; the guide: survivors alone are no claim).
    """
    if k >= len(tokens):
        return False
    noun = tokens[k].low
    return noun in lang.thing_nouns or noun in lang.survivor_nouns or noun in _SURVIVORS.get(lang.code, ())
