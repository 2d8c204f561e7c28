"""Small rules `bind` applies to a sentence's bindings after the frames: kept apart so `_frames` stays small.

- one claim per figure said twice in a sentence (the corpus guide);
- one victim's role ("one soldier", "a child") does not pass to a bare count after it;
- a missing count in a relative clause of its subject reaches the main verb ("… who had been
  unaccounted for, though, were found");
- an other-event cue inside a phrase of the report's own time ("in the last week of May") is void;
- "an additional 13 wounded" describes this event's wounded: no addition to a count before;
- another event's cue after a second verb phrase ("killed 28 and injured 72 last month") reaches the first;
- people held as hostages or stuck in a place ("houdt 59 gijzelaars vast", "zitten vast onder het puin")
  are not detained;
- an evacuation ordered is no evacuation done ("ordered the evacuation of 20,000 people");
- people assigned to a post are not affected ("300 gendarmes affectés à la sécurité");
- a part of a count keeps the group the count took from the victims before it ("16 inmates died and another
  25 were injured, eight of them seriously": eight inmates);
- a count before ", which raises the toll to N" is what was added ("Otras dos personas fallecieron en el
  hospital, lo que eleva a 12 el número de muertos": +2, then 12).
"""

from __future__ import annotations

from casualtylog.figures import Qualifier
from casualtylog.text._another_split import identity_not_added
from casualtylog.text._binding import Binding
from casualtylog.text._dead_increments import dead_increment
from casualtylog.text._died_of_wounds import died_of_wounds
from casualtylog.text._free_figures import FREE_FRAME
from casualtylog.text._later_findings import later_findings
from casualtylog.text._mentions import Mention
from casualtylog.text._not_victims import named_singular
from casualtylog.text._patients_before import evacuated_patients
from casualtylog.text._phrases import phrases
from casualtylog.text._plain_increments import plain_increment
from casualtylog.text._report_days import dates_a_report
from casualtylog.text._shared_increments import shared_increments
from casualtylog.text._split_deaths import split_deaths
from casualtylog.text._thing_tallies import tallied_things
from casualtylog.text._tokens import Token
from casualtylog.text._trapped_places import stuck_in_place, trapped_in_sentence, trapped_place_in
from casualtylog.text._whom_parts import whom_parts_keep_group
from casualtylog.text.lang import LanguageData
from casualtylog.text.lang._status_words import NOT_YET_OPENERS

__all__ = [
    "added_counts",
    "adds",
    "described_not_added",
    "evacuated_patients",
    "located_reach",
    "not_this_metric",
    "once",
    "one_victim",
    "other_event_hits",
    "parts_keep_group",
    "raised_by",
    "tallied_things",
    "verb_joined_right",
    "whole_before",
]


def once(bindings: list[Binding]) -> list[Binding]:
    """One claim per figure said twice (the corpus guide): "two deaths in Napa County and two in Yuba County"."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for b in bindings:
        if b.frame in {"liberal", FREE_FRAME}:
            out.append(b)  # the learned layer's candidates only add: they never hide a frame's claim
            continue
        m = b.mention
        key = (b.metric, b.group, b.status, m.figure, m.increment, m.kind)
        if key not in seen:
            seen.add(key)
            out.append(b)
    return out


def one_victim(m: Mention) -> bool:
    """A count of exactly one person: "a child", "one soldier"."""
    return m.article or (m.figure.qualifier is Qualifier.EXACT and m.figure.low == 1 and m.figure.high == 1)


#: Relative pronouns after a subject: its predicate then describes it, and the main verb comes later.
_WHO = frozenset({"who", "that", "which", "die", "dat", "qui", "que", "der", "welche"})


#: Session 14 (fresh10en): how far after a missing count "yet to be" may stand (bounded: read per count).
_NOT_YET_REACH = 10


def located_reach(tokens: list[Token], m: Mention, b: Binding, right: int, word_right: list[int]) -> int:
    """How far a "found again" cue may stand after a missing count: its clause, or when the count is
    the subject of a relative clause ("50 people who had been unaccounted for, though, were found"),
    up to the next boundary word (``word_right``), commas included."""
    end = max(right, word_right[m.end]) if any(t.low in _WHO for t in tokens[m.end : b.chunk_end]) else right
    # session 14 (fresh10en): "four people that had yet to be found" are still missing: no cue after "yet to be"
    for i in range(m.end, min(end, len(tokens) - 2, m.end + _NOT_YET_REACH)):
        if tokens[i].low in NOT_YET_OPENERS and tokens[i + 1].low == "to" and tokens[i + 2].low == "be":
            return i
    return end


def other_event_hits(tokens: list[Token], lang: LanguageData) -> list[int]:
    """Prefix counts of other-event cues (as :meth:`Phrases.hits`), without those inside an exception.

    "in the last week of May" holds "last week" but names the report's own
    time: an exception phrase voids every cue that starts inside it.
    """
    cues = phrases(lang, "other_event_cues")
    exceptions = phrases(lang, "other_event_exceptions") if lang.other_event_exceptions else None
    counts = [0]
    void_until = 0
    for i in range(len(tokens)):
        if exceptions is not None:
            hit = exceptions.at(tokens, i)
            if hit is not None:
                void_until = max(void_until, i + hit[0])
        void_until = max(void_until, i + dates_a_report(tokens, i, lang))  # kinds13: "reported a day earlier"
        counts.append(counts[-1] + (i >= void_until and cues.at(tokens, i) is not None))
    return counts


def state_not_added(tokens: list[Token], m: Mention, end: int, lang: LanguageData) -> bool:
    """ "Another 130 people remain unaccounted for", "another 20 remained in hospital": "another" before a
    verb of state reports the rest of a split total (the corpus guide), not more victims; "two more remain
    missing" keeps "more", which only ever adds."""
    if not m.increment or m.article or _low_at(tokens, m.end - 1) in lang.increment_after:
        return False
    before = m.start - 1 - (_low_at(tokens, m.start - 1) in lang.gap_words)
    if _low_at(tokens, before) in lang.state_verbs:
        return True  # verb-second: "Van hen liggen (er) nog 39 mensen in het ziekenhuis" is still 39
    return any(t.low in lang.state_verbs for t in tokens[m.end : min(end, len(tokens))])


