"""The optional words of a language added since session 8: each field switches one shape on.

The last part of :class:`~casualtylog.text.lang.LanguageData`, split from
:class:`~casualtylog.text.lang._shape_words.ShapeWords` when that module reached
its size limit. ``LanguageData`` lists this class before ShapeWords among its
bases, so its fields come after theirs, in the order they were added (only the
session-14 classes listed before it come later), and the constructor,
``fields()`` and repr are unchanged by the split.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["LaterShapeWords"]


@dataclass(frozen=True, eq=False)
class LaterShapeWords:
    """The optional shapes added since session 8 (see :class:`~casualtylog.text.lang.LanguageData`)."""

    # Session 8 (ennl): the words of a time adverbial that may stand between a verb and its count in a
    # verb-second clause ("Rusland lanceerde vannacht 55 drones", "'s nachts"; "launched overnight 55
    # drones"), as a Romance adverbial does ("derribaron durante la noche 15 drones"). Empty turns it off.
    time_adverbs: frozenset[str] = frozenset()
    # Session 8 (attr2): verbs of saying written as more than one word, which only attribution reads ("a fait
    # état de", "melding gemaakt van", "dio a conocer"): the source is named before or after the phrase as
    # before or after a one-word verb of saying. Empty turns that shape off.
    saying_phrases: frozenset[str] = frozenset()
    # Session 8 (attr2): the preposition of a passive's agent ("von", "door"): in a clause closed by a participle
    # of saying ("20 Tote werden von den Behörden gemeldet") the agent is the source. Empty turns that shape off.
    agent_preps: frozenset[str] = frozenset()
    # Session 8 (rom): an aside between commas after the victims' noun, with no verb or number of its own,
    # before their predicate ("Tres personas, todas de la misma familia, murieron", "Drei Soldaten, alle aus
    # Bayern, wurden verletzt"): the predicate is the victims'. English and Dutch have it with their
    # ``relative_openers``; this turns on the comma aside alone.
    comma_asides: bool = False
    # Session 8 (rom): the preposition of a proportion after "one" and its noun ("un enfant sur trois", "un niño
    # de cada tres", "one child in three"): the number after it is the whole, no count of victims.
    proportion_preps: frozenset[str] = frozenset()
    # Session 8 (rom): "half" before an approximate-number noun ("medio centenar", "ein halbes Dutzend", "un
    # demi-millier"): half its value, about.
    half_words: frozenset[str] = frozenset()
    # Session 9 (ennl9): openers of an age after the victims' noun with no unit ("A boy aged 12", "in his 40s", "van in
    # de veertig"); with them set, numbers between commas after the noun are ages too ("A man, 45,"). Empty: off.
    bare_age_openers: frozenset[str] = frozenset()
    # Session 9 (ennl9): endings of nouns of a person by role ("fietser", "inzittende"): after "a" and right before a
    # casualty predicate of the living, such an unlisted noun is one victim ("een fietser kwam om"). Empty: off.
    agent_suffixes: tuple[str, ...] = ()
    # Session 9 (ennl9): a total naming no metric totals the count before it ("…, bringing the total to 48").
    total_nouns: frozenset[str] = frozenset()
    # Session 9 (ennl9): a projection cue before a verb of rising projects the rise, no count ("could rise as …").
    rise_verbs: frozenset[str] = frozenset()
    # Session 9 (ennl9): a span of years around a number ("de afgelopen tien jaar"): a statistic, as "ago" dates.
    span_before: frozenset[str] = frozenset()
    span_after: frozenset[str] = frozenset()
    # Session 9 (rom9): a group noun whose group depends on the text's subject, with that group and the words
    # that name the subject: French "mineurs" are miners where the text speaks of a mine ("trois mineurs ont
    # péri dans l'effondrement de la mine"), else children. Empty turns that shape off.
    domain_groups: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    # Session 10 (ennl10): nouns of people held who are not detained by the guide ("gijzelaars": hostages held are
    # no claim), and, for a word of being stuck that also means custody (Dutch "vast"), the places that make it
    # trapped ("in de mijn", "onder het puin"): no detained count. Empty turns each off.
    held_nouns: frozenset[str] = frozenset()
    stuck_words: frozenset[str] = frozenset()
    trapped_places: frozenset[str] = frozenset()
    # Session 10 (ennl10): a sentence opened by a conditional clause ("If the dam breaks, 10,000 people could be
    # affected") is conditional after its comma too. Off where the opening word also contrasts (Spanish "Si …").
    opening_conditionals: bool = False
    # Session 10 (ennl10): verbs of ordering before an active noun of evacuating ("ordered the evacuation of 20,000
    # people"): an order, no evacuated count (the corpus guide). Empty turns it off.
    order_verbs: frozenset[str] = frozenset()
    # Session 10 (ennl10): nouns of an ongoing crisis; after "since" and before a year ("since the war began in
    # 2022") they make the figures a running toll (the guide counts it), not another, earlier event. Empty: off.
    crisis_nouns: frozenset[str] = frozenset()
    # Session 10 (rom10): endings of a singular participle or adjective: right after a determiner and a noun inside
    # the phrase on the victims' noun, a predicate word with such an ending agrees with that noun ("3.000 soldados en
    # la zona afectada", "dos vecinos de la zona afectada resultaron heridos"), not with the victims; a finite verb
    # there ("de la empresa murieron") is still their predicate. Empty turns that off.
    attributive_endings: tuple[str, ...] = ()
    # Session 10 (rom10): nouns of a parent: a number one word after one counts a victim's children, no victims
    # ("La mujer, madre de tres hijos, murió", "Der Getötete, Vater von zwei Kindern, …"). Empty turns that off.
    kin_nouns: frozenset[str] = frozenset()
    # Session 10 (rom10): a separable verb's stem listed as an active verb, with the particles that must close its
    # clause for it to mean that ("nahm 3 Männer fest", "in Gewahrsam"; not "nahm 300 Anrufe entgegen"). Empty: off.
    stem_particles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Session 10 (rom10): a finite stem and the particle or infinitive that closes its clause, as "stem last" →
    # metric ("kamen um": "Drei Menschen kamen bei dem Brand um"; "konnte retten": "Die Feuerwehr konnte 12 Menschen
    # retten"); the victims stand before the stem or between the two. Empty turns that shape off.
    closing_verbs: Mapping[str, str] = field(default_factory=dict)
    # Session 10 (attr10): the "to" before an outlet told, after a verb of saying ("confirmed to CBS News", "a
    # indiqué la police à l'AFP", "dijo el gobernador a Reuters", "liet aan persbureau AFP weten"): the outlet is
    # the claim's via, never part of the source's name. Empty turns that shape off.
    outlet_preps: frozenset[str] = frozenset()
    # Session 10 (attr10): whom a source speaks to that is no outlet ("dijo a los periodistas el alcalde", "a
    # déclaré aux journalistes le maire"): after an outlet "to", skipped before the source. Empty: off.
    audience_words: frozenset[str] = frozenset()
    # Session 10 (attr10): an owner's word before a title in apposition to a person ("selon leur porte-parole,
    # Oussama Ali,", "según su portavoz, Ali Hassan,"): the person is the source. Empty turns that shape off.
    source_possessives: frozenset[str] = frozenset()
    # Session 10 (attr10): "according to" written after its source ("Der Polizei zufolge"): the name before it is
    # the source, unless it names a report ("Den Angaben zufolge"). Empty turns that shape off.
    according_after: frozenset[str] = frozenset()
    # Session 10 (attr10): the "and" inside an office's capitalised name ("Ministry of Mines and Energy",
    # "Ministerio de Minas y Energía"): joins two capitalised parts after an "of". Empty turns that shape off.
    name_conjunctions: frozenset[str] = frozenset()
    # Session 10 (attr10): English capitalises a title before a surname as part of how a person is named
    # ("President Zelenskyy"); Dutch and German do not ("burgemeester Klitsjko", "Gouverneur Synjehubow" → the
    # surname), so only a language with this set keeps a capitalised title before one name.
    titles_kept_before_names: bool = False
    # Session 10 (attr10): verbs of an outlet that closes a sentence whose source spoke earlier ("Police said …,
    # Reuters reported", "…, berichtete die Nachrichtenagentur dpa"): the outlet is the via. Empty turns it off.
    relay_verbs: frozenset[str] = frozenset()
    # Session 10 (attr10): more head nouns of a source, read by attribution only (``source_heads`` also decides
    # which nouns the claim frames close a phrase on): "the coast guard said", "según los vecinos", "a indiqué la
    # marine", "meldt de gemeente". Empty adds none.
    more_source_heads: frozenset[str] = frozenset()
    # Session 10 (attr10): the passive of citing after a source ("l'armée de l'air, citée par Ukrinform", "informó
    # la policía, citada por la agencia Efe", "as cited by Reuters"): the outlet after it is the via, the source
    # is who spoke before it. Empty turns that shape off.
    cited_by: frozenset[str] = frozenset()
    # Session 11 (attr11): personal pronouns that stand as a sentence's subject ("Hij zei", "Il a indiqué", "Er
    # sagte", "Ella dijo"): the corpus guide gives a pronoun no source, even when the sentence before names the
    # speaker. Empty adds none (``function_words`` already holds some).
    pronoun_subjects: frozenset[str] = frozenset()
    # Session 11 (attr11): the prepositions before a broadcaster a source spoke on ("sagte der Minister im ZDF", "a
    # indiqué le ministre sur BFMTV", "zei de burgemeester tegen RTL Nieuws"): only an outlet by its shape follows
    # (capitals, or two capitalised words with no head), and it is the claim's via. Empty turns that shape off.
    broadcast_preps: frozenset[str] = frozenset()
    # Session 11 (nl11): metrics beyond killed, injured and missing for which one victim named by an article
    # is a count of 1 ("een verdachte is aangehouden", "een jongen werd gered": the guide's detained suspects 1,
    # rescued children 1). English reads "a boy was pulled from the rubble" as a story, not a count. Empty: none.
    article_metrics: frozenset[str] = frozenset()
    # Session 11 (nl11): a fraction word before a scale word is part of the number ("een half miljoen" 500000,
    # "anderhalf miljoen" 1500000, "een kwart miljoen" 250000; both gave 1000000), an article before it with it.
    # English "half a million" is read by its own shape (the article between). Empty turns that off.
    fraction_words: Mapping[str, float] = field(default_factory=dict)
    # Session 11 (en11): regions a parallel place may name in lower case ("Eleven were killed in the north and 4 in
    # the south"). When set, the place after a parallel count's preposition must be capitalised or one of these
    # ("Five people were killed in Gaza, 20 in hospital" names no place); empty leaves the frame as it was.
    place_regions: frozenset[str] = frozenset()
    # Session 11 (rom11): verbs of leaving that are a toll's verb ("dejó 12 muertos", "dejó tres personas heridas")
    # but also leave family behind: after them a noun read only by its shape ("dejó 2 hijos huérfanos", "dejó 2
    # huérfanos") is no victim unless a predicate follows it. Empty turns that off.
    leaving_verbs: frozenset[str] = frozenset()
    # Session 11 (rom11): adverbs of earlier time that may open a sentence right before a bare year and its verb
    # (German "Bereits 2019 forderte ein Erdbeben 40 Todesopfer"): the year dates the clause, as "in 2019" does
    # elsewhere. Empty turns that off.
    year_adverbs: frozenset[str] = frozenset()
    # Session 11 (rom11): connectors of consequence between a count and a running total after a comma ("lo que
    # eleva", "con lo que"): the count is what the total took in, an increment. Empty turns that off.
    total_connectors: frozenset[str] = frozenset()
    # Session 11 (en12): prepositions between an event's noun and a year inside a subject before its verb ("The
    # Haiti earthquake of 2010 killed", "An explosion at the plant in 2019 injured 37"): the year dates that event
    # and is no count. Empty turns that off (a year before a verb stays as it was).
    year_subject_preps: frozenset[str] = frozenset()
    # Session 11 (en12): a sentence opening with a named earlier event told in the simple past, with no source, day
    # or "has" ("The Grenfell Tower fire killed 72", "Hurricane Katrina killed more than 1,800") is the guide's
    # named earlier event: the verbs of its toll (``named_event_verbs``), the titles before a storm's name
    # (``event_titles``), the nouns that head an event's name (``event_heads``) and the demonyms that make a name
    # the report's own attacker's ("The Russian attack killed 14"; ``demonyms``). Empty verbs turn it off.
    named_event_verbs: frozenset[str] = frozenset()
    event_titles: frozenset[str] = frozenset()
    event_heads: frozenset[str] = frozenset()
    demonyms: frozenset[str] = frozenset()
    # Session 11 (de12): active verbs that, second in a German clause after an adverbial, may have their subject
    # (an article and a capitalised noun) between them and the count ("Bei dem Amoklauf tötete der Täter sieben
    # Menschen", "Am Sonntag rettete die Feuerwehr sechs Menschen"); only victims named by a listed noun. Not
    # "forderte", which also demands ("forderte der Verband 500 Soldaten"). Empty turns that off.
    subject_between_verbs: Mapping[str, str] = field(default_factory=dict)
    # Session 11 (fr13): tokens that close the reach of an earlier year standing after a count (``late_year_preps``):
    # a comma or "après" sets the year on another figure ("Six personnes ont péri, après quatre morts en 2019", "…,
    # un bilan fondé sur le recensement réalisé en 2010"). Empty: a year reaches back over the whole sentence.
    late_year_stops: frozenset[str] = frozenset()
    # Session 11 (fr13): words of a sports team's roster ("joueurs", "entraîneur", "club"): in a sentence holding
    # one, injured and missing counts are players out of a squad, no casualties (casualtylog.text._rosters). Empty: off.
    roster_words: frozenset[str] = frozenset()
    # Session 11 (es14): verbs of finding people whose object counts only when an aside after it says what all of
    # them were ("encontró a tres personas en el océano, todas muertas"), and the words of "all" and "both" that open
    # that aside ("todas", "ambos"; not ``all_words``, "all" before an intercepted count); a bare "encontró a tres
    # personas" stays no count. Empty verbs turn it off.
    finding_verbs: frozenset[str] = frozenset()
    aside_all_words: frozenset[str] = frozenset()
    # Session 12 (fa12): a court looks back at deaths it tries ("was convicted of killing three", "le procès de
    # l'homme accusé d'avoir tué 11 personnes"): the figures after a court word, in its stretch and a relative or
    # causal clause after one comma (``earlier_clause_links``: "…, der 11 Menschen getötet haben soll", "…, weil
    # er …"), count an earlier event (casualtylog.text._looking_back). Empty turns that off.
    court_words: frozenset[str] = frozenset()
    earlier_clause_links: frozenset[str] = frozenset()
    # Session 12 (fa12): participles that sentence only with what a court sentences to or for right after them ("a
    # été condamné mardi pour avoir tué", "veroordeeld tot"); alone they also condemn ("Paris a condamné l'attaque qui
    # a fait 12 morts", "De aanslag werd alom veroordeeld"). Empty participles turn that off.
    court_participles: frozenset[str] = frozenset()
    court_complements: frozenset[str] = frozenset()
    # Session 12 (fa12): the words right before a verb in a court's reach that make it the crime tried ("of killing",
    # "pour avoir tué", "por matar"); any other verb is the main clause's ("Un hombre condenado por robo mató a su
    # pareja y dejó 2 heridos": the report's own), and the court's reach ends there. Empty: every verb ends it.
    court_links: frozenset[str] = frozenset()
    # Session 12 (fa12): a span of years from an event looks back at it ("two years after the flood that left 80
    # dead", "les dix ans de l'attentat qui a fait 130 morts", "vor zehn Jahren, bei dem …"): the nouns of years
    # after a number, the links after them ("after", "since"), and the "of" of an anniversary after an article
    # ("les dix ans de l'", "los diez años del"; not "dix ans de prison"). Empty nouns turn that off.
    year_nouns: frozenset[str] = frozenset()
    anniversary_links: frozenset[str] = frozenset()
    anniversary_of: frozenset[str] = frozenset()
    # Session 12 (fa12): the onset of an ongoing crisis, or the crisis itself, after such a span ("Two years after the
    # war began", "nach Kriegsbeginn", "Los dos años de la guerra han dejado 10.000 muertos"): the span counts a running
    # toll, which the guide counts.
    onset_words: frozenset[str] = frozenset()
    # Session 12 (fa12): words of an anniversary that reach into a relative clause after a comma as such a span does
    # ("Am Donnerstag jährt sich der Anschlag, bei dem 22 Menschen starben"). Empty adds none.
    anniversary_words: frozenset[str] = frozenset()
    # Session 12 (rec12): words of "both" that count two when a noun of victims or a predicate follows ("Both
    # officers were injured", "Beide inzittenden kwamen om", "Ambos policías resultaron heridos"): a pair named by
    # its members, as "the two" is. Empty turns that off.
    pair_words: frozenset[str] = frozenset()
    # Session 12 (rec12): endings of a capitalised adjective of nationality or origin that may stand between a
    # number and its metric noun ("20 Palestinian dead", "20 Palestijnse doden"), as a lower-case one may
    # ("ten unusual deaths"); ``demonyms`` are allowed too. Empty: only listed demonyms.
    demonym_ends: tuple[str, ...] = ()
    # Session 12 (rec12): prepositions of place after a part of a fronted whole ("Of the deaths, 212 were in
    # Kashmir", "De los muertos, 40 fueron en Bogotá"): the part is a count of the whole's metric, as "Eleven of the
    # deaths occurred in Sonoma" is. Empty: a fronted part counts only with a group after it ("12 were children").
    part_place_preps: frozenset[str] = frozenset()
    # Session 12 (rec12): the words before a day name that belong to the day ("am Freitag", "op vrijdag", "ce
    # vendredi", "el viernes"), so a day between a toll's cue and its figure is skipped whole ("Die Zahl der Toten
    # erreichte am Freitag 40"). A bare day is skipped without them. Empty: only a bare day.
    day_preps: frozenset[str] = frozenset()
    # Session 12 (fres12): a verb of leaving (``leaving_verbs``) with what its object is left without ("dejó sin
    # hogar a 500 personas", "dejando sin empleo a 400 trabajadores", "dejó a 400 trabajadores sin luz"): the noun
    # after the preposition (``without_preps``: "sin") names the metric (``without_states``: "vida" killed, "hogar"
    # displaced), and any other (work, power, water) makes the object no count. Empty preps turn it off.
    without_preps: frozenset[str] = frozenset()
    without_states: Mapping[str, str] = field(default_factory=dict)
    # Session 12 (fres12): an impersonal verb of counting between "among the" and its members, after a comma ("Parmi
    # les blessés, on compte deux policiers", "Parmi les morts, on dénombre six soldats"): the members are of the
    # metric before, as after "figurent". Empty turns that off.
    among_verbs: frozenset[str] = frozenset()
    # Session 12 (fres12): people forced to flee, the count the object of a verb of forcing ("a contraint 500
    # personnes à quitter leur domicile", "obligó a 25.000 personas a huir"): the verbs (``forcing_verbs``), the
    # prepositions before what was forced (``forcing_preps``) and the bare infinitives of fleeing
    # (``flight_infinitives``; a displaced predicate does too). Only fleeing makes them displaced
    # (casualtylog.text._romance_objects). Empty verbs turn it off.
    forcing_verbs: frozenset[str] = frozenset()
    forcing_preps: frozenset[str] = frozenset()
    flight_infinitives: frozenset[str] = frozenset()
    # Session 12 (fres12): a "since <year>" in a sentence naming an ongoing crisis (``crisis_nouns``: a war, an
    # insurgency, jihadist attacks) is a running toll of that crisis, which the corpus guide counts ("confronté depuis
    # 2015 à des attaques jihadistes qui ont fait plus de 2 000 morts"), not a statistic over many incidents ("Depuis
    # 2006, plus de 200 personnes sont mortes dans des incendies"). Off: every such "since" is a statistic.
    crisis_since_tolls: bool = False
    # Session 12 (fres12): verbs of taking or costing lives whose object counts the dead only when lives follow the
    # count ("el incendio se cobró 7 vidas", "le conflit a coûté plus de 10 000 vies"; "cobró 300 multas" is none), and
    # the nouns of lives (casualtylog.text._romance_objects). Empty verbs turn it off.
    taking_verbs: frozenset[str] = frozenset()
    lives_nouns: frozenset[str] = frozenset()
    # Session 12 (fresh12): phrases saying a figure was the first one given ("initially", "in eerste instantie",
    # "dans un premier temps", "zunächst", "en un primer momento"); a language lists them among its
    # ``preliminary_cues`` too. Their reach ends at a word of contrast after them (``revision_contrasts``: "but",
    # "pero"), whose clause gives the revised figure: "initially reported 12 dead, but later raised it to 19"
    # (casualtylog.text._first_figures). Empty turns that stop off.
    first_figure_cues: frozenset[str] = frozenset()
    revision_contrasts: frozenset[str] = frozenset()
    # Session 12 (fresh12): what stands between a day's number and its month ("7 de octubre", German "7. Oktober"):
    # the number is a date, no count, and a toll may reach over it ("Die Zahl der Toten ist seit dem 7. Oktober
    # auf 40 gestiegen"). Empty: only a month right after the number makes it a date.
    day_month_joiners: frozenset[str] = frozenset()
    # Session 12 (memb12): a part of the victims still in care is injured ("Four of the victims are still in
    # hospital", "Vier van de slachtoffers zijn nog in het ziekenhuis"): the nouns of victims after "of the"
    # (``care_wholes``) and the places of care (``care_stays``) that end the part's predicate; only plain words
    # (a copula, "still", "remain") may stand between. Empty places turn it off.
    care_wholes: frozenset[str] = frozenset()
    care_stays: frozenset[str] = frozenset()
    # Session 12 (memb12): words that say a part of the count before is one place's alone ("…, dont 73 pour la seule
    # région du Nord", "…, de los cuales 73 solo en Lima"): after a group cue they read as a place, as a named place
    # after a preposition does. Empty adds none.
    part_only_places: frozenset[str] = frozenset()
    # Session 13 (fresh13): forms of the verb of `affected` that also assign people to a post (French "300
    # gendarmes affectés à la sécurité", "a affecté 40 policiers au commissariat") and the prepositions of the post
    # after them: such a count is no casualty (casualtylog.text._bind_rules.assigned_not_affected). Empty: none.
    assigning_words: frozenset[str] = frozenset()
    assigned_preps: frozenset[str] = frozenset()
    # Session 13 (fresh13): an aside counting the same people as households between their noun and predicate
    # ("12,400 people, or 2,100 households, were affected", "personnes soit 2 100 ménages sont affectées"): the
    # words that open it and the nouns of households (casualtylog.text._household_asides). Empty: none.
    household_openers: frozenset[str] = frozenset()
    household_nouns: frozenset[str] = frozenset()
    # Session 13 (fresh13): the cue of the figure a toll came from, after a comma right after the toll's figure ("the
    # death toll rose to 143, up from 114", "auf 143 gestiegen, nach zuvor 114"): a count of the same metric
    # (casualtylog.text._change_frames.earlier_figure). Empty: none.
    earlier_figure_cues: frozenset[str] = frozenset()
    # Session 13 (status13): phrases that start with a projection cue and project no count: a fear for people
    # ("fears the worst for the three missing", "vrezen voor het leven van twintig vermisten"), a modal of ability
    # before a verb of confirming ("De politie kan bevestigen dat …") (casualtylog.text._status_scope). Empty:
    # every projection cue projects.
    non_projections: frozenset[str] = frozenset()
    # Session 13 (status13): relative pronouns that open a clause describing a noun ("…, which initial reports
    # blamed on a gas leak", "…, die volgens de eerste informatie …"): a preliminary cue in such a clause marks no
    # count before it, and a trailing clause they open is no attribution. Empty: no clause is read as relative.
    cue_relatives: frozenset[str] = frozenset()
    # Session 13 (status13): a separable verb of assuming projects the counts of its clause, as the corpus guide
    # labels "gehen (die Ermittler) vom Tod von 18 Menschen aus" projected: the verb's forms (``assume_verbs``:
    # "gehen", "geht"), the preposition after it in its clause (``assume_preps``: "von", "vom", "davon") and the
    # particle that must close the clause (``assume_particles``: "aus"). Empty verbs turn it off; a language whose
    # verb stands whole ("gaan uit van") lists it among its ``projected_cues``.
    assume_verbs: frozenset[str] = frozenset()
    assume_preps: frozenset[str] = frozenset()
    assume_particles: frozenset[str] = frozenset()
    # Session 13 (status13): phrases in which a word of preliminary counts names a kind of thing ("provisional
    # government", "détention provisoire", "prisión provisional"): a cue inside one marks no count preliminary.
    provisional_things: frozenset[str] = frozenset()
    # Session 13 (fresh7a): whether a weapon noun may follow words the data does not list, as adjectives and model
    # names do in English ("six explosive drones", "two Kh-59 guided air missiles"): plain lower-case words no field
    # reserves, or a designation of letters and digits (casualtylog.text._weapon_modifiers). Off: only
    # ``weapon_adjectives`` (and, where ``modifiers_before_noun`` is set, that rule's words) may.
    open_weapon_modifiers: bool = False
    # Session 13 (fresh7a): words after a number of a per-place split that give it to each place named ("—three in
    # Leyte; two each in Samar and Cebu"): the frames of parts and parallel places read past them to the place's
    # preposition, and the figure is one claim (the guide: the same figure again is one claim). Empty reads none.
    distributive_words: frozenset[str] = frozenset()
    # Session 13 (fresh7c): what may stand between the preposition of a verb of forcing and the flight it forced
    # ("ha obligado a 600.000 personas a tener que dejar sus hogares"; casualtylog.text._romance_objects). Empty
    # adds none.
    flight_modals: frozenset[str] = frozenset()
    # Session 13 (fresh7c): verbs of coming or happening before "a month after a …" ("ils interviennent un mois après
    # qu'une vague de chaleur a fait 2000 morts"): the event after the interval is an earlier one even when the
    # sentence has no count before it (casualtylog.text._sequel_cues). Empty adds none.
    interval_verbs: frozenset[str] = frozenset()
    # Session 13 (fresh7c): a toll revised to a bare figure after it ("un premier bilan de 24 morts, qui a été relevé
    # à 25, puis 27"): the participles of revision before the figure's "to" (``revision_participles``) and the words
    # of sequence that may join the toll's count to them or chain a second figure (``revision_links``: "avant
    # d'être", "puis", "luego"; casualtylog.text._revision_frames). Empty participles turn it off.
    revision_participles: frozenset[str] = frozenset()
    revision_links: frozenset[str] = frozenset()
    # Session 13 (fresh7c): people a rescue service searches for are missing ("Les secours cherchent encore cinq
    # personnes"): the verbs of searching (``search_verbs``) and the nouns of rescuers that must be their subject
    # (``rescuer_nouns``; casualtylog.text._search_objects). Empty verbs turn it off.
    search_verbs: frozenset[str] = frozenset()
    rescuer_nouns: frozenset[str] = frozenset()
    # Session 13 (fresh7b): survivors found are rescued (the corpus guide: survivors "found" or "recovered" alive are
    # ``rescued``; "survivors" alone is no claim): a noun of survivors (``survivor_nouns``: "overlevenden",
    # "Überlebende") as the subject of a participle of finding or recovering (``survivor_found``: "gevonden",
    # "geborgen") is a count of the rescued ("Er zijn achttien overlevenden gevonden"). Empty nouns turn it off.
    survivor_nouns: frozenset[str] = frozenset()
    survivor_found: frozenset[str] = frozenset()
    # Session 13 (fresh7b): German writes a plural after a dative preposition with an added -n ("nach sechs
    # Passagieren", "unter den 15 Bergleuten"): a word that is a listed plural of people or of a group plus that -n is
    # that noun (casualtylog.text._nouns). False reads only the listed forms.
    dative_plural_n: bool = False
    # Session 13 (fresh7b): listed nouns shorter than five letters that may still end a compound (German "tote":
    # "Hitzetote", "Verkehrstote", "Lawinentote"); shorter heads match too much elsewhere ("Note", "Bote"). Empty: none.
    short_compound_heads: frozenset[str] = frozenset()
    # Session 13 (kinds13): phrases dating a toll's earlier figure to the day before ("up from 114 a day earlier",
    # "contre 114 la veille"): the same event's earlier count, no other event's time; and the participles of change
    # that close a verb-final toll clause before its earlier figure ("ist auf 143 gestiegen, nach zuvor 114")
    # (casualtylog.text._change_frames.earlier_figure; words in lang/_earlier_day_words.py). Empty: none.
    earlier_day_cues: frozenset[str] = frozenset()
    toll_participles: frozenset[str] = frozenset()
    # Session 13 (kinds13): a toll revised in a chain ("initially placed at four then raised to 15 and finally brought
    # down to seven"): the words that link the steps, a step's verb with its preposition, and the participle closing a
    # verb-final step ("dann auf 11 erhöht") (casualtylog.text._chain_frames). Empty links: no chain is read.
    chain_links: frozenset[str] = frozenset()
    revision_steps: frozenset[str] = frozenset()
    step_participles: frozenset[str] = frozenset()
    # Session 13 (kinds13): the state of people found alive after their count ("three dead and three alive", "otras
    # tres vivas") and the verbs of finding or rescuing before it that make such a count rescued
    # (casualtylog.text._alive_frames). Empty: none.
    alive_words: frozenset[str] = frozenset()
    found_verbs: frozenset[str] = frozenset()
    # Session 13 (status7): words that leave a confirming cue after them unconfirmed ("10 deaths are being verified",
    # "have not yet been confirmed", "pending confirmation", "moeten nog worden bevestigd", "noch nicht bestätigt",
    # "en attente de confirmation", "siendo confirmadas"): a check under way or denied is no confirmation, so the count
    # stays reported (casualtylog.text._status_cue_reach). Empty: every confirming cue confirms.
    pending_confirmations: frozenset[str] = frozenset()
    # Session 13 (fa13): a span back from the report dates another incident ("il y a tout juste une semaine", "a week
    # ago", "Un an plus tôt, …"; casualtylog.text._earlier_spans): the span's units and the articles that stand for
    # one, the hedges it may hold, the words before it (``span_ago_lead``: "il y a", "hace", "vor") or after it
    # (``span_ago_trail``: "ago", "geleden") anywhere in a clause, the words after it that date it only as an opener
    # (``span_earlier_trail``: "plus tôt", "antes", "zuvor"), and the words that mark a month as past after it
    # (``past_month_after``: "pasado", "dernier") or before it (``past_month_before``: "last", "vergangenen"). Days
    # (``span_near_units``) only before "earlier": "vor drei Tagen" may be the report's own time. Empty units turn it off.
    span_units: frozenset[str] = frozenset()
    span_near_units: frozenset[str] = frozenset()
    span_articles: frozenset[str] = frozenset()
    span_hedges: frozenset[str] = frozenset()
    span_ago_lead: frozenset[str] = frozenset()
    span_ago_trail: frozenset[str] = frozenset()
    span_earlier_trail: frozenset[str] = frozenset()
    past_month_after: frozenset[str] = frozenset()
    past_month_before: frozenset[str] = frozenset()
    # Session 13 (fresh7r2): what people were driven into after a verb of forcing, a phrase right after the people
    # ("trieb 3,8 Millionen Menschen in die Flucht": ``flight_objects``, German "in die flucht"), read as the
    # preposition and flight of ``forcing_preps`` are (casualtylog.text._romance_objects). Empty: none.
    flight_objects: frozenset[str] = frozenset()
    # Session 13 (fresh7r2): an adverb of "again" right before the indefinite article of one victim makes it one
    # more, as "another" after the article does ("opnieuw een dodelijk slachtoffer", "erneut ein Toter": +1; the
    # corpus guide's "une nouvelle victime"). Empty: none.
    another_before_article: frozenset[str] = frozenset()
