"""Dutch words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _nl_dates as dates
from casualtylog.text.lang import _nl_figures as figures
from casualtylog.text.lang import _nl_shapes as nl6
from casualtylog.text.lang import _nl_sources as sources
from casualtylog.text.lang import _nl_tolls as tolls
from casualtylog.text.lang import _nl_verbs as verbs
from casualtylog.text.lang import _nl_victims as victims
from casualtylog.text.lang import _nl_weapons as weapons
from casualtylog.text.lang._care_words import care_stay_fields
from casualtylog.text.lang._earlier_day_words import EARLIER_DAY_WORDS
from casualtylog.text.lang._earlier_span_words import EARLIER_SPANS
from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES, REVISION_CONTRASTS
from casualtylog.text.lang._found_alive_words import FOUND_ALIVE_WORDS
from casualtylog.text.lang._guide_round_words import (
    ROUND_CONFIRMED,
    ROUND_PRELIMINARY,
)
from casualtylog.text.lang._looking_back_words import LOOKING_BACK
from casualtylog.text.lang._pending_confirmations import PENDING_CONFIRMATIONS
from casualtylog.text.lang._recovery_words import SURVIVOR_FOUND, SURVIVOR_PEOPLE
from casualtylog.text.lang._revision_chain_words import REVISION_CHAIN_WORDS
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._status_words import FIRST_FINDINGS, NOT_FINAL, STATUS_WORDS
from casualtylog.text.lang._thing_words import THING_NOUNS
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["LANGUAGE"]

LANGUAGE = LanguageData(
    code="nl",
    weekdays=dates.WEEKDAYS,
    citing=frozenset(
        # Session 11 (attr11): "volgens Reuters, dat zich baseert op de politie"
        ["met een beroep op", "op basis van", "onder verwijzing naar", "dat zich baseert op", "die zich baseert op"]
    ),
    titles=sources.TITLES,
    confirmed_cues=ROUND_CONFIRMED["nl"]
    | frozenset(["bevestigd", "bevestigde", "bevestigt", "geverifieerd", "geverifieerde"]),
    others_words=frozenset(["anderen", "andere"]),
    year_preps=frozenset(["in", "jaar"]),
    subject_reach=8,
    plural_endings=("en", "s", "ers"),
    function_words=verbs.FUNCTION_WORDS,
    units=figures.UNITS,
    tens=figures.TENS,
    scales={"honderd": 100, "duizend": 1000, "miljoen": 1_000_000},
    number_joiners=frozenset({"en", "ën"}),
    unit_before_tens=True,
    ambiguous_number_words=frozenset({"een"}),
    grouping=". \u00a0\u202f",
    decimal=",",
    million_words={"miljoen": 1_000_000, "mln": 1_000_000},
    qualifiers=figures.QUALIFIERS,
    suffix_qualifiers={"of meer": "at_least", "+": "at_least"},
    range_joiners=frozenset({"tot", "à", "of", "-", "–", "—"}),
    between_joiners=frozenset({"en"}),
    vague_words=figures.VAGUE_WORDS,
    vague_links=frozenset(),
    people_nouns=victims.PEOPLE_NOUNS,
    group_nouns=victims.GROUP_NOUNS,
    weapon_nouns=weapons.WEAPON_NOUNS,
    weapon_adjectives=weapons.WEAPON_ADJECTIVES,
    body_nouns=frozenset({"lichamen", "lichaam"}),
    metric_nouns=victims.METRIC_NOUNS,
    predicates=verbs.PREDICATES,
    gap_words=verbs.GAP_WORDS,
    active_verbs=verbs.ACTIVE_VERBS,
    launch_verbs=weapons.LAUNCH_VERBS,
    intercept_verbs=weapons.INTERCEPT_VERBS,
    toll_nouns=tolls.TOLL_NOUNS,
    toll_cues=tolls.TOLL_CUES,
    toll_gap_words=frozenset(),
    increment_before=frozenset({"nog eens", "nogmaals"}),
    increment_after=frozenset({"meer", "extra"}),
    weak_increment_before=frozenset({"nog"}),
    of_words=frozenset({"van de", "van"}),
    of_them=frozenset({"van hen", "daarvan", "hiervan"}),  # session 14 (fresh9en): "Acht daarvan zijn zwaargewond"
    group_cues=frozenset(
        {"onder wie", "van wie", "waarvan", ":", "waaronder", "onder hen", "onder meer", "inclusief", "onder andere"}
        | {
            "waaronder die van",
            "onder wie die van",
        }  # Session 13 (fresh13): "17 lichamen, waaronder die van vier kinderen"
    ),
    among_the=frozenset({"onder de"}),
    zero_words=frozenset({"geen"}),
    nobody_words=frozenset({"niemand"}),
    negations=frozenset({"niet", "nooit", "geen"}),
    boundaries=frozenset(["en", "maar", "terwijl", "of", "nadat", "toen", "omdat", "hoewel", "waar", "doordat"]),
    update_cues=frozenset({"inmiddels", "nu", "intussen", "ondertussen"}),
    projected_cues=tolls.PROJECTED_CUES,
    preliminary_cues=ROUND_PRELIMINARY["nl"]
    | frozenset({"voorlopig", "voorlopige", "eerste berichten", "eerste cijfers", "eerste informatie"})
    | FIRST_FIGURE_CUES["nl"]
    | FIRST_FINDINGS["nl"]  # session 13 (status13): "volgens eerste gegevens", "nog niet definitief"
    | NOT_FINAL["nl"],
    said_verbs=sources.SAID_VERBS,
    according_to=frozenset({"volgens"}),
    postposed_according=frozenset({"aldus"}),
    source_heads=sources.SOURCE_HEADS,
    report_words=sources.REPORT_WORDS,
    name_connectors=frozenset({"van", "de", "der", "den", "het", "voor", "en"}),
    determiners=frozenset({"de", "het", "een"}),
    channel_preps=frozenset({"op", "via", "in"}),
    channel_words=nl6.CHANNEL_WORDS | frozenset(["krant", "omroep", "persbureau"]),
    channels=sources.CHANNELS,
    statement_phrases=sources.STATEMENT_PHRASES,
    # Session 11 (nl11): "tegen": whom a sentence is demanded against ("Het OM eiste tegen drie verdachten 12 jaar
    # cel"; "eiste" also takes lives) or a time ("tegen 3 uur"); "tegen de 100 doden" keeps its "de"
    non_count_before=frozenset(
        ["leeftijd", "nummer", "nr", "lijn", "bus", "vlucht", "artikel", "pagina", "kamer", "code", "tegen"]
    ),
    non_count_after=figures.NON_COUNT_AFTER,
    months=dates.MONTHS,
    denial_cues=sources.DENIAL_CUES,
    conditional_cues=frozenset(
        ["als", "indien", "ingeval", "in geval", "in het geval dat", "mocht", "mochten", "stel dat", "tenzij"]
    )
    # session 10 (ennl10): what a blast "had … kunnen veroorzaken" did not happen; "kan … kosten" warns
    | frozenset({"kunnen veroorzaken", "kunnen kosten", "kunnen eisen"}),
    conditional_exceptions=frozenset(
        [
            "als gevolg",
            "als eerste",
            "als laatste",
            "als volgt",
            "als doelwit",
            "als vermist",
            "als vluchteling",  # Session 11 (nl11): "leven als vluchteling" is how, not if
            "als vluchtelingen",
            "net",
            "zowel",
            "zo",
            "evenveel",
        ]
    )
    # "als" that names a role, not a condition, after a verb of being known or working as ("hield … drie Wit-Russen
    # aan die bekend stonden als winkeldieven")
    | _phrases(
        "bekend als | bekend stond als | bekend stonden als | bekendstond als | bekendstonden als | bekend staat als"
        " | bekend staan als | werkzaam als | werkte als | werkten als | vermomd als | geïdentificeerd als"
    ),
    other_event_cues=dates.OTHER_EVENT_CUES,
    other_event_openers=dates.OTHER_EVENT_OPENERS,
    singular_victims=victims.SINGULAR_VICTIMS,
    predicate_first=True,
    compound_heads=True,
    modifiers_before_noun=True,
    # "de (voorlopige) balans van dodelijke slachtoffers": a tally heads a running total like "aantal".
    count_nouns=frozenset({"aantal", "totaalaantal", "balans"}),
    parallel_place_preps=frozenset({"in", "op", "bij", "te", "rond", "boven"}),
    coordinators=frozenset({"evenals", "alsook", "alsmede", "plus"}),
    identity_cues=frozenset({"gaat het om", "ging het om"}),
    # "van 23 naar 19 doden": no change verbs (only the toll frame's Romance "passé de … à" needs them).
    from_words=frozenset({"van"}),
    to_words=frozenset({"naar"}),
    # Session 19 (miss20a): revising a toll with it as the object ("verhoogde het dodental van 12 naar 15").
    revise_verbs=frozenset({"verhoogde", "verhoogden", "verhoogt", "verlaagde", "verlaagden", "verlaagt"}),
    care_verbs=nl6.CARE_VERBS,
    care_places=nl6.CARE_PLACES,
    identity_preps=frozenset({"bij"}),
    life_verbs=nl6.LIFE_VERBS,
    separable_weapon_verbs=weapons.SEPARABLE_WEAPON_VERBS,
    precaution_cues=frozenset(
        {"uit voorzorg", "ter controle", "voor controle", "voor medische controle", "ter observatie", "ter preventie"}
    ),
    located_cues=frozenset({"gelokaliseerd", "teruggevonden", "opgespoord", "bereikt", "gevonden"}),
    ago_after=frozenset({"jaar geleden", "decennia geleden"}),
    inverted_reach=10,
    age_suffixes=("jarige", "jarig"),
    years_old=frozenset({"jaar oud", "jaar oude"}),
    approx_nouns=figures.APPROX_NOUNS,
    superlatives=frozenset({"dodelijkste", "zwaarste", "ergste", "bloedigste", "hoogste"}),
    since_words=frozenset({"sinds", "sedert"}),
    thing_nouns=THING_NOUNS["nl"],
    unidentified_words=frozenset(
        # Session 10 (ennl10): bodies handed to their families are, like unidentified ones, no toll (the guide)
        {
            "ongeïdentificeerd",
            "ongeïdentificeerde",
            "niet geïdentificeerd",
            "nog niet geïdentificeerd",
            "overgedragen",
            "teruggegeven",
            "gerepatrieerd",
        }
    ),
    year_of_preps=frozenset({"van"}),
    # Session 11 (nl11): "ruimte voor 40 gewonden", "kan 5000 ontheemden opvangen" tell room, not victims
    shelter_cues=frozenset({"onderdak", "plaats aan", "plaats voor", "capaciteit", "ruimte voor", "opvangen"}),
    # Session 11 (nl13): one lower-case adjective between a number and a plural metric noun ("41 bestuurlijke
    # aanhoudingen", "twaalf burgerlijke doden"); a capitalised one is read as a name, so "20 Palestijnse doden" is
    # not (the shared reader's rule).
    adjective_metric_ends=("doden", "gewonden", "aanhoudingen", "arrestaties"),
    # Session 11 (nl13): what a monument or a report recalls counts another event ("Het monument herinnert aan
    # de 75 omgekomen mijnwerkers", "De beelden doen denken aan de ramp van 1953, toen 1836 mensen omkwamen").
    compared_cues=frozenset(
        {"als die van", "dan die van", "als bij de", "dan bij de"}
        | {f"{verb} aan" for verb in ("herinnert", "herinnerde", "herinneren", "herinnerden")}
        | {f"{verb} denken aan" for verb in ("doet", "deed", "doen", "deden")}
    ),
    interval_nouns=frozenset({"minuten", "uur", "uren", "dagen", "weken", "maanden"}),
    after_words=frozenset({"na"}),
    population_quantifiers=frozenset(
        {"de meeste van de", "de meesten van de", "veel van de", "een deel van de"}
        # a fraction or a few of them is as vague a part ("de helft van de 40 doden": not 40 children)
        | {
            f"{part} van de"
            for part in ("de helft", "een derde", "een kwart", "enkele", "sommige", "enkelen", "%", "procent")
        }
        # "Een moeder van drie kinderen kwam om": the figure counts a family, not the victims.
        | {f"{kin} van" for kin in ("moeder", "vader", "grootmoeder", "grootvader", "oma", "opa")}
        # Session 12 (fa12): none of a whole is no count of it ("Geen van de 40 passagiers raakte gewond")
        | {"geen van de", "geen van alle"}
    ),
    when_words=frozenset({"toen"}),
    auxiliaries=frozenset({"heeft", "hebben", "had", "hadden", "ook"}),
    source_place_preps=frozenset({"in"}),  # "het ministerie van Volksgezondheid in Gaza"
    # "twee van hun tolken"; not "zijn", which is as often the verb ("van wie zijn er drie …").
    possessives=frozenset({"hun", "haar", "onze"}),
    # "Rusland lanceerde vannacht 55 drones", "'s nachts" (tokens "'", "s", "nachts"), "zaterdag".
    time_adverbs=frozenset(
        {"vannacht", "'", "s", "nachts", "afgelopen", "nacht", "opnieuw", "gisteren", "vandaag", "gisteravond"}
        | {"vanochtend", "vanmorgen", "vanavond", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"}
        | {"zaterdag", "zondag", "ochtend", "avond", "middag"}
    ),
    # "De politie heeft twee doden bevestigd": the participle closes the clause.
    said_participles=frozenset({"bevestigd", "gemeld", "bekendgemaakt", "gezegd", "verklaard"}),
    agent_preps=frozenset({"door"}),  # "12 doden werden door de politie bevestigd"
    # "De politie maakte melding van twee doden", "De brandweer liet weten dat …".
    saying_phrases=frozenset(
        {"maakt melding", "maakte melding", "maakten melding", "melding gemaakt"}
        | {"laat weten", "liet weten", "lieten weten", "laten weten"}
    ),
    # "een (vijfde) dodelijk slachtoffer": the adjective of the two-word metric noun opens it.
    singular_metric_nouns=frozenset({"dode", "gewonde", "vermiste", "dodelijk"}),
    another_after_article=nl6.ANOTHER_ORDINALS,
    relative_openers=frozenset({"die"}),
    split_predicates=True,
    # "Nog 39 mensen liggen in het ziekenhuis": "nog" before a verb of lying or staying is "still", no addition.
    # "verkeren" (session 10, ennl10): "Nog zes mensen verkeren in kritieke toestand" is still six, not six more
    state_verbs=frozenset(
        {"liggen", "ligt", "lag", "lagen", "verblijven", "verblijft", "verkeren", "verkeert", "verkeerden"}
        # Session 11 (nl11): a condition is a state too ("Er zijn nog 6 mensen in kritieke toestand": still six)
        | {"toestand", "levensgevaar"}
    ),
    # "een op de drie kinderen", "één op vijf", "een op elke tien": a share; the whole is no count of victims
    proportion_preps=frozenset({"op", "op de", "op elke", "op iedere"}),
    # an age after the victims' noun: "een man van in de veertig", "van rond de zestig", "een vrouw van 45"
    bare_age_openers=frozenset({"van", "van in de", "van rond de", "van boven de", "van ongeveer", "van circa"})
    | {"jonger dan", "ouder dan", "onder de", "boven de", "tussen de"},
    age_units=frozenset({"jaar", "jaar oud"}),
    # nouns of a person by role: "een fietser", "een automobilist", "een wandelaar", "een inzittende"
    agent_suffixes=("er", "ist", "aar", "ier", "ende", "ant", "ent", "ling"),
    total_nouns=frozenset({"totaal"}),
    rise_verbs=frozenset({"stijgen", "oplopen", "toenemen", "stijgt", "oploopt"}),
    # "de afgelopen tien jaar", "in de laatste twee decennia": a span of years counts many incidents
    span_before=frozenset({"afgelopen", "laatste", "voorbije", "voorgaande"}),
    span_after=frozenset({"jaar", "jaren", "decennia"}),
    held_nouns=nl6.HELD_NOUNS,
    stuck_words=nl6.STUCK_WORDS,
    trapped_places=nl6.TRAPPED_PLACES,
    trapped_preps=nl6.TRAPPED_PREPS,
    custody_words=nl6.CUSTODY_WORDS,
    opening_conditionals=True,
    # Session 10 (ennl10): how badly, after a part of a count ("11 injured, two of them serious", "two seriously")
    severity_words=frozenset(
        {"ernstig", "zwaar", "zwaargewond", "kritiek", "levensgevaarlijk", "licht", "lichtgewond"}
    ),
    crisis_nouns=frozenset(
        {
            "oorlog",
            "invasie",
            "conflict",
            "offensief",
            "gevechten",
            "vijandelijkheden",
            "belegering",
            "bezetting",
            "escalatie",
            "crisis",
            "uitbraak",
            "epidemie",
            "pandemie",
        }
    ),
    # Session 10 (attr10): attribution that transfers ("liet aan persbureau AFP weten", "haar woordvoerder, X")
    outlet_preps=frozenset({"aan", "tegenover", "tegen"}),
    audience_words=frozenset({"journalisten", "verslaggevers", "de pers", "de media"}),
    source_possessives=frozenset({"zijn", "haar", "hun"}),
    name_conjunctions=frozenset({"en"}),
    relay_verbs=frozenset({"bericht", "berichtte", "schrijft", "schreef", "meldt", "meldde"}),
    # "De VN schat dat …", "lieten aan X weten"
    source_verbs=sources.SOURCE_VERBS,
    more_source_heads=frozenset(
        [
            # Session 11 (attr12): an aid worker speaking ("zei een medewerker van het Rode Kruis")
            "medewerker",
            "kustwacht",
            "marine",
            "marechaussee",
            "burgerbescherming",
            # Session 11 (attr11): unnamed sources ("volgens een bron", "volgens ingewijden"; "bronnen" lost one on dev half b)
            "bron",
            "ingewijden",
            "functionaris",
            "functionarissen",
            "diensten",  # "de gezondheidsdiensten melden", "inlichtingendiensten"
        ]
    ),
    cited_by=frozenset({"geciteerd door", "aangehaald door"}),
    pronoun_subjects=frozenset({"hij", "zij", "ze", "wij", "we", "ik"}),  # Session 11 (attr11): no source
    broadcast_preps=frozenset({"tegen", "tegenover"}),  # Session 11 (attr11): the via a source spoke on
    # Session 11 (nl11): "een verdachte is aangehouden" counts one (the guide); not rescued: the self-written corpus
    # labels "Een 12-jarige jongen werd levend onder het puin vandaan gehaald" a story, no count
    article_metrics=frozenset({"detained", "rescued"}),
    # Session 11 (nl11): "vijf doden en nog eens twaalf gewonden" is 12 beside the dead, not 12 more (the guide)
    other_metric_not_increment=True,
    # Session 11 (nl11): an aside between commas before the predicate ("De drie verdachten, tussen 19 en 24 jaar
    # oud, werden aangehouden", "Vijf mensen zijn, aldus de brandweer, gewond geraakt"), as German and Romance
    comma_asides=True,
    # Session 11 (nl11): "een half miljoen", "anderhalf miljoen", "tweeënhalf miljoen", "een kwart miljoen"
    fraction_words={"half": 0.5, "anderhalf": 1.5, "kwart": 0.25, "tweeënhalf": 2.5, "drieënhalf": 3.5},
    # Session 11 (nl11): the separable stems of arresting need their particle in the clause ("De politie pakte 12
    # supporters op", "hield 45 mensen aan"; "hield 300 demonstranten tegen" stopped them, no arrest)
    stem_particles={
        stem: particles
        for stems, particles in (
            (("hield", "hielden"), frozenset({"aan", "vast"})),
            (("pakte", "pakten"), frozenset({"op"})),
            (("nam", "namen"), frozenset({"hechtenis"})),
        )
        for stem in stems
    },
    # Session 11 (nl11): a modal and the infinitive of rescuing at the clause's end ("De brandweer kon 12 mensen
    # redden", "konden zeven mijnwerkers bevrijden"); not "heeft … kunnen redden": "kunnen" projects
    closing_verbs={
        f"{modal} {verb}": "rescued"
        for modal in ("kon", "konden", "wist", "wisten")
        for verb in ("redden", "bevrijden")
    },
    # Session 12 (fa12): courts and spans of years that look back at an earlier event (_looking_back_words)
    **LOOKING_BACK["nl"],
    **EARLIER_SPANS["nl"],
    # Session 12 (rec12): "Beide agenten raakten gewond"; "20 Palestijnse doden", "twaalf Syrische gewonden"
    pair_words=frozenset({"beide", "allebei"}),
    demonym_ends=("se", "sche"),
    part_place_preps=frozenset({"in", "op"}),  # Session 12 (rec12): "Van de doden vielen er 212 in Gaza"
    care_wholes=frozenset({"slachtoffers", "gewonden"}),  # Session 12 (memb12)
    care_stays=frozenset({"in het ziekenhuis", "op de intensive care"}),
    part_only_places=frozenset({"alleen al in", "alleen in"}),
    day_preps=frozenset({"op", "deze", "afgelopen"}),  # Session 12 (rec12): "bereikte op vrijdag 40"
    # Session 12 (fresh12): a first figure and its revision (casualtylog.text._first_figures)
    first_figure_cues=FIRST_FIGURE_CUES["nl"],
    revision_contrasts=REVISION_CONTRASTS["nl"],
    # Session 13 (fresh13): "12.400 mensen in 2.100 huishoudens zijn getroffen" (casualtylog.text._household_asides)
    household_openers=frozenset({"in", "of", "oftewel", "ofwel"}),
    household_nouns=frozenset({"huishoudens", "gezinnen", "families"}),
    # Session 13 (fresh13): lives taken ("De storm eiste drie levens", "heeft 27 mensenlevens geëist")
    taking_verbs=frozenset({"eiste", "eisten", "eist", "geëist", "kostte", "kostten", "gekost"}),
    lives_nouns=frozenset({"levens", "mensenlevens"}),
    # Session 13 (status13): a fear for people, and relative clauses, bound a status cue (_status_scope)
    **STATUS_WORDS["nl"],
    pending_confirmations=PENDING_CONFIRMATIONS["nl"],
    # Session 13 (fresh7b): survivors found are rescued (casualtylog.text.lang._recovery_words)
    survivor_nouns=SURVIVOR_PEOPLE["nl"],
    survivor_found=SURVIVOR_FOUND["nl"],
    **EARLIER_DAY_WORDS["nl"],  # an earlier figure dated the day before
    **REVISION_CHAIN_WORDS["nl"],  # a toll revised in a chain
    **FOUND_ALIVE_WORDS["nl"],  # a count found alive in a list
    whom_parts=_phrases("van wie | van wie er | waarvan | waarvan er"),  # "103 werkers …, van wie … 43 gewond raakten"
    # "Onder de slachtoffers zijn zes kinderen" → killed children 6 (as fr "victimes")
    victim_nouns=_words("slachtoffers"),
    # Session 13 (fresh7r2): one more by "again" before the article ("opnieuw een dodelijk slachtoffer": +1)
    another_before_article=frozenset({"opnieuw"}),
    # Session 20 (attr21): "Hezbollah heeft naar eigen zeggen 200 raketten … afgevuurd": the subject speaks
    own_account_phrases=_phrases("naar eigen zeggen | naar eigen opgave"),
    # session 22: people counted by their stay in hospital (casualtylog.text._care_stays), or as the object of
    # a verb that takes them there (casualtylog.text._care_objects)
    **care_stay_fields("nl"),
)
