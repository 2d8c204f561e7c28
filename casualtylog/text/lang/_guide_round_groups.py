"""The group names the labelling guide's rounds 13 and 14 added, in every language (session 20).

The guide (tests/data/news/README.md, "Decisions taken in the thirteenth round" and "… fourteenth round", their
*Groups* items) names new groups and folds some words into older ones. The language data had them in some languages
or none: English reads one-word plurals by their own name ("mountaineers", "pilots"), so it lacked only the
compounds and the singulars; the other languages read a noun they do not list as people with no group. This module
holds the guide's list once, plural and singular as ``_guide_groups`` does (a French elision is its own token, so
"d' équipage" is written apart, as the tokenizer splits it; it reads the curly apostrophe as the straight one); each
language's victims module joins it (``GROUP_NOUNS`` after a number, ``SINGULAR_VICTIMS`` for one named by an
indefinite article) and takes the words out of ``PEOPLE_NOUNS`` where they were plain people.

Left out, for a reason the dev labels or the words give:

- English "crew members": the group frame would read "including 18 crew members" after a count of people on board as
  the sentence's dead (en-ecf8987b-3, pinned by test_issue13_ennl17); Spanish *personas sin hogar, sin techo*, a
  metric (displaced: "dejó 300.000 personas sin hogar").
- English singular "guard" ("the coast guard", "a guard rail") and "pilot" ("a pilot project"); German singulars of
  *Beifahrer* (an earlier label reads *eine … Beifahrerin* with no group, de-735f1a01-6) and of *Fischer* (a
  surname); Dutch singular *dakloze* (an adjective before its noun: *een 68-jarige dakloze man* is a man,
  nl-7496135e-8); French *sans-abri* and English "homeless" alone (a metric: *11.000 sans-abri* are displaced);
  German *Insassen* (a bus's occupants have no group in every dev label but one prison); French *copilotes* (a
  plane's crew, not a car's co-driver).
- Kinship, ages and roles the guide gives no group (round 14: "a teenage boy", kinship nouns, an age alone).
"""

from __future__ import annotations

__all__ = ["ROUND_GROUPS", "ROUND_SINGULARS"]


def _both(group: str, *words: str) -> dict[str, str]:
    """Each word mapped to ``group`` (a table row per concept)."""
    return dict.fromkeys(words, group)


