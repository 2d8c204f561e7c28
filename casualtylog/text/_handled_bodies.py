"""Bodies counted as they are handled, not as a toll: identified, or seen in images (issue 13, session 21).

The corpus guide gives no claim for "bodies displayed, handed back or identified" and for bodies seen in
footage (rounds 9, 13 and 16). A count whose noun is a body noun reads as the dead by default ("42 bodies were
found"), so two shapes of new text became false alarms:

- the participle of identifying right after the bodies ("29 bodies have been identified", "zeven of acht lichamen
  geïdentificeerd"): who some of the dead were. Coordinated with a verb of finding ("Three bodies have been
  recovered and identified") the count is the recovery's, and stays;
- images the bodies are seen in, anywhere in the sentence ("It shared photos of dozens of bodies", "op eigen beelden
  te zien is dat zeker 47 lichamen …", "según imágenes compartidas"). A photographer who saw them is a witness: his
  count stays, as one by any eyewitness (the guide, round 14).
"""

from __future__ import annotations

from casualtylog.text._mention import Mention
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._identified_words import IDENTIFIED_PARTICIPLES, IMAGE_NOUNS

__all__ = ["handled_bodies"]

#: How far after the figure its body noun may stand ("29 bodies", "six dead bodies", "dozens of bodies").
_NOUN_REACH = 3
#: How far after the body noun the participle of identifying may stand ("bodies have been identified").
_PARTICIPLE_REACH = 4
#: Words that coordinate the participle with another predicate ("recovered and identified"): the count is that one's.
_AND = frozenset({"and", "en", "et", "y", "e", "und", "&"})


def _body_noun_after(tokens: list[Token], m: Mention, lang: LanguageData) -> int | None:
    """The index of the figure's body noun right after it, or None."""
    for k in range(m.end, min(len(tokens), m.end + _NOUN_REACH)):
        if tokens[k].low in lang.body_nouns:
            return k
        if tokens[k].value is not None or tokens[k].text in {",", ";", ":"}:
            return None
    return None


def handled_bodies(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """Whether ``m`` counts bodies identified or seen in images: no toll."""
    images, participles = IMAGE_NOUNS.get(lang.code), IDENTIFIED_PARTICIPLES.get(lang.code)
    if not images or not participles:
        return False
    noun = _body_noun_after(tokens, m, lang)
    if noun is None:
        return False
    if any(t.low in images for t in tokens):
        return True
    for k in range(noun + 1, min(len(tokens), noun + 1 + _PARTICIPLE_REACH)):
        low = tokens[k].low
        if low in _AND or low in {",", ";", ":"}:
            return False
        if low in participles:
            return True
    return False
