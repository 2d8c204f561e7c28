"""English sources and attribution: titles, verbs of saying, the heads of a source's name, report
words, channels, statements and denials.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _en_words as words

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
        "mayor",
        "governor",
        "minister",
        "president",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "head",
        "commander",
        "secretary",
        "general",
        "broadcaster",
        "director",
        "sheriff",
        "resident",
        "administrator",
        "coordinator",
        "commissioner",
        "superintendent",
        "inspector",
        "captain",
        "colonel",
        "lieutenant",
        "sergeant",
        "officer",
        "chairman",
        "chairwoman",
        "maj",
        "capt",
        # Session 10 (attr10): more offices and feminine forms, so the person after them is the source.
        "prosecutor",
        "ambassador",
        "envoy",
        "coroner",
        "chancellor",
        # Session 22 (attr23): offices written before a person's name in news ("Kerrville City Manager Dalton Rice
        # told", "Erie County Executive Mark Poloncarz said"): the person after them is the source, as the guide
        # names a person (without the title). "official" is no title ("official sources"): a head before names,
        # read by casualtylog.text._title_persons.
        "manager",
        "executive",
        "magistrate",
        "collector",
        "boss",
        "adviser",
        "advisor",
    ]
)

SAID_VERBS = (
    frozenset(
        [
            "said",
            "says",
            "say",
            "wrote",
            "writes",
            "reported",
            "reports",
            "announced",
            "announces",
            "posted",
            "posts",
            "told",
            "confirmed",
            "confirms",
            "stated",
            "states",
            "added",
            "tweeted",
            "warned",
            "estimated",
            "put",
            "puts",
            "noted",
            "suggest",
            "suggests",
            "reporting",
        ]
    )
    | words.MORE_SAID_VERBS
)

SOURCE_HEADS = (
    frozenset(
        [
            "police",
            "officials",
            "official",
            "authorities",
            "rescuers",
            "services",
            "service",
            "ministry",
            "governor",
            "mayor",
            "military",
            "army",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "doctors",
            "medics",
            "hospital",
            "administration",
            "force",
            "agency",
            "office",
            "prosecutors",
            "minister",
            "president",
            "commander",
            "chief",
            "head",
            "emergency",
            "air",
            "city",
            "regional",
            "local",
            "state",
            "health",
            "interior",
            "defence",
            "defense",
            "national",
            "ukrainian's",
            "military's",
            "media",
            "group",
            "outlets",
            "people",
            "monitor",
            "center",
            "centre",
            "government",
            "broadcaster",
            "command",
            "department",
            "authority",
            "council",
        ]
    )
    | words.MORE_SOURCE_HEADS
)

REPORT_WORDS = (
    frozenset(
        [
            "earlier",
            "reports",
            "report",
            "figures",
            "data",
            "preliminary",
            "initial",
            "latest",
            "new",
            "official",
            "statement",
            "from",
            "by",
            "of",
        ]
    )
    | words.MORE_REPORT_WORDS
)

CHANNELS = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tv": "TV",
    "television": "television",
    "radio": "radio",
    # Session 22 (attr23): the platforms are named alike in every language ("erklärten via Instagram", "via un
    # communiqué sur WhatsApp"): the via (the guide: de-72b84837-2, fr-a1408292-4).
    "whatsapp": "WhatsApp",
}

STATEMENT_PHRASES = {
    "in a statement": "statement",
    "in an official statement": "statement",
    "at a press conference": "press conference",
    "in a video address": "video address",
    "in a telegram post": "Telegram",
}

DENIAL_CUES = frozenset(
    [
        "denied",
        "denies",
        "deny",
        "denying",
        "false",
        "not true",
        "untrue",
        "rejected reports",
        "rejected claims",
        "rejects reports",
        "rejects claims",
        "dismissed reports",
        "dismissed claims",
        # Session 11 (en12): a single report rejected ("The ministry rejected a report that 15 soldiers were killed")
        "rejected a report",
        "rejected the report",
        "dismissed a report",
        "refuted",
        "refutes",
        "fake",
        "fabricated",
        "baseless",
        "disinformation",
        "misinformation",
        "debunked",
    ]
)

#: The verbs of saying only attribution reads (``source_verbs``; moved here from the language module in session
#: 10). Session 10 (attr10): more of them, each form news writes
#: ("The ministry explained that …", "señala el ministerio", "betonte die Polizei"); verbs whose object may be the
#: count itself or a cause ("claimed 12 lives", "gab es 12 Tote") are left out.
SOURCE_VERBS = (
    frozenset({"estimated", "estimates", "acknowledged"})
    | frozenset(
        [
            "indicated",
            "indicates",
            "disclosed",
            "explained",
            "explains",
            "insisted",
            "stressed",
            "declared",
            "asserted",
            "maintained",
            "detailed",
            "specified",
            "clarified",
        ]
    )
    | frozenset(
        # the plural present and past: "las autoridades dijeron", "les autorités indiquent", "officials confirm"
        ["report", "confirm", "announce", "estimate", "explain", "add"]
    )
)
