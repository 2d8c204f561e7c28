"""Spanish tolls and changes: toll nouns, the cues of a toll's change, preliminary figures, and the
verbs that put a total at a figure.

Each constant is the LanguageData field of the same name in lower case (documented in
``_core_words`` and ``_shape_words``); es.py assembles the language. Moved verbatim from es.py in
session 7 so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text.lang._first_figure_words import FIRST_FIGURE_CUES
from casualtylog.text.lang._guide_round_words import ROUND_PRELIMINARY
from casualtylog.text.lang._status_words import FIRST_FINDINGS, NOT_FINAL
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["PRELIMINARY_CUES", "RAISE_VERBS", "TOLL_CUES", "TOLL_NOUNS"]


TOLL_NOUNS = {
    "balance": "killed",
    "cifra de muertos": "killed",
    "número de muertos": "killed",
    "número de víctimas": "killed",
    "número de mártires": "killed",
    "cifra de mártires": "killed",
    "cifra de fallecidos": "killed",
    "número de fallecidos": "killed",
    "número de heridos": "injured",
    "cifra de heridos": "injured",
    "número de desaparecidos": "missing",
    "los muertos": "killed",
    "los fallecidos": "killed",
    "los heridos": "injured",
    "los desaparecidos": "missing",
    "los damnificados": "displaced",
    "los desplazados": "displaced",
    "los evacuados": "evacuated",
    "las víctimas mortales": "killed",
    "las víctimas": "killed",
    # Session 12 (fres12): victims counted by the figure's own noun, as "número de víctimas" ("La cifra de víctimas
    # asciende a 73", "El recuento de víctimas asciende ya a 73")
    "cifra de víctimas": "killed",
    "recuento de víctimas": "killed",
    "recuento de muertos": "killed",
    "recuento de fallecidos": "killed",
}

TOLL_CUES = {
    "ascendió a": "update",
    "asciende a": "update",
    "aumentó a": "update",
    "subió a": "update",
    "se elevó a": "update",
    "se eleva a": "update",
    "llegó a": "update",
    # a total that went to a figure, up or down ("la cifra de desaparecidos pasó de 79 a 56")
    "pasó a": "update",
    "ha pasado a": "update",
    "alcanzó": "update",
    "alcanza": "update",
    "a": "update",
    "de": "static",
    "es de": "static",
    "son": "static",
    "suman": "static",
    "suma": "static",  # Session 11 (rom11): "la cifra de muertos suma ya 45"
    "era de": "static",
    ":": "static",
    # the plural verbs of a plural toll ("las víctimas mortales ascienden a 45") and a level it holds at
    "ascienden a": "update",
    "aumentaron a": "update",
    "subieron a": "update",
    "se elevan a": "update",
    "llegan a": "update",
    "alcanzan": "update",
    "se mantiene en": "static",
    "supera": "update",
    "superan": "update",
    "superó": "update",
    "supera los": "update",
    "superan los": "update",
    "superó los": "update",
    # Session 13 (fresh7c): the perfect and the conditional of exceeding ("la cifra de muertos podría superar los
    # 180"); ``exceed_verbs`` make it "more than"
    **{f"{had} superado{los}": "update" for had in ("ha", "han") for los in ("", " los")},
    **{
        f"{may} superar{los}": "projected"
        for may in ("podría", "podrían", "debería", "deberían")
        for los in ("", " los")
    },
    "se sitúa en": "static",
    # Session 11 (rom11): "for now" inside the verb ("la cifra de muertos se sitúa de momento en doce")
    **{
        f"{verb} {now} {prep}": kind
        for verb, prep, kind in (("se sitúa", "en", "static"), ("asciende", "a", "update"), ("se eleva", "a", "update"))
        for now in ("de momento", "por ahora", "por el momento", "hasta ahora", "hasta el momento")
    },
    "se situó en": "static",
    # Session 12 (fres12): the Mexican "se ubica" ("la cifra de personas desaparecidas se ubica en 12")
    **dict.fromkeys(("se ubica en", "se ubicó en", "se ubican en"), "static"),
    # Session 11 (es13): an article before the figure, "ya" before it ("la cifra de muertos alcanza ya las 90")
    **{
        f"{verb} {already}{article}": "update"
        for verb in ("alcanza", "alcanzó", "alcanzan", "alcanzaron", "ha alcanzado")
        for already in ("", "ya ")
        for article in ("los", "las")
    },
    # Session 11 (es14): the present of "subió a" and "aumentó a" ("Sube a 19 el número de muertos")
    "sube a": "update",
    "aumenta a": "update",
    # Session 12 (fresh12): the plural of that present ("Suben a doce los fallecidos"), and the imperfect of
    # reported speech ("anunció que la cifra de fallecidos se situaba en once"), as German's Konjunktiv I
    "suben a": "update",
    "aumentan a": "update",
    "se situaba en": "static",
    "ascendía a": "update",
    "se elevaba a": "update",
    "podría ascender a": "projected",
    "podría aumentar a": "projected",
    # session 13 (status13): a toll that could reach or pass a figure ("La cifra de muertos podría superar los 100")
    **dict.fromkeys(
        (
            f"{modal} {verb}"
            for modal in ("podría", "podrían")
            for verb in ("alcanzar", "alcanzar los", "superar", "superar los")
        ),
        "projected",
    ),
}

PRELIMINARY_CUES = (
    _phrases(
        "provisional | provisionales | balance provisional | primeras informaciones | preliminar | preliminares"
        # a first count, as French "premier bilan" ("según un primer balance, 18 personas murieron")
        " | primer balance | primer recuento | primeras cifras | primeros datos"
    )
    # session 12 (fresh12): a first figure, later revised ("initially"), is preliminary too
    | FIRST_FIGURE_CUES["es"]
    # session 13 (status13): the first findings of an inquiry ("according to initial information")
    | FIRST_FINDINGS["es"]
    | NOT_FINAL["es"]
    # the Latin American "provisorio" ("El balance provisorio indica 18 personas fallecidas")
    | _phrases("provisorio | provisoria | provisorios | provisorias")
)

RAISE_VERBS = _words(
    "eleva elevan elevó elevaron elevado elevando elevar "
    # verbs that put or lower a total at a figure: "cifró en 198 los muertos", "redujo a 56 la cifra de …"
    "cifró cifra cifran cifraron cifrado redujo reduce reducen reducido estima estimó estiman"
    # "el balance sitúa los heridos en 1.178", "que sitúan en más de 31.600 el número de fallecidos"
    " sitúa sitúan situó situaron situado"
    # verbs that set or update a total: "ha actualizado a 558 el número de muertos", "determinaron la cifra de
    # muertos en 69", "fijó la cifra … en siete"
    " actualiza actualizan actualizó actualizaron actualizado fija fijan fijó fijaron fijado"
    " determina determinan determinó determinaron determinado"
)

# Tolls named "saldo" (balance) with the noun of their victims: "el saldo de víctimas ascendería a 83"
# (es-f9f9a8a4-6), as "balance", "número de víctimas" and "cifra de víctimas" are; "saldo" alone is money
TOLL_NOUNS = {
    **TOLL_NOUNS,
    **dict.fromkeys(
        ("saldo de víctimas", "saldo de víctimas mortales", "saldo de muertos", "saldo de fallecidos", "saldo mortal"),
        "killed",
    ),
    "saldo de heridos": "injured",
}
# A figure not yet final ("No es definitivo el balance que habla de al menos 20 muertos", es-c8250fa0-2) or from the
# first news ("Según las primeras noticias", es-c8250fa0-3) is preliminary (the guide's "Previous tolls")
PRELIMINARY_CUES = (
    PRELIMINARY_CUES
    | frozenset(
        f"no {copula} {final}" for copula in ("es", "era", "son", "eran") for final in ("definitivo", "definitiva")
    )
    | frozenset(f"no son {final}" for final in ("definitivos", "definitivas"))
    | _phrases("primeras noticias | primeros reportes")
)

# The status words the guide's rounds 13-15 decided (lang/_guide_round_words.py)
PRELIMINARY_CUES = PRELIMINARY_CUES | ROUND_PRELIMINARY["es"]
