"""German sources and attribution: titles, verbs of saying, "according to", the heads of a source's
name and channels.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "ACCORDING_TO",
    "CHANNELS",
    "SAID_VERBS",
    "SAYING_PHRASES",
    "SOURCE_HEADS",
    "SOURCE_VERBS",
    "TITLES",
]


TITLES = frozenset(
    [
        "bürgermeister",
        "gouverneur",
        "minister",
        "präsident",
        "sprecher",
        "sprecherin",
        # Feminine titles: a compound ends in them ("Ministerpräsidentin Malu Dreyer").
        "präsidentin",
        "bürgermeisterin",
        "ministerin",
        "gouverneurin",
        "chef",
        "chefs",  # genitive: "nach Angaben des Chefs der Militärverwaltung, Oleh Synjehubow"
        "leiter",
        "verwalter",
        # Session 10 (attr10): more offices and feminine forms, so the person after them is the source.
        "direktor",
        "direktorin",
        "leiterin",
        "kommandant",
        "kommandeur",
        "staatsanwalt",
        "staatsanwältin",
        "landrat",
        "landrätin",
        "botschafter",
        "vorsitzende",
        "vorsitzender",
    ]
)

SAID_VERBS = _words(
    "sagte sagt sagten erklärte erklärt teilte teilt meldete meldet berichtete berichtet schrieb bestätigte "
    "mitteilte mitgeteilt berichten meldeten erklärten"
)

ACCORDING_TO = _phrases(
    "laut | nach angaben | nach angaben von | nach angaben des | nach angaben der | zufolge"
    # "Laut Angaben der Armee": the source is whose statements they are, not the statements.
    " | laut angaben | laut angaben von | laut angaben des | laut angaben der"
    # Session 10 (attr10): "Nach jüngsten Angaben der Polizei": an adjective before the statements.
    " | nach jüngsten angaben | nach neuesten angaben | nach ersten angaben | nach offiziellen angaben"
    " | nach vorläufigen angaben | nach bisherigen angaben"
    # Session 18 (attr18): the same with the adjectives news writes most ("Nach aktuellen Angaben der
    # Gesundheitsbehörden"); "nach eigenen Angaben" names the subject, not what follows, and stays out.
    " | nach aktuellen angaben | nach letzten angaben | nach neuen angaben | nach amtlichen angaben"
    # Session 11 (de12): the source compounded with its statements ("nach Behördenangaben", "nach Polizeiangaben")
    " | nach behördenangaben | nach polizeiangaben | nach regierungsangaben | nach armeeangaben | nach un-angaben"
)

SOURCE_HEADS = _words(
    "polizei ministerium armee militär behörden gouverneur bürgermeister sprecher sprecherin regierung "
    "präsident krankenhaus feuerwehr rettungsdienst verwaltung luftwaffe luftabwehr zivilschutz streitkräfte "
    "militärverwaltung gebietsverwaltung behörde nachrichtenagentur generalstab medien"
    # Genitive heads after "nach Angaben des/der" with an adjective before them ("des israelischen Militärs").
    " militärs ministeriums gesundheitsministeriums"
)

CHANNELS = {
    "telegram": "Telegram",
    "x": "X",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "fernsehen": "television",
    # Session 22 (attr23): the platforms are named alike in every language ("erklärten via Instagram", "via un
    # communiqué sur WhatsApp"): the via (the guide: de-72b84837-2, fr-a1408292-4).
    "instagram": "Instagram",
    "whatsapp": "WhatsApp",
}

#: The verbs of saying only attribution reads (``source_verbs``; moved here from the language module in session
#: 10). Session 10 (attr10): more of them, each form news writes
#: ("The ministry explained that …", "señala el ministerio", "betonte die Polizei"); verbs whose object may be the
#: count itself or a cause ("claimed 12 lives", "gab es 12 Tote") are left out.
SOURCE_VERBS = (
    _words(
        "mitteilt mitteilen schreibt spricht sprechen sprach sprachen schätzt schätzte bezifferte beziffert berichteten"
    )
    | frozenset(
        ["bestätigt", "betonte", "betont", "informierte", "warnte", "ergänzte", "verkündete", "verkündet", "fügte"]
    )
    | frozenset(
        # the plural present and past: "las autoridades dijeron", "les autorités indiquent", "officials confirm"
        ["bestätigten", "betonten", "schrieben", "teilten"]
    )
    # Session 11 (attr11): more plural pasts ("wie die Behörden mitteilten", "die Behörden bezifferten")
    | frozenset(["mitteilten", "bezifferten", "meldeten", "erklärten", "sagten"])
)

#: Session 18 (attr18): "bekannt geben" ("to announce"), a verb of saying in two words, in every order news writes
#: it ("Die Polizei gab bekannt", "wie die Polizei bekannt gab", "hat die Polizei bekannt gegeben"); "gab" alone
#: is "es gab" (there was) and stays out. Read by attribution only (``saying_phrases``).
SAYING_PHRASES = frozenset(
    {f"{v} bekannt" for v in ("gab", "gaben", "gibt", "geben")} | {f"bekannt {v}" for v in ("gab", "gaben", "gegeben")}
)
