"""Who the victims were: "Bei den Todesopfern handelt es sich um sieben Polizisten und 26 Zivilisten".

German (and Dutch "bij de doden gaat het om …") names a metric first, in a
prepositional phrase ("bei den Todesopfern", "bei den verletzten Kindern"),
then lists who they were after an impersonal "it is about"
(:attr:`LanguageData.identity_cues`: "handelt es sich um"). Each count of
people in the list is a count of that metric, with its own group. The metric
phrase is a closed shape (a metric noun, or a metric participle before a group
noun, after the language's "among" or "at" preposition and article), so the
frame fires on any list, not on the sentences it was found in.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding, SentenceBase
from casualtylog.text._clause_cues import AND
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["IdentityFrame", "identity_group"]

#: How far back from a list member its cue ("um") may stand: the list's earlier members.
_LIST_REACH = 16
#: Adverbs allowed between the cue's verb phrase and "um" ("handelte es sich demnach um").
_ADVERBS = 2


class IdentityFrame(SentenceBase):
    """A count in the list after "(bei den <metric>) handelt es sich um"."""

    def identity(self, m: Mention) -> bool:
        """ "Bei den verletzten Kindern handelte es sich um zwei Mädchen …": a count of the metric named before."""
        tokens, lang = self.tokens, self.lang
        if not lang.identity_cues or m.kind == "zero":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        for j in range(m.start - 1, max(-1, m.start - 1 - _LIST_REACH), -1):
            tok = tokens[j]
            if tok.low in lang.said_verbs or (tok.kind is PUNCT and tok.text != ","):
                return False
            cue_start = self._cue_start(j)
            if cue_start is None:
                continue
            metric = self._metric_before(cue_start)
            if metric is None:
                return False
            self.add(Binding(m, metric, noun[1], "identity", chunk_end=m.end + noun[2], confidence=0.8))
            return True
        return False

    def _cue_start(self, j: int) -> int | None:
        """Where a cue ending at ``j`` starts, with up to two adverbs before its last word ("handelte es sich demnach um")."""
        tokens = self.tokens
        for cue in self.lang.identity_cues:
            words = cue.split()
            if _low(tokens, j) != words[-1]:
                continue
            head = words[:-1]
            for adverbs in range(_ADVERBS + 1):
                start = j - adverbs - len(head)
                between = tokens[j - adverbs : j]
                if start < 0 or any(t.kind is not WORD or t.is_capitalised for t in between):
                    break
                if [t.low for t in tokens[start : j - adverbs]] == head:
                    return start
        return None

    def _metric_before(self, cue_start: int) -> str | None:
        """The metric of "bei den Todesopfern" / "bei den verletzten Kindern" ending just before ``cue_start``."""
        tokens, lang = self.tokens, self.lang
        k = cue_start - 1
        metric_nouns = phrases(lang, "metric_nouns")
        hit = metric_nouns.ending(tokens, k)
        if hit is None and phrases(lang, "group_nouns").ending(tokens, k) is not None:
            hit = metric_nouns.ending(tokens, k - 1)  # "den verletzten Kindern": the participle names the metric
            k -= 1
        if hit is None:
            return None
        start = k - hit[0] + 1
        if _low(tokens, start - 1) in lang.determiners and _low(tokens, start - 2) in lang.identity_preps:
            return str(hit[1])
        return None


def identity_group(tokens: list[Token], k: int, lang: LanguageData) -> str | None:
    """Session 13 (fresh7b): "Bei allen neun Toten handelt es sich um Kinder": the count stands in the metric phrase
    and the cue at ``k`` names who they all were, a group noun with no number of its own (the count's group)."""
    cue = phrases(lang, "identity_cues").at(tokens, k) if lang.identity_cues else None
    if cue is None:
        return None
    at = k + cue[0]
    noun = _noun(tokens, at, lang)
    if noun is None or noun[0] != "group":
        return None
    after = _tok(tokens, at + noun[2])
    # the list is the one group: "um Kinder und zwei Erwachsene" counts its own members (the frame above)
    if after is not None and (after.low in AND or after.is_number):
        return None
    return str(noun[1])
