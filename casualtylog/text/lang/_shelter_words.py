"""Session 12 (``fresh12``): people who sought, took or found shelter are displaced (the corpus guide: sheltered,
in relief centres, homeless → ``displaced``), in the five languages.

``SHELTER_PREDICATES[code]`` are predicates after the people's noun ("1.500 personas han buscado refugio",
"Some 1,500 people took shelter in schools", "Rund 1500 Menschen suchten Zuflucht"); each ``_xx_verbs`` module
adds them to its ``PREDICATES`` (French and Spanish through ``agreeing``, for the phrases that end in a
participle). Only a verb of seeking, taking
or finding with a noun of shelter, or a participle of housing with a place of shelter: "housed" or "alojados"
alone also put tourists in a hotel.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import pairs

__all__ = ["SHELTER_HOST_HEADS", "SHELTER_HOST_NOUNS", "SHELTER_HOST_VERBS", "SHELTER_PREDICATES"]


SHELTER_PREDICATES = {
    # not "take shelter": an order to the public ("residents were told to take shelter") counts nobody
    "en": pairs("sought|took|taken|found|seeking|taking|finding", "shelter|refuge|emergency shelter", "displaced"),
    # finite verbs only: every word of a predicate is reserved (``_nouns._closed_words``), and a participle such
    # as "gevonden" must stay free to stand between bodies and whose they are ("de lichamen gevonden van 14")
    "nl": pairs("zochten|vonden", "onderdak|een onderkomen", "displaced"),
    # not "Schutz suchen": taking cover from an air raid for an hour, no displacement; finite verbs only, as Dutch
    "de": pairs("suchten|fanden", "zuflucht|unterschlupf", "displaced"),
    # not "mis à l'abri", which the French table reads as evacuated; a participle before its place is written in
    # each form, as agreeing() makes forms only of a phrase that ends in one
    "fr": {
        **pairs("cherché|trouvé", "refuge|abri|un abri|un hébergement", "displaced"),
        **pairs(
            "hébergé|hébergée|hébergés|hébergées",
            "dans des centres d' accueil|dans des centres d' hébergement|dans des écoles|dans des gymnases"
            "|en centre d' hébergement|dans des abris",
            "displaced",
        ),
        # Session 13 (fresh7c): moved to a shelter, as housed in one ("transférées vers des centres d'hébergement")
        **pairs(
            "transféré|transférée|transférés|transférées|conduit|conduite|conduits|conduites",
            "dans des centres d' accueil|dans des centres d' hébergement|vers des centres d' accueil"
            "|vers des centres d' hébergement",
            "displaced",
        ),
    },
    # each form of a participle before its place ("alojadas en albergues"); not "refugiados", a noun of victims too
    "es": {
        **pairs("buscado|buscaron|encontrado|encontraron", "refugio|albergue|cobijo|resguardo", "displaced"),
        **pairs(
            "alojado|alojada|alojados|alojadas|albergado|albergada|albergados|albergadas",
            "en albergues|en refugios|en refugios temporales|en centros de acogida|en escuelas",
            "displaced",
        ),
        "en refugios temporales": "displaced",
        # Session 13 (fresh7c): moved to a shelter, as housed in one ("fueron trasladadas a refugios")
        **pairs(
            "trasladado|trasladada|trasladados|trasladadas|llevado|llevada|llevados|llevadas",
            "a albergues|a refugios|a refugios temporales|a centros de acogida|a un albergue|a un refugio",
            "displaced",
        ),
    },
}

#: Shelters that host people, counted: a number, a noun of shelter, then a verb of hosting before the people
#: ("Hay cinco refugios temporales que acogen a 278 personas", "61 Evakuierungszentren beheimaten derzeit 32.954
#: Menschen", "Les 99 sites d'hébergement … abritent 61 489 personnes", "167 camps … hosting 70,451 people").
#: The corpus guide: people in relief centres are displaced. Only shelters counted by a number: one camp "que
#: alberga a 459.000 desplazados" describes where an attack struck (es-a45d3421-2, a negative), and "home to" a
#: population is no count of the sheltered.
SHELTER_HOST_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"camps", "shelters", "centres", "centers", "sites"}),
    "fr": frozenset({"sites", "centres", "abris", "camps", "gymnases", "écoles"}),
    "de": frozenset({"lager", "notunterkünfte", "unterkünfte", "zentren", "evakuierungszentren", "notlager"}),
    "es": frozenset({"refugios", "albergues", "campamentos", "centros"}),
}
#: Verbs of hosting, finite plural or participle, after the counted shelters (the people are their object).
SHELTER_HOST_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"hosting", "housing", "sheltering", "accommodating", "host", "house", "shelter"}),
    "fr": frozenset({"abritent", "accueillent", "hébergent", "abritant", "accueillant", "hébergeant"}),
    "de": frozenset({"beheimaten", "beherbergen", "beherbergten", "beheimateten"}),
    "es": frozenset({"acogen", "albergan", "alojan", "acogían", "albergaban", "alojaban", "acogiendo", "albergando"}),
}
#: German names a shelter by its kind before the head ("Evakuierungszentren", "Notunterkünfte").
SHELTER_HOST_HEADS: dict[str, tuple[str, ...]] = {"de": ("zentren", "unterkünfte", "lager")}
