"""The words every language gives: how it writes numbers, what a number counts, who says so.

The first of the two halves of :class:`~casualtylog.text.lang.LanguageData`
(the optional shapes are :class:`~casualtylog.text.lang._shape_words.ShapeWords`).
Every field but ``currency_symbols`` is required. The fields stand in the order
``LanguageData`` has always had them, so its constructor, ``fields()`` and repr
are unchanged by the split.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["CoreWords"]


@dataclass(frozen=True, eq=False)
class CoreWords:
    """The required vocabulary of a language (see :class:`~casualtylog.text.lang.LanguageData`).

    Attributes:
        code: the ISO 639-1 code ("en", "nl").
        function_words: frequent short words, scored by language detection.
        units, tens, scales: number words and their values, for the built-in
            fallback when text2num is not installed (and to find number words).
        number_joiners: words allowed between number words ("and", "en").
        unit_before_tens: whether "one-and-twenty" is the order ("eenentwintig").
        ambiguous_number_words: words that are numbers only inside a longer
            number ("a hundred"; Dutch "een"): never a count on their own.
        grouping: characters that group thousands ("1,200"; Dutch "1.200").
        decimal: the decimal mark; "1.5" in English is not a count.
        million_words: words that multiply a preceding number ("2 million").
        qualifiers: phrase before a number → the figure shape it gives
            (at_least, more_than, at_most, fewer_than, about, between).
        suffix_qualifiers: phrase after a number → shape ("or more" → at_least).
        range_joiners: words joining the two ends of a range ("to", "tot").
        between_joiners: the word after "between 10" ("and", "en").
        vague_words: vague phrase → the key in :data:`casualtylog.vocab.VAGUE_WORDS`.
        vague_links: words after a vague word before its noun ("dozens of").
        people_nouns: nouns for people with no group ("people", "mensen").
        group_nouns: noun → group ("children" → children).
        weapon_nouns: noun → group of a launched/intercepted count.
        weapon_adjectives: words allowed between a number and a weapon noun.
        body_nouns: nouns meaning the dead ("bodies", "lichamen").
        metric_nouns: noun right after a number → metric ("deaths", "doden").
        predicates: phrase after the subject → metric ("were killed", "gewond").
        gap_words: words allowed between a subject and its predicate.
        active_verbs: verb before the object → metric ("killed 5", "killing").
        launch_verbs, intercept_verbs: verbs of launched and intercepted counts.
        toll_nouns: phrase naming a running total → metric ("death toll").
        toll_cues: phrase between a toll and its number → kind (update,
            static, projected, increment).
        toll_gap_words: words allowed between a toll noun and its cue.
        increment_before: words before a number that make it an increment.
        increment_after: words after a number (or its noun) that do.
        weak_increment_before: increment words that also mean "still" and so
            count only for killed and injured (Dutch "nog").
        of_words: the "of" in "48 of 70" (and "out of", "van de").
        of_them: phrase after a number that makes it part of the count before
            ("of them").
        group_cues: phrase before a number that makes it part of the count
            before ("including", "onder wie").
        among_the: phrase before a metric noun in "were among the injured".
        zero_words: words that mean zero before a metric noun ("no", "geen").
        nobody_words: subjects that mean zero people ("no one", "niemand").
        negations: words that block a predicate ("not").
        boundaries: words that end a clause ("and", "but").
        update_cues: words near a number that mark a new running total ("now").
        projected_cues: phrases that make a figure a projection ("feared").
        preliminary_cues: phrases that make a sentence preliminary.
        said_verbs: verbs of saying, for attribution.
        according_to: phrases that introduce a source ("according to").
        postposed_according: phrases after which a source ends a sentence ("aldus").
        source_heads: lower-case words that can be part of a source's name
            ("police", "air", "force").
        report_words: words before the real source in "according to earlier
            reports from the police" (skipped with the "from" after them).
        name_connectors: lower-case words allowed inside a name ("of", "van").
        determiners: words dropped from the start of a source name.
        channel_preps: words before a channel ("on", "op", "via").
        channels: channel word → its canonical name ("telegram" → "Telegram").
        statement_phrases: phrase → channel ("in a statement" → "statement").
        non_count_before: words before a number that make it no count ("aged").
        non_count_after: words after a number that make it no count ("km").
        months: month names (a number beside one is a date).
        currency_symbols: symbols before a number that make it money.
    """

    code: str
    function_words: frozenset[str]
    units: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    number_joiners: frozenset[str]
    unit_before_tens: bool
    ambiguous_number_words: frozenset[str]
    grouping: str
    decimal: str
    million_words: Mapping[str, int]
    qualifiers: Mapping[str, str]
    suffix_qualifiers: Mapping[str, str]
    range_joiners: frozenset[str]
    between_joiners: frozenset[str]
    vague_words: Mapping[str, str]
    vague_links: frozenset[str]
    people_nouns: frozenset[str]
    group_nouns: Mapping[str, str]
    weapon_nouns: Mapping[str, str]
    weapon_adjectives: frozenset[str]
    body_nouns: frozenset[str]
    metric_nouns: Mapping[str, str]
    predicates: Mapping[str, str]
    gap_words: frozenset[str]
    active_verbs: Mapping[str, str]
    launch_verbs: frozenset[str]
    intercept_verbs: frozenset[str]
    toll_nouns: Mapping[str, str]
    toll_cues: Mapping[str, str]
    toll_gap_words: frozenset[str]
    increment_before: frozenset[str]
    increment_after: frozenset[str]
    weak_increment_before: frozenset[str]
    of_words: frozenset[str]
    of_them: frozenset[str]
    group_cues: frozenset[str]
    among_the: frozenset[str]
    zero_words: frozenset[str]
    nobody_words: frozenset[str]
    negations: frozenset[str]
    boundaries: frozenset[str]
    update_cues: frozenset[str]
    projected_cues: frozenset[str]
    preliminary_cues: frozenset[str]
    said_verbs: frozenset[str]
    according_to: frozenset[str]
    postposed_according: frozenset[str]
    source_heads: frozenset[str]
    report_words: frozenset[str]
    name_connectors: frozenset[str]
    determiners: frozenset[str]
    channel_preps: frozenset[str]
    channels: Mapping[str, str]
    statement_phrases: Mapping[str, str]
    non_count_before: frozenset[str]
    non_count_after: frozenset[str]
    months: frozenset[str]
    currency_symbols: frozenset[str] = frozenset("$€£¥₴₽")
