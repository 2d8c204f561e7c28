"""Mentions: the figure-shaped spans of a sentence ("at least 12", "10 to 15", "dozens", "3 more").

A mention is a number (with its qualifiers, a range, an increment) or a vague
quantity word; whether it counts anything is for the frames
(:mod:`casualtylog.text._frames`) to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from casualtylog.errors import FigureError
from casualtylog.figures import Figure
from casualtylog.text._age_shapes import age_noun, years_old_end
from casualtylog.text._agent_nouns import agent_victim
from casualtylog.text._approx_nouns import approx_upper, approx_value
from casualtylog.text._one_of import antecedent_at, one_alone, one_of_end
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData

__all__ = ["Mention", "mentions"]

_FROM = frozenset({"from", "van"})
_BY = frozenset({"by", "met"})  # "rose by 5 to 45", "steeg met 5 tot 45": the change, then where it is, no range


@dataclass
class Mention:
    """A figure in the text: token range (qualifiers included), figure, kind."""

    start: int
    end: int
    figure: Figure
    kind: str  # "number", "vague" or "zero"
    increment: bool = False
    weak_increment: bool = False
    in_words: bool = False
    article: bool = False  # "a child": one victim named by an indefinite article
    # "Ein Feuerwehrmann starb, ein weiterer wird vermisst": the group of the victim an elided "another" repeats
    # ("" for a victim with no group), None for any other mention
    antecedent: str | None = None
    # "uno de sus soldados": the mention took its noun in (the frames then see none after it)
    named: bool = False


def _tok(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _low(tokens: list[Token], i: int) -> str:
    # Inlined (no _tok, no is_number property): the frames call this ~10 times per token.
    if not 0 <= i < len(tokens):
        return ""
    tok = tokens[i]
    return "" if tok.kind is Kind.NUMBER or tok.kind is Kind.RANGE else tok.low


# -- mentions -------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _shape(kind: str, value: int) -> Figure | None:
    # Figures are frozen: a claim-dense text ("5 dead" × 14,000) validates each distinct figure once.
    try:
        if kind == "at_least":
            return Figure.at_least(value)
        if kind == "more_than":
            return Figure.more_than(value) if value >= 1 else None
        if kind == "at_most":
            return Figure.at_most(value)
        if kind == "fewer_than":
            return Figure.fewer_than(value) if value >= 1 else None
        if kind == "about":
            return Figure.about(value)
        return Figure.exact(value)
    except FigureError:
        return None


def _after_exceed(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A verb of exceeding before the number at ``i``, with an article or an adverb between: "more than"."""
    j = i - 1
    if _low(tokens, j) in lang.determiners:
        j -= 1
    if _low(tokens, j) in lang.update_cues:
        j -= 1
    return _low(tokens, j) in lang.exceed_verbs


def _number_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    tok = tokens[i]
    start, end = i, i + 1
    qualifiers = phrases(lang, "qualifiers")
    q = qualifiers.ending(tokens, i - 1)
    cue = phrases(lang, "toll_cues").ending(tokens, i - 1)
    if q is not None and cue is not None and cue[0] >= 2 and cue[0] >= q[0]:
        q = None  # "opgelopen tot 12" is a running total, not "up to 12"
    if q is not None and q[0] == 1 and i > 2 and tokens[i - 2].is_number and _low(tokens, i - 3) in _BY:
        q = None  # "steeg met 5 tot 45": where the change ends, not "up to 45"
    qualifier = str(q[1]) if q else "exact"
    if q:
        start = i - q[0]
    elif _after_exceed(tokens, i, lang):
        qualifier = "more_than"  # "superan los 19.400", "dépasse désormais les 11.200 morts"
    figure: Figure | None
    if tok.kind is Kind.RANGE:
        if tok.value is None or tok.high is None:
            return None
        figure = Figure.range(tok.value, tok.high)
    else:
        if tok.value is None:
            return None
        value = tok.value
        nxt, after = _tok(tokens, i + 1), _tok(tokens, i + 2)
        joined = nxt is not None and after is not None and after.kind is Kind.NUMBER
        joined = joined and after is not None and after.value is not None and after.value > value
        upper = approx_upper(tokens, i, lang) if qualifier == "between" else None
        if upper is not None and upper[0] > value:
            figure, end = Figure.range(value, upper[0]), upper[1]  # "entre 500 et un millier de morts"
        elif qualifier == "between":
            if not (joined and nxt is not None and nxt.low in lang.between_joiners) or after is None or not after.value:
                return None
            figure = Figure.range(value, after.value)
            end = i + 3
        elif (
            joined
            and nxt is not None
            and nxt.low in lang.range_joiners
            and _low(tokens, start - 1) not in _FROM | _BY
            and (nxt.text not in "-–—" or (nxt.start == tok.end or nxt.end + 1 == tokens[i + 2].start))
        ):
            if after is None or after.value is None:
                return None
            figure = Figure.range(value, after.value)
            end = i + 3
        else:
            suffix = phrases(lang, "suffix_qualifiers").at(tokens, end)
            if qualifier == "exact" and suffix is not None:
                first = tokens[end]
                if first.text != "+" or first.start == tok.end:
                    qualifier = str(suffix[1])
                    end += suffix[0]
            figure = _shape(qualifier, value)
    if figure is None:
        return None
    mention = Mention(start, end, figure, "number", in_words=tok.in_words)
    inc = phrases(lang, "increment_before").ending(tokens, start - 1)
    weak = phrases(lang, "weak_increment_before").ending(tokens, start - 1)
    if inc is not None or weak is not None:
        length = inc[0] if inc is not None else weak[0]  # type: ignore[index]
        mention.increment, mention.weak_increment = True, inc is None
        mention.start = start - length
    elif _low(tokens, end) in lang.increment_after and _low(tokens, end + 1) not in {"than", "dan"}:
        mention.increment = True
        mention.end = end + 1
    return mention


