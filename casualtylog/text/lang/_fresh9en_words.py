"""Session 14 (``fresh9en``): words of the kinds met on batch 9 of the real-news dev text, English and Dutch.

``FRESH9_WEAPON_NOUNS[code]`` adds to the language's ``weapon_nouns``: the long names of drones that wire copy
from the Russian ministry uses ("22 Ukrainian unmanned aerial vehicles (UAVs) were destroyed", "8 UAVs over the
Oryol region", "1 UAV over the Smolensk region"); the guide folds them into ``drones``.
``FRESH9_WEAPON_ADJECTIVES[code]`` adds to ``weapon_adjectives``: participles in -ing, which the open reading of
modifiers leaves out (a participle heads its own phrase), that commonly describe weapons ("shot down 17 of the
incoming drones", "the attacking drones").
``FRESH9_GROUP_NOUNS[code]`` adds to ``group_nouns``: "elderly" before a noun of the whole population names the
group ``elderly``, as "elderly people" does ("Two elderly patients died", "two elderly residents were found dead"),
and folds medics into ``health_workers``.
``FRESH9_METRIC_NOUNS[code]`` adds to ``metric_nouns``: the displaced within their own country, an adverb or
adjective before the noun ("ruim 700.000 intern ontheemden", "binnenlandse ontheemden").
``FRESH9_PREDICATES[code]`` adds to ``predicates``: leaving one's home with the verbs at the end of a subordinate
clause, the finite verb among them ("waar meer dan 30.000 mensen hun huizen hebben moeten verlaten", "… hun huis
moesten verlaten"), as the main clause's "hebben hun huis moeten verlaten" is read; and looking for a safer place,
which the guide's evacuated covers ("moesten meer dan 2,4 miljoen bewoners een veiligere plek opzoeken").
``FRESH9_PROJECTED_CUES[code]`` adds to ``projected_cues``: believed or presumed in a state with no "to be" ("49
people were believed missing", en-d372c95d-5), as "believed dead" already was (the guide: believed → projected).
The later tables (``FRESH9_THING_NOUNS``, ``FRESH9_TOLL_NOUNS``, ``FRESH9_CONFIRMED_CUES``,
``FRESH9_OTHER_EVENT_OPENERS``) say what they add where they are defined. Each table is merged at the end of the
topic module of its field (``_en_weapons``, ``_en_victims``, ``_en_verbs``, ``_en_tolls``, ``_nl_victims``,
``_nl_verbs``, ``_nl_tolls``, ``_nl_dates``, ``_thing_words``; ``confirmed_cues`` in ``en.py``), so that the language
field stays the table of its topic module.
"""

from __future__ import annotations

__all__ = [
    "FRESH9_CONFIRMED_CUES",
    "FRESH9_GROUP_NOUNS",
    "FRESH9_METRIC_NOUNS",
    "FRESH9_OTHER_EVENT_OPENERS",
    "FRESH9_PREDICATES",
    "FRESH9_PROJECTED_CUES",
    "FRESH9_THING_NOUNS",
    "FRESH9_TOLL_NOUNS",
    "FRESH9_WEAPON_ADJECTIVES",
    "FRESH9_WEAPON_NOUNS",
]

FRESH9_WEAPON_NOUNS: dict[str, dict[str, str]] = {
    "en": {
        "unmanned aerial vehicles": "drones",
        "unmanned aerial vehicle": "drones",
        "unmanned aircraft": "drones",
        "uav": "drones",
    },
}

FRESH9_WEAPON_ADJECTIVES: dict[str, frozenset[str]] = {
    "en": frozenset({"incoming", "attacking"}),
}

#: Nouns of the whole population that "elderly" may describe (no group of their own).
_EN_PEOPLE = ("people", "persons", "residents", "patients", "inhabitants", "villagers", "citizens", "individuals")

