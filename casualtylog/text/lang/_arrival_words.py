"""Session 13 (``fresh7r2``): people who left their homes, arrived in a refugee camp or crossed the border out of
the crisis are displaced, in the five languages.

The corpus guide counts the displaced by what happened to them (fled, sheltered, "forced from their homes",
homeless), and wire copy of a war or a flood often says it by where they went: "26,000 people have arrived in a
refugee camp", "120,000 crossed the border into Chad". A verb of arriving names no casualty by itself (visitors
arrive in a city), nor does a camp (a camp of soldiers or tourists): only the verb with a camp of refugees or
of the displaced is one. Crossing the border is read only with "the border" named as the thing crossed, never a
bare crossing ("crossed the river", "crossed the finish line"). Leaving home is English's missing form of the
forced flight the other languages read ("forced 3,000 people to leave their homes", "had to leave their
homes"): a home named as what was left, never "leave" alone ("forced 300 workers to leave the factory"), and
the bare infinitive only after "had to" or a verb of forcing (``EN_FLIGHT_OBJECTS``, English's ``flight_objects``:
"Officials told 3,000 people to leave their homes" is an order, no claim); not
"evacuated their homes", which the corpus labels evacuated. The camps are named by refugees only: a word of
every predicate is reserved (``_nouns._closed_words``), and "vertriebene", "déplacés", "desplazados" must stay free to
be nouns and adjectives of their own ("vier vertriebene syrische Kinder" were hurt); French ends the phrase at
the camp ("arrivées dans des camps"), as "réfugiés", a plural no list holds, must stay a noun of people by its shape
("40 réfugiés sont morts").

``ARRIVAL_PREDICATES[code]`` are predicates after the people's noun; each ``_xx_verbs`` module adds them to its
``PREDICATES`` (French and Spanish through ``agreeing``, for the phrases that end in a participle).
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import pairs

__all__ = ["ARRIVAL_PREDICATES", "EN_FLIGHT_OBJECTS"]


_EN_CAMPS = "refugee camp|refugee camps|a refugee camp|the refugee camp|displacement camps|a displacement camp"

ARRIVAL_PREDICATES = {
    "en": {
        **pairs(
            "arrived in|arrived at|have arrived in|have arrived at|had arrived in|arriving in", _EN_CAMPS, "displaced"
        ),
        **pairs("crossed|have crossed|had crossed", "the border into|the border to|the border", "displaced"),
        **pairs(
            "left|leaving|abandoned|abandoning|had to leave|have had to leave|had to abandon|forced to abandon",
            "their homes|their home|their houses|their villages",
            "displaced",
        ),
        # forced to evacuate their homes is evacuated, as "evacuated their homes" is
        **dict.fromkeys(("evacuate their homes", "evacuate their home"), "evacuated"),
    },
    # finite verbs and participles after the auxiliary ("zijn gearriveerd in een vluchtelingenkamp"); Dutch
    # separates "staken … over" around its object, so the crossing is written with the particle after "grens"
    "nl": {
        **pairs(
            "gearriveerd in|aangekomen in|arriveerden in|kwamen aan in",
            "een vluchtelingenkamp|vluchtelingenkampen|het vluchtelingenkamp|een opvangkamp|opvangkampen",
            "displaced",
        ),
        **dict.fromkeys(("staken de grens over", "de grens overgestoken", "de grens over"), "displaced"),
    },
    "de": {
        **pairs(
            "in einem flüchtlingslager|in flüchtlingslagern|im flüchtlingslager",
            "angekommen|eingetroffen",
            "displaced",
        ),
        **pairs(
            "kamen|trafen", "in flüchtlingslagern ein|in flüchtlingslagern an|im flüchtlingslager an", "displaced"
        ),
        **dict.fromkeys(("überquerten die grenze", "die grenze überquert"), "displaced"),
    },
    "fr": {
        **pairs(
            "arrivé|arrivée|arrivés|arrivées",
            "dans un camp|dans des camps|dans le camp",
            "displaced",
        ),
        **pairs("ont traversé|avaient traversé|traversé", "la frontière", "displaced"),
    },
    "es": {
        **pairs(
            "llegaron a|han llegado a|llegado a|habían llegado a",
            "un campamento|campamentos|el campamento|un campo de refugiados|campos de refugiados",
            "displaced",
        ),
        **pairs("cruzaron|han cruzado|habían cruzado|cruzado", "la frontera", "displaced"),
    },
}

#: What a verb of forcing drove people to do, right after them ("forced 3,000 people to leave their homes").
EN_FLIGHT_OBJECTS = frozenset(
    f"to {verb} their {home}" for verb in ("leave", "abandon") for home in ("homes", "home", "houses", "villages")
)
