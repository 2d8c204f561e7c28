"""The metric, figure and status words the labelling guide's rounds 13–15 decided, in every language (session 20).

The guide (tests/data/news/README.md, "Decisions taken in the thirteenth round", "… fourteenth round" and "… fifteenth
round", their *Metrics*, *Figures* and *Status* items) settles some words one by one: "treated and released" is
injured, "sent to hell" is killed, *goed zestig* is more than 60, *algunos* a few, *constatado* confirmed, "not
definitive" preliminary, *er gehe von … aus* projected. Most of them the language data already read (probed phrase
by phrase); this module holds the ones it lacked, once, with their plain equivalents in the other languages where
the same decision applies word for word. Each language's topic module (``_xx_verbs``, ``_xx_figures``,
``_xx_tolls``) joins its rows to the table of the same name; the confirmed cues are joined in ``xx.py``, where they
are written. "Seemingly" between the auxiliary and the participle is a projecting gap (``_status_words``), as
"possibly" is, and *er gehe von … aus* an assuming verb there.

Left out (they moved no dev claim the right way or cost one; the session's history names them): "discharged" alone
(a negative of the dev split, "Seven people … have been discharged so far", reads as injured), Spanish *algunos*,
*algunas* (round 14: a few; in the dev split it read only *algunas de las personas que estaban desaparecidas*,
whose label is the dead, as missing), English "still held" as detained (round 15; the dev split's "About 111 are
still held captive in Gaza" is labelled no claim for the 111). German *geschätzt* stays reported (round 14): it is
taken out of ``_de_tolls.PROJECTED_CUES`` there.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "ROUND_CONFIRMED",
    "ROUND_PREDICATES",
    "ROUND_PRELIMINARY",
    "ROUND_PROJECTED",
    "ROUND_QUALIFIERS",
    "ROUND_VAGUE",
]

#: Predicates after a count (round 13: treated and released; round 14: "sent to hell", houses lost, brought to
#: safety; round 15: "received fatal injuries").
ROUND_PREDICATES: dict[str, dict[str, str]] = {
    "en": {
        "treated and released": "injured",
        "were sent to hell": "killed",
        "sent to hell": "killed",
        "received fatal injuries": "killed",
        "suffered fatal injuries": "killed",
        "sustained fatal injuries": "killed",
        "brought to safety": "evacuated",
        # round 13: eye irritation and a transfer to a medical centre are injuries; people staying with relatives
        # are displaced, as those staying in camps are
        "treated for eye irritation": "injured",
        "transferred to a medical centre": "injured",
        "transferred to a medical center": "injured",
        "staying with relatives": "displaced",
        # round 14: people brought out of a building are rescued
        "brought out of the building": "rescued",
    },
    "nl": {
        "verloren hun huis": "displaced",
        "verloren hun woning": "displaced",
        "verloren hun huizen": "displaced",
        "verloren hun woningen": "displaced",
        "uit het gebouw gehaald": "rescued",  # round 14: *uit het gebouw gehaald*
        # round 15's fatal injuries, with the particle after them as *liepen kritieke verwondingen op*
        "dodelijke verwondingen op": "killed",
        "dodelijke verwondingen": "killed",
    },
    # every agreeing form written out: the participle is not the phrase's last word
    "fr": {
        **dict.fromkeys(("mis en sécurité", "mise en sécurité", "mises en sécurité"), "evacuated"),
        # round 13: *Le sort de plus de 40 personnes demeure inconnu* is missing
        **dict.fromkeys(("demeure inconnu", "reste inconnu", "est toujours inconnu"), "missing"),
    },
    "es": {
        **dict.fromkeys(("puesto a salvo", "puesta a salvo", "puestos a salvo", "puestas a salvo"), "evacuated"),
        "sufrieron heridas mortales": "killed",
    },
    "de": {"aus dem gebäude geholt": "rescued"},  # as *uit het gebouw gehaald*
}

#: Qualifiers before a number (round 14: *goed zestig* is more than 60, "upto 45" at most 45; as German *gut*).
ROUND_QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {"upto": "at_most", "a good": "more_than"},
    "nl": {"goed": "more_than"},
    "fr": {},
    "de": {},
    # round 13: *estará muy por encima de los 200.000 muertos* is more than 200000 (and projected, below)
    # (with the article a total takes: *de los 200.000*)
    "es": {f"{very}por encima de{article}": "more_than" for very in ("", "muy ") for article in ("", " los", " las")},
}

#: Vague counts (round 13: *verschillende* several). Only before a noun of people, as English reads "multiple
#: people": elsewhere the word means "different" (*bij verschillende ongelukken*, *in verschillende delen van het
#: land*, which the word alone read as counts in the dev split). A phrase takes its noun, so a casualty noun
#: (*verschillende gewonden*) cannot be written this way; it is left.
ROUND_VAGUE: dict[str, dict[str, str]] = {
    "en": {},
    "nl": {f"verschillende {noun}": "several" for noun in ("mensen", "personen")},
    "fr": {},
    "de": {},
    "es": {},
}

#: Words that make a figure confirmed (round 13: *constatado*, *corroborés*).
ROUND_CONFIRMED: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "nl": frozenset(),
    "fr": _words("corroboré corroborés corroborée corroborées"),
    "de": frozenset(),
    "es": _words("constatado constatados constatada constatadas constató constataron"),
}

#: Words that make a figure preliminary (round 14: "not definitive", *tras la primera revisión*;
#: round 15: *la cifra que inició con 18*).
ROUND_PRELIMINARY: dict[str, frozenset[str]] = {
    "en": _phrases("not definitive"),
    "nl": frozenset(),
    "fr": frozenset(),
    "de": frozenset(),
    "es": _phrases("primera revisión | que inició con"),
}

#: Words that make a figure projected (round 13: *estará muy por encima de*; round 15: "seemingly downed", *Nach
#: menschlichem Ermessen*).
ROUND_PROJECTED: dict[str, frozenset[str]] = {
    "en": _phrases("seemingly"),
    "nl": frozenset(),
    "fr": frozenset(),
    "de": _phrases("nach menschlichem ermessen"),
    "es": _phrases("estará muy por encima de | estará por encima de"),
}
