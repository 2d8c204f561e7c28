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

from casualtylog.text._source_shapes import is_head, saying
from casualtylog.text._source_words import OPENERS, is_title, named
from casualtylog.text._time_adverbs import opens_clause
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["apposed_person", "person_before_apposition", "phrase_before_person"]

#: How many words the rest of a title's complement may hold before its comma.
_MAX_COMPLEMENT = 14
#: The most words a person's name may hold ("Zeid Ra'ad Al Husein").
_MAX_PERSON = 5
#: How many tokens an apposition between a person and the verb of saying may hold ("a senior police official in
#: the eastern state's district of Darjeeling, the site of the accident").
_MAX_APPOSITION = 24
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


def person_before_apposition(tokens: list[Token], j: int, lang: LanguageData) -> list[Token] | None:
    """ "Eruviel Avila, | governor of the State of Mexico | said": the person before an apposition ending at ``j``.

    The verb of saying follows ``j``. Back from it, a comma right after a run of names that opens the
    sentence or follows punctuation (a comma, a closing quote), and between them an apposition holding
    a title or a source's head and no verb of saying: the run is the person (the corpus guide names
    the person, not the office). The apposition may hold commas and a relative clause of its own
    ("Fatmawati, a spokeswoman from the search and rescue agency …, who goes by one name, said"); a
    name after "in"/"of" before a comma is a place, not a person, and the walk goes on past it.
    """
    closed = j >= 0 and tokens[j].text == ","
    j -= closed  # "…, the site of the accident, | told Reuters"
    for c in range(j - 1, max(0, j - _MAX_APPOSITION), -1):
        if tokens[c].text != ",":
            if tokens[c].kind is WORD and tokens[c].low in saying(lang):
                return None
            continue
        person = _names_before(tokens, c, lang)
        if person is None:
            continue
        if not closed and person[0] is tokens[0]:
            return None  # "However, local officials confirmed": an opening adverb, the subject after its comma
        return person if _apposition(tokens[c + 1 : j + 1], lang, closed=closed) else None
    return None


def _apposition(between: list[Token], lang: LanguageData, *, closed: bool) -> bool:
    """Whether the words between a person's comma and the verb describe that person, no clause of their own.

    The first part (to the next comma) opens with an article or a title, holds a title and no figure ("a
    senior police official in …", "governor of the State of Mexico"), or a source's head when a comma
    closes the apposition ("Risklayer, een … organisatie …, raamde"); each later part is a relative
    clause ("who goes by one name") or another such part with no figure ("the site of the accident").
    Not "…, Tennessee, the Tennessee Emergency Management Agency confirmed" (a body is the subject), nor
    "…, Dhaka, police and officials said" or "…–Alania, regional head Sergey Meniaylo said".
    """
    parts: list[list[Token]] = [[]]
    for tok in between:
        if tok.text == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    first = parts[0]
    if not first or not (first[0].low in lang.determiners or is_title(first[0], lang)):
        return False
    if not any(t.kind is WORD and (is_title(t, lang) or (closed and is_head(t.low, lang))) for t in first):
        return False
    if any(part and all(named(t) or _particle(t) for t in part) for part in parts[1:]):
        return False  # "Asimismo, el secretario de Protección Civil …, Fausto Lugo, ha confirmado": his title, then him
    relatives = lang.relative_openers | lang.relative_pronouns
    return all(
        part and (part[0].low in relatives or not any(t.kind is NUMBER for t in part))
        for part in parts
        if part is not first
    ) and not any(t.kind is NUMBER for t in first)


def _names_before(tokens: list[Token], c: int, lang: LanguageData) -> list[Token] | None:
    """The run of names that ends before the comma at ``c`` and opens the sentence or follows punctuation."""
    k = c - 1
    while k >= 0 and c - k <= _MAX_PERSON and tokens[k].kind is WORD and (named(tokens[k]) or _particle(tokens[k])):
        k -= 1
    person = tokens[k + 1 : c]
    if not person or not named(person[0]) or (k >= 0 and tokens[k].kind is not PUNCT):
        return None
    first = person[0]
    if all(t.text.isupper() for t in person) and len(first.text) > 1:
        return None  # "DEIR AL-BALAH, Gaza Strip (AP) —": a dateline's place
    if first.low in OPENERS or opens_clause(first, lang) or first.low in lang.function_words:
        return None  # "Yesterday, the ministry said", "Meanwhile, …"
    if any(is_title(t, lang) or is_head(t.low, lang) for t in person):
        return None  # "Police, …": a body, read by the name reader as before
    return person


def phrase_before_person(tokens: list[Token], comma: int, lang: LanguageData) -> bool:
    """Whether the words before ``comma`` are a noun phrase opening the sentence, to which a person is apposed.

    "Der Gemeindechef der am stärksten betroffenen Stadt Cianjur, | Herman Suherman, sagte", "La titular de
    Protección Civil de México, | Laura Gurza, confirmó", "Un chauffeur d'ambulance, | Ahmed Saïd, a dit": an
    article opens the sentence, no verb or number stands before the comma, so the names after it, set off before
    the verb of saying, are the person it describes (whatever the office's word). Session 22 (attr23).
    """
    if comma < 2 or comma > _MAX_COMPLEMENT or tokens[0].low not in lang.determiners:
        return False
    return all(
        t.kind is WORD and t.low not in saying(lang) and t.low not in lang.auxiliaries and not opens_clause(t, lang)
        for t in tokens[1:comma]
    )

