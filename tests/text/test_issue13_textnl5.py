"""Issue 13, Dutch and German recall, fourth round: one test per *kind* of construction.

Each kind was found by grouping misses of the development split of
tests/data/news/ (never the test split); the sentences are short quotes of dev
sentences or the same shape with other words, and each test holds a near miss
that must stay unbound or keep its metric (precision first).
"""

from __future__ import annotations

from casualtylog.text import extract

Key = tuple[str, str | None, str, str]


def _claims(text: str, language: str) -> list[Key]:
    found = extract(text, source="corpus", reported_at="2025-04-24T12:00Z", language=language)
    return [(x.claim.metric, x.claim.group, str(x.claim.figure), x.claim.status.value) for x in found]


def test_coordinated_subjects_in_german_and_with_coordinators() -> None:
    # "«Fünf Polizisten sowie sieben Zivilisten wurden bei dem Angriff getötet»": both subjects share the verb.
    expected = [("killed", "officers", "5", "reported"), ("killed", "civilians", "7", "reported")]
    assert _claims("Fünf Polizisten sowie sieben Zivilisten wurden bei dem Angriff getötet.", "de") == expected
    assert _claims("Fünf Polizisten und sieben Zivilisten wurden bei dem Angriff getötet.", "de") == expected
    assert _claims("Vijf agenten evenals zeven burgers werden gedood.", "nl") == expected
    # A number after "und" that names no people is no second subject.
    assert _claims("Fünf Polizisten und 20 Fahrzeuge wurden getroffen.", "de") == []


def test_participle_before_the_noun_names_the_metric() -> None:
    # Kind: "die getöteten 12 Soldaten" — an inflected participle before the victims' noun.
    assert _claims("Die 12 getöteten Soldaten wurden beigesetzt.", "de") == [("killed", "soldiers", "12", "reported")]
    assert _claims("De 12 gedode soldaten werden begraven.", "nl") == [("killed", "soldiers", "12", "reported")]
    assert _claims("Er zijn nog 12 vermiste personen.", "nl") == [("missing", None, "12", "reported")]
    # Without a participle the same sentence counts nothing.
    assert _claims("Die 12 Soldaten wurden beigesetzt.", "de") == []


def test_injured_who_died_count_as_killed() -> None:
    # Kind: an injured noun as the subject of a killing predicate.
    assert _claims("Zwei Verletzte sind im Krankenhaus gestorben.", "de") == [("killed", None, "2", "reported")]
    assert _claims("Twee gewonden zijn in het ziekenhuis overleden.", "nl") == [("killed", None, "2", "reported")]
    # Taken to hospital, they stay injured.
    assert _claims("Zwei Verletzte wurden ins Krankenhaus gebracht.", "de") == [("injured", None, "2", "reported")]


def test_one_of_them_after_a_comma_is_a_part() -> None:
    # "Ausserdem wurden 11 Personen verletzt, eine von ihnen schwer." (dev): the article word counts one.
    assert _claims("Ausserdem wurden 11 Personen verletzt, eine von ihnen schwer.", "de") == [
        ("injured", None, "11", "reported"),
        ("injured", None, "1", "reported"),
    ]
    assert _claims("Elf mensen raakten gewond, een van hen ernstig.", "nl") == [
        ("injured", None, "11", "reported"),
        ("injured", None, "1", "reported"),
    ]
    # With no count before, "eine von ihnen" is a person, not a figure.
    assert _claims("Eine von ihnen sagte, sie habe Glück gehabt.", "de") == []


def test_relative_partitive_waarvan_von_denen() -> None:
    # Kind: "waarvan"/"von denen" opening the part of a count, like "onder wie"/"darunter".
    assert _claims("Er vielen 20 doden, waarvan zeven kinderen.", "nl") == [
        ("killed", None, "20", "reported"),
        ("killed", "children", "7", "reported"),
    ]
    assert _claims("40 Menschen wurden verletzt, von denen fünf Kinder sind.", "de") == [
        ("injured", None, "40", "reported"),
        ("injured", "children", "5", "reported"),
    ]
    # Weapons after "waarvan er" keep their own frame.
    assert _claims("Rusland lanceerde 40 drones, waarvan er 30 werden onderschept.", "nl") == [
        ("launched", "drones", "40", "reported"),
        ("intercepted", "drones", "30", "reported"),
    ]


