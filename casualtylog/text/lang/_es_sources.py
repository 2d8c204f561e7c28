"""Spanish sources and attribution: titles, verbs of saying, the heads of a source's name, report
words, channels and statements.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "CHANNELS",
    "REPORT_WORDS",
    "SAID_VERBS",
    "SOURCE_HEADS",
    "SOURCE_VERBS",
    "STATEMENT_PHRASES",
    "TITLES",
]


TITLES = frozenset(
    [
        *("alcalde", "gobernador", "ministro", "presidente", "portavoz", "jefe", "responsable", "director"),
        *more.TITLES,
        # Session 10 (attr10): more offices and feminine forms, so the person after them is the source (titles
        # only: ``more.TITLES`` are source heads too, these are not).
        *("secretaria", "subsecretaria", "gobernadora", "directora", "presidenta", "jefa", "consejero", "consejera"),
        *("delegado", "delegada", "vocero", "vocera", "coordinador", "coordinadora", "comisario", "comisaria"),
        *("embajador", "embajadora", "coronel", "viceministro", "viceministra", "canciller", "intendente"),
        # Session 20 (attr21): "el alto comisionado de la ONU para los Derechos Humanos, Zeid Ra'ad Al Husein"
        *("comisionado", "comisionada"),
    ]
)

SAID_VERBS = _words(
    "dijo dice afirmó informó informa declaró señaló indicó confirmó precisó aseguró añadió "
    "informado dicho confirmado señalado indicado asegurado afirmado precisado explicó detalló agregó informaron "
    "añadiendo agregando " + more.SAID
)

SOURCE_HEADS = _words(
    "policía ministerio ministro ejército autoridades gobernador alcalde portavoz hospital bomberos gobierno "
    "presidente rescatistas funcionarios protección civil salud onu administración "
    "defensa fuerza aérea servicio emergencias fuentes responsable instituto medio " + more.HEADS
)

REPORT_WORDS = _words("primeras informaciones datos cifras " + more.REPORTS)

CHANNELS = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "televisión": "television",
    # Session 22 (attr23): the platforms are named alike in every language ("erklärten via Instagram", "via un
    # communiqué sur WhatsApp"): the via (the guide: de-72b84837-2, fr-a1408292-4).
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
}

STATEMENT_PHRASES = {"en un comunicado": "statement", "en una rueda de prensa": "press conference"}

#: The verbs of saying only attribution reads (``source_verbs``; moved here from the language module in session
#: 10). Session 10 (attr10): more of them, each form news writes
#: ("The ministry explained that …", "señala el ministerio", "betonte die Polizei"); verbs whose object may be the
#: count itself or a cause ("claimed 12 lives", "gab es 12 Tote") are left out.
SOURCE_VERBS = (
    frozenset({"escribió", "escribe", "estimó", "estiman", "estimaron", "calculó", "confirmaron", "confirman"})
    | frozenset(
        [
            "señala",
            "afirma",
            "indica",
            "confirma",
            "explica",
            "asegura",
            "precisa",
            "detalla",
            "añade",
            "agrega",
            "declara",
            "anuncia",
            "reporta",
            "manifestó",
            "destacó",
            "subrayó",
            "apuntó",
            "sostuvo",
            "admitió",
            "reconoció",
            "expresó",
        ]
    )
    | frozenset(
        # the plural present and past: "las autoridades dijeron", "les autorités indiquent", "officials confirm"
        [
            "apuntan",
            "apunta",
            "señalan",
            "indican",
            "afirman",
            "aseguran",
            "explican",
            "precisan",
            "informan",
            "detallan",
            "añaden",
            "agregan",
            "dicen",
            "declaran",
            "reportan",
            "añadieron",
            "agregaron",
            "dijeron",
            "declararon",
        ]
    )
    # Session 11 (attr11): "el hospital habló de siete muertos", a source's figure of its own
    | frozenset(["habló", "hablaron", "habla", "hablan"])
)


# The imperfect of the verbs of saying reports as the preterite does ("No hay ningún agente herido”, confirmaba la
# Oficina del Sheriff"): a closing attribution and its source
_SAID_STEMS = ("confirm", "inform", "señal", "indic", "explic", "precis", "asegur", "detall")
SAID_VERBS = SAID_VERBS | frozenset(stem + end for stem in _SAID_STEMS for end in ("aba", "aban"))
