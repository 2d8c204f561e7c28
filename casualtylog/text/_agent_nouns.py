"""One victim named by an unlisted noun of a person: "A cyclist was killed", "Een fietser kwam om het leven".

A count names its victims by any plural noun (the frames read "three cyclists"
by its plural shape), but one victim after an indefinite article was read only
by a listed singular ("a man", "a passenger"), so the many role nouns of road,
work and leisure deaths ("a motorcyclist", "a worker", "een automobilist", "een
inzittende") gave nothing. Role nouns share a shape: an agent suffix ("-ist",
"-er", "-ant"; "-aar", "-ende"). Such a noun right before a casualty predicate
that only befalls the living (killed, injured, missing), or right after such an active verb and "a" (session
10: "The blaze killed a firefighter"), is one victim; its group
is its plural's when the data lists that plural, else none. English reads only
the singulars of its listed plurals ("a firefighter", "a journalist"): unlisted
roles cost two wrong claims and gained none on dev half b (session 9).
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._plural_auxiliaries import PLURAL_AUXILIARIES

__all__ = ["agent_victim"]

#: The metrics only people suffer (not "rescued": one person rescued is a story, not a count; test_extract).
_LIVING_METRICS = frozenset({"killed", "injured", "missing"})
#: How many gap words ("was", "has been") may stand between the noun and its predicate.
_GAP_REACH = 3
#: How a plural is spelt from a singular in English and Dutch ("cyclists", "fietsers", "inzittenden").
_PLURAL_ENDINGS = ("s", "n", "en", "es")


def _plural_of(low: str, lang: LanguageData) -> tuple[str, str | None] | None:
    """The plural of ``low`` the data lists (its spelling, its group), or ``None``."""
    for ending in _PLURAL_ENDINGS:
        plural = low + ending
        if plural in lang.group_nouns:
            return plural, lang.group_nouns[plural]
        if plural in lang.people_nouns:
            return plural, None
    return None


def _predicate_before(tokens: list[Token], k: int, lang: LanguageData) -> tuple[int, object] | None:
    """Session 11: the predicate before its subject and its article, as headlines put it ("Fallece un motorista
    tras …", "Meurt un motard"), in the languages whose predicates may come first."""
    return phrases(lang, "predicates").ending(tokens, k - 2) if lang.predicate_first else None


def agent_victim(tokens: list[Token], k: int, lang: LanguageData) -> tuple[str | None] | None:
    """``(group,)`` when the word at ``k`` is an unlisted noun of one person whose casualty predicate follows.

    The noun is lower case (a capital is a name or a nationality), is the singular of a listed plural or
    ends in one of ``lang.agent_suffixes``, is no word the data reserves (a verb, a weapon, a thing), and a
    predicate of the living follows it after at most :data:`_GAP_REACH` gap words.
    """
    # A language with no role endings reads the singulars of its listed plurals only, if its groups are words.
    if k >= len(tokens) or not (lang.agent_suffixes or lang.group_is_word):
        return None
    tok = tokens[k]
    low = tok.low
    if tok.kind is not WORD or not tok.text.isalpha() or tok.is_capitalised or len(low) < 5:
        return None
    listed = _plural_of(low, lang)
    if listed is None and not (lang.agent_suffixes and low.endswith(lang.agent_suffixes)):
        return None
    if (
        low in lang.function_words
        or low in lang.another_words  # "un autre a été blessé": one more of the count before, read as such
        or low in lang.gap_words
        or low in lang.predicates
        or low in lang.metric_nouns
        or low in lang.weapon_nouns
        or low in lang.body_nouns
        or low in lang.months
        or any(low + ending in lang.thing_nouns or low + ending in lang.weapon_nouns for ending in _PLURAL_ENDINGS)
    ):
        return None
    j = k + 1
    if j < len(tokens) and tokens[j].low in PLURAL_AUXILIARIES.get(lang.code, frozenset()):
        return None  # session 14 (fresh9rom): "dos miembros de un buque carguero han muerto": no subject of "han"
    while j < len(tokens) and j - k <= _GAP_REACH and tokens[j].low in lang.gap_words:
        j += 1
    hit = phrases(lang, "predicates").at(tokens, j)
    if hit is None and k >= 2 and tokens[k - 1].low in lang.ambiguous_number_words:
        # the object of an active verb of harm ("The blaze killed a firefighter", "wounded a journalist")
        hit = phrases(lang, "active_verbs").ending(tokens, k - 2)
        if hit is None:
            hit = _predicate_before(tokens, k, lang)
    if hit is None or str(hit[1]) not in _LIVING_METRICS:
        return None
    # An unlisted role names no group (the guide: tourists, pilgrims and passengers have none).
    return (None if listed is None else listed[1],)