#: Plural (or invariable) group nouns, per language.
ROUND_GROUPS: dict[str, dict[str, str]] = {
    "en": {
        **_both("drug_addicts", "drug addicts", "drug users"),
        **_both("bus_drivers", "bus drivers"),
        **_both("tractor_drivers", "tractor drivers"),
        **_both("co_drivers", "co-drivers", "co drivers"),
        **_both("election_workers", "election workers", "poll workers", "polling officials"),
        **_both("hut_wardens", "hut wardens"),
        **_both("homeless", "homeless people", "homeless persons"),
        **_both("bystanders", "passers-by", "passersby"),
        # round 13 names pedestrians a group (en-88dfa11f-2); the word was a plain person before
        **_both("pedestrians", "pedestrians"),
        **_both("people_with_disabilities", "people with disabilities", "disabled people"),
        **_both("peace_signatories", "peace signatories"),
    },
    "nl": {
        **_both("guards", "bewakers", "bewakingsagenten"),
        **_both("mountaineers", "bergbeklimmers", "alpinisten", "bergsporters"),
        **_both("pedestrians", "voetgangers"),
        **_both("drug_addicts", "drugsverslaafden", "verslaafden"),
        **_both("bus_drivers", "buschauffeurs"),
        **_both("pilots", "piloten"),
        **_both("climbers", "klimmers"),
        **_both("adults", "volwassenen"),
        **_both("deserters", "deserteurs"),
        **_both("tractor_drivers", "trekkerchauffeurs", "tractorchauffeurs", "tractorbestuurders"),
        **_both("co_drivers", "bijrijders"),
        **_both("election_workers", "verkiezingsmedewerkers", "stembureauleden"),
        **_both("snowboarders", "snowboarders"),
        **_both("hut_wardens", "hutwaarden", "hutbeheerders"),
        **_both("homeless", "daklozen"),
        **_both("bystanders", "omstanders", "voorbijgangers"),
        # round 14: veiligheidsmedewerkers are security forces (the compound reader made them workers)
        **_both("security_forces", "veiligheidsmedewerkers", "veiligheidstroepen", "veiligheidsdiensten"),
        **_both("pregnant_women", "zwangere vrouwen"),
    },
    "fr": {
        **_both("guards", "gardiens", "vigiles", "surveillants"),
        **_both("mountaineers", "alpinistes"),
        **_both("pedestrians", "piétons", "piétonnes"),
        **_both("drug_addicts", "toxicomanes"),
        **_both("bus_drivers", "chauffeurs de bus", "conducteurs de bus"),
        **_both("pilots", "pilotes"),
        **_both("climbers", "grimpeurs", "grimpeuses"),
        **_both("deserters", "déserteurs"),
        **_both("tractor_drivers", "conducteurs de tracteur", "chauffeurs de tracteur"),
        **_both("election_workers", "agents électoraux", "assesseurs"),
        **_both("snowboarders", "snowboardeurs", "snowboardeuses", "surfeurs des neiges"),
        **_both("hut_wardens", "gardiens de refuge"),
        **_both("crew", "membres d' équipage", "membres de l' équipage"),
        # round 13: FDS; round 14: forces de l'ordre
        **_both(
            "security_forces",
            "forces de l' ordre",
            "fds",
            "forces de sécurité",
            "membres des forces de sécurité",
            "membres des forces de l' ordre",
        ),
        # round 13: guerrilleros, rebeldes are rebels; the French word alike (German Rebellen already is)
        **_both("rebels", "rebelles"),
        # round 13: jihadistes présumés are militants (fr-2942e80e-1)
        **_both("militants", "jihadistes", "djihadistes", "jihadistes présumés", "djihadistes présumés"),
        **_both("elderly", "personnes âgées"),
        **_both("people_with_disabilities", "personnes handicapées", "personnes en situation de handicap"),
        **_both("bystanders", "passants"),
    },
    "de": {
        **_both("guards", "wachleute", "wachmänner", "wächter", "wärter", "gefängniswärter"),
        **_both("mountaineers", "bergsteiger", "bergsteigern", "bergsteigerinnen", "bergsportler", "bergsportlern"),
        **_both("pedestrians", "fußgänger", "fußgängern", "fußgängerinnen"),
        **_both("drug_addicts", "drogenabhängige", "drogenabhängigen", "drogensüchtige", "drogensüchtigen"),
        **_both("bus_drivers", "busfahrer", "busfahrern", "busfahrerinnen"),
        **_both("pilots", "piloten", "pilotinnen"),
        **_both("climbers", "kletterer", "kletterern", "kletterinnen"),
        **_both("deserters", "deserteure", "deserteuren"),
        **_both("tractor_drivers", "traktorfahrer", "traktorfahrern", "treckerfahrer"),
        **_both("election_workers", "wahlhelfer", "wahlhelfern", "wahlhelferinnen"),
        **_both("snowboarders", "snowboarder", "snowboardern", "snowboarderinnen"),
        **_both("hut_wardens", "hüttenwirte", "hüttenwirten", "hüttenwirtinnen"),
        **_both("homeless", "obdachlose", "obdachlosen"),
        **_both("crew", "besatzungsmitglieder", "besatzungsmitgliedern", "crewmitglieder"),
        **_both("fishermen", "fischer", "fischern"),
        **_both("sailors", "seemänner", "seemännern"),
        **_both("bystanders", "passanten", "passantinnen", "schaulustige", "schaulustigen"),
        **_both("people_with_disabilities", "menschen mit behinderung", "menschen mit behinderungen"),
    },
    "es": {
        **_both("guards", "vigilantes", "custodios", "guardias de seguridad"),
        **_both("mountaineers", "alpinistas", "montañistas", "andinistas"),
        **_both("pedestrians", "peatones"),
        **_both("drug_addicts", "drogadictos", "toxicómanos", "adictos"),
        **_both("bus_drivers", "conductores de autobús", "choferes de autobús", "conductores de bus"),
        **_both("pilots", "pilotos"),
        **_both("climbers", "escaladores", "escaladoras"),
        **_both("deserters", "desertores"),
        **_both("tractor_drivers", "tractoristas", "conductores de tractor"),
        **_both("co_drivers", "copilotos"),
        **_both("election_workers", "trabajadores electorales", "funcionarios electorales"),
        **_both("snowboarders", "snowboarders", "snowboardistas"),
        **_both("hut_wardens", "guardas de refugio", "refugieros"),
        # round 13: personas en situación de calle are homeless (es-03d7b766-1)
        **_both("homeless", "personas en situación de calle", "indigentes"),
        # round 14: fuerza pública; round 13: the Spanish label of FDS alike
        **_both(
            "security_forces",
            "miembros de la fuerza pública",
            "fuerza pública",
            "fuerzas de seguridad",
            "miembros de las fuerzas de seguridad",
        ),
        # round 13: guerrilleros, rebeldes are rebels (es-df16544c-8); the table had folded rebeldes into fighters
        **_both("rebels", "rebeldes", "guerrilleros"),
        **_both("peace_signatories", "firmantes de paz", "firmantes del acuerdo de paz", "firmantes del acuerdo"),
        **_both("people_with_disabilities", "personas con discapacidad"),
    },
}


