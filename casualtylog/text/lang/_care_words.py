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

__all__ = ["CARE_WORDS"]

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
