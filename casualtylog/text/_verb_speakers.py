"""The speaker of a verb of saying: "said Tkachenko on Telegram", "la Défense civile a annoncé", "aldus de politie".

The walk :func:`verb_speaker` goes through a sentence for a verb of saying (one word or a phrase such as
"ont fait état de") or a postposed "according to" ("aldus", "so"), and reads the name before the verb (past
auxiliaries and asides) or after it (an inverted subject), with the outlet told. It was part of
:mod:`casualtylog.text._attribution`, which asks it after "according to" and before the fallbacks (a verb-second
participle, a verb that raises a total, a passive's agent); split out so that module stays one concept in size.
"""

from __future__ import annotations

from casualtylog.text._apposed_persons import person_before_apposition
from casualtylog.text._own_account import speaking_verb_end
from casualtylog.text._phrases import phrases
from casualtylog.text._source_clauses import before_relative, broadcast, comma_speaker, words_only
from casualtylog.text._source_names import MAX_NAME, clean_name, name_after, name_before, outlet_told
from casualtylog.text._source_outlets import outlet_ahead, past_outlet
from casualtylog.text._source_relays import outlet_closing, relay_closing
from casualtylog.text._source_shapes import opener_end, saying, statement_end, statement_start
from casualtylog.text._time_adverbs import past_time
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["MAX_AUX", "verb_speaker"]

#: How many auxiliaries and adverbs may stand between a source and its verb of saying.
MAX_AUX = 2
#: Asides of "for its part" between a source and its verb ("l'armée a de son côté fait état", "por su parte").
_ASIDES = frozenset(
    {
        ("de", "son", "côté"),
        ("de", "leur", "côté"),
        ("pour", "sa", "part"),
        ("pour", "leur", "part"),
        ("por", "su", "parte"),
        ("a", "su", "vez"),
        ("for", "its", "part"),
        ("for", "their", "part"),
    }
)


def _past_aside(tokens: list[Token], j: int) -> int:
    """The index before a three-word aside ending at ``j`` ("a | de son côté | fait état"), or ``j``."""
    if j >= 3 and tuple(t.low for t in tokens[j - 2 : j + 1]) in _ASIDES:
        return j - 3
    return j


