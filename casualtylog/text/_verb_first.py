"""Verb-first shapes: a main clause after an adverb puts its verb before its subject (Dutch, German).

"Daarmee komt het dodental … op 66", "Momenteel bedraagt het aantal
ontheemden … ongeveer 103 miljoen": a running total whose verb comes first.
"Verletzt wurde demnach niemand": a zero after its predicate.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._cue_words import cue_particles
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _unlisted_modifier
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text._toll_shapes import confirmed_before, counted_ending
from casualtylog.text.lang import LanguageData

__all__ = ["VerbFirst", "bodies_found_of", "predicate_before_nobody"]

#: How far the inverted verb's subject and its material may run before the number.
_INVERTED_REACH = 12


def predicate_before_nobody(tokens: list[Token], i: int, lang: LanguageData) -> tuple[int, object] | None:
    """The predicate before "niemand" at ``i`` in a language that may put it first ("Verletzt wurde demnach niemand").

    Between them only gap words ("wurde") and at most one plain adverb ("demnach").
    """
    if not lang.predicate_first:
        return None
    j, adverbs = i - 1, 0
    while j >= 0 and (tokens[j].low in lang.gap_words or (adverbs == 0 and _unlisted_modifier(tokens[j], lang))):
        adverbs += tokens[j].low not in lang.gap_words
        hit = phrases(lang, "predicates").ending(tokens, j - 1)
        if hit is not None:
            return hit
        j -= 1
    return None


def bodies_found_of(tokens: list[Token], j: int, lang: LanguageData) -> tuple[int, object] | None:
    """ "de lichamen gevonden van 14 mensen": a body noun, its participle, then "of" ending at ``j`` → killed.

    A verb-second clause leaves the participle between the bodies and whose they are.
    """
    of = phrases(lang, "of_words").ending(tokens, j)
    if of is None:
        return None
    participle = j - of[0]
    lifeless = phrases(lang, "lifeless_words").ending(tokens, participle) if lang.lifeless_words else None
    if lifeless is not None and _is_body(tokens, participle - lifeless[0], lang):
        return of[0] + lifeless[0] + 1, "killed"  # "el cuerpo sin vida de otras tres", "los restos mortales de"
    if _low(tokens, participle) in lang.body_nouns:
        return of[0] + 1, "killed"  # "het lichaam van een zevenjarig meisje", "die Leichen von 14 Menschen"
    # a participle of finding may be a reserved word ("levend gevonden" is a predicate): it still stands between
    # the bodies and whose they are (session 13, ``LanguageData.survivor_found``)
    found = _low(tokens, participle) in lang.survivor_found
    if not found and not _unlisted_modifier(tokens[participle] if participle >= 0 else None, lang):
        return None
    return (of[0] + 2, "killed") if _low(tokens, participle - 1) in lang.body_nouns else None


def _is_body(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A body noun at ``k``, or its singular ("cuerpo" of "cuerpos", "cadáver" of "cadáveres")."""
    low = _low(tokens, k)
    return bool(low) and (low in lang.body_nouns or f"{low}s" in lang.body_nouns or f"{low}es" in lang.body_nouns)


class VerbFirst(SentenceBase):
    """The running total whose verb comes first."""

    def inverted_toll(self, m: Mention) -> bool:
        """ "komt het dodental onder Palestijnen in Gaza donderdag op 66": verb, toll, material, particle, number."""
        tokens, lang = self.tokens, self.lang
        if not lang.count_nouns or m.kind != "number" or self.lacks("toll_nouns", "count_nouns"):
            return False  # it binds only to a toll noun or a noun of number (counted_ending)
        cues = lang.toll_cues
        particle = _low(tokens, m.start - 1)
        particles = cue_particles(lang)
        k = m.start - 1 if particle in particles else m.start
        toll_nouns = phrases(lang, "toll_nouns")
        for end in range(k - 1, max(-1, k - 1 - _INVERTED_REACH), -1):
            tok = tokens[end]
            if tok.is_number or tok.kind is PUNCT or tok.low in lang.boundaries or tok.low in lang.said_verbs:
                return False
            listed = toll_nouns.ending(tokens, end)
            if listed is not None:
                length, metric, group = listed[0], str(listed[1]), None
            else:
                counted = counted_ending(tokens, end, lang, k)
                if counted is None:
                    continue
                length, metric, group = counted
            start = end - length + 1
            if _unlisted_modifier(_tok(tokens, start - 1), lang) and _low(tokens, start - 2) in lang.determiners:
                start -= 1  # "bedraagt de voorlopige balans …": one adjective between the article and the total
            if _low(tokens, start - 1) in lang.determiners:
                start -= 1
            verb = _low(tokens, start - 1)
            wanted = f"{verb} {particle}" if k < m.start else verb
            kind = cues.get(wanted)
            if kind is None or kind in {"increment", "projected"}:
                return False
            binding = Binding(m, metric, group, "toll", cue=kind, chunk_end=m.end, confidence=0.85)
            binding.update = kind == "update"
            if confirmed_before(tokens, start, end, lang):
                binding.status = "confirmed"
            self.add(binding)
            return True
        return False
