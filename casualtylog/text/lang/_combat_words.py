"""Session 13 (``fresh7c``): soldiers who fell in combat are killed (the corpus guide: "fell", "tombés",
"caídos" of a fighting force's dead), in French and Spanish.

``COMBAT_PREDICATES[code]`` are predicates after the people's noun ("14 militaires tombés au cours des combats",
"14 soldats sont tombés au combat", "Tres soldados cayeron en combate"); ``_fr_verbs`` and ``_es_verbs`` add them
to their ``PREDICATES``. Only the verb of falling with a place of fighting: "tombés malades", "tombés dans une
embuscade", "cayeron en la trampa" say nothing of death.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import pairs

__all__ = ["COMBAT_PREDICATES"]


COMBAT_PREDICATES = {
    "fr": pairs(
        "tombé|tombés|tombée|tombées",
        "au combat|au front|au cours des combats|lors des combats|pendant les combats|sur le champ de bataille",
        "killed",
    ),
    "es": pairs(
        "cayó|cayeron|caído|caídos|caída|caídas",
        "en combate|en combates|en el frente|en acción|en el campo de batalla",
        "killed",
    ),
}
