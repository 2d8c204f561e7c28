"""Session 13 (``status13``): how far a cue of status reaches, so it marks the counts the corpus guide marks.

The cues themselves are words of each language (``projected_cues``, ``preliminary_cues``, ``confirmed_cues``);
what real text got wrong was their reach (issue 13, session 13, failures classified in docs/text-history.md):

- a fear for people projects no count of them ("The mayor fears the worst for the three missing": missing 3,
  reported), while "three are feared missing" projects it (:func:`without_fears`);
- "confirmed" before or after one noun confirms that count, not the others joined to it by "and" ("40 confirmed
  deaths and 120 injured": only the 40), while a confirming predicate ("40 deaths and 120 injuries were
  confirmed") still governs both (:func:`confirmed_in_clause`);
- a last clause that attributes the sentence to someone who confirmed it ("…, the agency confirmed to reporters
  on Sunday", "…, wie die Polizei bestätigte", "…, a confirmé la préfecture") confirms the counts before it, as
  "…, confirmó la policía" already did next to its count (:func:`attributed_confirmation`);
- a preliminary cue in a relative clause describes its noun, and one in an opening "according to first findings,"
  belongs to the clause it opens: neither reaches back to a count before it (:func:`cue_clause_elsewhere`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casualtylog.text._binding import Binding
from casualtylog.text._confirmed_adjective import free_cue_confirms
from casualtylog.text._mentions import _low
from casualtylog.text._phrases import less_starts, phrases
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

if TYPE_CHECKING:  # _clause_cues reads without_fears: only the type of its Cues is needed here
    from casualtylog.text._clause_cues import Cues

__all__ = [
    "attributed_confirmation",
    "confirmed_in_clause",
    "cue_clause_elsewhere",
    "provisional_thing",
    "relative_after",
    "with_assumptions",
    "without_fears",
]


def without_fears(tokens: list[Token], lang: LanguageData, counts: list[int], lacks: Callable[..., bool]) -> list[int]:
    """Prefix counts of projection cues (``counts``) less those that start a phrase projecting no count
    (``non_projections``: a fear for people, "fears the worst for"; an ability, "kan bevestigen")."""
    if counts[-1] == 0 or lacks("non_projections"):
        return counts
    fears = phrases(lang, "non_projections")
    return less_starts(counts, lambda i: fears.at(tokens, i) is not None)


#: Punctuation that ends the clause a separable verb's particle must close.
_CLAUSE_END = frozenset(',;:()[]—–"“”.!?')


def with_assumptions(
    tokens: list[Token], lang: LanguageData, counts: list[int], lacks: Callable[..., bool]
) -> list[int]:
    """Prefix counts of projection cues (``counts``) and of separable verbs of assuming, their preposition after them
    and their particle closing the clause ("Die Ermittler gehen vom Tod von 18 Menschen aus", "gehen die Ermittler
    von 18 Toten aus"; "ging von 12 auf 18 zurück" is no assuming; one that rests on a preliminary tally gives that
    tally's status: "geht in einer vorläufigen Bilanz von 247 Toten aus")."""
    if lacks("assume_verbs") or lacks("assume_particles"):
        return counts
    preliminary = phrases(lang, "preliminary_cues")
    out = [0]
    for i, tok in enumerate(tokens):
        new = counts[i + 1] - counts[i]
        if not new and tok.low in lang.assume_verbs:
            end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text in _CLAUSE_END), len(tokens))
            preposition = any(t.low in lang.assume_preps for t in tokens[i + 1 : end])
            # "geht in einer vorläufigen Bilanz von 247 Toten aus": assuming a preliminary tally is that tally
            tally = preliminary.hits(tokens[i:end])[-1] > 0
            new = int(preposition and not tally and _low(tokens, end - 1) in lang.assume_particles)
        out.append(out[-1] + new)
    return out


#: The most words between a count and a "confirmed" that belongs to its noun alone ("40 bestätigte Todesopfer",
#: "40 muertes confirmadas"): the number's own phrase, an adjective or two.
_OWN_PHRASE = 4
#: Session 20 (fields21): the most words between a subject's count and the end of its own predicate, a "confirmed"
#: among them the count's own ("Fifteen people have so far been confirmed dead and 400 are still missing",
#: en-56430594-1: the 400 are not confirmed; the guide's "confirmed covers only its own clause").
_OWN_CLAUSE = 8


