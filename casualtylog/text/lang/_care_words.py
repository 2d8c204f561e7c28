"""Session 13 (``fresh7a``): more of the ways wire copy says people were hurt, as predicates of a count.

Fresh English text sends the injured to hospital ("300 people were sent to hospitals"), as it rushes or takes
them there (session 11's phrases), gives them injuries ("have received injuries", as "sustained injuries"),
and grades injuries by a range ("sustained moderate to severe injuries"), where the session-9 phrases knew
one grade. Each is a fixed phrase after the count; what is sent or received alone ("sent 40 ambulances",
"received 300 calls") is no predicate.

Session 20 (issue 13): the hospitals may be several, each unnamed ("admitted to various hospitals", "brought to
various hospitals", "undergoing treatment at different hospitals"): the same phrases with the plural place after
a word that says only that there are several of them.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "CARE_WORDS",
    "CONVEYING_PREPS",
    "CONVEYING_VERBS",
    "EN_CARE_PLACES",
    "EN_CARE_VERBS",
    "STAY_ADVERBS",
    "STAY_PAST",
    "STAY_PREPS",
    "STAY_STATES",
    "STAY_VERBS",
    "CareStayFields",
    "care_stay_fields",
]

#: Grades of injury, mildest first: a range runs from a milder to a graver one ("minor to serious").
_EN_GRADES = ("minor", "light", "moderate", "serious", "severe", "critical", "life-threatening")


def _english() -> dict[str, str]:
    out: dict[str, str] = {}
    for article in ("", "the ", "a "):
        for place in ("hospital", "hospitals"):
            if not (article == "a " and place == "hospitals"):
                out[f"sent to {article}{place}"] = "injured"
    for verb in ("suffered", "sustained", "received", "suffering", "sustaining", "receiving"):
        for noun in ("injuries", "wounds"):
            out[f"{verb} {noun}"] = "injured"
            for i, low in enumerate(_EN_GRADES):
                for high in _EN_GRADES[i + 1 :]:
                    out[f"{verb} {low} to {high} {noun}"] = "injured"
    for verb in ("received", "receiving"):
        for grade in _EN_GRADES:
            for noun in ("injuries", "wounds"):
                out[f"{verb} {grade} {noun}"] = "injured"
    # Session 22 (issue 13): burn injuries, with or without a grade ("Twenty-two people sustained serious burn
    # injuries", en-8e2eb111-3; "10 others sustained minor burn injuries", en-6250ec34-3)
    for verb in ("suffered", "sustained", "received", "suffering", "sustaining", "receiving"):
        for grade in ("", *(f"{g} " for g in _EN_GRADES)):
            for noun in ("injuries", "wounds"):
                out[f"{verb} {grade}burn {noun}"] = "injured"
    out.update(_several_hospitals())
    return out


#: Words that say only that the hospitals were several ("various hospitals"); never "nearby" or "local", which also
#: describe victims ("three local residents"). A predicate's words are reserved, so these two no longer pass as a
#: modifier of a victim's noun: "three different people were killed" is read no more (no dev sentence has the shape;
#: "seven different weapons" reads as before).
_SEVERAL = ("various", "different")
#: The verbs that take the injured to hospital, as the single-hospital phrases of ``lang/_en_shapes.py`` have them.
_TAKEN_TO = ("admitted", "brought", "taken", "rushed", "transported", "transferred", "sent", "referred")
#: Being in care at a hospital ("being treated at", session 13's phrases; "undergoing treatment" says the same).
_CARED_AT = ("treated", "being treated", "undergoing treatment", "receiving treatment")


def _several_hospitals() -> dict[str, str]:
    """ "admitted to various hospitals", "undergoing treatment in different hospitals": the injured, as at one."""
    out: dict[str, str] = {}
    for several in _SEVERAL:
        for verb in _TAKEN_TO:
            out[f"{verb} to {several} hospitals"] = "injured"
        for verb in _CARED_AT:
            for prep in ("at", "in"):
                out[f"{verb} {prep} {several} hospitals"] = "injured"
    return out


CARE_WORDS: dict[str, dict[str, str]] = {"en": _english()}


_CENTRES = ("centre", "center", "centres", "centers")

#: Session 22 (issue 13): the verbs of the hospital frame (:meth:`PlaceFrames.taken_to_hospital`) in English, so a
#: hospital named between the verb and its head word is read as the fixed phrases read "taken to hospital" ("24 other
#: passengers were taken to Moi County Referral Hospital", en-3ccf8f5c-2; "Around 11 people are still undergoing
#: treatment at various government hospitals", en-071f151e-2). "treatment" stands for its verb ("undergoing",
#: "receiving"): the frame wants one word, then the place within a few plain words after it.
EN_CARE_VERBS = frozenset(
    {"taken", "rushed", "transported", "admitted", "brought", "transferred", "referred", "shifted", "airlifted"}
    | {"treated", "treatment"}
)
#: Only the hospital itself: a "centre" alone is also a relief or evacuation centre (displaced, not injured), so the
#: centres of care are two words, matched by their head with the word before it ("treated at Shamir Medical Center",
#: en-d0dd49b1; "rushed to Saraipalli community health centre", en-91e2eaab-3; "brought to Mercy Medical Center").
EN_CARE_PLACES = frozenset(
    {"hospital", "hospitals"}
    | {f"{kind} {head}" for kind in ("health", "medical", "trauma") for head in _CENTRES}
    | {"medical college"}
)

# Session 22 (issue 13): people counted by their stay in hospital are injured (the guide: "Still in hospital … →
# injured", "26 personnes restent encore hospitalisées"): "nearly 50 people are still in hospital" (en-4a28c01e-2),
# "over 140 were still in hospital" (en-95aa78c2-1), "trois hommes sont encore à l'hôpital" (fr-ca0e0503-5),
# "55 permanecen en los hospitales" (es-502e4bdf-1), "40 personas continúan internadas" (es-ba84ac4c-4). The verb
# stands right after the count or its noun and the place right after the verb (casualtylog.text._care_stays), so
# "three were killed at the hospital" or "40 doctors work at the hospital" are no stay. Past "were"/"was" is a stay
# only with an adverb of still being there ("were still in hospital"): "three people were in the hospital when it
# was hit" tells where patients were before the event, who the guide does not count as injured.
STAY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"are", "is", "remain", "remains", "remained"}),
    "fr": frozenset({"sont", "est", "restent", "restaient", "demeurent", "étaient"}),
    "de": frozenset({"liegen", "lagen", "befinden", "befanden", "befindet", "befand", "bleiben", "blieben"}),
    "es": frozenset({"permanecen", "permanecían", "siguen", "seguían", "continúan", "continuaban", "están"}),
    "nl": frozenset({"liggen", "lagen", "verblijven", "verbleven", "bleven", "blijven"}),
}
#: The past copulas that say a stay only with an adverb after them ("were still in hospital").
STAY_PAST: dict[str, frozenset[str]] = {"en": frozenset({"were", "was"})}
STAY_ADVERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"still", "currently", "now"}),
    "fr": frozenset({"encore", "toujours", "actuellement"}),
    "de": frozenset({"noch", "weiterhin", "derzeit", "immer", "sich"}),
    "es": frozenset({"aún", "todavía", "actualmente"}),
    "nl": frozenset({"nog", "momenteel"}),
}
STAY_PREPS: dict[str, frozenset[str]] = {
    "en": frozenset({"in", "at"}),
    "fr": frozenset({"à", "au", "aux", "dans"}),
    "de": frozenset({"im", "in"}),
    "es": frozenset({"en"}),
    "nl": frozenset({"in"}),
}
#: Kept in care, said by a participle (*internadas*: admitted; not *hospitalizadas*, which is a predicate already).
STAY_STATES: dict[str, frozenset[str]] = {
    "es": frozenset({"internados", "internadas", "ingresados", "ingresadas"}),
}
# Session 22 (issue 13), family 4: a named condition in care as the state after the verb, closing its clause (the
# guide: "in critical condition" is injured): "three are in critical surgery, and four are stable" (en-051a4aa5-4),
# "four of them are critical" (en-b977fe53-3), "at least 26 patients are critical and on life support"
# (en-f64f4f77-6), "tres siguen entre la vida y la muerte" (es-ee6c1747-3). Not a bare degree ("serious",
# "graves": "De los alumnos, 12 están graves" is a part of no victims, test_issue13_rec12b), which is said of
# charges and fears too.
STAY_STATES["en"] = frozenset(
    {"critical", "stable", "in surgery", "in critical surgery", "on life support", "on ventilators"}
    | {"on a ventilator", "on ventilator", "in intensive care", "in the icu", "in icu"}
)
STAY_STATES["es"] = STAY_STATES["es"] | frozenset({"entre la vida y la muerte", "en terapia intensiva"})
STAY_STATES["fr"] = frozenset({"entre la vie et la mort", "en réanimation", "en soins intensifs"})
STAY_STATES["de"] = frozenset({"auf der intensivstation", "in lebensgefahr"})
STAY_STATES["nl"] = frozenset({"op de intensive care", "in levensgevaar"})

# Session 22 (issue 13): the count as the object of a verb that takes it to hospital, in the active voice ("We
# transported nine individuals to the hospital", en-051a4aa5-2; "took back 16 people with gunshot wounds to its Nasir
# hospital", en-d0ecd734-5), as the passive "were transported to the hospital" is read (casualtylog.text._care_objects).
# The hospital must follow: "took 300 people" or "brought 40 people together" is no care.
CONVEYING_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"transported", "took", "rushed", "brought", "airlifted", "ferried", "sent", "carried", "drove"}),
    "fr": frozenset({"transporté", "transportent", "emmené", "conduit", "acheminé", "évacué"}),
    "de": frozenset({"brachten", "brachte", "bringen", "transportierten", "transportierte", "flogen", "flog"}),
    "nl": frozenset({"bracht", "brachten", "vervoerde", "vervoerden"}),
    "es": frozenset({"trasladaron", "trasladó", "llevaron", "llevó", "trasladan", "llevan", "evacuaron"}),
}
CONVEYING_PREPS: dict[str, frozenset[str]] = {
    "en": frozenset({"to"}),
    "fr": frozenset({"à", "au", "aux", "vers"}),
    "de": frozenset({"ins", "in"}),
    "nl": frozenset({"naar"}),
    "es": frozenset({"a", "al"}),
}


class CareStayFields(TypedDict):
    """One language's :class:`~casualtylog.text.lang._care_stay_fields.CareStayWords`, as keyword arguments."""

    stay_verbs: frozenset[str]
    stay_past_verbs: frozenset[str]
    stay_adverbs: frozenset[str]
    stay_preps: frozenset[str]
    stay_states: frozenset[str]
    conveying_verbs: frozenset[str]
    conveying_preps: frozenset[str]


def care_stay_fields(code: str) -> CareStayFields:
    """The care-stay and conveying words of language ``code``, from the tables above (every language module
    passes them to its ``LanguageData`` the same way)."""
    return CareStayFields(
        stay_verbs=STAY_VERBS[code],
        stay_past_verbs=STAY_PAST.get(code, frozenset()),
        stay_adverbs=STAY_ADVERBS[code],
        stay_preps=STAY_PREPS[code],
        stay_states=STAY_STATES[code],
        conveying_verbs=CONVEYING_VERBS[code],
        conveying_preps=CONVEYING_PREPS[code],
    )
