"""English tolls and changes: toll nouns, the cues of a toll's change, projected and preliminary
figures, and tolls that charge.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); en.py assembles the language. Moved verbatim from en.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _en_shapes as shapes
from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES
from casualtylog.text.lang._guide_round_words import ROUND_PRELIMINARY, ROUND_PROJECTED
from casualtylog.text.lang._missing_lists import MISSING_LISTS
from casualtylog.text.lang._status_words import ASSUMING, FIRST_FINDINGS, NOT_FINAL
from casualtylog.text.lang._word_lists import phrases as _phrases

__all__ = ["PRELIMINARY_CUES", "PROJECTED_CUES", "TOLL_CHARGE_WORDS", "TOLL_CUES", "TOLL_NOUNS"]


TOLL_NOUNS = shapes.TOLL_NOUNS | {
    "death toll": "killed",
    "toll": "killed",
    "number of dead": "killed",
    "number of deaths": "killed",
    "number of fatalities": "killed",
    "number of people killed": "killed",
    "number of injured": "injured",
    "number of wounded": "injured",
    "number of injuries": "injured",
    "number of people injured": "injured",
    "number of missing": "missing",
}

TOLL_CUES = shapes.TOLL_CUES | {
    "rose to": "update",
    "has risen to": "update",
    "had risen to": "update",
    "risen to": "update",
    "climbed to": "update",
    "has climbed to": "update",
    "increased to": "update",
    "has increased to": "update",
    "reached": "update",
    "has reached": "update",
    "jumped to": "update",
    "grew to": "update",
    "has grown to": "update",
    "now stands at": "update",
    "is now": "update",
    "to": "update",
    "of": "static",
    "stands at": "static",
    "stood at": "static",
    "is": "static",
    "was": "static",
    ":": "static",
    "at": "static",
    "remains at": "static",
    "remained at": "static",
    "could rise to": "projected",
    "may rise to": "projected",
    "might rise to": "projected",
    "is expected to rise to": "projected",
    "is likely to rise to": "projected",
    "could reach": "projected",
    "may reach": "projected",
    "could climb to": "projected",
    "could climb": "projected",
    "could escalate to": "projected",
    "may climb to": "projected",
    # session 13 (status13): a toll expected to reach or pass a figure ("Officials expect the toll to exceed 100")
    "is expected to reach": "projected",
    "are expected to reach": "projected",
    "was expected to reach": "projected",
    "is likely to reach": "projected",
    "will reach": "projected",
    "could hit": "projected",
    "to exceed": "projected",
    "to surpass": "projected",
    "to top": "projected",
    "rose by": "increment",
    "increased by": "increment",
    "climbed by": "increment",
    "went up by": "increment",
    "has risen by": "increment",
}

PROJECTED_CUES = frozenset(
    {
        "feared",
        "fear",
        "fears",
        "could",
        "might",
        "may have",
        "may be",
        "may rise",
        "expected to",
        "likely to",
        "likely",
        "probably",
        "believed to",
        "thought to",
    }
)
# Session 13 (status13): presumed, assumed, possible, suspected ("believed dead", "gehen vom Tod … aus")
PROJECTED_CUES |= ASSUMING["en"]
# What only seems so is not yet known ("Seven of those injured apparently died later"); deaths from a cause only
# suspected ("nine deaths from suspected heat stroke"), as "suspected deaths"; not "by suspected" ("killed by suspected
# militants": the suspicion is of the attackers)
PROJECTED_CUES |= _phrases("apparently | from suspected | due to suspected | of suspected")
# Believed or presumed in a state with no "to be" ("49 people were believed missing", en-d372c95d-5), as "believed
# dead" (the guide: believed → projected)
PROJECTED_CUES |= frozenset(
    f"{verb} {state}"
    for verb in ("believed", "thought", "presumed")
    for state in ("missing", "injured", "wounded", "trapped", "buried", "lost", "among the dead")
)

PRELIMINARY_CUES = (
    frozenset(
        {
            "preliminary",
            "initial reports",
            "initial figures",
            "early reports",
            "first reports",
            "initially",
            "tentatively",
            "tentative",
            "provisional",
            "provisionally",
        }
    )
    # session 12 (fresh12): a first figure, later revised ("initially"), is preliminary too
    | FIRST_FIGURE_CUES["en"]
    # session 13 (status13): the first findings of an inquiry ("according to initial information")
    | FIRST_FINDINGS["en"]
    | NOT_FINAL["en"]
)

TOLL_CHARGE_WORDS = frozenset(
    {
        "road",
        "roads",
        "booth",
        "booths",
        "plaza",
        "bridge",
        "gate",
        "gates",
        "lane",
        "lanes",
        "collector",
        "collectors",
        "charge",
        "charges",
        "fee",
        "fees",
        "highway",
        "motorway",
        "tunnel",
        "free",
    }
)

# Session 12 (rec12): a plural metric noun that opens the sentence stands for its toll ("Deaths now stand at
# 2,145", "Fatalities have climbed to 88"; casualtylog.text._toll_shapes.opening_metric): the cues' verbs in the
# plural. A copula's plural ("are", "were") is left out: that reader never takes a copula.
_PLURAL_VERBS = (("has ", "have "), ("stands ", "stand "), ("now stands ", "now stand "))
TOLL_CUES |= {
    cue.replace(singular, plural, 1): kind
    for cue, kind in tuple(TOLL_CUES.items())
    for singular, plural in _PLURAL_VERBS
    if cue.startswith(singular)
}

# The list of the missing ("the list of people unaccounted for was up to 1,276")
TOLL_NOUNS = {**TOLL_NOUNS, **dict.fromkeys(MISSING_LISTS["en"], "missing")}

# The status words the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PROJECTED_CUES = PROJECTED_CUES | ROUND_PROJECTED["en"]
PRELIMINARY_CUES = PRELIMINARY_CUES | ROUND_PRELIMINARY["en"]
