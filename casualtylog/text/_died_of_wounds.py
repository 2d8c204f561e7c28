"""Session 18 (``guide18``): one person hurt who then died, in the same sentence, is a death (``killed``).

"… vier gewonden uit het puin, onder wie een jong kind dat later in het ziekenhuis overleed" (nl-d6442167-4), "Ein
38-jähriger Brite … wurde allerdings so schwer verletzt, dass er noch auf der Unfallstelle starb" (de-4f643760-4):
the sentence says what became of the one person its injury word names, and the guide counts people by what the
sentence says happened to them (round 2: *mortellement blessés* → ``killed``). Only a count of one, read as
injured, followed right after the words naming the person by a relative pronoun (*dat, die, qui, que, who*), or
within a few words by "that he" (*dass er*), and then a verb of dying, with no number, negation or punctuation
between: "A man was injured in the attack that killed his wife" keeps its reading, and so does "one of the 12
injured, who said two people died".
Bounded look after each such count: linear.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._split_deaths import killed_within
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["died_of_wounds"]

#: Relative pronouns that open what became of the person, right after the words naming them, per language.
_WHO = {
    "en": frozenset({"who"}),
    "nl": frozenset({"dat", "die"}),
    "de": frozenset({"der", "die"}),
    "fr": frozenset({"qui"}),
    "es": frozenset({"que", "quien"}),
}
#: "so badly … that he died": "that" and a personal pronoun, anywhere within reach, per language.
_THAT_HE = {
    "en": (frozenset({"that"}), frozenset({"he", "she"})),
    "nl": (frozenset({"dat"}), frozenset({"hij", "zij", "ze"})),
    "de": (frozenset({"dass"}), frozenset({"er", "sie"})),
    "fr": (frozenset({"que", "qu'"}), frozenset({"il", "elle"})),
    "es": (frozenset(), frozenset()),
}
#: How far after the count "that he" may stand, and the verb of dying after the pronoun.
_TO_THAT, _TO_VERB = 8, 8


def _dies_from(tokens: list[Token], j: int, lang: LanguageData) -> bool:
    """Whether a ``killed`` predicate follows ``j`` within reach, with no number, negation or punctuation first."""
    # "…, que no ha provocado muertos" (es-95079b0c-6): the negation stops it: no death, and not the person's
    return killed_within(tokens, j, lang, _TO_VERB, lambda t: t.is_number or t.low in lang.negations or t.kind is PUNCT)


def _dies_after(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether the words after ``k`` (the end of the words naming the person) say the person died: a relative
    pronoun right after them (a comma between allowed), or "that he" within reach, then a verb of dying."""
    j = k + 1 if k < len(tokens) and tokens[k].text == "," else k
    if j < len(tokens) and tokens[j].low in _WHO.get(lang.code, frozenset()):
        return _dies_from(tokens, j + 1, lang)
    that, he = _THAT_HE.get(lang.code, (frozenset(), frozenset()))
    for i in range(k, min(len(tokens) - 1, k + _TO_THAT)):
        if tokens[i].is_number or (tokens[i].kind is PUNCT and tokens[i].text != ","):
            return False
        if tokens[i].low in that and tokens[i + 1].low in he:
            return _dies_from(tokens, i + 2, lang)
    return False


def died_of_wounds(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Read (in place) as killed each injured count of one whose sentence says the person then died."""
    for b in bindings:
        # a member of a list of the injured too ("vier gewonden …, onder wie een jong kind dat later … overleed")
        one_hurt = b.role in {"count", "group"} and b.metric == "injured" and str(b.mention.figure) == "1"
        if one_hurt and _dies_after(tokens, max(b.chunk_end, b.mention.end), lang):
            b.metric = "killed"