def adds(tokens: list[Token], m: Mention, b: Binding, lang: LanguageData, *, counted_before: bool) -> bool:
    """Whether ``m`` adds to a count (``+N``): its increment word, unless it adds nothing here (``not_added``), or
    "another N" dead alone in its sentence in French, German and Spanish (session 17, guide17: ``dead_increment``)."""
    if m.increment:
        return not not_added(tokens, m, b, lang, counted_before=counted_before)
    return dead_increment(tokens, m, b.metric, lang)


def not_added(tokens: list[Token], m: Mention, b: Binding, lang: LanguageData, *, counted_before: bool) -> bool:
    """Whether an increment word before or after ``m`` adds nothing here: a number described by a metric
    adjective, "another N" before a verb of state, or "another N" after a metric word of another metric
    only (``counted_before``: a count was read before it in the sentence, which the caller weighs)."""
    return (
        described_not_added(tokens, m, lang)
        or identity_not_added(tokens, m, lang)  # session 14 (fresh10en): "Nog eens tien gewonden zijn politiemensen"
        or state_not_added(tokens, m, b.chunk_end, lang)
        or (not counted_before and other_metric_before(tokens, m, b.metric, lang))
        or plain_increment(tokens, m, b.metric, lang, counted_before=counted_before)  # session 17 (ennl17)
        # session 19 (miss20b): one place of a split ("murieron en el lugar … y cinco más en hospitales") is a part
        # of the toll its places share, as the split's other places are
        or (b.frame == "split" and _low_at(tokens, m.end) in lang.place_preps)
    )


#: How far back a metric word may set "another N" beside it (bounded: the scan runs per increment).
_OTHER_METRIC_REACH = 30


def other_metric_before(tokens: list[Token], m: Mention, metric: str, lang: LanguageData) -> bool:
    """ "Many of the dead were women and children and another 37 people were injured": "another" after a
    metric word of another metric only (no count of it needed) sets the 37 beside the dead, adding to
    nothing, as a count of another metric before it does (``other_metric_not_increment``)."""
    if not m.increment or m.article or not lang.other_metric_not_increment:
        return False
    nouns, predicates = phrases(lang, "metric_nouns"), phrases(lang, "predicates")
    seen: set[str] = set()
    for j in range(max(0, m.start - _OTHER_METRIC_REACH), m.start):
        hit = nouns.at(tokens, j) or predicates.at(tokens, j)
        if hit is not None:
            seen.add(str(hit[1]))
    return bool(seen) and metric not in seen


def _low_at(tokens: list[Token], k: int) -> str:
    return tokens[k].low if 0 <= k < len(tokens) else ""


