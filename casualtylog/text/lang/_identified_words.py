"""Words of who is counted, keyed by language (casualtylog.text._identified_victims): verbs of identifying victims,
whose count is no toll, and the openers of an age qualifier after a listed member's noun, which do not end the list.
"""

from __future__ import annotations

__all__ = ["AGE_QUALIFIER_OPENERS", "IDENTIFY_VERBS"]

#: Verbs of identifying victims right before a partitive count: "identified two of the people killed in the blast
#: as a nine-year-old boy and a 14-year-old girl" (en-9704a129-3): victims "identified" are no count of their own
#: (the corpus guide).
IDENTIFY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"identified", "identify", "identifies"}),
    "nl": frozenset({"identificeerde", "identificeerden"}),
}
#: Words that open an age qualifier after a listed member's noun ("elf kinderen jonger dan veertien jaar en twee
#: vrouwen", nl-c5d44a4f-1; "11 children under the age of 14 and two women"): the list goes on after it.
AGE_QUALIFIER_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"under", "younger", "older", "aged", "below", "over"}),
    "nl": frozenset({"jonger", "ouder", "onder", "tussen", "boven"}),
}