#: How many words (an age, an adjective) may stand between an article and its singular victim noun.
_ARTICLE_REACH = 2


def _article_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "a child", "ein 78-jähriger Mann", "une femme": one victim, a count of 1 when a frame governs the noun.

    The mention ends where the noun starts (the words between are the noun's
    modifiers), so the frames read the noun as they read it after a number.
    """
    if not lang.singular_victims or tokens[i].low not in lang.ambiguous_number_words:
        return None
    k = i + 1
    # "ein weiterer Mann", "ein weiterer Todesfall": one more (the metric noun may follow "another" too)
    another = _low(tokens, k) in lang.another_after_article
    kinds = True  # every word so far names the weapon's kind ("a cruise missile", "a ballistic missile")
    for gap in range(_ARTICLE_REACH + 1):
        tok = _tok(tokens, k)
        if tok is None:
            return None
        if age_noun(tokens, k, lang) is not None:
            return _another(_qualified_one(tokens, i, k, lang), tokens, another)  # "ein 55-Jähriger"
        if (
            (tok.kind is Kind.WORD and (tok.low in lang.singular_victims or tok.low in lang.body_nouns))
            or phrases(lang, "singular_victims").at(tokens, k) is not None  # "un guardia civil": one officer
            or (gap <= another and tok.kind is Kind.WORD and tok.low in lang.singular_metric_nouns)  # "een dode"
            or (kinds and _singular_weapon(tokens, k, lang))  # "un dron fue derribado", "a cruise missile"
        ):
            return _another(_qualified_one(tokens, i, k, lang), tokens, another)
        if (agent := agent_victim(tokens, k, lang)) is not None:  # "a motorcyclist was killed": a role no list holds
            m = _another(_qualified_one(tokens, i, k, lang), tokens, another)
            m.end, m.named, m.antecedent = k + 1, True, agent[0] or ""
            return m
        aged = years_old_end(tokens, k, lang)  # "eine 72 Jahre alte Frau": the age is one modifier
        if aged is not None:
            k = aged
            continue
        if tok.kind not in {Kind.WORD, Kind.NONCOUNT} or tok.low in lang.function_words:
            return None
        kinds = kinds and tok.low in lang.weapon_adjectives
        k += 1
    return None


def _another(m: Mention, tokens: list[Token], another: bool) -> Mention:
    """One victim named with "another": +1, unless a count before it in the sentence is what it splits."""
    if another and not any(t.is_number for t in tokens[max(0, m.start - _ANOTHER_REACH) : m.start]):
        m.increment = True
    return m


def _singular_weapon(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A weapon noun in the singular at ``k`` ("dron", "drone", "vehículo aéreo no tripulado")."""
    hit = phrases(lang, "weapon_nouns").at(tokens, k)
    return hit is not None and not tokens[k + hit[0] - 1].low.endswith(lang.plural_endings)


def _qualified_one(tokens: list[Token], i: int, k: int, lang: LanguageData) -> Mention:
    """One victim by an article, with a qualifier before it if any ("mindestens eine Person", "zeker een persoon")."""
    q = phrases(lang, "qualifiers").ending(tokens, i - 1)
    figure = _shape(str(q[1]), 1) if q is not None and str(q[1]) in {"at_least", "more_than", "about"} else None
    if q is None or figure is None:
        return Mention(i, k, Figure.exact(1), "number", article=True)
    return Mention(i - q[0], k, figure, "number", article=True)


