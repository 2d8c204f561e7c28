"""Session 13 (``fresh7b``): kinds of predicate that fresh Dutch and German news (batch 7) used and the tables
lacked, each a class of verb phrase rather than one sentence's words.

- *recovered alive is rescued*: a verb of recovering or freeing with a state of the living ("lebend geborgen",
  "levend gevonden", "aus den Trümmern geborgen" of people) is rescued, as English "pulled alive from the rubble"
  is; "tot geborgen" and a body's noun stay killed (their own predicate and noun come first).
- *searched for is missing*: German "suchen nach", "wird noch gesucht" as Dutch "zoeken naar" already read.
- *driven out is displaced*: "in die Flucht getrieben", "ohne Dach über dem Kopf", "weggevlucht".
- *a grave state is hurt*: "er ernstig aan toe" (a predicate opening with a gap word).

``RECOVERY_PREDICATES[code]`` and ``RECOVERY_ACTIVE[code]`` are added to the language's ``PREDICATES`` and
``ACTIVE_VERBS`` by its ``_xx_verbs`` module. Every word of a predicate is reserved
(``casualtylog.text._nouns._closed_words``), so no phrase here is a lone participle ("geborgen", "gevonden"):
those stand between bodies and whose they are.
"""

from __future__ import annotations

__all__ = [
    "EARLIER_PERIODS",
    "RECOVERY_ACTIVE",
    "RECOVERY_METRIC_NOUNS",
    "RECOVERY_PREDICATES",
    "SURVIVOR_FOUND",
    "SURVIVOR_PEOPLE",
]

#: German places people are pulled or freed from; not water, from which the drowned are pulled too.
_DE_WRECKS = ("den trümmern", "dem schutt", "dem wrack", "den schneemassen", "dem geröll", "den fluten")
#: Dutch places people are pulled from; the tables already read "uit het puin gehaald" and its kin.
_NL_WRECKS = ("het puin", "de puinhopen", "het wrak", "de sneeuw")


def _de_recovered() -> dict[str, str]:
    out: dict[str, str] = {}
    for verb in ("geborgen", "bergen", "befreit", "befreien", "gezogen", "ziehen"):
        for alive in ("lebend", "unverletzt"):  # the guide: skiers "unverletzt geborgen" are rescued
            out[f"{alive} {verb}"] = "rescued"
            for wreck in _DE_WRECKS:
                # alive first or not: "lebend aus den Trümmern geborgen", "aus den Trümmern lebend geborgen"
                out[f"{alive} aus {wreck} {verb}"] = "rescued"
                out[f"aus {wreck} {alive} {verb}"] = "rescued"
        for wreck in _DE_WRECKS:
            # a verb of freeing or pulling out of rubble needs no "alive": the dead are "tot" or a body's noun; "tot"
            # before it is written whole, so a predicate read backwards from the participle finds it ("Tot aus den
            # Schneemassen geborgen wurde ein Skifahrer")
            out[f"aus {wreck} {verb}"] = "rescued"
            out[f"tot aus {wreck} {verb}"] = "killed"
    for verb in ("gefunden", "aufgefunden", "entdeckt"):
        out[f"lebend {verb}"] = "rescued"
    return out


def _nl_recovered() -> dict[str, str]:
    out: dict[str, str] = {}
    for verb in ("gevonden", "aangetroffen", "teruggevonden", "gehaald", "bevrijd", "bovengehaald"):
        for alive in ("levend", "ongedeerd", "behouden"):  # the guide: miners "behouden bovengehaald" are rescued
            out[f"{alive} {verb}"] = "rescued"
            for wreck in _NL_WRECKS:
                out[f"{alive} uit {wreck} {verb}"] = "rescued"
                out[f"{alive} onder {wreck} {verb}"] = "rescued"
                out[f"uit {wreck} {alive} {verb}"] = "rescued"
    return out


