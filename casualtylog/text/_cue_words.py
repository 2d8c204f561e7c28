"""Word sets derived from a language's toll cues, computed once per language.

English generates its toll cues from verb classes (about a thousand
phrases): deriving these sets anew for every figure made long texts several
times slower, so they are cached here.
"""

from __future__ import annotations

from functools import cache

from casualtylog.text._phrases import Phrases
from casualtylog.text.lang import LanguageData

__all__ = ["cue_particles", "moving_verbs", "update_stems", "update_verbs"]


@cache
def update_verbs(lang: LanguageData) -> frozenset[str]:
    """First words of multi-word update cues ("rose" of "rose to"): a verb that moves a total."""
    return frozenset(p.split()[0] for p, k in lang.toll_cues.items() if k == "update" and " " in p)


@cache
def moving_verbs(lang: LanguageData) -> frozenset[str]:
    """First words of cues that move a total and never state one ("is" opens "is now" and the static "is")."""
    still = {p.split()[0] for p, k in lang.toll_cues.items() if k == "static"}
    return frozenset(p.split()[0] for p, k in lang.toll_cues.items() if k != "static") - still


@cache
def cue_particles(lang: LanguageData) -> frozenset[str]:
    """Last words of multi-word cues ("to" of "rose to", "op" of "staat op")."""
    return frozenset(c.split()[-1] for c in lang.toll_cues if " " in c)


@cache
def update_stems(lang: LanguageData) -> Phrases:
    """Multi-word update cues without their particle ("est passé" of "est passé à", "pasó" of "pasó a"): the
    verb of a change "from … to …" when a number and "from" stand between it and its particle."""
    return Phrases({" ".join(p.split()[:-1]) for p, k in lang.toll_cues.items() if k == "update" and " " in p})