def test_one_victim_named_by_age() -> None:
    # Kind: an indefinite article, an age ("55-Jähriger", "58-jähriger", "72 Jahre alte", "zevenjarig"), the person.
    assert _claims("In Pawlohrad starb ein 55-Jähriger.", "de") == [("killed", None, "1", "reported")]
    assert _claims("Am Samstag ist ein 58-jähriger Einheimischer ums Leben gekommen.", "de") == [
        ("killed", None, "1", "reported")
    ]
    assert _claims("Am Mittwochabend ertrank ein 46-jähriger Feuerwehrmann bei Rettungsarbeiten.", "de") == [
        ("killed", "firefighters", "1", "reported")
    ]
    assert _claims("In Köln starben eine 72 Jahre alte Frau und ein 54 Jahre alter Mann in ihren Kellern.", "de") == [
        ("killed", "women", "1", "reported"),
        ("killed", "men", "1", "reported"),
    ]
    assert _claims("Een 34-jarige kwam om het leven.", "nl") == [("killed", None, "1", "reported")]
    assert _claims("Een zevenjarige jongen raakte gewond.", "nl") == [("injured", "children", "1", "reported")]
    assert _claims("Een 54 jaar oude vrouw raakte gewond.", "nl") == [("injured", "women", "1", "reported")]
    # An age names a person, not a casualty: without a casualty predicate nothing is counted.
    assert _claims("Ein 55-Jähriger sagte, er habe Glück gehabt.", "de") == []
    assert _claims("Een 34-jarige vrouw vertelde dat ze geluk had.", "nl") == []
    assert _claims("Ein 30-jähriger Vertrag wurde unterzeichnet.", "de") == []


def test_other_people_name_their_own_group() -> None:
    # "Daarbij kwam één agent om, terwijl vijf andere mensen, onder wie één agent, gewond raakten." (dev)
    assert _claims("Daarbij kwam één agent om, terwijl vijf andere mensen gewond raakten.", "nl") == [
        ("killed", "officers", "1", "reported"),
        ("injured", None, "5", "reported"),
    ]


def test_separable_weapon_verbs_with_material_between() -> None:
    # Kind: stem before the weapons, particle at the clause's end ("feuerten … 1800 Raketen auf Israel ab", dev).
    assert _claims("Laut Armee feuerten Militante seit Montag 180 Raketen auf Israel ab.", "de") == [
        ("launched", "rockets", "180", "reported")
    ]
    assert _claims("Rusland vuurde in de nacht 40 raketten af.", "nl") == [("launched", "missiles", "40", "reported")]
    assert _claims("De luchtverdediging schoot 30 drones neer.", "nl") == [("intercepted", "drones", "30", "reported")]
    # The stem alone, with no particle, binds nothing.
    assert _claims("De luchtverdediging schoot op 30 drones.", "nl") == []


def test_german_shooting_with_a_direction_is_a_launch() -> None:
    # "drei Raketen aus dem Gazastreifen in Richtung Israel abgeschossen" (dev): fired, not shot down.
    assert _claims("Militante haben drei Raketen aus dem Gazastreifen in Richtung Israel abgeschossen.", "de") == [
        ("launched", "rockets", "3", "reported")
    ]
    assert _claims("Die Hamas schoss 50 Raketen auf Israel ab.", "de") == [("launched", "rockets", "50", "reported")]
    # Over a place, or with a verb that only intercepts, they were shot down.
    assert _claims("Die Luftabwehr schoss 20 Drohnen über Kiew ab.", "de") == [
        ("intercepted", "drones", "20", "reported")
    ]
    assert _claims("Die Luftabwehr fing 20 Raketen aus dem Iran ab.", "de") == [
        ("intercepted", "rockets", "20", "reported")
    ]


def test_hospital_as_a_precaution_is_no_injury() -> None:
    # Dev false alarm: "hiervan zijn vijf personen voor medische controle overgebracht naar het ziekenhuis".
    assert _claims("Hiervan zijn vijf personen voor medische controle overgebracht naar het ziekenhuis.", "nl") == []
    assert _claims("Fünf Personen wurden vorsorglich ins Krankenhaus gebracht.", "de") == []
    # Without the cue they are injured.
    assert _claims("Vijf mensen zijn naar het ziekenhuis gebracht.", "nl") == [("injured", None, "5", "reported")]


