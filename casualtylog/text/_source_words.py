"""Which words a source's name is made of, for :mod:`casualtylog.text._source_names`.

A word of a name is capitalised (or a name after a short particle: "al-Turki"),
a head noun of a source ("police", "officials"), a title ("mayor",
"Regionalgouverneur"), a connector or determiner inside a name, or a plain
modifier before a head ("army and security officials") or, in French and
Spanish, an adjective after one ("les autorités russes"). The walks that read a
whole name from these words stay in ``_source_names``; kept apart so each
module holds one concept (split in session 7, code moved verbatim).
"""

from __future__ import annotations

from functools import lru_cache

from casualtylog.text._phrases import phrases
from casualtylog.text._source_shapes import is_head as _is_head
from casualtylog.text._source_shapes import saying
from casualtylog.text._time_adverbs import closes_name, past_time
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = [
    "MAX_MODIFIERS",
    "OPENERS",
    "adjective_after_head",
    "coordinated_head",
    "extended_attribute",
    "head_ahead",
    "inner_particle",
    "is_title",
    "joined_ahead",
    "joined_behind",
    "modifier",
    "name_token",
    "named",
    "owned_title",
    "past_abbreviated_title",
    "plural_possessive",
]

#: Plain words allowed before a source's head noun ("army and security officials").
MAX_MODIFIERS = 3
#: Words that may stand just before a source's name: it opens a clause after them.
OPENERS = frozenset(
    {"that", "dat", "as", "while", "when", "whereas", "que", "dass", "zo", "so", "wie", "comme", "como", "así"}
)


def named(tok: Token) -> bool:
    """Capitalised, or a name after a short particle: "al-Turki", "el-Sisi", "ad-Din"."""
    if tok.is_capitalised:
        return True
    particle, hyphen, rest = tok.text.partition("-")
    return bool(hyphen) and 1 <= len(particle) <= 3 and particle.isalpha() and rest[:1].isupper()


def name_token(tok: Token, lang: LanguageData) -> bool:
    """A word that may stand in a name: named, a source's head, a connector or a determiner; never a verb of saying."""
    if tok.kind is not WORD:
        return False
    low = tok.low
    if low in saying(lang) or low in lang.boundaries or low in lang.weekdays or low in lang.months:
        return False  # "the governor said Friday": a day is never a source
    if low in lang.according_to:
        return False  # "Según informó la Delegación": "according to" opens a name, it is none
    return named(tok) or _is_head(low, lang) or low in lang.name_connectors or low in lang.determiners


def is_title(tok: Token, lang: LanguageData) -> bool:
    """A word of office: "mayor", or a compound ending in one ("Regionalgouverneur", "Militärverwalter")."""
    low = tok.low
    if low in lang.titles:
        return True
    ends = _compound_titles(lang)
    # one endswith over all the titles first (in C): most words end in none, and only those that do need the lengths
    if low.endswith(ends) and any(low.endswith(t) and len(low) > len(t) + 2 for t in ends):
        return True
    return _headed_title(low, lang)


def _headed_title(low: str, lang: LanguageData) -> bool:
    """ "Armeechef", "Polizeichef": a short title compounded after a source's head names an office too.

    Too short to end any compound ("chef" ends "Küchenchef" too), such a title makes one only after the head
    of whom it is the chief (session 22, attr23: "Nach Angaben von Armeechef Dudung Abdurachman").
    """
    if not lang.compound_heads:
        return False
    shorts = _short_titles(lang)
    return low.endswith(shorts) and any(low.endswith(t) and _is_head(low[: -len(t)], lang) for t in shorts)


@lru_cache(maxsize=16)
def _short_titles(lang: LanguageData) -> tuple[str, ...]:
    """The titles too short to end any compound (see :func:`_headed_title`)."""
    return tuple(t for t in lang.titles if len(t) < 6)


@lru_cache(maxsize=16)
def _compound_titles(lang: LanguageData) -> tuple[str, ...]:
    """The titles long enough to end a compound (the language data is immutable: read once per language)."""
    return tuple(t for t in lang.titles if len(t) >= 6)


