"""The session-6 split of the text modules past ~400 lines: no behaviour change.

The proof that the extractions are the same is benchmarks/text_claims_dump.py
(byte-identical before and after, see docs/text-history.md); these tests hold the
shapes a later edit could break without changing any extraction of today's
languages: ``LanguageData``'s field order (its positional constructor and
repr) and the import paths other modules and tests use.
"""

from __future__ import annotations

import dataclasses

import pytest

from casualtylog.text import _attribution, _frames, _number_words, _source_names, _token_type, _tokens
from casualtylog.text.lang import LanguageData, get_language
from casualtylog.text.lang._care_stay_fields import CareStayWords
from casualtylog.text.lang._clause_shape_fields import ClauseShapeWords
from casualtylog.text.lang._core_words import CoreWords
from casualtylog.text.lang._grammar_fields import GrammarWords
from casualtylog.text.lang._later_shape_words import LaterShapeWords
from casualtylog.text.lang._member_part_fields import MemberPartWords
from casualtylog.text.lang._shape_words import ShapeWords


def test_language_data_fields_are_the_required_then_the_optional_in_their_old_order() -> None:
    names = [f.name for f in dataclasses.fields(LanguageData)]
    assert names == [
        *(f.name for f in dataclasses.fields(CoreWords)),
        *(f.name for f in dataclasses.fields(ShapeWords)),
        *(f.name for f in dataclasses.fields(LaterShapeWords)),
        # Session 14 (fresh8rom): the fields of that session, declared apart (LaterShapeWords is at its size limit)
        *(f.name for f in dataclasses.fields(ClauseShapeWords)),
        *(f.name for f in dataclasses.fields(MemberPartWords)),  # lists, parts and ordinal ones: a base of its own
        *(f.name for f in dataclasses.fields(GrammarWords)),  # word order and articles: a base of its own
        *(f.name for f in dataclasses.fields(CareStayWords)),  # session 22 (care23): stays in and trips to care
    ]
    # The first and last of each half as they stood in the one class before the split.
    assert names[0] == "code"
    assert names[names.index("months") + 1 : names.index("months") + 3] == ["currency_symbols", "denial_cues"]
    # The last field at the split, then the fields added since at the end, in the order they were merged
    # (session 7: gen_ennl, then gen_rom; session 8: ennl, then attr2, then rom; session 9: ennl9, then rom9).
    assert names[names.index("lifeless_words") + 1 :] == [
        "relative_openers",
        "participle_endings",
        "split_predicates",
        "relative_pronouns",
        "age_openers",
        "age_units",
        "reflexive_clitics",
        "weapon_kind_words",
        "time_adverbs",
        "saying_phrases",
        "agent_preps",
        "comma_asides",
        "proportion_preps",
        "half_words",
        "bare_age_openers",
        "agent_suffixes",
        "total_nouns",
        "rise_verbs",
        "span_before",
        "span_after",
        "domain_groups",
        "held_nouns",
        "stuck_words",
        "trapped_places",
        "opening_conditionals",
        "order_verbs",
        "crisis_nouns",
        "attributive_endings",
        "kin_nouns",
        "stem_particles",
        "closing_verbs",
        "outlet_preps",
        "audience_words",
        "source_possessives",
        "according_after",
        "name_conjunctions",
        "titles_kept_before_names",
        "relay_verbs",
        "more_source_heads",
        "cited_by",
        "pronoun_subjects",
        "broadcast_preps",
        "article_metrics",
        "fraction_words",
        "place_regions",
        "leaving_verbs",
        "year_adverbs",
        "total_connectors",
        "year_subject_preps",
        "named_event_verbs",
        "event_titles",
        "event_heads",
        "demonyms",
        "subject_between_verbs",
        "late_year_stops",
        "roster_words",
        "finding_verbs",
        "aside_all_words",
        "court_words",
        "earlier_clause_links",
        "court_participles",
        "court_complements",
        "court_links",
        "year_nouns",
        "anniversary_links",
        "anniversary_of",
        "onset_words",
        "anniversary_words",
        "pair_words",
        "demonym_ends",
        "part_place_preps",
        "day_preps",
        "without_preps",
        "without_states",
        "among_verbs",
        "forcing_verbs",
        "forcing_preps",
        "flight_infinitives",
        "crisis_since_tolls",
        "taking_verbs",
        "lives_nouns",
        "first_figure_cues",
        "revision_contrasts",
        "day_month_joiners",
        "care_wholes",
        "care_stays",
        "part_only_places",
        "assigning_words",
        "assigned_preps",
        "household_openers",
        "household_nouns",
        "earlier_figure_cues",
        "non_projections",
        "cue_relatives",
        "assume_verbs",
        "assume_preps",
        "assume_particles",
        "provisional_things",
        "open_weapon_modifiers",
        "distributive_words",
        "flight_modals",
        "interval_verbs",
        "revision_participles",
        "revision_links",
        "search_verbs",
        "rescuer_nouns",
        "survivor_nouns",
        "survivor_found",
        "dative_plural_n",
        "short_compound_heads",
        "earlier_day_cues",
        "toll_participles",
        "chain_links",
        "revision_steps",
        "step_participles",
        "alive_words",
        "found_verbs",
        "pending_confirmations",
        "span_units",
        "span_near_units",
        "span_articles",
        "span_hedges",
        "span_ago_lead",
        "span_ago_trail",
        "span_earlier_trail",
        "past_month_after",
        "past_month_before",
        "flight_objects",
        "another_before_article",
        # Session 14 (fresh8rom), lang/_clause_shape_fields.py
        "hypothetical_openers",
        "conditional_endings",
        "search_continuers",
        "search_other_agents",
        "search_nouns",
        "also_joiners",
        # session 14 (fresh8en): LaterShapeWords is full; its fields sit in lang/_member_part_fields.py
        "list_heads",
        "list_links",
        "whom_parts",
        "survivor_objects",
        "ordinal_words",
        "ordinal_metric_nouns",
        "body_found_verbs",
        # session 14 (fresh10rom): a base of its own, lang/_grammar_fields.py
        "verb_second_openers",
        "definite_articles",
        # session 20 (miss21b): the definite event phrases of a pluperfect of the report's own event
        "own_event_openers",
        # session 20 (attr21): the speakers of a clause with no verb of saying
        "own_account_phrases",
        "closing_saying_verbs",
        # session 21 (neg22): a clause opened by a bare date in the pluperfect; a place right by a stuck word
        "opener_pluperfects",
        "date_opener_leads",
        "trapped_preps",
        "custody_words",
        # session 22 (attr23): honorifics before a name without their period ("Mr Sagar" → Sagar)
        "honorifics",
        # session 22 (care23): a stay in hospital and a trip there, a base of its own (lang/_care_stay_fields.py)
        "stay_verbs",
        "stay_past_verbs",
        "stay_adverbs",
        "stay_preps",
        "stay_states",
        "conveying_verbs",
        "conveying_preps",
    ]
    assert len(names) == len(set(names))


