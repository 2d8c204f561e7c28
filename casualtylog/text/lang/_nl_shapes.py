"""Dutch word classes added in the fifth round (issue 13), kept out of ``nl.py`` so it stays its size.

Each table is a class of words a shape reads, not a list of sentences:
predicates of survival and rescue, the heads Dutch organisation compounds end
in, what a channel is, care verbs and places, ordinals read as "one more".
"""

from __future__ import annotations

__all__ = [
    "AGE_DECADE_VICTIMS",
    "ANOTHER_ORDINALS",
    "CARE_PLACES",
    "CARE_VERBS",
    "CHANNEL_WORDS",
    "COMPOUND_SOURCE_HEADS",
    "DOWN_TOLL_CUES",
    "GROUP_NOUNS",
    "HELD_NOUNS",
    "LIFE_VERBS",
    "METRIC_NOUNS",
    "PREDICATES",
    "STUCK_WORDS",
    "TRAPPED_PLACES",
]

#: Metric nouns: the singular of "dodelijke slachtoffers", and the lives a disaster took ("27 mensenlevens geëist").
METRIC_NOUNS = {"dodelijk slachtoffer": "killed", "mensenlevens": "killed"}

PREDICATES = {
    # Saved by their rescuers, the verb last: "wisten 30 mensen te redden" ("heeft … kunnen redden" is left
    # out: "kunnen" is a projected cue, so it would mark a rescue done as projected).
    "te redden": "rescued",
    # Did not survive: "dat ruim 36.000 mensen de ramp niet hebben overleefd".
    "niet overleefd": "killed",
    "niet hebben overleefd": "killed",
    "niet overleefden": "killed",
    "niet overleefde": "killed",
    # Round 6b: drowned and succumbed are deaths ("Een vijftiger verdronk", "bezweek aan zijn verwondingen").
    "verdronk": "killed",
    "verdronken": "killed",
    "bezweek": "killed",
    "bezweken": "killed",
    # Still in hospital is a count of injured (corpus guide, batch 4): "Zestig slachtoffers liggen in het
    # ziekenhuis". The verb "liggen" is part of the phrase: "in het ziekenhuis" alone also says where
    # someone died or was taken for a check-up.
    "liggen in het ziekenhuis": "injured",
    "liggen nog in het ziekenhuis": "injured",
    "liggen nog steeds in het ziekenhuis": "injured",
    "ligt in het ziekenhuis": "injured",
    "ligt nog in het ziekenhuis": "injured",
    "lagen in het ziekenhuis": "injured",
    "liggen op de intensive care": "injured",
    "liggen nog op de intensive care": "injured",
    "ligt op de intensive care": "injured",
    # Died, the participle "gestorven" ("zijn minstens 618 mensen gestorven"), as "overleden".
    "gestorven": "killed",
    # A severity subset: "zes van hen zijn er slecht aan toe" (the guide: a claim of its own). "er" and
    # "ernstig" are gap words, skipped before a predicate, so "er ernstig aan toe" is out of reach.
    "slecht aan toe": "injured",
    "zeer slecht aan toe": "injured",
    "kritiek aan toe": "injured",
    "zeer ernstig aan toe": "injured",
    # Fled, in the past tense as in the perfect ("meer dan 6 miljoen naar het buitenland vluchtten").
    "vluchtten": "displaced",
    "vluchtte": "displaced",
    # Pulled from the rubble with the auxiliary between, as a subordinate clause orders it
    # ("dat al meer dan 8.000 mensen vanonder het puin zijn gehaald").
    "vanonder het puin zijn gehaald": "rescued",
    "uit het puin zijn gehaald": "rescued",
    "onder het puin vandaan zijn gehaald": "rescued",
    "vanonder het puin werden gehaald": "rescued",
    "uit het puin werden gehaald": "rescued",
    # Lost their homes is displaced (the guide: homeless, "forced from their homes").
    "hun huis kwijtgeraakt": "displaced",
    "hun huis verloren": "displaced",
    "hun huizen verloren": "displaced",
    "dakloos geraakt": "displaced",
    "dakloos geworden": "displaced",
}
# A severity subset in the words of Dutch reports (the guide: a claim of its own, injured): the verbs of being
# in a condition with the conditions they take ("verkeren in levensgevaar", "zijn in kritieke toestand",
# "verblijven op de intensive care"). Not "aan toe" alone, to reach "zijn er ernstig aan toe" past its gap words:
# "zijn er nog niet aan toe", "er goed aan toe" would read as injured.
PREDICATES.update(
    {
        f"{verb}{state}": "injured"
        for verb in ("verkeren ", "verkeert ", "verkeerden ", "verkeerde ", "zijn ", "is ", "waren ", "was ", "")
        for state in (
            "in levensgevaar",
            "in kritieke toestand",
            "in kritieke staat",
            "in zorgwekkende toestand",
            "in ernstige toestand",
            "in een kritieke toestand",
            "in een zorgwekkende toestand",
        )
    }
    | {
        f"{verb} {where}": "injured"
        for verb in ("verblijven", "verblijft", "verbleven", "liggen er", "ligt er", "liggen er nog", "liggen nog")
        for where in ("op de intensive care", "in het ziekenhuis")
    }
)

