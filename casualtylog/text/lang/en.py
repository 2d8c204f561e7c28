"""English words and cue phrases for the extractor (data only; see ``_schema``)."""

from __future__ import annotations

from casualtylog.text.lang import _en_dates as dates
from casualtylog.text.lang import _en_events as ev
from casualtylog.text.lang import _en_figures as figures
from casualtylog.text.lang import _en_sources as sources
from casualtylog.text.lang import _en_tolls as tolls
from casualtylog.text.lang import _en_verbs as verbs
from casualtylog.text.lang import _en_victims as victims
from casualtylog.text.lang import _en_weapons as weapons
from casualtylog.text.lang._arrival_words import EN_FLIGHT_OBJECTS
from casualtylog.text.lang._care_words import EN_CARE_PLACES, EN_CARE_VERBS, care_stay_fields
from casualtylog.text.lang._earlier_day_words import EARLIER_DAY_WORDS
from casualtylog.text.lang._earlier_span_words import EARLIER_SPANS
from casualtylog.text.lang._en_shapes import EXCEED_WORDS
from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES, REVISION_CONTRASTS
from casualtylog.text.lang._found_alive_words import FOUND_ALIVE_WORDS
from casualtylog.text.lang._guide_round_words import (
    ROUND_CONFIRMED,
)
from casualtylog.text.lang._looking_back_words import LOOKING_BACK
from casualtylog.text.lang._pending_confirmations import PENDING_CONFIRMATIONS
from casualtylog.text.lang._revision_chain_words import REVISION_CHAIN_WORDS
from casualtylog.text.lang._schema import LanguageData
from casualtylog.text.lang._status_words import STATUS_WORDS
from casualtylog.text.lang._thing_words import THING_NOUNS
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words
from casualtylog.vocab import ENGLISH_SCALES, ENGLISH_TENS, ENGLISH_UNITS

__all__ = ["LANGUAGE"]

