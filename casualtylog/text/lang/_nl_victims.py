"""Dutch victims and groups: the nouns of people, of groups, of metrics and of one victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _nl_shapes as nl6
from casualtylog.text.lang._guide_groups import GUIDE_GROUPS, GUIDE_SINGULARS
from casualtylog.text.lang._guide_round_groups import ROUND_GROUPS, ROUND_SINGULARS
from casualtylog.text.lang._recovery_words import SURVIVOR_PEOPLE
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["GROUP_NOUNS", "METRIC_NOUNS", "PEOPLE_NOUNS", "SINGULAR_VICTIMS"]


PEOPLE_NOUNS = frozenset(
    [
        "mensen",
        "personen",
        "inwoners",
        "bewoners",
        "passagiers",
        "anderen",
        "levens",
        "slachtoffers",
        "omstanders",
        "voetgangers",
        # Session 10 (ennl10): the guide gives pilgrims, tourists and visitors no group, like passengers
        "toeristen",
        "bezoekers",
        "pelgrims",
        "vakantiegangers",
        "dagjesmensen",
    ]
)

GROUP_NOUNS = {
    # session 12 (fresh12): prisoners, the corpus guide's group for inmates of a prison ("vier gedetineerden kwamen om")
    "gedetineerden": "prisoners",
    "gedetineerde": "prisoners",
    "gevangenen": "prisoners",
    "kinderen": "children",
    "kind": "children",
    "minderjarigen": "children",
    "vrouwen": "women",
    "vrouw": "women",
    "mannen": "men",
    "burgers": "civilians",
    "burger": "civilians",
    "soldaten": "soldiers",
    "militairen": "soldiers",
    "hulpverleners": "rescuers",
    "reddingswerkers": "rescuers",
    "brandweerlieden": "firefighters",
    "journalisten": "journalists",
    "demonstranten": "protesters",
    "betogers": "protesters",
    "agenten": "officers",
    "schutters": "attackers",
    "mijnwerkers": "miners",
    "aanvallers": "attackers",
    "rebellen": "rebels",
    "ouderen": "elderly",
    # Session 12 (one12): roles the corpus guide's sixth round gives a group ("een kraanbestuurder" →
    # crane_operators); the plurals keep it. Not "automobilist" → motorists, which the guide gives too:
    # tests/text/test_issue13_ennl9.py::test_dutch_one_victim_by_a_role pins it with no group (the lead decides).
    "kraanbestuurders": "crane_operators",
    "vrachtwagenbestuurders": "truck_drivers",
    "vrachtwagenchauffeurs": "truck_drivers",
    **nl6.GROUP_NOUNS,
    # workers, the group the guide gives German "Arbeiter" ("Nog vijf personeelsleden van de fabriek worden vermist")
    **dict.fromkeys(("werknemers", "arbeiders", "werkers", "personeelsleden", "fabrieksarbeiders"), "workers"),
    # a compound in -werkers is workers, but these name their own group (nl-65cd3401-3, nl-18f41b95-1)
    "medewerkers van de brandweer": "firefighters",
    "bouwvakkers": "construction_workers",
}

METRIC_NOUNS = {
    "doden": "killed",
    "dode": "killed",
    "dodelijke slachtoffers": "killed",
    **nl6.METRIC_NOUNS,
    "doodsslachtoffers": "killed",
    "gewonden": "injured",
    "gewonde": "injured",
    "vermisten": "missing",
    # A participle before its noun names what happened to them: "de 12 gedode soldaten".
    "gedode": "killed",
    "gedoden": "killed",
    "omgekomenen": "killed",
    "vermiste": "missing",
    # Session 11 (nl11): "still missing" before the noun ("naar drie nog vermiste mijnwerkers")
    "nog vermiste": "missing",
    "nog vermisten": "missing",
    "ontheemden": "displaced",
    "aanhoudingen": "detained",
    "arrestaties": "detained",
}

SINGULAR_VICTIMS = {
    "persoon": "",
    "man": "men",
    "vrouw": "women",
    "kind": "children",
    "meisje": "children",
    "jongen": "children",
    "jongetje": "children",
    "baby": "children",
    "burger": "civilians",
    "militair": "soldiers",
    "soldaat": "soldiers",
    "agent": "officers",
    "brandweerman": "firefighters",
    "passagier": "",
    "verdachte": "suspects",  # Session 11 (nl11): "een verdachte aangehouden" is detained suspects 1 (the guide)
    **nl6.AGE_DECADE_VICTIMS,
}
# Session 11 (nl11): one national is a count of 1 with no group, like nationality plurals (the guide: "Een
# Nederlander is omgekomen", "een Belg raakte gewond"); a national's plural in -s is read by the loop below
# ("Nederlanders"). Only after an article: "de Nederlander" is one named person, no count.
SINGULAR_VICTIMS.update(
    dict.fromkeys(
        (
            "nederlander",
            "belg",
            "duitser",
            "fransman",
            "brit",
            "amerikaan",
            "oekraïner",
            "israëliër",
            "palestijn",
            "syriër",
            "libanees",
            "marokkaan",
            "turk",
            "spanjaard",
            "italiaan",
        ),
        "",
    )
)
# One of the whole population of victims, named by the singular of its plural noun in -s ("een slachtoffer",
# "een voetganger"), with no group as the plural has none (corpus guide); not "levens".
for _plural in sorted(PEOPLE_NOUNS - {"levens"}):
    if _plural.endswith("s"):
        SINGULAR_VICTIMS.setdefault(_plural[:-1], "")
# Session 12 (one12): one of those roles by an article is a count of 1 with the role's group (the guide).
SINGULAR_VICTIMS.update(
    {"kraanbestuurder": "crane_operators", "vrachtwagenbestuurder": "truck_drivers"}
    | {"vrachtwagenchauffeur": "truck_drivers"}
)

# Session 13 (fresh7b): survivors and the people aboard count as people (casualtylog.text.lang._recovery_words)
# refugees are people with no group, like migrants ("Zeker vijftien vluchtelingen … zijn om het leven gekomen");
# "vluchtelingen" alone is still no displaced count (lang/_nl_shapes.py)
PEOPLE_NOUNS = PEOPLE_NOUNS | SURVIVOR_PEOPLE["nl"] | {"vluchtelingen", "bootvluchtelingen"}
# One national by an article is a count of 1 with no group ("Een Pool zit vast"); only names that are no other word
SINGULAR_VICTIMS.update(
    dict.fromkeys(
        _words(
            "pool rus wit-rus roemeen bulgaar afghaan iraniër irakees chinees japanner indiër pakistaan egyptenaar"
            " somaliër eritreeër algerijn tunesiër libiër griek portugees oostenrijker zwitser hongaar tsjech slowaak"
            " litouwer zweed noor canadees australiër mexicaan braziliaan colombiaan venezolaan nigeriaan keniaan"
            " soedanees jemeniet saoediër koerd armeniër georgiër russin"
        ),
        "",
    )
)

# The displaced within their own country, an adverb or adjective before the noun ("ruim 700.000 intern ontheemden")
METRIC_NOUNS = {
    **METRIC_NOUNS,
    **dict.fromkeys(("intern ontheemden", "binnenlands ontheemden", "binnenlandse ontheemden"), "displaced"),
}

# The predicate adjective of age "minderjarig" names the group as "minderjarigen" does ("Het ministerie zegt dat zeker
# twaalf gewonden minderjarig zijn", nl-aea985c9-3); not "minderjarige", before its noun
GROUP_NOUNS = {**GROUP_NOUNS, "minderjarig": "children"}
# session 17 (guide17, rom17): the guide's settled group names, one per concept (lang/_guide_groups.py)
GROUP_NOUNS = {**GROUP_NOUNS, **GUIDE_GROUPS["nl"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - GUIDE_GROUPS["nl"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **GUIDE_SINGULARS["nl"]}
# session 20 (fields22): the groups the guide's rounds 13 and 14 named (lang/_guide_round_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **ROUND_GROUPS["nl"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - ROUND_GROUPS["nl"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **ROUND_SINGULARS["nl"]}
