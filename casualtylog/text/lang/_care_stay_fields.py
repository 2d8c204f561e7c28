"""Optional fields of people counted by their stay in hospital ("nearly 50 people are still in hospital") or as
the object of a verb that takes them there ("We transported nine individuals to the hospital").

- ``stay_verbs``: the verbs of being or staying somewhere ("are", "remain", *restent*, *liegen*, *permanecen*).
- ``stay_past_verbs``: past copulas that say a stay only with an adverb after them ("were still in hospital").
- ``stay_adverbs``: words that may stand between such a verb and the place ("still", *encore*, *noch*, *aún*).
- ``stay_preps``: the prepositions that open the place of care after them ("in", "at", *à*, *im*, *en*).
- ``stay_states``: participles of being kept in care that stand for the place (*internadas*, *ingresados*).
- ``conveying_verbs``: active verbs of taking people somewhere, before the count ("transported", *brachten*).
- ``conveying_preps``: the prepositions that open the place after the count's noun ("to", *naar*, *ins*, *al*).

The place itself is one of ``care_places`` (:class:`~casualtylog.text.lang._shape_words.ShapeWords`); the frame is
:meth:`casualtylog.text._care_stays.CareStays.stays_in_care` and
:meth:`casualtylog.text._care_objects.CareObjects.conveyed_to_care`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CareStayWords"]


@dataclass(frozen=True, eq=False)
class CareStayWords:
    """The optional shape of a stay in care (see :class:`~casualtylog.text.lang.LanguageData`)."""

    # Verbs of being or staying, right after the count or its noun. Empty: the shape is off.
    stay_verbs: frozenset[str] = frozenset()
    # Past copulas, a stay only with an adverb after them: "were in the hospital" may be before the event.
    stay_past_verbs: frozenset[str] = frozenset()
    # Adverbs of time between the verb and the place ("still", "currently"): at most two.
    stay_adverbs: frozenset[str] = frozenset()
    # Prepositions (and contracted articles) that open the place of care.
    stay_preps: frozenset[str] = frozenset()
    # Participles of being kept in care, in place of the preposition and the place.
    stay_states: frozenset[str] = frozenset()
    # Active verbs of taking people somewhere, right before the count (or an object marker): the count is injured
    # only with a hospital after it. Empty: the shape is off.
    conveying_verbs: frozenset[str] = frozenset()
    # The prepositions (and contracted articles) that open the hospital after the count and its noun.
    conveying_preps: frozenset[str] = frozenset()
