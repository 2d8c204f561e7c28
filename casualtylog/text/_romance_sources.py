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

The adjective only where adjectives follow the noun (:attr:`LanguageData.adjective_after_noun`); the report
before its author in English and Dutch too since session 18 (``_OF_BY``); every walk is bounded by a constant.
"""

from __future__ import annotations

from casualtylog.text._source_shapes import is_head, saying
from casualtylog.text._tokens import NONCOUNT, NUMBER, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["inner_adjective", "past_report", "report_author_start"]

#: The "of" between a report and its author.
_OF = frozenset({"de", "del", "des", "du", "d'"})
#: The "by" between a report and its author ("un bilan fourni mercredi par le ministre").
_BY = frozenset({"par", "por"})
#: How many words may stand around the report noun ("un nouveau bilan communiqué ce vendredi matin par").
_REPORT_REACH = 10
#: Words of the English and Dutch report lists that describe a report and are none (see ``_report``).
_DESCRIBING = frozenset(
    {
        *("earlier", "preliminary", "initial", "latest", "new", "official"),
        *("provided", "compiled", "released", "issued"),
        *("eerdere", "voorlopige", "eerste", "laatste", "nieuwe"),
    }
)
#: The "of" and "by" between a report and its author, by language; German names the author in its "according to"
#: phrase itself ("nach Angaben der"), so it has none here.
_OF_BY = {
    "fr": (_OF, _BY),
    "es": (_OF, _BY),
    "en": (frozenset({"of", "from"}), frozenset({"by"})),
    "nl": (frozenset({"van"}), frozenset({"door"})),
}
#: What the participle's adverbial may hold after a report ("communiqué le 4 septembre par", "donné à 18h30 par").
_TAIL = frozenset({WORD, NUMBER, NONCOUNT})
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

    Session 18 (attr18): in English and Dutch too ("according to a casualty list provided by | Nasser Hospital",
    "volgens een nieuwe slachtofferbalans die maandag werd meegedeeld door | het … rampencentrum"), and past any
    lower-case words once a word after the report has been read (the participle and its adverbial, "communiqué en
    fin d'après-midi par", "ofrecida en el último balance oficial de"): only "by", or "of" before an author, ends it.
    """
    of, by = _OF_BY.get(lang.code, (frozenset(), frozenset()))
    if not of:
        return k
    j = k
    if j < len(tokens) and (tokens[j].low in lang.determiners or tokens[j].low in of):
        j += 1  # "selon le bilan", "selon des données du ministère"
    reported = described = False
    for _ in range(_REPORT_REACH):
        if j >= len(tokens):
            return k
        tok = tokens[j]
        if _report(tok, lang) and tok.low not in of | by:
            reported = True
        elif reported and (tok.low in by or (tok.low in of and (not described or _author_at(tokens, j + 1, lang)))):
            return j + 1
        elif tok.text in _QUOTES:
            pass  # "selon des « estimations préliminaires » annoncées par le ministre"
        elif tok.low in of and not _by_ahead(tokens, j + 1, by):
            return k  # "un bilan provisoire d'une organisation de défense": an "of" with no author and no "by" ahead
        elif reported and tok.text == "," and _by_ahead(tokens, j + 1, by):
            described = True  # "Le précédent bilan officiel, | donné dimanche par les autorités,"
        elif _plain(tok, lang) or (described and tok.kind in _TAIL and not tok.is_capitalised):
            described = described or reported  # a word after the report: only "by" may follow now
        elif not (reported and (tok.low in lang.determiners or tok.low in saying(lang))):  # "communiqué ce vendredi"
            return k
        elif tok.low in saying(lang):
            described = True  # "un bilan annoncé mardi par", "the statistics released by"
        j += 1
    return k


def report_author_start(tokens: list[Token], lang: LanguageData) -> int:
    """Where the author starts in a name that opens with its report ("Cifras preliminares de | las autoridades"), or 0.

    A name read before a verb of saying may be the report, not who made it ("El último informe del Instituto
    Nacional de Defensa Civil indica"): past the report as :func:`past_report` reads it, when a name or a source's
    head follows (session 22, attr23).
    """
    k = past_report(tokens, 0, lang)
    return k if 0 < k < len(tokens) and _author_at(tokens, k, lang) else 0


def _by_ahead(tokens: list[Token], j: int, by: frozenset[str]) -> bool:
    """Whether "by" follows within the report's reach, past lower-case words only ("en fin d'après-midi | par")."""
    for tok in tokens[j : j + _REPORT_REACH]:
        if tok.low in by:
            return True
        if tok.kind not in _TAIL or tok.is_capitalised:
            return False
    return False


def _report(tok: Token, lang: LanguageData) -> bool:
    """A report noun, or (where nouns compound) a word ending in a long one ("slachtofferbalans").

    The English and Dutch lists hold adjectives and participles too ("latest", "eerste", "released"): those only
    describe a report, so "according to the first rescuers of the Red Cross" names the rescuers, not the Red Cross.
    """
    low = tok.low
    if low in _DESCRIBING:
        return False
    if low in lang.report_words:
        return True
    return lang.compound_heads and any(low.endswith(w) and len(w) >= 5 < len(low) for w in lang.report_words)


def _author_at(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a source's head or a name follows at ``k``, past an article ("de | la préfecture", "de | l'Afad").

    After a report and its adjective ("les derniers chiffres provisoires de"),
    "of" names the author only then: "le bilan provisoire de l'accident" names none.
    """
    if k < len(tokens) and tokens[k].low in lang.determiners:
        k += 1
    return k < len(tokens) and tokens[k].kind is WORD and (tokens[k].is_capitalised or is_head(tokens[k].low, lang))
