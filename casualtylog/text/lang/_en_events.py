"""English cues for counts that are not this event's: another incident, a statistic, people found again.

A report's background sentences count other things with the same verbs
("In June, a gunman killed nine people"; "floods kill an average of 100
people a year"; "50 people who had been unaccounted for were found"), so
the frames bind them like the report's own counts. These tables name the
*kind* of sentence by its shape (a month opening the sentence, a rate, a
span of years, a verb of finding) rather than by its words, and are merged
into :mod:`.en`.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases

__all__ = [
    "AGE_SUFFIXES",
    "AGO_AFTER",
    "AGO_BEFORE",
    "CAPACITY_WORDS",
    "COUNTERFACTUALS",
    "DEMONYMS",
    "EARLIER_OPENERS",
    "EVENT_HEADS",
    "EVENT_TITLES",
    "HYPOTHETICAL_EVENTS",
    "LOCATED_CUES",
    "MONTHS",
    "MONTH_EVENTS",
    "MONTH_OPENERS",
    "NAMED_EVENT_VERBS",
    "NOUN_PREPS",
    "OTHER_EVENT_EXCEPTIONS",
    "RATE_CUES",
    "SIMILAR_EVENTS",
]

#: The month names, also the start of English ``months`` (en.py adds the abbreviations).
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

#: A month opening the sentence before a comma dates it ("In June, Dylann Roof fatally shot nine people";
#: "Last March, …"): a report says "on Monday" or "yesterday" of its own event, a month of an earlier one.
#: Only as an opener: inside a clause ("killed in June") a month may date the report's own event.
MONTH_OPENERS = frozenset(
    f"{prep} {month}"
    for month in MONTHS
    for prep in ("in", "in early", "in late", "in mid", "in mid-", "last", "earlier in", "back in")
) | frozenset(f"in mid-{month}" for month in MONTHS)

#: An earlier time opening the sentence ("Hours earlier, …", "Two days before, …"): the guide's "Hours
#: before yesterday's blast" and French "Quelques heures plus tôt". The number before it is a token of
#: its own, so "days earlier" matches "two days earlier" too. Only as an opener, like the months.
EARLIER_OPENERS = frozenset(
    f"{unit} {when}"
    for unit in ("hours", "days", "weeks", "months", "years", "a day", "a week", "an hour", "the day", "the night")
    for when in ("earlier", "before")
) | frozenset({"earlier in the day", "earlier that day", "the previous night", "the week before", "the previous week"})

#: A month naming an event ("the March truck bombing in Tal Afar that killed 152 people", "the June
#: attack"): that event, not the report's, which is told by its day ("Monday's attack").
_MONTH_EVENT_NOUNS = ("attack", "attacks", "bombing", "bombings", "blast", "shooting", "massacre", "raid", "strike")
_MONTH_EVENT_MODIFIERS = (
    "",
    "truck ",
    "car ",
    "suicide ",
    "twin ",
    "terror ",
    "terrorist ",
    "mass ",
    "air ",
    "deadly ",
)
MONTH_EVENTS = frozenset(
    f"{month} {modifier}{noun}"
    for month in MONTHS
    for modifier in _MONTH_EVENT_MODIFIERS
    for noun in _MONTH_EVENT_NOUNS
)

#: A rate is a statistic over many incidents, not a count of one ("an average of 100 people a year",
#: "about 50 people die every year in avalanches"): none of its clause's figures is a claim.
RATE_CUES = frozenset(
    {
        "per year",
        "each year",
        "every year",
        "a year on average",
        "annually",
        "an average of",
        "on average",
        "per annum",
        "per decade",
        "every decade",
        "each decade",
        # a season's deaths every year ("heat waves kill 60,000 people in Europe every summer")
        "every summer",
        "each summer",
        "every winter",
        "each winter",
    }
) | _phrases(
    # rates over many days, a statistic as "an average of" is ("as against the daily average of around seven or eight
    # bodies"): none of their clause's figures is a claim
    "daily average | weekly average | monthly average | yearly average | annual average | the average of"
    " | a daily average of | per day on average"
)

#: A capacity is no count of people hit ("The shelter can house 500 displaced people", "schools housing
#: 300 displaced people"): the corpus guide leaves out the people a place holds, described, not counted.
#: Words right before the number (``non_count_before``), so "12 people were taken to shelters that can
#: hold 300" keeps its 12. Not "housed": "authorities housed 500 people in schools" shelters them.
CAPACITY_WORDS = frozenset(
    {"house", "houses", "housing", "accommodate", "accommodates", "accommodating", "hold", "holds"}
)

#: "in the past 25 years", "over the last three decades": a span of years counts many incidents.
#: Read as the "ago" shape (:mod:`casualtylog.text._ago_cues`): a number between these words.
#: Not weeks, days or hours: "in the past 24 hours" is the report's own event.
AGO_BEFORE = frozenset({"past", "last", "previous"})
AGO_AFTER = frozenset({"years", "decades"})

#: Missing people found or reached again ("Fifty people who had been unaccounted for were found on
#: Tuesday"): the count is no longer missing, unless negated ("have not been located").
#: Not "found dead" (a predicate of its own: killed) nor "found alive" (rescued, by its predicate).
LOCATED_CUES = frozenset({"found", "located", "tracked down", "accounted for", "reunited", "turned up", "traced"})

#: "an 18-year-old died", "a 45-year-old man was killed": the age word and the noun after it are one victim.
AGE_SUFFIXES = ("year-old", "year-olds")

#: "in the last week of May", "over the last month": with an article, "last week" is a span up to now
#: (the report's own time), not the week before it; the other-event cues inside these are void.
OTHER_EVENT_EXCEPTIONS = frozenset(
    f"{article} last {unit}" for article in ("the", "this") for unit in ("week", "month", "year", "weeks", "months")
)

#: Prepositions of a short phrase between the victims' noun and the predicate ("132 people on the rubber
#: dinghy were rescued", "ten members of one family were killed", "30 workers inside the mine are missing").
NOUN_PREPS = frozenset({"on", "in", "aboard", "onboard", "inside", "at", "of", "from", "near"})


#: Session 10 (ennl10): a similar or comparable incident is another one ("In a similar accident, 14 people died",
#: "A similar blast killed 9 workers"), as "a similar attack" was: the guide's "In a similar attack, 20 people
#: were killed". Only before a noun of an incident: "a similar number were injured" holds no other event.
_INCIDENT_NOUNS = (
    "accident",
    "incident",
    "crash",
    "collision",
    "blast",
    "explosion",
    "bombing",
    "shooting",
    "fire",
    "quake",
    "earthquake",
    "storm",
    "flood",
    "landslide",
    "stampede",
    "disaster",
    "tragedy",
    "ambush",
    "raid",
    "collapse",
    "sinking",
)
SIMILAR_EVENTS = frozenset(
    f"{similar} {noun}"
    for similar in ("a similar", "another similar", "a comparable", "a similar deadly", "a similar fatal")
    for noun in _INCIDENT_NOUNS
) | frozenset(f"similar {noun}s" for noun in _INCIDENT_NOUNS)


#: Session 10 (ennl10): what would or could have happened, not what did ("The blast could have killed hundreds",
#: "a major quake would kill 20,000", "enough to kill 100 people"): conditional, like "if". Only with a verb of
#: harm in the active or after "would": "Thirty people could have been killed" and "may have died" are the guide's
#: projected counts, "could rise" too, and "would" alone reports plans.
COUNTERFACTUALS = frozenset(
    {f"{modal} have {verb}" for modal in ("would", "could", "might") for verb in ("killed", "injured", "wounded")}
    | {"would have been killed", "would have been injured", "would have died", "would kill", "would die"}
    | {"would be killed", "enough to kill", "capable of killing"}
)


#: Session 11 (en12): a named earlier event opening the sentence ("The Grenfell Tower fire killed 72", "Hurricane
#: Katrina killed more than 1,800"; :mod:`casualtylog.text._named_events`): its toll's verbs in the simple past,
#: the titles before a storm's name, the nouns heading an event's name, and demonyms, which make the name the
#: report's own attacker's or place's ("The Russian attack killed 14 people" reports this event).
NAMED_EVENT_VERBS = frozenset(
    {"killed", "claimed", "left", "was responsible for", "was blamed for", "caused", "took the lives of"}
)
EVENT_TITLES = frozenset({"hurricane", "typhoon", "cyclone", "storm", "superstorm"})
#: Only events people cause: a disaster of nature is named by its place in its own reports too ("The <place>
#: earthquake killed …" cost dev inner b two right claims), so quakes, storms and floods are left out.
EVENT_HEADS = frozenset(
    {"accident", "incident", "crash", "collision", "blast", "explosion", "bombing", "bombings", "shooting"}
    | {"shootings", "fire", "fires", "blaze", "stampede", "disaster", "tragedy", "ambush", "raid", "collapse"}
    | {"sinking", "attack", "attacks", "massacre", "genocide", "war", "crush", "downing", "derailment", "leak"}
    | {"spill", "siege", "famine", "pandemic"}
)
DEMONYMS = frozenset(
    [
        "afghan",
        "african",
        "american",
        "arab",
        "australian",
        "austrian",
        "bangladeshi",
        "belgian",
        "brazilian",
        "british",
        "burmese",
        "canadian",
        "chinese",
        "colombian",
        "congolese",
        "czech",
        "dutch",
        "egyptian",
        "english",
        "ethiopian",
        "european",
        "filipino",
        "french",
        "german",
        "greek",
        "haitian",
        "indian",
        "indonesian",
        "iranian",
        "iraqi",
        "irish",
        "israeli",
        "italian",
        "japanese",
        "jordanian",
        "kenyan",
        "korean",
        "kurdish",
        "lebanese",
        "libyan",
        "malian",
        "mexican",
        "moroccan",
        "nepali",
        "nigerian",
        "pakistani",
        "palestinian",
        "peruvian",
        "polish",
        "portuguese",
        "russian",
        "rwandan",
        "saudi",
        "scottish",
        "serbian",
        "somali",
        "spanish",
        "sudanese",
        "swedish",
        "swiss",
        "syrian",
        "taliban",
        "thai",
        "turkish",
        "ugandan",
        "ukrainian",
        "venezuelan",
        "vietnamese",
        "welsh",
        "yemeni",
        "us",
        "u.s.",
        "uk",
        "un",
        "nato",
        "idf",
        "hamas",
        "hezbollah",
        "houthi",
        "islamist",
        "jihadist",
        "western",
        "northern",
        "southern",
        "eastern",
    ]
)


#: Session 11 (en12): an indefinite event with a modal is one that may happen, not one that did ("A major quake could
#: kill up to 10,000 people", "A severe pandemic could kill as many as 80 million"): conditional, like "if". The
#: report's own event is definite ("The storm could kill hundreds more", projected, stays).
HYPOTHETICAL_EVENTS = frozenset(
    f"{article} {size}{event} {modal}"
    for article in ("a", "an")
    for size in ("", "major ", "large ", "big ", "severe ", "strong ", "powerful ", "massive ", "future ", "new ")
    for event in ("quake", "earthquake", "tsunami", "pandemic", "hurricane", "storm", "flood", "eruption", "outbreak")
    for modal in ("could", "would", "might", "may")
) | frozenset({"a direct hit"})
