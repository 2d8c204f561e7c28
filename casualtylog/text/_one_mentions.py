"""Mentions of one victim named by a word, not a digit: "uno de los rescatados", "eine von ihnen", "otro
fallecido", "…, une à Carcassonne", "ein weiterer wird vermisst", and approximate nouns ("une dizaine").

Alone the article word is no number; each reader here takes it as one only in
the shape that makes it a count. Split from :mod:`casualtylog.text._mentions`
(session 11), which tries them in order.
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._approx_nouns import approx_value
from casualtylog.text._mention import Mention, _low, _shape, _tok
from casualtylog.text._one_of import antecedent_at, one_alone, one_of_end
from casualtylog.text._phrases import phrases
from casualtylog.text._tally_lists import past_intensifier
from casualtylog.text._tokens import WORD, Token
from casualtylog.text._weapon_modifiers import modifies_a_noun
from casualtylog.text.lang import LanguageData

__all__ = [
    "another_alone",
    "another_one",
    "approx_mention",
    "one_at_place",
    "one_in_split",
    "one_of",
    "one_of_them",
    "qualified_one",
    "singular_weapon",
    "with_another",
]


def with_another(m: Mention, tokens: list[Token], another: bool) -> Mention:
    """One victim named with "another": +1, unless a count before it in the sentence is what it splits."""
    if another and not any(t.is_number for t in tokens[max(0, m.start - _ANOTHER_REACH) : m.start]):
        m.increment = True
    return m


def singular_weapon(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A weapon noun in the singular at ``k`` ("dron", "drone", "vehículo aéreo no tripulado")."""
    hit = phrases(lang, "weapon_nouns").at(tokens, k)
    if hit is None or tokens[k + hit[0] - 1].low.endswith(lang.plural_endings):
        return False
    from casualtylog.text._nouns import _closed_words  # noqa: PLC0415 - _nouns reads mentions, which read this

    return not modifies_a_noun(tokens, k + hit[0], lang, _closed_words(lang))  # "a rocket attack" (session 13)


def qualified_one(tokens: list[Token], i: int, k: int, lang: LanguageData) -> Mention:
    """One victim by an article, with a qualifier before it if any ("mindestens eine Person", "zeker een persoon")."""
    q = phrases(lang, "qualifiers").ending(tokens, i - 1)
    figure = _shape(str(q[1]), 1) if q is not None and str(q[1]) in {"at_least", "more_than", "about"} else None
    if q is None or figure is None:
        return Mention(i, k, Figure.exact(1), "number", article=True)
    return Mention(i - q[0], k, figure, "number", article=True)


