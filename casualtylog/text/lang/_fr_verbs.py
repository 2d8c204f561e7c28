"""French predicates and verbs: function words, the victims' predicates (every agreeing form), the
words between a count and its predicate, and verbs whose object is a count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); fr.py assembles the language. Moved verbatim from fr.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._agreement import FRENCH, agreeing
from casualtylog.text.lang._arrival_words import ARRIVAL_PREDICATES
from casualtylog.text.lang._combat_words import COMBAT_PREDICATES
from casualtylog.text.lang._guide_round_words import ROUND_PREDICATES
from casualtylog.text.lang._shelter_words import SHELTER_PREDICATES
from casualtylog.text.lang._status_words import PROJECTING_GAPS
from casualtylog.text.lang._word_lists import elided, pairs
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ACTIVE_VERBS", "ASSIGNING_WORDS", "FUNCTION_WORDS", "GAP_WORDS", "PREDICATES"]


FUNCTION_WORDS = _words(
    "le la les des du une et est sont dans sur pour par avec au aux ont été selon "
    "qui que cette ces ils elle ne pas plus morts blessés personnes tués ont"
)

PREDICATES = agreeing(
    {
        "repêchés": "rescued",
        "repêchées": "rescued",
        "récupérés": "rescued",
        "récupérées": "rescued",
        "mortellement blessés": "killed",
        "mortellement blessées": "killed",
        "mortellement blessé": "killed",
        "mortellement blessée": "killed",
        # Session 11 (rom11): struck fatally is killed, whatever struck ("un piéton mortellement percuté par une
        # voiture", "fauché mortellement"), and not to be found is missing ("huit personnes restent introuvables")
        **dict.fromkeys(
            ("mortellement percuté", "mortellement fauché", "mortellement touché", "fauché mortellement"), "killed"
        ),
        # drowned ("un garçon s'est noyé", "deux migrants se sont noyés": the reflexive and its auxiliary are gap
        # words, "morts noyés" is listed)
        "noyé": "killed",
        "introuvables": "missing",
        # not answering the roll call is missing ("six personnes manquent toujours à l'appel"; "l'" is a token)
        **{
            f"{verb}{still} à l' appel": "missing"
            for verb in ("manquent", "manque", "manquaient", "manquait")
            for still in ("", " toujours", " encore")
        },
        "introuvable": "missing",
        "en urgence absolue": "injured",
        # Session 11 (fr12): the triage of French rescue services: "absolue" the gravely hurt, "relative" the rest;
        # both are hurt, and "prises en charge" before the ward is how the préfecture says it
        **{
            f"{cared}en urgence {triage}": "injured"
            for cared in ("", "pris en charge ", "prise en charge ", "prises en charge ")
            for triage in ("absolue", "relative")
        },
        # burned people are hurt ("deux enfants ont été grièvement brûlés": the adverb is a gap word)
        "brûlés": "injured",
        # winched up by a helicopter or pulled out of rubble is rescued; sheltered is evacuated
        "hélitreuillés": "rescued",
        **{
            f"extrait{end} {place}": "rescued"
            for end in ("s", "es")
            for place in ("des décombres", "des gravats", "des ruines", "vivants", "vivantes")
        },
        **{f"{put} à l' abri": "evacuated" for put in ("mis", "mise", "mises")},
        # hit by gunfire is hurt ("deux hommes ont été touchés par balle", "atteintes par des tirs"), between life
        # and death is hurt, and so is the triage word after "état d'"
        **{
            f"{hit} par {shot}": "injured"
            for hit in (f"{stem}{end}" for stem in ("touché", "atteint") for end in ("", "e", "s", "es"))
            for shot in ("balle", "balles", "une balle", "des balles", "des tirs", "un tir", "tirs")
        },
        "entre la vie et la mort": "injured",
        **{f"en état d' urgence {triage}": "injured" for triage in ("absolue", "relative")},
        # jailed pending trial is held ("trois suspects ont été mis en examen et écroués")
        "écroués": "detained",
        # buried people searched for are missing ("quatre personnes sont encore recherchées sous les décombres");
        # "recherchés" alone is also said of suspects on the run
        **{
            f"recherché{end} {place}": "missing"
            for end in ("s", "es")
            for place in ("sous les décombres", "sous les gravats", "dans les décombres")
        },
        # a fatal fall ("un randonneur a chuté mortellement"), as struck fatally
        **dict.fromkeys(
            ("chuté mortellement", "mortellement chuté", "happé mortellement", "mortellement happé"), "killed"
        ),
        # sheltering and homeless are displaced ("6 000 personnes ont trouvé refuge", "privées de logement")
        **dict.fromkeys(("trouvé refuge", "privé de logement", "privé de toit"), "displaced"),
        # in intensive care is hurt ("trois personnes sont en réanimation", "placées en soins intensifs")
        **{
            f"{placed}en {ward}": "injured"
            for placed in ("", "placé ", "placée ", "placés ", "placées ")
            for ward in ("réanimation", "soins intensifs")
        },
        "dans un état grave": "injured",
        "dans un état critique": "injured",
        "secourues": "rescued",
        "secourue": "rescued",
        "sauvées": "rescued",
        "sauvés": "rescued",
        "recueillis": "rescued",
        "recueillies": "rescued",
        "hospitalisées": "injured",
        "hospitalisés": "injured",
        "hospitalisé": "injured",
        "hospitalisée": "injured",
        "portées disparues": "missing",
        "déclarés décédés": "killed",
        "déclarés morts": "killed",
        "porté disparu": "missing",
        "portée disparue": "missing",
        "disparu": "missing",
        "décédé": "killed",
        "décédée": "killed",
        "tués": "killed",
        "tuées": "killed",
        "tué": "killed",
        "tuée": "killed",
        "morts": "killed",
        "mortes": "killed",
        "mort": "killed",
        "morte": "killed",
        "décédés": "killed",
        "décédées": "killed",
        "péri": "killed",
        "trouvé la mort": "killed",
        "perdu la vie": "killed",
        # people who lost their homes are displaced (the news guide: homeless): "ont perdu leur maison"
        **{
            f"perdu {home}": "displaced"
            for home in (
                "leur maison",
                "leurs maisons",
                "leur logement",
                "leurs logements",
                "leur domicile",
                "leur foyer",
            )
        },
        "succombé": "killed",
        # Session 12 (fres12): not surviving is dying ("l'un des blessés n'a pas survécu à ses blessures"); "n'" is a token
        **{f"n' {aux} pas survécu": "killed" for aux in ("a", "ont", "avait", "avaient", "aurait", "auraient")},
        # the present of headlines and of narration ("Huit personnes meurent dans un incendie"), as the past
        **dict.fromkeys(("meurent", "meurt", "décèdent", "décède", "périssent", "succombent"), "killed"),
        **dict.fromkeys(("trouvent la mort", "trouve la mort", "perdent la vie", "perd la vie"), "killed"),
        # fled is displaced, as German "flohen"; poisoned by smoke or gas is hurt (the corpus guide); the homeless
        # a disaster leaves are displaced ("10 000 personnes se retrouvent sans abri")
        **{
            f"{fled} {homes}": "displaced"
            # Session 10 (rom10): left their homes, as fled ("ont dû quitter leur domicile")
            for fled in ("fui", "fuir", "fuient", "fuyant", "quitter", "quitté", "quittent")
            for homes in (
                *("leurs maisons", "leur maison", "leurs foyers", "leur domicile", "leurs domiciles"),
                # Session 11 (fr12): fled the fighting, as fled their homes ("300 000 personnes ont fui les combats")
                *("les combats", "les violences", "les affrontements", "les bombardements"),
            )
        },
        **dict.fromkeys(("retrouvent sans abri", "retrouve sans abri"), "displaced"),
        # Session 12 (fres12): forced to flee, the passive of casualtylog.text._romance_objects ("500 personnes ont été
        # contraintes de fuir", "obligées de quitter leur domicile"); forced to pay or wait is nothing
        **{
            f"{forced}{end} {prep} {flight}": "displaced"
            for forced in ("contraint", "forcé", "obligé")
            for end in ("", "e", "s", "es")
            for prep in ("à", "de")
            for flight in (
                "fuir",
                "quitter leur domicile",
                "quitter leurs domiciles",
                "quitter leurs maisons",
                "quitter leurs foyers",
            )
        },
        "intoxiqués": "injured",
        # Session 10 (rom10): cared for or treated because of an injury or smoke is hurt, as Spanish "atendidas por"
        **{
            f"{cared} pour {cause}": "injured"
            for cared in ("prises en charge", "pris en charge", "soignées", "soignés")
            for cause in ("intoxication", "des brûlures", "des blessures", "une intoxication", "des contusions")
        },
        "sans abri": "displaced",
        "sans-abri": "displaced",
        # police custody is detention ("45 personnes ont été placées en garde à vue"); rehoused is displaced
        **{f"{placed}en garde à vue": "detained" for placed in ("", "placé ", "placée ", "placés ", "placées ")},
        "relogés": "displaced",
        # found dead, in every agreeing form: "trois alpinistes ont été retrouvés morts", "retrouvée sans vie"
        "retrouvés morts": "killed",
        "découverts morts": "killed",
        **{f"retrouvé{ending} sans vie": "killed" for ending in ("", "e", "s", "es")},
        "ont péri": "killed",
        "blessés": "injured",
        "blessées": "injured",
        "blessé": "injured",
        "blessée": "injured",
        "disparus": "missing",
        "disparues": "missing",
        "portés disparus": "missing",
        "déplacés": "displaced",
        "arrêtés": "detained",
        "interpellés": "detained",
        "évacués": "evacuated",
        "évacuées": "evacuated",
        "secourus": "rescued",
    },
    FRENCH,
)

GAP_WORDS = _words(
    "ont été sont étaient avaient a ont été aussi également grièvement légèrement gravement ont déjà "
    "qui se sont y ont au total et plus pu être figurent figuraient toujours encore officiellement "
    # a modal before the passive, as "pu être": "ont dû être évacuées", "doivent être relogées"
    "dû doivent devaient "
    "auraient seraient aurait serait "
    # the singular auxiliaries and the verbs of remaining: "une personne est morte", "restent portées disparues"
    "est était avait restent reste demeurent demeure désormais actuellement"
) - {"et", "plus"}
# Session 13 (status13): likelihood adverbs, modals, subjunctives between a count and its verb ("were likely killed")
GAP_WORDS |= PROJECTING_GAPS["fr"]

ACTIVE_VERBS = elided(
    {
        "repêcher": "rescued",
        "repêché": "rescued",
        # Session 11 (rom11): "les pompiers ont porté secours à 12 personnes"
        **dict.fromkeys(("porté secours à", "portent secours à", "porter secours à"), "rescued"),
        # Session 11 (fr12): the sea rescue's word ("la SNSM a porté assistance à huit plaisanciers") and no word
        # of people is missing ("on est toujours sans nouvelles de sept personnes")
        **dict.fromkeys(("porté assistance à", "portent assistance à", "porter assistance à"), "rescued"),
        "sans nouvelles de": "missing",
        "le déplacement de": "displaced",
        "le déplacement massif de": "displaced",
        "secouru": "rescued",
        "sauvé": "rescued",
        "recueilli": "rescued",
        "récupéré": "rescued",
        "la mort de": "killed",
        "le décès de": "killed",
        "tué": "killed",
        "tuant": "killed",
        "tue": "killed",
        "fait": "killed",
        # mourning counts the dead ("on déplore au moins 12 victimes"; "on déplore 12 blessés" stays injured by its noun)
        "déplore": "killed",
        "déplorait": "killed",
        "déplorer": "killed",
        "faisant": "killed",
        "coûté la vie à": "killed",
        # Session 12 (fres12): the participle of a clause after the event ("…, coûtant la vie à 23 personnes")
        "coûtant la vie à": "killed",
        # Session 12 (fres12): "de" joined to the article ("a fait état du décès de trois personnes"), and an
        # evacuation done ("a nécessité l'évacuation de 200 résidents"; an order is none: ``order_verbs``)
        "du décès de": "killed",
        "l' évacuation de": "evacuated",
        "blessé": "injured",
        "blessant": "injured",
        "évacué": "evacuated",
        "arrêté": "detained",
    }
)  # "la mort d'au moins 12 personnes"

# Session 12 (fresh12): sought, took or found shelter is displaced (casualtylog.text.lang._shelter_words)
PREDICATES = {**PREDICATES, **agreeing(SHELTER_PREDICATES["fr"], FRENCH)}
# Session 13 (fresh13): the corpus guide's `affected` is the word, in French "affecté(e)s" ("4 200 personnes ont
# été affectées par le séisme") and its active forms ("affectant plus d'un million d'habitants"); "affectés à" is
# assigned to a post, no casualty (casualtylog.text._bind_rules.assigned_not_affected)
_AFFECTED = agreeing({"affectés": "affected"}, FRENCH)
PREDICATES = {**PREDICATES, **_AFFECTED}
ACTIVE_VERBS = {**ACTIVE_VERBS, **dict.fromkeys(("affecté", "affectant", "affecte", "affectent"), "affected")}
ASSIGNING_WORDS = frozenset({*_AFFECTED, "affecte", "affectent", "affectant"})
# Session 13 (fresh7c): fell in combat is killed (casualtylog.text.lang._combat_words)
PREDICATES = {**PREDICATES, **COMBAT_PREDICATES["fr"]}

# Session 13 (fresh7r2): arrived in a refugee camp, crossed the border (casualtylog.text.lang._arrival_words)
PREDICATES = {**PREDICATES, **agreeing(ARRIVAL_PREDICATES["fr"], FRENCH)}

# Suffering an injury ("Deux personnes souffrent d'un traumatisme crânien", fr-5398ff44-4), as Spanish "sufrieron
# quemaduras"; stricken by a disaster is displaced ("3,5 millions de personnes sinistrées", fr-6cf934d3-1); made ill
# by smoke or fumes is injured, as the guide's "atendidas por intoxicación" ("dix légèrement incommodées",
# fr-0f931c13-4). Every agreeing form is listed.
_SUFFER = ("souffre", "souffrent", "souffrait", "souffraient", "a souffert", "ont souffert")
_INJURIES = (
    *("de blessures", "de brûlures", "de fractures", "de contusions", "de lésions", "de plaies", "de traumatismes"),
    *("d' un traumatisme", "d' une fracture", "d' une blessure", "de brûlures graves", "de graves brûlures"),
)
PREDICATES = {
    **PREDICATES,
    **{f"{verb} {injury}": "injured" for verb in _SUFFER for injury in _INJURIES},
    **dict.fromkeys(("sinistrées", "sinistrés", "sinistrée", "sinistré"), "displaced"),
    **dict.fromkeys(("incommodées", "incommodés", "incommodée", "incommodé"), "injured"),
}
# The noun of an arrest before its people ("a permis l'interpellation de trois personnes"); a verb of ordering or
# asking right before it ("a demandé l'arrestation de") gives no count (``order_verbs``)
ACTIVE_VERBS = {
    **ACTIVE_VERBS,
    **dict.fromkeys(
        ("l' arrestation de", "l' interpellation de", "l' arrestation d'", "l' interpellation d'"), "detained"
    ),
}
# Passing from life to death is dying ("Quatre orpailleurs … ont passé de vie à trépas"); people not (yet) found are
# missing ("… n'ont toujours pas été retrouvées")
PREDICATES = {
    **PREDICATES,
    **{f"{aux} passé de vie à trépas": "killed" for aux in ("a", "ont", "avait", "avaient", "auraient", "aurait")},
    **{
        f"n' {aux} {adverb}été {found}": "missing"
        for aux in ("ont", "avaient", "a", "avait")
        for adverb in ("pas ", "pas encore ", "toujours pas ")
        for found in ("retrouvés", "retrouvées", "retrouvé", "retrouvée", "localisés", "localisées")
    },
}
# People put up in a shelter are displaced (the guide's "relocated to shelters"): "accueillis" beside "hébergés", and
# one shelter named with its article beside the plural ones ("Neuf habitants de l'immeuble ont été accueillis dans un
# gymnase voisin", fr-1ae060c7-4). Hospitals are no shelter; "hébergés" in the plural shelters is
# lang/_shelter_words.py's already.
_ONE_SHELTER = (
    "dans un gymnase|dans une salle polyvalente|dans une salle des fêtes|dans une école|dans un centre d' hébergement"
    "|dans un centre d' accueil"
)
_SHELTERS = (
    f"{_ONE_SHELTER}|dans des gymnases|dans des écoles|dans des centres d' hébergement|dans des centres d' accueil"
)
PREDICATES = {
    **PREDICATES,
    **pairs("accueilli|accueillie|accueillis|accueillies", _SHELTERS, "displaced"),
    **pairs("hébergé|hébergée|hébergés|hébergées", _ONE_SHELTER, "displaced"),
}
# Hurt by what they suffered is injured, as Spanish "sufrieron heridas": "Un garçon de 15 ans et un homme de 35 ans ont
# subi des blessures dues à l'explosion" (fr-da7224f3-2). Damage a building suffered ("ont subi des dégâts") is none.
PREDICATES = {
    **PREDICATES,
    **pairs(
        "subi",
        "des blessures|de graves blessures|de légères blessures|des brûlures|de graves brûlures|un traumatisme"
        "|des traumatismes",
        "injured",
    ),
}

# The predicates the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PREDICATES = {**PREDICATES, **ROUND_PREDICATES["fr"]}