FRESH9_GROUP_NOUNS: dict[str, dict[str, str]] = {
    "en": {
        **{f"elderly {noun}": "elderly" for noun in _EN_PEOPLE},
        # medics are health workers, as German "Sanitäter" and Spanish "personal sanitario" are (the guide's
        # health_workers; en-41feaf3e-3 "three further medics have minor injuries")
        "medics": "health_workers",
        "paramedics": "health_workers",
        "medical staff": "health_workers",
        "medical personnel": "health_workers",
        # workers killed at work are the group "workers", as every dev label of them has it ("an explosion killed
        # seven workers", en-ed2a8607-1, en-37154a1c-1); mineworkers are miners (en-09558036-3)
        "workers": "workers",
        "mineworkers": "miners",
        "mine workers": "miners",
        # Session 17 (ennl17): the group names the guide settled in session 15 ("Workers"; one name per concept):
        # employees and labourers are workers (en-3f830d39-1, en-244bc381-1), crewmembers the crew (en-e31f851a-3),
        # learners pupils (en-fe6fb5e0-2); before, their plural shape made each a group of its own name.
        **dict.fromkeys(("employees", "labourers", "laborers"), "workers"),
        "crewmembers": "crew",
        "learners": "pupils",
    },
}

_NL_HOMES = ("hun huis", "hun huizen", "hun woning", "hun woningen", "hun dorp", "hun dorpen")
#: The verbs that close a Dutch clause of leaving, the finite one among them (subordinate order).
_NL_LEAVE_CLUSTERS = (
    "moesten verlaten",
    "moest verlaten",
    "hebben moeten verlaten",
    "heeft moeten verlaten",
    "hadden moeten verlaten",
    "moeten hebben verlaten",
    "hebben verlaten",
    "hadden verlaten",
    "verlaten hebben",
    "verlieten",
    "ontvlucht zijn",
    "zijn ontvlucht",
    "ontvluchtten",
)
_NL_SAFER = ("een veiligere plek", "een veilige plek", "een veiliger onderkomen", "een veilig onderkomen")
_NL_LOOK = ("opzoeken", "opgezocht", "opzochten", "zoeken", "gezocht", "zochten", "moeten zoeken", "moesten zoeken")

FRESH9_METRIC_NOUNS: dict[str, dict[str, str]] = {
    "nl": {
        "intern ontheemden": "displaced",
        "binnenlands ontheemden": "displaced",
        "binnenlandse ontheemden": "displaced",
    },
}

#: Words of predicates are reserved (no unlisted modifier of a victim's noun may be one), so the places and their
#: articles stay few: "nearby" or "clinic" here would end "three nearby villagers", "ten clinic workers".
_EN_CARE_PLACES = tuple(f"{kind}{end}" for kind in ("hospital", "health centre", "health center") for end in ("", "s"))
_EN_CARE_ARTICLES = ("", "a ", "the ", "two ", "three ")
#: Grades of injury said with "have": "30 passengers had minor injuries", "three further medics have minor injuries".
_EN_GRADES = ("minor", "light", "moderate", "serious", "severe", "critical", "life-threatening", "multiple")

#: Conditions one is treated for after an event: the injured (the guide: treated for smoke inhalation or poisoning).
_EN_TREATED_FOR = (
    "hypothermia",
    "dehydration",
    "smoke inhalation",
    "burns",
    "poisoning",
    "carbon monoxide poisoning",
    "heatstroke",
    "heat stroke",
    "heat exhaustion",
    "gunshot wounds",
    "fractures",
)

#: The list of the missing, as a toll's noun ("the list of people unaccounted for was up to 1,276") and after a
#: count ("285 on our missing list"); Dutch "op de lijst van vermisten" (nl-d9c0e2ac-1).
_EN_MISSING_LISTS = (
    "missing list",
    "list of missing",
    "list of the missing",
    "list of missing people",
    "list of missing persons",
    "list of people missing",
    "list of people unaccounted for",
    "list of those unaccounted for",
    "list of the unaccounted for",
)
_NL_MISSING_LISTS = ("lijst van vermisten", "lijst met vermisten", "vermissingslijst")