def described_not_added(tokens: list[Token], m: Mention, lang: LanguageData) -> bool:
    """ "an additional 13 wounded", "a further six injured migrants": the number describes the wounded of
    this event by a metric adjective right after it, not more victims than a count before (the corpus
    guide); "a further 5 people were injured" and "two more deaths" stay additions. A victim named by an
    article ("un nouveau mort") is no number described: its noun is the victim itself."""
    if not m.increment or m.article or m.end >= len(tokens):
        return False
    low = tokens[m.end].low
    return low in lang.metric_nouns and low in lang.predicates


#: "and" in the five languages: before a second verb of the same subject it joins two verb phrases.
_AND = frozenset({"and", "en", "et", "und", "y"})


def verb_joined_right(tokens: list[Token], lang: LanguageData, stop: list[bool]) -> list[int]:
    """Per token, one past its clause when "and" before a casualty verb does not end it.

    "a bomber killed 28 people and injured 72 last month": the time after the
    second verb phrase dates the first one too, so another event's cue there
    reaches the 28 (``stop`` marks the clause ends of :class:`_clause_cues.Cues`).
    """
    verbs = phrases(lang, "active_verbs")
    n = len(tokens)
    right = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        joins = tokens[i].low in _AND and verbs.at(tokens, i + 1) is not None
        right[i] = i if stop[i] and not joins else right[i + 1]
    return right


def held_not_detained(tokens: list[Token], m: Mention, b: Binding, left: int, right: int, lang: LanguageData) -> bool:
    """A "detained" or "missing" count that is neither arrest nor loss: hostages held ("Hamas houdt nog 59
    gijzelaars vast"), people stuck in a place ("Zeven anderen zitten nog in de mijn vast", "vast onder het
    puin"; Dutch "vast" means both in custody and trapped; the corpus guide counts neither hostages nor the
    trapped) or suspects searched for."""
    if b.metric == "missing":
        # Session 11 (nl11): suspects searched for are wanted, not missing ("De politie zoekt nog naar twee
        # verdachten"); the guide counts no suspects that were not arrested.
        return b.group == "suspects"
    if b.metric != "detained":
        return False
    if any(t.low in lang.held_nouns for t in tokens[m.end : max(m.end, b.chunk_end)]):
        return True
    clause = tokens[left:right]
    # session 14 (fresh9en): a compound place ("goudmijn"), or the place a "waar" clause stands in
    if not any(t.low in lang.stuck_words for t in clause):
        return False
    # session 17 (ennl17): or in the sentence's other clause, "binnen", a collapse (casualtylog.text._trapped_places)
    # session 21 (issue 13): or any place named by a preposition right by the stuck word ("vast in de haven")
    return (
        trapped_place_in(tokens, left, right, lang)
        or trapped_in_sentence(tokens, lang)
        or stuck_in_place(tokens, left, right, lang)
    )


def ordered_not_done(tokens: list[Token], m: Mention, b: Binding, lang: LanguageData) -> bool:
    """ "Authorities ordered the evacuation of 20,000 people": a verb of ordering before the active noun phrase
    right before the figure ("evacuation of") orders it; the corpus guide counts no evacuation order. "The
    fire forced the evacuation of 52,000 people" tells it done (the guide's evacuated)."""
    if not lang.order_verbs or b.metric not in {"evacuated", "detained"}:  # fresh8rom: "ordenó la detención de"
        return False
    hit = phrases(lang, "active_verbs").ending(tokens, m.start - 1)
    if hit is None:
        return False
    if lang.adjective_after_noun and _ordered_after(tokens, b.chunk_end, lang):
        return True  # Session 12 (fres12): "l'évacuation de 200 résidents a été ordonnée"
    k = m.start - 1 - hit[0]
    if _low_at(tokens, k) in lang.determiners:
        k -= 1
    return _low_at(tokens, k) in lang.order_verbs


def not_this_metric(tokens: list[Token], m: Mention, b: Binding, left: int, right: int, lang: LanguageData) -> bool:
    """A count whose metric's word means something else here: held or stuck (no arrest), an evacuation ordered
    (none done), people assigned to a post (none affected)."""
    return (
        held_not_detained(tokens, m, b, left, right, lang)
        or ordered_not_done(tokens, m, b, lang)
        or assigned_not_affected(tokens, m, b, left, right, lang)
        or named_singular(tokens, m, lang)  # session 18 (fa18): "a child, Ahmad Al-Basyouni": a named victim
    )


