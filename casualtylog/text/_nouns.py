"""The nouns after a figure (people, groups, bodies, weapons) and the verbs that launch or intercept weapons."""

from __future__ import annotations

import threading
from functools import lru_cache

from casualtylog.text._age_shapes import age_noun
from casualtylog.text._mentions import _low, _tok
from casualtylog.text._phrases import phrases
from casualtylog.text._plural_shapes import named_compound, singular_ends
from casualtylog.text._tokens import WORD, Token
from casualtylog.text._weapon_modifiers import modifies_a_noun, open_weapon_modifier
from casualtylog.text.lang import LanguageData

_NounHit = tuple[str, str | None, int, str | None]

#: Groups whose noun heads a compound of another role: "Feuerwehrmänner" are firefighters, "Ehefrauen" wives
#: and "Erntehelfer" farmhands, not the men, women and rescuers the head names alone.
_ROLE_HEADED = frozenset({"men", "women", "rescuers"})

#: Fields whose words are never a victims' noun (they are the grammar around it).
_CLOSED_FIELDS = (
    "function_words",
    "gap_words",
    "boundaries",
    "predicates",
    "metric_nouns",
    "active_verbs",
    "said_verbs",
    "months",
    "non_count_after",
    "non_count_before",
    "determiners",
    "qualifiers",
    "vague_words",
    "toll_nouns",
    "toll_cues",
    "launch_verbs",
    "intercept_verbs",
    "increment_after",
    "units",
    "tens",
    "scales",
    "million_words",
    "of_words",
    "body_nouns",
    "negations",
    "channel_preps",
    "weapon_adjectives",
    "source_heads",
)


@lru_cache(maxsize=16)
def _closed_words(lang: LanguageData) -> frozenset[str]:
    words: set[str] = set()
    for name in _CLOSED_FIELDS:
        for phrase in getattr(lang, name):
            words.update(phrase.split())
    return frozenset(words)



