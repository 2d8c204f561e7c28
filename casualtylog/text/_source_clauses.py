"""The clauses around a source: a headline's colon, a relative clause after it, a broadcaster it spoke on.

"Police: 5 dead in shooting", "A senior official who asked not to be named said", "sagte der Minister im
ZDF", "Sur BFMTV, le ministre a indiqué": read for :mod:`casualtylog.text._attribution`, which decides when to
ask. Written in session 11 (attr11, issue 13 item 4), apart from that walk so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text._romance_sources import past_report
from casualtylog.text._source_names import clean_name, name_after
from casualtylog.text._source_shapes import is_head, saying
from casualtylog.text._time_adverbs import past_time
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token, visible
from casualtylog.text.lang import LanguageData

__all__ = [
    "and_others",
    "before_relative",
    "broadcast",
    "comma_speaker",
    "headline_colon",
    "report_author",
    "words_only",
]

#: The most words a source's name may hold before a headline's colon ("Ministère de la Santé : 40 morts").
_MAX_HEADLINE = 5
#: Relative pronouns after a source, and how many words its clause may take before the verb of saying.
_RELATIVE = frozenset({"who", "die", "der", "qui", "que", "quien"})
_MAX_RELATIVE = 12
#: How far after its verb of saying a broadcaster may stand ("sagte Innenminister Hans Weber am Morgen im …").
_BROADCAST_REACH = 8
#: How far into the sentence a phrase of a broadcaster may open ("En declaraciones a | Radio Nacional, …").
_OPENING_REACH = 2
#: The most words a broadcaster's name may hold ("BBC Radio 4", "Antenne Réunion").
_MAX_BROADCAST = 4
#: Demonstratives: an author they open points back to one named before ("ce même responsable", "this official").
_DEMONSTRATIVES = frozenset(
    {
        *("this", "that", "these", "those", "deze", "dit", "ce", "cet", "cette", "ces"),
        *("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"),
    }
)
#: How far after "according to" "and others" may close the name ("volgens de jongste cijfers van de Verenigde
#: Naties | en andere organisaties").
_OTHERS_REACH = 14


#: The most words the unnamed speaker of a closing "…, residents said." may hold ("a community leader and a resident").
_MAX_COMMA_SPEAKER = 6
#: How a plural noun ends in the five languages ("residents", "hulpverleners", "témoins", "travaux"): the guide makes
#: unnamed plural sources sources and an unnamed singular one anaphoric (none).
_PLURAL_ENDS = ("s", "x", "en")


def comma_speaker(tokens: list[Token], j: int, end: int, lang: LanguageData, text: str) -> str | None:
    """ "…, residents said.", "…, human rights activists said Friday.": the unnamed speaker between a comma and the
    verb of saying that closes the sentence.

    ``j`` is the last word before the verb, ``end`` the verb's last word. The speaker is whatever plain lower-case
    plural noun phrase stands there (the guide: unnamed plural sources are sources, "officials and local people"); the
    shape, not a list of heads, says it speaks: only the verb (and a time) follow it before the sentence's end or
    a comma. Not where nouns are capitalised (German reads its subjects by case). Session 18 (attr18).
    """
    if lang.nouns_capitalised:
        return None
    c = j
    while c >= 0 and j - c < _MAX_COMMA_SPEAKER and tokens[c].text != ",":
        tok = tokens[c]
        if tok.kind is not WORD or tok.is_capitalised or tok.low in lang.pronoun_subjects:
            return None
        if not (tok.low in lang.determiners or tok.low in lang.name_conjunctions or _noun_like(tok, lang)):
            return None
        c -= 1
    if c < 0 or c == j or tokens[c].text != ",":
        return None
    words = tokens[c + 1 : j + 1]
    if words[-1].low in lang.determiners | lang.name_conjunctions or not any(_noun_like(t, lang) for t in words):
        return None
    if not words[-1].low.endswith(_PLURAL_ENDS):
        return None  # "the miner said", "the release said": one speaker or document named before (anaphoric: none)
    k = past_time(tokens, end + 1, lang)
    if k < len(tokens) and tokens[k].kind is not PUNCT:
        return None
    while words[0].low in lang.determiners:
        words = words[1:]  # the guide writes a source without its leading article
    return " ".join(visible(text[words[0].start : words[-1].end]).split())


def _noun_like(tok: Token, lang: LanguageData) -> bool:
    """A plain word that may be (or describe) a speaker: no grammar word, verb of saying, day or auxiliary."""
    low = tok.low
    return (
        tok.text.isalpha()
        and low not in lang.function_words
        and low not in lang.auxiliaries
        and low not in lang.gap_words
        and low not in lang.boundaries
        and low not in saying(lang)
        and low not in lang.weekdays
    )


def report_author(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """ "Le précédent bilan, donné dimanche par | les autorités, faisait état de …": the author of a report that is
    the clause's subject, or the inverted subject of a verb of saying ("…, indique un nouveau bilan de | la police").

    The report phrase is read by ``past_report`` (an article, a report noun, then "of" before an author, or a
    participle and "by"), as after "according to"; it must open the sentence or a clause (after a comma) or follow
    a verb of saying, where only the subject stands. Asked only when nothing else named a source. Session 18
    (attr18). Linear: one ``past_report`` walk (bounded) per article.
    """
    for j, tok in enumerate(tokens):
        if tok.low not in lang.determiners:
            continue
        if j and tokens[j - 1].text != "," and tokens[j - 1].low not in saying(lang):
            continue
        k = past_report(tokens, j, lang)
        if k > j:
            return name_after(tokens, k, lang, text) if _author(tokens, k, lang) else None
    return None


def _author(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a report's author starts at ``k``: a name or a source's head after a plain article.

    "The tally of | missing people" counts the missing, no author; "un bilan fourni par | ce même responsable"
    points back to a speaker named before, which the guide gives no source, like a pronoun.
    """
    if k < len(tokens) and tokens[k].low in _DEMONSTRATIVES:
        return False
    if k < len(tokens) and tokens[k].low in lang.determiners:
        k += 1
    return k < len(tokens) and tokens[k].kind is WORD and (tokens[k].is_capitalised or is_head(tokens[k].low, lang))


