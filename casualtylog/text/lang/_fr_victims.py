"""French victims and groups: the nouns of people, of groups (the singulars follow from the plurals),
of metrics and of one victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._agreement import singulars
from casualtylog.text.lang._guide_groups import GUIDE_GROUPS, GUIDE_SINGULARS
from casualtylog.text.lang._guide_round_groups import ROUND_GROUPS, ROUND_SINGULARS
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["DOMAIN_GROUPS", "GROUP_NOUNS", "METRIC_NOUNS", "PEOPLE_NOUNS", "SINGULAR_VICTIMS"]


#: Groups of victims by their plural noun; the singulars follow from them.
GROUP_NOUNS = {
    # session 12 (fresh12): prisoners, the corpus guide's group for inmates of a prison ("quatre détenus morts")
    "détenus": "prisoners",
    "détenu": "prisoners",
    "prisonniers": "prisoners",
    "prisonnier": "prisoners",
    # the guide: arrests of suspects are `detained suspects` ("deux suspects ont été interpellés")
    "suspects": "suspects",
    "enfants": "children",
    "enfant": "children",
    "mineurs": "children",
    "femmes": "women",
    "femme": "women",
    # Session 13 (fresh7c): "une dame âgée"
    "dames": "women",
    "dame": "women",
    "hommes": "men",
    "civils": "civilians",
    "civil": "civilians",
    "soldats": "soldiers",
    "militaires": "soldiers",
    "secouristes": "rescuers",
    "sauveteurs": "rescuers",
    "pompiers": "firefighters",
    "sapeurs-pompiers": "firefighters",
    "soldats du feu": "firefighters",
    "journalistes": "journalists",
    "policiers": "officers",
    "gendarmes": "officers",
    "agents": "officers",
    "agents de sécurité": "security_guards",
    "combattants": "fighters",
    "rebelles": "fighters",
    "techniciens": "technicians",
    "assaillants": "attackers",
    "attaquants": "attackers",
    # children however named (the corpus guide: girls and boys are children)
    "jeunes enfants": "children",
    "jeune fille": "children",
    "jeunes filles": "children",
    "fillettes": "children",
    "garçons": "children",
    "bébés": "children",
    "nourrissons": "children",
    # roles, by the corpus guide's English group names
    "officiers": "officers",
    "étudiants": "students",
    "élèves": "pupils",
    "enseignants": "teachers",
    "manifestants": "protesters",
    "terroristes": "terrorists",
    "otages": "hostages",
    "adultes": "adults",
    # Session 11 (fr12): the préfecture's split of the hurt by legal age ("cinq majeurs et six mineurs"), as "mineurs"
    "majeurs": "adults",
    "passants": "bystanders",
    # groups the corpus guide names (tests/data/news/README.md), as Spanish names them; not "bénévoles" or
    # "volontaires", adjectives as often ("pompiers volontaires" are firefighters)
    "pêcheurs": "fishermen",
    "humanitaires": "aid_workers",
    "travailleurs humanitaires": "aid_workers",
}

PEOPLE_NOUNS = _words(
    "personnes personne gens habitants résidents passagers victimes individus autres fidèles patients "
    "ouvriers travailleurs piétons vies migrants exilés naufragés survivants membres"
)

METRIC_NOUNS = {
    "morts": "killed",
    "mort": "killed",
    "décès": "killed",
    "tués": "killed",
    "victimes mortelles": "killed",
    "martyrs": "killed",
    "blessés": "injured",
    "blessé": "injured",
    "disparus": "missing",
    "déplacés": "displaced",
    # arrests count the people arrested ("les forces de l'ordre ont procédé à 45 interpellations")
    "interpellations": "detained",
    "arrestations": "detained",
    # the homeless a disaster leaves are displaced ("a fait près de 300.000 sans abris")
    "sans-abri": "displaced",
    "sans-abris": "displaced",
    "sans abri": "displaced",
    "sans abris": "displaced",
    # Session 11 (fr13): people a disaster leaves homeless, as the guide's "damnificados" ("a fait 300 sinistrés")
    "sinistrés": "displaced",
}

#: Plural nouns of people whose singular is no victim's noun: pronouns ("otros"), "life", "people" itself.
_NO_SINGULAR = frozenset({"autres", "gens", "vies", "personne"})

SINGULAR_VICTIMS = {
    # one victim named by the singular of a noun of people ("un pasajero murió"): no group, as the plural
    **singulars(dict.fromkeys(sorted(PEOPLE_NOUNS - _NO_SINGULAR), "")),
    **singulars(GROUP_NOUNS),
    "adolescent": "",
    "adolescente": "",
    "victime": "",
    "fille": "children",
    "personne": "",
    "homme": "men",
    "femme": "women",
    "enfant": "children",
    "fillette": "children",
    "garçon": "children",
    "bébé": "children",
    "civil": "civilians",
    "soldat": "soldiers",
    "militaire": "soldiers",
}

#: Phrases that put "mineurs" down a mine (miners, not minors): the pit, its coal, galleries and firedamp, the
#: industry and its strikes. "la mine", never "mine" alone: "une mine antipersonnel" kills children too.
_MINING_WORDS = frozenset(
    {
        "la mine",
        "une mine de",
        "les mines de",
        "des mines de",
        "mine de charbon",
        "mines de charbon",
        "puits",
        "charbon",
        "galerie",
        "galeries",
        "grisou",
        "houillère",
        "houillères",
        "minier",
        "minière",
        "miniers",
        "minières",
        "gisement",
        "grève",
        "grévistes",
        "mineurs de fond",
    }
)

#: Group nouns whose group the text's subject decides: "mineurs" by a mine are miners, elsewhere children.
DOMAIN_GROUPS = dict.fromkeys(("mineurs", "mineur"), ("miners", _MINING_WORDS))

# One arrest by its noun is detained 1 ("une interpellation a eu lieu"; also a singular metric noun in fr.py)
METRIC_NOUNS = {**METRIC_NOUNS, **dict.fromkeys(("arrestation", "interpellation"), "detained")}

# Workers however French names them ("6 ouvriers sont tués et 3 blessés", "9 employés blessés": employees are workers,
# tests/data/news/README.md "Workers"), gold panners of artisanal mines ("Quatre orpailleurs … ont passé de vie à
# trépas") and small boys, as groups and one of them by the singular ("un garçonnet de huit ans reste encore
# introuvable"); a noun with a group is no noun of people with none
_WORKER_GROUPS = {
    "ouvriers": "workers",
    "travailleurs": "workers",
    "employés": "workers",
    "orpailleurs": "miners",
    "garçonnets": "children",
}
GROUP_NOUNS = {**GROUP_NOUNS, **_WORKER_GROUPS}
PEOPLE_NOUNS = PEOPLE_NOUNS - _WORKER_GROUPS.keys()
SINGULAR_VICTIMS = {
    **SINGULAR_VICTIMS,
    "ouvrier": "workers",
    "travailleur": "workers",
    "employé": "workers",
    "orpailleur": "miners",
    "garçonnet": "children",
}
# Teenagers, the group the guide names ("Vingt-cinq adolescents … ont été blessés", fr-d951be0f-4), where the word had
# no group; one by the singular ("Une adolescente est décédée", fr-2aa91226-2)
GROUP_NOUNS = {**GROUP_NOUNS, **dict.fromkeys(("adolescents", "adolescentes"), "teenagers")}
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **dict.fromkeys(("adolescent", "adolescente"), "teenagers")}
# session 17 (guide17, rom17): the guide's settled group names, one per concept (lang/_guide_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **GUIDE_GROUPS["fr"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - GUIDE_GROUPS["fr"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **GUIDE_SINGULARS["fr"]}
# session 20 (fields22): the groups the guide's rounds 13 and 14 named (lang/_guide_round_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **ROUND_GROUPS["fr"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - ROUND_GROUPS["fr"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **ROUND_SINGULARS["fr"]}
