"""Session 12 (fa12): the words of a sentence that looks back at an earlier event, per language.

Read by :mod:`casualtylog.text._looking_back`: court words (a verdict, a sentence, a trial; not "charged" nor
"accused", which the report of a new attack names too, nor "prison", a building that may be hit), the links of a
relative or causal clause after a comma that go on telling the earlier event, the nouns of years, and the words
after "N years" that tie the span to an event. Kept apart from each language's module, which are near their size.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["LOOKING_BACK", "WORLD_WARS"]


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split("|") if p.strip())


#: The LanguageData fields of :mod:`casualtylog.text._looking_back`, per language code.
LOOKING_BACK: dict[str, dict[str, Any]] = {
    "en": {
        "court_links": _words("of for"),
        "court_words": _words("convicted sentenced jailed acquitted sentencing")
        # a prison term, its number of years first ("was given 12 years in prison for a crash that killed four")
        | _phrases("years in prison | years in jail | years' imprisonment")
        # a trial only with what or whom it tries: "At the trial 3 officers were hurt in scuffles" is an event of its own;
        # no verdict, which may set one off ("The verdict sparked riots in which 3 people died")
        | _phrases("trial of | trial over | trial for | trial against"),
        "earlier_clause_links": _phrases("which | in which | that | when | where | who | because"),
        "year_nouns": _words("years decades"),
        "anniversary_links": _words("after since"),
        "onset_words": _words("began begun start started outbreak beginning war conflict"),
    },
    "nl": {
        "court_links": _words("het voor van"),
        "court_words": _words("vrijgesproken celstraf")
        | _phrases("jaar cel | jaar gevangenisstraf")
        | frozenset(
            f"{trial} {prep}"
            for trial in ("proces", "rechtszaak", "strafzaak")
            for prep in ("tegen", "over", "rond", "om")
        ),
        "earlier_clause_links": _phrases("waarbij | waarin | die | dat | toen | omdat | nadat"),
        # "veroordeeld" alone also condemns ("De aanslag werd alom veroordeeld"): only with what a court sentences to
        "court_participles": _words("veroordeeld"),
        "court_complements": _words("tot voor wegens"),
        "year_nouns": _words("jaar jaren decennia"),
        "anniversary_links": _words("na sinds"),
        "onset_words": _words("begin begon begonnen uitbraak oorlog conflict"),
    },
    "fr": {
        "court_links": _words("avoir d' de pour"),
        "court_words": _words("acquitté acquittée acquittés acquittées")
        | _phrases("jugé pour | jugée pour | jugés pour | ans de prison | ans de réclusion")
        | _phrases("procès de | procès du | procès des | procès contre"),
        "earlier_clause_links": _phrases("qui | que | qu' | où | lors duquel | lors de laquelle | parce qu' | car"),
        # "condamné" alone also condemns ("Paris a condamné l'attaque qui a fait 12 morts")
        "court_participles": _words("condamné condamnée condamnés condamnées"),
        "court_complements": _words("à pour"),
        "year_nouns": _words("ans années décennies"),
        "anniversary_links": _phrases("après | depuis"),
        "anniversary_of": _phrases("de l' | du | de la | des"),
        "onset_words": _words("début commencé déclenchement guerre conflit"),
    },
    "de": {
        # an anniversary's verb ("jährt sich"); not a commemoration's noun, an event where people may be hurt ("Bei der
        # Gedenkfeier wurden 3 Menschen in einem Gedränge verletzt"), nor the other languages' "anniversary", an other
        # event's cue already
        "anniversary_words": _words("jährt jährte"),
        "court_links": _words("zu wegen"),
        # "verurteilt" alone also condemns ("Die Regierung hat den Anschlag verurteilt, bei dem …"), and German puts
        # what a court sentences to before it: only a trial, a verdict, a term or an acquittal
        "court_words": _words("freigesprochen haftstrafe")
        | _phrases("jahren haft | jahre haft | wegen mordes | wegen totschlags")
        | frozenset(
            f"{trial} {prep}"
            for trial in ("prozess", "strafprozess", "mordprozess")
            for prep in ("gegen", "um", "wegen")
        ),
        "earlier_clause_links": _phrases(
            "bei dem | bei der | bei denen | der | die | das | dem | denen | als | weil | nachdem | durch den | durch die"
        ),
        "year_nouns": _words("jahre jahren jahrzehnte jahrzehnten"),
        "anniversary_links": _phrases("nach | seit"),
        "onset_words": _words("beginn begann begonnen ausbruch krieg konflikt"),
    },
    "es": {
        "court_links": _words("por de a"),
        "court_words": _phrases(
            "absuelto | absuelta | absueltos | juzgado por | juzgada por | juzgados por | años de cárcel | años de prisión"
        )
        | frozenset(f"juicio {prep}" for prep in ("contra", "por", "del", "a")),
        "earlier_clause_links": _phrases("que | en el que | en la que | cuando | donde | porque"),
        # "condenado" alone also condemns ("El Gobierno ha condenado el ataque que mató a 12 personas")
        "court_participles": _words("condenado condenada condenados condenadas"),
        "court_complements": _words("a por"),
        "year_nouns": _words("años décadas"),
        "anniversary_links": _phrases("después de | después del | desde"),
        "anniversary_of": _phrases("del | de la | de los | de las"),
        "onset_words": _words("inicio comienzo comenzó estallido guerra conflicto"),
    },
}


#: The world wars, named: never the event a report of our time counts ("La Seconde Guerre mondiale a fait quelque 70
#: millions de morts"), joined to each language's ``other_event_cues`` (English reads them as named earlier events).
WORLD_WARS: dict[str, frozenset[str]] = {
    "nl": _phrases("eerste wereldoorlog | tweede wereldoorlog"),
    "fr": _phrases("première guerre mondiale | seconde guerre mondiale | deuxième guerre mondiale | grande guerre"),
    "de": _phrases("erste weltkrieg | ersten weltkrieg | zweite weltkrieg | zweiten weltkrieg"),
    "es": _phrases("primera guerra mundial | segunda guerra mundial"),
}