def and_others(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether the name "according to" opens at ``k`` goes on with "and other …" before the clause ends.

    "according to the United Nations and other agencies", "volgens … de Verenigde Naties en andere organisaties",
    "selon l'ONU et d'autres organisations": the count is the named source's and others' at once, which the
    corpus guide gives no source (tests/data/news/README.md, batch 2: "a count attributed to two sources at once").
    Session 18 (attr18). Bounded by ``_OTHERS_REACH``.
    """
    for j in range(k, min(len(tokens) - 1, k + _OTHERS_REACH)):
        if tokens[j].kind is not WORD:
            return False
        if tokens[j].low in lang.name_conjunctions:
            m = j + 1
            if m < len(tokens) and tokens[m].low in lang.determiners | lang.name_connectors:
                m += 1  # "et d'autres", "and the other"
            return m < len(tokens) and tokens[m].low in lang.others_words
    return False


def headline_colon(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """ "Police: 5 dead in shooting", "Pompiers : trois blessés": a source's name before a colon opening a headline.

    Only words before the colon, holding a source's head noun or a title: a weekday ("Vendredi :"), a place or a
    topic before a colon names no one.
    """
    colon = next((j for j, t in enumerate(tokens[: _MAX_HEADLINE + 1]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(tokens):
        return None
    if any(t.kind is not WORD or t.low in lang.weekdays | lang.months for t in tokens[:colon]):
        return None
    words = [t for t in tokens[:colon] if t.low not in lang.determiners]
    if not words:
        return None  # "Die:" (found by the property test in session 18): only articles before the colon name no one
    last, first = words[-1], words[0]
    # "Health ministry:", "Gaza Health Ministry:" close on the head; a proper name before a capitalised head is a
    # place ("Gaza City:"), except in German, which capitalises every noun.
    closing = _head_word(last, lang) and (
        len(words) == 1
        or not last.is_capitalised
        or lang.nouns_capitalised
        or _head_word(words[-2], lang)
        or not words[-2].is_capitalised
    )
    # "Ministère de la Santé :", "Ministry of Health:": the head first, its complement after a connector.
    opening = len(words) > 1 and _head_word(first, lang) and words[1].low in lang.name_connectors
    return clean_name(tokens[:colon], lang, text) if closing or opening else None


def _head_word(tok: Token, lang: LanguageData) -> bool:
    return is_head(tok.low, lang) or tok.low in lang.titles


def words_only(tokens: list[Token]) -> bool:
    return all(t.kind is WORD for t in tokens)


def before_relative(tokens: list[Token], j: int, lang: LanguageData) -> int | None:
    """ "A senior official | who asked not to be named said": the head before a relative clause ending at ``j``.

    Only a head noun or a title right before the relative pronoun, and only words (and the comma closing the
    clause) between it and the verb of saying.
    """
    k = j - (j >= 0 and tokens[j].text == ",")
    for r in range(k, max(0, k - _MAX_RELATIVE), -1):
        if tokens[r].kind is not WORD:
            return None
        if tokens[r].low in _RELATIVE and (is_head(tokens[r - 1].low, lang) or tokens[r - 1].low in lang.titles):
            return r - 1
    return None


def broadcast(tokens: list[Token], i: int, lang: LanguageData) -> str | None:
    """ "sagte der Minister im ZDF", "Sur Antenne Réunion, la ministre a confirmé": the broadcaster a source spoke on.

    After one of :attr:`LanguageData.broadcast_preps` (or the "to" of telling opening the sentence: "Tegen RTL
    Nieuws zei …", "En declaraciones a Radio Nacional, …"), in the clause of the verb of saying at ``i`` or in
    the words that open the sentence; only an outlet by its shape: an acronym of three capitals or more ("ZDF",
    "BFMTV"), a name after a word of what it is ("la cadena CNN"), or, where nouns are not capitalised, two
    capitalised words with no head noun ("Antenne Réunion"). "Im Krankenhaus", "sur place" and "on Monday" name
    no outlet.
    """
    opening = next((k for k, t in enumerate(tokens) if t.kind is PUNCT), len(tokens))
    for k, tok in enumerate(tokens):
        # a phrase that opens the sentence ("Sur BFMTV, …", "En declaraciones a …,", "Tegen RTL Nieuws zei …"),
        # closed by a comma before the verb or by a verb that stands second
        opens = k <= _OPENING_REACH and (k < opening < i or (k == 0 and words_only(tokens[:i])))
        if tok.low not in lang.broadcast_preps and not (opens and tok.low in lang.outlet_preps):
            continue
        if not (opens or (i < k <= i + _BROADCAST_REACH and words_only(tokens[i + 1 : k]))):
            continue
        name = _outlet_shaped(tokens, k + 1, lang)
        if name:
            return name
    return None


def _outlet_shaped(tokens: list[Token], m: int, lang: LanguageData) -> str | None:
    """The outlet's name from ``m`` (past articles and a word of what it is), when it has an outlet's shape."""
    while m < len(tokens) and (tokens[m].low in lang.determiners or tokens[m].low in lang.possessives):
        m += 1
    described = m < len(tokens) and tokens[m].low in lang.channel_words and not tokens[m].is_capitalised
    m += described
    end = m
    while (
        end < len(tokens)
        and end - m < _MAX_BROADCAST
        and (
            tokens[end].is_capitalised or (end > m and tokens[end].kind is NUMBER)  # "BBC Radio 4"
        )
    ):
        end += 1
    run = tokens[m:end]
    if not run or any(t.low in lang.weekdays | lang.months or is_head(t.low, lang) for t in run):
        return None
    first = run[0].text
    acronym = len(first) >= 3 and first.isupper()
    several = len(run) >= 2 and not lang.nouns_capitalised
    return " ".join(t.text for t in run) if described or acronym or several else None
