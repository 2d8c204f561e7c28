"""German victims and groups: the nouns of people, of groups, of metrics and of one victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._guide_groups import GUIDE_GROUPS, GUIDE_SINGULARS
from casualtylog.text.lang._guide_round_groups import ROUND_GROUPS, ROUND_SINGULARS
from casualtylog.text.lang._recovery_words import RECOVERY_METRIC_NOUNS, SURVIVOR_PEOPLE
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["GROUP_NOUNS", "METRIC_NOUNS", "PEOPLE_NOUNS", "SINGULAR_METRIC_NOUNS", "SINGULAR_VICTIMS"]


PEOPLE_NOUNS = _words(
    "menschen personen einwohner bewohner passagiere opfer andere zivilpersonen leute insassen patienten fußgänger"
)

GROUP_NOUNS = {
    # session 12 (fresh12): prisoners, the corpus guide's group for inmates of a prison ("vier Häftlinge starben")
    "häftlinge": "prisoners",
    "häftling": "prisoners",
    "gefangene": "prisoners",
    "gefangenen": "prisoners",
    "strafgefangene": "prisoners",
    # the guide: arrests of suspects are `detained suspects` ("zwei Tatverdächtige wurden festgenommen")
    "verdächtige": "suspects",
    "tatverdächtige": "suspects",
    # perpetrators, as the guide's "schutters" (gunmen) are attackers
    "täter": "attackers",
    "tätern": "attackers",  # Session 11 (rom11): the dative ("Von den 3 Tätern fehlt jede Spur": no missing)
    # Session 13 (fresh13): attackers by their other nouns ("drei der Angreifer wurden getötet") and security forces
    # (the corpus guide's security_forces; "Einsatzkräfte" stay rescuers)
    "angreifer": "attackers",
    "angreifern": "attackers",
    "attentäter": "attackers",
    "attentätern": "attackers",
    "sicherheitskräfte": "security_forces",
    "sicherheitskräften": "security_forces",
    "kinder": "children",
    "kindern": "children",
    # Boys: plural, and the singular after an article in the accusative ("einen 17-jährigen Jungen").
    "jungen": "children",
    "kind": "children",
    "minderjährige": "children",
    "frauen": "women",
    "frau": "women",
    "männer": "men",
    "zivilisten": "civilians",
    "zivilistinnen": "civilians",
    "soldaten": "soldiers",
    "einsatzkräfte": "rescuers",
    "rettungskräfte": "rescuers",
    "helfer": "rescuers",
    "journalisten": "journalists",
    "polizisten": "officers",
    # officials are police officers in casualty reports (the corpus guide: "Beamte" → officers)
    "beamte": "officers",
    "beamten": "officers",
    "kämpfer": "fighters",
    "feuerwehrleute": "firefighters",
    "feuerwehrmänner": "firefighters",
    "bergleute": "miners",
    "bergarbeiter": "miners",
    # workers and staff, as Spanish "trabajadores" and the news guide name them
    "arbeiter": "workers",
    "mitarbeiter": "workers",
    "bauarbeiter": "workers",
    "rebellen": "rebels",
    # Session 11 (rom11): protesters, as French, Spanish and Dutch name them ("60 Demonstranten festgenommen")
    "demonstranten": "protesters",
    "demonstrantinnen": "protesters",
    # The news guide's groups of round 2: the elderly and health workers, as German names them.
    "ältere menschen": "elderly",
    "senioren": "elderly",
    "angehörige der gesundheitsberufe": "health_workers",
    "gesundheitspersonal": "health_workers",
    "medizinisches personal": "health_workers",
    "sanitäter": "health_workers",
}

METRIC_NOUNS = {
    # arrests count the people arrested ("Die Polizei meldete 45 Festnahmen")
    "festnahmen": "detained",
    "todesopfern": "killed",
    "tote": "killed",
    "toten": "killed",
    "todesopfer": "killed",
    "verletzte": "injured",
    "verletzten": "injured",
    "verwundete": "injured",
    "verwundeten": "injured",
    "vermisste": "missing",
    "vermissten": "missing",
    "todesfälle": "killed",
    # The singular nouns after "ein" / "ein weiterer" ("Ein weiterer Todesfall wurde gemeldet").
    "todesfall": "killed",
    "toter": "killed",
    "verletzter": "injured",
    "vermisster": "missing",
    # A participle before its noun names what happened to them: "die 12 getöteten Soldaten".
    "getötete": "killed",
    "getöteten": "killed",
    "verstorbene": "killed",
    "verstorbenen": "killed",
    # Session 11 (de12): the arrested as a noun ("45 Festgenommene", "Unter den Festgenommenen sind drei …")
    "festgenommene": "detained",
    "festgenommenen": "detained",
}

SINGULAR_VICTIMS = {
    "mensch": "",
    "person": "",
    "mann": "men",
    "frau": "women",
    "kind": "children",
    "mädchen": "children",
    "junge": "children",
    "jungen": "children",
    "säugling": "children",
    "baby": "children",
    "zivilist": "civilians",
    "soldat": "soldiers",
    "feuerwehrmann": "firefighters",
    "polizist": "officers",
    "helfer": "rescuers",
    # The roles and nationalities German accident reports name one victim by ("Ein Fahrgast erlitt …",
    # "Ein junger Deutscher ist … ums Leben gekommen"): people with no group of the news guide's.
    **dict.fromkeys(
        _words(
            "fahrgast passagier fahrer autofahrer beifahrer radfahrer motorradfahrer lkw-fahrer busfahrer "
            "fußgänger bewohner anwohner einwohner tourist urlauber wanderer bergsteiger skifahrer "
            "snowboarder insasse arbeiter bauarbeiter "
            # Session 11 (de12): Swiss and Austrian "Lenker" (driver), climbers, a car's passenger
            "lenker pkw-lenker autolenker motorradlenker alpinist tourengänger mitfahrer "
            "deutscher österreicher schweizer italiener franzose brite niederländer amerikaner pole tscheche "
            "ukrainer russe israeli palästinenser"
        ),
        "",
    ),
}
# Session 10 (rom10): a woman of the same role, with the role's group ("Eine Radfahrerin wurde schwer verletzt",
# "eine Polizistin"): "-in" after the masculine, its final "e" dropped ("Russe", "Russin"). Not the nouns that
# are no role's (person, man, woman, child) nor "Deutscher", whose feminine is "Deutsche".
_NO_FEMININE = frozenset(
    {"mensch", "person", "mann", "frau", "kind", "mädchen", "junge", "jungen", "säugling", "baby", "feuerwehrmann"}
    | {"deutscher"}
)
SINGULAR_VICTIMS.update(
    {
        (word[:-1] if word.endswith("e") else word) + "in": group
        for word, group in list(SINGULAR_VICTIMS.items())
        if word not in _NO_FEMININE
    }
)
# Session 11 (rom11): one suspect, an adjective as noun, nominative and accusative ("ein Tatverdächtiger wurde
# festgenommen", "hat einen Verdächtigen festgenommen"): the guide's `detained suspects 1`.
SINGULAR_VICTIMS.update(
    dict.fromkeys(("verdächtiger", "verdächtigen", "tatverdächtiger", "tatverdächtigen"), "suspects")
)

# Session 12 (rec12): one victim ("Ein drittes Opfer ist im Krankenhaus gestorben": +1 after an ordinal), as
# English "a victim", Dutch "een slachtoffer"; only a predicate makes it a count.
SINGULAR_VICTIMS["opfer"] = ""

# Session 12 (one12): the corpus guide's sixth round counts "ein Erwachsener und ein Kleinkind" as one adult and
# one child killed; after the feminine loop so that no "Kleinkindin" is made.
SINGULAR_VICTIMS.update({"kleinkind": "children", "erwachsener": "adults", "erwachsenen": "adults"})

SINGULAR_METRIC_NOUNS = frozenset(
    {
        "toter",
        "toten",
        "verletzter",
        "verletzte",
        "verletzten",
        "vermisster",
        "vermissten",
        "todesopfer",
        "todesfall",
        # Session 13 (fresh7r2): the rescued after "einer weiteren" ("von einer weiteren geretteten Person": +1)
        "gerettete",
        "geretteten",
        "geretteter",
    }
)

# Session 13 (fresh7b): the rescued and the displaced as nouns (casualtylog.text.lang._recovery_words)
METRIC_NOUNS = {**METRIC_NOUNS, **RECOVERY_METRIC_NOUNS["de"]}
# Session 13 (fresh7b): the guide's groups of mountain and holiday victims (round 6: `skiers`, `ski_tourers`;
# batch 7: `campers`); German writes the plural as the singular ("drei Skifahrer", "ein 63-jähriger Camper")
_OUTDOOR_GROUPS = {
    **dict.fromkeys(("skifahrer", "skifahrern", "skifahrerin", "skifahrerinnen"), "skiers"),
    **dict.fromkeys(("tourenskifahrer", "tourenskifahrern", "tourengänger", "tourengängern"), "ski_tourers"),
    **dict.fromkeys(("camper", "campern", "camperin", "camperinnen"), "campers"),
}
GROUP_NOUNS = {**GROUP_NOUNS, **_OUTDOOR_GROUPS}
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **{k: v for k, v in _OUTDOOR_GROUPS.items() if not k.endswith("n")}}

# Session 13 (fresh7b): survivors and the people aboard count as people (casualtylog.text.lang._recovery_words)
PEOPLE_NOUNS = PEOPLE_NOUNS | SURVIVOR_PEOPLE["de"]

# Roles the guide names a group for, in the plural and one after an article: miners ("Zwei Bergmänner … wurden …
# verletzt", de-5ae8ba09-2), workers ("Eine Mitarbeiterin wurde … schwer verletzt", de-27904f75-8) and truck drivers
# ("erschlug ein umstürzender Baum einen Lastwagenfahrer", de-735f1a01-7; Dutch "vrachtwagenchauffeur" is
# ``truck_drivers`` already). German writes the plural of "-fahrer" as the singular; "einen Menschen" is the
# accusative of one person (de-735f1a01-10).
_TRUCKERS = ("lastwagenfahrer", "lkw-fahrer", "lastkraftwagenfahrer", "lastwagenchauffeur", "lkw-chauffeur")
GROUP_NOUNS = {
    **GROUP_NOUNS,
    **dict.fromkeys(("bergmänner", "bergmännern", "kumpel"), "miners"),
    **dict.fromkeys(_TRUCKERS + tuple(w + "n" for w in _TRUCKERS if w.endswith("er")), "truck_drivers"),
    **dict.fromkeys(("mitarbeitern", "mitarbeiterinnen", "arbeiterinnen"), "workers"),
    # the accused, as "Verdächtige" are suspects ("Sechs Beschuldigte wurden verhaftet", de-dc106506-8)
    **dict.fromkeys(("beschuldigte", "beschuldigten"), "suspects"),
}
SINGULAR_VICTIMS = {
    **SINGULAR_VICTIMS,
    "bergmann": "miners",
    **dict.fromkeys(("mitarbeiter", "mitarbeiterin"), "workers"),
    **dict.fromkeys(_TRUCKERS + tuple(w + "in" for w in _TRUCKERS if w.endswith("er")), "truck_drivers"),
    "menschen": "",
}
# One arrest named by an article is detained 1: "Im Zuge des Polizeieinsatzes kam es auch zu einer Festnahme"
# (de-7ed602ba-2), as "zu drei Festnahmen" is 3 and "einem Todesfall" killed 1 (casualtylog.text._frames._one_suspect
# lets one arrest by its noun count; one man arrested stays a story about a person)
_ONE_ARREST = dict.fromkeys(("festnahme", "verhaftung", "inhaftierung"), "detained")
METRIC_NOUNS = {**METRIC_NOUNS, **_ONE_ARREST}
SINGULAR_METRIC_NOUNS = SINGULAR_METRIC_NOUNS | frozenset(_ONE_ARREST)

# Miners by the dative of their colloquial noun ("Fünf Kumpel wurden verletzt") and the employed ("fünf Beschäftigte
# werden vermisst") as groups, one worker by the singular; a noun with a group is no noun of people with none
_WORKER_GROUPS = {"kumpeln": "miners", "beschäftigte": "workers", "beschäftigten": "workers"}
GROUP_NOUNS = {**GROUP_NOUNS, **_WORKER_GROUPS}
PEOPLE_NOUNS = PEOPLE_NOUNS - _WORKER_GROUPS.keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, "arbeiter": "workers", "beschäftigter": "workers"}
# Police officers by their compound ("einer verletzten Polizeibeamtin", de-6d044565-2), as "Polizisten" and "Beamte"
GROUP_NOUNS = {**GROUP_NOUNS, **dict.fromkeys(("polizeibeamte", "polizeibeamten", "polizeibeamtinnen"), "officers")}
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **dict.fromkeys(("polizeibeamter", "polizeibeamtin"), "officers")}
# session 17 (guide17, rom17): the guide's settled group names, one per concept (lang/_guide_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **GUIDE_GROUPS["de"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - GUIDE_GROUPS["de"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **GUIDE_SINGULARS["de"]}
# session 20 (fields22): the groups the guide's rounds 13 and 14 named (lang/_guide_round_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **ROUND_GROUPS["de"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - ROUND_GROUPS["de"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **ROUND_SINGULARS["de"]}
