"""Session 14 (``fresh8en``): one more death named by an ordinal or by "another" before a singular metric noun.

"The third death was confirmed by …" (en-88a0c4c2-4), "… was blamed for a third death on Wednesday"
(en-ebaf0706-6), "Another death was reported": the corpus guide labels such a death ``+1`` (the toll's next one,
its earlier ones counted before). The mention is the article (or "another") with the ordinal, ending where the
metric noun starts, so the frames read the noun ("death" → killed) as after a number. Only the language's
``ordinal_metric_nouns`` ("death", "fatality"), never a person ("A fifth miner was rescued" is one miner, 1).
"""

from __future__ import annotations

from casualtylog.figures import Figure
from casualtylog.text._mention import Mention, _low
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["ordinal_one"]

#: Nouns that a singular metric noun modifies ("another death toll", "a second death sentence"): no death counted.
_COMPOUND_HEADS = frozenset(
    {"toll", "tolls", "count", "rate", "rates", "sentence", "sentences", "penalty", "threat", "threats", "row", "squad"}
    | {"certificate", "certificates", "notice", "notices", "trap", "zone", "march", "knell", "wish", "blow"}
)
#: The articles an ordinal death follows ("a third death", "the third death").
_ARTICLES = frozenset({"a", "the"})


def ordinal_one(tokens: list[Token], i: int, lang: LanguageData) -> Mention | None:
    """ "a third death", "the third death", "another death" at ``i``: one more (``+1``), or ``None``."""
    if not lang.ordinal_metric_nouns:
        return None
    low = tokens[i].low
    if low in lang.another_words:
        end = i + 1
    elif low in _ARTICLES and _low(tokens, i + 1) in lang.ordinal_words:
        end = i + 2
    else:
        return None
    if _low(tokens, end) not in lang.ordinal_metric_nouns or _low(tokens, end + 1) in _COMPOUND_HEADS:
        return None  # "another death toll", "a second death sentence": the noun modifies another
    return Mention(i, end, Figure.exact(1), "number", increment=True)
