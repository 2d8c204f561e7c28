"""A clause's verb that names its subject as the source with no verb of saying: "Hezbollah heeft naar eigen zeggen
200 raketten afgevuurd", "Der Zivilschutz geht … von 247 Toten aus".

Two Dutch and German shapes (session 20, issue 13 item 4): the finite verb right before "by its own account"
(:attr:`LanguageData.own_account_phrases`: *naar eigen zeggen*, *nach eigenen Angaben*), and a separable
verb of saying whose particle closes its clause around a figure
(:attr:`LanguageData.closing_saying_verbs`: *geht … von 170 Vermissten aus*, "assumes"). Either verb then
stands for one of saying, so :mod:`casualtylog.text._attribution` finds its subject as it does a verb of
saying's: before it, or after it in a verb-second clause ("… geht die Polizei derzeit von 170 Vermissten
aus"). The corpus guide names the subject: "Kyiv said", "according to X".
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["speaking_verb_end"]


def speaking_verb_end(tokens: list[Token], i: int, lang: LanguageData) -> int | None:
    """The last index of what stands for a verb of saying at ``i`` (the verb, or it and its "own account"), or ``None``."""
    tok = tokens[i]
    if tok.kind is not WORD:
        return None
    if lang.own_account_phrases and i + 1 < len(tokens) and (hit := _own_account(tokens, i + 1, lang)):
        return i + hit
    particle = lang.closing_saying_verbs.get(tok.low)
    if particle is not None and _closes_clause(tokens, i, particle):
        return i
    return None


def _own_account(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """How many words "by its own account" holds at ``k`` ("naar eigen zeggen": 3), or 0."""
    table = phrases(lang, "own_account_phrases")
    if tokens[k].low not in table.forward.children:
        return 0
    hit = table.at(tokens, k)
    return hit[0] if hit is not None else 0


def _closes_clause(tokens: list[Token], i: int, particle: str) -> bool:
    """Whether ``particle`` is the last word of the clause the stem at ``i`` opens, with a figure between them."""
    figure = False
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.kind is PUNCT:
            return False
        if tok.kind is NUMBER:
            figure = True
        elif tok.low == particle:
            return figure and (k + 1 == len(tokens) or tokens[k + 1].kind is PUNCT)
    return False
