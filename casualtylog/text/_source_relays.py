"""Who relays what a source said: the outlet that closes or opens a sentence whose source spoke (issue 13, item 4).

"Xinhua said … that 40 people had been rescued, according to the rescue command", "Police said 12 were
arrested, Reuters reported", "Volgens een bestuurder …, aldus persbureau Reuters": the outlet is the claim's
``via``, the source who spoke the source. Moved from :mod:`casualtylog.text._attribution` in session 11 (attr11)
when it reached its size limit; ``attribute`` decides when to ask.
"""

from __future__ import annotations

from casualtylog.text._source_names import MAX_NAME, clean_name, name_after, named
from casualtylog.text._source_outlets import descriptor
from casualtylog.text._source_shapes import saying
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["outlet_closing", "relay_after", "relay_before", "relay_closing"]

#: How many auxiliaries and adverbs may stand between a source and its verb of saying.
_MAX_AUX = 2


def relay_before(tokens: list[Token], end: int, lang: LanguageData, text: str) -> str | None:
    """ "Xinhua said … that 40 people had been rescued, according to the rescue command": Xinhua relays it.

    The capitalised name right before the first verb of saying ahead of
    "according to", when the sentence opens with that verb's subject.
    """
    for i in range(1, end):
        if tokens[i].low in saying(lang) and tokens[i].kind is WORD:
            j = i - 1
            while j > 0 and i - j <= _MAX_AUX and tokens[j].low in lang.gap_words | lang.auxiliaries:
                j -= 1
            start = j
            while start >= 0 and tokens[start].kind is WORD and named(tokens[start]):
                start -= 1
            # The name closes the subject ("Official news agency Xinhua"), and nothing but words come before it.
            if start == j or j > MAX_NAME or any(t.kind is not WORD for t in tokens[: j + 1]):
                return None
            return clean_name(tokens[start + 1 : j + 1], lang, text)
    return None


def relay_after(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    """ "Volgens een bestuurder …, aldus persbureau Reuters": who closes the sentence relays the source it named."""
    for j in range(k + 1, len(tokens) - 1):
        if tokens[j].low in lang.postposed_according:
            return name_after(tokens, j + 1, lang, text)
    return None


def relay_closing(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    """ "Police said 12 were arrested, Reuters reported.": the outlet whose verb closes the sentence relays it.

    Only a capitalised name between a comma and one of :attr:`LanguageData.relay_verbs` that ends the
    sentence ("…, Agence France-Presse reported."), or after such a verb that follows the comma
    ("…, berichtete die Nachrichtenagentur dpa."): "…, the mayor said" names another speaker, no outlet.
    """
    last = len(tokens) - 1
    while last > k and tokens[last].kind is PUNCT:
        last -= 1
    if last <= k:
        return None
    if tokens[last].low in lang.relay_verbs:
        comma = next((j for j in range(last - 1, max(k, last - MAX_NAME - 2), -1) if tokens[j].kind is PUNCT), k)
        if comma > k and tokens[comma].text == "," and named(tokens[last - 1]):
            return clean_name(tokens[comma + 1 : last], lang, text)
        return None
    for j in range(last - 1, max(k, last - MAX_NAME - 2), -1):
        if tokens[j].low in lang.relay_verbs and tokens[j - 1].text == ",":
            name = name_after(tokens, j + 1, lang, text)
            return name if name and name.split()[-1] == tokens[last].text else None
        if tokens[j].kind is PUNCT:
            return None
    return None


def outlet_closing(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    """ "De politie meldt dat …, aldus persbureau ANP": an outlet after a closing "aldus" relays the speaker.

    Only an outlet by its shape: after a word of what it is ("persbureau") or written in capitals ("ANP"); "…,
    aldus de burgemeester" names another speaker.
    """
    for j in range(k + 1, len(tokens) - 1):
        if tokens[j].low in lang.postposed_according and tokens[j - 1].text == ",":
            at = j + 1 + (tokens[j + 1].low in lang.determiners)
            acronym = at < len(tokens) and len(tokens[at].text) >= 2 and tokens[at].text.isupper()
            return name_after(tokens, j + 1, lang, text) if acronym or descriptor(tokens, at, lang) else None
    return None
