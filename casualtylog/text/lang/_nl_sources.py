"""Dutch sources and attribution: titles, verbs of saying, the heads of a source's name, report words,
channels, statements and denials.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); nl.py assembles the language. Moved verbatim from nl.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _nl_shapes as nl6

__all__ = [
    "CHANNELS",
    "DENIAL_CUES",
    "REPORT_WORDS",
    "SAID_VERBS",
    "SOURCE_HEADS",
    "SOURCE_VERBS",
    "STATEMENT_PHRASES",
    "TITLES",
]


TITLES = frozenset(
    [
        "burgemeester",
        "gouverneur",
        "minister",
        "president",
        "premier",
        "woordvoerder",
        "woordvoerster",
        "hoofd",
        "commandant",
        "leider",  # and its compounds: "legerleider Dudung Abdurachman"
        # Session 10 (attr10): more offices and feminine forms, so the person after them is the source.
        "directeur",
        "voorzitter",
        "commissaris",
        "wethouder",
        "gedeputeerde",
        "officier",
        "korpschef",
        "kolonel",
        "generaal",
        # Session 19 (attr20): the offices French and Spanish read as titles ("responsable", "administrateur",
        # "fonctionnaire"), so the person after them is the source ("de bestuurder van het gebied Beni, Donat Kibwana").
        "bestuurder",
        "verantwoordelijke",
        "functionaris",
    ]
)

SAID_VERBS = frozenset(
    [
        "zei",
        "zegt",
        "zeggen",
        "zeiden",
        "meldde",
        "meldt",
        "melden",
        "meldden",
        "schreef",
        "schrijft",
        "bevestigde",
        "bevestigt",
        "verklaarde",
        "verklaart",
        "twitterde",
        "liet",
        "laat",
        "maakte",
        "maakt",
        "bekendgemaakt",
        "meldden",
    ]
)

SOURCE_HEADS = (
    frozenset(
        [
            "politie",
            "autoriteiten",
            "hulpdiensten",
            "ministerie",
            "burgemeester",
            "gouverneur",
            "leger",
            "luchtmacht",
            "woordvoerder",
            "woordvoerster",
            "artsen",
            "ziekenhuis",
            "brandweer",
            "bestuur",
            "regering",
            "minister",
            "president",
            "reddingswerkers",
            "functionarissen",
            "overheid",
            "stadsbestuur",
            "militaire",
            "regionale",
            "lokale",
            "stedelijke",
            "media",
            "functionaris",
            "stadsambtenaren",
            "organisatie",
        ]
    )
    | nl6.COMPOUND_SOURCE_HEADS
)

REPORT_WORDS = frozenset(
    [
        "eerdere",
        "berichten",
        "bericht",
        "cijfers",
        "gegevens",
        "voorlopige",
        "eerste",
        "laatste",
        "nieuwe",
        "rapport",
        "verklaring",
        # Session 18 (attr18): "volgens een nieuwe slachtofferbalans die … werd meegedeeld door" (compounds end in it)
        "balans",
        "van",
        "door",
    ]
)

CHANNELS = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tv": "TV",
    "televisie": "television",
    "radio": "radio",
    # Session 22 (attr23): the platforms are named alike in every language ("erklärten via Instagram", "via un
    # communiqué sur WhatsApp"): the via (the guide: de-72b84837-2, fr-a1408292-4).
    "whatsapp": "WhatsApp",
}

STATEMENT_PHRASES = {
    "in een verklaring": "statement",
    "in een officiële verklaring": "statement",
    "op een persconferentie": "press conference",
    "in een videoboodschap": "video address",
}

DENIAL_CUES = frozenset(
    [
        "ontkende",
        "ontkenden",
        "ontkent",
        "ontkennen",
        "ontkend",
        "onwaar",
        "onjuist",
        "niet waar",
        "niet juist",
        "verwierp",
        "verwierpen",
        "verwerpt",
        "weerlegde",
        "weerlegd",
        "nepnieuws",
        "gefabriceerd",
        "verzonnen",
        "desinformatie",
    ]
)

#: The verbs of saying only attribution reads (``source_verbs``; moved here from the language module in session
#: 10). Session 10 (attr10): more of them, each form news writes
#: ("The ministry explained that …", "señala el ministerio", "betonte die Polizei"); verbs whose object may be the
#: count itself or a cause ("claimed 12 lives", "gab es 12 Tote") are left out.
SOURCE_VERBS = (
    frozenset({"schat", "schatte", "schatten", "lieten"})
    | frozenset(
        [
            "stelt",
            "stelde",
            "benadrukt",
            "benadrukte",
            "rapporteert",
            "rapporteerde",
            "waarschuwt",
            "waarschuwde",
            "deelt",
            "deelde",
            "voegde",
            "voegt",
        ]
    )
    | frozenset(
        # the plural present and past: "las autoridades dijeron", "les autorités indiquent", "officials confirm"
        [
            "bevestigen",
            "bevestigden",
            "verklaren",
            "verklaarden",
            "schrijven",
            "schreven",
            "stellen",
            "stelden",
            "laten",
        ]
    )
    # Session 11 (attr11): "het ziekenhuis spreekt van zeven doden", a source's figure of its own
    | frozenset(["spreekt", "spreken", "sprak", "spraken"])
    # Session 11 (attr11): the plural present and past of "melden" ("de gezondheidsdiensten melden dat")
    | frozenset(["melden", "meldden"])
)
