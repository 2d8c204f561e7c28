"""Spanish predicates and verbs: function words, the victims' predicates (every agreeing form), the
words between a count and its predicate, and verbs whose object is a count.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang import _es_everyday as everyday
from casualtylog.text.lang import _es_more as more
from casualtylog.text.lang import _es_tenses as tenses
from casualtylog.text.lang._agreement import SPANISH, agreeing
from casualtylog.text.lang._arrival_words import ARRIVAL_PREDICATES
from casualtylog.text.lang._combat_words import COMBAT_PREDICATES
from casualtylog.text.lang._guide_round_words import ROUND_PREDICATES
from casualtylog.text.lang._shelter_words import SHELTER_PREDICATES
from casualtylog.text.lang._status_words import PROJECTING_GAPS
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["ACTIVE_VERBS", "FUNCTION_WORDS", "GAP_WORDS", "PREDICATES"]


FUNCTION_WORDS = _words(
    "el la los las del y en que por con para una uno al se su sus fue fueron han ha según muertos "
    "heridos personas murieron menos como más este esta"
)

PREDICATES = agreeing(
    {
        "en estado grave": "injured",
        "en estado crítico": "injured",
        "ingresadas": "injured",
        "ingresados": "injured",
        "rescatado": "rescued",
        "rescatada": "rescued",
        "fallecido": "killed",
        "fallecida": "killed",
        "murió": "killed",
        "falleció": "killed",
        # Session 12 (fres12): not surviving is dying ("uno de los heridos no sobrevivió a sus lesiones")
        **dict.fromkeys(("no sobrevivió", "no sobrevivieron", "no ha sobrevivido", "no han sobrevivido"), "killed"),
        "herido": "injured",
        "herida": "injured",
        "desaparecido": "missing",
        "desaparecida": "missing",
        "murieron": "killed",
        "muertos": "killed",
        "muertas": "killed",
        "muerto": "killed",
        "fallecieron": "killed",
        "fallecidos": "killed",
        "asesinados": "killed",
        "asesinadas": "killed",
        "perdieron la vida": "killed",
        # every tense of "perder la vida" ("agreeing" varies only a last word that is a participle)
        **{f"{verb} la vida": "killed" for verb in ("perdió", "perdido", "pierden", "pierde", "perdían", "perdía")},
        "han muerto": "killed",
        "heridos": "injured",
        "heridas": "injured",
        "resultaron heridos": "injured",
        "resultado heridos": "injured",
        "resultado heridas": "injured",
        "hospitalizados": "injured",
        "hospitalizadas": "injured",
        "fallecidas": "killed",
        "fallecidos por": "killed",
        "desaparecidas": "missing",
        "afectadas": "affected",
        "afectados": "affected",
        "damnificadas": "displaced",
        "damnificados": "displaced",
        # session 12 (fresh12): "siniestrados" beside "damnificados", as French "sinistrés" (the corpus guide)
        "siniestradas": "displaced",
        "siniestrados": "displaced",
        "albergados": "displaced",
        "evacuadas": "evacuated",
        "rescatadas": "rescued",
        "resultaron heridas": "injured",
        # given up for missing: "tres de sus compañeros se dieron por desaparecidos"
        "dieron por desaparecidos": "missing",
        **more.PREDICATES,
        **everyday.PREDICATES,
        **tenses.PREDICATES,
        "dan por desaparecidos": "missing",
        "dados por desaparecidos": "missing",
        "lesionados": "injured",
        "desaparecidos": "missing",
        "detenidos": "detained",
        "arrestados": "detained",
        "evacuados": "evacuated",
        "rescatados": "rescued",
        "desplazados": "displaced",
        "sin hogar": "displaced",
    },
    SPANISH,
)

GAP_WORDS = _words(
    "permanecen siguen continúan quedan sido han fueron han sido han habían están estaban resultaron quedaron también ya gravemente levemente "
    "presuntamente anoche murieron figuran figuraban todavía aún oficialmente ha había hay "
    # the singular auxiliaries: "una mujer resultó herida", "un soldado fue asesinado"
    "fue resultó resultado quedó sigue continúa permanece queda está estaba "
    # a relative pronoun whose clause holds the predicate: "11 miembros de una familia que murieron"
    "que "
    # a reflexive verb of being somewhere: "cinco personas se encuentran desaparecidas"
    "se encuentran encuentra " + more.GAPS
) - {"murieron"}
# Session 13 (status13): likelihood adverbs, modals, subjunctives between a count and its verb ("were likely killed")
GAP_WORDS |= PROJECTING_GAPS["es"]

ACTIVE_VERBS = {
    "salvado": "rescued",
    "salvaron": "rescued",
    "salvó": "rescued",
    "desplazado": "displaced",
    "desplazó": "displaced",
    "cobrado la vida de": "killed",
    "cobró la vida de": "killed",
    "cobraron la vida de": "killed",
    "costado la vida a": "killed",
    "costó la vida a": "killed",
    "rescató": "rescued",
    "rescataron": "rescued",
    "rescatado": "rescued",
    "la muerte de": "killed",
    **more.ACTIVE,
    **everyday.ACTIVE,
    **tenses.ACTIVE,
    "la muerte a": "killed",
    # verbs of affecting and displacing take their object after "a": "afectaron a unas 45.000 personas"
    "afectó": "affected",
    "afectaron": "affected",
    "afectado": "affected",
    "desplazado a": "displaced",
    "mató": "killed",
    "matado": "killed",
    "matan": "killed",
    "herido a": "injured",
    "hirieron": "injured",
    "mataron": "killed",
    "matando": "killed",
    "dejó": "killed",
    "dejando": "killed",
    "causó": "killed",
    "hirió": "injured",
    "hiriendo": "injured",
    "evacuaron": "evacuated",
    "detuvo": "detained",
}

# Session 12 (fresh12): sought, took or found shelter is displaced (casualtylog.text.lang._shelter_words)
PREDICATES = {**PREDICATES, **agreeing(SHELTER_PREDICATES["es"], SPANISH)}
# Session 13 (fresh7c): fell in combat is killed (casualtylog.text.lang._combat_words)
PREDICATES = {**PREDICATES, **COMBAT_PREDICATES["es"]}

# Session 13 (fresh7r2): arrived in a refugee camp, crossed the border (casualtylog.text.lang._arrival_words)
PREDICATES = {**PREDICATES, **agreeing(ARRIVAL_PREDICATES["es"], SPANISH)}

# Suffering one injury in the singular ("sufre un traumatismo craneal"), as "sufrieron quemaduras" was
_SUFFER = ("sufrió", "sufrieron", "sufrido", "sufren", "sufre", "presentaba", "presentaban", "presentan")
_ONE_INJURY = ("un traumatismo", "una fractura", "una herida", "una lesión", "fracturas", "heridas graves")
PREDICATES = {**PREDICATES, **{f"{verb} {injury}": "injured" for verb in _SUFFER for injury in _ONE_INJURY}}
# "estar" after a modal of possibility: "al menos tres personas podrían estar desaparecidas" (es-a6ed55ba-2) binds
# as "podrían haber desaparecido" does, and "podrían" makes it projected
GAP_WORDS |= _words("estar")
# The noun of an arrest before its people: "tras la incautación de 7.000 kilos de cocaína y la detención de tres
# personas" (es-b818fd4e-2); a verb of ordering right before it gives no count (``order_verbs``)
ACTIVE_VERBS = {**ACTIVE_VERBS, **dict.fromkeys(("la detención de", "el arresto de"), "detained")}
# Failing to survive is dying ("dos de ellas no lograron sobrevivir debido a la gravedad de las heridas"), as "no
# sobrevivieron" already was; people not (yet) found are missing ("aún no han sido localizadas")
_SURVIVE_VERBS = ("logró", "lograron", "ha logrado", "han logrado", "pudo", "pudieron", "consiguió", "consiguieron")
PREDICATES = {
    **PREDICATES,
    **dict.fromkeys((f"no {verb} sobrevivir" for verb in _SURVIVE_VERBS), "killed"),
    **{
        f"no {aux} sido {found}": "missing"
        for aux in ("han", "ha", "habían")
        for found in ("localizados", "localizadas", "encontrados", "encontradas", "hallados", "halladas")
    },
}
# Held in custody is detained ("Un sospechoso estaba bajo custodia", es-77babe63-3), as French "en garde à vue" and
# German "in Gewahrsam genommen" are
PREDICATES = {**PREDICATES, **dict.fromkeys(("bajo custodia", "bajo custodia policial"), "detained")}

# The predicates the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PREDICATES = {**PREDICATES, **ROUND_PREDICATES["es"]}