FRESH9_PREDICATES: dict[str, dict[str, str]] = {
    "en": {
        **{
            f"{treated} {prep} {article}{place}": "injured"
            for treated in ("treated", "being treated")
            for prep in ("at", "in")
            for article in _EN_CARE_ARTICLES
            for place in _EN_CARE_PLACES
            if not (article.startswith("a ") and place.endswith("s"))
        },
        # treated for a graded condition ("Six of the survivors were treated for severe hypothermia", en-9b75c7c3-4)
        **{
            f"{treated} for {grade}{cause}": "injured"
            for treated in ("treated", "being treated")
            for grade in ("", "severe ", "serious ", "mild ", "minor ")
            for cause in _EN_TREATED_FOR
        },
        # on the list of the missing (en-b8e20b8a-6 "There are still 285 on our missing list")
        **{f"on {whose} {lst}": "missing" for whose in ("the", "our", "their", "a") for lst in _EN_MISSING_LISTS},
        **{
            f"{have} {grade}{noun}": "injured"
            for have in ("had", "have", "has")
            for grade in ("", *(f"{g} " for g in _EN_GRADES))
            for noun in ("injuries", "wounds", "burns")
        },
    },
    "nl": {
        **{f"{home} {verbs}": "displaced" for home in _NL_HOMES for verbs in _NL_LEAVE_CLUSTERS},
        **{f"{place} {verb}": "evacuated" for place in _NL_SAFER for verb in _NL_LOOK},
        **{f"op de {lst}": "missing" for lst in _NL_MISSING_LISTS},
        # rescued or evacuated at the end of the clause after a past modal ("De brandweer kon twaalf mensen redden",
        # "wisten 40 mensen te evacueren"); not "kunnen", which projects ("could")
        **{
            f"{modal} {verb}": metric
            for modal in ("konden", "kon", "wisten te", "wist te")
            for verb, metric in (("redden", "rescued"), ("evacueren", "evacuated"))
        },
    },
}

FRESH9_PROJECTED_CUES: dict[str, frozenset[str]] = {
    "en": frozenset(
        f"{verb} {state}"
        for verb in ("believed", "thought", "presumed")
        for state in ("missing", "injured", "wounded", "trapped", "buried", "lost", "among the dead")
    ),
}

#: Session 14 (fresh9en): validated is verified ("Only five of these deaths were validated", en-359cf9e2-2; the guide:
#: confirmed when the count is called confirmed or verified).
FRESH9_CONFIRMED_CUES: dict[str, frozenset[str]] = {
    "en": frozenset({"validated"}),
}

#: Session 14 (fresh9en): dwellings evacuated or cleared are no people ("Twaalf appartementen werden daarop
#: geëvacueerd", nl-b3bf8890-1; "Zo'n twintig appartementen zijn ontruimd", nl-bff26678-3), as English
#: "apartments" and "flats" already are; the guide counts no homes.
FRESH9_THING_NOUNS: dict[str, frozenset[str]] = {
    "nl": frozenset({"appartementen", "flats", "panden", "woonblokken", "flatgebouwen", "portiekflats", "kamers"}),
}

FRESH9_TOLL_NOUNS: dict[str, dict[str, str]] = {
    "en": dict.fromkeys(_EN_MISSING_LISTS, "missing"),
    "nl": dict.fromkeys(_NL_MISSING_LISTS, "missing"),
}

#: Session 14 (fresh9en): "before <day>" opening the sentence dates what it tells before the event's day ("Voor zondag
#: stierven al acht demonstranten door toedoen van de ordetroepen", nl-1d93f334-4, a negative), as "een dag eerder".
FRESH9_OTHER_EVENT_OPENERS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        f"{before} {day}"
        for before in ("voor", "vóór")
        for day in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    ),
}
