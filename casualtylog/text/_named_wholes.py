"""A part of a count whose whole a metric word names, the part with a fate of its own.

"Eén van de vier gewonden is … naar het ziekenhuis vervoerd", "32 van de ruim 600 gewonden in kritieke toestand
verkeerden", "Eén van de twee gewonde kinderen overleed", "Six of the 40 injured died": the whole (four wounded,
600 wounded) is a count of its own, read by its metric word, and the part (one, 32) has its own predicate. The
partitive reader skipped a whole only when a people noun followed it ("30 of 341 passengers were injured"), so the
whole took the part's predicate ("killed 40") and the part was lost. Here the part reads the predicate after the
whole's metric word (and the people noun that word may describe: "gewonde kinderen"), and the whole keeps its own
metric. "Several of the 12 injured were children" has no predicate after the metric word and stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from casualtylog.text._binding import SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["FinalPredicate", "before_of", "named_whole_end", "part_before"]

#: Finds a predicate at the end of a verb-final clause from a position: (how far, the predicate).
FinalPredicate = Callable[[int], tuple[int, tuple[int, object] | None]]


def named_whole_end(s: SentenceBase, whole: Mention, final: FinalPredicate) -> int | None:
    """Where the part's own noun or predicate starts after a whole named by a metric word, or ``None``.

    The whole's metric word, then a people or group noun it may describe ("gewonde kinderen": the part reads that
    noun for its group), then a predicate of the part: right after the gap words, or at the end of the clause in a
    verb-final language (``subject_reach``).
    """
    tokens, lang = s.tokens, s.lang
    if whole.kind != "number":
        return None
    metric = phrases(lang, "metric_nouns").at(tokens, whole.end)
    if metric is None:
        return None
    start = whole.end + metric[0]
    noun = _noun(tokens, start, lang)
    if noun is not None and noun[0] not in {"people", "group"}:
        return None
    after = start if noun is None else start + noun[2]
    at = s.gap(after)[0]
    hit = phrases(lang, "predicates").at(tokens, at)
    if hit is None and lang.subject_reach:
        hit = final(at)[1]
    return None if hit is None else start


def before_of(tokens: list[Token], start: int, lang: LanguageData) -> int | None:
    """Where the part before "of (the)" ends, when "of (the)" stands right before ``start`` (the whole's first
    token), else ``None``. German "der" is both the "of" and the article ("Zwei der zwölf Verletzten"); else an
    article may follow "of"."""
    of_words = phrases(lang, "of_words")
    j = start - 1
    of = of_words.ending(tokens, j)
    if of is None and _low(tokens, j) in lang.determiners:
        j -= 1
        of = of_words.ending(tokens, j)
    return None if of is None else j - of[0]


def part_before(s: SentenceBase, whole: Mention) -> Mention | None:
    """The part counted before "of (the)" right before ``whole``, if any ("Six of the 40": six for forty)."""
    end = before_of(s.tokens, whole.start, s.lang)
    return None if end is None else s.by_last.get(end)
