"""The person set off by a comma after a title's long complement: "a déclaré le ministre provincial des transports
et de la communication du Sud-Kivu, Claude Swedy Basila".

A verb of saying may come first and its subject after it: a title, its
adjectives and its complement (an office, a body, a place), then the person in
apposition. :func:`casualtylog.text._source_names.name_after` reads a person
right after the title's complement when that complement is plain ("le ministre
des transports du Sud-Kivu, …"); an adjective after the title ("portavoz
estatal"), a conjunction inside the complement ("des transports et de la
communication") or an abbreviation in apposition to the body ("del Instituto
Nacional de Defensa Civil, INDECI, Luis Palomino") stopped that reading at the
title, so the office ("ministre", "portavoz") or the abbreviation was named.
The corpus guide names the person ("as the sentence names them"). Session 20
(issue 13, item 4).
"""

from __future__ import annotations

from casualtylog.text._source_shapes import saying
from casualtylog.text._source_words import named
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["apposed_person"]

#: How many words the rest of a title's complement may hold before its comma.
_MAX_COMPLEMENT = 14
#: The most words a person's name may hold ("Zeid Ra'ad Al Husein").
_MAX_PERSON = 5
#: Longest particle inside a person's name ("Philippe de Rumigny", "Ashraf al Qudra").
_MAX_PARTICLE = 3


def apposed_person(tokens: list[Token], k: int, lang: LanguageData) -> list[Token] | None:
    """The person after the comma that closes a title's complement starting at ``k``, or ``None``.

    The words up to the comma are the complement (no verb of saying, clause
    boundary, number or day: "…, dijo que …" is another clause); after it, at
    most one abbreviation in apposition ("INDECI,"), then two or more names that
    close the sentence or are set off by punctuation. One name alone, or names
    followed by more words ("…, Juan Pérez y otros"), are no apposition.
    """
    comma = _complement_comma(tokens, k, lang)
    if comma is None:
        return None
    j = comma + 1
    if j + 1 < len(tokens) and tokens[j].text.isupper() and tokens[j].kind is WORD and tokens[j + 1].text == ",":
        j += 2  # "del Instituto Nacional de Defensa Civil, INDECI, | Luis Palomino"
    person: list[Token] = []
    while j < len(tokens) and len(person) < _MAX_PERSON and tokens[j].kind is WORD:
        tok = tokens[j]
        if not named(tok) and not (person and _particle(tok)):
            break
        person.append(tok)
        j += 1
    while person and not named(person[-1]):
        person.pop()
    if len(person) < 2 or (j < len(tokens) and tokens[j].kind is not PUNCT):
        return None
    return person


def _complement_comma(tokens: list[Token], k: int, lang: LanguageData) -> int | None:
    """The index of the comma closing the complement that starts at ``k``, if only its words come before it."""
    for j in range(k, min(len(tokens), k + _MAX_COMPLEMENT)):
        tok = tokens[j]
        if tok.text == ",":
            return j
        if tok.text in {"(", ")"} or tok.low in lang.coordinators:
            continue  # "du Comité Permanent d'Urgence (Copeco)", "des transports et de la communication"
        if (
            tok.kind is NUMBER
            or tok.kind is PUNCT
            or tok.low in saying(lang)
            or tok.low in lang.boundaries
            or tok.low in lang.weekdays | lang.months
        ):
            return None
    return None


def _particle(tok: Token) -> bool:
    """A short lower-case word inside a person's name ("de", "al", "bin")."""
    return len(tok.text) <= _MAX_PARTICLE and tok.text.isalpha() and tok.text.islower()