# Session 11 (nl11): brought to safety is evacuated ("Zeker 15.000 mensen zijn in veiligheid gebracht", the guide's
# "in Sicherheit gebracht"); found alive is rescued ("Vier mensen konden levend worden geborgen": "geborgen" alone
# is bodies); lost their homes with a modal between ("hebben hun huis moeten verlaten"). Not "geëist" (lives
# taken): "Het OM heeft tegen drie verdachten 12 jaar cel geëist" is a sentence demanded.
PREDICATES.update(
    dict.fromkeys(
        ("in veiligheid gebracht", "in veiligheid werden gebracht", "in veiligheid gebracht zijn"), "evacuated"
    )
    | dict.fromkeys(("levend geborgen", "levend worden geborgen", "levend werden geborgen"), "rescued")
    | dict.fromkeys(
        (f"{whose} {home} moeten verlaten" for whose in ("hun",) for home in ("huis", "huizen", "woning", "woningen")),
        "displaced",
    )
    # the verb last in a relative clause: "De brand, die drie mensen het leven kostte, ontstond in de keuken"
    | dict.fromkeys(("het leven kostte", "het leven kostten", "het leven heeft gekost"), "killed")
    # sheltered is displaced (the guide: "opgevangen in noodopvang"): "Ruim 3000 mensen worden opgevangen in
    # sporthallen"; not "opgevangen" alone ("door ambulancepersoneel opgevangen" tells care, not flight)
    | dict.fromkeys(
        (
            f"opgevangen in {det}{place}"
            for det in ("", "de ", "het ", "een ")
            for place in (
                "sporthal",
                "sporthallen",
                "opvangcentrum",
                "opvangcentra",
                "opvanglocatie",
                "opvanglocaties",
                "noodopvang",
                "noodopvangen",
                "kampen",
                "tentenkamp",
                "tentenkampen",
                "evacuatiecentra",
                "evacuatiecentrum",
            )
        ),
        "displaced",
    )
    # fled their country, living as refugees: "Zo'n 4 miljoen Venezolanen hebben hun land verlaten", "Ruim 8 miljoen
    # Oekraïners leven als vluchteling in Europa"; not "het land verlaten" (ministers and diplomats leave), nor the
    # noun "vluchtelingen" alone ("Nederland neemt 500 vluchtelingen op", "300 vluchtelingen aan boord")
    | dict.fromkeys(
        (
            "hun land verlaten",
            "hun thuisland verlaten",
            "hun land ontvlucht",
            "hun thuisland ontvlucht",
            "het land ontvlucht",
        ),
        "displaced",
    )
    | dict.fromkeys(("als vluchteling", "als vluchtelingen"), "displaced")
    # picked up from the sea is rescued ("De marine heeft 120 migranten uit zee opgepikt"; "opgepikt" alone also
    # arrests: "De politie pikte drie verdachten op")
    | dict.fromkeys(("uit zee opgepikt", "uit het water opgepikt", "uit de zee opgepikt"), "rescued")
    # taken into custody: "Meer dan 1000 mensen zijn vastgezet", "in hechtenis genomen", "in verzekering gesteld"
    | dict.fromkeys(("vastgezet", "in hechtenis genomen", "in verzekering gesteld"), "detained")
    # "voor twee inzittenden kwam alle hulp te laat" is killed, as German "kam jede Hilfe zu spät" (the guide)
    | dict.fromkeys(
        (f"{came}{every} hulp te laat" for came in ("kwam ", "") for every in ("alle", "elke", "iedere")), "killed"
    )
)

# Session 9 (ennl9): the singular past of "overlijden" ("een man overleed ter plaatse": the plural "overleden" was
# listed), dying in an accident ("verongelukte", the Dutch word for a road or plane death) and being run over.
PREDICATES.update(dict.fromkeys(("overleed", "verongelukt", "verongelukte", "verongelukten", "doodgereden"), "killed"))

#: A toll that falls or is revised down is updated as one that rises ("is gedaald tot 40", "bijgesteld naar
#: 12"); "schommelt" (hovers) states it.
DOWN_TOLL_CUES = {
    **{
        f"{verb} {to}": "update"
        for verb in ("gedaald", "daalde", "bijgesteld", "teruggelopen", "gezakt")
        for to in ("tot", "naar")
    },
    "schommelt": "static",
    "schommelt nog steeds": "static",
    "schommelt nog altijd": "static",
}

