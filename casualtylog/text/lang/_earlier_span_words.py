"""Session 13 (fa13): the words of a span back from the report that dates another incident, per language.

Read by :mod:`casualtylog.text._earlier_spans`: the units of a span (days apart: only "earlier" reads them), the articles that stand for one, the hedges
a span may hold ("tout juste", "apenas", "gut"), the words before it ("il y a", "hace", "vor") or after it ("ago",
"geleden"), the words after it that date it only as an opener ("plus tôt", "antes", "zuvor"), and the words that
mark a month as past ("pasado", "dernier", "last"). Kept apart from each language's module, which are near their size.
"""

from __future__ import annotations

from typing import Any

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["EARLIER_SPANS"]


EARLIER_SPANS: dict[str, dict[str, Any]] = {
    "en": {
        # days "ago" may be the report's own event ("vor drei Tagen", pinned): only "earlier" reads them
        "span_units": _words("week weeks month months year years decade decades"),
        "span_near_units": _words("day days"),
        "span_articles": _words("a an one several couple few"),
        "span_hedges": _words("just exactly only barely almost nearly about some over more than"),
        "span_ago_trail": _words("ago"),
        "span_earlier_trail": _words("earlier before"),
        "past_month_before": _words("last"),
    },
    "nl": {
        "span_units": _words("week weken maand maanden jaar jaren"),
        "span_near_units": _words("dag dagen"),
        "span_articles": _words("een enkele paar"),
        "span_hedges": _words("precies ruim bijna pas nog maar zo'n ongeveer"),
        "span_ago_trail": _words("geleden"),
        "span_earlier_trail": _words("eerder daarvoor ervoor"),
        "past_month_before": _words("afgelopen vorige"),
    },
    "fr": {
        "span_units": _words("semaine semaines mois an ans année années"),
        "span_near_units": _words("jour jours"),
        "span_articles": _words("un une quelques plusieurs"),
        "span_hedges": _words("tout juste exactement seulement à peine près de d' presque environ quelques plus"),
        "span_ago_lead": _phrases("il y a | il y avait"),
        "span_earlier_trail": _phrases("plus tôt | auparavant | avant"),
        "past_month_after": _words("dernier"),
    },
    "de": {
        "span_units": _words("woche wochen monat monaten jahr jahren"),
        "span_near_units": _words("tag tage tagen"),
        "span_articles": _words("einem einer ein einen einigen wenigen mehreren"),
        "span_hedges": _words("gut knapp genau fast etwa rund nur erst mehr als etwas"),
        "span_ago_lead": _words("vor"),
        "span_earlier_trail": _words("zuvor davor früher"),
        "past_month_before": _words("vergangenen letzten vorigen"),
    },
    "es": {
        "span_units": _words("semana semanas mes meses año años"),
        "span_near_units": _words("día días"),
        "span_articles": _words("un una unos unas algunos algunas varios varias"),
        "span_hedges": _words("apenas justo exactamente casi solo sólo poco más de unos unas"),
        "span_ago_lead": _words("hace"),
        "span_earlier_trail": _words("antes atrás"),
        "past_month_after": _words("pasado"),
    },
}