def confirmed_in_clause(b: Binding, bindings: list[Binding], cues: Cues, tokens: list[Token]) -> bool:
    """A confirming cue in ``b``'s clause (its counts joined by "and" kept together) that no other count's
    noun phrase holds: "40 confirmed deaths and 120 injured" confirms the 40 and leaves the 120 reported."""
    m = b.mention
    left, right = cues.joined_clause(m.start, min(len(tokens), max(b.chunk_end, m.end)))
    if not cues.any_in(cues.confirmed, left, right):
        return False
    free, owner = _owned_cues(bindings, cues, tokens)
    if free[right] - free[left] > 0 and free_cue_confirms(tokens, cues, left, right, owner, m):
        return True  # session 14 (fresh9en): not "11 new confirmed cases" beside the count
    # a cue in b's own phrase ("40 confirmed deaths"; "120 heridos confirmados": right after its noun) is b's
    return any(owner.get(p) == m.start for p in range(max(m.end, left), min(b.chunk_end + 1, right)))


#: The sentence whose confirming cues were assigned to counts last: every count of it asks the same.
_OWNED: list[tuple[Cues, list[int], dict[int, int]]] = []


def _owned_cues(bindings: list[Binding], cues: Cues, tokens: list[Token]) -> tuple[list[int], dict[int, int]]:
    """Prefix counts of the confirming cues no count's own phrase holds, and the count (its start) that holds each
    of the others. Read once per sentence (``_OWNED``), so a sentence of many counts costs time linear in them."""
    last = _OWNED[0] if _OWNED else None  # one read: another thread may be replacing it
    if last is not None and last[0] is cues:
        return last[1], last[2]
    owner: dict[int, int] = {}
    for o in bindings:
        if 0 <= o.chunk_end - o.mention.end <= (_OWN_CLAUSE if o.frame == "subject" else _OWN_PHRASE):
            for p in range(o.mention.end, min(o.chunk_end + 1, len(tokens))):
                if cues.confirmed[p + 1] > cues.confirmed[p]:
                    owner.setdefault(p, o.mention.start)
    free = [0]
    for p in range(len(tokens)):
        free.append(free[-1] + (cues.confirmed[p + 1] > cues.confirmed[p] and p not in owner))
    _OWNED[:] = [(cues, free, owner)]
    return free, owner


#: Punctuation that may close a sentence after its last clause.
_CLOSERS = frozenset('.!?"”’»')
#: Words that open what a verb reports ("confirmed that …"): then the verb confirms that, not the sentence.
_COMPLEMENTISERS = frozenset({"that", "dat", "dass", "que", "qu'"})
#: The most words of a closing attribution ("the state emergency agency confirmed to reporters on Sunday").
_ATTRIBUTION = 12


def attributed_confirmation(tokens: list[Token], b: Binding, cues: Cues, lang: LanguageData) -> bool:
    """The sentence's last clause, after a comma, attributes it to someone who confirmed it, and no other verb of
    saying stands between ``b``'s clause and it ("…, the agency said, adding that police confirmed a leak")."""
    if cues.confirmed[-1] == 0:
        return False
    found = _closing_attribution(tokens, cues, lang)
    if found is None:
        return False
    comma, last_said = found
    own_end = cues.right[min(len(tokens), max(b.chunk_end, b.mention.end))]
    return own_end <= comma and last_said < own_end


#: The sentence whose closing attribution was read last, and what was found: every count of it asks the same.
_LAST: list[tuple[Cues, tuple[int, int] | None]] = []


def _closing_attribution(tokens: list[Token], cues: Cues, lang: LanguageData) -> tuple[int, int] | None:
    """The comma before a closing attribution that confirms, and the last verb of saying before that comma (-1
    for none); ``None`` when the sentence closes with no such clause. Read once per sentence (``_LAST``)."""
    last = _LAST[0] if _LAST else None  # one read: another thread may be replacing it
    if last is not None and last[0] is cues:
        return last[1]
    found = _read_closing_attribution(tokens, cues, lang)
    _LAST[:] = [(cues, found)]
    return found


