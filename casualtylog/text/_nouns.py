"""The nouns after a figure (people, groups, bodies, weapons) and the verbs that launch or intercept weapons."""

from __future__ import annotations

from casualtylog.text._mentions import _low, _tok
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Kind, Token
from casualtylog.text.lang import LanguageData


def _noun(tokens: list[Token], k: int, lang: LanguageData) -> tuple[str, str | None, int, str | None] | None:
    """The noun at ``k``: (kind, group, length, verb metric) with kind people/group/body/weapon.

    A weapon noun may follow up to three adjectives ("cruise", "afgevuurde").
    """
    hit = phrases(lang, "group_nouns").at(tokens, k)
    if hit is not None:
        return "group", str(hit[1]), hit[0], None
    low = _low(tokens, k)
    if low in lang.people_nouns:
        return "people", None, 1, None
    if low in lang.body_nouns:
        return "body", None, 1, None
    # One capitalised adjective before people ("12 Ukrainian civilians").
    tok = _tok(tokens, k)
    if tok is not None and tok.kind is Kind.WORD and tok.is_capitalised:
        inner = _noun(tokens, k + 1, lang)
        if inner is not None and inner[0] in {"people", "group"}:
            return inner[0], inner[1], inner[2] + 1, None
    j, verb = k, None
    weapon = phrases(lang, "weapon_nouns")
    while j < k + 4:
        hit = weapon.at(tokens, j)
        if hit is not None:
            return "weapon", str(hit[1]), j - k + hit[0], verb
        low = _low(tokens, j)
        tok = _tok(tokens, j)
        if low in lang.launch_verbs and low not in {"with", "met"}:
            verb = "launched"
        elif low in lang.intercept_verbs:
            verb = "intercepted"
        elif not (low in lang.weapon_adjectives or (tok is not None and tok.kind is Kind.WORD and tok.is_capitalised)):
            return None
        j += 1
    return None


def _weapon_verb(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
    """A launch or intercept verb ending at ``j``: (its length, the metric)."""
    hit = phrases(lang, "intercept_verbs").ending(tokens, j)
    if hit is not None:
        return hit[0], "intercepted"
    hit = phrases(lang, "launch_verbs").ending(tokens, j)
    if hit is not None:
        return hit[0], "launched"
    return None


def _weapon_verb_at(tokens: list[Token], k: int, lang: LanguageData) -> str | None:
    hit = phrases(lang, "intercept_verbs").at(tokens, k)
    if hit is not None:
        return "intercepted"
    hit = phrases(lang, "launch_verbs").at(tokens, k)
    if hit is not None and _low(tokens, k) not in {"with", "met"}:
        return "launched"
    return None
