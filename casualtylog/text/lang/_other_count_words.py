"""The words of "other N" in French, German and Spanish, for :mod:`casualtylog.text._other_dead`.

Session 17 (``rom17``): the corpus guide's "Another and more" (settled in session 15) makes "other N" of the dead
``+N`` when the sentence gives no count it sits beside (*On compte aussi 65 autres morts*, *Weitere 16 erlagen*,
*Otras siete personas perdieron la vida*), and plain after a definite article (*les deux autres*, *los otros dos*,
*die beiden weiteren*: a part of a known group). These languages list no "other" word as an increment cue, since
with a count beside it the word is a split as often as an addition.
"""

from __future__ import annotations

__all__ = ["OTHER_AFTER", "OTHER_BEFORE", "OTHER_DEFINITE"]

#: "other" right before the number ("Otras siete personas", "Weitere 16", "weitere 10.000 Tote").
OTHER_BEFORE: dict[str, frozenset[str]] = {
    "es": frozenset({"otros", "otras"}),
    "de": frozenset({"weitere", "weiteren", "weiterer"}),
}
#: "other" right after the number, before any noun ("65 autres morts", "cinco otros", "32 weitere Einwohner").
OTHER_AFTER: dict[str, frozenset[str]] = {
    "fr": frozenset({"autres"}),
    "es": frozenset({"otros", "otras"}),
    "de": frozenset({"weitere", "weiteren"}),
}
#: Definite articles before "the other N", a part of a group the reader knows (plain, as the guide says).
OTHER_DEFINITE: dict[str, frozenset[str]] = {
    "fr": frozenset({"les", "des", "ces", "leurs", "aux"}),
    "es": frozenset({"los", "las", "estos", "estas", "sus"}),
    "de": frozenset({"die", "der", "den", "diese", "beiden", "ihre"}),
}
