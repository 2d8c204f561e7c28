"""Session 12 (``fresh12``): the words of a first figure and of its revision, in the five languages.

``FIRST_FIGURE_CUES[code]`` says a figure was the first one given ("initially", "in eerste instantie", "dans
un premier temps", "zunächst", "en un primer momento"); the corpus guide labels such a figure preliminary, and
each language adds these to its ``preliminary_cues``. ``REVISION_CONTRASTS[code]`` are the words after which a
clause gives the revised figure ("but", "later"), which the first figure's cue does not reach
(casualtylog.text._first_figures). Kept in one module so the languages stay side by side.
"""

from __future__ import annotations

from casualtylog.text.lang._status7_words import PREVIOUS_TOLLS
from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["FIRST_FIGURE_CUES", "REVISION_CONTRASTS"]

FIRST_FIGURE_CUES = {
    # not "at first" ("at first light") nor "originally" ("originally from Syria"); not "earlier reports", which the
    # self-written corpus labels reported ("10 dead, according to earlier reports"), while the news guide's round 6
    # makes "previous reports" and "earlier estimates" preliminary
    "en": _phrases(
        "initially | initial reports | initial estimates | initial figures | first estimates | early estimates"
        " | earlier estimates | earlier figures | previous reports | previous estimates"
    ),
    # not "eerst" alone ("voor het eerst"); not "eerdere berichten" (the self-written corpus: reported)
    "nl": _phrases(
        "aanvankelijk | in eerste instantie | aanvankelijke | eerdere cijfers"
        " | eerdere schattingen | eerste schattingen"
    ),
    # not "ursprünglich" ("ursprünglich aus Syrien") nor "zuerst" ("zuerst berichtete die Zeitung")
    "de": _phrases(
        "zunächst | anfangs | anfänglich | anfängliche | anfänglichen | erste schätzungen | ersten schätzungen"
        " | frühere angaben | früheren angaben | frühere schätzungen | früheren schätzungen"
    ),
    # not "d'abord" ("d'abord transportés à l'hôpital"); "précédent bilan" is among PREVIOUS_TOLLS (below)
    "fr": _phrases(
        "dans un premier temps | initialement | estimations initiales | premières estimations | bilan initial"
        " | un premier bilan"
    ),
    # not "en primer lugar" ("firstly" in a list)
    "es": _phrases(
        "inicialmente | en un primer momento | en un principio | al principio | estimaciones iniciales"
        " | cifras iniciales | primeras estimaciones | balance inicial | cifra inicial"
    ),
}

# Session 13 (status7): a previous toll is a first figure too (the corpus guide since round 6), though the older
# French rounds label "Un précédent bilan faisait état de 9 morts" reported (listed in docs/text.md)
FIRST_FIGURE_CUES = {code: cues | PREVIOUS_TOLLS[code] for code, cues in FIRST_FIGURE_CUES.items()}

REVISION_CONTRASTS = {
    # session 13 (kinds13): the next steps of a chain of revisions too ("initially … then raised to 15")
    "en": _words("but before however later then finally"),
    "nl": _words("maar voordat later inmiddels intussen daarna vervolgens uiteindelijk"),
    "de": _words("aber doch später inzwischen mittlerweile bevor dann danach schließlich"),
    "fr": _words("mais avant puis ensuite désormais enfin finalement"),
    "es": _words("pero antes luego después posteriormente ahora finalmente"),
}
