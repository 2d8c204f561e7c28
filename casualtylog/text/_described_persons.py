"""A person named after a short description that opens the clause: "Community leader Maina Ularamu said".

"disaster management minister Javed Ahmad Khan told AFP", ", fire official
Mohammed Rafiquzzaman said": the walk back from the verb of saying
(:func:`casualtylog.text._source_names.name_before`) stops at a lower-case word
that describes the person; when that description opens the clause, the person
after it speaks (the guide names him without it).
"""

from __future__ import annotations

from casualtylog.text._source_shapes import is_head as _is_head
from casualtylog.text._source_shapes import saying
from casualtylog.text._source_words import is_title, modifier, named
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["AREA_NOUNS", "described_person", "person_named"]

#: How many lower-case words may describe a person named after them ("disaster management minister").
_MAX_DESCRIPTION = 3
#: Nouns of an administrative area: they close a place's name, never a person's ("the Kursk Region | Alexey Smirnov",
#: "Lao Cai Province reporting" is no person described by "records include").
AREA_NOUNS = frozenset(
    {
        *("region", "province", "state", "district", "county", "oblast"),
        *("regio", "provincie", "gebied", "région", "département", "región", "provincia", "estado", "distrito"),
    }
)


def person_named(run: list[Token], lang: LanguageData) -> list[Token]:
    """``run`` past one lower-case title or head that opens it, when only names follow ("official | Ali Khan"), or []."""
    lead = 1 if run and not named(run[0]) and (is_title(run[0], lang) or _is_head(run[0].low, lang)) else 0
    rest = run[lead:]
    return rest if len(rest) >= 2 and all(named(t) and t.low not in AREA_NOUNS for t in rest) else []


def described_person(tokens: list[Token], j: int, run: list[Token], lang: LanguageData) -> bool:
    """ "Community leader Maina Ularamu said": a person named after a short description opening the clause.

    The walk back from the verb stops at a lower-case word that is no known title ("leader", "specialist"); when
    that word, with at most one capitalised word before it, opens the clause, it can only describe the person
    named after it (a verb or a count would stand there otherwise), so that person speaks. Bounded: two words.
    """
    # The walk may have taken the description's last word, a title or a head ("minister | Javed Ahmad Khan").
    lead = len(run) - len(person_named(run, lang))
    if len(run) - lead < 2 or tokens[j].kind is not WORD or named(tokens[j]):
        return False
    closed = lang.function_words | lang.auxiliaries | lang.determiners | lang.source_place_preps | lang.name_connectors
    if tokens[j].low in closed or tokens[j].low in saying(lang):
        return False  # "in Deir al-Balah berichtete": a place after a preposition, no person described
    k = j - 1
    # "disaster management minister Javed Ahmad Khan", "fire official Mohammed Rafiquzzaman": up to three lower-case
    # words of the description, then up to two the sentence capitalises ("Red Cross rescue director Cesar Uruena").
    lower = 1 + lead
    while (
        k >= 0
        and lower < _MAX_DESCRIPTION
        and tokens[k].kind is WORD
        and not named(tokens[k])
        and tokens[k].low not in closed
        and modifier(tokens[k], lang)
    ):
        k -= 1
        lower += 1
    capitals = 0
    while k >= 0 and capitals < 2 and tokens[k].kind is WORD and tokens[k].is_capitalised:
        k -= 1  # "Rescue director", "Orthopedic specialist": the words the sentence capitalises
        capitals += 1
    # Not after a conjunction or an opener ("El Departamento que dirige Alfonso Dastis anunció": a verb before it).
    return k < 0 or tokens[k].kind is PUNCT or tokens[k].low in lang.determiners