def test_only_currency_symbols_has_a_default_among_the_required_words() -> None:
    with_default = [
        f.name
        for f in dataclasses.fields(CoreWords)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert with_default == ["currency_symbols"]
    assert all(
        f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        for f in dataclasses.fields(ShapeWords)
    )


def test_language_data_is_still_frozen_identity_hashed_and_case_folded() -> None:
    en = get_language("en")
    assert isinstance(en, CoreWords)
    assert isinstance(en, ShapeWords)
    assert LanguageData.__hash__ is object.__hash__  # eq=False: cached per object, as before
    de = dataclasses.replace(get_language("de"), months=frozenset({"Straße"}))
    assert de.months == frozenset({"strasse"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        en.__setattr__("code", "xx")


def test_the_import_paths_other_modules_and_tests_use_still_give_the_same_objects() -> None:
    assert (_tokens.Kind, _tokens.Token, _tokens.visible) == (_token_type.Kind, _token_type.Token, _token_type.visible)
    assert _tokens.INVISIBLES == _token_type.INVISIBLES
    assert _tokens._merge_number_words is _number_words._merge_number_words
    assert _tokens._is_number_word is _number_words._is_number_word
    assert _tokens._tens_and_unit is _number_words._tens_and_unit
    assert _tokens._HALF is _number_words._HALF
    assert callable(_frames.bind)
    assert callable(_attribution.attribute)
    assert _source_names.MAX_NAME == 10
