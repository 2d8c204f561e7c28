"""Running totals by shape in French and Spanish, where adjectives follow the noun.

"la cifra oficial de fallecidos", "el número de personas desaparecidas", "le
nombre total de blessés", "le chiffre officiel des morts": a noun of number,
up to two adjectives after it, "of" (with its article), then either a metric
noun or a noun of people with its participle after it. The noun of number
heads the total whatever the adjectives say, so the phrase need not be listed.
"""

from __future__ import annotations

from casualtylog.text._mentions import _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["adverbial_word", "romance_counted_at", "romance_counted_ending", "romance_counted_group_at"]

#: How many adjectives may follow the noun of number ("la cifra oficial provisional de …").
_ADJECTIVES = 2


def _adjective(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """A plain lower-case word that is no grammar word: an adjective after the noun of number ("oficial", "total")."""
    tok = _tok(tokens, j)
    if tok is None or tok.kind is not WORD or not tok.text.isalpha() or tok.is_capitalised:
        return False
    low = tok.low
    return not (
        low in lang.function_words
        or low in lang.boundaries
        or low in lang.said_verbs
        or low in lang.determiners
        or low in lang.people_nouns
        or low in lang.metric_nouns
    )


def _counted(tokens: list[Token], end: int, lang: LanguageData) -> tuple[int, str, str | None] | None:
    """What a phrase ending at ``end`` counts: (where it starts, metric, group).

    A metric noun ("fallecidos", "víctimas mortales"), or a noun of people and
    the participle after it ("personas desaparecidas", "personnes portées disparues").
    """
    metric = phrases(lang, "metric_nouns").ending(tokens, end)
    predicate = phrases(lang, "predicates").ending(tokens, end)
    if metric is not None and not (metric[0] == 1 and predicate is not None and _people_before(tokens, end, lang)):
        return end - metric[0] + 1, str(metric[1]), None  # not "manifestants tués", where "tués" is a participle
    if predicate is None:
        return None
    noun_at = end - predicate[0]
    before = _low(tokens, noun_at)
    if predicate[0] == 1 and (before in lang.determiners or before in lang.vague_links):
        # a participle as a noun ("el número de evacuados", "la cifra de los detenidos"): the people it names
        return end, str(predicate[1]), None
    noun = _noun(tokens, noun_at, lang) if noun_at >= 0 else None
    if noun is None or noun[0] not in {"people", "group"} or noun[2] != 1:
        return None
    return noun_at, str(predicate[1]), noun[1] if noun[0] == "group" else None


def _people_before(tokens: list[Token], end: int, lang: LanguageData) -> bool:
    """Whether a one-word noun of people or of a group stands right before ``end``."""
    noun = _noun(tokens, end - 1, lang) if end >= 1 else None
    return noun is not None and noun[0] in {"people", "group"} and noun[2] == 1


def romance_counted_ending(tokens: list[Token], end: int, lang: LanguageData) -> tuple[int, str, str | None] | None:
    """A noun of number and what it counts, ending at ``end``: (its length, metric, group), or ``None``.

    Only in a language whose adjectives follow the noun
    (:attr:`LanguageData.adjective_after_noun`) and that names its nouns of
    number (:attr:`LanguageData.count_nouns`).
    """
    if not lang.adjective_after_noun or not lang.count_nouns:
        return None
    counted = _counted(tokens, end, lang)
    if counted is None:
        return None
    start, metric, group = counted
    j = start - 1
    of = None
    if _low(tokens, j) in lang.determiners:
        of = phrases(lang, "of_words").ending(tokens, j - 1)  # "de los muertos"
        j -= of is not None
    if of is None:
        # French "de" is both an article and "of": "le nombre de manifestants tués" has no article after it
        of = phrases(lang, "of_words").ending(tokens, j)
    if of is None:
        return None
    j -= of[0]
    for _ in range(_ADJECTIVES):
        if _low(tokens, j) in lang.count_nouns or not _adjective(tokens, j, lang):
            break
        j -= 1
    if _low(tokens, j) not in lang.count_nouns:
        return None
    return end - j + 1, metric, group


#: How long a counted phrase may be ("la cifra oficial provisional de víctimas mortales identificadas").
_PHRASE_REACH = 8


def romance_counted_at(tokens: list[Token], k: int, lang: LanguageData) -> tuple[int, str] | None:
    """A noun of number and what it counts starting at ``k``: (its length, metric), or ``None``.

    The longest such phrase within a few tokens ("la cifra de víctimas mortales identificadas").
    """
    if not lang.adjective_after_noun or not lang.count_nouns:
        return None
    if _low(tokens, k) in lang.vague_links and _low(tokens, k - 1) in lang.determiners:
        # the noun of number left out after the article: "y redujo a 56 la de desaparecidos"
        elided = phrases(lang, "metric_nouns").at(tokens, k + 1)
        return None if elided is None else (elided[0] + 1, str(elided[1]))
    if _low(tokens, k) not in lang.count_nouns:
        return None
    listed = _listed_past_adjectives(tokens, k, lang)
    if listed is not None:
        return listed
    best: tuple[int, str] | None = None
    for end in range(k + 2, min(len(tokens), k + _PHRASE_REACH)):
        found = romance_counted_ending(tokens, end, lang)
        if found is not None and found[0] == end - k + 1:
            best = (found[0], found[1])
    return best


def _listed_past_adjectives(tokens: list[Token], k: int, lang: LanguageData) -> tuple[int, str] | None:
    """A listed toll noun with adjectives after its noun of number ("el número total de víctimas", "la cifra
    oficial de víctimas"): the table lists "número de víctimas", and "víctimas" alone is a noun of people, not a
    metric, so the shape above cannot read it. (its length, metric), or ``None``."""
    for skip in range(1, _ADJECTIVES + 1):
        if not _adjective(tokens, k + skip, lang):
            return None
        rest = [tokens[k], *tokens[k + skip + 1 : k + skip + _PHRASE_REACH]]
        found = phrases(lang, "toll_nouns").at(rest, 0)
        if found is not None and found[0] > 1:
            return found[0] + skip, str(found[1])
    return None


def romance_counted_group_at(tokens: list[Token], k: int, lang: LanguageData) -> str | None:
    """The group of the counted phrase :func:`romance_counted_at` reads at ``k`` ("le nombre de manifestants
    tués": protesters), or ``None``."""
    found = romance_counted_at(tokens, k, lang)
    if found is None:
        return None
    counted = romance_counted_ending(tokens, k + found[0] - 1, lang)
    return None if counted is None else counted[2]


#: Relative pronouns: a clause of its own, never part of an adverbial.
_RELATIVES = frozenset({"que", "qui", "quien", "quienes", "donde", "où", "dont"})


def adverbial_word(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """A word an adverbial of time or manner may hold ("durante", "la noche", "avec succès", "a baja altura").

    Only where adjectives follow the noun (French, Spanish): a lower-case word
    that is no noun of people, no casualty word, no clause boundary, no verb
    of saying and no relative pronoun; in any language, one of its
    :attr:`LanguageData.time_adverbs`.
    """
    tok = _tok(tokens, j)
    if tok is not None and tok.low in lang.time_adverbs:
        return True  # any language's own time words ("vannacht", "'s nachts", "overnight")
    if not lang.adjective_after_noun or tok is None or tok.kind is not WORD or tok.is_capitalised:
        return False
    low = tok.low
    return not (
        low in lang.boundaries
        or low in lang.said_verbs
        or low in _RELATIVES
        or low in lang.people_nouns
        or low in lang.group_nouns
        or low in lang.metric_nouns
        or low in lang.predicates
        or low in lang.active_verbs
        or low in lang.weapon_nouns
    )