def assigned_not_affected(
    tokens: list[Token], m: Mention, b: Binding, left: int, right: int, lang: LanguageData
) -> bool:
    """Session 13 (fresh13): French "affecté" is both the corpus guide's `affected` and assigned to a post ("300
    gendarmes ont été affectés à la sécurité du sommet", "a affecté 40 policiers au commissariat"): the post's
    preposition right after the participle, or right after the active verb's object, makes it no casualty.
    "4 200 personnes ont été affectées par le séisme" stays affected."""
    if b.metric != "affected" or not lang.assigning_words:
        return False
    if _low_at(tokens, m.start - 1) in lang.assigning_words:
        # the active verb right before its object: "a affecté 40 policiers au commissariat"
        return _post_at(tokens, max(b.chunk_end, m.end), lang)
    # the passive or the participle after the count: "affectés à la sécurité"
    return any(
        tokens[k].low in lang.assigning_words and _post_at(tokens, k + 1, lang) for k in range(max(left, m.end), right)
    )


def _post_at(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A post's preposition at ``k``; before a name it is a place ("affecté 800 personnes à Niamey")."""
    name = k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
    return _low_at(tokens, k) in lang.assigned_preps and not name


def parts_keep_group(bindings: list[Binding], tokens: list[Token], lang: LanguageData) -> None:
    """Session 13 (fresh13): the part frame gives a part its count's group ("25 inmates were injured, eight of them
    seriously"), but a count that takes its group from the victims before it ("16 inmates died and another 25
    were injured") gets it only after the frames; its part, bound with no group, takes it then. ``bindings`` are
    in the order of their mentions. Session 14 (fresh8en): so does a part in a relative clause of a whole ("nine
    workers, seven of whom were dead"; casualtylog.text._whom_parts)."""
    whom_parts_keep_group(tokens, bindings, lang)
    for i, b in enumerate(bindings):
        if b.frame != "part" or b.group is not None:
            continue
        whole = whole_before(bindings, i)
        if whole is not None and whole.metric == b.metric and whole.group is not None:
            b.group = whole.group


def whole_before(bindings: list[Binding], i: int) -> Binding | None:
    """The count a part or member at ``bindings[i]`` belongs to: the last count that ends before it starts
    (``bindings`` in the order of their mentions)."""
    start = bindings[i].mention.start
    for j in range(i - 1, -1, -1):
        o = bindings[j]
        if o.role == "count" and o.mention.end <= start:
            return o
    return None


def _ordered_after(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """A verb of ordering after the evacuated people and the auxiliaries ("… a été ordonnée", "fue ordenada")."""
    while _low_at(tokens, k) in lang.gap_words:
        k += 1
    return _low_at(tokens, k) in lang.order_verbs


def raised_by(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """Session 11: a count that a running total after a comma and a connector of consequence takes in ("…
    fallecieron en el hospital, lo que eleva a 12 el número de muertos", "…, con lo que la cifra de muertos se
    sitúa en doce") is an increment: the guide labels it "+1", then the total. Only an exact count of the same
    metric, the last before the connector, with no other count between. Spanish only: French "portant" also
    closes a count on a wider tally ("…, portant à 54 le nombre de victimes en mer en 2024"), no increment."""
    if not lang.total_connectors:
        return
    connectors = phrases(lang, "total_connectors")
    for total in bindings:
        if total.frame != "toll":
            continue
        at = next(
            (
                k
                for k in range(total.mention.start - 1, 0, -1)
                if _low_at(tokens, k - 1) == "," and connectors.at(tokens, k) is not None
            ),
            None,
        )
        if at is None:
            continue
        before = [b for b in bindings if b.mention.end <= at]
        if not before or any(at <= b.mention.start < total.mention.start for b in bindings):
            continue
        count = before[-1]
        m = count.mention
        if (
            count.metric == total.metric
            and count.status != "projected"
            and not m.increment
            and m.figure.qualifier is Qualifier.EXACT
        ):
            m.increment = True


def added_counts(tokens: list[Token], bindings: list[Binding], lang: LanguageData) -> None:
    """The increments read over a sentence's kept counts: a count a running total takes in (:func:`raised_by`).
    "Other N" of the dead with no count beside it (*Weitere 16 erlagen …* is ``+16``) is :func:`adds`' (session 17:
    ``rom17`` and ``guide17`` each wrote it; guide17's ``dead_increment`` gave every answer rom17's did on both
    splits and every test, so only it is kept)."""
    raised_by(tokens, bindings, lang)
    shared_increments(tokens, bindings, lang)  # session 18 (guide18): "Another five … and 35 in Rajasthan"
    split_deaths(tokens, bindings, lang, any(b.update for b in bindings))  # guide18: "and 12 more people died at …"
    later_findings(tokens, bindings, lang)  # guide18: "cinq corps … dimanche et quatre autres le lendemain"
    died_of_wounds(tokens, bindings, lang)  # guide18: "een jong kind dat later in het ziekenhuis overleed"
