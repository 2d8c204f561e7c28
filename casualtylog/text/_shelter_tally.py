"""People hosted by shelters that are counted: "Hay cinco refugios temporales que acogen a 278 personas".

The shelters are the verb's subject and a number counts them; the people the
verb hosts are displaced (the corpus guide: in relief centres → ``displaced``).
A single camp that hosts people is a description of a place (the shelter cues
in :mod:`casualtylog.text._frames` keep it no count); a number of shelters is a
relief tally, and its people are the count.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._mention import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._shelter_words import SHELTER_HOST_HEADS, SHELTER_HOST_NOUNS, SHELTER_HOST_VERBS

__all__ = ["ShelterTally", "hosted_by_shelters"]

#: Words between the hosting verb and the people's figure ("acogen a", "beheimaten derzeit", "abritent actuellement").
_VERB_GAP = 2
#: Tokens between the counted shelters and their verb ("sites d'hébergement mis en place dans les régions touchées").
_SUBJECT_REACH = 12


def _shelter_noun(tok: Token, lang: LanguageData) -> bool:
    low = tok.low
    return low in SHELTER_HOST_NOUNS.get(lang.code, frozenset()) or low.endswith(SHELTER_HOST_HEADS.get(lang.code, ()))


def hosted_by_shelters(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """The figure of ``m`` follows a verb of hosting whose subject is a number of shelters."""
    verbs = SHELTER_HOST_VERBS.get(lang.code)
    if not verbs:
        return False
    verb = next((v for v in range(m.start - 1, max(-1, m.start - 2 - _VERB_GAP), -1) if _low(tokens, v) in verbs), None)
    if verb is None or any(t.kind is not WORD for t in tokens[verb + 1 : m.start]):
        return False
    for s in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        tok = tokens[s]
        if tok.kind is PUNCT or (tok.low in lang.boundaries and tok.low not in lang.coordinators):
            return False
        if s >= 1 and _shelter_noun(tok, lang) and tokens[s - 1].is_number:
            return True
    return False


class ShelterTally(SentenceBase):
    """The people that counted shelters host."""

    def hosted_in_shelters(self, m: Mention) -> bool:
        """ "61 Evakuierungszentren beheimaten derzeit 32.954 Menschen": 32,954 displaced."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or not hosted_by_shelters(tokens, m, lang):
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False  # "abritent 300 tentes": things, no people
        group = noun[1] if noun[0] == "group" else None
        self.add(Binding(m, "displaced", group, "object", chunk_end=m.end + noun[2], confidence=0.8))
        return True