def verb_speaker(tokens: list[Token], lang: LanguageData, text: str) -> tuple[str | None, str | None]:
    """The name a verb of saying (or a postposed "according to") gives, and the outlet it was told to.

    ``(None, None)`` (or an empty name) when no verb of saying names anyone; the caller then tries its
    fallbacks. The outlet is ``None`` when the name came from a postposed "according to" or a noun before
    a verb of saying ("State media reports say").
    """
    source: str | None = None
    many = phrases(lang, "saying_phrases")
    many_first = many.forward.children
    for i, tok in enumerate(tokens):
        # "…, aldus de politie", "…, so die Polizei": a short one ("so" is an adverb too) only after a comma
        if tok.low in lang.postposed_according and (len(tok.low) > 2 or i == 0 or tokens[i - 1].text == ","):
            source = name_after(tokens, i + 1, lang, text)
            if source:
                return source, None
        # "ont fait état de", "dieron a conocer": a verb of saying in more than one word ends at ``end``.
        phrase = many.at(tokens, i) if tok.low in many_first else None
        end = i + phrase[0] - 1 if phrase is not None else i
        if phrase is None and tok.low not in saying(lang) and (own := speaking_verb_end(tokens, i, lang)) is not None:
            phrase, end = (own - i + 1, None), own  # "Hezbollah heeft naar eigen zeggen", "geht die Polizei … aus"
        if (tok.low in saying(lang) or phrase is not None) and tok.kind is WORD:
            if end + 1 < len(tokens) and tokens[end + 1].low in saying(lang):
                # A verb of saying before another is a noun: "State media reports say" names
                # the media, "Early reports suggest" names no one ("a fait savoir" is one verb).
                source = name_before(tokens, i - 1, lang, text)
                if source and any(w.casefold() in lang.source_heads for w in source.split()):
                    return source, None
                source = None
                continue
            j = _past_aside(tokens, i - 1)
            skipped = 0
            while j > 0 and skipped < MAX_AUX and tokens[j].low in lang.gap_words | lang.auxiliaries:
                j = _past_aside(tokens, j - 1)  # "la Défense civile a (également) annoncé", "ha dicho"
                skipped += 1
            # "X in a statement said"; ``before`` remembers that the subject stood before the verb.
            source = before = name_before(tokens, statement_start(tokens, j, lang), lang, text)
            if (person := person_before_apposition(tokens, j, lang)) is not None:
                source = before = clean_name(person, lang, text)  # "Eruviel Avila, governor of the State … said"
            if not source and (rel := before_relative(tokens, j, lang)) is not None:
                source = before = name_before(tokens, rel, lang, text)  # "A senior official who asked not to …"
            start, outlet = past_outlet(tokens, past_time(tokens, end + 1, lang), lang)  # "a déclaré jeudi à l'AFP"
            # "afirmaron en un comunicado los servicios de emergencia": the channel phrase is no name.
            after = name_after(tokens, statement_end(tokens, past_time(tokens, start, lang), lang), lang, text)
            if not source or (i == 1 and " " not in source and after):
                source = after  # "Later meldde Tkachenko": a capitalised first word is no name
            if not source:
                source = before = comma_speaker(tokens, j, end, lang, text)  # "…, residents said."
            # "Im Gazastreifen meldete das Gesundheitsministerium": a place opens the clause, its subject follows.
            opener = lang.source_place_preps | lang.outlet_preps | lang.broadcast_preps  # "Tegen RTL Nieuws zei …"
            if after and source == before and tokens[0].low in opener and words_only(tokens[:i]):
                source = after
            if after and before and source == before and before.casefold() in lang.channels:
                source = after  # "Auf Telegram teilte der Gouverneur mit": the platform is the via, not who spoke
            if j >= 0 and tokens[j].low in lang.pronoun_subjects and (j == 0 or tokens[j - 1].kind is PUNCT):
                source = None  # "Er sagte den Journalisten": a pronoun spoke, and the name after it is whom he told
            opened = opener_end(tokens, i, lang) if not source else None
            if opened is not None:
                source = name_after(tokens, opened, lang, text)  # "wie die Polizei am Sonntag mitteilte"
            if source:
                told = _told_channel(tokens, i, lang, text) or outlet
                if told is None and source == before:
                    told = outlet_told(tokens, past_time(tokens, end + 1, lang), lang, text)
                if told is None and source == after:
                    told = outlet_ahead(tokens, start, lang)  # "dijo el gobernador a Reuters"
                if told is None:
                    told = relay_closing(tokens, end + 1, lang, text) or outlet_closing(tokens, end + 1, lang, text)
                if told is None:
                    told = broadcast(tokens, i, lang)  # "sagte der Minister im ZDF", "Sur BFMTV, le ministre a …"
                return source, told
    return source, None


def _told_channel(tokens: list[Token], i: int, lang: LanguageData, text: str) -> str | None:
    """ "Ruiz told Televisa", "X told The Associated Press": the outlet told is the channel.

    Only a capitalised name right after the verb (past "the" and lower-case
    words of what the outlet is: "local television station Televisa"):
    "told reporters" and "told the agency" name no outlet.
    """
    if tokens[i].low not in lang.told_verbs:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= MAX_NAME and tokens[k].kind is WORD and not tokens[k].is_capitalised:
        k += 1
    if k >= len(tokens) or not tokens[k].is_capitalised or tokens[k].low in lang.weekdays:
        return None
    if any(t.low not in lang.determiners and t.low not in lang.channel_words for t in tokens[i + 1 : k]):
        return None
    return name_after(tokens, k, lang, text)
