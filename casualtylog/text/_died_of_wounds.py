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
from casualtylog.text._named_wholes import before_of
from casualtylog.text._phrases import phrases
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


#: Session 20 (fields21): words that join or open another clause after the injury word of a count's subject ("were
#: injured and two died", "injured in the fire that killed two"): a verb of dying after them is that clause's.
_CLAUSE_BREAKS = {
    "en": frozenset({"and", "or", "but", "that", "which", "who", "whom", "when", "where", "after", "while", "as"})
    | frozenset({"before", "because"}),
    "nl": frozenset({"en", "of", "maar", "dat", "die", "waarbij", "toen", "nadat", "terwijl", "omdat"}),
    "de": frozenset({"und", "oder", "aber", "der", "die", "das", "dass", "als", "nachdem", "während", "wobei", "weil"}),
    "fr": frozenset({"et", "ou", "mais", "qui", "que", "qu'", "dont", "lorsque", "quand", "après", "alors", "tandis"}),
    "es": frozenset({"y", "e", "o", "pero", "que", "quien", "cuando", "donde", "tras", "mientras", "porque"}),
}
#: How far after the count its subject's injury word may stand ("Six of the injured people", "An Israeli woman who
#: was critically wounded"), and the verb of dying after that word ("wounded by Iranian missiles succumbed").
_TO_INJURY, _TO_DEATH = 7, 6


def _hurt_subject_dies(tokens: list[Token], b: Binding, lang: LanguageData) -> bool:
    """Session 20 (fields21): whether the count's injury word only describes its subject and the clause's own verb
    is one of dying: "Six of the injured people succumbed to injuries" (en-5cb4f910-5), "another four people injured
    in the fire had died in area hospitals" (en-269d3bb8-5), "An Israeli woman who was critically wounded by Iranian
    missiles succumbed to her wounds" (en-d0dd49b1-1). The guide counts people by what the sentence says happened to
    them, as the rule above does for one person. The first predicate after the count must be the injury word, and
    the first after it one of dying, with no number, negation, punctuation, "and" or clause opener between ("were
    injured and two died", "injured in the blast that killed two" keep their reading)."""
    predicates = phrases(lang, "predicates")
    breaks = _CLAUSE_BREAKS.get(lang.code, frozenset()) | lang.coordinators

    def stop(t: Token) -> bool:
        return t.is_number or t.kind is PUNCT or t.low in lang.negations or t.low in breaks

    m = b.mention
    if before_of(tokens, m.start, lang) is not None:
        return False  # the whole of a part ("Six of the 40 injured died"): the part died, the whole stays injured
    for q in range(m.end, min(len(tokens), m.end + _TO_INJURY)):
        if tokens[q].is_number or tokens[q].kind is PUNCT:
            return False
        hit = predicates.at(tokens, q)
        if hit is None:
            continue
        return str(hit[1]) == "injured" and killed_within(tokens, q + hit[0], lang, _TO_DEATH, stop)
    return False


def died_of_wounds(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Read (in place) as killed each injured count of one whose sentence says the person then died, and each
    injured count whose subject's injury word is followed by its clause's verb of dying."""
    for b in bindings:
        if b.metric != "injured" or b.role not in {"count", "group"}:
            continue
        # a member of a list of the injured too ("vier gewonden …, onder wie een jong kind dat later … overleed")
        one_hurt = str(b.mention.figure) == "1" and _dies_after(tokens, max(b.chunk_end, b.mention.end), lang)
        if one_hurt or (b.role == "count" and b.frame == "subject" and _hurt_subject_dies(tokens, b, lang)):
            b.metric = "killed"