def test_people_searched_for_are_missing() -> None:
    # "Er wordt nog gezocht naar 31 mensen." (dev); the corpus guide: "searched … for 670 people" is missing.
    assert _claims("Er wordt nog gezocht naar 31 mensen.", "nl") == [("missing", None, "31", "reported")]
    assert _claims("Er wordt gezocht naar de 31 mensen van de reddingsploeg.", "nl") == []


def test_gunmen_are_attackers() -> None:
    assert _claims("Toen waren twee schutters gedood.", "nl") == [("killed", "attackers", "2", "reported")]


def test_years_ago_dates_another_event() -> None:
    # Kind: "vor sechzig Jahren starben sechs Bergleute" (batch-3 dev negative): any number of years ago.
    assert _claims("Vor sechzig Jahren starben sechs Bergleute in einem Bergwerk in der Region.", "de") == []
    assert _claims("Dertig jaar geleden kwamen bij een aardbeving 300 mensen om.", "nl") == []
    # Days ago is the same incident; years as a duration are no anchor.
    assert _claims("Vor drei Tagen starben sechs Bergleute.", "de") == [("killed", "miners", "6", "reported")]
    assert _claims("Sechs Bergleute starben, die seit 20 Jahren dort arbeiteten.", "de") == [
        ("killed", "miners", "6", "reported")
    ]


def test_another_events_cue_reaches_counts_joined_by_and() -> None:
    # "… getroffen, damals gab es 6 Tote und 200 Verletzte." (batch-3 dev negative)
    assert _claims("Bohol wurde 1990 von einem Erdbeben getroffen, damals gab es 6 Tote und 200 Verletzte.", "de") == []


def test_verbs_of_the_victims_succumbed_lives_cost_present_passive() -> None:
    # Kinds from batch-3 dev: succumbed to injuries, "das Leben gekostet", present passive "werden verletzt".
    assert _claims("Zwei schwerverletzte Frauen erlagen im Krankenhaus ihren Verletzungen.", "de") == [
        ("killed", "women", "2", "reported")
    ]
    assert _claims("Die Unwetter haben mehr als 160 Menschen das Leben gekostet.", "de") == [
        ("killed", None, "more than 160", "reported")
    ]
    assert _claims("Drei Menschen sterben, etwa 20 werden verletzt.", "de") == [
        ("killed", None, "3", "reported"),
        ("injured", None, "about 20", "reported"),
    ]
    assert _claims("Der Kreis teilte mit, dass bisher acht Todesfälle bekannt seien.", "de") == [
        ("killed", None, "8", "reported")
    ]
    assert _claims("Drie mensen liepen kritieke verwondingen op, melden de autoriteiten.", "nl") == [
        ("injured", None, "3", "reported")
    ]
    assert _claims("Volgens de autoriteiten gelden nog ongeveer 150 personen als vermist.", "nl") == [
        ("missing", None, "about 150", "reported")
    ]
    # Severely injured and taken to hospital, they stay injured.
    assert _claims("Zwei schwerverletzte Frauen wurden ins Krankenhaus gebracht.", "de") == [
        ("injured", "women", "2", "reported")
    ]


def test_missing_people_located_again_are_no_count() -> None:
    # Batch-3 dev negatives: "700 personen die als vermist opgegeven waren telefonisch gelokaliseerd".
    assert _claims("De politie heeft meer dan 700 personen die als vermist opgegeven waren gelokaliseerd.", "nl") == []
    assert _claims("Die Polizei hat mehr als 700 Vermisste telefonisch erreicht.", "de") == []
    # A negated find leaves them missing.
    assert _claims("Weitere 43 Menschen werden vermisst und wurden nicht gefunden.", "de") == [
        ("missing", None, "43", "reported")
    ]


def test_estimate_of_a_toll_is_projected() -> None:
    # "raamde woensdag het uiteindelijke dodental op 45.000" (batch-3 dev); "schätzen die Opferzahl … auf etwa 400" (dev).
    assert _claims("Risklayer raamde woensdag het uiteindelijke dodental op 45.000.", "nl") == [
        ("killed", None, "45000", "projected")
    ]
    assert _claims("Chinesische Offizielle schätzen die Opferzahl nach diesem Beben auf etwa 400.", "de") == [
        ("killed", None, "about 400", "projected")
    ]
    # A toll that stands at a number is reported.
    assert _claims("Het dodental staat op 31.", "nl") == [("killed", None, "31", "reported")]


