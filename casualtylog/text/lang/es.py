"""Spanish words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang._agreement import SPANISH, agreeing, singulars
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
    "niños": "children",
    "niñas": "children",
    "menores": "children",
    "mujeres": "women",
    "hombres": "men",
    "civiles": "civilians",
    "soldados": "soldiers",
    "militares": "soldiers",
    "rescatistas": "rescuers",
    "socorristas": "rescuers",
    "bomberos": "firefighters",
    "periodistas": "journalists",
    "policías": "officers",
    "agentes": "officers",
    "combatientes": "fighters",
    "rebeldes": "fighters",
    "ancianos": "elderly",
    "atacantes": "attackers",
    "asaltantes": "attackers",
    "profesionales sanitarios": "health_workers",
    "personal sanitario": "health_workers",
    "personal médico": "health_workers",
    # children however named (the corpus guide: girls and boys are children)
    "bebés": "children",
    "menores de edad": "children",
    # roles, by the corpus guide's English group names
    "mineros": "miners",
    "trabajadores": "workers",
    "estudiantes": "students",
    "alumnos": "pupils",
    "profesores": "teachers",
    "maestros": "teachers",
    "manifestantes": "protesters",
    "militantes": "militants",
    "terroristas": "terrorists",
    "rehenes": "hostages",
    "adultos": "adults",
    "transeúntes": "bystanders",
    "cooperantes": "aid_workers",
    "trabajadores humanitarios": "aid_workers",
}

LANGUAGE = LanguageData(
    code="es",
    weekdays=frozenset(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
    citing=frozenset(["citando"]),
    titles=frozenset(
        ["alcalde", "gobernador", "ministro", "presidente", "portavoz", "jefe", "responsable", "director", *more.TITLES]
    ),
    confirmed_cues=frozenset(["confirmado", "confirmados", "confirmadas", "confirmó", "verificados", "confirmación"]),
    others_words=frozenset(["otros", "otras"]),
    year_preps=frozenset(["en", "año"]),  # "en 2010", "el año 2014"
    plural_endings=("s",),
    function_words=_words(
        "el la los las del y en que por con para una uno al se su sus fue fueron han ha según muertos "
        "heridos personas murieron menos como más este esta"
    ),
    units={
        "cero": 0,
        "uno": 1,
        "una": 1,
        "un": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "trece": 13,
        "catorce": 14,
        "quince": 15,
        "dieciséis": 16,
        "diecisiete": 17,
        "dieciocho": 18,
        "diecinueve": 19,
        "veintiuno": 21,
        "veintiún": 21,
        "veintidós": 22,
        "veintitrés": 23,
        "veinticuatro": 24,
        "veinticinco": 25,
        "veintiséis": 26,
        "veintisiete": 27,
        "veintiocho": 28,
        "veintinueve": 29,
    },
    tens={
        "veinte": 20,
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
        "setenta": 70,
        "ochenta": 80,
        "noventa": 90,
        "doscientos": 200,
        "doscientas": 200,
        "trescientos": 300,
        "trescientas": 300,
        "cuatrocientos": 400,
        "quinientos": 500,
        "seiscientos": 600,
        "setecientos": 700,
        "ochocientos": 800,
        "novecientos": 900,
    },
    scales={"cien": 100, "ciento": 100, "mil": 1000, "millón": 1_000_000, "millones": 1_000_000},
    number_joiners=frozenset({"y"}),
    unit_before_tens=False,
    ambiguous_number_words=frozenset({"un", "una", "uno"}),
    grouping=". \u00a0\u202f",
    decimal=",",
    million_words={"millón": 1_000_000, "millones": 1_000_000},
    qualifiers={
        "al menos": "at_least",
        "por lo menos": "at_least",
        "como mínimo": "at_least",
        "no menos de": "at_least",
        "más de": "more_than",
        "hasta": "at_most",
        "como máximo": "at_most",
        "menos de": "fewer_than",
        "unos": "about",
        "unas": "about",
        "alrededor de": "about",
        "aproximadamente": "about",
        "cerca de": "about",
        "casi": "about",
        "en torno a": "about",
        "cerca": "about",
        "entre": "between",
    },
    suffix_qualifiers={"o más": "at_least", "+": "at_least"},
    range_joiners=frozenset({"a", "o", "-", "–", "—"}),
    between_joiners=frozenset({"y"}),
    vague_words={
        "decenas": "tens",
        "docenas": "dozens",
        "varias decenas": "tens",
        "cientos": "hundreds",
        "centenares": "hundreds",
        "miles": "thousands",
        "decenas de miles": "tens of thousands",
        "varios": "several",
        "varias": "several",
    },
    vague_links=frozenset({"de"}),
    people_nouns=_words(
        "personas gente habitantes residentes pasajeros víctimas individuos otros otras fieles pacientes "
        "trabajadores peatones vidas " + more.PEOPLE
    ),
    group_nouns=_GROUPS,
    weapon_nouns={
        "misiles": "missiles",
        "vehículos aéreos no tripulados": "drones",
        "vehículo aéreo no tripulado": "drones",
        "aparatos no tripulados": "drones",
        "uav": "drones",
        "misil": "missiles",
        "cohetes": "rockets",
        "drones": "drones",
        "dron": "drones",
    },
    weapon_adjectives=_words(
        "balísticos de crucero rusos shahed iskander kalibr hipersónicos ataque ucranianos ucranianas rusas iraníes "
        "kamikaze enemigos larga distancia ucraniano ucraniana ruso rusa iraní balístico estos estas"
    ),
    body_nouns=frozenset({"cuerpos", "cadáveres", "restos"}),
    lifeless_words=frozenset({"sin vida", "mortales"}),
    # "tres militares del personal técnico murieron", "cuatro voluntarios del Cuerpo de Bomberos resultaron heridos"
    noun_preps=frozenset({"de", "del", "en", "a bordo", "procedentes"}),
    relative_pronouns=frozenset({"que", "quienes", "quien"}),
    age_openers=frozenset({"de", "con"}),
    age_units=frozenset({"años"}),
    metric_nouns={
        **more.METRIC,
        "muertos": "killed",
        "muertes": "killed",
        "fallecidos": "killed",
        "víctimas mortales": "killed",
        "mártires": "killed",
        "heridos": "injured",
        "lesionados": "injured",
        "desaparecidos": "missing",
        "desplazados": "displaced",
        "sin hogar": "displaced",
    },
    predicates=agreeing(
        {
            "en estado grave": "injured",
            "en estado crítico": "injured",
            "ingresadas": "injured",
            "ingresados": "injured",
            "rescatado": "rescued",
            "rescatada": "rescued",
            "fallecido": "killed",
            "fallecida": "killed",
            "murió": "killed",
            "falleció": "killed",
            "herido": "injured",
            "herida": "injured",
            "desaparecido": "missing",
            "desaparecida": "missing",
            "murieron": "killed",
            "muertos": "killed",
            "muertas": "killed",
            "muerto": "killed",
            "fallecieron": "killed",
            "fallecidos": "killed",
            "asesinados": "killed",
            "asesinadas": "killed",
            "perdieron la vida": "killed",
            # every tense of "perder la vida" ("agreeing" varies only a last word that is a participle)
            **{f"{verb} la vida": "killed" for verb in ("perdió", "perdido", "pierden", "pierde", "perdían", "perdía")},
            "han muerto": "killed",
            "heridos": "injured",
            "heridas": "injured",
            "resultaron heridos": "injured",
            "resultado heridos": "injured",
            "resultado heridas": "injured",
            "hospitalizados": "injured",
            "hospitalizadas": "injured",
            "fallecidas": "killed",
            "fallecidos por": "killed",
            "desaparecidas": "missing",
            "afectadas": "affected",
            "afectados": "affected",
            "damnificadas": "displaced",
            "damnificados": "displaced",
            "albergados": "displaced",
            "evacuadas": "evacuated",
            "rescatadas": "rescued",
            "resultaron heridas": "injured",
            # given up for missing: "tres de sus compañeros se dieron por desaparecidos"
            "dieron por desaparecidos": "missing",
            **more.PREDICATES,
            "dan por desaparecidos": "missing",
            "dados por desaparecidos": "missing",
            "lesionados": "injured",
            "desaparecidos": "missing",
            "detenidos": "detained",
            "arrestados": "detained",
            "evacuados": "evacuated",
            "rescatados": "rescued",
            "desplazados": "displaced",
            "sin hogar": "displaced",
        },
        SPANISH,
    ),
    gap_words=_words(
        "permanecen siguen continúan quedan sido han fueron han sido han habían están estaban resultaron quedaron también ya gravemente levemente "
        "presuntamente anoche murieron figuran figuraban todavía aún oficialmente ha había hay "
        # the singular auxiliaries: "una mujer resultó herida", "un soldado fue asesinado"
        "fue resultó resultado quedó sigue continúa permanece queda está estaba "
        # a relative pronoun whose clause holds the predicate: "11 miembros de una familia que murieron"
        "que "
        # a reflexive verb of being somewhere: "cinco personas se encuentran desaparecidas"
        "se encuentran encuentra " + more.GAPS
    )
    - {"murieron"},
    active_verbs={
        "salvado": "rescued",
        "salvaron": "rescued",
        "salvó": "rescued",
        "desplazado": "displaced",
        "desplazó": "displaced",
        "cobrado la vida de": "killed",
        "cobró la vida de": "killed",
        "cobraron la vida de": "killed",
        "costado la vida a": "killed",
        "costó la vida a": "killed",
        "rescató": "rescued",
        "rescataron": "rescued",
        "rescatado": "rescued",
        "la muerte de": "killed",
        **more.ACTIVE,
        "la muerte a": "killed",
        # verbs of affecting and displacing take their object after "a": "afectaron a unas 45.000 personas"
        "afectó": "affected",
        "afectaron": "affected",
        "afectado": "affected",
        "desplazado a": "displaced",
        "mató": "killed",
        "matado": "killed",
        "matan": "killed",
        "herido a": "injured",
        "hirieron": "injured",
        "mataron": "killed",
        "matando": "killed",
        "dejó": "killed",
        "dejando": "killed",
        "causó": "killed",
        "hirió": "injured",
        "hiriendo": "injured",
        "evacuaron": "evacuated",
        "detuvo": "detained",
    },
    launch_verbs=frozenset(
        {
            "lanzados",
            "lanzadas",
            "lanzó",
            "lanzaron",
            "lanzado",
            "disparó",
            "dispararon",
            "con",
        }
    ),
    intercept_verbs=frozenset(
        {
            "neutralizaron",
            "neutralizó",
            "neutralizados",
            "derribadas",
            "interceptadas",
            "interceptó",
            "interceptados",
            "interceptaron",
            "derribó",
            "derribados",
            "derribaron",
            "destruyó",
            "destruyeron",
            "destruidos",
            "destruidas",
            "derribado",
            "interceptado",
            "neutralizado",
            "abatidos",
            "abatió",
            "abatieron",
        }
    ),
    toll_nouns={
        "balance": "killed",
        "cifra de muertos": "killed",
        "número de muertos": "killed",
        "número de víctimas": "killed",
        "número de mártires": "killed",
        "cifra de mártires": "killed",
        "cifra de fallecidos": "killed",
        "número de fallecidos": "killed",
        "número de heridos": "injured",
        "cifra de heridos": "injured",
        "número de desaparecidos": "missing",
        "los muertos": "killed",
        "los fallecidos": "killed",
        "los heridos": "injured",
        "los desaparecidos": "missing",
        "los damnificados": "displaced",
        "los desplazados": "displaced",
        "los evacuados": "evacuated",
        "las víctimas mortales": "killed",
        "las víctimas": "killed",
    },
    toll_cues={
        "ascendió a": "update",
        "asciende a": "update",
        "aumentó a": "update",
        "subió a": "update",
        "se elevó a": "update",
        "se eleva a": "update",
        "llegó a": "update",
        "alcanzó": "update",
        "alcanza": "update",
        "a": "update",
        "de": "static",
        "es de": "static",
        "son": "static",
        "suman": "static",
        "era de": "static",
        ":": "static",
        # the plural verbs of a plural toll ("las víctimas mortales ascienden a 45") and a level it holds at
        "ascienden a": "update",
        "aumentaron a": "update",
        "subieron a": "update",
        "se elevan a": "update",
        "llegan a": "update",
        "alcanzan": "update",
        "se mantiene en": "static",
        "supera": "update",
        "superan": "update",
        "superó": "update",
        "supera los": "update",
        "superan los": "update",
        "superó los": "update",
        "se sitúa en": "static",
        "se situó en": "static",
        "podría ascender a": "projected",
        "podría aumentar a": "projected",
    },
    toll_gap_words=frozenset(),
    increment_before=frozenset(),  # "otras 42" is "42 others", not an addition
    increment_after=frozenset({"más"}),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | de los | de las"),
    of_them=_phrases("de ellos | de ellas | de los cuales | de las cuales"),
    group_cues=_phrases(
        "entre ellos | entre ellas | entre los cuales | entre las cuales | incluidos | incluidas | entre los que | entre las que | de los cuales | "
        # the list with its verb: "entre las que hay dos menores", "entre ellos se encuentran tres niños"
        "entre los que hay | entre las que hay | entre ellos hay | entre ellas hay | entre los que figuran | "
        "entre las que figuran | entre los que se encuentran | entre las que se encuentran | entre ellos se encuentran | "
        "entre ellas se encuentran | entre ellos figuran | entre ellas figuran | " + more.GROUP_CUES
    ),
    among_the=_phrases("entre los"),
    # a denied verb of causing or resulting before a metric noun or its subject: "sin causar víctimas mortales",
    # "no ocasionó heridos", "no resultaron personas heridas"
    zero_words=_phrases(
        "ningún | ninguna | sin | no hubo | no hubo que lamentar | no se registraron | sin causar | sin dejar | "
        "sin provocar | sin ocasionar | no causó | no dejó | no ocasionó | no provocó | no causaron | no dejaron | "
        "no provocaron | no ocasionaron | no resultaron | no resultó | no se reportaron | no hay"
    ),
    nobody_words=frozenset({"nadie"}),
    negations=_words("no nunca ningún"),
    boundaries=_words("y pero mientras cuando porque aunque donde tras"),
    update_cues=_words("ya ahora"),
    projected_cues=_phrases("se teme | temen | podría | podrían | probablemente"),
    preliminary_cues=_phrases(
        "provisional | provisionales | balance provisional | primeras informaciones | preliminar | preliminares"
    ),
    said_verbs=_words(
        "dijo dice afirmó informó informa declaró señaló indicó confirmó precisó aseguró añadió "
        "informado dicho confirmado señalado indicado asegurado afirmado precisado explicó detalló agregó informaron "
        "añadiendo agregando " + more.SAID
    ),
    according_to=_phrases("según | de acuerdo con"),
    postposed_according=frozenset(),
    source_heads=_words(
        "policía ministerio ministro ejército autoridades gobernador alcalde portavoz hospital bomberos gobierno "
        "presidente rescatistas funcionarios protección civil salud onu administración "
        "defensa fuerza aérea servicio emergencias fuentes responsable instituto medio " + more.HEADS
    ),
    report_words=_words("primeras informaciones datos cifras " + more.REPORTS),
    name_connectors=_phrases("de | del | la | los | las | y | para"),
    determiners=_words("el la los las un una"),
    channel_preps=_words("en a través"),
    channel_words=frozenset({"cuenta", "perfil", "canal"}),  # "en su cuenta de Facebook"
    channels={
        "telegram": "Telegram",
        "x": "X",
        "twitter": "Twitter",
        "facebook": "Facebook",
        "televisión": "television",
    },
    statement_phrases={"en un comunicado": "statement", "en una rueda de prensa": "press conference"},
    non_count_before=_words("edad número nº línea vuelo artículo página"),
    non_count_after=_words(
        "% por ciento km kilómetros metros m años año días día horas hora minutos semanas meses mes euros dólares "
        "grados veces pisos millones familias hogares viviendas casas provincias municipios departamentos "
        "regiones localidades comunas edificios escuelas"
    )
    - {"millones"},
    months=_words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"),
    denial_cues=_phrases("desmintió | desmiente | negó | niega | falso | desinformación"),
    conditional_cues=_phrases("si | en caso de"),
    conditional_exceptions=frozenset(),
    other_event_cues=_phrases(
        "se cumplen | aniversario | el año pasado | el mes pasado | hace un año | anterior ataque | la semana pasada | el día anterior | hace una semana | hace dos años | a principios de este año | en aquella ocasión | en esa ocasión | en aquel entonces | "
        # an earlier incident told in passing: "Horas antes, …", "tras otro ataque que había dejado …"
        "otro ataque | otro atentado"
    )
    | RATE_CUES["es"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"a principios de mes", "a principios de este mes"}),
    singular_victims={
        **singulars(_GROUPS),
        "adolescente": "",
        "persona": "",
        "víctima": "",
        **more.SINGULARS,
        "hombre": "men",
        "mujer": "women",
        "niño": "children",
        "niña": "children",
        "bebé": "children",
        "menor": "children",
        "civil": "civilians",
        "soldado": "soldiers",
        "militar": "soldiers",
    },
    predicate_first=True,
    approx_nouns={
        "docena": 12,
        "decena": 10,
        "veintena": 20,
        "treintena": 30,
        "centenar": 100,
        "millar": 1000,
        **more.APPROX,
    },
    superlatives=frozenset({"peor", "mortífero", "mortífera", "sangriento", "sangrienta"}),
    since_words=frozenset({"desde"}),
    thing_nouns=THING_NOUNS["es"],
    unidentified_words=frozenset({"sin identificar", "no identificados", "no identificadas", "sin ser identificados"}),
    year_of_preps=frozenset({"de", "del"}),
    shelter_cues=frozenset(
        {
            "alberga",
            "albergaba",
            "albergan",
            "albergando",
            "acoge",
            "acogía",
            "puede acoger",
            "puede albergar",
            "capacidad para",
            "capacidad de",
        }
    ),
    compared_cues=frozenset({"que el del", "que la del", "como el del", "como la del", "al del", "a la del"}),
    interval_nouns=frozenset({"minutos", "horas", "días", "semanas", "meses"}),
    after_words=frozenset({"después"}),
    population_quantifiers=frozenset(
        {"la mayoría de los", "la mayoría de las", "muchos de los", "muchas de las", "parte de los", "parte de las"}
    ),
    auxiliaries=frozenset({"ha", "han", "había", "habían", "también"}),
    adjective_after_noun=True,
    singular_metric_nouns=frozenset({"muerto", "herido", "fallecido", "desaparecido", *more.SINGULAR_METRIC}),
    change_verbs=_words("pasó pasado aumentó subió creció"),
    from_words=frozenset({"de"}),
    to_words=frozenset({"a"}),
    raise_verbs=_words(
        "eleva elevan elevó elevaron elevado elevando elevar "
        # verbs that put or lower a total at a figure: "cifró en 198 los muertos", "redujo a 56 la cifra de …"
        "cifró cifra cifran cifraron cifrado redujo reduce reducen reducido estima estimó estiman"
        # "el balance sitúa los heridos en 1.178", "que sitúan en más de 31.600 el número de fallecidos"
        " sitúa sitúan situó situaron situado"
    ),
    at_words=frozenset({"en"}),
    pro_verbs=_phrases("lo hicieron | lo han hecho | lo hizo | lo ha hecho | lo habían hecho | lo hacen"),
    place_preps=frozenset({"en"}),
    source_place_preps=frozenset({"en"}),  # "el Ministerio de Sanidad en Gaza"
    source_verbs=frozenset({"escribió", "escribe"}),  # "escribió el alcalde en su cuenta de Facebook"
    object_markers=frozenset({"a"}),
    when_words=frozenset({"cuando"}),
    care_verbs=_words("trasladados trasladadas trasladado trasladada llevados llevadas atendidos atendidas"),
    victim_nouns=frozenset({"víctimas"}),
    care_places=_words("hospital hospitales clínica clínicas urgencias hospitalarios hospitalario"),
    participle_reach=5,
    coordinators=frozenset({"y", "e"}),
    exceed_verbs=_words("supera superan superó superaron superaba superaban rebasa rebasan sobrepasa sobrepasan"),
    # "hace 20 años" for any number of years, not only the ones listed among the cues above
    ago_before=frozenset({"hace"}),
    ago_after=frozenset({"años", "décadas"}),
    other_event_openers=_phrases("horas antes | días antes | semanas antes | meses antes"),
    another_words=frozenset({"otro", "otra", *more.ANOTHER}),
    severity_words=_words("graves grave leves leve críticos crítico críticas crítica gravísimos"),
    possessives=frozenset({"su", "sus", "nuestros", "nuestras"}),
    count_nouns=frozenset({"número", "cifra", "saldo", "balance", "lista"}),
)