def _plural_shape(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A word shaped like a plural noun that the language data does not reserve for something else."""
    tok = _tok(tokens, k)
    if tok is None or tok.kind is not WORD or not (tok.text.isalpha() or named_compound(tok.text)):
        return False
    if len(tok.text) < 4:
        return False
    if lang.nouns_capitalised and not tok.is_capitalised:
        return False  # German "angegriffen" has a plural's ending but is a participle
    low = tok.low
    return (
        low.endswith(lang.plural_endings)
        and low not in _closed_words(lang)
        and not low.endswith(singular_ends(lang.code))  # session 14: "seven virus deaths"
        and low not in lang.thing_nouns  # "affected 40 villages", "killed 12 goats": no victims
    )


def _shape_noun(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    """An unlisted victims' noun by its shape: "troops", "suspected militants", "Palestinians".

    At most one plain word before it ("suspected"). A capitalised noun
    (a nationality, "Palestijnen") or one in a language whose groups are not
    its own words counts people with no group. The frames still need a
    casualty predicate or verb to govern it, which keeps this precise.
    """
    if not lang.plural_endings:
        return None
    if lang.adjective_after_noun and _plural_shape(tokens, k, lang) and not tokens[k].is_capitalised:
        listed = _listed_noun(tokens, k + 1, lang)  # "deux jeunes femmes", "trois petites filles"
        if listed is not None and listed[0] in {"people", "group"} and tokens[k].low not in _closed_words(lang):
            # French and Spanish put a few adjectives first: the noun after one names the victims
            return listed[0], listed[1], listed[2] + 1, None
    for length in (1, 2):
        head = k + length - 1
        if length == 2:
            first = _tok(tokens, k)
            if first is None or first.kind is not WORD or first.is_capitalised:
                return None
            # A source's word may modify victims ("army troops", "police officers"), never other grammar.
            if first.low in _closed_words(lang) and first.low not in lang.source_heads:
                return None
            listed = _listed_noun(tokens, head, lang)  # "two pregnant women"
            if listed is not None and listed[2] == 1 and lang.nouns_capitalised and not tokens[head].is_capitalised:
                listed = _noun(tokens, head, lang)  # session 20: "zumeist junge Menschen", no "Junge" (a boy)
            if listed is not None and listed[0] in {"people", "group"}:
                return listed[0], listed[1], listed[2] + 1, None
        if _plural_shape(tokens, head, lang):
            tok = tokens[head]
            if tok.is_capitalised or not lang.group_is_word:
                return "people", None, length, None
            return "group", tok.low, length, None
    return None


@lru_cache(maxsize=64)
def _heads(lang: LanguageData, field: str) -> tuple[tuple[str, str], ...]:
    """The one-word nouns of ``field`` that can end a compound, longest first (short ones match too much, but for
    the language's ``short_compound_heads``: German "Hitzetote", "Verkehrstote")."""
    table = getattr(lang, field)
    short = lang.short_compound_heads
    return tuple(
        sorted(
            ((w, str(v)) for w, v in table.items() if " " not in w and (len(w) >= 5 or w in short)),
            key=lambda x: -len(x[0]),
        )
    )


def compound_head(tok: Token | None, lang: LanguageData, field: str) -> str | None:
    """The value of the listed noun a compound ends in ("kamikazedrones" → drones), if the language writes compounds."""
    if not lang.compound_heads or tok is None or tok.kind is not WORD:
        return None
    low = tok.low
    for head, value in _heads(lang, field):
        if low.endswith(head) and len(low) - len(head) >= 3:
            return value
    return None


def compound_metric(tok: Token | None, lang: LanguageData) -> tuple[str, str | None] | None:
    """A compound metric noun: (metric, group of its modifier) — "burgerdoden" → killed civilians, "Schwerverletzte" → injured."""
    metric = compound_head(tok, lang, "metric_nouns")
    if metric is None or tok is None:
        return None
    for head in lang.metric_nouns:
        if tok.low.endswith(head) and lang.metric_nouns[head] == metric:
            group = lang.group_nouns.get(tok.low[: -len(head)])
            return metric, group
    return metric, None


class _NounMemo(threading.local):
    """The nouns (and weapon verbs) found in the sentence the frames read now, by position (one per thread).

    The frames ask for the noun at the same position many times (every walk over
    "48 of 70 missiles and 12 of 30 drones …" asks again at each figure); the answer
    depends only on the tokens and the language, which do not change while the
    frames read them (the list is the key, by identity, and the memo holds it, so
    that its id is never reused; the next sentence's list replaces it).
    """

    def __init__(self) -> None:
        # One attribute (thread-local attributes cost more to read than plain ones):
        # the tokens and language it is for, the nouns by position, _weapon_verb by the position it ends at.
        self.now: _MemoState = (None, None, {}, {})


_MemoState = tuple[
    list[Token] | None, LanguageData | None, dict[int, _NounHit | None], dict[int, tuple[int, str] | None]
]
_MEMO = _NounMemo()


def _memo(tokens: list[Token], lang: LanguageData) -> _MemoState:
    now = _MEMO.now
    if now[0] is not tokens or now[1] is not lang:
        now = _MEMO.now = (tokens, lang, {}, {})
    return now


def _noun(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    """The noun at ``k``: (kind, group, length, verb metric) with kind people/group/body/weapon.

    A weapon noun may follow up to three adjectives ("cruise", "afgevuurde").
    An unlisted noun is recognised by its shape (:func:`_shape_noun`).
    """
    found = _memo(tokens, lang)[2]
    if k not in found:
        found[k] = _find_noun(tokens, k, lang)
    return found[k]


def _find_noun(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    if lang.reflexive_clitics and _low(tokens, k - 1) in lang.reflexive_clitics:
        return None  # "s'élève": a verb after its reflexive pronoun, not the noun "élève"
    found = _listed_noun(tokens, k, lang)
    tok = _tok(tokens, k)
    if found is not None and found[2] == 1 and lang.nouns_capitalised and tok is not None and not tok.is_capitalised:
        after = _tok(tokens, k + 1)
        described = _listed_noun(tokens, k + 1, lang) if after is not None and after.is_capitalised else None
        if described is not None and described[0] in {"people", "group"}:
            # German "zwei junge Frauen": a lower-case word is no noun ("Junge", a boy) but describes the one after
            return described[0], described[1], described[2] + 1, None
    if found is not None:
        return found
    elided = _elided_compound(tokens, k, lang)
    if elided is not None:
        return elided
    joined = _hyphen_compound(tokens, k, lang)
    if joined is not None:
        return joined
    if (
        lang.modifiers_before_noun
        and _unlisted_modifier(_tok(tokens, k), lang)
        and _unlisted_modifier(_tok(tokens, k + 1), lang)
    ):
        listed = _listed_noun(tokens, k + 2, lang)  # "vier vertriebene syrische Kinder"
        if listed is not None and listed[0] in {"people", "group"}:
            return listed[0], listed[1], listed[2] + 2, None
    return _shape_noun(tokens, k, lang)


def _hyphen_compound(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    """ "trois marins-pêcheurs": a Romance compound of two nouns joined by a hyphen (one token), its last part a
    listed noun of people, is that noun (session 11, fr12); only where adjectives follow nouns (French, Spanish)."""
    tok = _tok(tokens, k)
    if not lang.adjective_after_noun or tok is None or tok.kind is not WORD or "-" not in tok.low:
        return None
    last = tok.low.rsplit("-", 1)[1]
    group = lang.group_nouns.get(last)
    if group is not None:
        return "group", group, 1, None
    return ("people", None, 1, None) if last in lang.people_nouns else None


def _elided_compound(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    """ "vijf mijn- en reddingswerkers", "sechs Polizei- und Rettungskräfte": two compounds sharing their head, the
    first cut at a hyphen, are one noun of people; two roles, so no group (session 11, nl11)."""
    tok, dash, joiner = _tok(tokens, k), _tok(tokens, k + 1), _tok(tokens, k + 2)
    if tok is None or dash is None or joiner is None or tok.kind is not WORD:
        return None
    if dash.text != "-" or dash.start != tok.end or joiner.low not in lang.number_joiners:
        return None
    head = _listed_noun(tokens, k + 3, lang) or _shape_noun(tokens, k + 3, lang)
    if head is None or head[0] not in {"people", "group"}:
        return None
    return "people", None, head[2] + 3, None


def _dative_plural(low: str, lang: LanguageData) -> _NounHit | None:
    """Session 13 (fresh7b): a listed plural with the German dative -n ("Passagieren", "Bergleuten"); plurals in -n or
    -s take none, so a word ending in "nn" or "sn" is no such form."""
    if not lang.dative_plural_n or len(low) < 5 or not low.endswith("n") or low[-2] in "ns":
        return None
    plural = low[:-1]
    if plural in lang.people_nouns:
        return "people", None, 1, None
    group = lang.group_nouns.get(plural)
    return None if group is None else ("group", group, 1, None)


def _listed_noun(tokens: list[Token], k: int, lang: LanguageData) -> _NounHit | None:
    hit = phrases(lang, "group_nouns").at(tokens, k)
    if hit is not None:
        return "group", _domain_group(tokens, k, str(hit[1]), lang), hit[0], None
    low = _low(tokens, k)
    if low in lang.others_words and (low in lang.people_nouns or _low(tokens, k + 1) in lang.body_nouns):
        after = _noun(tokens, k + 1, lang)  # "deux autres personnes": the noun after "others" names them
        # Session 12 (rec12): bodies too ("quatre autres corps", "neun weitere Leichen")
        if after is not None and after[0] in {"people", "group", "body"}:
            return after[0], after[1], after[2] + 1, None
    if low in lang.people_nouns:
        return "people", None, 1, None
    dative = _dative_plural(low, lang)  # "nach sechs Passagieren", "unter den 15 Bergleuten"
    if dative is not None:
        return dative
    compound = compound_head(_tok(tokens, k), lang, "group_nouns") if lang.compound_heads else None
    if compound is not None and compound not in _ROLE_HEADED:
        return "group", compound, 1, None  # "Grubenmitarbeiter", "Polizeibeamte": the group their head names
    if low in lang.others_words and _noun(tokens, k + 1, lang) is None:  # "sechs weitere seien verletzt worden"
        return "people", None, 1, None
    aged = age_noun(tokens, k, lang)  # "55-Jähriger", "58-jähriger Einheimischer"
    if aged is not None:
        return ("group", aged[0], aged[1], None) if aged[0] else ("people", None, aged[1], None)
    single = phrases(lang, "singular_victims").at(tokens, k)  # "guardia civil" is one officer, not a civilian
    if single is not None and (modified := phrases(lang, "group_nouns").at(tokens, k + single[0])) is not None:
        # Session 14 (fresh8en): a singular victim noun modifying a group's plural names that group ("five migrant
        # women" → women, "refugee children" → children)
        return "group", _domain_group(tokens, k + single[0], str(modified[1]), lang), single[0] + modified[0], None
    if single is not None:
        if not single[1]:
            return "people", None, single[0], None
        return "group", _domain_group(tokens, k, str(single[1]), lang), single[0], None
    if low in lang.body_nouns:
        return "body", None, 1, None
    # One capitalised adjective before people ("12 Ukrainian civilians"); in German the capital marks a noun.
    tok = _tok(tokens, k)
    if tok is not None and tok.kind is WORD and tok.is_capitalised and not lang.nouns_capitalised:
        inner = _noun(tokens, k + 1, lang)
        if inner is not None and inner[0] in {"people", "group"}:
            return inner[0], inner[1], inner[2] + 1, None
    j, verb = k, None
    weapon = phrases(lang, "weapon_nouns")
    while j < k + 4:
        hit = weapon.at(tokens, j)
        if hit is not None:
            if modifies_a_noun(tokens, j + hit[0], lang, _closed_words(lang)):
                return None  # "five drone launchers": the weapon noun modifies the noun after it
            return "weapon", str(hit[1]), j - k + hit[0], verb
        compound = compound_head(_tok(tokens, j), lang, "weapon_nouns")
        if compound is not None:
            return "weapon", compound, j - k + 1, verb
        low = _low(tokens, j)
        tok = _tok(tokens, j)
        if low in lang.launch_verbs and low not in {"with", "met"}:
            verb = "launched"
        elif low in lang.intercept_verbs:
            verb = "intercepted"
        elif not (
            low in lang.weapon_adjectives
            or (tok is not None and tok.kind is WORD and tok.is_capitalised)
            or _unlisted_modifier(tok, lang)
            or open_weapon_modifier(tok, lang, _closed_words(lang))
        ):
            return None
        j += 1
    return None


def _domain_group(tokens: list[Token], k: int, group: str, lang: LanguageData) -> str:
    """The group of the noun at ``k`` as the text's subject decides it ("mineurs" by a mine are miners).

    The subject is read from the words around the noun, as phrases ("la mine", not "mine": "une mine
    antipersonnel" is a landmine, and children are what it kills); a noun the data does not list keeps
    ``group``.
    """
    low = _low(tokens, k)
    domain = lang.domain_groups.get(low) if lang.domain_groups else None
    if domain is None:
        return group
    text = " " + " ".join(t.low for t in tokens) + " "
    return domain[0] if any(f" {phrase} " in text for phrase in domain[1]) else group


def _unlisted_modifier(tok: Token | None, lang: LanguageData) -> bool:
    """A plain lower-case word the data reserves for nothing: an adjective or participle before a weapon noun.

    "negen van de tien waargenomen Russische drones": the weapon noun must
    still follow within the caller's reach, and no noun of people may stand in
    between (it would be the head of its own phrase).
    """
    if not lang.modifiers_before_noun or tok is None or tok.kind is not WORD or not tok.text.isalpha():
        return False
    if tok.is_capitalised:
        return False
    low = tok.low
    return (
        low not in _closed_words(lang)
        and low not in lang.people_nouns
        and low not in lang.group_nouns
        and low not in lang.singular_victims
        and low not in lang.boundaries
    )


def _weapon_verb(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
    """A launch or intercept verb ending at ``j``: (its length, the metric)."""
    verbs = _memo(tokens, lang)[3]  # the weapon walks leftwards cross the same words from each figure
    if j not in verbs:
        verbs[j] = _find_weapon_verb(tokens, j, lang)
    return verbs[j]


def _find_weapon_verb(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, str] | None:
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
