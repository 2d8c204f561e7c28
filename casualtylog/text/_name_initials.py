"""Initials and dotted abbreviations inside a source's name: "R.K. Meena", "R. N. Dhoke", "The U.N. says".

The tokenizer splits the closing period of "R.K." or "U.N." off the word (a
period may end the sentence), so the walks that read a name stopped there: "The
U.N. says" gave no name. For attribution only, an initial and its period are
joined back into one word when a word follows in the sentence (the period does
not end it); the claims' own tokens are left alone. The sentence splitter also
ends a sentence after initials before a capitalised surname ("Police Commissioner
R.K. | Meena said", "officer R. N. | Dhoke."); the claims keep those sentences, and
attribution reads the initials back from the text around them (a few characters,
bounded): before a surname that opens the sentence, and after initials that close
it. The guide writes the name as the sentence does ("R.K. Meena").
"""

from __future__ import annotations

import re

from casualtylog.text._source_shapes import is_head
from casualtylog.text._source_words import is_title
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["join_initials"]

#: An initial or a dotted abbreviation before its closing period: "R", "R.K", "U.N", "U.S.A".
_INITIAL = re.compile(r"[A-Z](?:\.[A-Z]){0,3}")
#: Single capitals that abbreviate a title, not a given name (French "M. Bassal" is Monsieur Bassal).
_HONORIFICS = frozenset({"M"})
#: Initials closing the text before a sentence ("Commissioner R.K. ", "P. "): each with its period.
_INITIALS_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z](?:\.[A-Z]){0,3}\. ?){1,3})$")
#: A surname opening the text after a sentence that closes on initials ("R. N. | Dhoke."), then a stop or a comma.
_SURNAME_AFTER = re.compile(r"\s([A-Z][\w\-']{1,30})(?=[.,])")
#: How far around a sentence the initials and the surname are looked for.
_REACH = 40


def join_initials(tokens: list[Token], lang: LanguageData, text: str) -> list[Token]:
    """``tokens`` with each initial and the period right after it made one word ("R.K" "." → "R.K.").

    Also the initials before a sentence that opens with a surname, and the
    surname after one that closes on initials (``text`` holds the whole text).
    """
    tokens = _closing_initials(_opening_initials(tokens, lang, text), lang, text)
    if not any(t.text == "." for t in tokens[:-1]):
        return tokens  # most sentences hold no inner period: nothing to join
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            i + 2 < len(tokens)
            and tok.kind is WORD
            and tokens[i + 1].text == "."
            and tokens[i + 1].start == tok.end
            and tokens[i + 2].kind is WORD
            and _INITIAL.fullmatch(tok.text)
            and tok.text not in _HONORIFICS
        ):
            out.append(Token(tok.text + ".", tok.start, tokens[i + 1].end, WORD))
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def _surname(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """A capitalised word at ``i`` that closes a name: the next token is no capitalised word ("Meena said").

    A source's head or a title is no surname ("B.K. | Police said").
    """
    tok = tokens[i] if i < len(tokens) else None
    if tok is None or tok.kind is not WORD or not tok.is_capitalised or "." in tok.text:
        return False
    if is_head(tok.low, lang) or is_title(tok, lang):
        return False
    return i + 1 >= len(tokens) or not (tokens[i + 1].kind is WORD and tokens[i + 1].is_capitalised)


def _opening_initials(tokens: list[Token], lang: LanguageData, text: str) -> list[Token]:
    """ "[Police Commissioner R.K.] | Meena said": the initials before a surname opening the sentence, prepended."""
    if not tokens or not _surname(tokens, 0, lang):
        return tokens
    start = tokens[0].start
    lo = max(0, start - _REACH)
    before = text[lo:start].rstrip()
    found = _INITIALS_BEFORE.search(before)
    # One capital after a word may close a place ("in Area B. | Police said"): only two initials, or one opening the text.
    if found is None or (found.group(1).count(".") < 2 and before[: found.start(1)].strip()):
        return tokens
    return [*_initial_tokens(text, lo + found.start(1), found.group(1)), *tokens]


def _closing_initials(tokens: list[Token], lang: LanguageData, text: str) -> list[Token]:
    """ "said senior police officer R. N. | [Dhoke.]": the surname after initials closing the sentence, appended."""
    if len(tokens) < 2 or tokens[-1].text != "." or not _INITIAL.fullmatch(tokens[-2].text):
        return tokens
    if tokens[-1].start != tokens[-2].end or tokens[-2].text in _HONORIFICS:
        return tokens
    end = tokens[-1].end
    found = _SURNAME_AFTER.match(text[end : end + _REACH])
    if found is None:
        return tokens
    surname = Token(found.group(1), end + found.start(1), end + found.end(1), WORD)
    if not _surname([surname], 0, lang):
        return tokens  # "the U.N. | Police." : a head, no surname
    return [*tokens[:-2], Token(tokens[-2].text + ".", tokens[-2].start, end, WORD), surname]


def _initial_tokens(text: str, at: int, initials: str) -> list[Token]:
    """One word per initial with its period ("R.K. " → "R.K."; "R. N. " → "R.", "N."), offsets from ``at``."""
    out = []
    for part in re.finditer(r"\S+", initials):
        out.append(Token(part.group(), at + part.start(), at + part.end(), WORD))
    return out
