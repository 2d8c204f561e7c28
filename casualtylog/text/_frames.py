"""Binding the numbers of one sentence to what they count.

A number becomes a claim only when a *frame* ties it to a metric: a subject and its predicate ("12 people were
killed"), a verb and its object ("killed 12"), a running total ("the death toll rose to 12"), weapons ("intercepted 48
of 70 missiles"), a part of the count before ("at least 12 of them children"), or a zero ("no deaths"). Numbers no
frame binds are left alone: precision matters more than recall.

Every frame looks at a bounded window of tokens, so a sentence costs time linear in its length.

The mentions are found in :mod:`casualtylog.text._mentions`, the frames are in :mod:`casualtylog.text._count_frames`
and :mod:`casualtylog.text._weapon_frames`; this module runs them over a sentence, then applies the clause's cues: a
denial, a condition or another event drops a binding, and projected, preliminary and update cues mark it. Where the
cues and clauses are is read in :mod:`casualtylog.text._clause_cues`, where the sentence turns to another event in
:mod:`casualtylog.text._other_events` (and looks back at one in :mod:`casualtylog.text._looking_back`).
"""

from __future__ import annotations

from casualtylog.text import _bind_rules as rules
from casualtylog.text._age_shapes import aged_after_noun
from casualtylog.text._antecedents import after_tally_comma, antecedent_group, bare_kind
from casualtylog.text._binding import Binding
from casualtylog.text._clause_cues import AND, Cues, projected_before_that, relative_object_end, said_confirmed
from casualtylog.text._clause_frames import ClauseFrames, dated_earlier_after, since_when_span
from casualtylog.text._count_frames import CountFrames
from casualtylog.text._dated_clauses import dated_later, sequel_start
from casualtylog.text._earlier_spans import opens_with_earlier_span
from casualtylog.text._ellipsis_frames import EllipsisFrames
from casualtylog.text._first_figures import preliminary_for
from casualtylog.text._free_figures import FREE_FRAME, free_bindings
from casualtylog.text._free_scope import scope_notes
from casualtylog.text._from_to_frame import FromToFrame
from casualtylog.text._handled_bodies import handled_bodies
from casualtylog.text._identity_frame import IdentityFrame
from casualtylog.text._liberal import CueWords, liberal_bindings
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._more_of_them import bare_object, more_of_them, others_at
from casualtylog.text._named_events import named_earlier_event
from casualtylog.text._not_counts import (
    compared_event,
    dated_pluperfect,
    group_right_after,
    interval_sequel,
    month_when,
    multi_year_since,
    per_number,
    population_figure,
    proportion_of,
    rate_after,
    sheltered,
    sheltered_metric,
    stretches,
    unidentified_figure,
)
from casualtylog.text._nouns import _noun
from casualtylog.text._other_events import comparison_start, earlier_year, intro_other_event, opens_with_other_event
from casualtylog.text._partitive_frame import PartitiveFrame
from casualtylog.text._phrases import phrases
from casualtylog.text._sentence_sieves import sieved
from casualtylog.text._separable_frames import SeparableFrames
from casualtylog.text._sequel_cues import came_after
from casualtylog.text._shelter_tally import hosted_by_shelters
from casualtylog.text._split_frames import SplitFrames
from casualtylog.text._status_cue_reach import parts_keep_projection
from casualtylog.text._status_scope import attributed_confirmation, confirmed_in_clause, relative_after
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text._verb_first import VerbFirst
from casualtylog.text._weapon_frames import WeaponFrames
from casualtylog.text.lang import LanguageData

__all__ = ["Binding", "Mention", "bind"]

#: The metrics a lone victim named by an indefinite article counts for ("a child was killed"), and a lone
#: weapon shot down ("un dron fue derribado").
_ARTICLE_METRICS = frozenset({"killed", "injured", "missing", "intercepted"})


def _one_suspect(b: Binding, tokens: list[Token], lang: LanguageData) -> bool:
    """One suspect arrested is a count the guide labels ("een verdachte aangehouden": detained suspects 1), where one
    man arrested, like one boy rescued, is a story about a person; so is one arrest by its noun (fresh8rom: "zu einer
    Festnahme")."""
    return b.metric == "detained" and (b.group == "suspects" or _low(tokens, b.mention.end) in lang.singular_metric_nouns)


