"""Dutch "vast" in a place where people are trapped, named by a compound or by the clause "waar" refers to.

Session 14 (``fresh9en``): "… reddingsacties aan de gang bij een goudmijn, waar vermoedelijk tientallen Filippijnen
in vast zijn komen te zitten" tells people trapped in a gold mine, no arrest (the corpus guide counts neither the
trapped nor hostages; casualtylog.text._bind_rules.held_not_detained). The place is a compound whose last part is a
listed place ("goudmijn", "kolenmijn": a first part of four letters or more, so "termijn" is none), and a clause
opened by "waar" stands in the place named just before its comma.

Session 17 (``ennl17``): the place or the collapse may stand in the sentence's other clause ("Een gang van de
goudmijn van Masakhane stortte in en dertien mijnwerkers zaten vast", nl-b085fc5c-2), and "binnen" (inside a
building on fire or fallen in) is such a place ("Ook binnen zouden nog enkele mensen vastzitten", nl-ab76906b-4);
an arrest is told with none of these words ("Nog acht personen zitten vast voor openbare geweldpleging").

Session 21 (issue 13): the list of places kept growing a word per session ("gebouw", "huizen", then "haven" and
"buitenzwembad" on new text). The grammar is what tells it: a place named by a preposition right by the stuck word
("vast in de haven", "vast te zitten in een buitenzwembad", "in de mijn vast") is where people are trapped, whatever
the place, unless its words are custody's ("vast in de cel", "in voorlopige hechtenis", "in verband met").
A place further off dates or sets the clause ("In Den Bosch werden 52 verdachten aangehouden, van wie er nog 50
vastzitten": an arrest).
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["stuck_in_place", "trapped_in_sentence", "trapped_place_in"]

#: The shortest first part of a compound place, and the shortest listed place a compound may end in.
_FIRST_PART = 4
_LAST_PART = 4
#: Words that open a clause set in the place named before it.
_WHERE = frozenset({"waar", "waarin", "waaronder"})
#: How many words before the comma of a "waar" clause may name its place ("bij een goudmijn, waar …").
_PLACE_BEFORE = 3
#: Words of a sentence that tell people trapped, not held: a building or a mine fallen in.
_TRAPPING = frozenset({"ingestort", "ingestorte", "instorting", "stortte", "stortten", "instortte"})
#: Inside, as an adverb; before an article it is the preposition "within" ("Binnen de termijn zitten 20 verdachten
#: vast" is an arrest, tests/text/test_fresh9en.py).
_INSIDE = "binnen"
#: How far from a stuck word its place's preposition may stand: after it ("vast te zitten in"), before it ("in de
#: mijn vast"); and how many words after the preposition may name custody ("in het Huis van Bewaring").
_PREP_AFTER = 3
_PREP_BEFORE = 4
_PLACE_WORDS = 4


def _place(low: str, lang: LanguageData) -> bool:
    return _is_place(low, lang.trapped_places)


@lru_cache(maxsize=16)
def _place_lengths(places: frozenset[str]) -> tuple[int, ...]:
    """The lengths a compound's last part may have: those of the listed places from :data:`_LAST_PART` up."""
    return tuple(sorted({len(place) for place in places if len(place) >= _LAST_PART}))


@lru_cache(maxsize=4096)
def _is_place(low: str, places: frozenset[str]) -> bool:
    """A listed place, or a compound ending in one ("goudmijn").

    Issue 13 (hostile23): every clause and sentence check asks this of each of its words, once per binding, so a
    window of "12 mensen zitten vast in de haven" asked it 300,000 times per 25 kB, each an ``endswith`` per listed
    place (2.4 s of CPU per 100 kB). Each word's suffixes of the listed lengths are looked up instead, and the
    answer is kept by word (the places' frozenset caches its hash, so the key costs the word's).
    """
    if low in places:
        return True
    return any(len(low) - n >= _FIRST_PART and low[-n:] in places for n in _place_lengths(places))


def trapped_place_in(tokens: list[Token], left: int, right: int, lang: LanguageData) -> bool:
    """Whether the clause ``left..right`` (or the place its "waar" refers to) names a place people are trapped in."""
    if any(_place(t.low, lang) for t in tokens[left:right]):
        return True
    opener = next((k for k in range(max(0, left - 2), min(right, left + 2)) if tokens[k].low in _WHERE), None)
    if opener is None or opener == 0:
        return False
    comma = opener - 1 if tokens[opener - 1].text == "," else opener
    return any(_place(t.low, lang) for t in tokens[max(0, comma - _PLACE_BEFORE) : comma])


def trapped_in_sentence(tokens: list[Token], lang: LanguageData) -> bool:
    """Whether any clause of the sentence names a place people are trapped in, "binnen", or a collapse."""
    for k, t in enumerate(tokens):
        if t.low in _TRAPPING or _place(t.low, lang):
            return True
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if t.low == _INSIDE and after is not None and after.low not in lang.determiners and not after.is_number:
            return True
    return False


def stuck_in_place(tokens: list[Token], left: int, right: int, lang: LanguageData) -> bool:
    """Whether a stuck word of the clause ``left..right`` has a place's preposition right by it, not custody's."""
    if not lang.trapped_preps:
        return False
    for k in range(left, right):
        if tokens[k].low not in lang.stuck_words:
            continue
        near = [*range(k + 1, min(right, k + 1 + _PREP_AFTER)), *range(max(left, k - _PREP_BEFORE), k)]
        for p in near:
            if tokens[p].low in lang.trapped_preps and not any(
                t.low in lang.custody_words for t in tokens[p + 1 : p + 1 + _PLACE_WORDS]
            ):
                return True
    return False
