"""Objects of Romance verbs whose count needs more than the verb: what people were left without, forced to do, or
the lives a verb took.

- Left without ("dejó sin hogar a 500 personas", "dejando sin empleo a 400 trabajadores", "dejó a 400 trabajadores
  sin luz"): a verb of leaving (``leaving_verbs``) is read as a verb of killing ("dejó 12 muertos"); with the
  preposition of lacking (``without_preps``) between it and its object, or right after the object, the noun after
  the preposition says what the count is (``without_states``: life lost is killed, a home lost displaced) and any
  other noun (work, power, water) makes it no count at all: a company that closes leaves its workers jobless.
- Forced to flee ("a contraint plus de 500 personnes à quitter leur domicile", "obligó a 25.000 personas a
  abandonar sus hogares", "obligaron a huir a 500 personas"): a verb of forcing (``forcing_verbs``) names no
  casualty, one forces people to pay or to wait as often. Only what they were forced to do makes the count
  displaced: after the preposition (``forcing_preps``), a bare infinitive of fleeing (``flight_infinitives``) or
  the language's displaced predicate, either after the people or before the count (Spanish). Session 13
  (fresh7r2): German drives people into flight with a phrase after them (``flight_objects``: "trieb 5.000 Menschen
  in die Flucht"), its verb-second clause putting the subject between the verb and the people.
- Lives taken ("el incendio se cobró 7 vidas", "le conflit a coûté plus de 10 000 vies"): a verb of taking or
  costing (``taking_verbs``) counts the dead only when the noun after the count is lives (``lives_nouns``); it
  costs money, points or goals as often ("cobró 300 multas"). Session 13 (fresh13): German and Dutch too, the
  verb's participle after the lives or the finite verb a few words before them ("hat 12 Menschenleben gefordert",
  "eiste de storm drie levens").
"""

from __future__ import annotations

from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._search_objects import searched_by_rescuers
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["left_without", "object_verb"]

#: How far before the count a verb of leaving may stand: verb, preposition, its noun and the object marker ("dejó sin
#: hogar a").
_BACK = 5


def _flight_at(tokens: list[Token], k: int, lang: LanguageData) -> int:
    """The length of a preposition and what the people were forced to do at ``k`` when that is fleeing, else 0."""
    # Session 13 (fresh7r2): what they were driven into, a phrase of its own ("in die Flucht")
    driven = phrases(lang, "flight_objects").at(tokens, k)
    if driven is not None:
        return driven[0]
    if _low(tokens, k) not in lang.forcing_preps:
        return 0
    # Session 13 (fresh7c): a modal between the preposition and the flight ("a tener que dejar sus hogares")
    modal = phrases(lang, "flight_modals").at(tokens, k + 1)
    at = k + 1 + (0 if modal is None else modal[0])
    if _low(tokens, at) in lang.flight_infinitives:
        return at + 1 - k
    hit = phrases(lang, "predicates").at(tokens, at)
    return at - k + hit[0] if hit is not None and hit[1] == "displaced" else 0