def _one_of_them(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "eine von ihnen", "einer davon", "een van hen": the article word as the number one of a part.

    Alone "eine" is no number (it is an article); before "of them" it can only
    count one of the people counted before, in an aside after a comma.
    """
    if (
        tokens[i].low not in lang.ambiguous_number_words
        or _low(tokens, i - 1) != ","
        or phrases(lang, "of_them").at(tokens, i + 1) is None
    ):
        return None
    return Mention(i, i + 1, Figure.exact(1), "number")


def _approx_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "une dizaine (de)", "plus d'une centaine", "een 340-tal": about N (or the qualifier before the article)."""
    if not lang.approx_nouns:
        return None
    low = tokens[i].low
    if low in lang.ambiguous_number_words:
        half = _low(tokens, i + 1) in lang.half_words  # "ein halbes Dutzend": about 6
        noun = i + 1 + half
    elif low in lang.half_words:
        half, noun = True, i + 1  # "medio centenar de heridos": about 50
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


def _another_one(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "otro trabajador muerto", "otro fallecido": one more victim, added to a count said before (+1)."""
    if tokens[i].low not in lang.another_words:
        return None
    nxt = _tok(tokens, i + 1)
    if nxt is None or nxt.kind is not Kind.WORD:
        return None
    if nxt.low not in lang.singular_victims and nxt.low not in lang.singular_metric_nouns:
        return None
    # After another count in the sentence it splits that count ("dos personas … y otra persona murió"): 1, not +1.
    split = any(t.is_number for t in tokens[max(0, i - _ANOTHER_REACH) : i])
    return Mention(i, i + 1, Figure.exact(1), "number", increment=not split, article=True)


def _another_alone(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
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


def _one_at_place(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "…, deux à Villegailhenc, une à Villardonnel et une à Carcassonne": "one" in a per-place split."""
    if (
        not lang.place_preps
        or tokens[i].low not in lang.ambiguous_number_words
        or (_low(tokens, i - 1) != "," and _low(tokens, i - 1) not in lang.coordinators)
        or _low(tokens, i + 1) not in lang.place_preps
    ):
        return None
    place = _tok(tokens, i + 2)
    return Mention(i, i + 1, Figure.exact(1), "number") if place is not None and place.is_capitalised else None


#: Words before "one" that put it in a split of a count said before it (as a number would stand there).
_SPLIT_JOINERS = frozenset({",", "and", "en", "et", "und", "y"})


def _one_in_split(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
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
    if nxt in lang.severity_words or one_alone(tokens, i, lang):  # "…, et un est toujours porté disparu"
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


def _one_of(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "uno de los rescatados", "l'un des blessés": one victim, with a qualifier before it if any."""
    end = one_of_end(tokens, i, lang)
    if end is None:
        return None
    m = _qualified_one(tokens, i, end, lang)
    if end > i + 1:
        # the mention ends after its noun ("uno de sus soldados"): the frames see no noun, so it carries its group
        m.antecedent = lang.group_nouns.get(tokens[end - 1].low)
        m.named = True
    return m


def mentions(tokens: list[Token], lang: LanguageData) -> list[Mention]:
    """Every figure-shaped span in a sentence, left to right, not overlapping."""
    out: list[Mention] = []
    vague = phrases(lang, "vague_words")
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.is_number:
            m = _number_mention(tokens, i, lang)
            if m is not None:
                if out and m.start < out[-1].end:
                    m.start = out[-1].end
                out.append(m)
                i = max(m.end, i + 1)
                continue
        elif tok.kind is Kind.WORD:
            single = (
                _approx_mention(tokens, i, lang)
                or _article_mention(tokens, i, lang)
                or _one_of_them(tokens, i, lang)
                or _one_of(tokens, i, lang)
                or _one_at_place(tokens, i, lang)
                or _one_in_split(tokens, i, lang)
                or _another_one(tokens, i, lang)
                or _another_alone(tokens, i, lang)
            )
            if single is not None:
                out.append(single)
                i = single.end
                continue
            hit = vague.at(tokens, i)
            if hit is not None and not (_tok(tokens, i + hit[0]) and tokens[i + hit[0]].is_number):
                length, key = hit
                out.append(Mention(i, i + length, Figure.vague(str(key)), "vague"))
                i += length
                continue
        i += 1
    return out