def head_ahead(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a source head noun follows within the modifiers allowed ("a monitoring group")."""
    for j in range(k + 1, min(len(tokens), k + 1 + MAX_MODIFIERS)):
        if _is_head(tokens[j].low, lang) or is_title(tokens[j], lang):  # "el nuevo alto | comisionado" (session 20)
            return True
        if not modifier(tokens[j], lang):
            return False
    return False


def modifier(tok: Token, lang: LanguageData) -> bool:
    """A plain word that may describe a head ("security officials"): no function word, verb of saying or day."""
    low = tok.low
    return (
        tok.kind is WORD
        and low not in lang.function_words
        and low not in lang.boundaries
        and low not in saying(lang)
        and low not in lang.weekdays
        and low not in lang.gap_words
        and low not in OPENERS
    )


def adjective_after_head(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """ "le ministre libanais", "les autorités russes", "Affaires étrangères": an adjective after a head or a name.

    Any head attribution reads (session 11: "une source sécuritaire", "una fuente militar", "la guardia costera").
    """
    if not lang.adjective_after_noun or j < 1 or not modifier(tokens[j], lang):
        return False
    before = tokens[j - 1]
    return before.kind is WORD and (
        _is_head(before.low, lang) or (before.is_capitalised and before.low not in lang.determiners)
    )


def plural_possessive(tokens: list[Token], j: int, run: list[Token]) -> bool:
    """ "The Huthi rebels' health ministry": the apostrophe of a plural owner joined to it, before the name's words."""
    return (
        bool(run)
        and tokens[j].text in {"'", "\u2019"}
        and j > 0
        and tokens[j - 1].text[-1:] in {"s", "S"}
        and tokens[j - 1].end == tokens[j].start
        and tokens[j].end < run[0].start
    )


def inner_particle(person: list[Token], tok: Token) -> bool:
    """A short lower-case particle inside a person's name ("Ashraf al Qudra", "Mohammed bin Salman")."""
    return (
        tok is not person[0]
        and tok is not person[-1]
        and len(tok.text) <= 3
        and tok.text.isalpha()
        and tok.text.islower()
    )


def coordinated_head(tokens: list[Token], j: int, run: list[Token], lang: LanguageData) -> bool:
    """ "army and security officials", "officials and local people": a connector between two parts of one source."""
    return (
        bool(run)
        and tokens[j].low in lang.name_connectors
        and j > 0
        and (tokens[j - 1].low in lang.source_heads or tokens[j - 1].is_capitalised)
        and any(t.low in lang.source_heads for t in run)
    )


def _capital_part(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A capitalised word at ``k``, or one after an "of" and an article ("de l'Alimentation")."""
    for j in range(k, min(len(tokens), k + 3)):
        if tokens[j].kind is WORD and tokens[j].is_capitalised and tokens[j].low not in lang.determiners:
            return True
        if tokens[j].low not in lang.name_connectors | lang.determiners:
            return False
    return False


def joined_ahead(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> bool:
    """ "the Ministry of Mines | and | Energy": an "and" between capitalised parts of a name joined by "of"."""
    return (
        tokens[k].low in lang.name_conjunctions
        and len(run) >= 2
        and run[-1].is_capitalised
        and any(t.low in lang.name_connectors and t.low not in lang.name_conjunctions for t in run[:-1])
        and _capital_part(tokens, k + 1, lang)
    )


def joined_behind(tokens: list[Token], j: int, run: list[Token], lang: LanguageData) -> bool:
    """ "Ministerio de Minas | y | Energía informó", read backwards: a capitalised part before the "and",
    and an "of" before that within a few words."""
    return (
        bool(run)
        and tokens[j].low in lang.name_conjunctions
        and _capital_part(run, 0, lang)
        and j >= 3
        and tokens[j - 1].is_capitalised
        and any(t.low in lang.name_connectors and t.low not in lang.name_conjunctions for t in tokens[j - 4 : j - 1])
    )


def owned_title(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """An owner's word at ``k`` before a title ("leur porte-parole", "su portavoz"): a person may follow in apposition."""
    return k + 1 < len(tokens) and tokens[k].low in lang.source_possessives and is_title(tokens[k + 1], lang)


def extended_attribute(tokens: list[Token], lang: LanguageData) -> bool:
    """ "von der Hamas kontrollierten Gesundheitsbehörde", "door Hamas geleide ministerie": an agent's phrase
    and a participle before the head, all one name (the corpus writes it so).

    The name opens with an agent preposition (:attr:`LanguageData.agent_preps`) and a name, then a
    lower-case word that is no grammar word right before a head (which may keep its complement: "ministerie |
    van Volksgezondheid").
    """
    if len(tokens) < 3 or tokens[0].low not in lang.agent_preps:
        return False
    head = next((h for h in range(2, len(tokens)) if _is_head(tokens[h].low, lang)), None)
    return (
        head is not None
        and tokens[head - 1].text.islower()
        and modifier(tokens[head - 1], lang)
        and any(named(t) for t in tokens[1 : head - 1])
    )


#: The longest abbreviated title or honorific before a name: "M.", "Dr.", "Maj.", "Sra.".
_ABBREVIATED_TITLE = 4


def past_abbreviated_title(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Past a short capitalised word closed by its period before a capitalised name ("M. | Holmes"), or ``k``.

    The period would otherwise end the name at the abbreviation; a name read
    before a verb never meets it, as the person's words come last there. An
    article before the title goes with it ("el Dr. Ahmed Yusuf").
    """
    at = k + 1 if k < len(tokens) and tokens[k].low in lang.determiners else k
    if at + 2 >= len(tokens):
        return k
    title, dot, name = tokens[at], tokens[at + 1], tokens[at + 2]
    if (
        title.kind is WORD
        and (title.is_capitalised or title.low == "dr")  # Dutch writes "dr." in lower case
        and len(title.text) <= _ABBREVIATED_TITLE
        and dot.text == "."
        and dot.start == title.end
        and name.kind is WORD
        and name.is_capitalised
    ):
        return at + 2
    return k


#: The endings of a German attributive adjective ("der italienischen Küstenwache", "einer örtlichen Klinik").
_INFLECTED = ("e", "en", "er", "es", "em")


def article_adjective(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> bool:
    """ "nach Angaben der | italienischen | Küstenwache": a German adjective between a name's article and its noun.

    German capitalises every noun, so an inflected lower-case word right after the article that opens the name,
    with only such words between it and a capitalised noun, describes that noun: it belongs to the name (the labels
    keep it: "örtlichen Klinik"). Bounded by ``MAX_MODIFIERS``.
    """
    if not lang.nouns_capitalised:
        return False
    # After the article the name opens with, or the one "nach Angaben der" ends with (the name starts after it).
    opened = run[0].low in lang.determiners if run else k > 0 and tokens[k - 1].low in lang.determiners
    if not opened or any(t.is_capitalised or t.kind is not WORD for t in run[1:]):
        return False  # only after the article and the adjectives read so far
    for j in range(k, min(len(tokens), k + MAX_MODIFIERS)):
        tok = tokens[j]
        if tok.kind is not WORD:
            return False
        if tok.is_capitalised:
            return j > k and tok.low not in lang.weekdays and tok.low not in lang.months
        if not (modifier(tok, lang) and tok.text.isalpha() and tok.low.endswith(_INFLECTED)):
            return False
    return False


#: Words that open a relative clause after a name: the name's clause ends before them ("des habitants de la région
#: | qui ont précisé").
_RELATIVES = frozenset({"qui", "que", "quien", "quienes", "où", "donde"})
#: How many lower-case words a complement after "of" may hold ("del | país norteafricano", "de | esta ciudad brasileña").
_MAX_COMPLEMENT = 3


def lower_complement(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> int:
    """Where a lower-case complement of a head closing its clause ends ("los bomberos de | esta ciudad brasileña |."),
    or ``k``.

    French and Spanish only (nouns before adjectives): after a head and "of" (and its article), an article or a
    demonstrative, then up to ``_MAX_COMPLEMENT`` plain lower-case words (the noun and its adjectives) that reach a
    punctuation mark, the sentence's end or a relative pronoun: the complement says whose the head is and the
    corpus writes the source with it ("autoridades del país norteafricano", "habitants de la région"). Session 18
    widened session 10's one noun ("selon la préfecture du département.") to this.
    """
    if not lang.adjective_after_noun or len(run) < 2:
        return k
    c = len(run) - 1
    if run[c].low in lang.determiners and c > 1:
        c -= 1  # "de | la région": the article already read
    if run[c].low not in lang.name_connectors or not _is_head(run[c - 1].low, lang):
        return k
    j = k
    if c == len(run) - 1 and j < len(tokens) and tokens[j].low in lang.function_words and not tokens[j].is_capitalised:
        j += 1  # "de | esta ciudad brasileña", "des | deux pays"
    start = j
    while j < len(tokens) and j - start < _MAX_COMPLEMENT and modifier(tokens[j], lang) and not named(tokens[j]):
        j += 1
    if j == start:
        return k
    if j == len(tokens) or tokens[j].kind is PUNCT or tokens[j].low in _RELATIVES or _name_stop(tokens, j, lang):
        return j
    return k


def _name_stop(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """Whether a time adverbial or a word no name goes on with stands at ``j``: the clause's name ended before it.

    Session 20 (attr21): "según reportó el gobierno talibán | este domingo", "la mairie de la ville | dans un
    communiqué", "la Secretaría de Salud Pública de la capital | este lunes" close the name as the sentence's end does.
    """
    return closes_name(tokens[j], lang) or past_time(tokens, j, lang) > j


def closing_adjectives(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """How many plain lower-case words from ``k`` (one or two: "gobierno regional | murciano") close a name, or 0.

    They close it before the clause's end, a word no name goes on with, or (session 18) a verb of saying. No
    article or "of" is an adjective ("les secours russes | de la région" keeps the head alone).
    """
    for n in (1, 2):
        words = tokens[k : k + n]
        if k + n > len(tokens) or not all(_adjective(t, lang) for t in words):
            return 0
        end = k + n
        if end == len(tokens) or tokens[end].kind is PUNCT or _name_stop(tokens, end, lang):
            return n
        if tokens[end].low in saying(lang) or tokens[end].low in _prepositions(lang) - lang.agent_preps:
            return n  # "une source médicale | à l'AFP" (session 22, attr23); "dirigé | par le Hamas" is a participle
        if phrases(lang, "saying_phrases").at(tokens, end) is not None:
            return n  # "de source sécuritaire | faisait état de": a verb of saying in more than one word
    return 0


@lru_cache(maxsize=16)
def _prepositions(lang: LanguageData) -> frozenset[str]:
    """The prepositions attribution knows ("à l'AFP", "sur Telegram", "par la police"): never an adjective."""
    return lang.outlet_preps | lang.agent_preps | lang.source_place_preps | lang.channel_preps


def _adjective(tok: Token, lang: LanguageData) -> bool:
    """A plain lower-case word that may describe a head: no article, no "of"."""
    low = tok.low
    return (
        modifier(tok, lang)
        and not tok.is_capitalised
        and low not in lang.name_connectors
        and low not in lang.determiners
        and low not in _prepositions(lang)
    )


def noun_complement(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> int:
    """Where a German complement of a head closing its clause ends ("der Bürgermeister der | kleinen Stadt |."), or
    ``k``.

    German writes the adjectives before the noun, so :func:`lower_complement` (nouns first) misses it: after a head
    and "des"/"der", one or two lower-case adjectives and one capitalised noun that reach a punctuation mark, the
    sentence's end or a verb of saying ("die Behörden des | mittelamerikanischen Landes | mitteilten"). The guide
    writes the source with its complement ("Behörden des mittelamerikanischen Landes"), as in French and Spanish.
    """
    if not lang.nouns_capitalised or len(run) < 2 or run[-1].low not in lang.name_connectors:
        return k
    if not _is_head(run[-2].low, lang):
        return k
    j = k
    while j < len(tokens) and j - k < 2 and not tokens[j].is_capitalised and _adjective(tokens[j], lang):
        j += 1
    if j == k or j >= len(tokens) or tokens[j].kind is not WORD or not tokens[j].is_capitalised:
        return k
    j += 1
    if j == len(tokens) or tokens[j].kind is PUNCT or tokens[j].low in saying(lang):
        return j
    return k
