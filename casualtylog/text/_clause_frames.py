"""Frames for clause shapes that lean on the count before them or on a toll noun far off.

Each is driven by fields of :class:`~casualtylog.text.lang.LanguageData`, so a
language without those fields gets none of them:

- a part of the count before with no noun of its own ("2 750 blessés, dont
  environ 200 dans un état critique", "32 resultaron heridas, 10 de las cuales
  están en estado crítico");
- a part that is the subject of its own verb, with the group of the noun
  before it ("6 mujeres, dos de las cuales han fallecido");
- a change "from A to B" after a toll noun ("le nombre de morts est passé de 6
  à 73");
- a total raised to a number before its object ("portant à 78 le bilan", "han
  elevado a 53 los palestinos muertos");
- a verb phrase standing for the predicate before ("y otros cuatro lo
  hicieron");
- per-place splits ("six ont péri à Trèbes, deux à Villegailhenc");
- people taken to hospital, who are injured ("ont été admises dans les
  hôpitaux", "fueron trasladados a distintos hospitales");
- "among the" with a count or with the victims ("Entre los diez heridos figuran
  tres menores", "deux enfants figuraient parmi les victimes");
- an aside in brackets between a subject and its verb ("Onze personnes (et non
  13) sont décédées");
- a participle phrase or an apposition between a subject and its auxiliary
  ("quatre personnes tombées à l'eau ont été repêchées", "cinq agents de
  sécurité, chargés d'accompagner les convois, ont été tués");
- a toll revised to a bare figure ("un premier bilan de 24 morts, qui a été relevé à 25, puis 27").

Every walk is bounded by a constant, so a sentence still costs linear time.

The frames live in one module per concept (:mod:`~casualtylog.text._part_frames`,
:mod:`~casualtylog.text._change_frames`, :mod:`~casualtylog.text._place_frames`,
:mod:`~casualtylog.text._aside_frames`); :class:`ClauseFrames` gathers them.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text._alive_frames import AliveFrames
from casualtylog.text._apposition_frames import AppositionFrames
from casualtylog.text._aside_frames import AsideFrames
from casualtylog.text._body_parts import BodyParts
from casualtylog.text._bracket_frames import BracketFrames
from casualtylog.text._care_objects import CareObjects
from casualtylog.text._care_stays import CareStays
from casualtylog.text._chain_frames import ChainFrames
from casualtylog.text._change_frames import ChangeFrames
from casualtylog.text._dated_clauses import dated_earlier_after, since_when_span
from casualtylog.text._mentions import Mention
from casualtylog.text._part_frames import PartFrames
from casualtylog.text._place_frames import PlaceFrames
from casualtylog.text._relative_frames import RelativeFrames
from casualtylog.text._revision_frames import RevisionFrames
from casualtylog.text._romance_frames import RomanceFrames
from casualtylog.text._shelter_tally import ShelterTally
from casualtylog.text._survivor_objects import SurvivorObjects

__all__ = ["ClauseFrames", "dated_earlier_after", "since_when_span"]


class ClauseFrames(
    PartFrames,
    ChangeFrames,
    ChainFrames,
    AliveFrames,
    PlaceFrames,
    CareStays,
    CareObjects,
    AsideFrames,
    RelativeFrames,
    BracketFrames,
    RomanceFrames,
    AppositionFrames,
    RevisionFrames,
    SurvivorObjects,
    BodyParts,
    ShelterTally,
):
    """Clause frames: parts without a noun, changes, raised totals, pro-verbs, per-place splits, hospital."""

    @property
    def clause_frames(self) -> tuple[Callable[[Mention], bool], ...]:
        """The frames of this module to try after the others, in order (``change`` goes first, before totals)."""
        return (
            self.copular_part,  # before the part with no noun, which would read "dont 12 sont des enfants" as 12
            self.part_of_count,
            self.raised_to,
            self.earlier_figure,  # Session 13 (fresh13): "rose to 143, up from 114"
            self.found_alive,  # Session 13 (kinds13): "found six, three dead and three alive"
            self.found_survivors,  # Session 14 (fresh8en): "rescuers found one lucky survivor"
            self.part_of_bodies,  # Session 14 (fresh8en): "Three of the bodies were retrieved"
            self.revised_in_chain,  # Session 13 (kinds13): "placed at four then raised to 15 and finally … seven"
            self.toll_noun_last,
            self.pro_verb,
            self.place_split,
            self.taken_to_hospital,
            self.stays_in_care,  # session 22: "nearly 50 people are still in hospital"
            self.conveyed_to_care,  # session 22: "We transported nine individuals to the hospital"
            self.hosted_in_shelters,  # "cinco refugios temporales que acogen a 278 personas"
            self.among_counted,
            self.parenthesised_subject,
            self.distant_subject,
            self.subject_past_relative,
            self.subject_past_comma_relative,
            self.apposition_member,
            self.bracketed_count,
            self.split_death_noun,
            self.adjective_subject,
            self.listed_member,
            self.revised_to,  # Session 13 (fresh7c): "un premier bilan de 24 morts, qui a été relevé à 25, puis 27"
        )
