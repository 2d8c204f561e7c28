"""Free figures (issue 13): every figure no frame bound, a candidate for the learned reader.

The frames miss most of what they miss on new text because no frame knows the
shape; the liberal candidates (:mod:`casualtylog.text._liberal`) reach only
figures with a casualty word of the language data within ten words. The
reader (:mod:`casualtylog.text._reader`) instead judges *every* number or vague
figure no frame bound, and an article mention ("a man") when a casualty word
stands near it (an article is a figure only in a count's context). The
binding's metric is the nearest casualty word's, a guess the reader's model
replaces; the group is the noun right after the figure, as for a frame. Work
per figure is bounded by :data:`casualtylog.text._liberal.REACH`.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._liberal import CLAIMABLE_METRICS, nearest_cue
from casualtylog.text._mentions import Mention
from casualtylog.text._mixed_nouns import mixed_nouns
from casualtylog.text._nouns import _noun
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["FREE_FRAME", "free_bindings"]

#: The frame name of a free figure's binding (what the reader judges and the extraction carries).
FREE_FRAME = "reader"

#: The metric a free figure's binding carries until the reader names one (no casualty word near it).
_PLACEHOLDER = "killed"

#: The most free figures the reader scores in one window, in text order. Each costs about 165 features built and
#: scored in pure Python, so a window dense with figures ("1 1 1 killed" run on for 100 kB: a list or a table,
#: not prose) cost the reader more than the frames (2.1 CPU s per 100 kB against 0.86, session 21's hostile pass).
#: No window of the news corpus holds more than 13 (12,290 sentences, dev and test), so the cap reads
#: every figure of prose; the rest of a denser window is left to ``unread_figures``.
MAX_FREE = 16
#: The most nouns a list of nouns of people after a free figure is read for (bounded work per figure).
_LISTED = 4


def free_bindings(
    tokens: list[Token], lang: LanguageData, mentions: list[Mention], bound: set[int], cues: list[str | None]
) -> list[Binding]:
    """A binding for each number or vague figure not in ``bound`` (mention starts), and for each unbound
    article mention with a casualty word near it (``cues``: :func:`~casualtylog.text._liberal.cue_metrics`,
    computed once per sentence by the caller, as the reader's features read them too)."""
    free = [m for m in mentions if m.start not in bound and m.kind in {"number", "vague"}][:MAX_FREE]
    if not free:
        return []
    out: list[Binding] = []
    for m in free:
        near = nearest_cue(cues, m)
        if m.article and near is None:
            continue
        noun = _noun(tokens, m.end, lang)
        if noun is not None and noun[0] == "weapon":
            continue  # a weapon count needs the weapon frames' pairing of launch and interception
        group = noun[1] if noun is not None and noun[0] == "group" else None
        length = noun[2] if noun is not None else 0
        if group is not None:
            group = _listed_group(tokens, m.end + length, group, lang)
        metric = near[0] if near is not None and near[0] in CLAIMABLE_METRICS else _PLACEHOLDER
        binding = Binding(m, metric, group, FREE_FRAME, chunk_end=m.end + length, confidence=0.5)
        binding.notes.append(f"free_noun:{noun[0] if noun is not None else 'none'}")
        out.append(binding)
    return out


def _listed_group(tokens: list[Token], k: int, group: str, lang: LanguageData) -> str | None:
    """The group of a figure whose noun of people ends before ``k``: ``None`` when a list of nouns of people of
    another group follows ("144 hommes, femmes et adolescents", "Several women and children": the guide gives a
    count of mixed people no group), as :func:`~casualtylog.text._mixed_nouns.mixed_nouns` reads the frames'."""
    listed: str | None = group
    for _ in range(_LISTED):
        if k < len(tokens) and tokens[k].text == ",":
            noun = _noun(tokens, k + 1, lang)
            if noun is None or noun[0] not in {"people", "group"}:
                return listed
            listed = listed if noun[1] == group else None
            k += 1 + noun[2]
            continue
        return mixed_nouns(tokens, k, listed, lang)[1]
    return listed
