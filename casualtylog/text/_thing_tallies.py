"""A bare count after a tally item that counts things counts the same things (the noun elided).

"Se reporta … 10 mil 87 viviendas destruidas, 28 mil 894 afectadas, diez instituciones educativas destruidas y 134
afectadas" (es-bd97918f-4): the 28 894 are homes and the 134 schools, their noun left out as "trois blessés" leaves
out the soldiers of "cinq soldats tués, trois blessés" (``_tally_lists``). The guide counts no homes, buildings or
fields, so such a count is no claim. The item before counts things when the noun after its number is a thing
(``thing_nouns``), or when it is no noun of people and the item holds no casualty word: people are killed, hurt or
missing, not destroyed or damaged. Only metrics that things share with people are read so (affected, evacuated,
rescued: "134 afectadas"); a bare "3 muertos" after "dos viviendas" still counts the dead.
"""

from __future__ import annotations

from casualtylog.text._mention import Mention, _low
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, Token
from casualtylog.text.lang import LanguageData

__all__ = ["tallied_things"]

#: Metrics that describe things as well as people ("viviendas afectadas", "plaatsen geëvacueerd"); not displaced,
#: whose words name people made homeless ("29 viviendas destruidas, 51 damnificados", es-76113f5c-4).
THING_METRICS = frozenset({"affected", "evacuated", "rescued"})
#: The most words of the item before, from its number to the joiner ("29 mil 671 campos de cultivos destruidos y").
_ITEM = 6
_JOINERS = frozenset({",", ";"})


def tallied_things(tokens: list[Token], m: Mention, metric: str | None, lang: LanguageData) -> bool:
    """Whether the bare count ``m`` (a number right before its casualty word) follows a tally item counting things."""
    joiner = m.start - 1
    if metric not in THING_METRICS or m.kind != "number" or joiner < 2:
        return False
    if tokens[joiner].text not in _JOINERS and _low(tokens, joiner) not in lang.coordinators:
        return False
    if _casualty_width(tokens, m.end, lang) == 0:
        return False  # "14 personas desaparecidas": a noun of its own
    for k in range(joiner - 1, max(-1, joiner - 1 - _ITEM), -1):
        if tokens[k].kind is PUNCT:
            return False
        if tokens[k].value is None:  # a number, or one already marked as no count ("10 mil 87 viviendas")
            continue
        noun = _low(tokens, k + 1)
        if noun in lang.thing_nouns:
            return True
        if noun in lang.people_nouns or phrases(lang, "group_nouns").at(tokens, k + 1) is not None:
            return False
        return all(_casualty_width(tokens, j, lang) == 0 for j in range(k + 1, joiner))
    return False


def _casualty_width(tokens: list[Token], k: int, lang: LanguageData) -> int:
    hit = phrases(lang, "predicates").at(tokens, k) or phrases(lang, "metric_nouns").at(tokens, k)
    return 0 if hit is None else hit[0]
