"""German words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _de_figures as figures
from casualtylog.text.lang import _de_sources as sources
from casualtylog.text.lang import _de_tolls as tolls
from casualtylog.text.lang import _de_verbs as verbs
from casualtylog.text.lang import _de_victims as victims
from casualtylog.text.lang import _de_weapons as weapons
from casualtylog.text.lang._care_words import care_stay_fields
from casualtylog.text.lang._earlier_day_words import EARLIER_DAY_WORDS
from casualtylog.text.lang._earlier_span_words import EARLIER_SPANS
from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES, REVISION_CONTRASTS
from casualtylog.text.lang._found_alive_words import FOUND_ALIVE_WORDS
from casualtylog.text.lang._guide_round_words import (
    ROUND_CONFIRMED,
)
from casualtylog.text.lang._looking_back_words import LOOKING_BACK, WORLD_WARS
from casualtylog.text.lang._pending_confirmations import PENDING_CONFIRMATIONS
from casualtylog.text.lang._rate_words import RATE_CUES
from casualtylog.text.lang._recovery_words import EARLIER_PERIODS, SURVIVOR_FOUND, SURVIVOR_PEOPLE
from casualtylog.text.lang._revision_chain_words import REVISION_CHAIN_WORDS
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._status_words import STATUS_WORDS
from casualtylog.text.lang._thing_words import THING_NOUNS
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["LANGUAGE"]

#: Modal verbs and the infinitives after them that a split predicate reads ("konnte 12 Menschen retten").
_MODALS = ("konnte", "konnten", "musste", "mussten")
_MODAL_VERBS = {"retten": "rescued", "evakuieren": "evacuated", "befreien": "rescued"}
# Session 13 (fresh13): killing and arresting after a modal too ("Die Polizei konnte drei Angreifer töten", "…
# konnte zwei Verdächtige festnehmen")
_MODAL_VERBS |= dict.fromkeys(("töten", "erschießen"), "killed") | dict.fromkeys(
    ("festnehmen", "verhaften"), "detained"
)

LANGUAGE = LanguageData(
    code="de",
    weekdays=frozenset(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]),
    citing=frozenset(["unter berufung auf"]),
    titles=sources.TITLES,
    confirmed_cues=ROUND_CONFIRMED["de"]
    | frozenset(["bestätigt", "bestätigte", "bestätigten", "verifiziert"])
    | _words("verifizierte verifizierten"),
    others_words=frozenset(["weitere", "andere"]),
    year_preps=frozenset(["im", "jahr", "jahres"]),
    # session 14 (fresh10rom): was 10; "wurden bei der Detonation in der Unruheprovinz an … verletzt". Session 19
    # (miss20b): 12 → 14, a German middle field holds a place and its region or a cause and its source ("Mindestens
    # 15 Kinder derselben Schule in Depayin in der Region Sagaing im Nordwesten des Landes würden noch vermisst")
    subject_reach=14,
    plural_endings=("en", "er", "e", "n", "s"),
    function_words=verbs.FUNCTION_WORDS,
    units=figures.UNITS,
    tens=figures.TENS,
    scales={"hundert": 100, "tausend": 1000, "million": 1_000_000, "millionen": 1_000_000},
    number_joiners=frozenset({"und"}),
    unit_before_tens=True,
    ambiguous_number_words=frozenset({"ein", "eine", "einem", "einer", "einen"}),
    grouping=". \u00a0\u202f'’",  # Swiss German groups with an apostrophe: "155'000"
    decimal=",",
    # "zwei Dutzend": 24, as English "three dozen" (Session 11, de12)
    million_words={"million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000, "dutzend": 12},
    qualifiers=figures.QUALIFIERS,
    suffix_qualifiers={"oder mehr": "at_least", "+": "at_least"},
    range_joiners=frozenset({"bis", "oder", "-", "–", "—"}),
    between_joiners=frozenset({"und"}),
    vague_words=figures.VAGUE_WORDS,
    vague_links=frozenset(),
    people_nouns=victims.PEOPLE_NOUNS,
    group_nouns=victims.GROUP_NOUNS,
    weapon_nouns=weapons.WEAPON_NOUNS,
    weapon_adjectives=weapons.WEAPON_ADJECTIVES,
    body_nouns=frozenset({"leichen", "leiche"}) | _words("leichname leichnam leichnamen"),  # "die Leichname von drei"
    metric_nouns=victims.METRIC_NOUNS,
    predicates=verbs.PREDICATES,
    gap_words=verbs.GAP_WORDS,
    active_verbs=verbs.ACTIVE_VERBS,
    launch_verbs=weapons.LAUNCH_VERBS,
    intercept_verbs=weapons.INTERCEPT_VERBS,
    toll_nouns=tolls.TOLL_NOUNS,
    toll_cues=tolls.TOLL_CUES,
    toll_gap_words=frozenset(),
    # "Weitere sechs wurden verletzt" counts further victims of the same attack (the news guide's
    # "19 more … were injured" → 19), not an addition to a running toll: "weitere" is no increment cue.
    increment_before=_phrases("noch einmal | nochmals"),
    increment_after=frozenset({"mehr"}),
    weak_increment_before=frozenset({"noch"}),
    of_words=_phrases("von | von den | der | von insgesamt | der insgesamt | von den insgesamt"),
    of_them=_phrases("von ihnen | davon"),
    # Session 13 (fresh13): "17 Leichen, darunter die von vier Kindern": the members by the pronoun of the bodies
    group_cues=_phrases(
        "darunter | unter ihnen | einschließlich | davon | von denen | von ihnen | : | darunter die von"
    ),
    among_the=_phrases("unter den"),
    zero_words=frozenset({"keine", "kein"}),
    nobody_words=frozenset({"niemand"}),
    negations=_words("nicht nie kein keine"),
    boundaries=_words("und aber während als nachdem weil obwohl wo"),
    update_cues=_words("inzwischen nun mittlerweile"),
    projected_cues=tolls.PROJECTED_CUES,
    preliminary_cues=tolls.PRELIMINARY_CUES,
    said_verbs=sources.SAID_VERBS,
    according_to=sources.ACCORDING_TO,
    postposed_according=frozenset({"so"}),  # "…, so die Polizei." (after a comma only)
    source_heads=sources.SOURCE_HEADS,
    report_words=_words("ersten berichten angaben"),
    name_connectors=_phrases("des | der | von | für | und"),
    determiners=_words("der die das den dem des ein eine eines einer einem"),
    channel_preps=_words("auf über via bei im"),
    # What a channel is, before its name: "auf der Plattform Telegram", "im Onlinedienst Telegram".
    channel_words=_words(
        "plattform onlinedienst kurznachrichtendienst nachrichtendienst messengerdienst kanal agentur sender"
    ),
    channels=sources.CHANNELS,
    statement_phrases={"in einer erklärung": "statement", "in einer mitteilung": "statement"},
    non_count_before=figures.NON_COUNT_BEFORE,
    non_count_after=figures.NON_COUNT_AFTER,
    months=_words("januar februar märz april mai juni juli august september oktober november dezember jan feb"),
    denial_cues=_phrases("dementierte | dementiert | bestritt | bestreitet | falschmeldung | desinformation"),
    conditional_cues=_phrases("wenn | falls | sofern"),
    conditional_exceptions=frozenset(),
    # Session 12 (fa12): the world wars, named, are never the report's own event
    other_event_cues=WORLD_WARS["de"]
    | _phrases(
        # A similar or comparable attack is another one: "Bei einem ähnlichen Anschlag … starben 32 Menschen".
        "ähnlichen | ähnlicher | vergleichbaren | vergleichbarer | "
        "seinerzeit | damals | vergangenen jahr | vorigen jahr | letzten jahr | vor einem jahr | vergangene woche | vergangenen woche | letzte woche | letzten woche | am vortag | vor einer woche | vor zwei jahren | im vorjahr"
    )
    | RATE_CUES["de"]
    # earlier this month: "Plus tôt ce mois-ci, 40 personnes avaient été tuées"
    | frozenset({"anfang des monats", "anfang dieses monats"})
    # Session 12 (fa12): last month, as last year ("Im vergangenen Monat waren bei einem Brand neun Arbeiter gestorben")
    | frozenset({"vergangenen monat", "vorigen monat", "letzten monat", "vor einem monat"})
    # and earlier this week, as this month ("Anfang der Woche waren bei einem Angriff sechs Menschen getötet worden")
    | frozenset({"anfang der woche", "anfang dieser woche", "zu beginn der woche", "früher in der woche"})
    | EARLIER_PERIODS["de"],  # Session 13 (fresh7b): "am Wochenende davor"
    singular_victims=victims.SINGULAR_VICTIMS,
    predicate_first=True,
    compound_heads=True,
    modifiers_before_noun=True,
    count_nouns=frozenset({"zahl", "anzahl"}),
    parallel_place_preps=frozenset({"in", "im", "bei", "auf", "über"}),
    coordinators=frozenset({"sowie"}),
    relative_pronouns=frozenset({"die", "der", "das", "welche", "welcher", "denen", "deren"}),
    age_openers=frozenset({"im alter von"}),
    age_units=frozenset({"jahren", "jahre alt", "jahre alte", "jahre alten"}),
    separable_weapon_verbs=weapons.SEPARABLE_WEAPON_VERBS,
    life_verbs={
        f"{verb} das leben": "killed" for verb in ("kostete", "kosteten", "kostet", "kosten", "forderte", "raubte")
    },
    identity_cues=_phrases(
        "handelt es sich um | handelte es sich um | handele es sich um | handelten es sich um | handeln es sich um"
        " | handle es sich um"  # Session 13 (fresh7b): Konjunktiv I of reported speech ("Es handle sich um Kinder")
    ),
    identity_preps=frozenset({"bei"}),
    # "von 10 auf 12 Tote" (no change verbs: only the toll frame's Romance "passé de … à" needs them).
    from_words=frozenset({"von"}),
    to_words=frozenset({"auf"}),
    fire_or_down_verbs=weapons.FIRE_OR_DOWN_VERBS,
    fire_directions=weapons.FIRE_DIRECTIONS,
    weapon_kind_words=frozenset({"typ", "typs", "modell", "modells", "bauart"}),
    # session 17 (rom17): "28 von ihnen seien ins Krankenhaus gekommen": came to hospital, as brought there
    care_verbs=_words("gebracht eingeliefert transportiert geflogen eingewiesen gekommen"),
    # "Unter den Opfern sind zwei Kinder", "zwei Kinder sind unter den Opfern" (the guide: victims are the dead)
    victim_nouns=frozenset({"opfern", "opfer"}),
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
    another_after_article=tolls.ANOTHER_AFTER_ARTICLE,
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
        # Session 12 (fa12): none of a whole is no count of it ("Keiner der 40 Passagiere wurde verletzt")
        | {"keiner der", "keine der", "keines der", "keiner von den"}
    ),
    pluperfect_auxiliaries=frozenset({"war", "waren", "hatte", "hatten"}),
    own_event_openers=_phrases("bei dem | bei der | beim | durch die | durch den | durch das"),
    when_words=frozenset({"als"}),
    auxiliaries=frozenset({"hat", "haben", "hatte", "hatten", "auch", "zuvor"}),
    source_place_preps=frozenset(
        {"in", "im"}
    ),  # "Das Gesundheitsministerium in Gaza teilte mit", "im Gazastreifen" (attr11)
    # "Die Polizei hat zwei Verletzte bestätigt", "Zuvor hatte die Polizei von 46 Verletzten gesprochen".
    said_participles=_words("bestätigt gesprochen angegeben gemeldet mitgeteilt berichtet erklärt beziffert geschätzt"),
    agent_preps=frozenset({"von", "vom"}),  # "20 Tote werden von den Behörden gemeldet"
    # "wie die Polizei mitteilt"; "Die UN schätzt, dass …", "Die Regierung bezifferte die Zahl der Toten auf …"
    source_verbs=sources.SOURCE_VERBS,
    saying_phrases=sources.SAYING_PHRASES,
    singular_metric_nouns=victims.SINGULAR_METRIC_NOUNS,
    comma_asides=True,
    approx_nouns={"dutzend": 12},
    half_words=frozenset({"halbes", "halben", "halbe"}),
    kin_nouns=frozenset({"mutter", "vater"}),  # "madre de tres hijos": her children, no victims
    # "nahm … fest" arrests; "nahm … entgegen", "nahm … auf" do not
    # the present of headlines too (Session 11, de12: "Polizei nimmt 20 Randalierer fest")
    stem_particles=dict.fromkeys(("nahm", "nahmen", "nimmt", "nehmen"), frozenset({"fest", "gewahrsam"})),
    closing_verbs={
        # "Drei Menschen kamen bei dem Brand um": the particle closes the clause ("kamen um 3 Uhr an" does not)
        "kamen um": "killed",
        "kam um": "killed",
        # a modal and the infinitive at the clause's end: "Die Feuerwehr konnte 12 Menschen retten"
        **{f"{modal} {verb}": metric for modal in _MODALS for verb, metric in _MODAL_VERBS.items()},
        # Session 11 (de12): "Vier Menschen verloren bei dem Feuer ihr Leben", "Bei den Kämpfen verloren 40
        # Soldaten ihr Leben": the life closes the clause, an adverbial or the victims before it
        **{f"{verb} {their} leben": "killed" for verb in ("verloren", "verlor") for their in ("ihr", "sein")},
        # brought to safety and put up in shelter: "Die Feuerwehr brachte zwölf Menschen aus dem Haus in
        # Sicherheit", "Die Stadt brachte 60 Bewohner in einer Turnhalle unter" (only listed people: see the frame)
        **dict.fromkeys(("brachte sicherheit", "brachten sicherheit"), "evacuated"),
        **dict.fromkeys(("brachte unter", "brachten unter"), "displaced"),
        # fell victim to and tore into death: "Dem Feuer fielen drei Menschen zum Opfer", "Der Sturm riss vier
        # Menschen in den Tod" (the last two words close the clause)
        **{f"{verb} zum opfer": "killed" for verb in ("fiel", "fielen")},
        **{f"{verb} den tod": "killed" for verb in ("riss", "rissen")},
        # "had to flee" with its victims or an adverbial between ("In Myanmar mussten … mindestens 89.000 Menschen
        # vor Überflutungen fliehen", "Tausende Menschen mussten vor den Wassermassen fliehen"), as "konnte … retten"
        **dict.fromkeys(("musste fliehen", "mussten fliehen"), "displaced"),
    },
    # Session 10 (attr10): attribution that transfers ("Der Polizei zufolge", "Ministerium für Bergbau und Energie")
    outlet_preps=frozenset({"gegenüber"}),
    audience_words=frozenset({"journalisten", "reportern", "der presse", "den medien"}),
    source_possessives=frozenset({"sein", "seine", "seiner", "seines", "ihr", "ihre", "ihrer", "ihres"}),
    according_after=frozenset({"zufolge"}),
    name_conjunctions=frozenset({"und"}),
    relay_verbs=frozenset({"berichtete", "berichtet", "berichteten", "meldete", "meldet", "schreibt", "schrieb"}),
    cited_by=frozenset({"zitiert von", "zitiert vom", "zitiert durch"}),
    pronoun_subjects=frozenset({"er", "sie", "wir", "ich"}),  # Session 11 (attr11): no source
    # Session 11 (attr11): an unnamed official ("ein ranghoher Beamter, der anonym bleiben wollte, sagte")
    more_source_heads=frozenset({"beamter", "beamte", "beamten"}),
    broadcast_preps=frozenset({"im", "gegenüber"}),  # Session 11 (attr11): the via a source spoke on
    # Session 11 (rom11): "Bereits 2019 forderte ein Erdbeben 40 Todesopfer": the year dates another event
    year_adverbs=frozenset({"bereits", "schon", "erst", "zuletzt", "damals"}),
    # Session 11 (de12): "Bei dem Amoklauf tötete der Täter sieben Menschen": the subject between verb and victims
    subject_between_verbs={
        **dict.fromkeys(("tötete", "töteten"), "killed"),
        **dict.fromkeys(("verletzte", "verletzten"), "injured"),
        **dict.fromkeys(("rettete", "retteten"), "rescued"),
        **dict.fromkeys(("evakuierte", "evakuierten"), "evacuated"),
        **dict.fromkeys(("erschlug", "erschlugen"), "killed"),  # "erschlug ein umstürzender Baum einen Lastwagenfahrer"
    },
    # Session 12 (fa12): courts and spans of years that look back at an earlier event (_looking_back_words)
    **LOOKING_BACK["de"],
    **EARLIER_SPANS["de"],
    # Session 12 (rec12): "Beide Polizisten wurden verletzt", "die beiden Insassen starben"
    pair_words=frozenset({"beide", "beiden"}),
    part_place_preps=frozenset({"in", "im", "auf"}),  # Session 12 (rec12): "Von den Toten waren 212 in Gaza"
    care_wholes=frozenset({"opfer", "opfern", "verletzten"}),  # Session 12 (memb12)
    care_stays=frozenset({"im krankenhaus", "in der klinik", "auf der intensivstation", "im spital"}),
    part_only_places=frozenset({"allein in", "allein im", "allein auf"}),
    day_preps=frozenset({"am", "diesen", "vergangenen"}),  # Session 12 (rec12): "erreichte am Freitag 40"
    # Session 12 (fresh12): a first figure and its revision (casualtylog.text._first_figures)
    first_figure_cues=FIRST_FIGURE_CUES["de"],
    revision_contrasts=REVISION_CONTRASTS["de"],
    day_month_joiners=frozenset({"."}),
    # Session 12 (lead): one person rescued, named by an article, is a count of 1 (the corpus guide's rescued
    # children 1 for "a boy was pulled alive from the rubble"), as Dutch since nl11
    article_metrics=frozenset({"rescued"}),
    # Session 13 (fresh13): "12.400 Menschen in 2100 Haushalten sind betroffen" (casualtylog.text._household_asides)
    household_openers=frozenset({"in", "oder", "also"}),
    household_nouns=frozenset({"haushalten", "haushalte", "familien"}),
    # Session 13 (fresh13): lives taken ("Der Sturm forderte drei Menschenleben", "hat 12 Menschenleben gefordert")
    taking_verbs=frozenset({"forderte", "forderten", "fordert", "gefordert", "kostete", "kosteten", "gekostet"}),
    lives_nouns=frozenset({"menschenleben", "opfer", "todesopfer"}),
    earlier_figure_cues=frozenset({"nach zuvor", "von zuvor"}),  # Session 13 (fresh13): "auf 143, nach zuvor 114"
    # Session 13 (status13): a fear for people, and relative clauses, bound a status cue (_status_scope)
    **STATUS_WORDS["de"],
    pending_confirmations=PENDING_CONFIRMATIONS["de"],
    # Session 13 (fresh7b): survivors found are rescued (casualtylog.text.lang._recovery_words)
    survivor_nouns=SURVIVOR_PEOPLE["de"],
    survivor_found=SURVIVOR_FOUND["de"],
    dative_plural_n=True,  # Session 13 (fresh7b): "nach sechs Passagieren"
    short_compound_heads=frozenset({"tote"}),  # Session 13 (fresh7b): "10.000 Hitzetote"
    **EARLIER_DAY_WORDS["de"],  # an earlier figure dated the day before
    **REVISION_CHAIN_WORDS["de"],  # a toll revised in a chain
    **FOUND_ALIVE_WORDS["de"],  # a count found alive in a list
    also_joiners=_phrases("sowie"),  # Session 14 (fresh8rom): "Der Fahrer, sowie zwei Kinder, wurden verletzt"
    # Session 13 (fresh7r2): driven to flight by a verb before the people ("trieb 5.000 Menschen in die Flucht"),
    # one more by "again" before the article ("erneut ein Toter"); the rescued singular is in _de_victims
    forcing_verbs=_words("trieb trieben treibt treiben jagte jagten jagt schlug schlugen schlägt"),
    flight_objects=frozenset({"in die flucht"}),
    another_before_article=frozenset({"erneut"}),
    # possessives of a whole one is taken from ("einer seiner Kollegen"), so German reads "one of the <people>" ("Eine
    # der verletzten Personen schwebt in Lebensgefahr", "Einer der Verletzten starb") as other languages do
    possessives=_words("seiner ihrer unserer"),
    verb_second_openers=True,  # session 14 (fresh10rom): "Damals starben 6300 Menschen, vier Millionen verloren …"
    definite_articles=_phrases("der | die | das"),  # session 14 (fresh10rom): "der Schütze, ein 35-Jähriger, ist tot"
    # session 20 (attr21): "Das Militär hat nach eigenen Angaben 24 Drohnen abgeschossen": the subject speaks
    own_account_phrases=_phrases("nach eigenen angaben | eigenen angaben zufolge"),
    # session 20 (attr21): "Der Zivilschutz geht … von 247 Toten aus": assumes, a verb of saying
    closing_saying_verbs=dict.fromkeys(("geht", "gehen", "ging", "gingen"), "aus"),
    # session 22: people counted by their stay in hospital (casualtylog.text._care_stays), or as the object of
    # a verb that takes them there (casualtylog.text._care_objects)
    **care_stay_fields("de"),
)
