"""Words before a weapon noun that no list holds: "six explosive drones", "two Kh-59/69 guided air missiles".

Session 13 (``fresh7a``): fresh wire copy names weapons with adjectives and model designations that no
list can keep up with. Where a language sets ``open_weapon_modifiers`` (English), a weapon noun may
follow such words, as it follows the listed ``weapon_adjectives``: a plain lower-case word that no field
of the language reserves (so a verb, a preposition, a noun of people or a metric noun still ends the
phrase: "fired two commanders over drones" counts no drones), or a designation mixing letters and
digits ("Kh-59", "S-300"), which is never a count itself.
"""

from __future__ import annotations

from casualtylog.text._mention import _tok
from casualtylog.text._tokens import NONCOUNT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["model_after_noun", "modifies_a_noun", "open_weapon_modifier", "others_before_weapon"]

#: The kinds of token a model's name may be: a word, or a token the number reader reads as no count.
_NAME_KINDS = (WORD, NONCOUNT)


def _designation(tok: Token) -> bool:
    """ "Kh-59/69", "S-300", "Tu-22M3": letters and digits joined by a hyphen, a model's name."""
    text = tok.text
    return (
        "-" in text
        and any(c.isdigit() for c in text)
        and text[0].isalpha()
        and all(c.isalnum() or c in "-/" for c in text)
    )


def open_weapon_modifier(tok: Token | None, lang: LanguageData, closed: frozenset[str]) -> bool:
    """Whether ``tok`` may stand before a weapon noun as an unlisted adjective or model name.

    ``closed`` holds the words the language reserves for its grammar (``_nouns._closed_words``).
    """
    if not lang.open_weapon_modifiers or tok is None:
        return False
    if tok.kind in _NAME_KINDS and _designation(tok):
        return True
    if tok.kind is not WORD or tok.is_capitalised or not tok.text.replace("-", "").isalpha():
        return False
    low = tok.low
    return not (
        (low in closed and low not in lang.source_heads)  # a source's word may name a kind ("air", "navy")
        or low in lang.people_nouns
        or low in lang.group_nouns
        or low in lang.singular_victims
        or low in lang.thing_nouns
        or (low.endswith("ing") and "-" not in low)  # "warning shots": a participle heads its own phrase
    )


#: Nouns a singular weapon noun commonly modifies, beside plurals and the listed ``weapon_adjectives``
#: ("a drone attack", "a missile strike" are listed; "rocket fire", "a drone factory" are these).
_COMPOUND_HEADS = frozenset(
    {"fire", "launcher", "factory", "debris", "salvo", "barrage", "alert", "warning", "programme", "program", "unit"}
)


def modifies_a_noun(tokens: list[Token], end: int, lang: LanguageData, closed: frozenset[str]) -> bool:
    """Whether a singular weapon noun ending before ``end`` modifies the noun at ``end`` ("five drone launchers",
    "a rocket attack", "rocket fire"): the phrase names that noun, no weapon.

    English puts a noun's modifiers before it, so a weapon noun in the singular followed by a plural noun, a
    listed kind ("attack", "strike") or a common head is a modifier. A verb, a preposition or a time word
    after it ("a drone fired from", "a rocket overnight") leaves it the weapon. Only where
    ``open_weapon_modifiers`` is set; elsewhere compounds are one word or follow the noun.
    """
    tok = _tok(tokens, end)
    if not lang.open_weapon_modifiers or tok is None or tok.kind is not WORD or tok.is_capitalised:
        return False
    low = tok.low
    if low in lang.weapon_adjectives or low in _COMPOUND_HEADS:
        return low != "all"  # "all" is listed as a weapon's word before it, never after
    weapon = _tok(tokens, end - 1)
    return (
        low.isalpha()
        and len(low) >= 4
        and low.endswith(lang.plural_endings)
        and low not in closed
        and not low.endswith("ss")
        and weapon is not None
        and not weapon.low.endswith(lang.plural_endings)
    )


def model_after_noun(tok: Token, lang: LanguageData) -> bool:
    """Session 14 (fresh10rom): a model's name after a weapon noun where adjectives follow the noun ("un missile
    Kh-59", "trois missiles S-300", "cuatro misiles balísticos Iskander-M"): a designation (never a count), or a
    capitalised hyphenated name whose first part is a listed weapon noun or model ("Iskander-M")."""
    if not lang.adjective_after_noun or tok.kind not in _NAME_KINDS:
        return False
    if _designation(tok):
        return True
    head, dash, _ = tok.low.partition("-")
    listed = head in lang.weapon_nouns or (len(head) >= 4 and head in lang.weapon_adjectives)
    return bool(dash) and tok.is_capitalised and listed


def others_before_weapon(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Session 14 (fresh10rom): 1 when "others" stands at ``k`` between a number and a weapon noun ("la Russie
    avait lancé cinq autres missiles", fr-17218b5f-4; "otros dos misiles"), which would else read as a noun of
    people ("cinq autres" hurt); 0 otherwise."""
    tok, nxt = _tok(tokens, k), _tok(tokens, k + 1)
    if tok is None or nxt is None or tok.low not in lang.others_words:
        return 0
    return int(nxt.low in lang.weapon_nouns)
