"""Dutch predicates and verbs: function words, the victims' predicates, the words between a count and
its predicate, and verbs whose object is a count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _nl_shapes as nl6
from casualtylog.text.lang._arrival_words import ARRIVAL_PREDICATES
from casualtylog.text.lang._guide_round_words import ROUND_PREDICATES
from casualtylog.text.lang._missing_lists import MISSING_LISTS
from casualtylog.text.lang._recovery_words import RECOVERY_PREDICATES
from casualtylog.text.lang._shelter_words import SHELTER_PREDICATES
from casualtylog.text.lang._status_words import PROJECTING_GAPS
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ACTIVE_VERBS", "FUNCTION_WORDS", "GAP_WORDS", "PREDICATES"]


FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "op",
        "te",
        "zijn",
        "met",
        "voor",
        "niet",
        "er",
        "bij",
        "door",
        "aan",
        "werd",
        "werden",
        "volgens",
        "minstens",
        "ook",
        "nog",
        "naar",
        "over",
        "dan",
        "om",
        "wie",
        "zei",
        "mensen",
        "gewond",
        "doden",
        "raakten",
        "kwamen",
        "leven",
    ]
)

PREDICATES = {
    "overgebracht naar het ziekenhuis": "injured",
    "naar het ziekenhuis overgebracht": "injured",
    "zitten vast": "detained",
    "vastgehouden": "detained",
    "onder het puin vandaan gehaald": "rescued",
    "vanonder het puin gehaald": "rescued",
    "uit het puin gehaald": "rescued",
    "op de vlucht geslagen": "displaced",
    "op de vlucht sloegen": "displaced",
    "gevlucht": "displaced",
    "gedood": "killed",
    "omgekomen": "killed",
    "om het leven gekomen": "killed",
    "om het leven": "killed",
    "overleden": "killed",
    "gesneuveld": "killed",
    "omkwamen": "killed",
    "om": "killed",
    "stierven": "killed",
    "stierf": "killed",
    "sneuvelden": "killed",
    "lieten het leven": "killed",
    "het leven lieten": "killed",
    "verwondingen opgelopen": "injured",
    "verwondingen opgelopen hebben": "injured",
    "het leven gekost": "killed",
    "doodgeschoten": "killed",
    "dood": "killed",
    "gewond": "injured",
    "verwond": "injured",
    "gewond geraakt": "injured",
    "lichtgewond": "injured",
    "zwaargewond": "injured",
    "vermist": "missing",
    "ontheemd": "displaced",
    "op de vlucht": "displaced",
    "vluchtten": "displaced",
    "vast": "detained",
    "vastzitten": "detained",
    "gearresteerd": "detained",
    "opgepakt": "detained",
    "aangehouden": "detained",
    "geëvacueerd": "evacuated",
    "gered": "rescued",
    **nl6.PREDICATES,
    "dakloos": "displaced",
    "in noodopvang": "displaced",
    "in de noodopvang": "displaced",
    "opgevangen in noodopvang": "displaced",
    "hun huis verlaten": "displaced",
    "hun huizen verlaten": "displaced",
    "hun woning verlaten": "displaced",
    "hun woningen verlaten": "displaced",
    "dakloos geworden": "displaced",
    "als vermist opgegeven": "missing",
    "als vermist": "missing",
    "ontvlucht": "displaced",
    "bezweken": "killed",
    "bezweek": "killed",
    "bezweken aan hun verwondingen": "killed",
    # "Drie mensen liepen kritieke verwondingen op": the particle after the injuries.
    "verwondingen op": "injured",
    "verwondingen": "injured",
    "brandwonden op": "injured",
    "brandwonden": "injured",
    "doodgestoken": "killed",
    # Session 11 (nl13): stabbed is hurt unless the sentence says "doodgestoken"; hostages freed are rescued.
    "neergestoken": "injured",
    "bevrijd": "rescued",
    # Taken out of the water alive is rescued; camps of tents house the displaced. Not "ter plaatse behandeld":
    # tests/text/test_issue13_ennl10.py pins treatment at the scene, with no hospital, as no claim.
    "uit het water gehaald": "rescued",
    "in tentenkampen": "displaced",
    "verwondingen opliepen": "injured",
    "naar het ziekenhuis vervoerd": "injured",
    "naar het ziekenhuis gebracht": "injured",
}

GAP_WORDS = frozenset(
    [
        "zijn",
        "werden",
        "waren",
        "is",
        "werd",
        "raakten",
        "raakte",
        "kwamen",
        "kwam",
        "hebben",
        "heeft",
        "ook",
        "inmiddels",
        "nu",
        "al",
        "daarbij",
        "bij",
        "zwaar",
        "ernstig",
        "licht",
        "vermoedelijk",
        "gevreesd",
        "er",
        "worden",
        "wordt",
        "nog",
        "die",
        # "Onder de doden bevinden zich drie kinderen": "to be found among" is the copula of a list of victims
        "bevinden",
        "bevindt",
        "bevonden",
        "zich",
    ]
)
# Session 13 (status13): likelihood adverbs, modals, subjunctives between a count and its verb ("were likely killed")
GAP_WORDS |= PROJECTING_GAPS["nl"]

ACTIVE_VERBS = {
    "overlijdens van": "killed",
    "de dood van": "killed",
    "dood van": "killed",
    "doodde": "killed",
    "doodden": "killed",
    "kostte": "killed",
    "kostte aan": "killed",
    "kostten aan": "killed",
    "stierven": "killed",
    "sneuvelden": "killed",
    "kostten": "killed",
    "eiste": "killed",
    "verwondde": "injured",
    "verwondden": "injured",
    "evacueerden": "evacuated",
    # Session 11 (nl11): the singular past, and rescuing in the past ("Het leger evacueerde 2000 inwoners", "De
    # kustwacht redde 80 mensen uit zee")
    "evacueerde": "evacuated",
    "redde": "rescued",
    "redden": "rescued",
    "arresteerde": "detained",
    "arresteerden": "detained",
    "kostte het leven aan": "killed",
    "kostten het leven aan": "killed",
    "kostte het leven van": "killed",
    "eiste het leven van": "killed",
    "eisten het leven van": "killed",
    # "De politie hield 45 mensen aan": the separable verb's stem before its object.
    "hield": "detained",
    "hielden": "detained",
    # Session 11 (nl11): "Agenten pakten zaterdag 12 supporters op" (the particle "op" must close the clause)
    "pakte": "detained",
    "pakten": "detained",
    "nam": "detained",  # "De politie nam 25 mensen in hechtenis" (only with "hechtenis" closing the clause)
    "namen": "detained",
    # The people searched for are missing ("Er wordt nog gezocht naar 31 mensen").
    "gezocht naar": "missing",
    "zoeken naar": "missing",
    "zoekt naar": "missing",
    "zocht naar": "missing",
    "zochten naar": "missing",
    # "nog" (still) inside the verb ("De politie zoekt nog naar 12 mensen").
    "zoeken nog naar": "missing",
    "zoekt nog naar": "missing",
    "zocht nog naar": "missing",
    "zochten nog naar": "missing",
}

# Session 12 (fresh12): sought, took or found shelter is displaced (casualtylog.text.lang._shelter_words)
PREDICATES = {**PREDICATES, **SHELTER_PREDICATES["nl"]}

# Session 13 (fresh7b): recovered alive, searched for, driven out (casualtylog.text.lang._recovery_words)
PREDICATES = {**PREDICATES, **RECOVERY_PREDICATES["nl"]}
# "maar zijn wel gewond" (but are hurt indeed): "wel" stands before a predicate as "ook" and "nog" do
GAP_WORDS = GAP_WORDS | frozenset({"wel"})

# Session 13 (fresh7r2): arrived in a refugee camp, crossed the border (casualtylog.text.lang._arrival_words)
PREDICATES = {**PREDICATES, **ARRIVAL_PREDICATES["nl"]}

# One victim who "liet het leven" as the plural "lieten het leven" ("liet een vrachtwagenchauffeur het leven"); "had to
# go to hospital" as taken there ("Eén van de slachtoffers moest hiervoor naar het ziekenhuis"; the corpus labels
# every count taken to hospital injured)
_HAD_TO_HOSPITAL = [
    f"{verb}{adverb} naar {place}"
    for verb in ("moest", "moesten")
    for adverb in ("", " hiervoor", " daarvoor", " daarna", " nadien", " later", " alsnog", " ook", " met spoed")
    for place in ("het ziekenhuis", "een ziekenhuis")
]
_DISASTERS = _words(
    "ramp natuurramp overstroming overstromingen aardbeving beving storm orkaan tyfoon cycloon droogte"
    " hittegolf noodweer tsunami bosbranden watersnood modderstroom aardverschuiving"
)
PREDICATES = {
    **PREDICATES,
    **dict.fromkeys(("liet het leven", "het leven liet"), "killed"),
    **dict.fromkeys([*_HAD_TO_HOSPITAL, "naar het ziekenhuis moest", "naar het ziekenhuis moesten"], "injured"),
    # "affected by" a disaster named after "door", the guide's affected ("Meer dan twee miljoen mensen zijn getroffen
    # door de natuurramp"); never "getroffen" alone (a house) nor by a bullet or lightning (a hurt)
    **dict.fromkeys(
        (f"getroffen door {article} {disaster}" for article in ("de", "het", "deze") for disaster in _DISASTERS),
        "affected",
    ),
}

_HOMES = ("hun huis", "hun huizen", "hun woning", "hun woningen", "hun dorp", "hun dorpen")
#: The verbs that close a clause of leaving, the finite one among them (subordinate order).
_LEAVE_CLUSTERS = (
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
_SAFER = ("een veiligere plek", "een veilige plek", "een veiliger onderkomen", "een veilig onderkomen")
_LOOK = ("opzoeken", "opgezocht", "opzochten", "zoeken", "gezocht", "zochten", "moeten zoeken", "moesten zoeken")
# Leaving one's home with the verbs at the end of a subordinate clause ("waar meer dan 30.000 mensen hun huizen hebben
# moeten verlaten"), as the main clause's "hebben hun huis moeten verlaten" is read; looking for a safer place, which
# the guide's evacuated covers ("moesten meer dan 2,4 miljoen bewoners een veiligere plek opzoeken"); on the list of
# the missing
PREDICATES = {
    **PREDICATES,
    **{f"{home} {verbs}": "displaced" for home in _HOMES for verbs in _LEAVE_CLUSTERS},
    **{f"{place} {verb}": "evacuated" for place in _SAFER for verb in _LOOK},
    **{f"op de {lst}": "missing" for lst in MISSING_LISTS["nl"]},
    # rescued or evacuated at the end of the clause after a past modal ("De brandweer kon twaalf mensen redden",
    # "wisten 40 mensen te evacueren"); not "kunnen", which projects ("could")
    **{
        f"{modal} {verb}": metric
        for modal in ("konden", "kon", "wisten te", "wist te")
        for verb, metric in (("redden", "rescued"), ("evacueren", "evacuated"))
    },
}

# The predicates the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PREDICATES = {**PREDICATES, **ROUND_PREDICATES["nl"]}
