"""Time anchors that date a clause to another, earlier event: "vor sechzig Jahren", "dertig jaar geleden".

A list of other-event phrases ("vor einem Jahr", "vorig jaar") cannot hold
every number of years; the shape can: a number (in digits or words) between
the language's "ago" words. A clause so dated tells an earlier event, and its
figures are no claims.
"""

from __future__ import annotations

from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["ago_hits"]


def ago_hits(tokens: list[Token], lang: LanguageData) -> list[int]:
    """Prefix counts of "N years ago" anchors by their first token (as :meth:`Phrases.hits` counts phrases)."""
    counts = [0]
    after = phrases(lang, "ago_after") if lang.ago_after else None
    # "before" may be a phrase ending right before the number: French "il y a 22 ans" ("a" alone is "has").
    before = phrases(lang, "ago_before")
    # A span of years ("de afgelopen tien jaar") where the language's "ago" words are other words ("geleden").
    span_after = phrases(lang, "span_after") if lang.span_after else None
    span_before = phrases(lang, "span_before")
    for i, tok in enumerate(tokens):
        hit = False
        if after is not None and tok.value is not None and after.at(tokens, i + 1) is not None:
            hit = not lang.ago_before or (i > 0 and before.ending(tokens, i - 1) is not None)
        if not hit and span_after is not None and tok.value is not None and span_after.at(tokens, i + 1) is not None:
            hit = i > 0 and span_before.ending(tokens, i - 1) is not None and (tok.value or 0) >= 2
        counts.append(counts[-1] + hit)
    return counts
