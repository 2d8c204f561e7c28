"""Who said it, and how: "said Tkachenko on Telegram", "volgens de luchtmacht".

This module walks a sentence for the words that name a source ("according
to", "citing", a verb that raises a total) and for its channel; the walk for a
verb of saying is :mod:`casualtylog.text._verb_speakers`, and the names
themselves are read in :mod:`casualtylog.text._source_names`.
"""

from __future__ import annotations

from functools import cache

from casualtylog.text._name_initials import join_initials
from casualtylog.text._phrases import phrases
from casualtylog.text._plain_sources import plain_noun_phrase
from casualtylog.text._quote_speakers import quote_tail
from casualtylog.text._romance_sources import past_report
from casualtylog.text._source_clauses import and_others, headline_colon, report_author
from casualtylog.text._source_names import MAX_NAME, name_after, name_before
from casualtylog.text._source_relays import relay_after, relay_before, relay_closing
from casualtylog.text._source_shapes import channel_named, is_head, saying
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token
from casualtylog.text._verb_speakers import MAX_AUX, verb_speaker
from casualtylog.text.lang import LanguageData

__all__ = ["attribute"]


def _channel(tokens: list[Token], lang: LanguageData) -> str | None:
    statements = phrases(lang, "statement_phrases")
    first = statements.forward.children  # most words start no statement phrase: no call for them
    for i, tok in enumerate(tokens):
        hit = statements.at(tokens, i) if tok.low in first else None
        if hit is not None:
            return str(hit[1])
        if tok.low in lang.channel_preps and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.low in lang.determiners and i + 2 < len(tokens) and tokens[i + 2].is_capitalised:
                nxt = tokens[i + 2]  # "in a Facebook post", "on its Telegram channel"
            nxt = (
                channel_named(tokens, i + 1, lang) or nxt
            )  # "auf der Plattform Telegram", "via berichtendienst Telegram"
            if nxt.low in lang.channels and (nxt.low != "x" or nxt.text == "X"):
                return lang.channels[nxt.low]
    return None


def attribute(tokens: list[Token], lang: LanguageData, text: str) -> tuple[str | None, str | None]:
    """The source named in a sentence and the channel it used, each ``None`` when absent.

    ``text`` is the whole text the tokens' offsets point into.
    """
    source, channel = _attribute(tokens, lang, text)
    if source is None and (tail := quote_tail(tokens, lang, text)) is not None:
        spoke, told = _attribute(tail, lang, text)  # "We have found 26 bodies. And …," said Faridul Islam
        if spoke:
            return spoke, told or channel
    return source, channel


def _attribute(tokens: list[Token], lang: LanguageData, text: str) -> tuple[str | None, str | None]:
    tokens = join_initials(tokens, lang, text)  # "R.K. Meena", "The U.N. says": the initial's period ends no name
    cited_by = phrases(lang, "cited_by")
    for i in cited_by.starts(tokens, 1):
        hit = cited_by.at(tokens, i)
        if hit is not None:  # "a indiqué l'armée de l'air, citée par Ukrinform"
            outlet = name_after(tokens, i + hit[0], lang, text)
            speaker, _ = _speaker(tokens[:i], lang, text)
            if outlet and speaker:
                return speaker, outlet
    citing = phrases(lang, "citing")
    for i in citing.starts(tokens):
        hit = citing.at(tokens, i)
        if hit is not None:
            at = i + hit[0]
            at += at < len(tokens) and tokens[at].low in lang.object_markers  # "citando a fuentes oficiales"
            cited = name_after(tokens, at, lang, text)
            if cited:
                relay, channel = _speaker(tokens[:i], lang, text)
                if relay is None and i == 0:  # "Citing hospital officials, Reuters reported …"
                    comma = next((j for j, t in enumerate(tokens) if t.text == ","), len(tokens))
                    relay, channel = _speaker(tokens[comma + 1 :], lang, text)
                elif relay is None and i > 1 and tokens[i - 1].text == ",":  # "Reuters, citing police, said"
                    relay = name_before(tokens, i - 2, lang, text)
                return cited, _channel(tokens, lang) or relay or channel
    source, channel = _speaker(tokens, lang, text)
    if source and _two_speakers(tokens, lang, text, {source.casefold(), (channel or "").casefold()}):
        return None, None  # "Police said 5 died, while hospital officials put it at 7": no one source (the guide)
    return source, channel