def test_verb_first_predicate_with_an_adverbial_before_the_subject() -> None:
    # Kind: verb-second clause, adverbial between the verb and its subject (batch-3 dev and dev).
    assert _claims("In Syrië stierven volgens het ministerie van Volksgezondheid minstens 1.440 mensen.", "nl") == [
        ("killed", None, "at least 1440", "reported")
    ]
    assert _claims("In Pawlohrad starb während eines russischen Drohnenangriffs ein 55-Jähriger.", "de") == [
        ("killed", None, "1", "reported")
    ]
    # A number inside a phrase of its own ("von 12 Menschen") is no subject of the verb.
    assert _claims("Getötet wurde das Haus von 12 Menschen.", "de") == []


def test_a_body_found_is_one_killed() -> None:
    # Kind: one body by an article, or the body "of" a victim (dev: "het lichaam van een zevenjarig meisje").
    assert _claims("De hulpdiensten meldden dat het lichaam van een zevenjarig meisje werd aangetroffen.", "nl") == [
        ("killed", "children", "1", "reported")
    ]
    assert _claims("De burgemeester meldde dat er een levenloos lichaam was gevonden onder een brug.", "nl") == [
        ("killed", None, "1", "reported")
    ]
    assert _claims("Die Leichen von 14 Menschen wurden geborgen.", "de") == [("killed", None, "14", "reported")]
    # A definite body of a named or definite person is no count.
    assert _claims("Het lichaam van de man werd overgebracht.", "nl") == []


def test_one_rescued_by_age_is_a_count_of_one() -> None:
    # Session 12 (lead): the corpus guide counts one person rescued, named by an article or an age noun, as 1
    # (its labels "rescued children 1"); until then this test pinned the opposite reading ("a story"), as did
    # the self-written records en-105 and nl-099, relabelled with it.
    assert _claims("Woensdag werd een zesjarige jongen gered uit een ingestort huis.", "nl") == [
        ("rescued", "children", "1", "reported")
    ]
    # A suspect arrested, by age, is no count.
    assert _claims("Ein 55-Jähriger wurde festgenommen.", "de") == []


def test_german_hospital_place_before_its_verb() -> None:
    assert _claims("30 Menschen wurden in umliegende Krankenhäuser gebracht.", "de") == [
        ("injured", None, "30", "reported")
    ]
    assert _claims("Fünf Personen wurden vorsorglich in ein Krankenhaus gebracht.", "de") == []


def test_a_count_after_a_comma_with_its_own_verb_is_its_own() -> None:
    # "starben drei Menschen, zwei weitere wurden schwer verletzt": not two more killed.
    assert _claims("Bei dem Unglück starben drei Menschen, zwei weitere wurden schwer verletzt.", "de") == [
        ("killed", None, "3", "reported"),
        ("injured", None, "2", "reported"),
    ]
    # Without a verb of its own it shares the verb before.
    assert _claims("The blast killed 12 civilians and 3 soldiers.", "en") == [
        ("killed", "civilians", "12", "reported"),
        ("killed", "soldiers", "3", "reported"),
    ]


def test_four_digits_after_a_running_totals_verb_are_a_count_not_a_year() -> None:
    assert _claims("Het dodental door de aardbeving is zaterdag opgelopen tot meer dan 2000.", "nl") == [
        ("killed", None, "more than 2000", "reported")
    ]
    assert _claims("Die Zahl der Toten stieg auf 2000.", "de") == [("killed", None, "2000", "reported")]
    # A year after "from … to" stays a year.
    assert _claims("Het aantal doden steeg van 1990 tot 2000.", "nl") == []


def test_left_their_homes_and_separable_detention() -> None:
    assert _claims("300 Menschen mussten ihre Häuser verlassen.", "de") == [("displaced", None, "300", "reported")]
    assert _claims("300 mensen moesten hun huis verlaten.", "nl") == [("displaced", None, "300", "reported")]
    assert _claims("De politie hield 45 mensen aan.", "nl") == [("detained", None, "45", "reported")]
    assert _claims("De politie hield 45 minuten lang toezicht.", "nl") == []


