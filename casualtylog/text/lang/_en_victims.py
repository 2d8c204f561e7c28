"""English victims and groups: the nouns of people, of groups, of metrics and of one victim.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._guide_groups import GUIDE_GROUPS, GUIDE_SINGULARS
from casualtylog.text.lang._guide_round_groups import ROUND_GROUPS, ROUND_SINGULARS

__all__ = ["GROUP_NOUNS", "METRIC_NOUNS", "PEOPLE_NOUNS", "SINGULAR_VICTIMS"]


PEOPLE_NOUNS = frozenset(
    [
        "migrants",
        "refugees",
        "asylum-seekers",
        "people",
        "persons",
        "person",
        "others",
        "individuals",
        "residents",
        "inhabitants",
        "passengers",
        "workers",
        "patients",
        "guests",
        "worshippers",
        "shoppers",
        "pedestrians",
        "members",
        "lives",
        "victims",
        "pilgrims",
        "villagers",
        "travellers",
        "travelers",
        "commuters",
        "spectators",
        "fans",
        # Session 10 (ennl10): the guide gives pilgrims, tourists and visitors no group, like passengers
        "tourists",
        "visitors",
        "holidaymakers",
        "vacationers",
        "sightseers",
        # Session 11 (en11): survivors found or pulled out are rescued with no group (the guide), as people are
        "survivors",
        # Session 13 (fresh7a): the whole population, however named, has no group (the guide: residents)
        # (not "locals": its singular "local" would make a victim of "one of their local interpreters")
        "citizens",
    ]
)

GROUP_NOUNS = {
    "taliban": "taliban",
    "children": "children",
    "child": "children",
    "minors": "children",
    "infants": "children",
    "babies": "children",
    "toddlers": "children",
    "newborns": "children",
    "kids": "children",
    "women": "women",
    "woman": "women",
    "men": "men",
    "man": "men",
    "civilians": "civilians",
    # Session 13 (kinds13): officials of a business named by it ("arrested six construction company officials");
    # "officials" alone stays a source's word ("officials said")
    **{f"{body} officials": "officials" for body in ("company", "firm", "factory", "bank", "mine", "club")},
    # Session 13 (fresh13): the corpus guide's security_forces, as German "Sicherheitskräfte"
    "security forces": "security_forces",
    "members of the security forces": "security_forces",
    "civilian": "civilians",
    "soldiers": "soldiers",
    "soldier": "soldiers",
    "servicemen": "soldiers",
    "rescuers": "rescuers",
    "firefighters": "firefighters",
    "journalists": "journalists",
    "medics": "medics",
    "police officers": "officers",
    "policemen": "officers",
    # "four police, two children … were killed": police counted as people are officers (corpus guide).
    "police": "officers",
    "elderly people": "elderly",
    # Session 11 (en11): the guide's groups written as two words, whose head ("workers") alone is people, and
    # a plural not ending in "s" (the generic plural reader takes "miners", never "fishermen").
    "aid workers": "aid_workers",
    "humanitarian workers": "aid_workers",
    "health workers": "health_workers",
    "healthcare workers": "health_workers",
    "health care workers": "health_workers",
    "medical workers": "health_workers",
    "fishermen": "fishermen",
}

METRIC_NOUNS = {
    "deaths": "killed",
    "death": "killed",
    "fatalities": "killed",
    "fatality": "killed",
    "dead": "killed",
    "injuries": "injured",
    "injured": "injured",
    "wounded": "injured",
    "missing": "missing",
}

SINGULAR_VICTIMS = {
    "person": "",
    "man": "men",
    "woman": "women",
    "child": "children",
    "girl": "children",
    "boy": "children",
    "baby": "children",
    "infant": "children",
    "toddler": "children",
    "soldier": "soldiers",
    "civilian": "civilians",
    "citizen": "",
    "resident": "",
    "individual": "",
    # "A mother and her two children were killed" (the guide: the demographic noun is the group).
    "mother": "women",
    "father": "men",
}
# One of the whole population of victims, named by the singular of its plural noun ("a passenger was killed",
# "a sixth passenger was still missing", "a migrant drowned"): no group, as the plural has none (corpus guide).
# Not "others" nor "lives", whose singulars name no one.
for _plural in sorted(PEOPLE_NOUNS - {"others", "lives"}):
    if _plural.endswith("s"):
        SINGULAR_VICTIMS.setdefault(_plural[:-1], "")

# Two-word groups of the guide's shape, as "aid workers" ("killed three rescue workers")
GROUP_NOUNS = {**GROUP_NOUNS, "rescue workers": "rescue_workers"}
METRIC_NOUNS = {**METRIC_NOUNS, "arrests": "detained"}  # as Dutch "arrestaties": "twelve arrests were made"
#: Nouns of the whole population that "elderly" may describe (no group of their own).
_PEOPLE = ("people", "persons", "residents", "patients", "inhabitants", "villagers", "citizens", "individuals")
# "elderly" before a noun of the whole population names the group elderly, as "elderly people" does ("Two elderly
# patients died"); medics are health workers, as German "Sanitäter" and Spanish "personal sanitario" are
# (en-41feaf3e-3 "three further medics have minor injuries")
GROUP_NOUNS = {
    **GROUP_NOUNS,
    **{f"elderly {noun}": "elderly" for noun in _PEOPLE},
    **dict.fromkeys(("medics", "paramedics", "medical staff", "medical personnel"), "health_workers"),
    # workers killed at work are the group "workers", as every dev label of them has it ("an explosion killed seven
    # workers", en-ed2a8607-1, en-37154a1c-1); mineworkers are miners (en-09558036-3)
    "workers": "workers",
    "mineworkers": "miners",
    "mine workers": "miners",
    # the group names the guide settled ("Workers"; one name per concept): employees and labourers are workers
    # (en-3f830d39-1, en-244bc381-1), crewmembers the crew (en-e31f851a-3), learners pupils (en-fe6fb5e0-2); before,
    # their plural shape made each a group of its own name
    **dict.fromkeys(("employees", "labourers", "laborers"), "workers"),
    "crewmembers": "crew",
    "learners": "pupils",
}
# session 17 (guide17, rom17): the guide's settled group names, one per concept (lang/_guide_groups.py)
GROUP_NOUNS = {**GROUP_NOUNS, **GUIDE_GROUPS["en"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - GUIDE_GROUPS["en"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **GUIDE_SINGULARS["en"]}
# session 20 (fields22): the groups the guide's rounds 13 and 14 named (lang/_guide_round_groups.py); a noun with a
# group is no noun of people with none
GROUP_NOUNS = {**GROUP_NOUNS, **ROUND_GROUPS["en"]}
PEOPLE_NOUNS = PEOPLE_NOUNS - ROUND_GROUPS["en"].keys()
SINGULAR_VICTIMS = {**SINGULAR_VICTIMS, **ROUND_SINGULARS["en"]}


def _english_singular(plural: str) -> str | None:
    """The singular of an English plural group noun, its head last ("police officers" → "police officer",
    "policemen" → "policeman"), or ``None`` when the head has no regular plural ending ("police", "taliban") or
    names no person alone ("security forces": a force is a body, not one victim)."""
    *before, head = plural.split()
    if head.endswith("men") and len(head) > 3:
        single = head[:-3] + "man"
    elif head.endswith("ies"):
        single = head[:-3] + "y"  # "babies" → "baby"
    elif head.endswith("s") and not head.endswith(("ss", "forces")) and len(head) >= 5:
        single = head[:-1]
    else:
        return None
    return " ".join([*before, single])


# Session 20 (miss22a): one victim of a listed group, named by the singular of its noun after "one" or an article
# ("One policeman was killed", "The first bomb wounded a policeman", "a medic … had been killed"), takes the
# group its plural names, as French and Spanish read the singulars of all their groups (``singulars``); before,
# English listed the singulars of a few groups only (soldier, civilian), so "one policeman" gave nothing.
# The groups the guide keeps "as written" (its group list: militants, attackers, terrorists, protesters, teachers,
# students, adults, hostages; prisoners and inmates; miners), which the plural-shape reader gave their own name
# already: listed, so that one of them is read by the singular too ("one terrorist was killed", "a fifth miner was
# rescued"). The plural keeps the name it had. Not "officers": "an officer" is a rank as often as a policeman ("two
# sergeants and an officer were wounded", en-65b34047-2, is labelled without it); measured, it cost dev before-14
# precision.
_AS_WRITTEN = "militants attackers terrorists protesters teachers students adults hostages prisoners inmates miners"
GROUP_NOUNS = {**{noun: noun for noun in _AS_WRITTEN.split()}, **GROUP_NOUNS}
for _plural, _group in sorted(GROUP_NOUNS.items()):
    _single = _english_singular(_plural)
    if _single is not None and _single not in PEOPLE_NOUNS and _single not in GROUP_NOUNS:
        SINGULAR_VICTIMS.setdefault(_single, _group)
