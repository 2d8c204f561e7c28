"""English predicates and verbs: function words, the victims' predicates, the words between a count and
its predicate, and verbs whose object is a count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _en_shapes as shapes
from casualtylog.text.lang import _en_words as words
from casualtylog.text.lang._arrival_words import ARRIVAL_PREDICATES
from casualtylog.text.lang._care_words import CARE_WORDS
from casualtylog.text.lang._flight_words import FLIGHT_PREDICATES
from casualtylog.text.lang._guide_round_words import ROUND_PREDICATES
from casualtylog.text.lang._missing_lists import MISSING_LISTS
from casualtylog.text.lang._shelter_words import SHELTER_PREDICATES
from casualtylog.text.lang._status_words import PROJECTING_GAPS

__all__ = ["ACTIVE_VERBS", "FUNCTION_WORDS", "GAP_WORDS", "PREDICATES"]


FUNCTION_WORDS = (
    frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "was",
            "were",
            "are",
            "have",
            "has",
            "had",
            "been",
            "by",
            "on",
            "at",
            "with",
            "from",
            "that",
            "this",
            "it",
            "which",
            "who",
            "said",
            "says",
            "after",
            "people",
            "killed",
            "injured",
            "least",
            "more",
            "than",
            "about",
            "their",
            "they",
            "he",
            "she",
            "his",
            "her",
        ]
    )
    | words.MORE_FUNCTION_WORDS
)

PREDICATES = shapes.CARE_PREDICATES | {
    "taken to hospital": "injured",
    "taken to hospitals": "injured",
    "taken to the hospital": "injured",
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "have died": "killed",
    "lost their lives": "killed",
    "lost their life": "killed",
    "perished": "killed",
    "slain": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    # Session 13 (fresh13): "have been officially registered as missing", as "listed as missing" (the participle is
    # no gap word: "143 registered deaths")
    "registered as missing": "missing",
    "unaccounted for": "missing",
    "displaced": "displaced",
    "detained": "detained",
    "arrested": "detained",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "affected": "affected",
    "relocated": "displaced",
    "arrested by": "detained",
}

GAP_WORDS = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "be",
        "being",
        "remain",
        "remained",
        "remains",
        "listed",
        "as",
        "reportedly",
        "reported",
        "also",
        "now",
        "confirmed",
        "so",
        "far",
        "all",
        "later",
        "still",
        "officially",
        "seriously",
        "severely",
        "critically",
        "slightly",
        "lightly",
        "badly",
        "who",
        "feared",
        "presumed",
        "thought",
        "believed",
        "could",
        "may",
        "might",
        "would",
        "to",
        # Session 11 (en11): adverbs of the reporting between the auxiliary and the participle ("were
        # allegedly killed", "are known to have died"); their status, if any, is the status cues' to read.
        "allegedly",
        "initially",
        "apparently",
        "eventually",
        "ultimately",
        "subsequently",
        "known",
        "understood",
        "newly",
        "currently",
        # Session 11 (en13): "were said to have been killed": a reporting verb, as "known"
        "said",
        # Session 17 (ennl17): adverbs of time between the auxiliary and the participle ("However four of those have
        # since died", en-244bc381-3; "A mother and her baby were instantly killed", en-b2db3373-6)
        "since",
        "instantly",
        "immediately",
    ]
)
# Session 13 (status13): likelihood adverbs, modals, subjunctives between a count and its verb ("were likely killed")
GAP_WORDS |= PROJECTING_GAPS["en"]

ACTIVE_VERBS = {
    "bodies of": "killed",
    "deaths of": "killed",
    "death of": "killed",
    # An event named by its noun takes its count after "of" as a verb takes its object ("forced the
    # evacuation of 52,000 people"); the object frame still wants people or nothing after the number.
    "evacuation of": "evacuated",
    "evacuations of": "evacuated",
    "rescue of": "rescued",
    "arrest of": "detained",
    "arrests of": "detained",
    "detention of": "detained",
    "displacement of": "displaced",
    "killed": "killed",
    # Searched for is missing (the corpus guide); the object frame wants people or nothing after the
    # number, so "searching for 12 hours" is no count.
    "searching for": "missing",
    "searched for": "missing",
    "search for": "missing",
    # The other verbs of a search name the missing the same way ("still looking for 45 people", "trying to
    # locate 300 people"); not "located": the people were found.
    "looking for": "missing",
    # Displaced as a verb with its object ("the floods have displaced 5,000 people"), as "evacuated" is.
    "displaced": "displaced",
    "displacing": "displaced",
    "displaces": "displaced",
    "look for": "missing",
    "to locate": "missing",
    "shot dead": "killed",
    "claimed the lives of": "killed",
    "killing": "killed",
    "claimed": "killed",
    "claiming": "killed",
    "kills": "killed",
    "kill": "killed",
    "wounded": "injured",
    "wounding": "injured",
    "wounds": "injured",
    "injured": "injured",
    "injuring": "injured",
    "injures": "injured",
    "treating": "injured",
    "treated": "injured",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "rescue": "rescued",
    "rescuing": "rescued",
    # Ukraine's emergency service "unblocked three people from the rubble". Not "pulled" nor "freed":
    # "pulled 200 troops out of the town", "freed 12 hostages" in a deal are no rescues.
    "unblocked": "rescued",
    "saved": "rescued",
    "saving": "rescued",
    "arrested": "detained",
    "arresting": "detained",  # Session 13 (fresh7a): a gerund after the event ("raided the town, arresting 13")
    "detained": "detained",
    "affecting": "affected",
    "affected": "affected",
    # Session 11 (en11): headlines tell in the present ("Police arrest 30 after clashes").
    "arrest": "detained",
    "arrests": "detained",
    "detains": "detained",
    "rescues": "rescued",
    # Session 11 (en11): fronted before its copula as "killed" is ("Still missing are 11 people").
    "missing": "missing",
}

# Session 12 (fresh12): sought, took or found shelter is displaced (casualtylog.text.lang._shelter_words)
PREDICATES = {**PREDICATES, **SHELTER_PREDICATES["en"]}
# Session 13 (fresh7a): fled the settlement they lived in is displaced (casualtylog.text.lang._flight_words)
PREDICATES = {**PREDICATES, **FLIGHT_PREDICATES["en"]}
# Session 13 (fresh7a): sent to hospital, received injuries, a range of grades (casualtylog.text.lang._care_words)
PREDICATES = {**PREDICATES, **CARE_WORDS["en"]}

# Session 13 (fresh7r2): arrived in a refugee camp, crossed the border (casualtylog.text.lang._arrival_words)
PREDICATES = {**PREDICATES, **ARRIVAL_PREDICATES["en"]}

# Arrests by "apprehend", as by "arrest" (en-6cdbffde-1 "the … Police Command apprehended 307 individuals")
ACTIVE_VERBS = {**ACTIVE_VERBS, **dict.fromkeys(("apprehended", "apprehending", "apprehend", "apprehends"), "detained")}
# Session 22 (issue 13): hospitalised as an active verb with its object ("killed three workers and hospitalized two
# others with severe burns", en-4f9be5a5-1), as "injured two others" is read
ACTIVE_VERBS = {
    **ACTIVE_VERBS,
    **dict.fromkeys(("hospitalized", "hospitalised", "hospitalizing", "hospitalising"), "injured"),
}
PREDICATES = {
    **PREDICATES,
    "apprehended": "detained",
    # treated for what a fire or cold does to the body, with its severity ("Six of the survivors were treated for
    # severe hypothermia and dehydration"), as the listed "treated for hypothermia" (lang/_en_shapes.py)
    **{
        f"treated for {degree} {cause}": "injured"
        for degree in ("acute", "moderate")
        for cause in ("hypothermia", "burns", "smoke inhalation", "heat exhaustion", "heatstroke", "poisoning")
    },
    # brought to hospital dead ("While eight were received dead, two died undergoing treatment")
    **{f"{verb} dead": "killed" for verb in ("received", "brought", "brought in")},
    # one injury received, as "received injuries", which lang/_care_words.py lists with each grade and "wounds"
    **{
        f"{verb} {degree}injury": "injured"
        for verb in ("received", "receiving")
        for degree in ("", "minor ", "serious ", "severe ", "critical ")
    },
}
# Words of predicates are reserved (no unlisted modifier of a victim's noun may be one), so the places and their
# articles stay few: "nearby" or "clinic" here would end "three nearby villagers", "ten clinic workers".
_CARE_PLACES = tuple(f"{kind}{end}" for kind in ("hospital", "health centre", "health center") for end in ("", "s"))
_CARE_ARTICLES = ("", "a ", "the ", "two ", "three ")
#: Grades of injury said with "have": "30 passengers had minor injuries", "three further medics have minor injuries".
_GRADES = ("minor", "light", "moderate", "serious", "severe", "critical", "life-threatening", "multiple")
#: Conditions one is treated for after an event: the injured (the guide: treated for smoke inhalation or poisoning).
_TREATED_FOR = (
    "hypothermia",
    "dehydration",
    "smoke inhalation",
    "burns",
    "poisoning",
    "carbon monoxide poisoning",
    "heatstroke",
    "heat stroke",
    "heat exhaustion",
    "gunshot wounds",
    "fractures",
)
# Treated at a hospital or health centre, or for a graded condition ("Six of the survivors were treated for severe
# hypothermia", en-9b75c7c3-4), is injured; on the list of the missing is missing; "had minor injuries" is injured
PREDICATES = {
    **PREDICATES,
    **{
        f"{treated} {prep} {article}{place}": "injured"
        for treated in ("treated", "being treated")
        for prep in ("at", "in")
        for article in _CARE_ARTICLES
        for place in _CARE_PLACES
        if not (article.startswith("a ") and place.endswith("s"))
    },
    **{
        f"{treated} for {grade}{cause}": "injured"
        for treated in ("treated", "being treated")
        for grade in ("", "severe ", "serious ", "mild ", "minor ")
        for cause in _TREATED_FOR
    },
    **{f"on {whose} {lst}": "missing" for whose in ("the", "our", "their", "a") for lst in MISSING_LISTS["en"]},
    **{
        f"{have} {grade}{noun}": "injured"
        for have in ("had", "have", "has")
        for grade in ("", *(f"{g} " for g in _GRADES))
        for noun in ("injuries", "wounds", "burns")
    },
}
# People taken out of the water are rescued: "some 200 others were picked up by the coast guard" (en-23582ede-1),
# "Another 140 migrants were picked up from the second boat" (en-23582ede-4). Not "picked up by police" (an arrest, or
# a lift): only from a boat, at sea, or by those who rescue at sea.
_PICKED_UP = ("from", "at sea", "by the coast guard", "by the coastguard", "by coast guard", "by coastguard")
_PICKED_UP_BY = ("by rescuers", "by rescue", "by the navy")
PREDICATES = {**PREDICATES, **{f"picked up {where}": "rescued" for where in _PICKED_UP + _PICKED_UP_BY}}

# The predicates the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PREDICATES = {**PREDICATES, **ROUND_PREDICATES["en"]}
