"""German words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang._schema import LanguageData

__all__ = ["LANGUAGE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


LANGUAGE = LanguageData(
    code="de",
    weekdays=frozenset(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]),
    citing=frozenset(["unter berufung auf"]),
    titles=frozenset(
        [
            "bürgermeister",
            "gouverneur",
            "minister",
            "präsident",
            "sprecher",
            "sprecherin",
            "chef",
            "leiter",
            "verwalter",
        ]
    ),
    confirmed_cues=frozenset(["bestätigt", "bestätigte", "bestätigten", "verifiziert"]),
    others_words=frozenset(["weitere", "andere"]),
    year_preps=frozenset(["im"]),
    subject_reach=10,
    plural_endings=("en", "er", "e", "n", "s"),
    function_words=_words(
        "der die das den dem des und ist sind wurden wurde nach bei mit von auf für nicht ein eine einem einer "
        "sich auch laut mindestens menschen getötet verletzt ums leben kamen sagte"
    ),
    units={
        "null": 0,
        "eins": 1,
        "ein": 1,
        "eine": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
    },
    tens={
        "zwanzig": 20,
        "dreißig": 30,
        "dreissig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
    },
    scales={"hundert": 100, "tausend": 1000, "million": 1_000_000, "millionen": 1_000_000},
    number_joiners=frozenset({"und"}),
    unit_before_tens=True,
    ambiguous_number_words=frozenset({"ein", "eine", "einem", "einer", "einen"}),
    grouping=". \u00a0\u202f",
    decimal=",",
    million_words={"million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000},
    qualifiers={
        "mindestens": "at_least",
        "wenigstens": "at_least",
        "zumindest": "at_least",
        "mehr als": "more_than",
        "über": "more_than",
        "gut": "more_than",
        "bis zu": "at_most",
        "höchstens": "at_most",
        "maximal": "at_most",
        "weniger als": "fewer_than",
        "unter": "fewer_than",
        "etwa": "about",
        "rund": "about",
        "ungefähr": "about",
        "circa": "about",
        "ca": "about",
        "fast": "about",
        "knapp": "about",
        "beinahe": "about",
        "schätzungsweise": "about",
        "nahezu": "about",
        "zwischen": "between",
    },
    suffix_qualifiers={"oder mehr": "at_least", "+": "at_least"},
    range_joiners=frozenset({"bis", "oder", "-", "–", "—"}),
    between_joiners=frozenset({"und"}),
    vague_words={
        "dutzende": "dozens",
        "dutzenden": "dozens",
        "hunderte": "hundreds",
        "hunderten": "hundreds",
        "tausende": "thousands",
        "tausenden": "thousands",
        "zehntausende": "tens of thousands",
        "mehrere": "several",
        "einige": "a few",
    },
    vague_links=frozenset(),
    people_nouns=_words(
        "menschen personen einwohner bewohner passagiere opfer andere zivilpersonen leute insassen patienten "
        "arbeiter fußgänger"
    ),
    group_nouns={
        "kinder": "children",
        "kind": "children",
        "minderjährige": "children",
        "frauen": "women",
        "frau": "women",
        "männer": "men",
        "zivilisten": "civilians",
        "zivilistinnen": "civilians",
        "soldaten": "soldiers",
        "einsatzkräfte": "rescuers",
        "rettungskräfte": "rescuers",
        "helfer": "rescuers",
        "journalisten": "journalists",
        "polizisten": "police",
        "kämpfer": "fighters",
    },
    weapon_nouns={
        "raketen": "rockets",
        "rakete": "rockets",
        "marschflugkörper": "missiles",
        "flugkörper": "missiles",
        "drohnen": "drones",
        "drohne": "drones",
        "kampfdrohnen": "drones",
        "shahed-drohnen": "drones",
    },
    weapon_adjectives=_words("ballistische russische iranische shahed iskander kalibr kinschal hyperschall feindliche"),
    body_nouns=frozenset({"leichen", "leiche"}),
    metric_nouns={
        "todesopfern": "killed",
        "tote": "killed",
        "toten": "killed",
        "todesopfer": "killed",
        "verletzte": "injured",
        "verletzten": "injured",
        "verwundete": "injured",
        "verwundeten": "injured",
        "vermisste": "missing",
        "vermissten": "missing",
    },
    predicates={
        "in notunterkünfte gebracht": "displaced",
        "in notunterkünften untergebracht": "displaced",
        "getötet": "killed",
        "ums leben": "killed",
        "ums leben gekommen": "killed",
        "gestorben": "killed",
        "starben": "killed",
        "tot": "killed",
        "umgekommen": "killed",
        "verletzt": "injured",
        "verwundet": "injured",
        "schwer verletzt": "injured",
        "leicht verletzt": "injured",
        "vermisst": "missing",
        "festgenommen": "detained",
        "verhaftet": "detained",
        "evakuiert": "evacuated",
        "gerettet": "rescued",
        "vertrieben": "displaced",
        "verletzt worden": "injured",
        "getötet worden": "killed",
        "betroffen": "affected",
    },
    gap_words=_words(
        "wurden wurde sind ist waren war seien sei kamen kam haben hat auch bereits inzwischen nun dabei "
        "schwer leicht lebensgefährlich mutmaßlich vermutlich worden noch"
    ),
    active_verbs={
        "tod von": "killed",
        "tötete": "killed",
        "töteten": "killed",
        "getötet": "killed",
        "tötend": "killed",
        "forderte": "killed",
        "verletzte": "injured",
        "verletzten": "injured",
        "evakuierten": "evacuated",
        "nahm": "detained",
    },
    launch_verbs=frozenset(
        {"abgefeuert", "feuerte", "feuerten", "startete", "gestartet", "setzte", "eingesetzt", "mit", "abzufeuern"}
    ),
    # A separable verb's infinitive takes "zu" inside the word: "abzuschießen", "abzufangen".
    intercept_verbs=frozenset(
        {
            "abgefangen",
            "fing",
            "fingen",
            "abgeschossen",
            "schoss",
            "zerstört",
            "neutralisiert",
            "abzuschießen",
            "abzufangen",
        }
    ),
    toll_nouns={
        "zahl der toten": "killed",
        "zahl der todesopfer": "killed",
        "opferzahl": "killed",
        "totenzahl": "killed",
        "zahl der verletzten": "injured",
        "zahl der vermissten": "missing",
    },
    toll_cues={
        "stieg auf": "update",
        "ist auf": "update",
        "gestiegen auf": "update",
        "erhöhte sich auf": "update",
        "hat sich auf": "update",
        "auf": "update",
        "liegt bei": "static",
        "lag bei": "static",
        "beträgt": "static",
        "betrug": "static",
        "von": "static",
        ":": "static",
        "könnte auf": "projected",
        "dürfte auf": "projected",
        "stieg um": "increment",
    },
    toll_gap_words=frozenset(),
    # "Weitere sechs wurden verletzt" counts further victims of the same attack (the news guide's
    # "19 more … were injured" → 19), not an addition to a running toll: "weitere" is no increment cue.
    increment_before=_phrases("noch einmal | nochmals"),
    increment_after=frozenset({"mehr"}),
    weak_increment_before=frozenset({"noch"}),
    of_words=_phrases("von | von den | der"),
    of_them=_phrases("von ihnen | davon"),
    group_cues=_phrases("darunter | unter ihnen | einschließlich | davon"),
    among_the=_phrases("unter den"),
    zero_words=frozenset({"keine", "kein"}),
    nobody_words=frozenset({"niemand"}),
    negations=_words("nicht nie kein keine"),
    boundaries=_words("und aber während als nachdem weil obwohl wo"),
    update_cues=_words("inzwischen nun mittlerweile"),
    projected_cues=_phrases("befürchtet | befürchten | könnte | könnten | dürfte | dürften | wahrscheinlich"),
    preliminary_cues=_phrases("vorläufig | vorläufigen | ersten angaben | ersten berichten"),
    said_verbs=_words(
        "sagte sagt sagten erklärte erklärt teilte teilt meldete meldet berichtete berichtet schrieb bestätigte "
        "mitteilte mitgeteilt berichten meldeten erklärten"
    ),
    according_to=_phrases("laut | nach angaben | nach angaben von | nach angaben des | nach angaben der | zufolge"),
    postposed_according=frozenset(),
    source_heads=_words(
        "polizei ministerium armee militär behörden gouverneur bürgermeister sprecher sprecherin regierung "
        "präsident krankenhaus feuerwehr rettungsdienst verwaltung luftwaffe luftabwehr zivilschutz streitkräfte "
        "militärverwaltung gebietsverwaltung behörde nachrichtenagentur generalstab medien"
    ),
    report_words=_words("ersten berichten angaben"),
    name_connectors=_phrases("des | der | von | für | und"),
    determiners=_words("der die das den dem des ein eine"),
    channel_preps=_words("auf über via bei"),
    channels={
        "telegram": "Telegram",
        "x": "X",
        "twitter": "Twitter",
        "facebook": "Facebook",
        "fernsehen": "television",
    },
    statement_phrases={"in einer erklärung": "statement", "in einer mitteilung": "statement"},
    non_count_before=_words("alter nummer nr linie flug artikel seite"),
    non_count_after=_words(
        "% prozent km kilometer meter m jahre jahren jahr tage tagen tag stunden stunde minuten wochen monate "
        "monaten euro dollar grad mal stockwerke milliarden"
    ),
    months=_words("januar februar märz april mai juni juli august september oktober november dezember jan feb"),
    denial_cues=_phrases("dementierte | dementiert | bestritt | bestreitet | falschmeldung | desinformation"),
    conditional_cues=_phrases("wenn | falls | sofern"),
    conditional_exceptions=frozenset(),
    other_event_cues=_phrases(
        "vergangenen jahr | vorigen jahr | letzten jahr | vor einem jahr | vergangene woche | vergangenen woche | letzte woche | letzten woche | am vortag | vor einer woche | vor zwei jahren | im vorjahr"
    ),
    singular_victims={
        "mensch": "",
        "person": "",
        "mann": "men",
        "frau": "women",
        "kind": "children",
        "mädchen": "children",
        "junge": "children",
        "säugling": "children",
        "baby": "children",
        "zivilist": "civilians",
        "soldat": "soldiers",
    },
    predicate_first=True,
    compound_heads=True,
    modifiers_before_noun=True,
    count_nouns=frozenset({"zahl", "anzahl"}),
    place_preps=frozenset({"in", "im", "bei", "auf", "über"}),
    coordinators=frozenset({"sowie"}),
    nouns_capitalised=True,
    superlatives=frozenset(
        {
            "schwerste",
            "schwersten",
            "tödlichste",
            "tödlichsten",
            "verheerendste",
            "verheerendsten",
            "schlimmste",
            "schlimmsten",
            "höchste",
            "größte",
        }
    ),
    since_words=frozenset({"seit"}),
    auxiliaries=frozenset({"hat", "haben", "hatte", "hatten", "auch", "zuvor"}),
    singular_metric_nouns=frozenset(
        {"toter", "toten", "verletzter", "verletzte", "verletzten", "vermisster", "vermissten"}
    ),
)
