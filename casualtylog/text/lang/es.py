"""Spanish words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _es_everyday as everyday
from casualtylog.text.lang import _es_figures as figures
from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang import _es_sources as sources
from casualtylog.text.lang import _es_tolls as tolls
from casualtylog.text.lang import _es_verbs as verbs
from casualtylog.text.lang import _es_victims as victims
from casualtylog.text.lang import _es_weapons as weapons
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
    code="es",
    weekdays=frozenset(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
    citing=frozenset(["citando", "que cita"]),  # Session 11 (attr11): "según Reuters, que cita a la policía"
    titles=sources.TITLES,
    # with the other persons and tenses of confirming, as French and German list theirs ("confirmaron la muerte")
    confirmed_cues=ROUND_CONFIRMED["es"]
    | frozenset(
        {"confirmado", "confirmados", "confirmadas", "confirmó", "verificados", "confirmación"}
        | {"confirmada", "confirmaron", "confirma", "confirman"}
        | _words("confirmamos verificamos")  # in an authority's own voice: "Confirmamos la muerte de cuatro personas"
        | _words("confirmaba confirmaban")  # the imperfect: "ya se confirmaba la muerte de cuatro vecinos"
        | _words("verificado verificada verificadas verificó verificaron verifica verifican")  # "hemos verificado"
    ),
    others_words=frozenset(["otros", "otras"]),
    year_preps=frozenset(["en", "año"]),  # "en 2010", "el año 2014"
    plural_endings=("s",),
    function_words=verbs.FUNCTION_WORDS,
    units=figures.UNITS,
    tens=figures.TENS,
    scales={"cien": 100, "ciento": 100, "mil": 1000, "millón": 1_000_000, "millones": 1_000_000},
    number_joiners=frozenset({"y"}),
    unit_before_tens=False,
    ambiguous_number_words=frozenset({"un", "una", "uno"}),
    # Mexico, Central America and the Caribbean group thousands with a comma ("570,000 damnificados"); a
    # comma before exactly three digits is no decimal in a count of people, who come whole. Before a scale
    # word the comma stays Spain's decimal ("1,250 millones"): _tokens._mark_millions reads it first.
    grouping=". ,\u00a0\u202f",
    decimal=",",
    million_words={"millón": 1_000_000, "millones": 1_000_000},
    qualifiers=figures.QUALIFIERS,
    suffix_qualifiers={"o más": "at_least", "+": "at_least"},
    range_joiners=frozenset({"a", "o", "-", "–", "—"}),
    between_joiners=frozenset({"y"}),
    vague_words=figures.VAGUE_WORDS,
    vague_links=frozenset({"de"}),
    people_nouns=victims.PEOPLE_NOUNS,
    group_nouns=victims.GROUP_NOUNS,
    weapon_nouns=weapons.WEAPON_NOUNS,
    weapon_adjectives=weapons.WEAPON_ADJECTIVES,
    body_nouns=frozenset({"cuerpos", "cadáveres", "restos", "cuerpo", "cadáver"}),
    lifeless_words=frozenset({"sin vida", "mortales"}),
    # "tres militares del personal técnico murieron", "cuatro voluntarios del Cuerpo de Bomberos resultaron heridos"
    noun_preps=frozenset({"de", "del", "en", "a bordo", "procedentes"}),
    relative_pronouns=frozenset({"que", "quienes", "quien"}),
    age_openers=frozenset({"de", "con"}),
    age_units=frozenset({"años"}),
    metric_nouns=victims.METRIC_NOUNS,
    predicates=verbs.PREDICATES,
    gap_words=verbs.GAP_WORDS,
    active_verbs=verbs.ACTIVE_VERBS,
    launch_verbs=weapons.LAUNCH_VERBS,
    intercept_verbs=weapons.INTERCEPT_VERBS,
    toll_nouns=tolls.TOLL_NOUNS,
    toll_cues=tolls.TOLL_CUES,
    toll_gap_words=frozenset(),
    increment_before=frozenset(),  # "otras 42" is "42 others", not an addition
    # Session 14 (fresh8rom, fresh9rom): "dos nuevas detenciones", "17 nouvelles dépouilles"
    increment_after=frozenset({"más"}) | _words("nuevos nuevas"),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | de los | de las | de estos | de estas | de esos | de esas"),  # Session 13 (fresh7c)
    of_them=_phrases("de ellos | de ellas | de los cuales | de las cuales"),
    group_cues=_phrases(
        "de ellos | de ellas | entre ellos | entre ellas | entre los cuales | entre las cuales | incluidos | incluidas | entre los que | entre las que | de los cuales | de las cuales | "
        # the list with its verb: "entre las que hay dos menores", "entre ellos se encuentran tres niños"
        "entre los que hay | entre las que hay | entre ellos hay | entre ellas hay | entre los que figuran | "
        "entre las que figuran | entre los que se encuentran | entre las que se encuentran | entre ellos se encuentran | "
        "entre ellas se encuentran | entre ellos figuran | entre ellas figuran | "
        # Session 13 (fresh13): "17 cuerpos, entre ellos los de cuatro niños": the members by the pronoun of the bodies
        "entre ellos los de | entre ellos las de | incluidos los de | " + more.GROUP_CUES
    )
    | _phrases("incluyendo | incluida | incluido"),  # "2.000 muertos, incluyendo 700 niños", "incluida una niña"
    among_the=_phrases("entre los | entre las"),
    # Session 12 (fres12): "Entre los heridos, se cuentan dos policías"
    among_verbs=_phrases("se cuentan | se encuentran | hay | figuran | se contabilizan"),
    # Session 12 (fres12): "la violencia obligó a 25.000 personas a huir", "obligaron a huir a 500 personas"
    forcing_verbs=_words("obligó obligaron obligado obligando obliga obligan forzó forzaron forzado forzando"),
    forcing_preps=frozenset({"a"}),
    flight_infinitives=_words("huir"),
    flight_modals=_phrases("tener que"),  # Session 13 (fresh7c): "obligado a 600.000 personas a tener que dejar …"
    # a denied verb of causing or resulting before a metric noun or its subject: "sin causar víctimas mortales",
    # "no ocasionó heridos", "no resultaron personas heridas"
    zero_words=_phrases(
        "ningún | ninguna | sin | no hubo | no hubo que lamentar | no se registraron | sin causar | sin dejar | "
        "sin provocar | sin ocasionar | no causó | no dejó | no ocasionó | no provocó | no causaron | no dejaron | "
        "no provocaron | no ocasionaron | no resultaron | no resultó | no se reportaron | no hay"
    )
    # denied causing in the perfect, as the past "no provocó" is: "el ataque, que no ha provocado muertos"
    | frozenset(
        f"no {aux} {verb}"
        for aux in ("ha", "han", "había", "habían")
        for verb in ("provocado", "causado", "dejado", "ocasionado")
    ),
    nobody_words=frozenset({"nadie"}),
    negations=_words("no nunca ningún"),
    boundaries=_words("y pero mientras cuando porque aunque donde tras"),
    update_cues=_words("ya ahora"),
    projected_cues=ROUND_PROJECTED["es"]
    | _phrases(
        "se teme | temen | podría | podrían | probablemente"
        # Session 12 (fres12): a death told as probable ("causó la muerte probable de 40 personas")
        " | muerte probable | muertes probables | probable muerte"
    )
    | ASSUMING["es"],  # session 13 (status13): presumed dead
    preliminary_cues=tolls.PRELIMINARY_CUES,
    said_verbs=sources.SAID_VERBS,
    according_to=_phrases("según | de acuerdo con"),
    postposed_according=frozenset(),
    source_heads=sources.SOURCE_HEADS,
    report_words=sources.REPORT_WORDS,
    name_connectors=_phrases("de | del | la | los | las | y | para"),
    determiners=_words("el la los las un una"),
    channel_preps=_words("en a través vía"),  # Session 22 (attr23): "había informado vía Twitter" (es-48e09151-3)
    # "en su cuenta de Facebook"; session 10: what an outlet is, before its name ("la agencia Efe")
    channel_words=frozenset({"cuenta", "perfil", "canal"})
    | frozenset({"agencia", "cadena", "diario", "emisora", "periódico", "portal", "radio", "televisión"}),
    channels=sources.CHANNELS,
    statement_phrases=sources.STATEMENT_PHRASES,
    non_count_before=figures.NON_COUNT_BEFORE,
    non_count_after=figures.NON_COUNT_AFTER,
    months=_words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"),
    denial_cues=_phrases("desmintió | desmiente | negó | niega | falso | desinformación"),
    conditional_cues=_phrases("si | en caso de"),
    conditional_exceptions=frozenset(),
    # Session 12 (fa12): the world wars, named, are never the report's own event
    other_event_cues=WORLD_WARS["es"]
    | _phrases(
        "se cumplen | aniversario | el año pasado | el pasado año | el mes pasado | hace un año | anterior ataque | la semana pasada | el día anterior | hace una semana | hace dos años | a principios de este año | en aquella ocasión | en esa ocasión | en aquel entonces | "
        # an earlier incident told in passing: "Horas antes, …", "tras otro ataque que había dejado …"
        "otro ataque | otro atentado | "
        # Session 11 (es13): a trial or sentence for deaths tells an earlier event ("El juicio por las 7 muertes
        # comenzará en marzo", "condenado a 4 años por la muerte de 2 personas")
        "el juicio por | juzgado por | juzgados por | condenado por | condenada por | condenados por"
    )
    | RATE_CUES["es"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"a principios de mes", "a principios de este mes"})
    # Session 12 (fa12): earlier this week, as this month ("A principios de semana, un ataque había matado a seis")
    | frozenset(
        {"a principios de semana", "a principios de esta semana", "a comienzos de semana", "a inicios de semana"}
    )
    # Session 12 (fa12): a similar incident is another one, the adjective after its noun ("Un ataque similar en mayo
    # había matado a 12 personas"); not "un número similar de heridos", no incident
    | frozenset(
        f"{noun} {similar}"
        for noun in _words("ataque atentado accidente incendio bombardeo explosión naufragio tiroteo derrumbe")
        for similar in ("similar", "parecido", "semejante")
    ),
    singular_victims=victims.SINGULAR_VICTIMS,
    predicate_first=True,
    approx_nouns=figures.APPROX_NOUNS,
    superlatives=frozenset({"peor", "mortífero", "mortífera", "sangriento", "sangrienta"}),
    since_words=frozenset({"desde"}),
    # Session 12 (fres12): a running toll of an ongoing crisis since a year is a claim (the corpus guide)
    crisis_nouns=_words(
        "guerra conflicto violencia insurgencia rebelión ofensiva combates ataques yihadistas terroristas "
        "ocupación invasión asedio crisis epidemia pandemia"
    ),
    crisis_since_tolls=True,
    # Session 12 (fres12): "el incendio se cobró 7 vidas", "el choque costó 3 vidas"
    taking_verbs=_words("cobró cobraron cobrado cobra cobran cobrando costó costaron costado cuesta cuestan"),
    lives_nouns=_words("vidas"),
    thing_nouns=THING_NOUNS["es"],
    unidentified_words=frozenset({"sin identificar", "no identificados", "no identificadas", "sin ser identificados"}),
    year_of_preps=frozenset({"de", "del"}),
    shelter_cues=figures.SHELTER_CUES,
    compared_cues=frozenset({"que el del", "que la del", "como el del", "como la del", "al del", "a la del"}),
    interval_nouns=frozenset(
        {"minutos", "horas", "días", "semanas", "meses", "mes", "semana", "día", "hora"}  # fresh7c: singulars
    ),
    after_words=frozenset({"después"}),
    # Session 13 (fresh7c): "la tragedia llega/ocurre un mes después de que …"
    interval_verbs=frozenset({"llega", "llegan", "ocurre", "ocurren", "produce", "producen"}),
    population_quantifiers=frozenset(
        {"la mayoría de los", "la mayoría de las", "muchos de los", "muchas de las", "parte de los", "parte de las"}
        # Session 11 (es14): none of a whole is no count of it ("Ninguno de los 80 alumnos resultó herido")
        | {"ninguno de los", "ninguna de las"}
    ),
    auxiliaries=frozenset({"ha", "han", "había", "habían", "también"}),
    adjective_after_noun=True,
    singular_metric_nouns=frozenset({"muerto", "herido", "fallecido", "desaparecido", *more.SINGULAR_METRIC})
    | {"detención", "arresto"},  # one arrest by its noun: "se produjo una detención"
    change_verbs=_words("pasó pasado aumentó subió creció"),
    from_words=frozenset({"de"}),
    to_words=frozenset({"a"}),
    raise_verbs=tolls.RAISE_VERBS,
    at_words=frozenset({"en"}),
    pro_verbs=_phrases("lo hicieron | lo han hecho | lo hizo | lo ha hecho | lo habían hecho | lo hacen"),
    place_preps=frozenset({"en"}),
    # Session 19 (miss20b): states after a place preposition that are no place ("en estado grave", "en prisión").
    place_states=_words("estado urgencia vida prisión custodia"),
    source_place_preps=frozenset({"en"}),  # "el Ministerio de Sanidad en Gaza"
    # "escribió el alcalde en su cuenta de Facebook", "La ONU estimó que …"
    source_verbs=sources.SOURCE_VERBS,
    # "La Fiscalía dio a conocer que …", "han dado a conocer los bomberos".
    saying_phrases=frozenset(f"{v} a conocer" for v in ("dio", "dieron", "da", "dan", "dado"))
    # Session 11 (attr11): "La policía dio cuenta de tres muertos"
    | frozenset(f"{v} cuenta de" for v in ("dio", "dieron", "da", "dan")),
    object_markers=frozenset({"a"}),
    when_words=frozenset({"cuando"}),
    # session 17 (rom17): the other verbs of conveying ("tres tuvieron que ser enviadas a hospitales"); not
    # "evacuados", which moves patients out of a hospital as often
    care_verbs=_words(
        "trasladados trasladadas trasladado trasladada llevados llevadas atendidos atendidas enviados enviadas"
        " transportados transportadas conducidos conducidas derivados derivadas"
    ),
    victim_nouns=frozenset({"víctimas"}),
    care_places=_words("hospital hospitales clínica clínicas urgencias hospitalarios hospitalario")
    | everyday.CARE_PLACES,
    participle_reach=5,
    coordinators=frozenset({"y", "e"}),
    exceed_verbs=_words(
        "supera superan superó superaron superaba superaban rebasa rebasan sobrepasa sobrepasan superado superar"
    ),  # session 13: "podría superar los 100" (status13), superado (fresh7c)
    # "hace 20 años" for any number of years, not only the ones listed among the cues above
    ago_before=frozenset({"hace"}),
    ago_after=frozenset({"años", "décadas"}),
    # "en los últimos diez años murieron 2.000 migrantes": a span of years counts many incidents, a statistic
    span_before=frozenset({"últimos", "últimas", "pasados", "pasadas"}),
    span_after=frozenset({"años", "décadas"}),
    other_event_openers=_phrases("horas antes | días antes | semanas antes | meses antes"),
    another_words=frozenset({"otro", "otra", *more.ANOTHER}),
    # "gravedad" after "de" only (``DEGREE_PREPOSITIONS``): "una de gravedad"
    severity_words=_words("graves grave leves leve críticos crítico críticas crítica gravísimos gravedad"),
    possessives=frozenset({"su", "sus", "nuestros", "nuestras"}),
    # Session 11 (es13): "recuento", a count as a balance ("el recuento de víctimas mortales asciende a 90")
    count_nouns=frozenset({"número", "cifra", "saldo", "balance", "lista", "recuento"}),
    comma_asides=True,
    # Session 12 (fres12): a participial phrase describing the victims before their predicate ("cinco personas atrapadas en el ascensor de su edificio fueron rescatadas")
    participle_endings=("ados", "adas", "idos", "idas", "ando", "iendo"),
    half_words=frozenset({"medio", "media"}),
    proportion_preps=frozenset({"de cada", "cada"}),
    # a singular participle agrees with the noun it follows ("en la zona afectada"), not with a plural count
    attributive_endings=("o", "a"),
    kin_nouns=frozenset({"madre", "padre"}),  # "madre de tres hijos": her children, no victims
    # one victim by an unlisted noun of a role right before a predicate of the living: "un motorista murió", "una ciclista resultó herida", "una septuagenaria falleció"
    agent_suffixes=("ista", "ero", "era", "or", "ora", "ante", "ente", "ario", "aria"),
    # Session 10 (attr10): attribution that transfers ("dijo el gobernador a Reuters", "según su portavoz, X")
    outlet_preps=frozenset({"a", "al"}),
    audience_words=frozenset({"periodistas", "los periodistas", "la prensa", "los medios", "medios", "reporteros"}),
    source_possessives=frozenset({"su", "sus"}),
    name_conjunctions=frozenset({"y", "e"}),
    relay_verbs=frozenset({"informó", "reportó", "publicó", "informa", "reporta", "recogió"}),
    more_source_heads=frozenset(
        [
            # Session 11 (attr12): a rescuer speaking ("dijo un socorrista de la Cruz Roja")
            "socorrista",
            "médicos",
            "vecinos",
            "guardia",
            "rebeldes",
            "talibanes",
            "ayuntamiento",
            "fuentes",
            "socorristas",
            "alcaldía",
            # Session 11 (attr11): unnamed sources ("dijo una fuente militar", "un alto funcionario")
            "fuente",
            "funcionario",
            "funcionarios",
        ]
    ),
    agent_preps=frozenset({"por"}),  # "Doce muertes fueron confirmadas por las autoridades"
    cited_by=frozenset({"citado por", "citada por", "citados por", "citadas por"}),
    pronoun_subjects=frozenset({"él", "ella", "ellos", "ellas", "nosotros", "yo"}),  # Session 11 (attr11): no source
    broadcast_preps=frozenset({"con"}),  # Session 11 (attr11): the via a source spoke on
    # Session 11 (rom11)
    order_verbs=everyday.ORDER_VERBS,
    leaving_verbs=everyday.LEAVING_VERBS,
    total_connectors=everyday.TOTAL_CONNECTORS,
    # Session 11 (es14): a squad's injured are players out, no casualties ("El equipo suma 5 lesionados en la
    # plantilla"), as French fr13; not "jugadores", whom a bus crash injures as anyone ("Dos jugadores resultaron
    # heridos en el accidente del autobús")
    roster_words=_words("plantilla entrenador seleccionador titulares convocatoria"),
    finding_verbs=everyday.FINDING_VERBS,
    aside_all_words=_words("todos todas ambos ambas"),
    # Session 12 (fa12): courts and spans of years that look back at an earlier event (_looking_back_words)
    **LOOKING_BACK["es"],
    **EARLIER_SPANS["es"],
    # Session 12 (rec12): "Ambos policías resultaron heridos"
    pair_words=_words("ambos ambas"),
    part_place_preps=_words("en"),  # Session 12 (rec12): "De los muertos, 212 fueron en Gaza"
    care_wholes=_words("víctimas heridos heridas"),  # Session 12 (memb12)
    care_stays=frozenset({"en el hospital", "hospitalizados", "hospitalizadas", "en cuidados intensivos"}),
    part_only_places=frozenset({"solo en", "sólo en", "solamente en", "únicamente en"}),
    day_preps=_words("el este"),  # Session 12 (rec12): "ascendió el viernes a 40"
    # Session 12 (fres12): "dejó sin hogar a 500 personas" (displaced), "dejando sin empleo a 400 trabajadores" (none)
    without_preps=frozenset({"sin"}),
    without_states=everyday.WITHOUT_STATES,
    # Session 12 (fresh12): a first figure and its revision (casualtylog.text._first_figures)
    first_figure_cues=FIRST_FIGURE_CUES["es"],
    # Session 13 (fresh7c): "un primer balance de 24 muertos, que luego fue elevado a 27"
    revision_participles=_words(
        "elevado elevada aumentado aumentada revisado revisada actualizado actualizada corregido corregida"
    ),
    revision_links=_phrases("luego | después | posteriormente | más tarde | y luego"),
    # Session 13 (fresh7c): "Los rescatistas buscan todavía a cinco personas"
    search_verbs=_words("buscan buscaban busca buscaba buscando"),
    rescuer_nouns=_words("rescatistas socorristas bomberos buzos brigadistas rescate emergencias salvamento"),
    # Session 14 (fresh8rom): a search that goes on ("continúa la búsqueda de otros cuatro trabajadores")
    search_continuers=_words(
        "sigue siguen seguía seguían continúa continúan continuaba continuaban prosigue prosiguen mantienen mantiene"
    ),
    search_nouns=_words("búsqueda"),
    search_other_agents=_words("policía policías agentes empresa compañía investigadores fiscalía detectives"),
    revision_contrasts=REVISION_CONTRASTS["es"],
    day_month_joiners=frozenset({"de"}),
    # Session 12 (lead): one person rescued, named by an article, is a count of 1 (the corpus guide's rescued
    # children 1 for "a boy was pulled alive from the rubble"), as Dutch since nl11
    article_metrics=frozenset({"rescued"}),
    # Session 13 (fresh13): "12.400 personas, es decir 2.100 familias, …" (casualtylog.text._household_asides)
    household_openers=frozenset({"es decir", "o sea", "o", "en"}),
    household_nouns=_words("familias hogares"),
    earlier_figure_cues=frozenset({"frente a", "frente a los", "frente a las"}),  # Session 13 (fresh13)
    # Session 13 (status13): a fear for people, and relative clauses, bound a status cue (_status_scope)
    **STATUS_WORDS["es"],
    **EARLIER_DAY_WORDS["es"],  # an earlier figure dated the day before
    **REVISION_CHAIN_WORDS["es"],  # a toll revised in a chain
    **FOUND_ALIVE_WORDS["es"],  # a count found alive in a list
    also_joiners=_phrases("así como | al igual que"),  # Session 14 (fresh8rom): "El conductor, así como un niño, murieron"
    # Session 14 (fresh8rom): "Si se tratase de …, el saldo ascendería a 83" is projected (_hypotheticals)
    hypothetical_openers=_phrases("si | en caso de que"),
    conditional_endings=("ría", "rían"),
    pending_confirmations=PENDING_CONFIRMATIONS["es"],
    another_after_article=_words("más"),  # "dos personas fallecidas y una más herida", as "y otra resultó herida"
    definite_articles=_phrases("el | la"),  # session 14 (fresh10rom): "der Schütze, ein 35-Jähriger, ist tot"
    # Session 21 (issue 13): "en septiembre de 2025, un motín ya había dejado 31 muertos" dates an earlier event
    # (_dated_backgrounds)
    opener_pluperfects=_words("había habían"),
    date_opener_leads=_words("el los en a de del principios mediados finales comienzos"),
    # session 22: people counted by their stay in hospital (casualtylog.text._care_stays), or as the object of
    # a verb that takes them there (casualtylog.text._care_objects)
    **care_stay_fields("es"),
)
