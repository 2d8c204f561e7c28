"""Session 14 (``fresh8en``): the words of the kinds of failure met on batch 8's English and Dutch dev text.

:class:`Fresh8enWords` declares the fields (``LanguageData`` lists it before the older field classes among its bases, so
they come after theirs);
``FRESH8EN_WORDS[code]`` holds the values each language gives them:

- ``list_heads``: a noun naming the whole of a list opened by "included" with no count of its own, and the metric
  its members take ("The victims included 10 children and two women" → killed; "Survivors included 13 women" →
  rescued; casualtylog.text._group_frame). The guide's "victims" in a toll are the dead (its round-2 rule for
  *victimes, víctimas, Opfer*).
- ``list_links``: words that join a later member to such a list besides "and" ("a child, along with eight men").
- ``survivor_objects``: nouns of survivors, rescued as the object of a verb of finding ("found one lucky survivor").
- ``ordinal_words``, ``ordinal_metric_nouns``: one more death by an ordinal ("the third death" → ``+1``).
- ``body_found_verbs``: a part of the bodies found or recovered is a count of the dead ("Three of the bodies were
  retrieved").
- ``whom_parts``: the relative phrases that make a count a part of the whole before them, whose group it keeps
  ("nine workers, seven of whom were dead"; casualtylog.text._whom_parts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "EN_ACTIVE_VERBS",
    "EN_GROUP_NOUNS",
    "EN_METRIC_NOUNS",
    "EN_PREDICATES",
    "EN_RATE_CUES",
    "FRESH8EN_WORDS",
    "NL_AS_ROLE",
    "NL_GROUP_NOUNS",
    "NL_NATIONALS",
    "NL_PEOPLE_NOUNS",
    "NL_PREDICATES",
    "Fresh8enWords",
]


@dataclass(frozen=True, eq=False)
class Fresh8enWords:
    """The optional shapes added in session 14 (``fresh8en``; see :class:`~casualtylog.text.lang.LanguageData`)."""

    # The head noun of a list after "included" that names the list's metric (see the module's doc). Empty: none.
    list_heads: Mapping[str, str] = field(default_factory=dict)
    # Phrases that add a member to such a list ("along with", "as well as"). Empty: "and" and commas only.
    list_links: frozenset[str] = frozenset()
    # The relative phrases that make a count a part of the whole before their comma ("seven of whom", "van wie er …
    # 43"): the part keeps the whole's group (casualtylog.text._whom_parts). Empty: none.
    whom_parts: frozenset[str] = frozenset()
    # Nouns of survivors that, as the object of a verb of finding (``found_verbs``), are a count of the rescued
    # ("rescuers found one lucky survivor"; casualtylog.text._survivor_objects). Empty: none.
    survivor_objects: frozenset[str] = frozenset()
    # One more death by an ordinal or "another" before a singular metric noun ("the third death", "another death"):
    # the ordinals and the nouns (casualtylog.text._ordinal_ones). Empty nouns: none.
    ordinal_words: frozenset[str] = frozenset()
    ordinal_metric_nouns: frozenset[str] = frozenset()
    # Participles of finding bodies that make a part of the bodies a count of the dead ("Three of the bodies were
    # retrieved"; casualtylog.text._body_parts). Empty: none.
    body_found_verbs: frozenset[str] = frozenset()


FRESH8EN_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "list_heads": {"victims": "killed", "survivors": "rescued"},
        "list_links": _phrases("along with | as well as"),
        "whom_parts": _phrases("of whom"),
        "survivor_objects": _words("survivor survivors"),
        # survivors found are rescued as the subject too, as Dutch and German read it (en-afadac61-2 "A few survivors
        # were found immediately after the mudslide"; LaterShapeWords.survivor_nouns)
        "survivor_nouns": _words("survivor survivors"),
        "survivor_found": _words("found pulled"),
        "ordinal_words": _words("second third fourth fifth sixth seventh eighth ninth tenth"),
        "ordinal_metric_nouns": _words("death fatality"),
        "body_found_verbs": _words("found recovered retrieved pulled exhumed"),
        # the guide's victims in a toll are the dead: "Among the victims were six children" (as fr, es, de)
        "victim_nouns": _words("victims"),
    },
    "nl": {
        "whom_parts": _phrases("van wie | van wie er | waarvan | waarvan er"),
        # nl-cf13b966-2 "Onder de slachtoffers zijn zes kinderen" → killed children 6 (as fr "victimes")
        "victim_nouns": _words("slachtoffers"),
    },
}


#: Dutch workers, the group the corpus guide gives German *Arbeiter* and Spanish *trabajadores* (nl-af3eb0d7-2 "Nog
#: vijf personeelsleden van de fabriek worden vermist", nl-dc95f19c-2 "103 werkers …, van wie … 43 gewond raakten").
NL_GROUP_NOUNS = dict.fromkeys(("werknemers", "arbeiders", "werkers", "personeelsleden", "fabrieksarbeiders"), "workers") | {
    # a compound in -werkers is workers, but these name their own group (nl-65cd3401-3, nl-18f41b95-1)
    "medewerkers van de brandweer": "firefighters",
    "bouwvakkers": "construction_workers",
}
#: Dutch people with no group: refugees, like migrants (nl-ab1cfcca-1 "Zeker vijftien vluchtelingen, onder wie vijf
#: kinderen, zijn om het leven gekomen"); "vluchtelingen" alone is still no displaced count (lang/_nl_shapes.py).
NL_PEOPLE_NOUNS = frozenset({"vluchtelingen", "bootvluchtelingen"})

#: Dutch "als" that names a role ("as"), not a condition ("if"), after a verb of being known or working as: a
#: conditional exception (nl-d7ff82f0-2 "hield … drie Wit-Russen aan die bekend stonden als winkeldieven").
NL_AS_ROLE = _phrases(
    "bekend als | bekend stond als | bekend stonden als | bekendstond als | bekendstonden als | bekend staat als"
    " | bekend staan als | werkzaam als | werkte als | werkten als | vermomd als | geïdentificeerd als"
)

#: Dutch predicates: one victim who "liet het leven" as the plural "lieten het leven" (nl-b007fd7a-5 "liet een
#: vrachtwagenchauffeur het leven"); "had to go to hospital" as taken there (nl-0fd006ed-3 "Eén van de slachtoffers
#: moest hiervoor naar het ziekenhuis"; the corpus labels every count taken to hospital injured).
_HAD_TO_HOSPITAL = [
    f"{verb}{adverb} naar {place}"
    for verb in ("moest", "moesten")
    for adverb in ("", " hiervoor", " daarvoor", " daarna", " nadien", " later", " alsnog", " ook", " met spoed")
    for place in ("het ziekenhuis", "een ziekenhuis")
]
NL_PREDICATES = dict.fromkeys(("liet het leven", "het leven liet"), "killed") | dict.fromkeys(
    [*_HAD_TO_HOSPITAL, "naar het ziekenhuis moest", "naar het ziekenhuis moesten"], "injured"
)
#: "affected by" the disaster, the guide's ``affected`` in Dutch (nl-f4e75e21-3 "Meer dan twee miljoen mensen zijn
#: getroffen door de natuurramp"); only by a disaster named after "door", never "getroffen" alone (a house) nor by
#: a bullet or lightning (a hurt, not the guide's affected).
NL_PREDICATES.update(
    dict.fromkeys(
        (
            f"getroffen door {article} {disaster}"
            for article in ("de", "het", "deze")
            for disaster in _words(
                "ramp natuurramp overstroming overstromingen aardbeving beving storm orkaan tyfoon cycloon droogte"
                " hittegolf noodweer tsunami bosbranden watersnood modderstroom aardverschuiving"
            )
        ),
        "affected",
    )
)
#: One national by an article, a count of 1 with no group, like the nationals nl.py lists (nl-d7ff82f0-4 "Een Pool zit
#: vast"); only names that are no other common word.
NL_NATIONALS = dict.fromkeys(
    _words(
        "pool rus wit-rus roemeen bulgaar afghaan iraniër irakees chinees japanner indiër pakistaan egyptenaar"
        " somaliër eritreeër algerijn tunesiër libiër griek portugees oostenrijker zwitser hongaar tsjech slowaak"
        " litouwer zweed noor canadees australiër mexicaan braziliaan colombiaan venezolaan nigeriaan keniaan"
        " soedanees jemeniet saoediër koerd armeniër georgiër russin"
    ),
    "",
)

#: English arrests by "apprehend", as by "arrest" (en-6cdbffde-1 "the … Police Command apprehended 307 individuals").
EN_ACTIVE_VERBS = dict.fromkeys(("apprehended", "apprehending", "apprehend", "apprehends"), "detained")
EN_PREDICATES = {"apprehended": "detained"} | {
    # treated for what a fire or cold does to the body, with its severity (en-9b75c7c3-4 "Six of the survivors were
    # treated for severe hypothermia and dehydration"), as the listed "treated for hypothermia" (lang/_en_shapes.py);
    # the severe, serious, mild and minor grades are in lang/_en_verbs.py
    f"treated for {degree} {cause}": "injured"
    for degree in ("acute", "moderate")
    for cause in ("hypothermia", "burns", "smoke inhalation", "heat exhaustion", "heatstroke", "poisoning")
} | {
    # brought to hospital dead (en-99afad6b-3 "While eight were received dead, two died undergoing treatment");
    # "declared dead" and "pronounced dead" are session 11's (lang/_en_shapes.py)
    f"{verb} dead": "killed"
    for verb in ("received", "brought", "brought in")
} | {
    # one injury received, as "received injuries" (en-3fe65759-7 "66 people including 37 men … have received
    # injuries"), which lang/_care_words.py lists with each grade and "wounds"
    f"{verb} {degree}injury": "injured"
    for verb in ("received", "receiving")
    for degree in ("", "minor ", "serious ", "severe ", "critical ")
}
#: English two-word groups of the guide's shape, as "aid workers" (en-88a0c4c2-1 "killed three rescue workers").
EN_GROUP_NOUNS = {"rescue workers": "rescue_workers"}
#: English rates over many days, a statistic as "an average of" is (en-6ddee3b5-3 "as against the daily average of
#: around seven or eight bodies"): none of their clause's figures is a claim (lang/_en_events.RATE_CUES).
EN_RATE_CUES = _phrases(
    "daily average | weekly average | monthly average | yearly average | annual average | the average of"
    " | a daily average of | per day on average"
)
#: English arrests counted as a noun, as Dutch "arrestaties" (en-0205ee52-3 "twelve federal arrests were made").
EN_METRIC_NOUNS = {"arrests": "detained"}