def one_of_them(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "eine von ihnen", "einer davon", "een van hen": the article word as the number one of a part.

    Alone "eine" is no number (it is an article); before "of them" it can only
    count one of the people counted before, in an aside after a comma.
    """
    if tokens[i].low not in lang.ambiguous_number_words or phrases(lang, "of_them").at(tokens, i + 1) is None:
        return None
    if _low(tokens, i - 1) == ",":
        return Mention(i, i + 1, Figure.exact(1), "number")
    # a qualifier between the comma and the word ("…, mindestens einer von ihnen schwer"): at least one of them
    q = phrases(lang, "qualifiers").ending(tokens, i - 1)
    if q is None or _low(tokens, i - 1 - q[0]) != "," or str(q[1]) not in {"at_least", "more_than", "about"}:
        return None
    figure = _shape(str(q[1]), 1)
    return Mention(i - q[0], i + 1, figure, "number") if figure is not None else None


def approx_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "une dizaine (de)", "plus d'une centaine", "een 340-tal": about N (or the qualifier before the article)."""
    if not lang.approx_nouns:
        return None
    low = tokens[i].low
    if low in lang.ambiguous_number_words:
        half = _low(tokens, i + 1) in lang.half_words  # "ein halbes Dutzend": about 6
        noun = i + 1 + half
    elif low in lang.half_words:
        # "medio centenar de heridos": about 50; "half a dozen": the article between
        half, noun = True, i + 1 + (_low(tokens, i + 1) in lang.ambiguous_number_words)
    else:
        return None
    value = approx_value(_tok(tokens, noun), lang)
    if value is None:
        return None
    q = phrases(lang, "qualifiers").ending(tokens, i - 1)
    start = i - q[0] if q is not None else i
    figure = _shape(str(q[1]) if q is not None else "about", value // 2 if half else value)
    if figure is None:
        return None
    return Mention(start, noun + 1, figure, "vague")


#: How far back a count makes "another" a part of it rather than one more.
_ANOTHER_REACH = 40


def another_one(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "otro trabajador muerto", "otro fallecido": one more victim, added to a count said before (+1)."""
    if tokens[i].low not in lang.another_words:
        return None
    nxt = _tok(tokens, i + 1)
    if nxt is None or nxt.kind is not WORD:
        return None
    if nxt.low not in lang.singular_victims and nxt.low not in lang.singular_metric_nouns:
        return None
    # After another count in the sentence it splits that count ("dos personas … y otra persona murió"): 1, not +1.
    split = any(t.is_number for t in tokens[max(0, i - _ANOTHER_REACH) : i])
    return Mention(i, i + 1, Figure.exact(1), "number", increment=not split, article=True)


def another_alone(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "ein weiterer wird vermisst", "un autre a été blessé", "otro resultó herido": "another" with its noun
    elided, right before its predicate, after one victim named by an article earlier in the sentence.

    It is one more of that victim's kind (its group), counted for its own
    predicate: 1, not +1 (the sentence counts both).
    """
    if tokens[i].low in lang.ambiguous_number_words:
        nxt = _low(tokens, i + 1)
        if nxt not in lang.another_after_article and nxt not in lang.another_words:
            return None
        end = i + 2
    elif tokens[i].low in lang.another_words and _low(tokens, i - 1) not in lang.ambiguous_number_words:
        end = i + 1
    else:
        return None
    if _low(tokens, end) not in lang.gap_words and phrases(lang, "predicates").at(tokens, end) is None:
        return None  # a noun follows ("ein weiterer Mann"), or no predicate: the article frames' or nobody's
    for j in range(i - 1, max(0, i - _ANOTHER_REACH), -1):
        single = antecedent_at(tokens, j, lang)  # "un policía …" or "dos trabajadores murieron y otro …"
        if single is not None:
            return Mention(i, end, Figure.exact(1), "number", article=True, antecedent=single)
    return None


def one_at_place(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "…, deux à Villegailhenc, une à Villardonnel et une à Carcassonne": "one" in a per-place split.

    Session 12 (rec12): the prepositions that open a parallel place count too ("sechs in Hama und einer in
    Idlib", "zes in Hama en een in Idlib"), so the split reads in every language that lists them.
    """
    if (
        tokens[i].low not in lang.ambiguous_number_words
        or (_low(tokens, i - 1) not in _SPLIT_JOINERS and _low(tokens, i - 1) not in lang.coordinators)
        or (_low(tokens, i + 1) not in lang.place_preps and _low(tokens, i + 1) not in lang.parallel_place_preps)
    ):
        return None
    place = _tok(tokens, i + 2)
    return Mention(i, i + 1, Figure.exact(1), "number") if place is not None and place.is_capitalised else None


#: Words before "one" that put it in a split of a count said before it (as a number would stand there).
_SPLIT_JOINERS = frozenset({",", "and", "en", "et", "und", "y"})


def one_in_split(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "…, neun mittelschwer und einer schwer", "dont une grièvement", "y una más en Andalucía": "one" where
    a number of a split would stand, before a degree of injury or before "more" and a named place.

    Alone the article word is no number; the part and parallel frames still
    decide whether a count before it is split, as they do for "deux grièvement".
    """
    if not lang.severity_words or tokens[i].low not in lang.ambiguous_number_words:
        return None
    before = _low(tokens, i - 1)
    if (
        before not in _SPLIT_JOINERS
        and before not in lang.coordinators
        and phrases(lang, "group_cues").ending(tokens, i - 1) is None
    ):
        return None
    nxt = _low(tokens, i + 1)
    # an adverb of degree before how badly ("dont un très grièvement"), as a number's part reads it
    degree = _low(tokens, past_intensifier(tokens, i + 1, lang))
    if degree in lang.severity_words or one_alone(tokens, i, lang):  # "…, et un est toujours porté disparu"
        return Mention(i, i + 1, Figure.exact(1), "number")
    place = _tok(tokens, i + 3)
    if (
        nxt in lang.increment_after
        and _low(tokens, i + 2) in lang.place_preps | lang.parallel_place_preps
        and place is not None
        and place.is_capitalised
    ):
        return Mention(i, i + 2, Figure.exact(1), "number", increment=True)
    return None


def one_of(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "uno de los rescatados", "l'un des blessés": one victim, with a qualifier before it if any."""
    end = one_of_end(tokens, i, lang)
    if end is None:
        return None
    m = qualified_one(tokens, i, end, lang)
    if end > i + 1:
        # the mention ends after its noun ("uno de sus soldados"): the frames see no noun, so it carries its group
        m.antecedent = lang.group_nouns.get(tokens[end - 1].low)
        m.named = True
    return m
