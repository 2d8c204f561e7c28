"""Spanish words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang._schema import LanguageData

__all__ = ["LANGUAGE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


LANGUAGE = LanguageData(
    code="es",
    function_words=_words(
        "el la los las del y en que por con para una uno al se su sus fue fueron han ha según muertos "
        "heridos personas murieron menos como más este esta"
    ),
    units={
        "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
        "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintiún": 21,
        "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
        "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    },
    tens={
        "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
        "noventa": 90, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
        "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
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
        "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least", "no menos de": "at_least",
        "más de": "more_than", "hasta": "at_most", "como máximo": "at_most", "menos de": "fewer_than",
        "unos": "about", "unas": "about", "alrededor de": "about", "aproximadamente": "about", "cerca de": "about",
        "casi": "about", "en torno a": "about", "cerca": "about", "entre": "between",
    },
    suffix_qualifiers={"o más": "at_least", "+": "at_least"},
    range_joiners=frozenset({"a", "-", "–", "—"}),
    between_joiners=frozenset({"y"}),
    vague_words={
        "decenas": "dozens", "docenas": "dozens", "una docena": "a dozen", "cientos": "hundreds",
        "centenares": "hundreds", "miles": "thousands", "decenas de miles": "tens of thousands", "varios": "several",
        "varias": "several",
    },
    vague_links=frozenset({"de"}),
    people_nouns=_words(
        "personas gente habitantes residentes pasajeros víctimas individuos otros otras fieles pacientes "
        "trabajadores peatones vidas"
    ),
    group_nouns={
        "niños": "children", "niñas": "children", "menores": "children", "mujeres": "women", "hombres": "men",
        "civiles": "civilians", "soldados": "soldiers", "militares": "soldiers", "rescatistas": "rescuers",
        "socorristas": "rescuers", "bomberos": "rescuers", "periodistas": "journalists", "policías": "police",
        "agentes": "police", "combatientes": "fighters", "rebeldes": "fighters", "migrantes": "migrants",
    },
    weapon_nouns={"misiles": "missiles", "misil": "missiles", "cohetes": "missiles", "drones": "drones", "dron": "drones"},
    weapon_adjectives=_words("balísticos de crucero rusos shahed iskander kalibr hipersónicos ataque"),
    body_nouns=frozenset({"cuerpos", "cadáveres"}),
    metric_nouns={
        "muertos": "killed", "muertes": "killed", "fallecidos": "killed", "víctimas mortales": "killed",
        "heridos": "injured", "lesionados": "injured", "desaparecidos": "missing", "desplazados": "displaced",
    },
    predicates={
        "murieron": "killed", "muertos": "killed", "muertas": "killed", "muerto": "killed", "fallecieron": "killed",
        "fallecidos": "killed", "asesinados": "killed", "asesinadas": "killed", "perdieron la vida": "killed",
        "han muerto": "killed", "heridos": "injured", "heridas": "injured", "resultaron heridos": "injured",
        "resultaron heridas": "injured", "lesionados": "injured", "desaparecidos": "missing",
        "detenidos": "detained", "arrestados": "detained", "evacuados": "evacuated", "rescatados": "rescued",
        "desplazados": "displaced",
    },
    gap_words=_words(
        "fueron han sido han habían están estaban resultaron quedaron también ya gravemente levemente "
        "presuntamente murieron"
    ) - {"murieron"},
    active_verbs={
        "mató": "killed", "mataron": "killed", "matando": "killed", "dejó": "killed", "dejando": "killed",
        "causó": "killed", "hirió": "injured", "hiriendo": "injured", "evacuaron": "evacuated", "detuvo": "detained",
    },
    launch_verbs=frozenset({"lanzó", "lanzaron", "lanzados", "lanzadas", "disparó", "dispararon", "con"}),
    intercept_verbs=frozenset({"interceptó", "interceptados", "interceptaron", "derribó", "derribados", "derribaron", "destruyó", "neutralizados"}),
    toll_nouns={
        "balance": "killed", "cifra de muertos": "killed", "número de muertos": "killed", "número de víctimas": "killed",
        "cifra de fallecidos": "killed", "número de fallecidos": "killed", "número de heridos": "injured",
        "cifra de heridos": "injured", "número de desaparecidos": "missing",
    },
    toll_cues={
        "ascendió a": "update", "asciende a": "update", "aumentó a": "update", "subió a": "update", "se elevó a": "update",
        "se eleva a": "update", "llegó a": "update", "alcanzó": "update", "alcanza": "update", "a": "update",
        "de": "static", "es de": "static", "era de": "static", ":": "static", "podría ascender a": "projected",
        "podría aumentar a": "projected",
    },
    toll_gap_words=frozenset(),
    increment_before=_phrases("otros | otras"),
    increment_after=frozenset({"más"}),
    weak_increment_before=frozenset(),
    of_words=_phrases("de | de los | de las"),
    of_them=_phrases("de ellos | de ellas"),
    group_cues=_phrases("entre ellos | entre ellas | incluidos | incluidas | entre los que | entre las que | de los cuales"),
    among_the=_phrases("entre los"),
    zero_words=frozenset({"ningún", "ninguna", "sin"}),
    nobody_words=frozenset({"nadie"}),
    negations=_words("no nunca ningún"),
    boundaries=_words("y pero mientras cuando porque aunque donde tras"),
    update_cues=_words("ya ahora"),
    projected_cues=_phrases("se teme | temen | podría | podrían | probablemente"),
    preliminary_cues=_phrases("provisional | balance provisional | primeras informaciones | preliminar"),
    said_verbs=_words("dijo dice afirmó informó informa declaró señaló indicó confirmó precisó aseguró añadió"),
    according_to=_phrases("según | de acuerdo con"),
    postposed_according=frozenset(),
    source_heads=_words(
        "policía ministerio ministro ejército autoridades gobernador alcalde portavoz hospital bomberos gobierno "
        "presidente rescatistas funcionarios protección civil salud onu administración"
    ),
    report_words=_words("primeras informaciones datos cifras"),
    name_connectors=_phrases("de | del | la | los | las | y"),
    determiners=_words("el la los las un una"),
    channel_preps=_words("en a través"),
    channels={"telegram": "Telegram", "x": "X", "twitter": "Twitter", "facebook": "Facebook", "televisión": "television"},
    statement_phrases={"en un comunicado": "statement", "en una rueda de prensa": "press conference"},
    non_count_before=_words("edad número nº línea vuelo artículo página"),
    non_count_after=_words(
        "% por ciento km kilómetros metros m años año días día horas hora minutos semanas meses mes euros dólares "
        "grados veces pisos millones"
    ) - {"millones"},
    months=_words("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre"),
    denial_cues=_phrases("desmintió | desmiente | negó | niega | falso | desinformación"),
    conditional_cues=_phrases("si | en caso de"),
    conditional_exceptions=frozenset(),
    other_event_cues=_phrases("el año pasado | el mes pasado | hace un año | anterior ataque"),
)