LANGUAGE = LanguageData(
    code="en",
    weekdays=frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
    citing=frozenset(["citing", "quoting", "based on information from"]),
    titles=sources.TITLES,
    confirmed_cues=ROUND_CONFIRMED["en"]
    | frozenset(["confirmed", "verified", "confirmation"])
    # the present after "can" ("we can only confirm 24 deaths"); not "confirm" alone ("working to confirm 24 deaths")
    | _phrases("can confirm | can only confirm | can now confirm | could confirm | could only confirm")
    | {"validated"},  # validated is verified: "Only five of these deaths were validated"
    others_words=frozenset(["others", "other"]),
    year_preps=frozenset(["in", "of"]),
    year_subject_preps=frozenset({"in", "of"}),
    named_event_verbs=ev.NAMED_EVENT_VERBS,
    event_titles=ev.EVENT_TITLES,
    event_heads=ev.EVENT_HEADS,
    demonyms=ev.DEMONYMS,
    plural_endings=("s",),
    group_is_word=True,
    function_words=verbs.FUNCTION_WORDS,
    units=dict(ENGLISH_UNITS),  # the same words the core reads in figures
    tens=dict(ENGLISH_TENS),
    scales=dict(ENGLISH_SCALES),
    number_joiners=frozenset({"and"}),
    unit_before_tens=False,
    ambiguous_number_words=frozenset({"a", "an"}),
    grouping=", \u00a0\u202f",
    decimal=".",
    # "three dozen": 36; Indian English "a population of 80.55 lakh" (a lakh is 100,000, a crore 10,000,000)
    million_words={"million": 1_000_000, "dozen": 12, "lakh": 100_000, "lakhs": 100_000}
    | {"crore": 10_000_000, "crores": 10_000_000},
    approx_nouns={"dozen": 12},  # "about a dozen": about 12, as "una docena"
    half_words=frozenset({"half"}),  # "half a dozen": about 6
    qualifiers=figures.QUALIFIERS,
    suffix_qualifiers={"or more": "at_least", "+": "at_least", "plus": "at_least", "or so": "about"},
    range_joiners=frozenset({"to", "or", "-", "–", "—"}),
    between_joiners=frozenset({"and"}),
    vague_words=figures.VAGUE_WORDS,
    vague_links=frozenset({"of"}),
    people_nouns=victims.PEOPLE_NOUNS,
    group_nouns=victims.GROUP_NOUNS,
    weapon_nouns=weapons.WEAPON_NOUNS,
    weapon_adjectives=weapons.WEAPON_ADJECTIVES,
    body_nouns=frozenset({"bodies", "body"}),
    metric_nouns=victims.METRIC_NOUNS,
    predicates=verbs.PREDICATES,
    gap_words=verbs.GAP_WORDS,
    active_verbs=verbs.ACTIVE_VERBS,
    launch_verbs=weapons.LAUNCH_VERBS,
    intercept_verbs=weapons.INTERCEPT_VERBS,
    toll_nouns=tolls.TOLL_NOUNS,
    toll_cues=tolls.TOLL_CUES,
    toll_gap_words=frozenset(),
    increment_before=frozenset({"another", "a further", "an additional", "additional"}),
    # Session 11 (en12): "26 new deaths" adds to a running toll (en11's found-not-fixed gave 26)
    increment_after=frozenset({"more", "additional", "new"}),
    weak_increment_before=frozenset(),
    of_words=frozenset({"of", "of the", "out of", "out of the"}),
    of_them=frozenset({"of them", "of whom", "of those"}),
    group_cues=frozenset(
        {"including", "among them", "among whom", "of whom", "of them", "among those", "included", "include"}
        # a breakdown after a colon or a dash, as Dutch has it ("Five people were killed: three men and a woman")
        | {":", "—", "–"}
        # Session 13 (fresh13): the members of a count of bodies by the pronoun of the bodies ("17 bodies, including
        # those of four children")
        | {"including those of", "among them those of"}
    ),
    among_the=frozenset({"among the", "among those"}),
    # Session 11 (en11): "none of them was injured": zero, as "no one" (not "none of the …": "none of the dead were
    # children" denies no deaths)
    zero_words=frozenset({"no", "zero"}),
    nobody_words=frozenset({"no one", "nobody", "noone", "no-one", "none of them"}),
    negations=frozenset(["not", "never", "no", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "didn't"]),
    boundaries=frozenset(
        ["and", "but", "while", "whereas", "or", "after", "before", "when", "where", "because", "although"]
    ),
    update_cues=frozenset({"now"}),
    projected_cues=tolls.PROJECTED_CUES,
    preliminary_cues=tolls.PRELIMINARY_CUES,
    said_verbs=sources.SAID_VERBS,
    according_to=frozenset({"according to"}),
    postposed_according=frozenset(),
    source_heads=sources.SOURCE_HEADS,
    report_words=sources.REPORT_WORDS,
    name_connectors=frozenset({"of", "the", "for", "and"}),
    determiners=frozenset({"the", "a", "an", "another"}),
    channel_preps=frozenset({"on", "via", "in", "through"}),
    channels=sources.CHANNELS,
    statement_phrases=sources.STATEMENT_PHRASES,
    non_count_before=figures.NON_COUNT_BEFORE,
    non_count_after=figures.NON_COUNT_AFTER,
    months=dates.MONTHS,
    denial_cues=sources.DENIAL_CUES,
    conditional_cues=frozenset(
        ["if", "in case", "in the event that", "unless", "suppose", "supposing", "assuming", "hypothetically"]
    )
    | ev.COUNTERFACTUALS
    | ev.HYPOTHETICAL_EVENTS,
    conditional_exceptions=frozenset(),
    other_event_openers=ev.MONTH_OPENERS | ev.EARLIER_OPENERS,
    noun_preps=ev.NOUN_PREPS,
    other_event_exceptions=ev.OTHER_EVENT_EXCEPTIONS,
    located_cues=ev.LOCATED_CUES,
    ago_before=ev.AGO_BEFORE,
    ago_after=ev.AGO_AFTER,
    age_suffixes=ev.AGE_SUFFIXES,
    other_event_cues=dates.OTHER_EVENT_CUES,
    singular_victims=victims.SINGULAR_VICTIMS,
    superlatives=frozenset({"deadliest", "worst", "bloodiest", "largest", "biggest", "heaviest", "highest"}),
    since_words=frozenset({"since"}),
    thing_nouns=THING_NOUNS["en"],
    rate_periods=frozenset({"a year", "a day", "a week", "a month"}),
    # Session 11 (en11): "Eleven were killed in the north and 4 in the south": a count for a parallel place
    parallel_place_preps=frozenset({"in"}),
    place_regions=frozenset(
        f"{side}{end}"
        for side in ("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west")
        for end in ("", "ern")
    ),
    toll_charge_words=tolls.TOLL_CHARGE_WORDS,
    # Session 10 (ennl10): bodies handed to their families are, like unidentified ones, no toll (the guide)
    unidentified_words=frozenset(
        {
            "unidentified",
            "yet to be identified",
            "not yet identified",
            "not been identified",
            "handed over",
            "handed to",
            "handed back",
            "repatriated",
        }
    ),
    shelter_cues=figures.SHELTER_CUES,
    # Session 11 (en11): an event the report recalls ("revived memories of the Bhopal gas leak, which killed
    # thousands", "reminiscent of the 2004 tsunami that killed 230,000"): what follows counts that event.
    compared_cues=frozenset(
        {"as that of", "than that of", "like that of", "to that of", "memories of", "reminiscent of", "echoes of"}
        # Session 11 (en12): an inquiry or inquest looks back at deaths ("The inquiry into the deaths of 39 people
        # found failings"): the guide's found-not-fixed of en11; "after 39 people died, an inquiry …" keeps its 39.
        | {f"{body} into" for body in ("inquiry", "inquiries", "inquest", "inquests")}
    ),
    interval_nouns=frozenset({"minutes", "hours", "days", "weeks", "months"}),
    population_quantifiers=frozenset(
        {"most of the", "most of those", "many of the", "many of those", "some of the", "some of those"}
        # a fraction or a few of them is as vague a part ("half of the 40 dead were children": not 40 children)
        | {f"{part} of {the}" for part in ("half", "third", "quarter", "several", "few") for the in ("the", "those")}
        | {f"{pc} of {the}" for pc in ("%", "percent", "per cent") for the in ("the", "those")}
        # Session 11 (en12): "None of the 12 crew members were injured" counts the crew, not the injured
        | {"none of the", "not one of the", "none of its", "none of their"}
        # "A mother of three was killed": the figure counts a family, not the victims.
        | {f"{kin} of" for kin in ("mother", "father", "parent", "grandmother", "grandfather", "mom", "dad")}
    ),
    auxiliaries=frozenset({"has", "have", "had", "also", "later"}),
    exceed_words=EXCEED_WORDS,
    late_year_preps=frozenset({"in", "of"}),
    count_nouns=frozenset({"number", "tally", "count"}),
    told_verbs=frozenset({"told"}),
    all_words=frozenset({"all"}),
    sequel_verbs=frozenset({"follows", "followed"}),
    coming_verbs=frozenset({"comes", "came", "coming"}),
    after_words=frozenset({"after"}),
    other_metric_not_increment=True,
    # Session 11 (en11): the singulars too, after "one" ("one storm-related death", "one weather-related fatality")
    adjective_metric_ends=("deaths", "fatalities", "injuries", "death", "fatality", "injury"),
    state_verbs=frozenset({"remain", "remains", "remained"}),
    relative_openers=frozenset({"who"}),
    participle_endings=("ing",),
    perfect_auxiliaries=frozenset({"has", "have", "'ve"}),
    source_place_preps=frozenset({"in"}),  # "Police in The Hague said"
    possessives=frozenset({"their", "its", "his", "her", "our"}),  # "two of their interpreters"
    time_adverbs=frozenset({"overnight", "again"}),  # "Russia launched overnight 55 drones"
    another_words=frozenset({"another"}),  # "Another soldier was killed": one more (+1), as "otro" is
    dispute_verbs=frozenset({"disputed", "disputes", "dispute", "disputing", "contested", "contests", "questioned"}),
    comparison_words=frozenset({"compared", "comparison", "versus", "vs"}),
    channel_words=frozenset(
        {"local", "state", "national", "public", "private", "news", "agency", "television", "tv", "radio", "station"}
        | {"channel", "broadcaster", "newspaper", "daily", "outlet", "network", "wire", "service", "state-run"}
    ),
    # "one in three children", "one out of five", "one in every ten": a share; the whole is no count of victims
    proportion_preps=frozenset({"in", "in every", "out of", "of every"}),
    # an age after the victims' noun with no unit: "aged 12", "aged between 20 and 40", "in his 40s"
    bare_age_openers=frozenset(
        {"aged", "aged between", "aged from", "ages", "in his", "in her", "in their", "in his late", "in her late"}
        | {"in his early", "in her early", "in their late", "in their early", "in his mid", "in her mid"}
        | {"under", "under the age of", "over the age of", "aged under", "aged over"}
    ),
    total_nouns=frozenset({"total"}),
    rise_verbs=frozenset({"rise", "climb", "increase", "grow", "mount", "go up"}),
    opening_conditionals=True,
    # Session 10 (ennl10): how badly, after a part of a count ("11 injured, two of them serious", "two seriously")
    severity_words=frozenset(
        {
            "serious",
            "seriously",
            "critical",
            "critically",
            "severely",
            "gravely",
            "badly",
            "slightly",
            "lightly",
            "minor",
        }
    ),
    order_verbs=frozenset({"ordered", "order", "orders", "ordering", "urged", "mandated", "recommended", "advised"}),
    crisis_nouns=frozenset(
        {
            "war",
            "invasion",
            "conflict",
            "offensive",
            "fighting",
            "hostilities",
            "siege",
            "occupation",
            "escalation",
            "crisis",
            "outbreak",
            "epidemic",
            "pandemic",
        }
    ),
    # Session 10 (attr10): attribution that transfers ("confirmed to CBS News", "told reporters", "its spokesman, X")
    outlet_preps=frozenset({"to"}),
    audience_words=frozenset({"reporters", "journalists", "the press", "the media"}),
    source_possessives=frozenset({"its", "their", "his", "her"}),
    name_conjunctions=frozenset({"and", "&"}),
    titles_kept_before_names=True,
    honorifics=frozenset({"mr", "mrs", "ms"}),  # Session 22 (attr23): "Mr Sagar" → Sagar
    relay_verbs=frozenset({"reported", "reports"}),
    # "The UN estimated that …"
    source_verbs=sources.SOURCE_VERBS,
    more_source_heads=frozenset(
        [
            # Session 11 (attr12): an aid worker speaking ("a Red Cross worker said")
            "worker",
            "brigade",
            "coroner",
            "coastguard",
            "guard",
            "navy",
            "observatory",
            "municipality",
            "agencies",
            "prefecture",
            # Session 11 (attr11): unnamed sources ("according to a security source"), a party's speakers
            "source",
            "rebels",
            "firefighters",
        ]
    ),
    cited_by=frozenset({"cited by", "as cited by", "quoted by", "as quoted by"}),
    pronoun_subjects=frozenset({"he", "she", "they", "we", "it", "i"}),  # Session 11 (attr11): no source
    broadcast_preps=frozenset({"on"}),  # Session 11 (attr11): the via a source spoke on
    # Session 12 (fa12): courts and spans of years that look back at an earlier event (_looking_back_words)
    **LOOKING_BACK["en"],
    **EARLIER_SPANS["en"],
    # Session 12 (rec12): "Both officers were injured"; "20 Palestinian dead", "12 Israeli deaths"
    pair_words=frozenset({"both"}),
    demonym_ends=("ian", "ese", "ish"),
    # Session 12 (rec12): "Of the deaths, 212 were in Kashmir"; session 22 (issue 13): a region the part comes "from"
    # ("Among the 22 missing people, four from Binh Dinh", en-5ae7b6b6-3)
    part_place_preps=frozenset({"in", "on", "at", "from"}),
    care_wholes=frozenset({"victims", "casualties", "injured", "wounded"}),  # Session 12 (memb12)
    care_stays=frozenset({"in hospital", "in the hospital", "in intensive care", "in critical care"}),
    day_preps=frozenset({"on"}),  # Session 12 (rec12): "rose on Friday to 40"
    # Session 12 (fresh12): a first figure and its revision (casualtylog.text._first_figures)
    first_figure_cues=FIRST_FIGURE_CUES["en"],
    revision_contrasts=REVISION_CONTRASTS["en"],
    # Session 12 (lead): one person rescued, named by an article, is a count of 1 (the corpus guide's rescued
    # children 1 for "a boy was pulled alive from the rubble"), as Dutch since nl11
    article_metrics=frozenset({"rescued"}),
    # Session 13 (fresh13): "12,400 people, or 2,100 households, were affected" (casualtylog.text._household_asides)
    household_openers=frozenset({"or", "in"}),
    household_nouns=frozenset({"households", "families"}),
    # Session 13 (fresh13): a total raised to a number before its object, as French "portant à 78 le bilan":
    # "bringing to 42 the death toll", "taking to 19 the number of dead" (casualtylog.text._change_frames.raised_to)
    raise_verbs=frozenset({"bringing", "brings", "bring", "brought", "taking", "takes", "took", "raising", "raises"})
    | frozenset({"raised", "pushing", "pushed", "pushes"}),  # Session 14 (fresh8en): "pushed the toll from 114 to 143"
    # Session 19 (miss20a): revising a toll with it as the object ("had reduced the death toll from 12 to 11").
    revise_verbs=frozenset(
        {
            "raised",
            "reduced",
            "reduces",
            "reducing",
            "lowered",
            "lowers",
            "lowering",
            "revised",
            "revises",
            "revising",
            "cut",
            "cuts",
            "cutting",
            "pushed",
            "pushes",
            "upped",
            "adjusted",
        }
    ),
    earlier_figure_cues=frozenset({"up from", "down from"}),  # Session 13 (fresh13): "rose to 143, up from 114"
    # Session 13 (status13): a fear for people, and relative clauses, bound a status cue (_status_scope)
    **STATUS_WORDS["en"],
    pending_confirmations=PENDING_CONFIRMATIONS["en"],
    # Session 13 (fresh7a): unlisted adjectives and model names before a weapon noun ("six explosive drones")
    open_weapon_modifiers=True,
    distributive_words=frozenset({"each"}),  # Session 13 (fresh7a): "two each in Samar and Cebu"
    **EARLIER_DAY_WORDS["en"],  # an earlier figure dated the day before
    **REVISION_CHAIN_WORDS["en"],  # a toll revised in a chain
    **FOUND_ALIVE_WORDS["en"],  # a count found alive in a list
    # "The victims included 10 children and two women" (killed), "Survivors included 13 women" (rescued): the head of
    # a list after "included" names its metric; "a child, along with eight men" adds a member
    list_heads={"victims": "killed", "survivors": "rescued"},
    list_links=_phrases("along with | as well as"),
    whom_parts=_phrases("of whom"),  # "nine workers, seven of whom were dead": the part keeps the whole's group
    survivor_objects=_words("survivor survivors"),  # "rescuers found one lucky survivor"
    # survivors found are rescued as the subject too, as Dutch and German read it (en-afadac61-2 "A few survivors
    # were found immediately after the mudslide")
    survivor_nouns=_words("survivor survivors"),
    survivor_found=_words("found pulled"),
    # one more death by an ordinal: "the third death" is +1
    ordinal_words=_words("second third fourth fifth sixth seventh eighth ninth tenth"),
    # an ordinal between "a" and a singular victim is one more death, as German "ein fünftes Todesopfer" (the guide's
    # round 15: "a fifth visitor died" is +1; "the fourth worker", definite, is no count)
    another_after_article=_words("second third fourth fifth sixth seventh eighth ninth tenth"),
    ordinal_metric_nouns=_words("death fatality"),
    body_found_verbs=_words("found recovered retrieved pulled exhumed"),  # "Three of the bodies were retrieved"
    # the guide's victims in a toll are the dead: "Among the victims were six children" (as fr, es, de)
    victim_nouns=_words("victims"),
    # Session 13 (fresh7r2): "forced 3,000 people to leave their homes" (casualtylog.text._romance_objects); not
    # "told": an order to leave is no claim
    forcing_verbs=frozenset({"forced", "forcing", "forces", "force", "compelled", "compelling"}),
    flight_objects=EN_FLIGHT_OBJECTS,
    care_verbs=EN_CARE_VERBS,  # session 22: the hospital frame, a named hospital between verb and head word
    care_places=EN_CARE_PLACES,
    # session 22: people counted by their stay in hospital (casualtylog.text._care_stays), or as the object of
    # a verb that takes them there (casualtylog.text._care_objects)
    **care_stay_fields("en"),
)
