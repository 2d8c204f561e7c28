"""Rates, per language: a figure per year or per day sums many incidents, so it is no count of one.

English keeps its rate cues in :mod:`casualtylog.text.lang._en_events` (``RATE_CUES``);
these are the same cues for the other languages ("mueren 1.000 personas al año",
"400 morts par an"), joined to their ``other_event_cues``: none of the figures of
a clause that holds one is a claim (issue 13, precision round). Spanish "al día"
is left out: "al día siguiente" (the next day) tells the report's own event.
"""

from __future__ import annotations

__all__ = ["RATE_CUES"]

RATE_CUES: dict[str, frozenset[str]] = {
    "nl": frozenset({"per jaar", "elk jaar", "ieder jaar", "jaarlijks", "per dag", "per maand"}),
    "de": frozenset({"pro jahr", "jedes jahr", "jährlich", "pro tag", "pro monat", "im durchschnitt"}),
    "fr": frozenset(
        {"par an", "par année", "chaque année", "tous les ans", "annuellement", "par jour", "par mois", "en moyenne"}
    ),
    "es": frozenset(
        {"al año", "por año", "cada año", "todos los años", "anualmente", "por día", "en promedio", "de media"}
        # Session 11 (es13): other periods of a rate ("Cada día fallecen unas 10 personas en las carreteras"), and a
        # decade with no number ("En la última década han muerto más de 2.000 migrantes"): many incidents
        # ("al día", "al mes" also open "al día siguiente", "al mes de la riada": not rates)
        | {"cada día", "cada semana", "cada mes", "la última década", "las últimas décadas"}
    ),
}
