"""Spanish words of everyday news shapes added in session 11 (``rom11``): whereabouts unknown, harm caused
"a" people, orders of evacuation, and care by the health services.

Each table is merged into the LanguageData field of the same concept in :mod:`casualtylog.text.lang.es`.
They were written from made-up sentences of the shapes (benchmarks/probes/rom11_es_*.txt), not from the corpus.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = [
    "ACTIVE",
    "CARE_PLACES",
    "FINDING_VERBS",
    "LEAVING_VERBS",
    "ORDER_VERBS",
    "PREDICATES",
    "SINGULARS",
    "TOTAL_CONNECTORS",
    "WITHOUT_STATES",
]

#: Predicates after a noun of people: still not found ("seis personas siguen sin aparecer", "sin ser localizadas").
PREDICATES = {
    "sin aparecer": "missing",
    **dict.fromkeys(("sin ser localizados", "sin ser localizadas", "sin localizar"), "missing"),
    # Session 11 (es13): "Aún hay 23 personas no localizadas"
    **dict.fromkeys(("no localizados", "no localizadas"), "missing"),
    # rehoused is displaced, as French "relogées" ("Más de 60 personas han tenido que ser realojadas")
    **dict.fromkeys(("realojados", "realojadas", "realojado", "realojada"), "displaced"),
    # rescued alive ("fueron rescatadas con vida 9 personas"): the participle is not the phrase's last word
    **{f"rescatad{end} con vida": "rescued" for end in ("o", "a", "os", "as")},
}

#: Active phrases whose object after "a"/"de" is the count: harm caused to people ("provocó heridas a 15 personas"),
#: whereabouts unknown ("se desconoce el paradero de 11 personas").
ACTIVE = {
    **{
        f"{verb} {harm} a": metric
        for verb in ("causó", "causaron", "provocó", "provocaron", "ocasionó", "ocasionaron", "causando", "provocando")
        for harm, metric in (("heridas", "injured"), ("lesiones", "injured"))
    },
    **dict.fromkeys(("se desconoce el paradero de", "se desconocía el paradero de"), "missing"),
    # "already" inside the phrase ("La tragedia se ha cobrado ya la vida de 31 personas")
    **dict.fromkeys(("cobrado ya la vida de", "cobró ya la vida de", "cobraron ya la vida de"), "killed"),
    # Session 12 (fres12): the gerund of a clause after the event ("…, cobrándose la vida de al menos 40 personas")
    **dict.fromkeys(("cobrándose la vida de", "cobrándose ya la vida de", "costándole la vida a"), "killed"),
    # Session 12 (fres12): a death told as probable, the adjective first ("la probable muerte de 40 migrantes"; the
    # status is the projection cue's)
    "la probable muerte de": "killed",
    # help came too late ("ya era demasiado tarde para tres excursionistas"; the guide: killed)
    **{f"{already}{was} demasiado tarde para": "killed" for was in ("era", "fue") for already in ("", "ya ")},
    **dict.fromkeys(("llegó demasiado tarde para", "llegaron demasiado tarde para"), "killed"),
    # an operation that ended with arrests ("la operación se saldó con la detención de 18 personas"); not "ordenó la
    # detención de", an order
    **dict.fromkeys(("con la detención de", "con el arresto de"), "detained"),
    # the active of the Latin American "ultimados" ("hombres armados ultimaron a tres personas")
    **dict.fromkeys(("ultimaron", "ultimó", "ultiman", "ultima"), "killed"),
    # brought out alive ("lograron sacar con vida a 4 personas de entre los escombros")
    **{
        f"{verb} con vida": "rescued"
        for verb in ("sacar", "sacaron", "sacó", "sacan", "saca", "sacado", "rescatar", "rescataron", "rescató")
    },
    # Session 11 (es14): bodies found, the headline's present ("Hallan sin vida a tres jóvenes en Guanajuato")
    **{
        f"{verb} {dead}": "killed"
        for verb in (
            *("hallan", "halló", "hallaron", "hallado", "encuentran", "encontró", "encontraron", "encontrado"),
            *("localizan", "localizó", "localizaron", "localizado"),
        )
        for dead in ("sin vida", "muertos", "muertas")
    },
}

#: Verbs of ordering before "la evacuación de" / "el desalojo de": an order, not an evacuation (the guide).
ORDER_VERBS = _words(
    "ordenó ordenaron ordena ordenan ordenado ordenar decretó decretaron decreta decretan decretado "
    "recomendó recomendaron recomienda recomiendan recomendado pidió pidieron pide piden"
)

#: Places of care the health services stand for ("trasladadas a centros sanitarios", "atendidas por los servicios
#: sanitarios", "al centro de salud").
CARE_PLACES = _words("sanitarios sanitario sanitarias sanitaria salud")

#: Verbs of leaving that count victims only when their object is named as such ("dejó 12 muertos", "dejó tres
#: personas heridas"): an unlisted noun after them is what a person leaves behind ("dejó 2 hijos huérfanos").
LEAVING_VERBS = _words("dejó dejaron deja dejan dejando dejado dejará dejarán dejaba dejaban")

#: One victim named as a neighbour or resident, the commonest way local news names one ("Un vecino de 80 años
#: murió en el incendio de su casa", "Fallece una vecina de Gijón"): no group, as "un pasajero".
SINGULARS = dict.fromkeys(("vecino", "vecina", "residente", "joven"), "")

#: Connectors of consequence before a running total: the count before them is what it took in ("Otras dos
#: personas fallecieron, lo que eleva a 12 el número de muertos").
TOTAL_CONNECTORS = frozenset(
    {"lo que eleva", "lo que elevó", "lo que sitúa", "lo que situó", "lo que aumenta", "con lo que", "con lo cual"}
    | {"elevando", "situando", "lo que lleva", "lo que llevó"}
)

#: Session 11 (es14): verbs of finding people, a count only with an aside saying what all of them were ("encontró a
#: tres personas en el océano, todas muertas"; casualtylog.text._found_state).
FINDING_VERBS = _words(
    "encontró encontraron encuentran encontrado halló hallaron hallan hallado localizó localizaron localizan localizado"
)

#: Session 12 (fres12): what a verb of leaving leaves people without, by the noun after "sin" ("dejó sin hogar a 500
#: personas" are displaced, "dejó sin vida a dos jóvenes" killed); any other noun ("sin empleo", "sin luz", "sin agua")
#: makes the object no count (casualtylog.text._romance_objects).
WITHOUT_STATES = {
    "vida": "killed",
    **dict.fromkeys(("hogar", "hogares", "techo", "vivienda", "viviendas", "casa", "casas"), "displaced"),
}