def test_a_part_of_the_victims_by_their_metric_noun() -> None:
    # Kind: "N of the <metric noun>" ("15 der Todesopfer stammen von Cebu", batch-3 dev), with the group it is.
    assert _claims("15 der Todesopfer stammen von Cebu, der Insel westlich von Bohol.", "de") == [
        ("killed", None, "15", "reported")
    ]
    assert _claims("Zwei der Verletzten schweben in Lebensgefahr.", "de") == [("injured", None, "2", "reported")]
    assert _claims("Twee van de doden waren kinderen.", "nl") == [("killed", "children", "2", "reported")]
    assert _claims("Zwei der Verletzten sind inzwischen gestorben.", "de") == [("killed", None, "2", "reported")]


def test_coordinated_weapons_before_a_final_verb() -> None:
    # Kind: a list of weapon chunks, a direction, the participle last: every chunk takes the verb.
    assert _claims("Rusland heeft de afgelopen nacht 40 drones en drie raketten op Oekraïne afgevuurd.", "nl") == [
        ("launched", "drones", "40", "reported"),
        ("launched", "missiles", "3", "reported"),
    ]
    assert _claims("Russland hat in der Nacht 40 Drohnen und drei Raketen auf die Ukraine abgefeuert.", "de") == [
        ("launched", "drones", "40", "reported"),
        ("launched", "rockets", "3", "reported"),
    ]


def test_the_lives_a_disaster_cost() -> None:
    assert _claims("Het ongeluk kostte het leven aan vijf mensen.", "nl") == [("killed", None, "5", "reported")]
    assert _claims("De aanslag eiste het leven van 17 mensen.", "nl") == [("killed", None, "17", "reported")]
    assert _claims("Der Angriff forderte das Leben von 17 Menschen.", "de") == [("killed", None, "17", "reported")]
    assert _claims("Vijf mensen zijn aan hun verwondingen bezweken.", "nl") == [("killed", None, "5", "reported")]
    # Saved lives are no deaths.
    assert _claims("De arts redde het leven van 17 mensen.", "nl") == []


def test_another_events_year_and_similar_attack() -> None:
    # "im Jahr 2016 starben": four digits after "Jahr" are a year (never a count), and date another event.
    assert _claims("Bei einem ähnlichen Anschlag im Jahr 2016 starben 32 Menschen.", "de") == []
    assert _claims("Im Jahr 2016 starben bei dem Anschlag 32 Menschen.", "de") == []
    assert _claims("Bij een vergelijkbare aanslag kwamen 32 mensen om.", "nl") == []
    # This year's count stands.
    assert _claims("Er kwamen dit jaar 32 mensen om.", "nl") == [("killed", None, "32", "reported")]


def test_projecting_verb_governs_its_that_clause() -> None:
    assert _claims("Es wird befürchtet, dass mehr als 100 Menschen ums Leben gekommen sind.", "de") == [
        ("killed", None, "more than 100", "projected")
    ]
    assert _claims("Die Polizei sagte, dass mehr als 100 Menschen ums Leben gekommen sind.", "de") == [
        ("killed", None, "more than 100", "reported")
    ]


def test_number_shapes_swiss_grouping_and_vague_scales() -> None:
    # Swiss German groups thousands with an apostrophe ("Mehr als 155'000 Menschen", dev).
    assert _claims("Mehr als 155'000 Menschen befinden sich demnach weiter in Notunterkünften.", "de") == [
        ("displaced", None, "more than 155000", "reported")
    ]
    assert _claims("Mehr als 105’000 Bewohner flohen bereits aus den Küstengebieten.", "de") == [
        ("displaced", None, "more than 105000", "reported")
    ]
    # "einige hundert" is a vague number of hundreds, not 100.
    assert _claims("Einige hundert Menschen wurden evakuiert.", "de") == [("evacuated", None, "hundreds", "reported")]
    assert _claims("Mehrere Hundert Menschen wurden verletzt.", "de") == [("injured", None, "hundreds", "reported")]


def test_extended_participle_inside_a_counted_noun_phrase() -> None:
    # Kind: "die Zahl der bei dem Angriff getöteten Zivilisten", a phrase between the noun of number and the participle.
    assert _claims("Die Zahl der bei dem Angriff getöteten Zivilisten stieg auf 12.", "de") == [
        ("killed", "civilians", "12", "reported")
    ]
    assert _claims("Het aantal bij de aanval gedode burgers is gestegen tot 12.", "nl") == [
        ("killed", "civilians", "12", "reported")
    ]
    # A participle of no casualty there counts nothing.
    assert _claims("Die Zahl der in der Stadt lebenden Menschen stieg auf 45000.", "de") == []


