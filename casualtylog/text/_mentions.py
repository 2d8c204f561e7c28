"""Mentions: the figure-shaped spans of a sentence ("at least 12", "10 to 15", "dozens", "3 more").

A mention is a number (with its qualifiers, a range, an increment) or a vague
quantity word; whether it counts anything is for the frames
(:mod:`casualtylog.text._frames`) to decide.
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._age_shapes import age_noun, years_old_end
from casualtylog.text._agent_nouns import agent_victim
from casualtylog.text._approx_nouns import approx_upper
from casualtylog.text._definite_appositions import apposed_to_definite
from casualtylog.text._mention import Mention as Mention
from casualtylog.text._mention import _low as _low
from casualtylog.text._mention import _shape
from casualtylog.text._mention import _tok as _tok
from casualtylog.text._one_mentions import (
    another_alone,
    another_one,
    approx_mention,
    one_at_place,
    one_in_split,
    one_of,
    one_of_them,
    qualified_one,
    singular_weapon,
    with_another,
)
from casualtylog.text._ordinal_ones import ordinal_one
from casualtylog.text._pair_counts import pair_mention
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, NUMBER, PUNCT, RANGE, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["Mention", "mentions"]

_FROM = frozenset({"from", "van"})
_BY = frozenset({"by", "met"})  # "rose by 5 to 45", "steeg met 5 tot 45": the change, then where it is, no range


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
    if q is None and _low(tokens, i - 1) in lang.object_markers and (q := qualifiers.ending(tokens, i - 2)):
        q = (q[0] + 1, q[1])  # Session 12 (fres12): the object marker after the qualifier, "mató al menos a 12"
    if q is None and _low(tokens, i - 1) in lang.others_words and (q := qualifiers.ending(tokens, i - 2)):
        q = (q[0] + 1, q[1])  # session 14 (fresh10rom): "others" after the qualifier, "al menos otras cinco"
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
    if tok.kind is RANGE:
        if tok.value is None or tok.high is None:
            return None
        figure = Figure.range(tok.value, tok.high)
    else:
        if tok.value is None:
            return None
        value = tok.value
        nxt, after = _tok(tokens, i + 1), _tok(tokens, i + 2)
        joined = nxt is not None and after is not None and after.kind is NUMBER
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


def _speaker(tokens: list[Token], j: int, lang: LanguageData, inverted: bool) -> bool:
    """Whether the noun ending before ``j`` is a speaker: a verb of saying follows it ("wounding nine others, a
    police officer said") or, ``inverted``, came before its article and the noun ends the clause ("”, confirmed a
    gendarmerie officer,"; not Dutch ", liet een vrachtwagenchauffeur het leven"). Not when a casualty predicate
    follows the verb ("a hiker reported missing") or the verb begins one ("Een man liet het leven")."""
    if inverted:
        return j >= len(tokens) or tokens[j].kind is PUNCT
    predicates = phrases(lang, "predicates")
    # Dutch "liet" says ("liet weten") and begins a predicate ("Een man liet het leven")
    return (
        _low(tokens, j) in lang.said_verbs and predicates.at(tokens, j) is None and predicates.at(tokens, j + 1) is None
    )


#: How many words (an age, an adjective) may stand between an article and its singular victim noun.
_ARTICLE_REACH = 2


def _article_mention(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "a child", "ein 78-jähriger Mann", "une femme": one victim, a count of 1 when a frame governs the noun.

    The mention ends where the noun starts (the words between are the noun's
    modifiers), so the frames read the noun as they read it after a number.
    """
    if not lang.singular_victims or tokens[i].low not in lang.ambiguous_number_words:
        return None
    # "…”, confirmed a gendarmerie officer": the speaker after an inverted verb of saying
    inverted = i >= 2 and _low(tokens, i - 1) in lang.said_verbs and tokens[i - 2].kind is PUNCT
    k = i + 1
    # "ein weiterer Mann", "ein weiterer Todesfall": one more (the metric noun may follow "another" too)
    another = _low(tokens, k) in lang.another_after_article
    # Session 13 (fresh7r2): "opnieuw een dodelijk slachtoffer", "erneut ein Toter": again one is one more
    another = another or (i > 0 and _low(tokens, i - 1) in lang.another_before_article)
    kinds = True  # every word so far names the weapon's kind ("a cruise missile", "a ballistic missile")
    for gap in range(_ARTICLE_REACH + 1):
        tok = _tok(tokens, k)
        if tok is None:
            return None
        if age_noun(tokens, k, lang) is not None:
            return with_another(qualified_one(tokens, i, k, lang), tokens, another)  # "ein 55-Jähriger"
        single = phrases(lang, "singular_victims").at(tokens, k)  # "un guardia civil": one officer
        if single is not None and _speaker(tokens, k + single[0], lang, inverted):
            return None  # "…, a police officer said": the one who speaks, not a victim
        if (
            (tok.kind is WORD and (tok.low in lang.singular_victims or tok.low in lang.body_nouns))
            or single is not None
            or (gap <= another and tok.kind is WORD and tok.low in lang.singular_metric_nouns)  # "een dode"
            or (kinds and singular_weapon(tokens, k, lang))  # "un dron fue derribado", "a cruise missile"
        ):
            return with_another(qualified_one(tokens, i, k, lang), tokens, another)
        if (agent := agent_victim(tokens, k, lang)) is not None:  # "a motorcyclist was killed": a role no list holds
            m = with_another(qualified_one(tokens, i, k, lang), tokens, another)
            m.end, m.named, m.antecedent = k + 1, True, agent[0] or ""
            return m
        aged = years_old_end(tokens, k, lang)  # "eine 72 Jahre alte Frau": the age is one modifier
        if aged is not None:
            k = aged
            continue
        if tok.kind not in (WORD, NONCOUNT) or tok.low in lang.function_words:
            return None
        kinds = kinds and tok.low in lang.weapon_adjectives
        k += 1
    return None


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
        elif tok.kind is WORD:
            single = (
                approx_mention(tokens, i, lang)
                or (None if apposed_to_definite(tokens, i, lang) else _article_mention(tokens, i, lang))
                or one_of_them(tokens, i, lang)
                or one_of(tokens, i, lang)
                or one_at_place(tokens, i, lang)
                or one_in_split(tokens, i, lang)
                or another_one(tokens, i, lang)
                or another_alone(tokens, i, lang)
                or pair_mention(tokens, i, lang)
                or ordinal_one(tokens, i, lang)  # Session 14 (fresh8en): "the third death", "another death"
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
