"""Patients evacuated are the group ``patients`` (the corpus guide, "Patients and teenagers", settled in session 14).

Session 17 (``guide17``): ``patients`` is the group of people who were patients before the event, and the guide's
examples are evacuations of hospitals and homes (*237 patiënten … geëvacueerd*, nl-f863fb85-1; *des dizaines de
patients hospitalisés ont été évacués*, fr-c2b3ab75-4; "More than 100 patients at the nursing home were
evacuated", en-48b3793e-6): people evacuated as patients were patients before it. People who became patients by the
event ("300 patients have been admitted … due to heatstroke", *1500 patiënten overleden*) have no group, the metric
already says what happened to them; so only the evacuated take it here (the dead and hurt of a hospital fire need
the place, which no word of the count gives).
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._tokens import Token

__all__ = ["evacuated_patients"]

#: The noun of patients in each language.
_PATIENTS = frozenset({"patients", "patiënten", "patienten", "pacientes"})


def evacuated_patients(bindings: list[Binding], tokens: list[Token]) -> None:
    """Give an evacuated count of patients with no group the group ``patients`` (in place)."""
    for b in bindings:
        if b.metric == "evacuated" and b.group is None:
            m = b.mention
            if any(t.low in _PATIENTS for t in tokens[m.end : max(m.end, b.chunk_end)]):
                b.group = "patients"
