"""One person in apposition to a definite one is that person, no count (session 14, ``fresh10rom``).

"Auch der Schütze, ein 35-jähriger Deutscher, ist tot" (de-b70aaa7e-2, a negative): the indefinite singular between
commas right after a definite article and its noun describes the person that noun names; the guide counts no
definite singular victim ("Der 46-Jährige"), so the apposition adds none. Only where a language lists its definite
articles (``definite_articles``), and only when a comma closes the apposition within :data:`_REACH` tokens with no
coordinator before it ("Der Fahrer, ein Kind und zwei Frauen wurden verletzt" is a list whose child is counted) and
the predicate's auxiliary follows that comma ("Dans la voiture, un homme, âgé de 45 ans, a été tué" counts him).
"""

from __future__ import annotations

from casualtylog.text._mention import _low, _tok
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["apposed_to_definite"]

#: How many tokens after the article the apposition's closing comma may stand ("ein 35-jähriger Deutscher ,").
_REACH = 6
#: Every language's "and", as ``_clause_cues.AND`` (which this module cannot import: _clause_cues imports
#: _mentions, which imports this module). Dutch "en" is Spanish and French "in" too, so "un homme en état de choc"
#: ends the apposition there as a list would.
_AND = frozenset({"und", "et", "y", "and", "en"})


def apposed_to_definite(tokens: list[Token], i: int, lang: LanguageData) -> bool:
    """Whether the indefinite article at ``i`` opens an apposition to a definite singular noun before it."""
    if not lang.definite_articles or i < 3 or _low(tokens, i - 1) != ",":
        return False
    noun = _tok(tokens, i - 2)
    if noun is None or noun.kind is not WORD or _low(tokens, i - 3) not in lang.definite_articles:
        return False
    for k in range(i + 1, min(len(tokens), i + 1 + _REACH)):
        tok = tokens[k]
        if tok.text == ",":
            return _low(tokens, k + 1) in lang.gap_words  # the predicate's auxiliary right after: "…, ist tot"
        if tok.low in lang.coordinators or tok.low in _AND or tok.kind is PUNCT:
            return False
    return False