def forced_flight(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """``(1, "displaced")`` when ``m`` counts people a verb of forcing made flee, else ``None``."""
    if not lang.forcing_verbs:
        return None
    j = m.start - 1
    if _low(tokens, j) in lang.object_markers:
        j -= 1  # "obligó a 25.000 personas a"
    if _low(tokens, j) in lang.forcing_verbs:
        k = m.end
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1  # Session 13 (fresh7c): "a forcé des milliers de personnes à fuir"
        noun = _noun(tokens, k, lang)
        if noun is not None and noun[0] in {"people", "group"} and _flight_at(tokens, k + noun[2], lang):
            return (1, "displaced")
        return None
    if lang.flight_objects and _driven_after_subject(tokens, m, j, lang):
        return (1, "displaced")
    # the flight first, then its people (Spanish): "obligaron a huir a 500 personas"
    if j == m.start - 1:
        return None
    for start in range(j - 1, max(-1, j - 6), -1):
        if _low(tokens, start) in lang.forcing_verbs:
            return (1, "displaced") if start + 1 + _flight_at(tokens, start + 1, lang) == j + 1 else None
    return None


#: How many words of a subject may stand between a verb of forcing and the people it drove out (German verb-second:
#: "trieb der seit April tobende Machtkampf 3,8 Millionen Menschen in die Flucht").
_SUBJECT_REACH = 10


def _driven_after_subject(tokens: list[Token], m: Mention, j: int, lang: LanguageData) -> bool:
    """A verb of forcing a few plain words before ``m`` (its subject or an adverb between, no punctuation, number or
    boundary), and the people of ``m`` driven into a flight object right after their noun (session 13, fresh7r2)."""
    # the verb first: a short walk over plain words, before the noun reader runs (every count passes here)
    for k in range(j, max(-1, j - _SUBJECT_REACH), -1):
        tok = tokens[k]
        if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
            return False
        if tok.low in lang.forcing_verbs:
            break
    else:
        return False
    noun = _noun(tokens, m.end, lang)
    if noun is None or noun[0] not in {"people", "group"}:
        return False
    return phrases(lang, "flight_objects").at(tokens, m.end + noun[2]) is not None


def left_without(tokens: list[Token], m: Mention, k: int, lang: LanguageData) -> str | None:
    """The metric of the count ``m`` left without something (``""`` for no count), or ``None`` when no verb of
    leaving and preposition of lacking frame it; ``k`` is the token after the object's noun."""
    if not lang.without_preps:
        return None
    start = max(0, m.start - _BACK)
    verb = next((j for j in range(m.start - 1, start - 1, -1) if _low(tokens, j) in lang.leaving_verbs), None)
    if verb is None:
        return None
    # before the count, right after the verb ("dejó sin hogar a"), or right after the object ("a 500 personas sin")
    at = verb + 1 if _low(tokens, verb + 1) in lang.without_preps else k
    if _low(tokens, at) not in lang.without_preps:
        return None
    return lang.without_states.get(_low(tokens, at + 1), "")


#: How many words may stand between a verb of taking and the count of lives: its subject or an adverbial.
_LIVES_REACH = 6


def lives_taken(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """``(length, "killed")`` of the verb of taking before ``m`` when lives follow the count, else ``None``."""
    if not lang.taking_verbs or _low(tokens, m.end) not in lang.lives_nouns:
        return None
    j = m.start - 1
    if _low(tokens, j) in lang.update_cues:
        j -= 1  # "se ha cobrado ya 7 vidas"
    verbs = phrases(lang, "taking_verbs")
    hit = verbs.ending(tokens, j)
    if hit is not None:
        return hit[0], "killed"
    # Session 13 (fresh13): German and Dutch put the participle after the lives ("hat 12 Menschenleben gefordert",
    # "heeft 27 levens geëist") and the subject or an adverbial between the finite verb and them ("forderte der
    # Sturm drei Menschenleben", "eiste de storm drie levens"): lives after the count are the cue enough
    if verbs.at(tokens, m.end + 1) is not None:
        return 1, "killed"
    for k in range(j - 1, max(-1, j - 1 - _LIVES_REACH), -1):
        tok = tokens[k]
        if tok.kind is not WORD or tok.low in lang.boundaries:
            return None
        if verbs.ending(tokens, k) is not None:
            return 1, "killed"
    return None


def object_verb(tokens: list[Token], m: Mention, lang: LanguageData) -> tuple[int, str] | None:
    """The verb whose object ``m`` is, when only more than the verb makes it a count: forced to flee, lives taken,
    or (session 13, fresh7c) searched for by rescuers (casualtylog.text._search_objects)."""
    return forced_flight(tokens, m, lang) or lives_taken(tokens, m, lang) or searched_by_rescuers(tokens, m, lang)
