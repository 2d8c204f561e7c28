"""One of a group: "uno de los rescatados falleció", "l'un des blessés est décédé", "une de ses ressortissantes".

"One of the" before a plural noun of people counts one victim when a
casualty predicate follows, like an indefinite article before a singular
noun ("un soldado murió"). The word for "one" is also the article, so it is
read as a number only in this shape.
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NUMBER, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["ONE_COPULAS", "antecedent_at", "one_alone", "one_of_end"]

#: A singular copula before "one of N …" names one of a count told by N ("He was one of 12 people killed", "Hij
#: was een van de 12 doden"): N is the count, the one no count of its own.
ONE_COPULAS = frozenset({"was", "is"})


def _plural_person(tok: Token | None, lang: LanguageData) -> bool:
    """A plural noun that may name people: listed, or shaped like a plural ("supervivientes", "rescatados")."""
    if tok is None or tok.kind is not WORD or not tok.text.isalpha() or len(tok.text) < 4:
        return False
    low = tok.low
    if low in lang.people_nouns or low in lang.group_nouns or low in lang.metric_nouns or low in lang.predicates:
        return True  # "los rescatados", "des blessés": a participle as a noun of people
    return (
        low.endswith(lang.plural_endings)
        and low not in lang.function_words
        and low not in lang.weapon_nouns
        and low not in lang.body_nouns
        and low not in lang.non_count_after
    )


def _verb_after_whole(tok: Token, lang: LanguageData) -> bool:
    """A word after "one of the three" that starts its predicate: no noun of a thing or a weapon."""
    low = tok.low
    return (
        low not in lang.weapon_nouns
        and low not in lang.body_nouns
        and low not in lang.non_count_after
        and low not in lang.thing_nouns
        and (low in lang.function_words or not low.endswith(lang.plural_endings) or low in lang.auxiliaries)
    )


def one_of_end(tokens: list[Token], i: int, lang: LanguageData) -> int | None:
    """Where the count of "one of the <people>" at ``i`` ends, or ``None`` for another shape.

    A listed noun with only an article before it is left to the partitive of
    the subject frame, which keeps its group ("una de las mujeres" → women); a
    possessive ("de sus compañeros") or an unlisted noun ends the mention after
    the noun, so the predicate follows it directly.
    """
    if not lang.possessives or tokens[i].low not in lang.ambiguous_number_words:
        return None
    if phrases(lang, "of_them").at(tokens, i + 1) is not None:
        return None  # "uno de ellos": a part of a count before, for the part frames
    of = phrases(lang, "of_words").at(tokens, i + 1)
    if of is None:
        return None
    k = i + 1 + of[0]
    owned = k < len(tokens) and tokens[k].low in lang.possessives
    if owned or (k < len(tokens) and tokens[k].low in lang.determiners):
        k += 1
    elif of[0] == 1 and tokens[i + 1].low in lang.vague_links:
        return None  # a bare "of" with no article: "uno de cada tres"
    # "een van de drie kinderen": the number is the whole the one is taken from, no count of the predicate's;
    # the mention takes it in with its noun, as it takes a possessive's.
    whole = k + 1 < len(tokens) and tokens[k].is_number and k > i + 1
    if whole and i > 0 and tokens[i - 1].low in ONE_COPULAS:
        return None  # "Hij was een van de 12 doden": one victim named, the count is the whole's own
    if whole:
        k += 1
        owned = True
    noun = tokens[k] if k < len(tokens) else None
    if not _plural_person(noun, lang):
        # "One of the three was injured", "Een van de drie raakte gewond": the whole with no noun, a verb
        # after it; the one is the count, its whole taken in (it gave 3 injured).
        if whole and noun is not None and noun.kind is WORD and _verb_after_whole(noun, lang):
            return k
        return None
    listed = noun is not None and (noun.low in lang.people_nouns or noun.low in lang.group_nouns)
    return i + 1 if listed and not owned else k + 1


def antecedent_at(tokens: list[Token], j: int, lang: LanguageData) -> str | None:
    """The kind of victim at ``j`` an elided "another" after it is one more of ("" for people with no group).

    One victim named by an article ("un policía murió y otro resultó herido"), or a count of people or of a
    group ("dos trabajadores murieron y otro resultó herido": one more worker); else ``None``.
    """
    low, before = tokens[j].low, tokens[j - 1] if j > 0 else None
    if before is not None and before.low in lang.ambiguous_number_words and low in lang.singular_victims:
        return lang.singular_victims[low]
    counted = before is not None and before.is_number and (before.value or 0) > 1  # a plural count, not "one person"
    if counted and (low in lang.group_nouns or low in lang.people_nouns):
        return str(lang.group_nouns.get(low, ""))
    return None


#: How many gap words (auxiliaries, "toujours", "noch") may stand between "one" alone and its predicate.
_ONE_GAP = 3


def one_alone(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """ "cinq ont été blessés et un est toujours porté disparu", "y una resultó herida", "einer wurde verletzt":
    "one" as a pronoun of the victims after counts of them, right before its own predicate (an auxiliary and
    adverbs between). A number must stand earlier in the sentence: alone "une a été blessée" names no one."""
    if not any(t.kind is NUMBER for t in tokens[:i]):
        return False
    k, gaps = i + 1, 0
    while gaps < _ONE_GAP and k < len(tokens) and tokens[k].low in lang.gap_words:
        k, gaps = k + 1, gaps + 1
    return phrases(lang, "predicates").at(tokens, k) is not None
