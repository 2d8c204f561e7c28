"""German predicates and verbs: function words, the victims' predicates, the words between a count and
its predicate, and verbs whose object is a count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); de.py assembles the language. Moved verbatim from de.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._arrival_words import ARRIVAL_PREDICATES
from casualtylog.text.lang._guide_round_words import ROUND_PREDICATES
from casualtylog.text.lang._recovery_words import RECOVERY_ACTIVE, RECOVERY_PREDICATES
from casualtylog.text.lang._shelter_words import SHELTER_PREDICATES
from casualtylog.text.lang._status_words import PROJECTING_GAPS
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ACTIVE_VERBS", "FUNCTION_WORDS", "GAP_WORDS", "PREDICATES"]


FUNCTION_WORDS = _words(
    "der die das den dem des und ist sind wurden wurde nach bei mit von auf für nicht ein eine einem einer "
    "sich auch laut mindestens menschen getötet verletzt ums leben kamen sagte"
)

PREDICATES = {
    "in notunterkünfte gebracht": "displaced",
    "in notunterkünften untergebracht": "displaced",
    "in notunterkünften": "displaced",
    "in notunterkünfte": "displaced",
    "getötet": "killed",
    "ums leben": "killed",
    "ums leben gekommen": "killed",
    "gestorben": "killed",
    "starben": "killed",
    "tot": "killed",
    "umgekommen": "killed",
    "verletzt": "injured",
    "verwundet": "injured",
    "schwer verletzt": "injured",
    "leicht verletzt": "injured",
    "vermisst": "missing",
    "festgenommen": "detained",
    "verhaftet": "detained",
    "evakuiert": "evacuated",
    "gerettet": "rescued",
    "vertrieben": "displaced",
    "verletzt worden": "injured",
    "getötet worden": "killed",
    "betroffen": "affected",
    # Present tense, drowning, a reflexive injury, a state "gelten als", the death they caused:
    # the verb classes of casualty reports, not single sentences.
    "sterben": "killed",
    "stirbt": "killed",
    "starb": "killed",
    "ertrank": "killed",
    "ertranken": "killed",
    "ertrunken": "killed",
    "verletzten sich": "injured",
    "verletzte sich": "injured",
    "als vermisst": "missing",
    "als tot": "killed",
    "in den tod gerissen": "killed",
    "mit in den tod gerissen": "killed",
    "flohen": "displaced",
    "geflohen": "displaced",
    "obdachlos": "displaced",
    # lost their homes: "1200 Menschen haben ihr Zuhause verloren"
    **{f"{home} verloren": "displaced" for home in ("ihr zuhause", "ihre häuser", "ihre wohnungen", "ihr obdach")},
    "ihre häuser verlassen": "displaced",
    "ihre wohnungen verlassen": "displaced",
    "ihre häuser verlassen mussten": "displaced",
    "in sicherheit gebracht": "evacuated",
    "mit verletzungen behandelt": "injured",
    "ins krankenhaus gebracht": "injured",
    "ins krankenhaus eingeliefert": "injured",
    # Succumbed (to their injuries) and the lives a disaster cost, as the verb of the victims.
    # "Für zehn Menschen kam jede Hilfe zu spät" (the news guide: killed).
    "kam jede hilfe zu spät": "killed",
    "jede hilfe zu spät": "killed",
    "jegliche hilfe zu spät": "killed",
    "erlitten verletzungen": "injured",
    # Injuries at the end of the subject's clause ("mit teilweise schweren Verletzungen"): the people are injured.
    "verletzungen": "injured",
    "brandverletzungen": "injured",
    "erschossen": "killed",
    "erstochen": "killed",
    "erschlagen": "killed",
    "erlitt verletzungen": "injured",
    # What an injured person suffers, at the end of the clause as "Verletzungen" is ("51 weitere Menschen
    # erlitten Blessuren", "erlitt eine leichte Kopfverletzung"): the common kinds of injury, singular too.
    **dict.fromkeys(
        _words(
            "verletzung blessuren prellungen knochenbrüche kopfverletzung kopfverletzungen schnittverletzung "
            "schnittverletzungen brandverletzung rauchgasvergiftung rauchgasvergiftungen rauchvergiftung "
            "rauchvergiftungen"
        ),
        "injured",
    ),
    "erlagen": "killed",
    "erlag": "killed",
    "erlegen": "killed",
    "das leben gekostet": "killed",
    "das leben kostete": "killed",
    "das leben kosteten": "killed",
    "verstorben": "killed",
    # "zu Tode getrampelt", "zu Tode gekommen": whatever the participle after it, "zu Tode" kills
    # (the German order of English "trampled to death").
    "zu tode": "killed",
    # Lost their lives: "die … ihr Leben verloren haben" (in a relative clause on a toll's noun too).
    "ihr leben verloren": "killed",
    # the main clause puts the verb first: "Zwölf Menschen verloren ihr Leben", "Ein Mann verlor sein Leben"
    **{f"{verb} {their} leben": "killed" for verb in ("verloren", "verlor") for their in ("ihr", "sein")},
    "ihr leben verloren haben": "killed",
    "ihr leben verloren hatten": "killed",
    # Recovered dead: "konnten nur noch tot geborgen werden", "leblos aufgefunden".
    "leblos": "killed",
    # In intensive care is hurt, as "ins Krankenhaus gebracht" ("drei liegen auf der Intensivstation")
    **dict.fromkeys(
        ("auf der intensivstation", "liegen auf der intensivstation", "liegt auf der intensivstation"), "injured"
    ),
    # Fatally injured is killed, not injured (as French "mortellement blessés"): "wurden tödlich verletzt",
    # "erlitt tödliche Verletzungen", "ist tödlich verunglückt" (an accident is no casualty without "tödlich").
    **dict.fromkeys(
        ("tödlich verletzt", "tödlich verwundet", "tödlich verunglückt", "tödliche verletzungen", "tödlich verunfallt"),
        "killed",
    ),
    # Did not survive: "haben den Einsturz nicht überlebt" (the negation is part of the predicate).
    "nicht überlebt": "killed",
    "nicht überlebten": "killed",
    # Session 11 (rom11): custody in the perfect, its participle closing the clause ("Die Polizei hat 60
    # Demonstranten in Gewahrsam genommen"; the stem "nahm … in Gewahrsam" is `stem_particles`')
    **dict.fromkeys(("in gewahrsam genommen", "in polizeigewahrsam genommen"), "detained"),
    # no trace of them is missing ("Von sieben Seeleuten fehlt jede Spur", "fehlt weiterhin jede Spur")
    **{f"fehlt {still}jede spur": "missing" for still in ("", "noch ", "weiterhin ", "bislang ", "bisher ")},
    # Session 11 (de12): the states and deaths police reports and dpa write daily. In danger of life and in a
    # critical state are hurt, as intensive care is ("Zwei Menschen schweben in Lebensgefahr"); treated in
    # hospital is hurt as taken there is; froze to death and fell to death ("tödlich abgestürzt") kill;
    # Austrian "abgängig" is missing ("vier Menschen gelten als abgängig").
    **dict.fromkeys(
        ("in lebensgefahr", "in akuter lebensgefahr", "in kritischem zustand", "in lebensbedrohlichem zustand"),
        "injured",
    ),
    **dict.fromkeys(
        ("im krankenhaus behandelt", "in krankenhäusern behandelt", "im spital behandelt", "ambulant behandelt"),
        "injured",
    ),
    **dict.fromkeys(("erfroren", "erfror", "tödlich abgestürzt", "tödlich gestürzt"), "killed"),
    **dict.fromkeys(("abgängig", "als abgängig"), "missing"),
    # Fell victim and died, a participle in the perfect ("sind der Hitzewelle zum Opfer gefallen"; the past
    # "fielen … zum Opfer" is `closing_verbs`'); treated on the spot is treated ("vor Ort behandelt")
    **dict.fromkeys(("zum opfer gefallen", "verstarb", "verstarben"), "killed"),
    # stabbed or shot and hurt, the counterpart of "erstochen", "erschossen" ("Zwei Männer wurden niedergestochen")
    **dict.fromkeys(("niedergestochen", "angeschossen"), "injured"),
    # police reports: custody pending trial, care by doctors, burns, and "had to (go) to hospital" with no verb
    **dict.fromkeys(("in untersuchungshaft genommen", "in u-haft genommen"), "detained"),
    **dict.fromkeys(("ärztlich versorgt", "medizinisch versorgt", "ärztlich behandelt"), "injured"),
    **dict.fromkeys(("verbrennungen", "musste ins krankenhaus", "mussten ins krankenhaus"), "injured"),
    **dict.fromkeys(("vor ort behandelt", "vor ort versorgt", "ambulant versorgt"), "injured"),
    # freed from wreckage is rescued ("Vier Menschen wurden aus den Trümmern befreit"), not freed of a duty
    **{f"aus {wreck} befreit": "rescued" for wreck in ("den trümmern", "dem wrack", "den wracks", "dem fahrzeug")},
    # "Tausende Menschen sind auf der Flucht (vor den Kämpfen)": displaced; fleeing perpetrators are dropped
    # by the frames' filter on suspects and attackers ("Zwei Täter sind auf der Flucht")
    "auf der flucht": "displaced",
    **{
        f"{home} {adverb} verlassen": "displaced"
        for home in ("ihre häuser", "ihre wohnungen")
        for adverb in ("vorübergehend", "vorsorglich")
    },
}

GAP_WORDS = _words(
    "wurden wurde sind ist waren war seien sei kamen kam haben hat auch bereits inzwischen nun dabei "
    "schwer leicht lebensgefährlich mutmaßlich vermutlich worden noch gelten gilt galten derzeit werden wird"
)
# Session 13 (status13): likelihood adverbs, modals, subjunctives between a count and its verb ("were likely killed")
GAP_WORDS |= PROJECTING_GAPS["de"]
# Session 13 (fresh7r2): "again" between an inverted verb and its count ("starb erneut ein Mensch": +1, as "kam erneut")
GAP_WORDS |= {"erneut"}

ACTIVE_VERBS = {
    "tod von": "killed",
    "forderte das leben von": "killed",
    "forderten das leben von": "killed",
    "kostete das leben von": "killed",
    "tötete": "killed",
    "töteten": "killed",
    "getötet": "killed",
    "tötend": "killed",
    # Session 13 (fresh13): "forderte" alone also demands ("Die Opposition forderte drei Rücktritte"): it takes
    # lives only before a noun of the dead (the subject frame's "forderte 40 Todesopfer") or of lives (de.py's
    # ``taking_verbs``, "forderte drei Menschenleben")
    "verletzte": "injured",
    "verletzten": "injured",
    "evakuierten": "evacuated",
    # rescuing as an active verb, as French "ont secouru" and Spanish "rescataron" ("Die Feuerwehr rettete 15 Bewohner")
    "rettete": "rescued",
    "retteten": "rescued",
    "nahm": "detained",
    # Session 11 (de12): the headline present, only with its particle ("Polizei nimmt 20 Randalierer fest")
    "nimmt": "detained",
    "nehmen": "detained",
}

# Session 12 (fresh12): sought, took or found shelter is displaced (casualtylog.text.lang._shelter_words)
PREDICATES = {**PREDICATES, **SHELTER_PREDICATES["de"]}

# Session 13 (fresh7b): recovered alive, searched for, driven out (casualtylog.text.lang._recovery_words)
PREDICATES = {**PREDICATES, **RECOVERY_PREDICATES["de"]}
ACTIVE_VERBS = {**ACTIVE_VERBS, **RECOVERY_ACTIVE["de"]}
# "Unter den Toten befinden sich sechs Frauen": "to be found among" is the copula of a list of victims, as Dutch
# "bevinden zich" is (a gap word: it names no metric of its own)
GAP_WORDS = GAP_WORDS | frozenset({"befinden", "befindet", "befanden", "befand", "sich"})
# "so far" and "in all" between a verb and its inverted subject, as "bereits" and "inzwischen" ("Dabei starben bisher
# 313 Menschen", "… sind insgesamt 40 Menschen ums Leben gekommen")
GAP_WORDS = GAP_WORDS | frozenset({"bisher", "bislang", "insgesamt"})

# Session 13 (fresh7r2): arrived in a refugee camp, crossed the border (casualtylog.text.lang._arrival_words)
PREDICATES = {**PREDICATES, **ARRIVAL_PREDICATES["de"]}

# "erschlug" (struck dead; "erschlagen" was read; also a subject-between verb in de.py), and the plural and present of
# the separable stem "nahm", whose particle "fest" closes the clause (``stem_particles``): "In Nordrhein-Westfalen
# nahmen Beamte … sieben Verdächtige fest" (de-dc106506-1)
ACTIVE_VERBS = {
    **ACTIVE_VERBS,
    **dict.fromkeys(("erschlug", "erschlugen"), "killed"),
    **dict.fromkeys(("nahmen", "nimmt"), "detained"),
}
# People not (yet) found are missing ("seien noch nicht gefunden worden", de-455a404a-2)
PREDICATES = {
    **PREDICATES,
    **{
        f"nicht {found}{tail}": "missing"
        for found in ("gefunden", "aufgefunden", "geortet", "lokalisiert")
        for tail in ("", " worden")
    },
}

_HOMES = ("ihr zuhause", "ihre häuser", "ihre wohnungen", "ihr obdach", "ihre heimat")
_HAD_TO = ("musste", "mussten")

# Forced from their homes is displaced (the guide's "fled, forced from their homes"): the past "verloren ihr Zuhause"
# beside the perfect "ihr Zuhause verloren" ("mehr als 360 000 verloren ihr Zuhause", de-f9c15d6c-4), and "had to
# leave their homes" or "had to flee" right after a bare count ("mehr als 400.000 mussten ihre Häuser verlassen",
# de-fdc731aa-2), as French "contraints de fuir" and Spanish "obligados a huir" are. Fleeing alone stays out: one
# flees a fire onto a roof as well.
PREDICATES = {
    **PREDICATES,
    **{f"{verb} {home}": "displaced" for verb in ("verloren", "verlor") for home in _HOMES},
    **{f"{modal} {home} verlassen": "displaced" for modal in _HAD_TO for home in _HOMES},
    **{f"{modal} fliehen": "displaced" for modal in _HAD_TO},  # also a closing verb in de.py
}

# The predicates the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PREDICATES = {**PREDICATES, **ROUND_PREDICATES["de"]}