#: One victim named by an indefinite article, per language (the singular-role rule).
ROUND_SINGULARS: dict[str, dict[str, str]] = {
    "en": {
        **_both("inmates", "inmate"),
        **_both("drug_addicts", "drug addict"),
        **_both("bus_drivers", "bus driver"),
        **_both("tractor_drivers", "tractor driver"),
        **_both("co_drivers", "co-driver"),
        **_both("election_workers", "election worker", "poll worker"),
        **_both("hut_wardens", "hut warden"),
        **_both("bystanders", "passer-by", "passerby", "bystander"),
        **_both("pedestrians", "pedestrian"),
        **_both("mountaineers", "mountaineer"),
        **_both("climbers", "climber"),
        **_both("snowboarders", "snowboarder"),
        **_both("deserters", "deserter"),
    },
    "nl": {
        **_both("guards", "bewaker"),
        **_both("mountaineers", "bergbeklimmer", "alpinist"),
        **_both("pedestrians", "voetganger"),
        **_both("drug_addicts", "drugsverslaafde"),
        **_both("bus_drivers", "buschauffeur"),
        **_both("pilots", "piloot"),
        **_both("climbers", "klimmer"),
        **_both("adults", "volwassene"),
        **_both("tractor_drivers", "trekkerchauffeur", "tractorchauffeur", "tractorbestuurder"),
        **_both("co_drivers", "bijrijder", "bijrijdster"),
        **_both("snowboarders", "snowboarder"),
        **_both("bystanders", "omstander", "voorbijganger"),
    },
    "fr": {
        **_both("guards", "vigile"),
        **_both("mountaineers", "alpiniste"),
        **_both("pedestrians", "piéton", "piétonne"),
        **_both("drug_addicts", "toxicomane"),
        **_both("climbers", "grimpeur", "grimpeuse"),
        **_both("snowboarders", "snowboardeur", "snowboardeuse"),
        **_both("crew", "membre d' équipage", "membre de l' équipage"),
    },
    "de": {
        # a German noun in -er is its own singular ("Ein Bergsteiger …, ein weiterer"); not Fischer, a surname too
        **_both("mountaineers", "bergsteiger", "bergsteigerin", "bergsportler", "bergsportlerin"),
        **_both("pedestrians", "fußgänger", "fußgängerin"),
        **_both("bus_drivers", "busfahrer", "busfahrerin"),
        **_both("climbers", "kletterer", "kletterin"),
        **_both("guards", "wächter", "wärter"),
        **_both("pilots", "pilot", "pilotin"),
        **_both("tractor_drivers", "traktorfahrer", "traktorfahrerin"),
        **_both("election_workers", "wahlhelfer", "wahlhelferin"),
        **_both("snowboarders", "snowboarder", "snowboarderin"),
        **_both("hut_wardens", "hüttenwirt", "hüttenwirtin"),
        **_both("homeless", "obdachloser"),
        **_both("crew", "besatzungsmitglied"),
        **_both("bystanders", "passant", "passantin"),
    },
    "es": {
        **_both("mountaineers", "alpinista", "montañista", "andinista"),
        **_both("pedestrians", "peatón", "peatona"),
        **_both("drug_addicts", "drogadicto", "drogadicta"),
        **_both("pilots", "piloto"),
        **_both("climbers", "escalador", "escaladora"),
        **_both("tractor_drivers", "tractorista"),
        **_both("co_drivers", "copiloto"),
        **_both("snowboarders", "snowboardista"),
        **_both("rebels", "rebelde", "guerrillero"),
    },
}