RECOVERY_PREDICATES: dict[str, dict[str, str]] = {
    "de": {
        **_de_recovered(),
        # still searched for is missing ("Nach 40 Menschen wird noch gesucht", "… werden weiterhin gesucht"); not
        # "gesucht" alone: "Zwölf Helfer werden gesucht" are wanted, not lost
        **{f"{still} gesucht": "missing" for still in ("noch", "weiterhin", "noch immer", "immer noch", "fieberhaft")},
        # driven to flight, without a roof: displaced (the guide: homeless, fled → displaced)
        # not "in die Flucht" alone: "Soldaten schlugen die Angreifer in die Flucht" put attackers to flight
        **dict.fromkeys(
            ("in die flucht getrieben", "in die flucht geschlagen", "in die flucht gejagt", "ohne dach über dem kopf"),
            "displaced",
        ),
        # the state after the object, the verb before it ("Die Helfer zogen drei Kinder lebend aus den Fluten"), as
        # English "pulled 7 people alive from the rubble"
        **{f"lebend aus {wreck}": "rescued" for wreck in _DE_WRECKS},
    },
    "nl": {
        **_nl_recovered(),
        # fled away, the separable particle written into the participle ("Duizenden mensen zijn weggevlucht")
        **dict.fromkeys(("weggevlucht", "gevlucht uit", "op de vlucht gejaagd", "op de vlucht gedreven"), "displaced"),
        # a grave state is hurt, as "er slecht aan toe" is: "ernstig" is a gap word, reached now that a predicate may
        # open with one (casualtylog.text._binding); not "aan toe" alone ("er goed aan toe" is well)
        **dict.fromkeys(("ernstig aan toe", "zwaar aan toe", "er ernstig aan toe", "er zwaar aan toe"), "injured"),
    },
}

RECOVERY_ACTIVE: dict[str, dict[str, str]] = {
    # the searchers as subject, the people after "nach" ("Die Retter suchen noch nach zwölf Menschen")
    "de": {
        f"{verb} {still}nach": "missing"
        for verb in ("suchen", "sucht", "suchten", "suchte")
        for still in ("", "noch ", "weiter ", "weiterhin ", "noch immer ", "fieberhaft ")
    },
}

#: German nouns made of a metric's participle, as "Tote", "Verletzte", "Festgenommene" already are: "die Geretteten,
#: unter ihnen vier Frauen", "Sechs Gerettete wurden ausgeflogen", "Unter den Binnenvertriebenen sind 4000 Kinder".
RECOVERY_METRIC_NOUNS: dict[str, dict[str, str]] = {
    "de": {
        **dict.fromkeys(("gerettete", "geretteten"), "rescued"),
        # not "vertriebene": an adjective as often ("darunter vier vertriebene syrische Kinder" were hurt)
        **dict.fromkeys(("binnenvertriebene", "binnenvertriebenen"), "displaced"),
        **dict.fromkeys(("obdachlose", "obdachlosen"), "displaced"),
    },
}

#: Session 13 (fresh7b): nouns of survivors and of the people aboard, counted as people are ("veertien overlevenden
#: van de boot gered", "een kleine 200 opvarenden"); survivors alone give no claim (the guide), only a predicate does.
SURVIVOR_PEOPLE: dict[str, frozenset[str]] = {
    "nl": frozenset({"overlevenden", "opvarenden", "inzittenden"}),
    "de": frozenset({"überlebende", "überlebenden"}),
}
#: Survivors found or recovered are rescued (``LanguageData.survivor_nouns``, ``survivor_found``): the participles of
#: finding; not "gezocht" (sought), nor "geïdentificeerd".
SURVIVOR_FOUND: dict[str, frozenset[str]] = {
    "nl": frozenset({"gevonden", "aangetroffen", "teruggevonden", "geborgen", "opgepikt", "opgevist"}),
    "de": frozenset({"gefunden", "aufgefunden", "geborgen", "entdeckt", "aufgegriffen"}),
}

#: Session 13 (fresh7b): a period named as the one before ("Am Wochenende davor starben zwei Skifahrer", "de week
#: daarvoor") or a day named as already past ("Bereits am Sonntag gab es vier Tote"): another incident's or an earlier
#: day's time, as "vergangene Woche" is (added to ``other_event_cues``).
EARLIER_PERIODS: dict[str, frozenset[str]] = {
    "de": frozenset(
        f"{period} {before}"
        for period in ("am wochenende", "in der woche", "am tag", "im jahr", "im monat", "am abend", "in der nacht")
        for before in ("davor", "zuvor")
    )
    # the guide's earlier-day rule: "Bereits am Sonntag gab es vier Hochwasser-Tote" is an earlier day's count
    | frozenset(
        f"{already} am {day}"
        for already in ("bereits", "schon")
        for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "vortag")
    ),
    "nl": frozenset(
        f"{period} {before}"
        for period in ("het weekend", "de week", "de dag", "het jaar", "de maand", "de avond", "de nacht")
        for before in ("daarvoor", "ervoor")
    ),
}
