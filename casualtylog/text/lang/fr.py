"""French words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _fr_figures as figures
from casualtylog.text.lang import _fr_sources as sources
from casualtylog.text.lang import _fr_tolls as tolls
from casualtylog.text.lang import _fr_verbs as verbs
from casualtylog.text.lang import _fr_victims as victims
from casualtylog.text.lang import _fr_weapons as weapons
from casualtylog.text.lang._care_words import care_stay_fields
from casualtylog.text.lang._earlier_day_words import EARLIER_DAY_WORDS
from casualtylog.text.lang._earlier_span_words import EARLIER_SPANS
from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES, REVISION_CONTRASTS
from casualtylog.text.lang._found_alive_words import FOUND_ALIVE_WORDS
from casualtylog.text.lang._guide_round_words import (
    ROUND_CONFIRMED,
    ROUND_PROJECTED,
)
from casualtylog.text.lang._looking_back_words import LOOKING_BACK, WORLD_WARS
from casualtylog.text.lang._pending_confirmations import PENDING_CONFIRMATIONS
from casualtylog.text.lang._rate_words import RATE_CUES
from casualtylog.text.lang._revision_chain_words import REVISION_CHAIN_WORDS
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._status_words import ASSUMING, STATUS_WORDS
from casualtylog.text.lang._thing_words import THING_NOUNS
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["LANGUAGE"]


LANGUAGE = LanguageData(
    code="fr",
    weekdays=frozenset(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
    citing=frozenset(["citant", "qui cite"]),  # Session 11 (attr11): "selon l'AFP, qui cite la police"
    titles=sources.TITLES,
    confirmed_cues=ROUND_CONFIRMED["fr"]
    | frozenset(
        ["confirmé", "confirmés", "confirmée", "confirmées", "confirme", "vérifié", "vérifiés", "confirmation"]
    )
    | _words("confirmait confirmaient")  # the imperfect
    | _words("vérifiée vérifiées")
    | _words("confirmons"),  # an authority confirming in its own voice: "nous confirmons"
    others_words=frozenset(["autres"]),
    year_preps=frozenset(["en", "année"]),  # "en 2010", "pour l'année 2014"
    plural_endings=("s", "x"),
    elisions=_words("l d j n s c qu jusqu lorsqu puisqu quoiqu"),
    reflexive_clitics=frozenset({"s'", "s’", "se", "m'", "m’", "me", "t'", "t’", "te"}),
    function_words=verbs.FUNCTION_WORDS,
    units=figures.UNITS,
    tens=figures.TENS,
    scales={"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000},
    number_joiners=frozenset({"et"}),
    unit_before_tens=False,
    ambiguous_number_words=frozenset({"un", "une"}),
    grouping=" \u00a0\u202f.",
    decimal=",",
    million_words={"million": 1_000_000, "millions": 1_000_000},
    qualifiers=figures.QUALIFIERS,
    suffix_qualifiers={"ou plus": "at_least", "+": "at_least"},
    range_joiners=frozenset({"à", "ou", "-", "–", "—"}),
    between_joiners=frozenset({"et"}),
    vague_words=figures.VAGUE_WORDS,
    vague_links=frozenset({"de", "d'"}),
    people_nouns=victims.PEOPLE_NOUNS,
    group_nouns=victims.GROUP_NOUNS,
    weapon_nouns=weapons.WEAPON_NOUNS,
    weapon_adjectives=weapons.WEAPON_ADJECTIVES,
    body_nouns=frozenset({"corps", "cadavres"}) | _words("dépouilles dépouille"),  # "17 nouvelles dépouilles"
    lifeless_words=frozenset({"sans vie"}),
    # "trois techniciens de la base ont été tués", "dix passagers du car ont été blessés"
    noun_preps=frozenset({"de", "du", "des", "d'", "à", "au", "dans", "sur"}),
    relative_pronouns=frozenset({"qui", "que", "lesquels", "lesquelles"}),
    age_openers=frozenset({"âgé de", "âgée de", "âgés de", "âgées de", "de"}),
    age_units=frozenset({"ans"}),
    metric_nouns=victims.METRIC_NOUNS,
    predicates=verbs.PREDICATES,
    gap_words=verbs.GAP_WORDS,
    active_verbs=verbs.ACTIVE_VERBS,
    launch_verbs=weapons.LAUNCH_VERBS,
    intercept_verbs=weapons.INTERCEPT_VERBS,
    toll_nouns=tolls.TOLL_NOUNS,
    toll_cues=tolls.TOLL_CUES,
    toll_gap_words=frozenset(),
    increment_before=_phrases("encore | de nouveau"),
    # Session 14 (fresh8rom, fresh9rom): "deux nouveaux décès", "17 nouvelles dépouilles"
    increment_after=frozenset({"supplémentaires", "de plus"}) | _words("nouveaux nouvelles"),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | des | sur | de ces"),  # Session 13 (fresh7c): "180 de ces décès"
    of_them=_phrases("d' entre eux | d' entre elles"),
    group_cues=_phrases(
        "dont | parmi lesquels | parmi lesquelles | y compris | notamment | parmi eux | parmi elles | "
        # the list with its verb: "parmi lesquels figurent trois enfants", "parmi eux se trouvent deux femmes"
        "parmi lesquels figurent | parmi lesquelles figurent | parmi lesquels se trouvent | parmi lesquelles se trouvent | "
        "parmi eux figurent | parmi elles figurent | parmi eux se trouvent | parmi elles se trouvent | "
        # Session 13 (fresh13): "17 corps, dont ceux de quatre enfants": the members by the pronoun of the bodies
        "dont ceux de | dont celles de"
    )
    | _phrases("incluant | incluant notamment"),  # "2.215 morts incluant 724 enfants"
    among_the=_phrases("parmi les"),
    # Session 12 (fres12): "Parmi les blessés, on compte deux policiers"
    among_verbs=_phrases("on compte | on dénombre | on recense | on déplore | l' on compte | on trouve"),
    # Session 12 (fres12): "les violences ont contraint 25 000 personnes à fuir"
    forcing_verbs=_words("contraint contraignant forcé forçant obligé obligeant poussé poussant"),
    forcing_preps=_words("à de"),
    flight_infinitives=_words("fuir"),
    # Session 12 (fres12): an evacuation ordered is none (the guide), "la préfecture a ordonné l'évacuation de 200"
    order_verbs=_words(
        "ordonné ordonne ordonnent ordonnait décrété décrète demandé demande recommandé recommande préconisé préconise "
        "ordonnée décrétée demandée recommandée préconisée"
    ),
    # a denied verb of causing before a metric noun: "n'a pas fait de blessés", "sans faire de victimes mortelles"
    zero_words=frozenset(
        {"aucun", "aucune", "pas de", "pas fait de", "sans faire de", "sans faire aucun", "sans faire aucune"}
        # guide17 (the guide's "No one hurt": fr-8435d110-4 "sans qu'il ait été fait état de blessés" is injured 0)
        | {"sans qu' il ait été fait état de", "sans qu' il soit fait état de", "sans faire état de"}
    ),
    nobody_words=frozenset({"personne n' a été", "personne n'"}),
    negations=_words("ne pas n' jamais"),
    boundaries=_words("et mais tandis alors lorsque quand car après avant où"),
    update_cues=_words("désormais maintenant"),
    projected_cues=ROUND_PROJECTED["fr"]
    | _phrases(
        "craint | craindre | pourrait | pourraient | risque | redoute | probablement"
        # the other persons of fearing, and a forecast ("le centre a prédit entre 500 et un millier de morts")
        " | craignent | redoutent | redouté | redoutait | prédit | prédisent"
        # Session 12 (fres12): a death told as probable ("entraînant la mort probable de plus de 100 personnes")
        " | mort probable | morts probables | décès probable | décès probables"
    )
    | ASSUMING["fr"],  # session 13 (status13): presumed dead
    preliminary_cues=tolls.PRELIMINARY_CUES,
    said_verbs=sources.SAID_VERBS,
    according_to=_phrases("selon | d' après | de source"),
    postposed_according=frozenset(),
    source_heads=sources.SOURCE_HEADS,
    report_words=sources.REPORT_WORDS,
    name_connectors=_phrases("de | du | des | la | le | l' | d' | et | pour"),
    determiners=_words("le la les l' un une"),
    channel_preps=_words("sur via dans"),
    # "sur sa chaîne Telegram", "sur son compte X"; session 10: what an outlet is ("l'agence Reuters")
    channel_words=_words("compte chaîne chaine canal agence journal quotidien radio télévision"),
    channels=sources.CHANNELS,
    statement_phrases=sources.STATEMENT_PHRASES,
    non_count_before=figures.NON_COUNT_BEFORE,
    non_count_after=figures.NON_COUNT_AFTER,
    months=_words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    denial_cues=_phrases("a démenti | dément | démenti | faux | infondé | désinformation"),
    conditional_cues=_phrases("si | au cas où | en cas de"),
    conditional_exceptions=frozenset(),
    # Session 12 (fa12): the world wars, named, are never the report's own event
    other_event_cues=WORLD_WARS["fr"]
    | _phrases(
        "anniversaire | l' année dernière | l' an dernier | le mois dernier | précédente attaque | il y a un an | il y a deux ans | il y a un mois | il y a une semaine | la semaine dernière | la veille | plus tôt ce mois | plus tôt cette année | il y a deux semaines | l' année précédente | à l' époque | à cette époque | "
        # an earlier incident told in passing: "Quelques heures plus tôt, …", "après une autre attaque qui avait fait …"
        "une autre attaque | un autre attentat"
    )
    | RATE_CUES["fr"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"plus tôt ce mois-ci", "plus tôt dans le mois"})
    # Session 12 (fa12): earlier this week, as this month ("Plus tôt dans la semaine, une frappe avait tué six personnes")
    | frozenset({"plus tôt dans la semaine", "plus tôt cette semaine", "en début de semaine"})
    # Session 11 (fr13): a past season or month named as such ("En mars dernier, une frappe avait tué 12 civils",
    # "la saison dernière"); not "la nuit dernière", the report's own night
    | frozenset(
        f"{m} dernier"
        for m in _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
    )
    | frozenset(
        {"l' été dernier", "l' hiver dernier", "l' automne dernier", "le printemps dernier", "la saison dernière"}
    )
    # a season's or decades' rate and a date long past ("chaque hiver, une vingtaine de sans-abri meurent", "en vingt
    # ans, les requins ont tué 10 personnes", "dans les années 1990")
    | _phrases(
        "chaque hiver | chaque été | par hiver | par été | en dix ans | en vingt ans | en trente ans | en un siècle | "
        "dans les années"
    )
    # Session 12 (fa12): a similar incident is another one, the adjective after its noun ("Une attaque similaire en
    # mai avait tué 12 personnes"); not "un nombre similaire de blessés", no incident
    | frozenset(
        f"{noun} {similar}"
        for noun in _words("attaque attentat accident incendie frappe explosion drame naufrage fusillade bombardement")
        for similar in ("similaire", "semblable", "comparable")
    )
    # Session 11 (fr13): a relative clause in the pluperfect tells an earlier event named in passing ("le procès de
    # l'attentat, qui avait fait 14 morts, reprend"); the main clause's pluperfect may still be the report's own
    | frozenset(f"qui {a} {v}" for a in ("avait", "avaient") for v in ("fait", "tué", "coûté", "causé", "provoqué")),
    singular_victims=victims.SINGULAR_VICTIMS,
    predicate_first=True,
    approx_nouns=figures.APPROX_NOUNS,
    superlatives=frozenset({"meurtrier", "meurtrière", "meurtriers", "pire"}),
    since_words=frozenset({"depuis"}),
    # Session 12 (fres12): a running toll of an ongoing crisis since a year is a claim (the corpus guide)
    crisis_nouns=_words(
        "guerre conflit conflits violences insurrection insurrections insurgés rébellion offensive combats "
        "attaques jihadistes djihadistes terroristes occupation invasion siège crise épidémie pandémie"
    ),
    crisis_since_tolls=True,
    # Session 12 (fres12): "le conflit a coûté plus de 10 000 vies", "la tempête a fauché 12 vies"
    taking_verbs=_words("coûté coûte coûtent coûtant coûtera fauché emporté"),
    lives_nouns=_words("vies"),
    thing_nouns=THING_NOUNS["fr"],
    unidentified_words=frozenset(
        {"non identifié", "non identifiés", "non identifiée", "non identifiées", "pas encore été identifiés"}
    ),
    year_of_preps=frozenset({"de", "du"}),
    shelter_cues=figures.SHELTER_CUES,
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
    interval_nouns=frozenset(
        {"minutes", "heures", "jours", "semaines", "mois", "semaine", "heure", "jour"}  # fresh7c: singulars
    ),
    after_words=frozenset({"après"}),
    interval_verbs=frozenset({"intervient", "interviennent", "survient", "surviennent"}),  # Session 13 (fresh7c)
    population_quantifiers=frozenset(
        {"la plupart des", "beaucoup des", "une partie des", "certains des", "certaines des"}
        # Session 12 (fa12): none of a whole is no count of it ("Aucun des 40 passagers n'a été blessé")
        | {"aucun des", "aucune des"}
    ),
    auxiliaries=frozenset({"a", "ont", "avait", "avaient", "également", "aussi"}),
    adjective_after_noun=True,
    singular_metric_nouns=frozenset({"mort", "blessé", "arrestation", "interpellation"}),
    # one more victim added to a toll ("un autre Palestinien a péri", "une nouvelle victime", "un nouveau mort")
    another_words=frozenset({"autre", "nouveau", "nouvelle", "nouvel"}),
    change_verbs=_words("passé passée augmenté grimpé monté bondi"),
    from_words=frozenset({"de"}),
    to_words=frozenset({"à"}),
    raise_verbs=tolls.RAISE_VERBS,
    place_preps=_words("à en au aux"),
    # Session 19 (miss20b): the count's own place phrase ("pour le district de …", "dans la ville de …"), and states
    # after a place preposition that are no place ("en état de choc", "en urgence absolue", "en garde à vue", "en vie").
    place_phrase_preps=_words("dans pour sur"),
    place_states=_words("état urgence garde vie détention"),
    # "a souligné le docteur Qidreh"
    source_verbs=sources.SOURCE_VERBS,
    # "Les secours ont fait état de cinq morts", "a fait savoir M. Holmes".
    saying_phrases=frozenset(f"{v} {n}" for v in ("fait", "font", "faisait", "faisaient") for n in ("état", "savoir")),
    source_place_preps=_words("à en au aux"),  # "la Défense civile à Gaza", "aux Nations unies"
    when_words=frozenset({"lorsque", "quand"}),
    care_verbs=_words(
        "admis admise admises transportés transportées transporté transportée conduits conduites "
        "acheminés acheminées soignés soignées "
        "emmenés emmenées emmené emmenée"  # session 17 (rom17): "emmenés à l'hôpital"
    ),
    victim_nouns=frozenset({"victimes"}),
    # Session 11 (fr12): the university hospital ("transportées au CHU de Rennes")
    care_places=_words("hôpital hôpitaux urgences clinique cliniques hospitalier hospitaliers chu"),
    participle_reach=5,
    coordinators=frozenset({"et"}),
    exceed_verbs=_words("dépasse dépassent dépassé dépassait dépassaient dépasser"),  # fresh7c: dépasser
    # earlier the same day may still be the same event ("quelques heures plus tôt il y avait eu 632 morts"),
    # but as the opening of a sentence it sets the time of another incident: "Quelques heures plus tôt, …"
    # "il y a 22 ans" for any number of years, not only the ones listed among the cues above
    ago_before=frozenset({"il y a"}),
    ago_after=frozenset({"ans", "années", "décennies"}),
    other_event_openers=_phrases("heures plus tôt | jours plus tôt | semaines plus tôt | mois plus tôt"),
    # fr12: "dont une sérieusement" (Belgian)
    severity_words=_words(
        "graves grave légers léger légères légère critiques grièvement légèrement gravement sérieusement"
    ),
    possessives=frozenset({"ses", "leurs", "nos", "son", "sa"}),
    count_nouns=frozenset({"nombre", "bilan", "chiffre"}),
    comma_asides=True,
    # Session 12 (fres12): a participial phrase describing the victims before their predicate ("1 200 personnes coincées sur les toits de leurs maisons ont été évacuées")
    participle_endings=("ées", "és", "ée", "ant"),
    half_words=frozenset({"demi"}),
    proportion_preps=frozenset({"sur"}),
    domain_groups=victims.DOMAIN_GROUPS,
    # a singular participle agrees with the noun it follows ("dans la zone sinistrée"), not with a plural count
    attributive_endings=("é", "ée", "ie", "ue"),
    kin_nouns=frozenset({"mère", "père"}),  # "madre de tres hijos": her children, no victims
    # one victim by an unlisted noun of a role right before a predicate of the living: "un motard a été tué", "une cycliste a été blessée", "une septuagénaire est décédée"
    agent_suffixes=("iste", "ard", "eur", "euse", "ier", "ière", "ant", "ante", "aire"),
    # Session 10 (attr10): attribution that transfers ("a indiqué la police à l'AFP", "selon leur porte-parole, X")
    outlet_preps=frozenset({"à", "au", "aux"}),
    audience_words=frozenset({"journalistes", "la presse", "médias", "reporters"}),
    source_possessives=frozenset({"son", "sa", "ses", "leur", "leurs"}),
    name_conjunctions=frozenset({"et"}),
    relay_verbs=frozenset({"rapporte", "rapportait", "rapportent", "écrit"}),
    more_source_heads=frozenset(
        [
            "médecins",
            "marine",
            "sauveteurs",
            "sources",
            "humanitaires",
            # Session 11 (attr11): an unnamed source ("selon une source sécuritaire")
            "source",
            # Session 11 (attr12): unnamed plural sources are sources (the guide: "selon des habitants de la
            # région"); the hyphenated firefighters are a head as "garde-côtes" is. Attribution only, so
            # "Six témoins ont été blessés" stays a claim.
            "témoins",
            "habitants",
            "sapeurs-pompiers",
            "secouriste",  # "a dit un secouriste de la Croix-Rouge": one rescuer speaking
        ]
    ),
    agent_preps=frozenset({"par"}),  # "Douze morts ont été confirmés par les autorités"
    cited_by=frozenset({"cité par", "citée par", "cités par", "citées par"}),
    # Session 11 (attr11): no source; "on" since session 20 round 2 (attr22): "« On dénombre 14 militaires … »"
    pronoun_subjects=frozenset({"il", "elle", "ils", "elles", "nous", "je", "on"}),
    broadcast_preps=frozenset({"sur"}),  # Session 11 (attr11): the via a source spoke on
    # Session 11 (fr13): an earlier year after the count dates it to another event ("Un homme a été tué à Lyon en
    # 2021, rappelle le parquet"); no perfect auxiliaries: the passé composé tells the report's own event too
    late_year_preps=frozenset({"en"}),
    late_year_stops=frozenset({",", ";", ":", "après"}),
    # Session 11 (fr13): a team's roster ("Le club compte 8 joueurs blessés", "l'entraîneur devra se passer de quatre
    # blessés"); not "match" or "supporters", whose injured in clashes are casualties, nor "saison" ("la saison des
    # pluies a fait 120 blessés")
    roster_words=_words("joueurs joueur joueuses entraîneur sélectionneur effectif club titulaires pelouse"),
    # Session 12 (fa12): courts and spans of years that look back at an earlier event (_looking_back_words)
    **LOOKING_BACK["fr"],
    **EARLIER_SPANS["fr"],
    part_place_preps=_words("à au aux en dans"),  # Session 12 (rec12): "Parmi les morts, 212 à Gaza"
    care_wholes=_words("victimes blessés"),  # Session 12 (memb12)
    care_stays=frozenset({"à l' hôpital", "en réanimation", "en soins intensifs"}),
    part_only_places=frozenset({"pour la seule", "pour le seul", "pour les seules", "pour les seuls"}),
    # Session 13 (fresh13): "affectés à la sécurité" is assigned to a post, no casualty
    assigning_words=verbs.ASSIGNING_WORDS,
    assigned_preps=_words("à au aux"),
    day_preps=_words("le ce"),  # Session 12 (rec12): "a atteint ce vendredi 40"
    # Session 12 (fresh12): a first figure and its revision (casualtylog.text._first_figures)
    first_figure_cues=FIRST_FIGURE_CUES["fr"],
    # Session 13 (fresh7c): "un premier bilan de 24 morts, qui a été relevé à 25, puis 27"
    revision_participles=_words("relevé relevée revu revue réévalué réévaluée rehaussé rehaussée porté portée"),
    revision_links=_phrases("avant d' être | puis | ensuite"),
    # Session 13 (fresh7c): "Les secours cherchent encore cinq personnes"
    search_verbs=_words("cherchent cherchaient cherche cherchait recherchent recherchaient recherche recherchait"),
    rescuer_nouns=_words("secours sauveteurs secouristes pompiers plongeurs gendarmes"),
    revision_contrasts=REVISION_CONTRASTS["fr"],
    # Session 12 (lead): one person rescued, named by an article, is a count of 1 (the corpus guide's rescued
    # children 1 for "a boy was pulled alive from the rubble"), as Dutch since nl11
    article_metrics=frozenset({"rescued"}),
    # Session 13 (fresh13): "12 400 personnes soit 2 100 ménages sont affectées" (casualtylog.text._household_asides)
    household_openers=frozenset({"soit", "ou", "dans", "réparties dans", "répartis dans"}),
    household_nouns=_words("ménages familles foyers"),
    earlier_figure_cues=frozenset({"contre"}),  # Session 13 (fresh13): "à 143 morts, contre 114 la veille"
    # Session 13 (status13): a fear for people, and relative clauses, bound a status cue (_status_scope)
    **STATUS_WORDS["fr"],
    **EARLIER_DAY_WORDS["fr"],  # an earlier figure dated the day before
    **REVISION_CHAIN_WORDS["fr"],  # a toll revised in a chain
    **FOUND_ALIVE_WORDS["fr"],  # a count found alive in a list
    # Session 14 (fresh8rom): "Le chauffeur, ainsi qu'un enfant, sont décédés"
    also_joiners=_phrases("ainsi que | ainsi qu' | de même que | de même qu' | tout comme"),
    # Session 14 (fresh8rom): "Si se tratase de …, el saldo ascendería a 83" is projected (_hypotheticals)
    hypothetical_openers=_phrases("si | au cas où"),
    conditional_endings=("rait", "raient"),
    pending_confirmations=PENDING_CONFIRMATIONS["fr"],
    definite_articles=_phrases("le | la | l'"),  # session 14 (fresh10rom): "der Schütze, ein 35-Jähriger, ist tot"
    # Session 21 (issue 13): "Le 25 juillet, 14 civils avaient été tués" dates an earlier event (_dated_backgrounds)
    opener_pluperfects=_words("avait avaient"),
    date_opener_leads=_words("le les en début fin courant de"),
    # session 22: people counted by their stay in hospital (casualtylog.text._care_stays), or as the object of
    # a verb that takes them there (casualtylog.text._care_objects)
    **care_stay_fields("fr"),
)
