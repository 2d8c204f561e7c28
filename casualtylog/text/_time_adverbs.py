"""A time adverbial between a verb of saying and the source after it, for attribution.

"informaron este lunes los servicios de emergencia", "a annoncé mercredi le
ministère", "ont annoncé mercredi les autorités locales dans un bilan": a day
or a time of day is never the source (issue 13, item 4), and the name after it
still is.
"""

from __future__ import annotations

from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["before_time", "closes_name", "opens_clause", "past_time"]

#: Words of a time adverbial that may stand between a verb of saying and the source after it
#: ("informaron este lunes los servicios de emergencia", "a annoncé mercredi le ministère").
_TIME_WORDS = frozenset(
    {
        "hoy",
        "ayer",
        "anoche",
        "mañana",
        "tarde",
        "noche",
        "madrugada",
        "aujourd'hui",
        "hier",
        "matin",
        "soir",
        "nuit",
        "soirée",
        "today",
        "yesterday",
        "heute",
        "gestern",
        "vandaag",
        "gisteren",
        # "señaló ese día la ministra": the day already named
        "día",
        "jour",
    }
)
#: Adverbs of sequence that a sentence may open with, capitalised, before its source ("Earlier police had put …").
_SEQUENCE_WORDS = frozenset({"earlier", "later", "meanwhile", "eerder", "intussen", "zuvor", "später", "früher"})
#: Demonstratives and articles that open such an adverbial ("este miércoles", "ce mardi matin", "el lunes").
_TIME_OPENERS = frozenset({"este", "esta", "ese", "esa", "el", "ce", "cette", "le", "am"})
_MAX_TIME = 3
#: Prepositions of a time of day after the day ("este viernes | por la tarde", "le 3 mars | dans la soirée").
_TIME_LINKS = frozenset({"por", "en", "de", "dans", "in"})
#: Articles between such a preposition and its time word ("por | la | tarde").
_TIME_ARTICLES = frozenset({"la", "le", "el", "de", "der"})


def past_time(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """The first token after a time adverbial at ``k`` ("este miércoles", "mardi soir", "hoy"), or ``k``.

    Only a day or time word makes an adverbial: "el" alone opens the name.
    """
    j = k
    timed = False
    while j < len(tokens) and j - k < _MAX_TIME:
        low = tokens[j].low
        if low in lang.weekdays or low in _TIME_WORDS:
            timed = True
        elif low not in _TIME_OPENERS or timed:
            break
        j += 1
    if timed and j < len(tokens) and tokens[j].low in _TIME_LINKS:  # "informó este viernes por la tarde la policía"
        m = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].low in _TIME_ARTICLES)
        if m < len(tokens) and tokens[m].low in _TIME_WORDS:
            j = m + 1
    return j if timed else k


def closes_name(tok: Token, lang: LanguageData) -> bool:
    """A word that cannot go on a name, so an adjective before it closes one ("les autorités locales dans un bilan")."""
    low = tok.low
    return (
        tok.kind is WORD
        and not tok.is_capitalised
        and (
            low in lang.channel_preps
            or low in lang.weekdays
            or low in _TIME_WORDS
            or low in lang.according_to
            or low in lang.determiners  # "las autoridades ucranianas el sábado": a new phrase
        )
    )


def opens_clause(tok: Token, lang: LanguageData) -> bool:
    """A day, a time or an adverb of sequence: a source's name may start right after it, never with it.

    "ayer sábado el Ministerio del Interior confirmó", "Earlier police had put the toll at 68".
    """
    low = tok.low
    return tok.kind is WORD and (
        low in lang.weekdays or low in _TIME_WORDS or low in _SEQUENCE_WORDS or low in lang.months
    )


def before_time(tokens: list[Token], j: int, lang: LanguageData) -> int:
    """The last token before a time adverbial ending at ``j`` ("ayer", "este martes", "el lunes"), or ``j``.

    The mirror of :func:`past_time`, for a verb-first clause whose day stands between its predicate and its
    subject ("Murieron ayer tres personas", "Resultaron heridas este martes 12 personas").
    """
    i = j
    timed = False
    while i >= 0 and j - i < _MAX_TIME:
        low = tokens[i].low
        if low in lang.weekdays or low in _TIME_WORDS:
            timed = True
        elif low not in _TIME_OPENERS or not timed:
            break
        i -= 1
    return i if timed else j
