"""Plural nouns of things, places, land and animals, per language: never the victims of a count.

The frames read an unlisted plural after a figure as its victims ("killed 12
miners", "rescued 40 fishermen"), which keeps recall on role nouns no list
holds; these nouns are shaped like such plurals but count houses, villages,
hectares, vehicles or livestock ("the floods affected 40 villages", "the
strike killed 12 goats"), so they never name victims (issue 13, precision round).
"""

from __future__ import annotations

__all__ = ["THING_NOUNS"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


THING_NOUNS: dict[str, frozenset[str]] = {
    "en": _words(
        "hectares acres kilometres kilometers miles metres meters tonnes tons homes houses buildings "
        "structures villages towns cities districts provinces regions municipalities neighbourhoods "
        "neighborhoods schools shops businesses vehicles cars trucks lorries buses boats ships "
        "vessels flights trains animals cattle cows goats sheep livestock horses dogs pigs chickens "
        "camels crops bridges roads targets hospitals jobs "
        # Session 11 (en12): more animals that die in a disaster ("Some 150 whales died after stranding")
        "whales dolphins birds poultry deer seals fish "
        # Session 12 (fa12): dwellings and rooms evacuated or hit ("Firefighters evacuated 12 apartments")
        "apartments flats households rooms floors "
        # Session 12 (lead): tents that house people ("two tents sheltering dozens of displaced people")
        "tents "
        # Session 13 (fresh7a): what carries the injured is not injured ("Ten ambulances were sent to hospital")
        "ambulances helicopters"
    ),
    "nl": _words(
        "hectare huizen woningen gebouwen dorpen steden gemeenten provincies districten regio's "
        "scholen winkels auto's voertuigen vrachtwagens bussen boten schepen vluchten treinen dieren "
        "koeien runderen schapen geiten varkens paarden honden kippen bruggen wegen doelen "
        "ziekenhuizen kilometer meter ton "
        # Session 11 (nl11): more animals and things that die or are brought to safety ("Duizenden vissen zijn
        # gestorven", "Er zijn 40 kunstwerken in veiligheid gebracht")
        "vissen vogels katten kalveren eenden vee kunstwerken "
        # Session 11 (nl13): body parts and emergency vehicles are no victims ("raakte aan twee benen gewond",
        # "Er staan 40 ambulances klaar om gewonden ter plaatse te behandelen" gave killed 40)
        "benen armen handen voeten ogen knieën ambulances helikopters traumahelikopters "
        # Session 12 (lead): tents that house people
        "tenten"
    ),
    "de": _words(
        "hektar häuser gebäude wohnungen dörfer städte gemeinden provinzen bezirke regionen schulen "
        "geschäfte autos fahrzeuge lastwagen lkw busse boote schiffe flüge züge tiere kühe rinder "
        "schafe ziegen schweine pferde hunde hühner brücken straßen ziele krankenhäuser kilometer "
        "meter tonnen "
        # Session 12 (lead): tents that house people
        "zelte"
    ),
    "fr": _words(
        "hectares maisons logements bâtiments immeubles villages villes communes provinces districts "
        "régions écoles commerces voitures véhicules camions bus bateaux navires vols trains animaux "
        "vaches bovins moutons chèvres porcs chevaux chiens poulets ponts routes cibles hôpitaux "
        "kilomètres mètres tonnes "
        # Session 11 (fr13): more animals that die or are taken in ("300 dauphins retrouvés morts", "80 chats
        # recueillis"), and signatures collected ("une pétition a recueilli 40 000 signatures")
        "dauphins baleines phoques poissons oiseaux brebis agneaux chats canards volailles cerfs bêtes signatures "
        # Session 12 (fa12): dwellings evacuated or hit ("Les pompiers ont évacué 12 appartements")
        "appartements pavillons étages foyers "
        # Session 12 (lead): tents that house people ("deux tentes abritant des dizaines de déplacés")
        "tentes"
    ),
    "es": _words(
        "hectáreas casas viviendas edificios pueblos aldeas ciudades municipios provincias distritos "
        "regiones escuelas comercios coches autos vehículos camiones autobuses barcos buques vuelos "
        "trenes animales vacas reses ovejas cabras cerdos caballos perros gallinas puentes carreteras "
        "objetivos hospitales kilómetros metros toneladas "
        # Session 11 (es13): beds of a hospital's capacity, livestock by the head, cracks and aftershocks
        # ("Un hospital de 200 camas fue evacuado", "Murieron 200 cabezas de ganado")
        "camas cabezas grietas réplicas "
        # Session 12 (lead): tents that house people
        "carpas"
    ),
}

# Livestock counted by the head ("60 000 têtes de bétail noyées", fr-6cf934d3-5; "200 Stück Vieh"), as Spanish
# "cabezas" is
THING_NOUNS["fr"] = THING_NOUNS["fr"] | _words("têtes bétail bestiaux ovins caprins chameaux dromadaires")
THING_NOUNS["de"] = THING_NOUNS["de"] | _words("stück vieh kamele")
THING_NOUNS["es"] = THING_NOUNS["es"] | _words("ganado camellos")

# Dutch dwellings evacuated or cleared ("Twaalf appartementen werden daarop geëvacueerd", nl-b3bf8890-1; "Zo'n twintig
# appartementen zijn ontruimd", nl-bff26678-3), as English "apartments" and "flats"; the guide counts no homes
THING_NOUNS["nl"] = THING_NOUNS["nl"] | _words(
    "appartementen flats panden woonblokken flatgebouwen portiekflats kamers"
)

# Session 20 (fields21): places and facilities counted as the towns and hospitals above are ("nog acht plaatsen
# geëvacueerd", nl-aafe6d9b-8; "mehrere Orte … betroffen", de-7ca05217-6; "62 health facilities have been affected",
# en-f77d6d66-6; "36 localités avaient été prises pour cible", fr-2b951771-3)
THING_NOUNS["en"] = THING_NOUNS["en"] | _words("facilities localities settlements")
THING_NOUNS["nl"] = THING_NOUNS["nl"] | _words("plaatsen plaatsjes woonplaatsen")
THING_NOUNS["de"] = THING_NOUNS["de"] | _words("orte ortschaften einrichtungen")
THING_NOUNS["fr"] = THING_NOUNS["fr"] | _words("localités établissements")
# what is collected ("recueillis") besides signatures: "Selon plusieurs témoignages recueillis sur place" (fr-0ad1650b-2)
THING_NOUNS["fr"] = THING_NOUNS["fr"] | _words("témoignages")
THING_NOUNS["es"] = THING_NOUNS["es"] | _words("localidades instalaciones")

# Session 22 (issue 13): a hospital's beds and wards are its capacity, not its injured (the guide), as Spanish "camas"
# above: "12 beds are in the hospital wing" is no stay in hospital (casualtylog.text._care_stays)
THING_NOUNS["en"] = THING_NOUNS["en"] | _words("beds wards")
THING_NOUNS["fr"] = THING_NOUNS["fr"] | _words("lits")
THING_NOUNS["de"] = THING_NOUNS["de"] | _words("betten")
THING_NOUNS["nl"] = THING_NOUNS["nl"] | _words("bedden")