def test_apposition_list_after_a_colon() -> None:
    # Kind: a count, a colon, its members ("Getötet wurden drei Menschen: zwei Frauen und ein Kind").
    assert _claims("Getötet wurden drei Menschen: zwei Frauen und ein Kind.", "de") == [
        ("killed", None, "3", "reported"),
        ("killed", "women", "2", "reported"),
        ("killed", "children", "1", "reported"),
    ]
    assert _claims("Bij de aanval kwamen vijf mensen om: drie kinderen en twee vrouwen.", "nl") == [
        ("killed", None, "5", "reported"),
        ("killed", "children", "3", "reported"),
        ("killed", "women", "2", "reported"),
    ]
    # A colon before counts with their own nouns keeps them apart.
    assert _claims("Bilanz: 12 Tote und 40 Verletzte.", "de") == [
        ("killed", None, "12", "reported"),
        ("injured", None, "40", "reported"),
    ]


def test_dutch_om_opening_a_phrase_is_no_particle() -> None:
    # Batch-3 dev negative: "Tweehonderd brandweerlieden … zijn ingezet om de brand te bestrijden".
    assert _claims("Tweehonderd brandweerlieden zijn ingezet om de brand te bestrijden.", "nl") == []
    assert _claims("Er kwamen 14 mensen om bij de aanslag.", "nl") == [("killed", None, "14", "reported")]


def test_since_when_clause_goes_on_into_its_relative_clause() -> None:
    # Batch-3 dev negative: "Seit dem 7. Oktober, als die Hamas einen Angriff verübte, bei dem mehr als 1.400 …".
    text = (
        "Seit dem 7. Oktober, als die Hamas einen Angriff verübte, bei dem mehr als 1.400 Menschen getötet "
        "und 5.400 verwundet wurden, ist die Zahl der palästinensischen Todesopfer täglich gestiegen."
    )
    assert _claims(text, "de") == []


def test_injuries_end_the_subjects_clause() -> None:
    assert _claims("Ein Mensch sei ums Leben gekommen, 18 weitere erlitten Verletzungen.", "de") == [
        ("killed", None, "1", "reported"),
        ("injured", None, "18", "reported"),
    ]
    assert _claims("Fünf Personen mussten mit schweren Verletzungen in Krankenhäuser gebracht werden.", "de") == [
        ("injured", None, "5", "reported")
    ]
    # Died of their injuries: killed.
    assert _claims("Drei Menschen starben an ihren Verletzungen.", "de") == [("killed", None, "3", "reported")]


def test_toll_cue_held_apart_by_an_according_to_phrase() -> None:
    assert _claims("Die Zahl der Verletzten liegt nach Angaben der Behörden bei 40.", "de") == [
        ("injured", None, "40", "reported")
    ]
    assert _claims("Het dodental staat volgens de Turkse autoriteiten op 4000.", "nl") == [
        ("killed", None, "4000", "reported")
    ]
    # Other material (a place) between the verb and its particle still breaks the cue.
    assert _claims("Die Zahl der Verletzten liegt am Rande der Stadt bei 40.", "de") == []


def test_no_help_came_in_time() -> None:
    # The news guide: "Für zehn Menschen kam jede Hilfe zu spät" → killed.
    assert _claims("Für zehn Menschen kam jede Hilfe zu spät.", "de") == [("killed", None, "10", "reported")]


def test_among_the_dead_people_with_no_group() -> None:
    # Nationality plurals have no group (news guide): they still count among the dead.
    assert _claims("Onder de doden zijn ook twee Nederlanders.", "nl") == [("killed", None, "2", "reported")]
    assert _claims("Unter den Toten sind auch zwei Deutsche.", "de") == [("killed", None, "2", "reported")]


def test_more_verbs_of_weapons_and_victims() -> None:
    assert _claims("Het leger zegt dat het 23 van de 30 drones uit de lucht heeft gehaald.", "nl") == [
        ("intercepted", "drones", "23", "reported"),
        ("launched", "drones", "30", "reported"),
    ]
    assert _claims("De luchtafweer wist 35 drones onschadelijk te maken.", "nl") == [
        ("intercepted", "drones", "35", "reported")
    ]
    assert _claims("Meer dan 100 mensen liepen brandwonden op.", "nl") == [
        ("injured", None, "more than 100", "reported")
    ]
    assert _claims("Zwei Menschen wurden erschossen.", "de") == [("killed", None, "2", "reported")]
