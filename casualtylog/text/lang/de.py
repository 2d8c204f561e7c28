"""German words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang._rate_words import RATE_CUES
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._thing_words import THING_NOUNS

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
            # Feminine titles: a compound ends in them ("Ministerpräsidentin Malu Dreyer").
            "präsidentin",
            "bürgermeisterin",
            "ministerin",
            "gouverneurin",
            "chef",
            "chefs",  # genitive: "nach Angaben des Chefs der Militärverwaltung, Oleh Synjehubow"
            "leiter",
            "verwalter",
        ]
    ),
    confirmed_cues=frozenset(["bestätigt", "bestätigte", "bestätigten", "verifiziert"]),
    others_words=frozenset(["weitere", "andere"]),
    year_preps=frozenset(["im", "jahr", "jahres"]),
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
    grouping=". \u00a0\u202f'’",  # Swiss German groups with an apostrophe: "155'000"
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
        # A vague word before a scale is a vague number of that scale, not the scale: "einige hundert".
        "einige hundert": "hundreds",
        "mehrere hundert": "hundreds",
        "einige tausend": "thousands",
        "mehrere tausend": "thousands",
        "einige dutzend": "dozens",
        "mehrere dutzend": "dozens",
    },
    vague_links=frozenset(),
    people_nouns=_words(
        "menschen personen einwohner bewohner passagiere opfer andere zivilpersonen leute insassen patienten "
        "arbeiter fußgänger"
    ),
    group_nouns={
        "kinder": "children",
        "kindern": "children",
        # Boys: plural, and the singular after an article in the accusative ("einen 17-jährigen Jungen").
        "jungen": "children",
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
        "polizisten": "officers",
        "kämpfer": "fighters",
        "feuerwehrleute": "firefighters",
        "bergleute": "miners",
        "bergarbeiter": "miners",
        "rebellen": "rebels",
        # The news guide's groups of round 2: the elderly and health workers, as German names them.
        "ältere menschen": "elderly",
        "senioren": "elderly",
        "angehörige der gesundheitsberufe": "health_workers",
        "gesundheitspersonal": "health_workers",
        "medizinisches personal": "health_workers",
        "sanitäter": "health_workers",
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
        # Mixed projectiles have no group (the news guide): "" is a weapon with none.
        "geschosse": "",
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
        "todesfälle": "killed",
        # The singular nouns after "ein" / "ein weiterer" ("Ein weiterer Todesfall wurde gemeldet").
        "todesfall": "killed",
        "toter": "killed",
        "verletzter": "injured",
        "vermisster": "missing",
        # A participle before its noun names what happened to them: "die 12 getöteten Soldaten".
        "getötete": "killed",
        "getöteten": "killed",
        "verstorbene": "killed",
        "verstorbenen": "killed",
    },
    predicates={
        "in notunterkünfte gebracht": "displaced",
        "in notunterkünften untergebracht": "displaced",
        "in notunterkünften": "displaced",
        "in notunterkünfte": "displaced",
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
        # Present tense, drowning, a reflexive injury, a state "gelten als", the death they caused:
        # the verb classes of casualty reports, not single sentences.
        "sterben": "killed",
        "stirbt": "killed",
        "starb": "killed",
        "ertrank": "killed",
        "ertranken": "killed",
        "ertrunken": "killed",
        "verletzten sich": "injured",
        "verletzte sich": "injured",
        "als vermisst": "missing",
        "als tot": "killed",
        "in den tod gerissen": "killed",
        "mit in den tod gerissen": "killed",
        "flohen": "displaced",
        "geflohen": "displaced",
        "obdachlos": "displaced",
        # lost their homes: "1200 Menschen haben ihr Zuhause verloren"
        **{f"{home} verloren": "displaced" for home in ("ihr zuhause", "ihre häuser", "ihre wohnungen", "ihr obdach")},
        "ihre häuser verlassen": "displaced",
        "ihre wohnungen verlassen": "displaced",
        "ihre häuser verlassen mussten": "displaced",
        "in sicherheit gebracht": "evacuated",
        "mit verletzungen behandelt": "injured",
        "ins krankenhaus gebracht": "injured",
        "ins krankenhaus eingeliefert": "injured",
        # Succumbed (to their injuries) and the lives a disaster cost, as the verb of the victims.
        # "Für zehn Menschen kam jede Hilfe zu spät" (the news guide: killed).
        "kam jede hilfe zu spät": "killed",
        "jede hilfe zu spät": "killed",
        "jegliche hilfe zu spät": "killed",
        "erlitten verletzungen": "injured",
        # Injuries at the end of the subject's clause ("mit teilweise schweren Verletzungen"): the people are injured.
        "verletzungen": "injured",
        "brandverletzungen": "injured",
        "erschossen": "killed",
        "erstochen": "killed",
        "erschlagen": "killed",
        "erlitt verletzungen": "injured",
        # What an injured person suffers, at the end of the clause as "Verletzungen" is ("51 weitere Menschen
        # erlitten Blessuren", "erlitt eine leichte Kopfverletzung"): the common kinds of injury, singular too.
        **dict.fromkeys(
            _words(
                "verletzung blessuren prellungen knochenbrüche kopfverletzung kopfverletzungen schnittverletzung "
                "schnittverletzungen brandverletzung rauchgasvergiftung rauchgasvergiftungen rauchvergiftung "
                "rauchvergiftungen"
            ),
            "injured",
        ),
        "erlagen": "killed",
        "erlag": "killed",
        "erlegen": "killed",
        "das leben gekostet": "killed",
        "das leben kostete": "killed",
        "das leben kosteten": "killed",
        "verstorben": "killed",
        # "zu Tode getrampelt", "zu Tode gekommen": whatever the participle after it, "zu Tode" kills
        # (the German order of English "trampled to death").
        "zu tode": "killed",
        # Lost their lives: "die … ihr Leben verloren haben" (in a relative clause on a toll's noun too).
        "ihr leben verloren": "killed",
        # the main clause puts the verb first: "Zwölf Menschen verloren ihr Leben", "Ein Mann verlor sein Leben"
        **{f"{verb} {their} leben": "killed" for verb in ("verloren", "verlor") for their in ("ihr", "sein")},
        "ihr leben verloren haben": "killed",
        "ihr leben verloren hatten": "killed",
        # Recovered dead: "konnten nur noch tot geborgen werden", "leblos aufgefunden".
        "leblos": "killed",
        # Did not survive: "haben den Einsturz nicht überlebt" (the negation is part of the predicate).
        "nicht überlebt": "killed",
        "nicht überlebten": "killed",
    },
    gap_words=_words(
        "wurden wurde sind ist waren war seien sei kamen kam haben hat auch bereits inzwischen nun dabei "
        "schwer leicht lebensgefährlich mutmaßlich vermutlich worden noch gelten gilt galten derzeit werden wird"
    ),
    active_verbs={
        "tod von": "killed",
        "forderte das leben von": "killed",
        "forderten das leben von": "killed",
        "kostete das leben von": "killed",
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
        {
            "abgefeuert",
            "gefeuert",
            "feuerte",
            "feuerten",
            "startete",
            "gestartet",
            "setzte",
            "eingesetzt",
            "mit",
            "abzufeuern",
            # Detected or identified projectiles were launched (the news guide).
            "identifiziert",
            "registriert",
        }
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
        # "gab die Totenzahl mit 43 an", "hatte die Totenzahl zuvor mit 43 angegeben": a total put at a number.
        "mit": "static",
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
    of_words=_phrases("von | von den | der | von insgesamt | der insgesamt | von den insgesamt"),
    of_them=_phrases("von ihnen | davon"),
    group_cues=_phrases("darunter | unter ihnen | einschließlich | davon | von denen | :"),
    among_the=_phrases("unter den"),
    zero_words=frozenset({"keine", "kein"}),
    nobody_words=frozenset({"niemand"}),
    negations=_words("nicht nie kein keine"),
    boundaries=_words("und aber während als nachdem weil obwohl wo"),
    update_cues=_words("inzwischen nun mittlerweile"),
    projected_cues=_phrases(
        "befürchtet | befürchten | könnte | könnten | dürfte | dürften | wahrscheinlich"
        # An estimate of a toll projects it ("schätzen die Opferzahl auf etwa 400").
        " | schätzen | schätzt | schätzte | schätzten | geschätzt"
    ),
    preliminary_cues=_phrases("vorläufig | vorläufige | vorläufiger | vorläufigen | ersten angaben | ersten berichten"),
    said_verbs=_words(
        "sagte sagt sagten erklärte erklärt teilte teilt meldete meldet berichtete berichtet schrieb bestätigte "
        "mitteilte mitgeteilt berichten meldeten erklärten"
    ),
    according_to=_phrases(
        "laut | nach angaben | nach angaben von | nach angaben des | nach angaben der | zufolge"
        # "Laut Angaben der Armee": the source is whose statements they are, not the statements.
        " | laut angaben | laut angaben von | laut angaben des | laut angaben der"
    ),
    postposed_according=frozenset(),
    source_heads=_words(
        "polizei ministerium armee militär behörden gouverneur bürgermeister sprecher sprecherin regierung "
        "präsident krankenhaus feuerwehr rettungsdienst verwaltung luftwaffe luftabwehr zivilschutz streitkräfte "
        "militärverwaltung gebietsverwaltung behörde nachrichtenagentur generalstab medien"
        # Genitive heads after "nach Angaben des/der" with an adjective before them ("des israelischen Militärs").
        " militärs ministeriums gesundheitsministeriums"
    ),
    report_words=_words("ersten berichten angaben"),
    name_connectors=_phrases("des | der | von | für | und"),
    determiners=_words("der die das den dem des ein eine eines einer einem"),
    channel_preps=_words("auf über via bei im"),
    # What a channel is, before its name: "auf der Plattform Telegram", "im Onlinedienst Telegram".
    channel_words=_words("plattform onlinedienst kurznachrichtendienst nachrichtendienst messengerdienst kanal"),
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
        # A similar or comparable attack is another one: "Bei einem ähnlichen Anschlag … starben 32 Menschen".
        "ähnlichen | ähnlicher | vergleichbaren | vergleichbarer | "
        "seinerzeit | damals | vergangenen jahr | vorigen jahr | letzten jahr | vor einem jahr | vergangene woche | vergangenen woche | letzte woche | letzten woche | am vortag | vor einer woche | vor zwei jahren | im vorjahr"
    )
    | RATE_CUES["de"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"anfang des monats", "anfang dieses monats"}),
    singular_victims={
        "mensch": "",
        "person": "",
        "mann": "men",
        "frau": "women",
        "kind": "children",
        "mädchen": "children",
        "junge": "children",
        "jungen": "children",
        "säugling": "children",
        "baby": "children",
        "zivilist": "civilians",
        "soldat": "soldiers",
        "feuerwehrmann": "firefighters",
        "polizist": "officers",
        "helfer": "rescuers",
        # The roles and nationalities German accident reports name one victim by ("Ein Fahrgast erlitt …",
        # "Ein junger Deutscher ist … ums Leben gekommen"): people with no group of the news guide's.
        **dict.fromkeys(
            _words(
                "fahrgast passagier fahrer autofahrer beifahrer radfahrer motorradfahrer lkw-fahrer busfahrer "
                "fußgänger bewohner anwohner einwohner tourist urlauber wanderer bergsteiger skifahrer "
                "snowboarder insasse arbeiter bauarbeiter "
                "deutscher österreicher schweizer italiener franzose brite niederländer amerikaner pole tscheche "
                "ukrainer russe israeli palästinenser"
            ),
            "",
        ),
    },
    predicate_first=True,
    compound_heads=True,
    modifiers_before_noun=True,
    count_nouns=frozenset({"zahl", "anzahl"}),
    parallel_place_preps=frozenset({"in", "im", "bei", "auf", "über"}),
    coordinators=frozenset({"sowie"}),
    relative_pronouns=frozenset({"die", "der", "das", "welche", "welcher", "denen", "deren"}),
    age_openers=frozenset({"im alter von"}),
    age_units=frozenset({"jahren", "jahre alt", "jahre alte", "jahre alten"}),
    separable_weapon_verbs={
        "feuerte ab": "launched",
        "feuerten ab": "launched",
        "schoss ab": "intercepted",
        "schossen ab": "intercepted",
        "fing ab": "intercepted",
        "fingen ab": "intercepted",
        "wehrte ab": "intercepted",
        "wehrten ab": "intercepted",
        "holte herunter": "intercepted",
        "holten herunter": "intercepted",
    },
    life_verbs={
        f"{verb} das leben": "killed" for verb in ("kostete", "kosteten", "kostet", "kosten", "forderte", "raubte")
    },
    identity_cues=_phrases(
        "handelt es sich um | handelte es sich um | handele es sich um | handelten es sich um | handeln es sich um"
    ),
    identity_preps=frozenset({"bei"}),
    # "von 10 auf 12 Tote" (no change verbs: only the toll frame's Romance "passé de … à" needs them).
    from_words=frozenset({"von"}),
    to_words=frozenset({"auf"}),
    fire_or_down_verbs=frozenset({"schoss", "schossen", "abgeschossen", "abschießen", "abzuschießen"}),
    fire_directions=_phrases("auf | in richtung | richtung | aus | vom | gegen"),
    care_verbs=_words("gebracht eingeliefert transportiert geflogen eingewiesen"),
    care_places=_words(
        "krankenhaus krankenhäuser krankenhäusern klinik kliniken klinikum spital spitäler spitälern krankenhauses"
    ),
    precaution_cues=_phrases("vorsorglich | zur beobachtung | zur kontrolle | zur abklärung | zur sicherheit"),
    located_cues=frozenset({"erreicht", "lokalisiert", "aufgefunden", "gefunden", "ausfindig"}),
    ago_before=frozenset({"vor"}),
    ago_after=frozenset({"jahren", "jahrzehnten"}),
    inverted_reach=10,
    age_suffixes=("jähriger", "jährige", "jährigen", "jähriges"),
    # "ein 4 Jähriges Mädchen": the age suffix written apart from its number is one modifier too.
    years_old=_phrases(
        "jahre alt | jahre alte | jahre alter | jahre alten | jahre altes | jährige | jähriger | jährigen | jähriges"
    ),
    nouns_capitalised=True,
    # how badly, after a bare part of an injured count: "davon zwei schwer", "…, neun mittelschwer und einer schwer"
    severity_words=_words("schwer leicht mittelschwer lebensgefährlich schwerst"),
    # "ein weiterer Mann", and an ordinal after "ein": "ein fünftes Todesopfer" is one more (+1).
    another_after_article=frozenset(
        {"weiterer", "weitere", "weiteres", "weiteren"}
        | {
            stem + ending
            for stem in ("zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt")
            for ending in ("er", "es", "e", "en")
        }
    ),
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
    thing_nouns=THING_NOUNS["de"],
    unidentified_words=frozenset(
        {"unidentifiziert", "unidentifizierte", "nicht identifiziert", "noch nicht identifiziert"}
    ),
    year_of_preps=frozenset({"von", "vom"}),
    shelter_cues=frozenset({"zuflucht", "platz für", "beherbergt", "beherbergte", "beherbergen", "kapazität"}),
    compared_cues=frozenset({"wie bei dem", "wie beim", "als bei dem", "als beim"}),
    interval_nouns=frozenset({"minuten", "stunden", "tage", "tagen", "wochen", "monate", "monaten"}),
    after_words=frozenset({"nach"}),
    population_quantifiers=frozenset(
        {"die meisten der", "die meisten von den", "viele der", "viele von den", "einige der"}
    ),
    pluperfect_auxiliaries=frozenset({"war", "waren", "hatte", "hatten"}),
    when_words=frozenset({"als"}),
    auxiliaries=frozenset({"hat", "haben", "hatte", "hatten", "auch", "zuvor"}),
    source_place_preps=frozenset({"in"}),  # "Das Gesundheitsministerium in Gaza teilte mit"
    # "Die Polizei hat zwei Verletzte bestätigt", "Zuvor hatte die Polizei von 46 Verletzten gesprochen".
    said_participles=_words("bestätigt gesprochen angegeben gemeldet mitgeteilt berichtet erklärt"),
    source_verbs=_words("mitteilt mitteilen schreibt"),  # "wie die Polizei mitteilt"
    singular_metric_nouns=frozenset(
        {
            "toter",
            "toten",
            "verletzter",
            "verletzte",
            "verletzten",
            "vermisster",
            "vermissten",
            "todesopfer",
            "todesfall",
        }
    ),
)
