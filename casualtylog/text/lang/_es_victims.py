"""Spanish victims and groups: the nouns of people, of groups (the singulars follow from the plurals),
of metrics and of one victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _es_everyday as everyday
from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang._agreement import singulars
from casualtylog.text.lang._guide_groups import GUIDE_GROUPS, GUIDE_SINGULARS
from casualtylog.text.lang._guide_round_groups import ROUND_GROUPS, ROUND_SINGULARS
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["GROUP_NOUNS", "METRIC_NOUNS", "PEOPLE_NOUNS", "SINGULAR_VICTIMS"]


#: Groups of victims by their plural noun; the singulars follow from them.
GROUP_NOUNS = {
    # session 12 (fresh12): prisoners, the corpus guide's group for inmates of a prison ("13 reclusos muertos")
    "reclusos": "prisoners",
    "reclusas": "prisoners",
    "presos": "prisoners",
    "presas": "prisoners",
    # Session 13 (fresh13): "internos" are a prison's inmates in the news ("dos internos murieron en el motín"), and
    # "varones" are men ("29 de ellos varones y 10 mujeres")
    "internos": "prisoners",
    "internas": "prisoners",
    "varones": "men",
    # the guide: arrests of suspects are `detained suspects` ("dos sospechosos fueron detenidos")
    "sospechosos": "suspects",
    "niños": "children",
    "niñas": "children",
    "menores": "children",
    "mujeres": "women",
    "hombres": "men",
    "civiles": "civilians",
    "soldados": "soldiers",
    "militares": "soldiers",
    "rescatistas": "rescuers",
    "socorristas": "rescuers",
    "bomberos": "firefighters",
    "periodistas": "journalists",
    "policías": "officers",
    "guardias civiles": "officers",  # the Guardia Civil, a police force: no civilians
    "agentes": "officers",
    "combatientes": "fighters",
    "rebeldes": "fighters",
    "ancianos": "elderly",
    "atacantes": "attackers",
    "asaltantes": "attackers",
    "profesionales sanitarios": "health_workers",
    "personal sanitario": "health_workers",
    "personal médico": "health_workers",
    # children however named (the corpus guide: girls and boys are children)
    "bebés": "children",
    "menores de edad": "children",
    # roles, by the corpus guide's English group names
    "mineros": "miners",
    "trabajadores": "workers",
    "estudiantes": "students",
    "alumnos": "pupils",
    "profesores": "teachers",
    "maestros": "teachers",
    "manifestantes": "protesters",
    "militantes": "militants",
    "terroristas": "terrorists",
    "rehenes": "hostages",
    "adultos": "adults",
    "transeúntes": "bystanders",
    "cooperantes": "aid_workers",
    "trabajadores humanitarios": "aid_workers",
    # groups the corpus guide names (tests/data/news/README.md); volunteers are people here, so the body they
    # serve in names their group ("4 voluntarios del Cuerpo de Bomberos" are firefighters, as the guide labels)
    "pescadores": "fishermen",
    "brigadistas": "firefighters",
}
# Session 10 (rom10): women of the same role, with the role's group ("dos trabajadoras", "tres bomberas", "las
# soldadas"): "-oras" for "-ores", "-as" for "-os"; not the groups that are who people are (men, children, elderly).
GROUP_NOUNS.update(
    {
        word[:-2] + "as": group
        for word, group in list(GROUP_NOUNS.items())
        if " " not in word and word.endswith(("ores", "os")) and group not in {"children", "men", "women", "elderly"}
    }
)

PEOPLE_NOUNS = _words(
    "personas gente habitantes residentes pasajeros víctimas individuos otros otras fieles pacientes "
    "trabajadores peatones vidas voluntarios voluntarias " + more.PEOPLE
)

METRIC_NOUNS = {
    # arrests count the people arrested ("la policía practicó 45 detenciones")
    "detenciones": "detained",
    "arrestos": "detained",
    **more.METRIC,
    "muertos": "killed",
    "muertes": "killed",
    "fallecidos": "killed",
    "víctimas mortales": "killed",
    "mártires": "killed",
    # Session 11 (es13): the Mexican report's word for the dead ("fueron localizados 4 occisos")
    "occisos": "killed",
    "heridos": "injured",
    "lesionados": "injured",
    "desaparecidos": "missing",
    "desplazados": "displaced",
    "sin hogar": "displaced",
}

#: Plural nouns of people whose singular is no victim's noun: pronouns ("otros"), "life", "people" itself.
_NO_SINGULAR = frozenset({"otros", "otras", "gente", "vidas"})

SINGULAR_VICTIMS = {
    # one victim named by the singular of a noun of people ("un pasajero murió"): no group, as the plural
    **singulars(dict.fromkeys(sorted(PEOPLE_NOUNS - _NO_SINGULAR), "")),
    **singulars(GROUP_NOUNS),
    "adolescente": "",
    "persona": "",
    "víctima": "",
    **more.SINGULARS,
    **everyday.SINGULARS,
    "hombre": "men",
    "mujer": "women",
    "niño": "children",
    "niña": "children",
    "bebé": "children",
    "menor": "children",
    "civil": "civilians",
    "soldado": "soldiers",
    "militar": "soldiers",
}

# One arrest by its noun is detained 1 ("se produjo una detención"; also a singular metric noun in es.py)
METRIC_NOUNS = {**METRIC_NOUNS, **dict.fromkeys(("detención", "arresto"), "detained")}

# A ship's crew ("dos miembros de la tripulación han muerto", "tres tripulantes"), as Dutch "bemanningsleden", as a
# group and one of them by the singular; a noun with a group is no noun of people with none
_CREW_GROUPS = {"miembros de la tripulación": "crew", "tripulantes": "crew"}
GROUP_NOUNS = {**GROUP_NOUNS, **_CREW_GROUPS}
PEOPLE_NOUNS = PEOPLE_NOUNS - _CREW_GROUPS.keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, "tripulante": "crew", "miembro de la tripulación": "crew"}
# Teenagers, the group the guide names ("adolescentes"), where the word had no group; one by the singular
GROUP_NOUNS = {**GROUP_NOUNS, "adolescentes": "teenagers"}
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, "adolescente": "teenagers"}
# session 17 (guide17, rom17): the guide's settled group names, one per concept (lang/_guide_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **GUIDE_GROUPS["es"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - GUIDE_GROUPS["es"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **GUIDE_SINGULARS["es"]}
# session 20 (fields22): the groups the guide's rounds 13 and 14 named (lang/_guide_round_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **ROUND_GROUPS["es"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - ROUND_GROUPS["es"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **ROUND_SINGULARS["es"]}
