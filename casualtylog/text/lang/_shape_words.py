"""The optional words of a language: each field switches one shape on, its empty default off.

The second half of :class:`~casualtylog.text.lang.LanguageData` (the required
vocabulary is :class:`~casualtylog.text.lang._core_words.CoreWords`). A field
is added here when a language needs a new shape; the others keep the empty
default and so never see it. The fields stand in the order ``LanguageData``
has always had them (the order they were added), so its constructor,
``fields()`` and repr are unchanged by the split.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ShapeWords"]


@dataclass(frozen=True, eq=False)
class ShapeWords:
    """The optional shapes of a language (see :class:`~casualtylog.text.lang.LanguageData`).

    Attributes:
        denial_cues: phrases that deny or refute what a sentence reports
            ("denied", "not true", "ontkende"): no figure of that sentence is
            a claim (precision first).
        conditional_cues: phrases that make a clause hypothetical ("if",
            "in case", "indien"): no figure of that clause is a claim.
        conditional_exceptions: phrases that cancel a conditional cue when they
            start at it or come before it in its clause ("als gevolg van" is
            "as a result of"; "zowel … als" is "both … and").
        other_event_cues: phrases that tie a clause's figures to another event
            ("last year's", "previous attack", "vorig jaar"): none is a claim.
        elisions: words that lose their vowel before another word and are
            written as one with it ("l'armée", "d'entre"): the tokenizer splits
            them off as their own token ("l'", "armée").
        plural_endings: endings of plural nouns ("s"; Dutch "en", "s"): an
            unlisted word of this shape right after a number, governed by a
            casualty predicate or verb ("50 troops were killed"), is taken as
            the victims' noun.
        group_is_word: whether such an unlisted noun names its group as
            written ("troops", "militants"; English, the library's group
            language); else it counts as people with no group.
        subject_reach: how many words may stand between a subject and its
            clause-final participle (Dutch and German put the verb last:
            "zijn door de aanvallen gewond geraakt"); 0 for none.
        confirmed_cues: phrases that make a clause's figures confirmed
            ("confirmed", "verified", "bevestigd").
        others_words: "others" after a number: the count takes the group of
            the count before it ("killing four soldiers and wounding five others").
        year_preps: words before a year that make it the time of another,
            earlier event ("in 2008, a quake killed …"; with a determiner:
            "the 2004 tsunami that killed …"); a figure after such an earlier
            year is no claim.
        weekdays: day names (never part of a source: "the governor said Friday").
        citing: phrases after which the real source follows ("X, citing Y"):
            the claim's source is Y and X becomes its ``via``.
        titles: words of office before a person's name ("mayor",
            "burgemeester"): the source is the person as named ("burgemeester
            Klitsjko" → "Klitsjko").
        source_labels, date_labels: labels of a document's "Source: …" and
            "Date: …" lines, which set the defaults of the lines after them.
        singular_victims: a singular noun for one victim → its group ("" for
            none): after an indefinite article ("a child was wounded", "ein
            78-jähriger Mann ist ums Leben gekommen") it is a count of 1.
        approx_nouns: a noun of an approximate number after an article →
            the number ("une dizaine", "una decena", "een vijftiental": about
            10, 10, 15); Dutch "een 340-tal" is read by its "-tal" suffix.
        superlatives, since_words: "the deadliest attack since 2009, when 100
            died": after a superlative, the figures after "since" count
            another, earlier event and are no claims.
        adjective_after_noun: whether an adjective may follow the head of a
            source's name ("selon la défense ukrainienne").
        auxiliaries: auxiliary verbs between a source and its verb of saying
            ("a annoncé", "ha dicho", "hat bestätigt").
        singular_metric_nouns: singular metric nouns that follow an indefinite
            article as a count of 1 ("viel een dode", "un mort", "ein Toter").
        predicate_first: whether a casualty predicate may come before its
            subject ("murieron 12 personas", "dabei starben 12 Menschen").
        change_verbs, from_words, to_words: a change "from A to B" after a toll
            noun ("le nombre de morts est passé de 6 à 73", "la cifra pasó de
            6 a 73"): both ends are counts, the second the new total.
        raise_verbs: verbs that raise a total to a number standing before its
            object ("portant à 78 le bilan", "han elevado a 53 los muertos").
        revise_verbs: verbs that revise a toll, up or down, with the toll as
            their object ("had reduced the death toll from 12 to 11"): the change
            "from A to B" after it gives both figures, as after a verb of raising.
            Not in ``raise_verbs``, which also puts a total at a figure before
            its object and marks attribution.
        pro_verbs: a verb phrase standing for the predicate before ("y otros
            cuatro lo hicieron en el hospital"): the count takes its metric.
        place_preps: prepositions before a capitalised place name in a per-place
            split ("six ont péri à Trèbes, deux à Villegailhenc").
        place_phrase_preps: prepositions that open the count's own place phrase
            besides ``place_preps`` ("pour le district de …", "dans la ville de …").
        place_states: states, not places, after a place preposition ("en état de
            choc", "en estado grave", "en garde à vue", "en vie").
        parallel_place_preps: prepositions that open a place ("in", "bij"):
            "…, en 10 personen in de metro" shares the predicate of the count
            before it when that count's clause names a place with the same
            preposition.
        when_words: "when" after "since …,": that clause tells the earlier
            event a count runs from ("Desde el 7 de octubre, cuando … dejó
            1.400 muertos"); its figures are no claims.
        participle_reach: how many words (a participle phrase: "tombées à
            l'eau") may stand between the victims' noun and the auxiliary
            before its predicate; 0 for none.
        object_markers: a word between a verb and its object ("matando a dos
            personas", Spanish personal "a").
        victim_nouns: "victims" after "among the": the metric is the count's
            before it ("deux enfants figuraient parmi les victimes").
        care_verbs, care_places: taken to hospital ("160 personnes ont été
            admises dans les hôpitaux", "40 pasajeros fueron trasladados a
            hospitales"): the people counted are injured.
        nouns_capitalised: whether every noun is written with a capital
            (German): an unlisted word is a victims' noun only when
            capitalised ("angegriffen" is a participle, not a plural), and a
            capital says nothing about an adjective.
        compound_heads: whether a noun may be written as one word with a
            modifier before it (Dutch, German: "kamikazedrones",
            "Kampfdrohnen", "burgerdoden"): a word ending in a listed weapon
            or metric noun is read as that noun.
        modifiers_before_noun: whether participles and adjectives stand
            before their noun ("tien waargenomen Russische drones"): an
            unlisted lower-case word may then stand between a number and its
            weapon noun (Romance "dos ataques con misiles" has a noun there).
        count_nouns: nouns of number that head a running total by shape
            ("aantal", "Zahl": "het bevestigde aantal gewonden kinderen",
            "het aantal burgers dat … gewond is geraakt"), and let its verb
            come first ("Daarmee komt het dodental … op 66").
        age_suffixes: endings that make a number an age, written as one word
            with it ("jähriger" in "55-Jähriger", "jarig" in "zevenjarig"):
            after an indefinite article the age and the noun it describes (or
            the age as a noun on its own) are one victim.
        years_old: the words after a number that make it an age ("jahre
            alte" in "eine 72 Jahre alte Frau", "jaar oude"): one modifier.
        separable_weapon_verbs: a separable verb's finite stem and its
            particle ("feuerte ab", "schoot neer") → launched or intercepted:
            the stem before the weapons, the particle at the clause's end.
        life_verbs: a finite verb and the life it takes, "verb object" →
            metric ("kostete das leben", "kostte het leven" → killed): the verb
            before the victims, the object right after their noun ("kostete in
            den Alpen elf Menschen das Leben").
        identity_cues, identity_preps: "it is about" before a list of who
            the victims were, and the preposition of the metric phrase before it
            ("Bei den Todesopfern handelt es sich um sieben Polizisten und 26
            Zivilisten"): each count of the list has the metric of that phrase.
        fire_or_down_verbs: verbs that both fire and shoot down ("schoss",
            "abgeschossen"): read as intercepted unless a direction follows the
            weapons.
        fire_directions: words right after the weapons that say where they
            were fired ("auf", "in richtung", "aus"): such a verb launched them.
        ago_before, ago_after: the words around a number of years that date a
            clause to an earlier event ("vor" … "jahren": "vor sechzig Jahren";
            "jaar geleden" with nothing before): its figures are no claims.
        located_cues: words after a missing count that say the people were
            found or reached again ("gelokaliseerd", "erreicht"): unless
            negated ("nog niet gevonden") the count is no longer missing.
        inverted_reach: how many words (an adverbial: "volgens het
            ministerie", "während eines Angriffs") may stand between a
            one-word predicate that comes first and its subject; 0 for none.
        precaution_cues: phrases that make a trip to hospital a precaution
            ("uit voorzorg", "voor medische controle", "vorsorglich"): no
            figure of that clause counts the injured.
        at_words: the word between a verb that puts a total at a figure and
            the figure, when it is not a "to" word ("cifró en 198 los
            muertos"); see :attr:`raise_verbs`.
        exceed_verbs: verbs of exceeding; the number after one (an article
            or an update cue between) is "more than" it ("los muertos superan
            los 19.400", "le bilan dépasse désormais les 11.200 morts").
        other_event_openers: phrases that, opening a sentence before a comma,
            date it to another incident ("Quelques heures plus tôt, …") though
            inside a clause they may not ("… alors que quelques heures plus
            tôt il y avait eu 632 morts"); see :attr:`other_event_cues`.
        other_event_exceptions: phrases in which an other-event cue names the
            report's own time ("in the last week of May", "over the last month"
            hold "last week", "last month"): a cue starting inside one is void.
        lifeless_words: words between a body noun and "of" that say the body is a dead one ("los
            cuerpos sin vida de cinco mineros", "les corps sans vie de"; "restos mortales"): the count
            after "of" is killed, the singular body noun ("el cuerpo sin vida de otras tres") too.
        noun_preps: prepositions that open a short phrase between the victims'
            noun and its predicate ("132 people on the dinghy were rescued",
            "ten members of one family were killed").
        another_words: "another" before a singular victim or metric noun:
            one more, added to a count before ("otro trabajador muerto",
            "otro fallecido" → +1).
        another_after_article: "another" between an indefinite article and a
            singular victim or metric noun ("ein weiterer Mann", "ein weiterer
            Todesfall"): one more, added to a count before (+1), unless a count
            stands before it in the sentence (then it splits that count: 1).
        severity_words: how badly, after a part of a count with no noun
            ("cinco de ellas graves", "dos de ellos leves"): the part keeps
            the count's metric.
        possessives: possessive determiners ("sus", "ses", "leurs") that may
            stand for the article in "one of (his) <people>"; empty turns that
            shape off.
        coordinators: words that join two counts like "and" in a list of
            weapons ("evenals", "sowie": "as well as").
        exceed_words: the last word of a toll cue that puts the total above
            its number ("could top 1,200", "has climbed past 9,400"): an exact
            number becomes "more than" it.
        late_year_preps: words before an earlier year standing after a figure,
            anywhere later in its sentence ("Twenty people were killed when
            creeks overflowed … in August 2021"): the figure counts that
            earlier event, unless a "since" word stands between (a running
            count from then).
        told_verbs: verbs of telling whose object is the outlet that carried a
            source's words ("Ruiz told Televisa" → via Televisa).
        channel_words: lower-case words that may describe that outlet before
            its name ("told local television station Televisa").
        comparison_words: words that open a comparison with another count
            ("compared with", "than"): an earlier year after one dates only
            the figures after it.
        all_words: "all" right before an intercepted count ("shot down all 14
            drones"): every one launched was intercepted, so the count is
            also the launched count.
        dispute_verbs: verbs that dispute what follows them ("disputed the
            ISPR claim that 15 militants had been killed"): no figure after one
            is a claim; figures before it are (unlike ``denial_cues``).
        sequel_verbs, coming_verbs, after_words: a verb that ties the event to an
            earlier one told after it ("the attack follows a similar assault
            that killed 20"; "comes … after": "it comes 13 days after a crane
            collapse killed 100"): no figure after it is a claim.
        other_metric_not_increment: whether "another N" after a count of another
            metric in the same sentence is a count of its own, not an addition
            ("rescued 367 migrants and recovered the bodies of another 25").
        source_place_preps: prepositions that join a source to its place ("Police in
            The Hague", "la Défense civile à Gaza"): the place is part of the name.
        said_participles: participles of saying that close a verb-second clause
            (Dutch, German: "Die Polizei hat zwei Verletzte bestätigt"): the source is
            the subject next to the clause's auxiliary. Read by attribution alone,
            so no frame sees them as verbs of saying.
        source_verbs: more verbs of saying that only attribution reads ("wie die
            Polizei mitteilt", "escribió el alcalde"): the frames' verbs of saying
            (``said_verbs``) stay as they are, so no figure moves.
        perfect_auxiliaries: auxiliaries of a present perfect ("have died"): a
            count up to now, so a year after it ("2,000 migrants have died …
            in 2015") is the report's own, not an earlier event's.
    """

    denial_cues: frozenset[str] = frozenset()
    conditional_cues: frozenset[str] = frozenset()
    conditional_exceptions: frozenset[str] = frozenset()
    other_event_cues: frozenset[str] = frozenset()
    elisions: frozenset[str] = frozenset()
    plural_endings: tuple[str, ...] = ()
    group_is_word: bool = False
    subject_reach: int = 0
    confirmed_cues: frozenset[str] = frozenset()
    others_words: frozenset[str] = frozenset()
    year_preps: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    citing: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    source_labels: frozenset[str] = frozenset({"source", "sources", "bron", "bronnen", "source(s)", "quelle", "fuente"})
    date_labels: frozenset[str] = frozenset({"date", "datum", "fecha", "as of", "stand", "peildatum"})
    singular_victims: Mapping[str, str] = field(default_factory=dict)
    predicate_first: bool = False
    singular_metric_nouns: frozenset[str] = frozenset()
    approx_nouns: Mapping[str, int] = field(default_factory=dict)
    superlatives: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    adjective_after_noun: bool = False
    since_words: frozenset[str] = frozenset()
    change_verbs: frozenset[str] = frozenset()
    from_words: frozenset[str] = frozenset()
    to_words: frozenset[str] = frozenset()
    raise_verbs: frozenset[str] = frozenset()
    revise_verbs: frozenset[str] = frozenset()
    pro_verbs: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    place_phrase_preps: frozenset[str] = frozenset()
    place_states: frozenset[str] = frozenset()
    parallel_place_preps: frozenset[str] = frozenset()
    care_verbs: frozenset[str] = frozenset()
    care_places: frozenset[str] = frozenset()
    victim_nouns: frozenset[str] = frozenset()
    object_markers: frozenset[str] = frozenset()
    when_words: frozenset[str] = frozenset()
    participle_reach: int = 0
    nouns_capitalised: bool = False
    compound_heads: bool = False
    modifiers_before_noun: bool = False
    coordinators: frozenset[str] = frozenset()
    exceed_words: frozenset[str] = frozenset()
    late_year_preps: frozenset[str] = frozenset()
    told_verbs: frozenset[str] = frozenset()
    channel_words: frozenset[str] = frozenset()
    comparison_words: frozenset[str] = frozenset()
    all_words: frozenset[str] = frozenset()
    dispute_verbs: frozenset[str] = frozenset()
    sequel_verbs: frozenset[str] = frozenset()
    coming_verbs: frozenset[str] = frozenset()
    after_words: frozenset[str] = frozenset()
    other_metric_not_increment: bool = False
    perfect_auxiliaries: frozenset[str] = frozenset()
    source_place_preps: frozenset[str] = frozenset()
    said_participles: frozenset[str] = frozenset()
    source_verbs: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    separable_weapon_verbs: Mapping[str, str] = field(default_factory=dict)
    fire_or_down_verbs: frozenset[str] = frozenset()
    life_verbs: Mapping[str, str] = field(default_factory=dict)
    identity_cues: frozenset[str] = frozenset()
    identity_preps: frozenset[str] = frozenset()
    fire_directions: frozenset[str] = frozenset()
    precaution_cues: frozenset[str] = frozenset()
    inverted_reach: int = 0
    located_cues: frozenset[str] = frozenset()
    ago_before: frozenset[str] = frozenset()
    ago_after: frozenset[str] = frozenset()
    age_suffixes: tuple[str, ...] = ()
    years_old: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    severity_words: frozenset[str] = frozenset()
    at_words: frozenset[str] = frozenset()
    exceed_verbs: frozenset[str] = frozenset()
    other_event_openers: frozenset[str] = frozenset()
    another_words: frozenset[str] = frozenset()
    another_after_article: frozenset[str] = frozenset()
    other_event_exceptions: frozenset[str] = frozenset()
    noun_preps: frozenset[str] = frozenset()
    # Round 6b (fresh_gm): "ten unusual deaths", "40 heat-related deaths": one adjective may stand between
    # a number and a metric noun that ends in one of these (plural nouns only; English sets it).
    adjective_metric_ends: tuple[str, ...] = ()
    # "Another 130 people remain unaccounted for": a verb of state after "another N" reports the rest of a
    # split, not an addition (English sets it).
    state_verbs: frozenset[str] = frozenset()
    # Precision round (issue 13): "most of the 30,000 patients died" counts patients, not the dead; a German
    # pluperfect dated to a day tells an earlier event (casualtylog.text._not_counts).
    population_quantifiers: frozenset[str] = frozenset()
    pluperfect_auxiliaries: frozenset[str] = frozenset()
    # Bodies not identified ("sin identificar") are no toll; an interval noun before "after" and an
    # indefinite article ("hours after a blast") tells an earlier event (with ``after_words``).
    unidentified_words: frozenset[str] = frozenset()
    interval_nouns: frozenset[str] = frozenset()
    # Plural nouns of things, places, land and animals ("affected 40 villages", "killed 12 goats"): never
    # victims, though shaped like a plural; words after "toll" that make it a charge ("toll road").
    thing_nouns: frozenset[str] = frozenset()
    toll_charge_words: frozenset[str] = frozenset()
    # "a year" closing a figure's phrase ("kills 400,000 people a year"): a rate (English; the other
    # languages' rate words are unambiguous and stand in their other_event_cues).
    rate_periods: frozenset[str] = frozenset()
    # "of" before a year that names an event ("De tsunami van 2004", "El tsunami de 2004"): another event
    # (English has "of" in year_preps).
    year_of_preps: frozenset[str] = frozenset()
    # A place that houses or can hold people ("home to", "housing", "can hold up to"): the displaced,
    # evacuated or injured in that clause are described, not counted.
    shelter_cues: frozenset[str] = frozenset()
    # "that of" another event ("aussi lourd que celui du 24 août"): the figures after it count that event.
    compared_cues: frozenset[str] = frozenset()
    lifeless_words: frozenset[str] = frozenset()
    # Session 7 (gen_ennl): what may describe the victims between their noun and the predicate: a relative
    # clause opened by one of these ("Twelve people who had been on the bus were killed"), a participial
    # phrase whose first word ends so ("travelling on the bus"), and, for any language that sets the
    # openers, an aside between commas ("Twelve people, mostly women, were killed").
    relative_openers: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # A verb-second language splits its predicates around an inverted subject ("liggen nog 39 mensen in het
    # ziekenhuis"): the rest of a predicate after the victims binds when its first word stands before them.
    split_predicates: bool = False
    # Session 7 (gen_rom): pronouns that open a relative clause between commas after the victims' noun
    # ("Tres soldados, que patrullaban la frontera, resultaron heridos", "Drei Soldaten, die … waren, wurden
    # verletzt"): the predicate after the closing comma is the victims'. Empty turns that shape off.
    relative_pronouns: frozenset[str] = frozenset()
    # Session 7 (gen_rom): an age after the victims' noun, between commas or not ("Une femme, âgée de 52 ans, a
    # été tuée", "Dos hombres, de 20 y 25 años, resultaron heridos", "Zwei Männer im Alter von 20 und 25 Jahren
    # wurden verletzt"): the phrases that open it before its number(s) and the units that close it. The ages
    # are no counts and the predicate after them is the victims'. Empty turns that shape off.
    age_openers: frozenset[str] = frozenset()
    age_units: frozenset[str] = frozenset()
    # Session 7 (lead): reflexive pronouns: the word after one is a verb, never a noun of victims, though
    # it may be spelt as one ("Le nombre de morts s'élève à 158": "élève" is no pupil).
    reflexive_clitics: frozenset[str] = frozenset()
    # Session 7 (lead): a word after a fire direction that makes it the weapons' kind, not where they flew
    # ("47 Drohnen vom Typ Shahed wurden abgeschossen": shot down, not fired from somewhere).
    weapon_kind_words: frozenset[str] = frozenset()
