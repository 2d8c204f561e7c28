"""Gender and number agreement of Romance participles, so a table lists one form of each.

A French or Spanish participle agrees with its subject: "un homme est mort",
"une personne est morte", "deux personnes sont mortes"; "un soldado fue
asesinado", "una mujer resultó herida". News text uses every form, and a table
that lists only the forms its authors happened to see misses the others.

>>> sorted(agreeing({"tués": "killed"}, FRENCH))
['tué', 'tuée', 'tuées', 'tués']
>>> agreeing({"resultaron heridos": "injured"}, SPANISH)["resultaron heridas"]
'injured'
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import product

__all__ = ["FRENCH", "SPANISH", "agreeing", "singulars"]

#: The four forms (masculine, feminine; singular, plural) of each participle ending.
_Endings = tuple[tuple[str, str, str, str], ...]

#: French: "-é/-ée/-és/-ées", "-u/-ue/-us/-ues" (disparu), "-is/-ise/-is/-ises" (pris), "-t/-te/-ts/-tes"
#: (mort); "péri" never agrees (it takes "avoir").
FRENCH: _Endings = (
    ("é", "ée", "és", "ées"),
    ("u", "ue", "us", "ues"),
    ("is", "ise", "is", "ises"),
    ("t", "te", "ts", "tes"),
)
#: Spanish: "-ado/-ada/-ados/-adas", "-ido/-ida/-idos/-idas", "-to/-ta/-tos/-tas" (muerto).
SPANISH: _Endings = (
    ("ado", "ada", "ados", "adas"),
    ("ido", "ida", "idos", "idas"),
    ("to", "ta", "tos", "tas"),
)


def _forms(word: str, endings: _Endings) -> tuple[str, str, str, str] | None:
    """The four agreeing forms of ``word`` when it ends like a participle, longest ending first."""
    if word.endswith("ment"):
        return None  # a French adverb ("mortellement") never agrees, though it ends like "mort"
    for row in endings:
        for ending in sorted(row, key=len, reverse=True):
            if word.endswith(ending) and len(word) >= len(ending) + 2:
                stem = word[: -len(ending)]
                return (stem + row[0], stem + row[1], stem + row[2], stem + row[3])
    return None


def agreeing(table: Mapping[str, str], endings: _Endings) -> dict[str, str]:
    """``table`` with every agreeing form of its participles added (the listed entries win).

    Only a phrase that ends in a participle agrees, or in an adverb in "-ment"
    ("fauchés mortellement"); every participle of it takes the same form
    ("portées disparues"), and a word not shaped like one (the adverb) is kept.
    """
    out: dict[str, str] = {}
    for phrase, metric in table.items():
        words = phrase.split()
        forms = [_forms(w, endings) for w in words]
        if forms[-1] is None and not words[-1].endswith("ment"):
            continue  # an adverb may close the phrase: "fauché mortellement" agrees by "fauché"
        for i in range(4):
            variant = " ".join(f[i] if f is not None else w for w, f in zip(words, forms, strict=True))
            out.setdefault(variant, metric)
    out.update(table)
    return out


def singulars(groups: Mapping[str, str]) -> dict[str, str]:
    """The singular of each plural group noun, with its group ("policiers" → "policier": officers).

    A lone victim is named by the singular ("un policier a été blessé", "un
    agente resultó herido"); Spanish plurals in "-es" after a consonant drop
    both letters ("civiles" → "civil"), and both readings are kept, since a
    singular that no text uses costs nothing. In a phrase every plural word
    agrees ("guardias civiles" → "guardia civil": an officer of the Guardia
    Civil, not a civilian, "un guardia civil resultó herido").

    >>> singulars({"policías": "officers", "civiles": "civilians"})
    {'policía': 'officers', 'civile': 'civilians', 'civil': 'civilians'}
    >>> singulars({"peatones": ""})
    {'peatone': '', 'peaton': '', 'peatón': ''}
    >>> singulars({"guardias civiles": "officers"})
    {'guardia civile': 'officers', 'guardia civil': 'officers'}
    """
    out: dict[str, str] = {}
    for plural, group in groups.items():
        words = plural.split()
        readings = [_singular_word(w) if w.endswith("s") and len(w) >= 5 else (w,) for w in words]
        if readings[0] == (words[0],):
            continue  # a phrase's head comes first, and a head that is no plural is no plural phrase
        for reading in product(*readings):
            out.setdefault(" ".join(reading), group)
    return out


#: Spanish plurals in "-Vnes" or "-Vses" lose the stress mark their singular writes on its last vowel
#: ("peatones" → "peatón", "alemanes" → "alemán", "franceses" → "francés"): the marked reading is kept too.
_STRESS_MARKS = {"a": "á", "e": "é", "i": "í", "o": "ó"}


def _singular_word(plural: str) -> tuple[str, ...]:
    if plural.endswith("es") and plural[-3] not in "aeiouáéíóú":
        bare = plural[:-2]
        if bare[-1] in "ns" and bare[-2] in _STRESS_MARKS:
            return plural[:-1], bare, bare[:-2] + _STRESS_MARKS[bare[-2]] + bare[-1]
        return plural[:-1], bare
    return (plural[:-1],)
