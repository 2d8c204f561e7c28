"""Optional fields of a language's grammar: verb-second order, the definite articles and the speakers of a clause
with no verb of saying. Each switches one shape on.

:class:`~casualtylog.text.lang.LanguageData` lists this class first among its bases, so its fields come last.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["GrammarWords"]


@dataclass(frozen=True, eq=False)
class GrammarWords:
    """The optional shapes of word order and articles (see :class:`~casualtylog.text.lang.LanguageData`)."""

    # A verb-second language puts its finite verb right after an opening adverbial of
    # another event, where English has a comma ("Damals starben mehr als 6300 Menschen, mehr als vier Millionen
    # verloren ihr Zuhause", de-d3b109a4-6): the adverbial dates the whole sentence, every clause of it, as Dutch
    # ``split_predicates`` already reads "In september kwamen 21 mensen om" (casualtylog.text._other_events).
    verb_second_openers: bool = False
    # The definite singular articles: one person in apposition to a definite noun ("Auch
    # der Schütze, ein 35-jähriger Deutscher, ist tot") is that person, no count (casualtylog.text.
    # _definite_appositions). Empty turns it off.
    definite_articles: frozenset[str] = frozenset()
    # Session 20 (issue 13): a preposition and definite article that name the report's own event ("Bei dem Brand …
    # waren 59 Menschen ums Leben gekommen", "Durch die Lawine waren am Sonntag …"): a pluperfect dated to a day in
    # their stretch tells that event, not an earlier one (casualtylog.text._not_counts.dated_pluperfect).
    own_event_openers: frozenset[str] = frozenset()
    # Session 20 (attr21): "by its own account" after a clause's finite verb ("Hezbollah heeft naar eigen zeggen 200
    # raketten … afgevuurd", "Das Militär hat nach eigenen Angaben 24 Drohnen abgeschossen"): the verb's subject is the
    # source, as if the verb were one of saying (casualtylog.text._own_account). Empty turns it off.
    own_account_phrases: frozenset[str] = frozenset()
    # Session 20 (attr21): a separable verb of saying's finite stem and the particle that closes its clause around a
    # figure ("Der Zivilschutz geht … von 247 Toten aus", "geht die Polizei von 170 Vermissten aus": assumes); the
    # subject is the source. Empty turns it off.
    closing_saying_verbs: Mapping[str, str] = field(default_factory=dict)
    # Session 21 (issue 13): the pluperfect auxiliaries of a clause opened by a bare date ("Jeudi, sept soldats avaient
    # été tués", "en septiembre de 2025, un motín ya había dejado 31 muertos": another, earlier event), and the leads
    # such a date may hold besides days, months and numbers ("le", "en", "début", "a mediados de").
    # (casualtylog.text._dated_backgrounds). Empty turns it off.
    opener_pluperfects: frozenset[str] = frozenset()
    date_opener_leads: frozenset[str] = frozenset()
    # Session 21 (issue 13): the prepositions of a place right by a stuck word (``stuck_words``: "vast in de haven",
    # "vast te zitten in een buitenzwembad"): people trapped there, whatever the place; and the words after such a
    # preposition that keep it custody ("vast in de cel", "in voorlopige hechtenis", "in verband met de rellen").
    # (casualtylog.text._trapped_places.stuck_in_place). Empty turns it off.
    trapped_preps: frozenset[str] = frozenset()
    custody_words: frozenset[str] = frozenset()
    # Session 22 (attr23): honorifics written before a person's name without their period ("Mr Sagar said", "Mrs
    # Ndlovu told"): no office, so never part of how the guide names the person, even where a capitalised title
    # before one name is (``titles_kept_before_names``: "President Zelenskyy"). Empty turns it off.
    honorifics: frozenset[str] = frozenset()
