"""Modifiers before a metric noun that opens the sentence as its own toll (session 14, ``fresh9en``).

"Cumulative confirmed deaths have jumped to 17, according to the statement" (en-950a82c0-3): the toll is the metric
noun at the sentence's start, as "Deaths now stand at 2,145" is (casualtylog.text._toll_shapes.opening_metric),
with up to two words that describe it before it: plain adjectives or participles ("cumulative", "confirmed",
"recorded"), after an article at most; no number, noun of people, grammar word or clause boundary.
"""

from __future__ import annotations

from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["described_opening", "describing_word"]

#: How many describing words may stand before the opening metric noun.
_MODIFIERS = 2


def described_opening(tokens: list[Token], start: int, lang: LanguageData) -> bool:
    """Whether ``tokens[:start]`` is an optional article and up to two words describing the metric noun at ``start``.

    Only where modifiers come before their noun and are not capitalised as nouns are (English).
    """
    if not lang.adjective_metric_ends or lang.nouns_capitalised or lang.adjective_after_noun:
        return False
    first = 1 if start > 0 and tokens[0].low in lang.determiners else 0
    if not 0 < start - first <= _MODIFIERS:
        return False
    for k in range(first, start):
        tok = tokens[k]
        if (tok.is_capitalised and k > 0) or (tok.low in lang.gap_words and tok.low not in lang.confirmed_cues):
            return False  # "confirmed" is a gap word of English and a describing one here
        if not describing_word(tokens, k, lang):
            return False
    return True


def describing_word(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether the token at ``k`` may be a plain word describing a noun after it: letters only, no grammar word,
    clause boundary or noun of its own (the callers check its case and the auxiliaries)."""
    tok = tokens[k]
    low = tok.low
    return (
        tok.kind is WORD
        and tok.text.isalpha()
        and low not in lang.function_words
        and low not in lang.boundaries
        and _noun(tokens, k, lang) is None
    )