def _read_closing_attribution(tokens: list[Token], cues: Cues, lang: LanguageData) -> tuple[int, int] | None:
    end = len(tokens)
    while end > 0 and tokens[end - 1].text in _CLOSERS:
        end -= 1
    comma = _last_comma(tokens, end)
    if comma is not None and all(t.is_capitalised for t in tokens[comma + 1 : end]):
        # a name in apposition to the attribution's subject ("…, según ha confirmado el fiscal, Aquiles Cubillos")
        end = comma
        comma = _last_comma(tokens, end)
    if comma is None or not 0 < end - comma - 1 <= _ATTRIBUTION:
        return None
    if tokens[comma + 1].low in lang.cue_relatives:
        return None  # "…, die ein Gasleck bestätigte": a relative clause tells of its noun
    cue = next((k for k in range(comma + 1, end) if cues.confirmed[k + 1] > cues.confirmed[k]), None)
    if cue is None or any(t.is_number or t.low in lang.negations for t in tokens[comma + 1 : end]):
        return None
    if any(t.low in lang.said_verbs and k != cue for k, t in enumerate(tokens[comma + 1 : end], comma + 1)):
        return None
    # A subject before the verb ("the agency confirmed") leaves it nothing to confirm but the sentence: no object
    # ("the agency confirmed the cause") nor clause ("confirmed that …") after it. Verb first, the subject follows.
    subject = any(t.low in lang.determiners or t.is_capitalised for t in tokens[comma + 1 : cue])
    after = _low(tokens, cue + 1)
    if subject and (after in lang.determiners or after in _COMPLEMENTISERS):
        return None
    last_said = next((k for k in range(comma - 1, -1, -1) if tokens[k].low in lang.said_verbs), -1)
    return comma, last_said


def _last_comma(tokens: list[Token], end: int) -> int | None:
    """The last comma before ``end`` within reach of a closing attribution (and a name in apposition after it)."""
    return next((k for k in range(end - 1, max(-1, end - 2 * _ATTRIBUTION - 2), -1) if tokens[k].text == ","), None)


def cue_clause_elsewhere(
    tokens: list[Token], left: int, right: int, b: Binding, bindings: list[Binding], cues: Cues, lang: LanguageData
) -> bool:
    """Whether a preliminary cue in the clause ``left``..``right``, which holds no count and stands after ``b``,
    belongs to another clause: a relative one it opens ("…, which initial reports blamed on a leak"), or the one
    after its comma that holds a count of its own ("12 died; according to first findings, 30 were hurt")."""
    # the cue's clause, or the one before it when an aside sets the cue off ("…, dont l'origine, selon les
    # premiers éléments, serait …")
    opening = cues.left[left - 2] if left >= 2 and tokens[left - 1].text == "," else left
    if any(tokens[k].low in lang.cue_relatives for k in {left, opening} if k > b.mention.start):
        return True
    if right >= len(tokens) or tokens[right].text != ",":
        return False
    following = cues.right[min(len(tokens), right + 1)]
    return any(right < o.mention.start < following for o in bindings if o is not b)


def provisional_thing(tokens: list[Token], p: int, lang: LanguageData) -> bool:
    """Whether the preliminary cue at ``p`` stands inside a phrase naming a kind of thing (``provisional_things``:
    "provisional government", "détention provisoire"): it marks no count preliminary."""
    things = phrases(lang, "provisional_things")
    for start in range(max(0, p - 2), p + 1):
        hit = things.at(tokens, start)
        if hit is not None and start + hit[0] > p:
            return True
    return False


#: How many auxiliaries may stand between a relative pronoun and its verb ("qui a fait", "that has killed").
_RELATIVE_AUXILIARIES = 2


def relative_after(tokens: list[Token], b: Binding, right: int, cues: Cues, lang: LanguageData) -> int:
    """Where a projection cue after ``b`` may still reach it: up to a relative clause that opens on a noun after
    the count's phrase ("Twelve people died in a fire that may have been set", "dans un incendie qui pourrait être
    criminel", "bij een brand die mogelijk was aangestoken": the clause tells of the fire), or the end of the
    count's phrase when it is the object of a relative clause's verb; else ``right``. A pronoun right after the
    count's noun opens the count's own clause ("12 people who may have died")."""
    if not lang.cue_relatives:
        return right
    own_end = max(b.chunk_end, b.mention.end)
    verb = phrases(lang, "active_verbs").ending(tokens, b.mention.start - 1)
    if verb is not None:
        # the count the object of a relative clause's verb ("L'attaque qui a fait 12 morts pourrait …", "El ataque
        # que dejó 12 muertos podría …"): the main clause after it projects the attack, not the count
        j = b.mention.start - verb[0] - 1
        for _ in range(_RELATIVE_AUXILIARIES):
            if _low(tokens, j) in lang.cue_relatives or _low(tokens, j) not in lang.gap_words:
                break
            j -= 1
        if _low(tokens, j) in lang.cue_relatives:
            return min(right, own_end)
    # only a projection cue after the count needs a bound, and the pronoun must stand before the first one
    if not cues.any_in(cues.projected, own_end, right):
        return right
    cue = next((k for k in range(own_end, right) if cues.projected[k + 1] > cues.projected[k]), right)
    for k in range(own_end + 1, cue):
        if tokens[k].low in lang.cue_relatives and tokens[k - 1].kind is WORD:
            return k
    return right
