"""French words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang._agreement import FRENCH, agreeing, singulars
from casualtylog.text.lang._rate_words import RATE_CUES
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._thing_words import THING_NOUNS

__all__ = ["LANGUAGE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


#: Groups of victims by their plural noun; the singulars follow from them.
_GROUPS = {
    "enfants": "children",
    "enfant": "children",
    "mineurs": "children",
    "femmes": "women",
    "femme": "women",
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
    "passants": "bystanders",
    "humanitaires": "aid_workers",
    "travailleurs humanitaires": "aid_workers",
}

LANGUAGE = LanguageData(
    code="fr",
    weekdays=frozenset(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    citing=frozenset(["citant"]),
    titles=frozenset(
        [
            "maire",
            "gouverneur",
            "ministre",
            "président",
            "porte-parole",
            "chef",
            "responsable",
            "directeur",
            "procureur",
            "préfet",
            "secrétaire",
            "capitaine",
            "commandant",
            "docteur",  # "a souligné le docteur Qidreh"
        ]
    ),
    confirmed_cues=frozenset(
        ["confirmé", "confirmés", "confirmée", "confirmées", "confirme", "vérifié", "vérifiés", "confirmation"]
    ),
    others_words=frozenset(["autres"]),
    year_preps=frozenset(["en", "année"]),  # "en 2010", "pour l'année 2014"
    plural_endings=("s", "x"),
    elisions=_words("l d j n s c qu jusqu lorsqu puisqu quoiqu"),
    function_words=_words(
        "le la les des du une et est sont dans sur pour par avec au aux ont été selon "
        "qui que cette ces ils elle ne pas plus morts blessés personnes tués ont"
    ),
    units={
        "zéro": 0,
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
    },
    tens={"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
    scales={"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000},
    number_joiners=frozenset({"et"}),
    unit_before_tens=False,
    ambiguous_number_words=frozenset({"un", "une"}),
    grouping=" \u00a0\u202f.",
    decimal=",",
    million_words={"million": 1_000_000, "millions": 1_000_000},
    qualifiers={
        "au moins": "at_least",
        "au moins ,": "at_least",
        "au minimum": "at_least",
        "pas moins de": "at_least",
        "minimum": "at_least",
        "plus de": "more_than",
        "au-delà de": "more_than",
        "plus d'": "more_than",
        "jusqu' à": "at_most",
        "au plus": "at_most",
        "au maximum": "at_most",
        "pas plus de": "at_most",
        "moins de": "fewer_than",
        "environ": "about",
        "près de": "about",
        "quelque": "about",
        "quelques": "about",
        "presque": "about",
        "approximativement": "about",
        "autour de": "about",
        "une estimation de": "about",
        "presque tous": "about",
        "entre": "between",
    },
    suffix_qualifiers={"ou plus": "at_least", "+": "at_least"},
    range_joiners=frozenset({"à", "ou", "-", "–", "—"}),
    between_joiners=frozenset({"et"}),
    vague_words={
        "des dizaines": "tens",
        "dizaines": "tens",
        "des centaines": "hundreds",
        "centaines": "hundreds",
        "des milliers": "thousands",
        "milliers": "thousands",
        "des dizaines de milliers": "tens of thousands",
        "plusieurs": "several",
    },
    vague_links=frozenset({"de", "d'"}),
    people_nouns=_words(
        "personnes personne gens habitants résidents passagers victimes individus autres fidèles patients "
        "ouvriers travailleurs piétons vies migrants exilés naufragés survivants membres"
    ),
    group_nouns=_GROUPS,
    weapon_nouns={
        "missiles": "missiles",
        "missile": "missiles",
        "roquettes": "rockets",
        "drones": "drones",
        "drone": "drones",
    },
    weapon_adjectives=_words(
        "balistiques de croisière russes shahed iskander kalibr kinjal hypersoniques d' attaque ukrainiens "
        "ukrainiennes iraniens explosifs kamikazes kamikaze ennemis ces"
    ),
    body_nouns=frozenset({"corps", "cadavres"}),
    lifeless_words=frozenset({"sans vie"}),
    # "trois techniciens de la base ont été tués", "dix passagers du car ont été blessés"
    noun_preps=frozenset({"de", "du", "des", "d'", "à", "au", "dans", "sur"}),
    relative_pronouns=frozenset({"qui", "que", "lesquels", "lesquelles"}),
    age_openers=frozenset({"âgé de", "âgée de", "âgés de", "âgées de", "de"}),
    age_units=frozenset({"ans"}),
    metric_nouns={
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
        # the homeless a disaster leaves are displaced ("a fait près de 300.000 sans abris")
        "sans-abri": "displaced",
        "sans-abris": "displaced",
        "sans abri": "displaced",
        "sans abris": "displaced",
    },
    predicates=agreeing(
        {
            "repêchés": "rescued",
            "repêchées": "rescued",
            "récupérés": "rescued",
            "récupérées": "rescued",
            "mortellement blessés": "killed",
            "mortellement blessées": "killed",
            "mortellement blessé": "killed",
            "mortellement blessée": "killed",
            "en urgence absolue": "injured",
            "dans un état grave": "injured",
            "dans un état critique": "injured",
            "secourues": "rescued",
            "secourue": "rescued",
            "sauvées": "rescued",
            "sauvés": "rescued",
            "recueillis": "rescued",
            "recueillies": "rescued",
            "hospitalisées": "injured",
            "hospitalisés": "injured",
            "hospitalisé": "injured",
            "hospitalisée": "injured",
            "portées disparues": "missing",
            "déclarés décédés": "killed",
            "déclarés morts": "killed",
            "porté disparu": "missing",
            "portée disparue": "missing",
            "disparu": "missing",
            "décédé": "killed",
            "décédée": "killed",
            "tués": "killed",
            "tuées": "killed",
            "tué": "killed",
            "tuée": "killed",
            "morts": "killed",
            "mortes": "killed",
            "mort": "killed",
            "morte": "killed",
            "décédés": "killed",
            "décédées": "killed",
            "péri": "killed",
            "trouvé la mort": "killed",
            "perdu la vie": "killed",
            # people who lost their homes are displaced (the news guide: homeless): "ont perdu leur maison"
            **{
                f"perdu {home}": "displaced"
                for home in (
                    "leur maison",
                    "leurs maisons",
                    "leur logement",
                    "leurs logements",
                    "leur domicile",
                    "leur foyer",
                )
            },
            "succombé": "killed",
            "ont péri": "killed",
            "blessés": "injured",
            "blessées": "injured",
            "blessé": "injured",
            "blessée": "injured",
            "disparus": "missing",
            "disparues": "missing",
            "portés disparus": "missing",
            "déplacés": "displaced",
            "arrêtés": "detained",
            "interpellés": "detained",
            "évacués": "evacuated",
            "évacuées": "evacuated",
            "secourus": "rescued",
        },
        FRENCH,
    ),
    gap_words=_words(
        "ont été sont étaient avaient a ont été aussi également grièvement légèrement gravement ont déjà "
        "qui se sont y ont au total et plus pu être figurent figuraient toujours encore officiellement "
        # a modal before the passive, as "pu être": "ont dû être évacuées", "doivent être relogées"
        "dû doivent devaient "
        "auraient seraient aurait serait "
        # the singular auxiliaries and the verbs of remaining: "une personne est morte", "restent portées disparues"
        "est était avait restent reste demeurent demeure désormais actuellement"
    )
    - {"et", "plus"},
    active_verbs={
        "repêcher": "rescued",
        "repêché": "rescued",
        "le déplacement de": "displaced",
        "le déplacement massif de": "displaced",
        "secouru": "rescued",
        "sauvé": "rescued",
        "recueilli": "rescued",
        "récupéré": "rescued",
        "la mort de": "killed",
        "le décès de": "killed",
        "tué": "killed",
        "tuant": "killed",
        "tue": "killed",
        "fait": "killed",
        "faisant": "killed",
        "coûté la vie à": "killed",
        "blessé": "injured",
        "blessant": "injured",
        "évacué": "evacuated",
        "arrêté": "detained",
    },
    launch_verbs=frozenset(
        {
            "lancé",
            "lancés",
            "lancées",
            "tiré",
            "tirés",
            "lancer",
            "avec",
            "repérés",
            "repérées",
            "détectés",
            "détectées",
        }
    ),
    intercept_verbs=frozenset(
        {
            "intercepté",
            "interceptés",
            "interceptées",
            "abattu",
            "abattus",
            "détruit",
            "détruits",
            "neutralisé",
            "neutralisés",
        }
    ),
    toll_nouns={
        "bilan": "killed",
        "bilan humain": "killed",
        "bilan des morts": "killed",
        "nombre de morts": "killed",
        "nombre de victimes": "killed",
        "nombre de décès": "killed",
        "nombre de martyrs": "killed",
        "nombre de blessés": "injured",
        "nombre total de morts": "killed",
        "nombre total de victimes": "killed",
        "nombre de disparus": "missing",
    },
    toll_cues={
        "s' élève à": "update",
        "s' est alourdi à": "update",
        "est passé à": "update",
        "atteint": "update",
        "a atteint": "update",
        "monté à": "update",
        "est monté à": "update",
        "grimpé à": "update",
        "a grimpé à": "update",
        "passe à": "update",
        "s' alourdit à": "update",
        "à": "update",
        "de": "static",
        "est de": "static",
        "était de": "static",
        ":": "static",
        "fait état de": "static",
        "dépasse": "update",
        "dépassent": "update",
        "dépasse les": "update",
        "dépassent les": "update",
        "a dépassé les": "update",
        "pourrait atteindre": "projected",
        "pourrait s' alourdir à": "projected",
    },
    toll_gap_words=frozenset(),
    increment_before=_phrases("encore | de nouveau"),
    increment_after=frozenset({"supplémentaires", "de plus"}),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | des | sur"),
    of_them=_phrases("d' entre eux | d' entre elles"),
    group_cues=_phrases(
        "dont | parmi lesquels | parmi lesquelles | y compris | notamment | parmi eux | parmi elles | "
        # the list with its verb: "parmi lesquels figurent trois enfants", "parmi eux se trouvent deux femmes"
        "parmi lesquels figurent | parmi lesquelles figurent | parmi lesquels se trouvent | parmi lesquelles se trouvent | "
        "parmi eux figurent | parmi elles figurent | parmi eux se trouvent | parmi elles se trouvent"
    ),
    among_the=_phrases("parmi les"),
    # a denied verb of causing before a metric noun: "n'a pas fait de blessés", "sans faire de victimes mortelles"
    zero_words=frozenset(
        {"aucun", "aucune", "pas de", "pas fait de", "sans faire de", "sans faire aucun", "sans faire aucune"}
    ),
    nobody_words=frozenset({"personne n' a été", "personne n'"}),
    negations=_words("ne pas n' jamais"),
    boundaries=_words("et mais tandis alors lorsque quand car après avant où"),
    update_cues=_words("désormais maintenant"),
    projected_cues=_phrases("craint | craindre | pourrait | pourraient | risque | redoute | probablement"),
    preliminary_cues=_phrases(
        "provisoire | provisoires | bilan provisoire | premier bilan | premières informations | préliminaire | préliminaires"
    ),
    said_verbs=_words(
        "a déclaré déclaré a indiqué indiqué a annoncé annoncé a affirmé affirmé a précisé précisé "
        "a rapporté rapporté a ajouté ajouté a dit dit selon annonce indique déclare affirme précise "
        "annoncent expliqué écrit signalé rapportent confirmé révélé ajoutant évoquant "
        # "a fait savoir la défense civile", "a assuré ce vendredi", "les autorités dénombraient 17 morts"
        "savoir assuré assure dénombrent dénombraient dénombrait recensent recensaient"
    )
    - {"a", "selon"},
    according_to=_phrases("selon | d' après | de source"),
    postposed_according=frozenset(),
    source_heads=_words(
        "police ministère ministre armée autorités gouverneur maire porte-parole hôpital pompiers gouvernement "
        "président secouristes responsables protection civile santé onu ocha administration militaire régionale "
        "défense services secours urgence préfecture responsable forces air garde-côtes gendarmerie mairie parquet "
        "procureur préfet secrétaire capitaine commandant commission mission bureau agence"
    ),
    report_words=_words("premières informations bilan des derniers de chiffres données rapport décompte estimations"),
    name_connectors=_phrases("de | du | des | la | le | l' | d' | et | pour"),
    determiners=_words("le la les l' un une"),
    channel_preps=_words("sur via dans"),
    channel_words=_words("compte chaîne chaine canal"),  # "sur sa chaîne Telegram", "sur son compte X"
    channels={
        "telegram": "Telegram",
        "x": "X",
        "twitter": "Twitter",
        "facebook": "Facebook",
        "télévision": "television",
    },
    statement_phrases={"dans un communiqué": "statement", "lors d' une conférence de presse": "press conference"},
    non_count_before=_words("âgé âgée âgés âgées numéro n° ligne vol article page"),
    non_count_after=_words(
        "% pour cent km kilomètres mètres m ans an jours jour heures heure minutes semaines mois euros dollars "
        "degrés fois étages milliards e er ème familles foyers logements maisons provinces départements "
        "communes régions localités immeubles bâtiments habitations écoles"
    ),
    months=_words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    denial_cues=_phrases("a démenti | dément | démenti | faux | infondé | désinformation"),
    conditional_cues=_phrases("si | au cas où | en cas de"),
    conditional_exceptions=frozenset(),
    other_event_cues=_phrases(
        "anniversaire | l' année dernière | l' an dernier | le mois dernier | précédente attaque | il y a un an | il y a deux ans | il y a un mois | il y a une semaine | la semaine dernière | la veille | plus tôt ce mois | plus tôt cette année | il y a deux semaines | l' année précédente | à l' époque | à cette époque | "
        # an earlier incident told in passing: "Quelques heures plus tôt, …", "après une autre attaque qui avait fait …"
        "une autre attaque | un autre attentat"
    )
    | RATE_CUES["fr"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"plus tôt ce mois-ci", "plus tôt dans le mois"}),
    singular_victims={
        **singulars(_GROUPS),
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
    },
    predicate_first=True,
    approx_nouns={
        "douzaine": 12,  # the corpus guide: "une douzaine" is about 12, like "une dizaine"
        "dizaine": 10,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "millier": 1000,
    },
    superlatives=frozenset({"meurtrier", "meurtrière", "meurtriers", "pire"}),
    since_words=frozenset({"depuis"}),
    thing_nouns=THING_NOUNS["fr"],
    unidentified_words=frozenset(
        {"non identifié", "non identifiés", "non identifiée", "non identifiées", "pas encore été identifiés"}
    ),
    year_of_preps=frozenset({"de", "du"}),
    shelter_cues=frozenset(
        {
            "abritant",
            "abrite",
            "abritait",
            "abritent",
            "accueillant",
            "accueille",
            "accueillait",
            "peut accueillir",
            "pouvant accueillir",
            "capacité de",
            "capacité d'accueil",
        }
    ),
    compared_cues=frozenset(
        {
            "que celui du",
            "que celui de",
            "que celle du",
            "que celle de",
            "comme celui du",
            "comme celle du",
            "à celui du",
            "à celle du",
        }
    ),
    interval_nouns=frozenset({"minutes", "heures", "jours", "semaines", "mois"}),
    after_words=frozenset({"après"}),
    population_quantifiers=frozenset(
        {"la plupart des", "beaucoup des", "une partie des", "certains des", "certaines des"}
    ),
    auxiliaries=frozenset({"a", "ont", "avait", "avaient", "également", "aussi"}),
    adjective_after_noun=True,
    singular_metric_nouns=frozenset({"mort", "blessé"}),
    # one more victim added to a toll ("un autre Palestinien a péri", "une nouvelle victime", "un nouveau mort")
    another_words=frozenset({"autre", "nouveau", "nouvelle", "nouvel"}),
    change_verbs=_words("passé passée augmenté grimpé monté bondi"),
    from_words=frozenset({"de"}),
    to_words=frozenset({"à"}),
    raise_verbs=_words(
        "porte portent portant porté portée portait porter élève élèvent élevant "
        # verbs that put a total at a figure: "elle estime à 10 000 le nombre de disparus"
        "estime estiment estimé estimait chiffre chiffrent chiffré évalue évaluent évalué"
    ),
    place_preps=_words("à en au aux"),
    source_verbs=_words("souligné souligne"),  # "a souligné le docteur Qidreh"
    source_place_preps=_words("à en au aux"),  # "la Défense civile à Gaza", "aux Nations unies"
    when_words=frozenset({"lorsque", "quand"}),
    care_verbs=_words(
        "admis admise admises transportés transportées transporté transportée conduits conduites "
        "acheminés acheminées soignés soignées"
    ),
    victim_nouns=frozenset({"victimes"}),
    care_places=_words("hôpital hôpitaux urgences clinique cliniques hospitalier hospitaliers"),
    participle_reach=5,
    coordinators=frozenset({"et"}),
    exceed_verbs=_words("dépasse dépassent dépassé dépassait dépassaient"),
    # earlier the same day may still be the same event ("quelques heures plus tôt il y avait eu 632 morts"),
    # but as the opening of a sentence it sets the time of another incident: "Quelques heures plus tôt, …"
    # "il y a 22 ans" for any number of years, not only the ones listed among the cues above
    ago_before=frozenset({"il y a"}),
    ago_after=frozenset({"ans", "années", "décennies"}),
    other_event_openers=_phrases("heures plus tôt | jours plus tôt | semaines plus tôt | mois plus tôt"),
    severity_words=_words("graves grave légers léger légères légère critiques grièvement légèrement gravement"),
    possessives=frozenset({"ses", "leurs", "nos", "son", "sa"}),
    count_nouns=frozenset({"nombre", "bilan", "chiffre"}),
)
