"""Sources named the French and Spanish way, for attribution (issue 13, item 4).

- An adjective inside a name, after its head or a capitalised word: "el
  Ministerio palestino de Sanidad", "el servicio estatal de Emergencias", "el
  gobernador regional Oleh Kiper" (English puts it first: "the Palestinian
  health ministry").
- The report before its author: "según cifras de Protección Civil", "según el
  último balance de los servicios de emergencia", "selon le bilan de la
  préfecture", "selon un nouveau bilan communiqué ce vendredi par les
  autorités": the source is who made the report, after its "of" or "by".

The outlet told ("a déclaré jeudi à l'AFP le porte-parole …") moved to
:mod:`casualtylog.text._source_outlets` in session 10, for every language.

Only where adjectives follow the noun (:attr:`LanguageData.adjective_after_noun`);
every walk is bounded by a constant.
"""

from __future__ import annotations

from casualtylog.text._source_shapes import is_head, saying
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["inner_adjective", "past_report"]

#: The "of" between a report and its author.
_OF = frozenset({"de", "del", "des", "du", "d'"})
#: The "by" between a report and its author ("un bilan fourni mercredi par le ministre").
_BY = frozenset({"par", "por"})
#: How many words may stand around the report noun ("un nouveau bilan communiqué ce vendredi matin par").
_REPORT_REACH = 8
#: Quotation marks around a report's words ("selon des « estimations préliminaires »").
_QUOTES = frozenset('"“”„«»‹›')


def _plain(tok: Token | None, lang: LanguageData) -> bool:
    """A lower-case word that is no grammar word: an adjective ("palestino", "regional", "último")."""
    return (
        tok is not None
        and tok.kind is WORD
        and tok.text.isalpha()
        and not tok.is_capitalised
        and tok.low not in lang.function_words
        and tok.low not in saying(lang)
        and tok.low not in lang.boundaries
        and tok.low not in lang.name_connectors
        and tok.low not in lang.determiners
    )


def inner_adjective(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> bool:
    """Whether the word at ``k`` is an adjective inside the name ``run`` is reading.

    It follows a head noun or a capitalised word, and the name goes on after
    it: a capitalised word ("gobernador regional Oleh Kiper"), or "of" and a
    capitalised word ("Ministerio palestino de Sanidad", "ministère russe de la Défense").
    """
    if not lang.adjective_after_noun or not run or not _plain(tokens[k], lang):
        return False
    last = run[-1]
    if not (last.low in lang.source_heads or (last.is_capitalised and last.low not in lang.determiners)):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.kind is not WORD:
        return False
    if nxt.is_capitalised and nxt.low not in lang.weekdays and nxt.low not in lang.months:
        return True
    if nxt.low not in lang.name_connectors:
        return False
    # "ministère russe de la Défense": an article may stand between "of" and the capitalised word.
    m = k + 2
    if m < len(tokens) and tokens[m].low in lang.determiners:
        m += 1
    return m < len(tokens) and tokens[m].kind is WORD and tokens[m].is_capitalised


def past_report(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """Where the author starts after a report at ``k`` ("el último balance de | los servicios …"), or ``k``.

    An article, up to a few adjectives and report words (at least one report
    word), then "of"; or past a participle and a time adverbial, "by" ("un
    bilan fourni mercredi par | le ministre"). The name starts after them.
    """
    if not lang.adjective_after_noun:
        return k
    j = k
    if j < len(tokens) and (tokens[j].low in lang.determiners or tokens[j].low in _OF):
        j += 1  # "selon le bilan", "selon des données du ministère"
    reported = described = False
    for _ in range(_REPORT_REACH):
        if j >= len(tokens):
            return k
        tok = tokens[j]
        if tok.low in lang.report_words and tok.low not in _OF:
            reported = True
        elif reported and (tok.low in _BY or (tok.low in _OF and (not described or _author_at(tokens, j + 1, lang)))):
            return j + 1
        elif tok.text in _QUOTES:
            pass  # "selon des « estimations préliminaires » annoncées par le ministre"
        elif _plain(tok, lang):
            described = described or reported  # a word after the report: only "by" may follow now
        elif not (reported and tok.low in lang.determiners):  # "communiqué ce vendredi"
            return k
        j += 1
    return k


def _author_at(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a source's head or a name follows at ``k``, past an article ("de | la préfecture", "de | l'Afad").

    After a report and its adjective ("les derniers chiffres provisoires de"),
    "of" names the author only then: "le bilan provisoire de l'accident" names none.
    """
    if k < len(tokens) and tokens[k].low in lang.determiners:
        k += 1
    return (
        k < len(tokens) and tokens[k].kind is WORD and (tokens[k].is_capitalised or is_head(tokens[k].low, lang))
    )
