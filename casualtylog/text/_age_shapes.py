"""One victim named by an age: "ein 55-Jähriger", "ein 58-jähriger Einheimischer", "een zevenjarig meisje".

News reports name a single victim by age far more often than by a listed
noun, and the noun after the age is open-ended (a nationality, a role, a
nominalised adjective: "Einheimischer", "Deutscher"). The age is a closed
shape (a number, then the language's age suffix, or "N Jahre alt"), so it
marks a person where a word list cannot: after an indefinite article the age
adjective and the noun it describes, or the age used as a noun on its own, are
one victim whenever a casualty frame governs them.
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["age_noun", "age_word", "aged_after_noun", "years_old_end"]


def _tok(tokens: list[Token], k: int) -> Token | None:
    return tokens[k] if 0 <= k < len(tokens) else None


def age_word(tok: Token | None, lang: LanguageData) -> bool:
    """ "55-jähriger", "2-jarig", "zevenjarige", "dreijährige": a number and the language's age suffix, one word."""
    if tok is None or not lang.age_suffixes or tok.kind not in (WORD, NONCOUNT):
        return False
    low = tok.low
    for suffix in lang.age_suffixes:
        if low.endswith(suffix) and len(low) > len(suffix):
            number = low[: -len(suffix)].rstrip("-")
            if number.isdigit() and len(number) <= 3:
                return True
            # A number word written as one with the suffix: "zeven|jarig", "drei|jährige", "vierentwintig|jarige".
            return any(number.endswith(w) and len(w) >= 3 for w in (*lang.units, *lang.tens))
    return False


def _nominal(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether the age word at ``k`` is itself the noun ("ein 55-Jähriger", "een 34-jarige kwam om")."""
    tok = tokens[k]
    if lang.nouns_capitalised:
        # German writes the nominalised age with a capital after the number: "55-Jähriger", "Dreijähriger".
        letters = tok.text.lstrip("0123456789-")
        return bool(letters) and (letters[:1].isupper() if letters != tok.text else tok.is_capitalised)
    nxt = _tok(tokens, k + 1)
    return (
        nxt is None
        or nxt.kind is PUNCT
        or nxt.low in lang.gap_words
        or nxt.low in lang.boundaries
        or phrases(lang, "predicates").at(tokens, k + 1) is not None
    )


def age_noun(tokens: list[Token], k: int, lang: LanguageData) -> tuple[str | None, int] | None:
    """A victim named by age at ``k``: (group, length) for "55-Jähriger" (1) or "58-jähriger Einheimischer" (2).

    The noun after an age adjective is open: a listed singular victim gives
    its group ("46-jähriger Feuerwehrmann" → firefighters); in a language that
    capitalises nouns any capitalised word is the person ("Einheimischer").
    """
    tok = _tok(tokens, k)
    if not age_word(tok, lang):
        return None
    if _nominal(tokens, k, lang):
        return None, 1
    nxt = _tok(tokens, k + 1)
    if nxt is None or nxt.kind is not WORD:
        return None
    single = lang.singular_victims.get(nxt.low)
    if single is not None:
        return single or None, 2
    if lang.nouns_capitalised and nxt.is_capitalised and nxt.text.isalpha():
        return None, 2
    return None


def years_old_end(tokens: list[Token], k: int, lang: LanguageData) -> int | None:
    """One past "72 Jahre alte" / "54 jaar oude" starting at ``k`` (the number), or ``None``."""
    tok = _tok(tokens, k)
    if tok is None or tok.value is None or not lang.years_old:
        return None
    hit = phrases(lang, "years_old").at(tokens, k + 1)
    return None if hit is None else k + 1 + hit[0]


def aged_after_noun(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """The figure at ``start:end`` is one person's age after their noun and a bare age opener, with no noun of
    its own: "haar dochter van 12 raakte gewond", "een man van 45 en zijn zoon van 12", "his son aged 12".

    The noun before the opener may be any (kin and roles are open-ended: "dochter", "buurman"), so the shape
    decides: the number is no count when the noun is not a toll's, a total's or a plural of people ("een
    dodental van 12", "de slachtoffers van 12 …"), and no noun of people or metric follows it ("een groep
    van 12 mensen"). The corpus guide counts no possessive victim ("haar dochter"), so no claim is lost.
    """
    if (
        end - start != 1
        or start < 2
        or tokens[start - 1].low not in lang.bare_age_openers
        or tokens[start].low in lang.determiners  # "het lichaam van een zevenjarig meisje": one victim
    ):
        return False
    noun = tokens[start - 2]
    owner = tokens[start - 3].low if start >= 3 else ""
    if (
        # one person: the noun after an article or a possessive ("haar dochter", "een buurman"), not after a
        # verb ("er is sprake van 12") or in a phrase of its own
        (owner not in lang.determiners and owner not in lang.possessives)
        or noun.kind is not WORD
        or noun.low in lang.determiners
        or noun.low in lang.toll_nouns
        or noun.low in lang.total_nouns
        or noun.low in lang.people_nouns
        or phrases(lang, "metric_nouns").at(tokens, start - 2) is not None
        or phrases(lang, "group_nouns").at(tokens, start - 2) is not None
    ):
        return False
    nxt = _tok(tokens, end)
    return nxt is None or not (
        nxt.low in lang.to_words  # "steeg van 5 naar 12": a change, its figures counts
        or nxt.low in lang.number_joiners
        or (nxt.kind is not WORD and nxt.kind is not PUNCT)
        or nxt.low in lang.people_nouns
        or phrases(lang, "metric_nouns").at(tokens, end) is not None
        or phrases(lang, "group_nouns").at(tokens, end) is not None
    )
