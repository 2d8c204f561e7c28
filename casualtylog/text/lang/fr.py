"""French words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang._schema import LanguageData

__all__ = ["LANGUAGE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


LANGUAGE = LanguageData(
    code="fr",
    elisions=_words("l d j n s c qu jusqu lorsqu puisqu quoiqu"),
    function_words=_words(
        "le la les des du une et est sont dans sur pour par avec au aux ont été selon "
        "qui que cette ces ils elle ne pas plus morts blessés personnes tués ont"
    ),
    units={
        "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
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
        "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least", "minimum": "at_least",
        "plus de": "more_than", "au-delà de": "more_than", "plus d'": "more_than",
        "jusqu' à": "at_most", "au plus": "at_most", "au maximum": "at_most", "pas plus de": "at_most",
        "moins de": "fewer_than",
        "environ": "about", "près de": "about", "quelque": "about", "quelques": "about", "presque": "about",
        "approximativement": "about", "autour de": "about", "une estimation de": "about", "presque tous": "about",
        "entre": "between",
    },
    suffix_qualifiers={"ou plus": "at_least", "+": "at_least"},
    range_joiners=frozenset({"à", "-", "–", "—"}),
    between_joiners=frozenset({"et"}),
    vague_words={
        "des dizaines": "dozens", "dizaines": "dozens", "une dizaine": "a dozen", "une douzaine": "a dozen",
        "des centaines": "hundreds", "centaines": "hundreds", "des milliers": "thousands", "milliers": "thousands",
        "des dizaines de milliers": "tens of thousands", "plusieurs": "several",
    },
    vague_links=frozenset({"de", "d'"}),
    people_nouns=_words(
        "personnes personne gens habitants résidents passagers victimes individus autres fidèles patients "
        "ouvriers travailleurs piétons vies"
    ),
    group_nouns={
        "enfants": "children", "enfant": "children", "mineurs": "children", "femmes": "women", "femme": "women",
        "hommes": "men", "civils": "civilians", "civil": "civilians", "soldats": "soldiers", "militaires": "soldiers",
        "secouristes": "rescuers", "sauveteurs": "rescuers", "pompiers": "rescuers", "journalistes": "journalists",
        "policiers": "police", "gendarmes": "police", "agents": "police", "combattants": "fighters",
        "rebelles": "fighters", "migrants": "migrants",
    },
    weapon_nouns={
        "missiles": "missiles", "missile": "missiles", "roquettes": "missiles", "drones": "drones", "drone": "drones",
    },
    weapon_adjectives=_words("balistiques de croisière russes shahed iskander kalibr kinjal hypersoniques d' attaque"),
    body_nouns=frozenset({"corps", "cadavres"}),
    metric_nouns={
        "morts": "killed", "mort": "killed", "décès": "killed", "tués": "killed", "victimes mortelles": "killed",
        "blessés": "injured", "blessé": "injured", "disparus": "missing", "déplacés": "displaced",
    },
    predicates={
        "tués": "killed", "tuées": "killed", "tué": "killed", "tuée": "killed", "morts": "killed", "mortes": "killed",
        "mort": "killed", "morte": "killed", "décédés": "killed", "décédées": "killed", "péri": "killed",
        "trouvé la mort": "killed", "perdu la vie": "killed", "succombé": "killed", "ont péri": "killed",
        "blessés": "injured", "blessées": "injured", "blessé": "injured", "blessée": "injured",
        "disparus": "missing", "disparues": "missing", "portés disparus": "missing",
        "déplacés": "displaced", "arrêtés": "detained", "interpellés": "detained", "évacués": "evacuated",
        "évacuées": "evacuated", "secourus": "rescued",
    },
    gap_words=_words(
        "ont été sont étaient avaient a ont été aussi également grièvement légèrement gravement ont déjà "
        "qui se sont y ont au total et plus"
    ) - {"et", "plus"},
    active_verbs={
        "tué": "killed", "tuant": "killed", "tue": "killed", "fait": "killed", "faisant": "killed", "coûté la vie à": "killed",
        "blessé": "injured", "blessant": "injured", "évacué": "evacuated", "arrêté": "detained",
    },
    launch_verbs=frozenset({"lancé", "lancés", "lancées", "tiré", "tirés", "lancer", "avec"}),
    intercept_verbs=frozenset({"intercepté", "interceptés", "interceptées", "abattu", "abattus", "détruit", "détruits", "neutralisé", "neutralisés"}),
    toll_nouns={
        "bilan": "killed", "bilan humain": "killed", "bilan des morts": "killed", "nombre de morts": "killed",
        "nombre de victimes": "killed", "nombre de décès": "killed", "nombre de blessés": "injured",
        "nombre de disparus": "missing",
    },
    toll_cues={
        "s' élève à": "update", "s' est alourdi à": "update", "est passé à": "update", "atteint": "update",
        "a atteint": "update", "monté à": "update", "est monté à": "update", "grimpé à": "update", "a grimpé à": "update",
        "passe à": "update", "s' alourdit à": "update", "à": "update",
        "de": "static", "est de": "static", "était de": "static", ":": "static", "fait état de": "static",
        "pourrait atteindre": "projected", "pourrait s' alourdir à": "projected",
    },
    toll_gap_words=frozenset(),
    increment_before=_phrases("encore | de nouveau"),
    increment_after=frozenset({"supplémentaires", "de plus"}),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | des | sur"),
    of_them=_phrases("d' entre eux | d' entre elles"),
    group_cues=_phrases("dont | parmi lesquels | parmi lesquelles | y compris | notamment | parmi eux"),
    among_the=_phrases("parmi les"),
    zero_words=frozenset({"aucun", "aucune", "pas de"}),
    nobody_words=frozenset({"personne n' a été", "personne n'"}),
    negations=_words("ne pas n' jamais"),
    boundaries=_words("et mais tandis alors lorsque quand car après avant où"),
    update_cues=_words("désormais maintenant"),
    projected_cues=_phrases("craint | craindre | pourrait | pourraient | risque | redoute | probablement"),
    preliminary_cues=_phrases("provisoire | bilan provisoire | premier bilan | premières informations"),
    said_verbs=_words(
        "a déclaré déclaré a indiqué indiqué a annoncé annoncé a affirmé affirmé a précisé précisé "
        "a rapporté rapporté a ajouté ajouté a dit dit selon annonce indique déclare affirme précise"
    ) - {"a", "selon"},
    according_to=_phrases("selon | d' après | de source"),
    postposed_according=frozenset(),
    source_heads=_words(
        "police ministère ministre armée autorités gouverneur maire porte-parole hôpital pompiers gouvernement "
        "président secouristes responsables protection civile santé onu ocha administration militaire régionale"
    ),
    report_words=_words("premières informations bilan des derniers de"),
    name_connectors=_phrases("de | du | des | la | le | l' | et"),
    determiners=_words("le la les l' un une"),
    channel_preps=_words("sur via dans"),
    channels={"telegram": "Telegram", "x": "X", "twitter": "Twitter", "facebook": "Facebook", "télévision": "television"},
    statement_phrases={"dans un communiqué": "statement", "lors d' une conférence de presse": "press conference"},
    non_count_before=_words("âgé âgée âgés âgées numéro n° ligne vol article page"),
    non_count_after=_words(
        "% pour cent km kilomètres mètres m ans an jours jour heures heure minutes semaines mois euros dollars "
        "degrés fois étages milliards e er ème"
    ),
    months=_words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    denial_cues=_phrases("a démenti | dément | démenti | faux | infondé | désinformation"),
    conditional_cues=_phrases("si | au cas où | en cas de"),
    conditional_exceptions=frozenset(),
    other_event_cues=_phrases("l' année dernière | l' an dernier | le mois dernier | précédente attaque | il y a"),
)
