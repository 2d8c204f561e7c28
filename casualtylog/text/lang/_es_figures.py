"""Spanish figures: number words, qualifiers, vague and approximate numbers, and the words around a
number that make it no count (units, a building's capacity).

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang._guide_round_words import ROUND_QUALIFIERS, ROUND_VAGUE
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "APPROX_NOUNS",
    "NON_COUNT_AFTER",
    "NON_COUNT_BEFORE",
    "QUALIFIERS",
    "SHELTER_CUES",
    "TENS",
    "UNITS",
    "VAGUE_WORDS",
]


UNITS = {
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
}

TENS = {
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
}

QUALIFIERS = {
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
}

VAGUE_WORDS = {
    "decenas": "tens",
    "docenas": "dozens",
    "varias decenas": "tens",
    "cientos": "hundreds",
    "centenares": "hundreds",
    "miles": "thousands",
    "decenas de miles": "tens of thousands",
    "varios": "several",
    "varias": "several",
}

APPROX_NOUNS = {
    "docena": 12,
    "decena": 10,
    "veintena": 20,
    "treintena": 30,
    "centenar": 100,
    "millar": 1000,
    **more.APPROX,
}

NON_COUNT_BEFORE = _words("edad número nº línea vuelo artículo página")

NON_COUNT_AFTER = _words(
    "% por ciento km kilómetros metros m años año días día horas hora minutos semanas meses mes euros dólares "
    "grados veces pisos millones familias hogares viviendas casas provincias municipios departamentos "
    "regiones localidades comunas edificios escuelas "
    # units of rain, land, weight and time: "dejó 200 litros por metro cuadrado" is rain, not a toll
    "litros hectáreas segundos kilos kilogramos toneladas milímetros centímetros"
) - {"millones"}

SHELTER_CUES = frozenset(
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
)
# "Many" as a vague count: "había “múltiples heridos” en el tiroteo" (es-77babe63-5), as "varios heridos" is
VAGUE_WORDS = {**VAGUE_WORDS, "múltiples": "several"}

# The qualifiers and vague counts the guide's rounds 13-15 decided (lang/_guide_round_words.py)
QUALIFIERS = {**QUALIFIERS, **ROUND_QUALIFIERS["es"]}
VAGUE_WORDS = {**VAGUE_WORDS, **ROUND_VAGUE["es"]}
