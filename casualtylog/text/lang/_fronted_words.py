"""Words that may open the clause of a fronted whole, keyed by language (casualtylog.text._partitive_frame).

A fronted whole ("de los fallecidos, 11 son hombres") opens its clause: the sentence, punctuation, or (session 22,
issue 13) the word that opens a reported clause, "informó que de los fallecidos, 11 son hombres y 2 son mujeres"
(es-ba84ac4c-2), "detalló que de los 14 fallecidos, 11 son niños" (es-3d7c9e74-5).
"""

from __future__ import annotations

__all__ = ["THAT_WORDS"]

#: The complementiser of a reported clause ("said that", "informó que", "meldde dat", "sagte, dass").
THAT_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"that"}),
    "nl": frozenset({"dat"}),
    "fr": frozenset({"que", "qu'"}),
    "de": frozenset({"dass"}),
    "es": frozenset({"que"}),
}
