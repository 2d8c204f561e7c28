"""French sources and attribution: titles, verbs of saying, the heads of a source's name, report words,
channels and statements.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

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
        # Session 10 (attr10): more offices and feminine forms, so the person after them is the source.
        "présidente",
        "directrice",
        "procureure",
        "préfète",
        "colonel",
        "général",
        "commissaire",
        "ambassadeur",
        "ambassadrice",
        "administrateur",
        "coordinateur",
        "coordonnateur",
    ]
)

SAID_VERBS = _words(
    "a déclaré déclaré a indiqué indiqué a annoncé annoncé a affirmé affirmé a précisé précisé "
    "a rapporté rapporté a ajouté ajouté a dit dit selon annonce indique déclare affirme précise "
    "annoncent expliqué écrit signalé rapportent confirmé révélé ajoutant évoquant "
    # "a fait savoir la défense civile", "a assuré ce vendredi", "les autorités dénombraient 17 morts"
    "savoir assuré assure dénombrent dénombraient dénombrait recensent recensaient"
    # Session 20, round 2 (attr22): the rest of the two counting verbs' forms news writes, the subject before them
    # ("la préfecture de Haute-Garonne recense 2 442 blessés", "le BNGRC recensait", "le projet ACLED a recensé").
    " recense recensait recensé dénombre dénombré"
) - {"a", "selon"}

SOURCE_HEADS = _words(
    "police ministère ministre armée autorités gouverneur maire porte-parole hôpital pompiers gouvernement "
    "président secouristes responsables protection civile santé onu ocha administration militaire régionale "
    "défense services secours urgence préfecture responsable forces air garde-côtes gendarmerie mairie parquet "
    "procureur préfet secrétaire capitaine commandant commission mission bureau agence"
)

REPORT_WORDS = _words(
    "premières informations bilan des derniers de chiffres données rapport décompte estimations communiqué"
)

CHANNELS = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "télévision": "television",
    # Session 22 (attr23): the platforms are named alike in every language ("erklärten via Instagram", "via un
    # communiqué sur WhatsApp"): the via (the guide: de-72b84837-2, fr-a1408292-4).
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
}

STATEMENT_PHRASES = {"dans un communiqué": "statement", "lors d' une conférence de presse": "press conference"}

#: The verbs of saying only attribution reads (``source_verbs``; moved here from the language module in session
#: 10). Session 10 (attr10): more of them, each form news writes
#: ("The ministry explained that …", "señala el ministerio", "betonte die Polizei"); verbs whose object may be the
#: count itself or a cause ("claimed 12 lives", "gab es 12 Tote") are left out.
SOURCE_VERBS = (
    _words("souligné souligne estimé estime estiment")
    | frozenset(
        [
            "rapporte",
            "ajoute",
            "confirme",
            "explique",
            "signale",
            "révèle",
            "communiqué",
            "relevé",
            "noté",
            "averti",
            "martelé",
            "insisté",
            "détaillé",
            "détaille",
        ]
    )
    | frozenset(
        # the plural present and past: "las autoridades dijeron", "les autorités indiquent", "officials confirm"
        [
            "indiquent",
            "affirment",
            "précisent",
            "expliquent",
            "ajoutent",
            "confirment",
            "déclarent",
            "assurent",
            "signalent",
            "évoque",
            "évoquent",
            "prédit",
        ]
    )
    # Session 11 (attr11): "le gouvernement avance un bilan de trois morts"
    | frozenset(["avance", "avancent"])
)


# The imperfect of the verbs of saying reports as the past does ("…, indiquait la préfecture"): a closing
# attribution and its source
_SAID_STEMS = ("confirm", "indiqu", "précis", "expliqu", "affirm", "déclar")
SAID_VERBS = SAID_VERBS | frozenset(stem + end for stem in _SAID_STEMS for end in ("ait", "aient"))
