"""Session 17 (``rom17``): the beginning, middle or end of a month opening a sentence, in French, German and Spanish.

"A finales de marzo, el choque de dos trenes … causó al menos 19 muertos" (es-5704ae96-2), "A mediados de mayo, un
trailer y una furgoneta chocaron …" (es-f10b3624-6), "A inicios de febrero fue reportada otra explosión"
(es-b5e40bd8-3), "Anfang Dezember wurden zwei Soldaten … getötet" (de-8ced0dd8-2), "Mi-octobre dernier, …"
(fr-2e85b40d-6): a part of a month with no day, opening the sentence, dates another, earlier incident, as a month
marked as past does (:func:`casualtylog.text._earlier_spans.opens_with_earlier_span`); the report's own event is told
by its day. Every such opener of the dev documents of batches 1-11 is on a negative sentence.
"""

from __future__ import annotations

__all__ = ["MONTH_PARTS"]

#: The words before the month, per language (the month follows at once).
MONTH_PARTS: dict[str, frozenset[tuple[str, ...]]] = {
    "es": frozenset(
        (*lead, part, "de")
        for lead in ((), ("a",), ("ya", "a"))
        for part in ("finales", "fines", "mediados", "principios", "inicios", "comienzos")
    ),
    "fr": frozenset({("fin",), ("début",), ("à", "la", "fin"), ("au", "début"), ("à", "la", "mi")}),
    "de": frozenset({("ende",), ("anfang",), ("mitte",), ("schon", "ende"), ("bereits", "anfang")}),
}