def _two_speakers(tokens: list[Token], lang: LanguageData, text: str, found: set[str]) -> bool:
    """Whether a comma or semicolon parts the sentence into two clauses, each with a figure and its own speaker.

    ``found`` holds the sentence's source and the outlet that relays it ("…, Agence France-Presse reported"):
    a clause whose speaker is one of them gives no second source.
    """
    for b, tok in enumerate(tokens):
        if tok.text not in {",", ";"}:
            continue
        left, right = tokens[:b], tokens[b + 1 :]
        if not any(t.kind is NUMBER for t in left) or not any(t.kind is NUMBER for t in right):
            continue
        first, second = _speaker(left, lang, text)[0], _speaker(right, lang, text)[0] or _subordinate(right, lang)
        if first and second and second.casefold() not in found and not _one_speaker(first, second):
            return True
    return False


def _subordinate(tokens: list[Token], lang: LanguageData) -> str | None:
    """The head of a clause a conjunction opens whose speaker comes first and its verb last.

    "…, während das Krankenhaus sieben Tote meldete", "…, terwijl het ziekenhuis er zeven meldt": the
    speaker finder reads main clauses only, and a second speaker missed there gave the first one the figure
    of both (the guide: two sources for two figures give none).
    """
    if len(tokens) < 3 or tokens[0].low not in lang.boundaries:
        return None
    k = 1
    while k < len(tokens) and tokens[k].low in lang.determiners:
        k += 1
    if k == 1 or k >= len(tokens) or not is_head(tokens[k].low, lang):
        return None
    words = [t for t in tokens[k + 1 :] if t.kind is WORD]
    return tokens[k].text if words and words[-1].low in _said_forms(lang) else None


def _one_speaker(first: str, second: str) -> bool:
    """Two names of one speaker ("the Health Ministry" … "the ministry", "Gouverneur Synjehubow" … "Synjehubow")."""
    return bool(set(first.casefold().split()) & set(second.casefold().split()))


def _speaker(tokens: list[Token], lang: LanguageData, text: str) -> tuple[str | None, str | None]:
    """The source a sentence names and its channel, without "citing"."""
    source: str | None = None
    according = phrases(lang, "according_to")
    # "Early reports suggest …, according to Gwendolyn Pang": "according to" names the source wherever it stands.
    for i in according.starts(tokens):
        hit = according.at(tokens, i)
        if hit is not None:
            source = name_after(tokens, past_report(tokens, i + hit[0], lang), lang, text)
            # "selon la cellule de crise du Ministère …,": after "according to", a plain noun phrase names it too
            source = source or plain_noun_phrase(tokens, past_report(tokens, i + hit[0], lang), lang, text)
            if source and lang.compound_heads and _names_report(source, lang):
                source = None  # "laut Behördenangaben": a compound of a report names no one (the corpus guide)
            if source and and_others(tokens, i + hit[0], lang):
                return None, None  # "volgens de VN en andere organisaties": two sources at once give none (the guide)
            if source:
                spoke = _said_before(tokens, i, i + hit[0], lang, text)
                if spoke and spoke[0] != source:  # "…, the governor said, according to AFP": AFP relays him
                    return spoke[0], spoke[1] or source
                relay = relay_before(tokens, i, lang, text) or relay_after(tokens, i + hit[0], lang, text)
                closing = relay_closing(tokens, i + hit[0], lang, text)  # "Volgens de politie …, meldt ANP"
                if not relay and closing and closing != source and any(w[:1].isupper() for w in closing.split()):
                    relay = closing
                return source, _channel(tokens, lang) or relay
    postposed = _according_after(tokens, lang, text)
    if postposed:
        return postposed, _channel(tokens, lang)
    source, told = verb_speaker(tokens, lang, text)
    if source:
        return source, _channel(tokens, lang) or told
    found = source or _verb_second(tokens, lang, text) or _raiser(tokens, lang, text) or _agent(tokens, lang, text)
    found = found or report_author(tokens, lang, text)  # "Le précédent bilan, donné par les autorités, faisait état"
    return found or headline_colon(tokens, lang, text), _channel(tokens, lang)


def _said_before(tokens: list[Token], i: int, k: int, lang: LanguageData, text: str) -> tuple[str, str | None] | None:
    """ "Five died, the governor said, | according to AFP.": the speaker of the clause before a closing "according to".

    Only when "according to" at ``i`` follows a comma and its name (from ``k``) closes the sentence, and the
    short clause between that comma and the one before it holds a verb of saying: the speaker is the source, the
    name after "according to" the outlet that relays what was said.
    """
    if i < 2 or tokens[i - 1].text != "," or any(t.text == "," or t.low in saying(lang) for t in tokens[k:]):
        return None
    if len(tokens) - k > MAX_NAME:
        return None
    start = max((j for j in range(i - 1) if tokens[j].text == ","), default=-1) + 1
    if start == 0 or i - 1 - start > MAX_NAME:
        return None  # "The governor said …, according to the police": no clause of saying set off by commas
    if not any(t.low in saying(lang) and t.kind is WORD for t in tokens[start : i - 1]):
        return None
    speaker, channel = _speaker(tokens[: i - 1], lang, text)
    return (speaker, channel) if speaker else None