#: How far after a figure a shelter cue may describe it ("waar 700 ontheemden onderdak vonden"); further on it
#: is another place's ("Twelve people were taken to shelters that can hold 300").
_SHELTER_AFTER = 3


#: The metrics of weapons, which one weapon named by an article counts for only in a list with a count.
_WEAPON_METRICS = frozenset({"launched", "intercepted"})


def _listed_weapon(b: Binding, bindings: list[Binding]) -> bool:
    """One weapon beside a count of weapons of the same verb ("launched 23 drones and a cruise missile").

    Alone "launched a missile" or "destroyed by an attack drone" tells of an attack, not a tally; in a
    tally's list it is one of it.
    """
    return any(o is not b and o.metric == b.metric and not o.mention.article for o in bindings)


def _cue_positions(hits: list[int]) -> list[int]:
    """Where the phrases of a table start, from their running count (:meth:`Phrases.hits`)."""
    return [i for i in range(len(hits) - 1) if hits[i + 1] > hits[i]]


class _Sentence(
    CountFrames,
    WeaponFrames,
    ClauseFrames,
    EllipsisFrames,
    SplitFrames,
    VerbFirst,
    PartitiveFrame,
    SeparableFrames,
    IdentityFrame,
    FromToFrame,
):
    """A sentence with every frame: the casualty frames and the weapon frames."""


def _has_phrase(tokens: list[Token], start: int, end: int, lang: LanguageData, field_name: str) -> bool:
    table = phrases(lang, field_name)
    return any(table.at(tokens, i) is not None for i in range(start, end))