#: Roles met as victims (round 6b), the English group the guide names: crew, pupils, railway staff.
GROUP_NOUNS = {
    "leerlingen": "pupils",
    "scholieren": "pupils",
    "studenten": "students",
    "leraren": "teachers",
    "docenten": "teachers",
    "bemanningsleden": "crew",
    "spoorwegmedewerkers": "railway_workers",
    "machinisten": "train_drivers",
    "politieagenten": "officers",
    "politiemensen": "officers",
    "militanten": "militants",
    "terroristen": "terrorists",
    "vrijwilligers": "volunteers",
    "vissers": "fishermen",
    "tolken": "interpreters",
    # Session 11 (nl11): the guide's groups of people arrested ("14 verdachten opgepakt", "31 relschoppers
    # aangehouden", "drie jongeren aangehouden": suspects, rioters, youths)
    "verdachten": "suspects",
    "relschoppers": "rioters",
    "jongeren": "youths",
}

#: "een vijftiger" (a man or woman in their fifties) is one victim of no group, like "een persoon".
AGE_DECADE_VICTIMS = {
    f"{decade}iger": "" for decade in ("twint", "dert", "veert", "vijft", "zest", "zevent", "tacht", "negent")
}

#: Heads that Dutch compounds end in ("rampendienst", "crisiscentrum", "legerleiding", "persagentschap").
COMPOUND_SOURCE_HEADS = frozenset({"dienst", "centrum", "leiding", "bestuurder", "agentschap", "omroep", "autoriteit"})

#: What a channel is, before its name: "via berichtendienst Telegram", "op het platform X".
CHANNEL_WORDS = frozenset({"berichtendienst", "berichtenapp", "platform", "kanaal", "bureau", "agentschap", "zender"})

#: Taken to hospital: "Zeker elf mensen zijn naar het Calamiteitenhospitaal … gebracht". Patients moved on
#: ("overgebracht") are evacuated, not injured, and "in het ziekenhuis opgenomen" tells where people still
#: are (the self-written corpus labels "Er zijn nog 3 mensen in het ziekenhuis opgenomen" no claim). Session 10
#: (ennl10): treated at a hospital ("moesten in het ziekenhuis worden behandeld") is injured by the guide.
CARE_VERBS = frozenset({"gebracht", "vervoerd", "afgevoerd", "behandeld"})
CARE_PLACES = frozenset(
    {"ziekenhuis", "ziekenhuizen", "hospitaal", "calamiteitenhospitaal", "traumacentrum", "spoedeisende"}
)

#: An ordinal after "een" is one more: "een vijfde dodelijk slachtoffer", "een tweede verdachte" (+1).
ANOTHER_ORDINALS = frozenset(
    {"tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"}
)
# Ordinals past "tiende" after "een": one more ("Een twaalfde slachtoffer bezweek onderweg naar het ziekenhuis",
# nl-42958288-3: +1), as "een derde slachtoffer" is
ANOTHER_ORDINALS = ANOTHER_ORDINALS | frozenset(
    {"elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende"}
    | {"negentiende", "twintigste"}
)

#: A verb that costs lives, before the victims, "het leven" after them ("kostte … vier mensen het leven").
LIFE_VERBS = {f"{verb} het leven": "killed" for verb in ("kostte", "kostten", "kost", "kosten", "eiste")}


#: Session 10 (ennl10): people held who are no arrests by the corpus guide ("Hamas houdt nog 59 gijzelaars vast").
HELD_NOUNS = frozenset({"gijzelaars", "gegijzelden", "gijzelaar", "ontvoerden"})

#: Session 10 (ennl10): "vast" is in custody ("Nog acht personen zitten vast voor geweldpleging") or trapped
#: ("Zeven anderen zitten nog in de mijn vast"); the trapped are no claim. These places make it trapped.
STUCK_WORDS = frozenset({"vast", "vastzitten", "vastzit", "vastzaten", "vastgeraakt", "ingesloten", "opgesloten"})
#: Session 21 (issue 13): a place named right by a stuck word is where people are trapped, whatever it is ("vast in de
#: haven", nl-eaac99fa-5; "vast te zitten in een buitenzwembad", nl-9f15373c-1), unless it is custody.
TRAPPED_PREPS = frozenset({"in", "onder", "op", "tussen"})
CUSTODY_WORDS = frozenset(
    {"cel", "cellen", "politiecel", "gevangenis", "gevangenissen", "bewaring", "hechtenis", "voorarrest", "detentie"}
    | {"bajes", "afwachting", "verband", "zake", "voorlopige", "verzekerde"}
)
TRAPPED_PLACES = frozenset(
    {
        "puin",
        "brokstukken",
        "mijn",
        "mijnschacht",
        "schacht",
        "grot",
        "lift",
        "wrak",
        "kabelbaan",
        "sneeuw",
        "modder",
        "ijs",
        "tunnel",
        "kelder",
        "ruïnes",
        "ravijn",
        # session 20 (fields22): a building or homes people are shut in ("Meer dan 100 mensen zitten nog vast in het
        # gebouw", nl-8353fae3-6; "veel mensen zitten vast in hun huizen", nl-f6e39fe8-2); not "huis", which ends
        # "ziekenhuis" and stands in "huis van bewaring", a jail
        "gebouw",
        "gebouwen",
        "huizen",
        "woning",
        "woningen",
        "flat",
        "auto",
        "voertuig",
    }
)
