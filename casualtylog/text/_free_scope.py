"""What a free figure's sentence says about it (issue 13): the frames' sentence scope, as the reader's features.

The frames refuse a figure by rules that read its sentence: a negation over
its predicate ("were not injured"), another event's clause ("cinq autres dans
un accident"), a share ("three in every ten"), a part of a group ("uno de
ellos"), a relative clause whose predicate is no casualty one. The reader's
free figures pass the sentence-wide cues but not these per-frame rules (a free
figure has no frame, so no predicate the rule could read). Refusing them
outright would refuse right claims too ("Ocho de los diez hospitalizados",
"einige von ihnen schwer" are labelled), so :func:`scope_notes` only *names*
what stands in the figure's clause; the notes join the figure's features
(:func:`casualtylog.text._learned.features` reads a binding's notes) and the
model weighs them. Every question is answered from tables :class:`Cues` built
once per sentence, or within a bounded reach of the figure.
"""

from __future__ import annotations

from casualtylog.text._clause_cues import Cues
from casualtylog.text._mentions import Mention
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["scope_notes"]

#: Relative pronouns every language's data may lack as ``cue_relatives`` (English has no list there).
_BARE_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
#: Words after the figure a share's preposition may stand within ("three children in every ten").
_SHARE_REACH = 2


def _share(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """A share's preposition and a number after the figure ("three in every ten", "un sur trois"), or before it
    with a number before that ("one in three")."""
    if not lang.proportion_preps:
        return False
    table = phrases(lang, "proportion_preps")
    for k in range(m.end, min(len(tokens), m.end + _SHARE_REACH + 1)):
        hit = table.at(tokens, k)
        if hit is not None:
            after = k + hit[0]
            return after < len(tokens) and tokens[after].is_number
        if tokens[k].kind is not WORD:
            break
    hit = table.ending(tokens, m.start - 1)
    return hit is not None and m.start - hit[0] - 1 >= 0 and tokens[m.start - hit[0] - 1].is_number


def scope_notes(
    tokens: list[Token], lang: LanguageData, cues: Cues, casualty: list[str | None], m: Mention, clause: tuple[int, int]
) -> list[str]:
    """The scope notes of one free figure (``clause``: its clause's first token and one past its last;
    ``casualty``: the sentence's casualty words by token, :func:`~casualtylog.text._liberal.cue_metrics`)."""
    left, right = clause
    notes = []
    if cues.any_in(cues.negated, left, right):
        notes.append("scope:negated" if cues.any_in(cues.negated, m.end, right) else "scope:negated_before")
    if cues.any_in(cues.other_event, min(left, cues.related_left[m.start]), right):
        notes.append("scope:other_event")
    if _share(tokens, m, lang):
        notes.append("scope:share")
    if phrases(lang, "of_them").at(tokens, m.end) is not None:
        notes.append("scope:of_them")
    relatives = lang.cue_relatives | _BARE_RELATIVES
    opener = next((k for k in range(m.start - 1, left - 1, -1) if tokens[k].low in relatives), None)
    if opener is not None:
        # inside a relative clause: whether its predicate (up to the clause's end) names a casualty
        said = any(c is not None for c in casualty[opener:right])
        notes.append("scope:relative" if said else "scope:relative_no_casualty")
    in_clause = {c for c in casualty[left:right] if c is not None}
    notes.extend(f"scope:clause:{c}" for c in sorted(in_clause))
    if not in_clause:
        notes.append("scope:clause_no_casualty")
    before = tokens[m.start - 1] if m.start > 0 else None
    after = tokens[m.end] if m.end < len(tokens) else None
    if before is not None and after is not None and before.text == "(" and after.text == ")":
        notes.append("scope:in_brackets")  # an age or one place's figure of a list ("Kollege (19)", "Veracruz (8)")
    elif (
        before is not None
        and before.text == ","
        and (after is None or after.kind is PUNCT)
        and m.start >= 2
        and tokens[m.start - 2].text[:1].isupper()
    ):
        notes.append("scope:after_name")  # "Prasad, 32 —": an age after a name
    return notes