def _inherits_group(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """ "five others", or a bare number after "and" ("six soldiers had been killed and 25 injured"): the group before."""
    bare_more = more_of_them(tokens, m, lang) or bare_object(tokens, m, lang)  # "and wounded nine more (in Kherson)"
    if _low(tokens, m.end) in lang.others_words or bare_more:  # "and injured nine more.": "more" holds them
        return _low(tokens, m.end + 1) not in lang.people_nouns  # "vijf andere mensen" names its own people
    if _low(tokens, m.start - 1) in lang.others_words:  # "y otros dos resultaron heridos"
        return _low(tokens, m.end) not in lang.people_nouns and _noun(tokens, m.end, lang) is None
    if m.end >= len(tokens) or (_low(tokens, m.start - 1) not in AND and not after_tally_comma(tokens, m, lang)):
        return False
    after = tokens[m.end]
    return (
        after.kind is WORD
        and after.low not in lang.people_nouns
        and not after.is_capitalised
        and phrases(lang, "group_nouns").at(tokens, m.end) is None
        # "two soldiers and three local residents": one adjective before a noun of people names its own people
        and _low(tokens, m.end + 1) not in lang.people_nouns
        and phrases(lang, "group_nouns").at(tokens, m.end + 1) is None
    )


def _arrest_manner(tokens: list[Token], p: int, lang: LanguageData) -> bool:
    """A preliminary cue right before an arrest's participle or particle ("vorläufig festgenommen", "vorläufig
    fest") says how they were arrested (provisionally), not that the count is preliminary."""
    if p + 1 >= len(tokens):
        return False
    nxt = tokens[p + 1].low
    hit = phrases(lang, "predicates").at(tokens, p + 1)
    if hit is not None and hit[1] == "detained":
        return True
    # a particle closes its clause ("nahm 3 Männer vorläufig fest."); before more words it is a preposition
    # ("Het dodental staat voorlopig op zeker 12": Dutch "op")
    closes = p + 2 >= len(tokens) or tokens[p + 2].kind is PUNCT
    return closes and any(nxt in words for words in lang.stem_particles.values())


#: Groups whose flight is an escape, never displacement.
_FLEEING_GROUPS = frozenset({"suspects", "attackers"})
#: What their flight is not: displacement, and (session 11) going missing ("los sospechosos siguen sin aparecer").
_FLEEING_METRICS = frozenset({"displaced", "missing"})

#: Groups a single person is named by for who they are, not their role: "a man and 3 others" are not all men.
_PERSON_GROUPS = frozenset({"men", "women", "children", "adults", "elderly"})


def _other_event_in(cues: Cues, b: Binding, start: int, end: int) -> bool:
    """An other-event cue in ``start``..``end``, leaving out the words that describe a rising toll's event."""
    if b.described is None:
        return cues.any_in(cues.other_event, start, end)
    first, last = b.described
    return cues.any_in(cues.other_event, start, max(start, first)) or cues.any_in(cues.other_event, last, end)


def bind(
    tokens: list[Token], lang: LanguageData, year: int | None = None, *, liberal: bool = False, free: CueWords = None
) -> list[Binding]:
    """Every binding in one sentence's tokens, in text order.

    Precision first: a sentence that denies what it reports ("officials denied
    reports that 50 were killed") gives nothing, nor does a clause that is
    hypothetical ("if 50 were killed") or about another event ("last year's
    attack killed 50"), nor a figure after an earlier ``year`` that dates
    another event ("In 2008, a quake killed 70,000"; ``year`` is the report's).
    ``liberal`` adds a candidate for each unbound figure with a casualty word near it (:mod:`~._liberal`), for
    the learned layer to judge; ``free`` (its casualty words) one for every unbound figure, for the reader.
    """
    s = _Sentence(tokens, lang)
    # The frames in the order they are tried, built once per sentence (bound methods, not once per figure).
    frames = (
        s.toll,
        s.toll_member,
        s.inverted_toll,
        s.weapon,
        s.among_before,
        s.object,
        s.subject,
        s.elliptic_weapon,
        s.separable_weapon,
        s.life_verb,
        s.split_predicate_frame,
        s.subject_between,
        s.identity,
        s.from_to,
        s.parallel_place,
        s.relative_part,
        s.parallel,
        s.partitive_metric,
        *s.clause_frames,
    )
    for m in s.mentions:
        if m.start in s.bound:
            continue
        if m.kind == "number" and (s.group(m) or s.linked(m)):
            continue
        if m.kind == "vague" and s.group(m):
            continue
        if s.change(m) or s.relative_subject(m):
            continue
        for frame in frames:
            if frame(m):
                break
    s.zeros()
    s.all_intercepted()
    s.romance_after()
    if liberal:
        s.bindings.extend(liberal_bindings(tokens, lang, s.mentions, s.bound))
    # The reader's free figures pass the same cues as the frames' bindings, apart: no rule reading the others sees them.
    extra = sieved(tokens, lang, free_bindings(tokens, lang, s.mentions, s.bound, free) if free is not None else [])
    s.bindings = sieved(tokens, lang, s.bindings)
    # The cue tables cost a pass each over the sentence: read them only when a frame bound something.
    # A table none of whose phrases stands in the sentence (s.lacks) is not walked token by token.
    if not (s.bindings or extra) or (not s.lacks("denial_cues") and _has_phrase(tokens, 0, len(tokens), lang, "denial_cues")):
        return []
    if not s.lacks("other_event_cues", "other_event_openers") and opens_with_other_event(tokens, lang):
        return []
    if opens_with_earlier_span(tokens, lang):  # session 13 (fa13): "Un an plus tôt, …", "Il y a tout juste une semaine"
        return []
    if named_earlier_event(tokens, lang):  # session 11 (en12): "The Grenfell Tower fire killed 72"
        return []
    preliminary = not s.lacks("preliminary_cues") and _has_phrase(tokens, 0, len(tokens), lang, "preliminary_cues")
    cues = Cues(tokens, lang, s.lacks)
    preliminary_at = _cue_positions(phrases(lang, "preliminary_cues").hits(tokens)) if preliminary else []
    preliminary_at = [p for p in preliminary_at if not _arrest_manner(tokens, p, lang)]
    preliminary = bool(preliminary_at)
    earlier = earlier_year(tokens, lang, year)
    compared = comparison_start(tokens, lang)
    since_when = since_when_span(tokens, lang)
    later_year = dated_later(tokens, lang, year)
    intro = intro_other_event(tokens, cues)
    sequel = sequel_start(tokens, lang)
    disputed = next((i for i, t in enumerate(tokens) if t.low in lang.dispute_verbs), None)
    marks = stretches(tokens)
    statistic, background = multi_year_since(tokens, marks, lang, year), dated_pluperfect(tokens, marks, lang)
    interval = interval_sequel(tokens, lang)
    if (
        interval is not None
        and all(b.mention.start > interval for b in s.bindings)
        and not came_after(tokens, interval, lang)
    ):
        interval = None  # no count of its own before "hours after a …": the event after it is the report's
    dated_when = month_when(tokens, lang)
    shelter = [0] * (len(tokens) + 1) if s.lacks("shelter_cues") else sheltered(tokens, lang)
    compared_with = None if s.lacks("compared_cues") else compared_event(tokens, lang)
    # Per-figure readers asked only when the sentence holds one of their words ("5 dead 5 dead …" holds none).
    rates, unidentified = not s.lacks("rate_periods"), not s.lacks("unidentified_words")
    populations = not s.lacks("population_quantifiers")
    out, read_free = list[Binding](), list[Binding]()  # the reader's free figures apart from the frames' bindings
    for b in [*s.bindings, *extra]:
        m = b.mention
        if m.article and b.metric in _WEAPON_METRICS and (b.metric == "launched" or m.end - m.start > 1):
            if not _listed_weapon(b, s.bindings):
                continue  # one weapon of a kind ("a cruise missile") counts only as a member of a tally's list
        elif (
            m.article
            and b.metric not in _ARTICLE_METRICS
            and (
                b.metric not in lang.article_metrics
                or phrases(lang, "of_words").at(tokens, m.start + 1) is not None
                or any(t.low in lang.body_nouns for t in tokens[max(0, m.start - 4) : m.start])  # a body: no rescue
            )
            and b.role != "group"
            and not _one_suspect(b, tokens, lang)
        ):
            # "a boy was pulled from the rubble" is a story about one person, not a count;
            # "three people, including a child, were rescued" counts him as part of them. Session 11 (nl11): the
            # metrics a language counts one person for ("een verdachte is aangehouden"), not one of a whole ("Een
            # van de twee daders werd opgepakt", a story of the two).
            continue
        if (
            m.increment
            and (_low(tokens, m.end - 1) in lang.increment_after or lang.other_metric_not_increment)
            and out
            and all(o.metric != b.metric for o in out)
        ):
            # "one person was killed and 19 more were injured": 19 others, no increment; so is
            # "rescued 367 migrants and recovered the bodies of another 25".
            m.increment = False
        m.increment = rules.adds(tokens, m, b, lang, counted_before=bool(out))  # guide17: and "Weitere 16 erlagen"
        if m.weak_increment and b.metric not in {"killed", "injured"}:
            m.increment = False  # Dutch "nog 3 vermist" is "still 3 missing", not "3 more"
        left, right = cues.clause(m.start, min(len(tokens), max(b.chunk_end, m.end)))
        # Another event's cue reaches every count its clause joins by "and" ("damals gab es 6 Tote und 200 Verletzte").
        other_from = min(cues.related_left[m.start], cues.joined_left[m.start])
        if cues.is_conditional(left, right) or _other_event_in(cues, b, other_from, cues.verb_right[right]):
            continue
        if rules.not_this_metric(tokens, m, b, left, right, lang):
            continue  # "houdt nog 59 gijzelaars vast", "ordered the evacuation of 20,000": no arrest, no evacuation
        if b.metric == "injured" and cues.any_in(cues.precaution, left, right):
            continue  # "voor medische controle naar het ziekenhuis": checked as a precaution, not injured
        if (
            b.metric == "missing"
            and cues.any_in(cues.located, m.end, rules.located_reach(tokens, m, b, right, cues.word_right))
            and not cues.any_in(cues.negated, m.end, right)
        ):
            continue  # "700 personen die als vermist opgegeven waren … gelokaliseerd": found again, no longer missing
        reach = relative_after(tokens, b, right, cues, lang)  # session 13 (status13): "in a fire that may be arson"
        if b.frame == "object" and (verb := phrases(lang, "active_verbs").ending(tokens, m.start - 1)) is not None:
            reach = relative_object_end(tokens, m.start - verb[0], b.chunk_end, reach, lang)
        if b.status != "projected" and (
            cues.any_in(cues.projected, left, reach) or projected_before_that(tokens, left, cues)
        ):
            b.status = "projected"
        if (
            b.status == "reported"
            and preliminary
            and preliminary_for(b, s.bindings, cues, preliminary_at, tokens, lang)
        ):
            b.status = "preliminary"
        if b.status == "reported" and (
            confirmed_in_clause(b, s.bindings, cues, tokens)  # session 13 (status13): and its reach, below
            or cues.confirmed_from[m.start]
            or said_confirmed(tokens, right, cues, lang)
            or attributed_confirmation(tokens, b, cues, lang)
        ):
            b.status = "confirmed"
        if (earlier is not None and m.start > earlier) or dated_earlier_after(tokens, b.chunk_end, lang, year):
            continue
        if (compared is not None and m.start > compared) or (since_when and since_when[0] <= m.start < since_when[1]):
            continue
        if later_year[m.end] or (intro is not None and intro[0] <= m.start < intro[1]):
            continue
        if sequel is not None and m.start > sequel:
            continue  # "it comes only 13 days after a crane collapse killed more than 100 people"
        if disputed is not None and m.start > disputed:
            continue  # "disputed the ISPR claim that 15 militants had been killed"
        if statistic[marks[m.start]] or background[marks[m.start]] or (rates and rate_after(tokens, m, lang)):
            continue  # incidents summed over many years or per year, an earlier day's event
        if aged_after_noun(tokens, m.start, m.end, lang) or rules.tallied_things(tokens, m, b.metric, lang):
            continue  # "haar dochter van 12 raakte gewond": an age; "viviendas destruidas, 134 afectadas": homes
        if proportion_of(tokens, m, lang) or per_number(tokens, m, lang):
            continue  # "un enfant sur trois a été blessé": a share, not three injured; "2 deaths per 100,000"
        # its own predicate may be the shelter ("300 mensen zochten onderdak"), not a thing's ("deux tentes abritant")
        told = b.frame == "subject" and phrases(lang, "metric_nouns").at(tokens, m.end) is None
        told = told and not (m.end < len(tokens) and tokens[m.end].low in lang.thing_nouns)
        own = b.chunk_end if told else m.end
        if sheltered_metric(b.metric) and not hosted_by_shelters(tokens, m, lang) and (  # counted shelters: a tally
            cues.any_in(shelter, left, m.start) or cues.any_in(shelter, own, min(right, m.end + _SHELTER_AFTER))
        ):
            continue  # "a school housing 700 displaced people": described, not counted
        if b.metric in _FLEEING_METRICS and b.group in _FLEEING_GROUPS:
            # "Zwei Täter flohen": perpetrators who fled or are not found are no displaced or missing (the guide)
            continue
        if (unidentified and unidentified_figure(tokens, m, marks, lang)) or handled_bodies(tokens, m, lang):
            continue  # "quedan 54 cadáveres sin identificar", "29 bodies have been identified", "photos of 9 bodies"
        if compared_with is not None and m.start > compared_with:
            continue  # "aussi lourd que celui du 24 août à Amatrice (près de 300 morts)"
        if (interval is not None and m.start > interval) or (dated_when is not None and m.start > dated_when):
            continue  # "…, hours after a blast killed a boy", "en mars, lorsque … faisant trois morts"
        population = population_figure(tokens, m, lang) if populations else None
        if population == "population":
            continue  # "most of the 300 patients died": only a vague part of them
        if population == "part" and b.group is not None and not group_right_after(tokens, m, lang):
            b.group = None  # "most of the 50 injured were children": not all of them are
        if b.group is None and b.role == "count" and bare_kind(m) and _inherits_group(tokens, m, lang):
            # not from one person, named by an article or by "one" ("otro trabajador muerto y nueve heridos",
            # "left one soldier dead and 19 wounded"): one victim's role says nothing of the others'
            # but "others" after one of a role are more of it: "Un policier a été tué et deux autres blessés" (the guide)
            b.group = antecedent_group(out, others_at(tokens, m, lang), rules.one_victim, _PERSON_GROUPS, b.metric)
        if not b.update and cues.any_in(cues.update, left, m.start):
            b.update = True
        if m.kind == "vague":
            b.confidence -= 0.1
        if m.in_words:
            b.confidence -= 0.03
        (read_free if b.frame == FREE_FRAME else out).append(b)
    for b in read_free:  # the frames' sentence scope, as the reader's features (not refusals: see _free_scope)
        b.notes += scope_notes(tokens, lang, cues, free or [], b.mention, cues.clause(b.mention.start, b.mention.end))
    out.sort(key=lambda b: b.mention.start)
    rules.parts_keep_group(out, tokens, lang)  # "another 25 were injured, eight of them seriously": eight of the group before
    rules.evacuated_patients(out, tokens)  # session 17 (guide17): patients evacuated were patients before the event
    parts_keep_projection(out)  # session 13 (status7): "On craint 24 morts, dont 2 enfants": the 2 feared too
    rules.added_counts(tokens, out, lang)
    return sorted([*rules.once(out), *read_free], key=lambda b: b.mention.start) if read_free else rules.once(out)
