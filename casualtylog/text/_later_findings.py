"""Session 18 (``guide18``): "another N" found or saved later than a count of the same metric adds to it: ``+N``.

The guide ("Another and more", settled in session 15, case 1): N that "another" or "other(s)" joins to an earlier count
of the sentence is ``+N`` when it counts victims found or reported after that count, a search going on (*cinq corps …
dimanche et quatre autres le lendemain*, fr-f3e9870c-4), and the same holds for the rescued (*Vier mensen werden
direct … gered, een andere persoon werd later door de KNRM uit het water gehaald*, nl-ab23a996-3, settled in
"Older questions" (b)). Deaths are split, not added (:mod:`casualtylog.text._split_deaths`): a count whose own verb
is one of dying ("one more kid died later at hospital") is left plain. Only an exact count with its "other" word right
beside it (*autres, andere, anderen*, "other(s)"; *otro/otra*; *weitere*), a plain count of the same metric before
it, and a word of a later time (``ELIDED_TIMES`` less "the day before" and "in the night") within a few words after
it; for the dead, the count before must be one of bodies found, since an elided verb of dying ("Tres personas
murieron el lunes y otras dos al día siguiente") splits the deaths. Bounded look around each count: linear.
"""

from __future__ import annotations

from casualtylog.figures import Qualifier
from casualtylog.text._binding import Binding
from casualtylog.text._split_deaths import killed_within
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._tally_part_words import ELIDED_TIMES

__all__ = ["later_findings"]

#: "Other" beside the number, per language (before it or after it).
_OTHER = {
    "en": frozenset({"other", "others", "another"}),
    "nl": frozenset({"andere", "anderen"}),
    "de": frozenset({"weitere", "weiterer", "weiteren"}),
    "fr": frozenset({"autre", "autres"}),
    "es": frozenset({"otro", "otra", "otros", "otras"}),
}
#: Times of the elided-time table that are no later time.
_NOT_LATER = frozenset({"la veille", "dans la nuit", "overnight"})
#: How many words after the count (and its noun) the later time may stand.
_REACH = 6


#: The later times per language: built once, not per count.
_LATER = {code: times - _NOT_LATER for code, times in ELIDED_TIMES.items()}


def _later_after(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    times = _LATER.get(lang.code, frozenset())
    for j in range(k, min(len(tokens), k + _REACH)):
        if tokens[j].kind is PUNCT:
            return False
        for size in (3, 2, 1):
            if " ".join(t.low for t in tokens[j : j + size]) in times:
                return True
    return False


#: How far the clause of a count may hold its verb of dying ("zwei weitere seien später im Krankenhaus ihren schweren
#: Verletzungen erlegen", de-a15c8880-4, the guide's split).
_CLAUSE = 12


def _dies(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """Whether a verb of dying stands in the clause after ``k`` (up to punctuation, at most ``_CLAUSE`` words)."""
    return killed_within(tokens, k, lang, _CLAUSE, lambda t: t.kind is PUNCT, first=False)


def _bodies(tokens: list[Token], b: Binding, lang: LanguageData) -> bool:
    """Whether the count ``b`` is one of bodies found ("cinq corps ont été récupérés"): a finding, not a death."""
    return b.frame == "bodies" or any(t.low in lang.body_nouns for t in tokens[b.mention.end : b.mention.end + 2])


def later_findings(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Mark (in place) as increments the "other N" found or saved later than a plain count of the same metric."""
    other = _OTHER.get(lang.code, frozenset())
    counted: dict[str, Binding] = {}  # the last count of each metric before, plain or not
    for b in bindings:
        if b.role != "count":
            continue
        m = b.mention
        before = counted.get(b.metric)
        counted[b.metric] = b
        if before is None or m.increment or m.figure.qualifier is not Qualifier.EXACT:
            continue
        if b.metric == "killed" and not _bodies(tokens, before, lang):
            continue  # "Tres personas murieron el lunes y otras dos al día siguiente": deaths split, not found
        beside = any(t.low in other for t in tokens[max(0, m.start - 1) : m.end + 1])  # "een andere" is one mention
        if beside and _later_after(tokens, m.end, lang) and not _dies(tokens, m.end, lang):
            m.increment = True