def _agent(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """ "Douze morts ont été confirmés par les autorités", "confirmadas por las autoridades": a passive's agent.

    The agent after :attr:`LanguageData.agent_preps` right after a participle of saying in any
    gender or number ("confirmés", "confirmadas" read as "confirmé", "confirmado").
    """
    for k in range(1, len(tokens) - 1):
        if tokens[k].low in lang.agent_preps and _said_participle(tokens[k - 1].low, lang):
            return name_after(tokens, k + 1, lang, text)
    return None


def _said_participle(low: str, lang: LanguageData) -> bool:
    """A verb of saying or its participle, plural or feminine: "confirmés", "signalée", "reportadas"."""
    said = _said_forms(lang)
    stem = low.removesuffix("s")
    return any(w in said for w in (low, stem, stem.removesuffix("e"), stem.removesuffix("a") + "o"))


def _according_after(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """ "Der Polizei zufolge": the name before a postposed "according to", unless it names a report.

    "Den Angaben zufolge", "Medienberichten zufolge", "Polizeiangaben zufolge" name no one
    (the corpus guide: such compounds give no source).
    """
    for i in range(1, len(tokens)):
        if tokens[i].low in lang.according_after and tokens[i].kind is WORD:
            name = name_before(tokens, i - 1, lang, text)
            if name and not _names_report(name, lang):
                return name
    return None


def _names_report(name: str, lang: LanguageData) -> bool:
    """A name whose last word is a report or ends in one ("Angaben", "Polizeiangaben", "Medienberichten")."""
    last = name.split()[-1].casefold()
    return any(last.endswith(w) for w in lang.report_words)


def _verb_second(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """ "Die Polizei hat zwei Verletzte bestätigt", "Zuvor hatte die Polizei von 46 Verletzten gesprochen".

    A participle of saying closes the sentence (Dutch, German); the clause's
    auxiliary stands second, so its subject is the name right after the
    auxiliary, or else the name that opens the sentence before it; in a
    passive, the agent after :attr:`LanguageData.agent_preps` in that clause.
    """
    last = len(tokens) - 1
    while last >= 0 and tokens[last].kind is PUNCT:
        last -= 1
    if last < 2 or tokens[last].low not in lang.said_participles:
        return None
    # The auxiliary second in the sentence: after its first word or after a name that opens it; or first in the
    # clause after the last comma ("…, heeft burgemeester Klitsjko gezegd").
    comma = max((j for j in range(last) if tokens[j].text == ","), default=-1)
    if comma > 0 and comma + 2 < last and tokens[comma + 1].low in lang.auxiliaries:
        subject = name_after(tokens, comma + 2, lang, text)
        if subject:
            return subject
    for a in range(1, min(last, MAX_NAME + 1)):
        tok = tokens[a]
        if tok.kind is not WORD:
            break
        if tok.low in lang.auxiliaries:
            subject = name_after(tokens, a + 1, lang, text)
            opening = name_before(tokens, a - 1, lang, text)
            if not subject and tokens[a + 1].low in lang.auxiliaries and not (opening and _has_head(opening, lang)):
                continue  # "Nur Stunden zuvor | hatte die Regierung …": an adverb listed with the auxiliaries
            # "Die Regierung hat die Zahl der Toten auf 9000 beziffert": the object after the auxiliary is no source.
            if opening and (not subject or not _has_head(subject, lang)) and _has_head(opening, lang):
                return opening
            if subject or opening:
                return subject or opening
            break
    # A passive: "20 Tote werden von den Behörden gemeldet", "12 doden werden door de politie bevestigd".
    for k in range(last - 1, 0, -1):
        if tokens[k].kind is PUNCT:
            return None
        if tokens[k].low in lang.agent_preps:
            return name_after(tokens, k + 1, lang, text)
    return None


def _has_head(name: str, lang: LanguageData) -> bool:
    """Whether a name holds a source's head noun or a title ("Regierung", "Polizei", "Bürgermeister")."""
    return any(is_head(w.casefold(), lang) or w.casefold() in lang.titles for w in name.split())


def _raiser(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """The subject of a verb that puts a total at a figure ("Las autoridades colombianas han elevado a 314 el balance")."""
    for i, tok in enumerate(tokens):
        if tok.low in lang.raise_verbs and tok.kind is WORD:
            j = i - 1
            while j > 0 and i - j <= MAX_AUX and tokens[j].low in lang.gap_words | lang.auxiliaries:
                j -= 1
            return name_before(tokens, j, lang, text)
    return None


@cache
def _said_forms(lang: LanguageData) -> frozenset[str]:
    return saying(lang) | lang.said_participles
