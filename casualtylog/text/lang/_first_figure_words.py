"""Session 12 (``fresh12``): the words of a first figure and of its revision, in the five languages.

``FIRST_FIGURE_CUES[code]`` says a figure was the first one given ("initially", "in eerste instantie", "dans
un premier temps", "zunächst", "en un primer momento"); the corpus guide labels such a figure preliminary, and
each language adds these to its ``preliminary_cues``. ``REVISION_CONTRASTS[code]`` are the words after which a
clause gives the revised figure ("but", "later"), which the first figure's cue does not reach
(casualtylog.text._first_figures). Kept in one module so the languages stay side by side.
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["FIRST_FIGURE_CUES", "REVISION_CONTRASTS"]

FIRST_FIGURE_CUES = {
    # not "at first" ("at first light") nor "originally" ("originally from Syria"). Only a word that calls the
    # figure first or initial: an earlier or previous figure ("previous reports", "earlier estimates", "un précédent
    # bilan", "el reporte previo") is reported, as the guide has it since session 14 (tests/data/news/README.md, "Previous tolls")
    "en": _phrases(
        "initially | initial reports | initial estimates | initial figures | first estimates | early estimates"
    ),
    # not "eerst" alone ("voor het eerst")
    "nl": _phrases("aanvankelijk | in eerste instantie | aanvankelijke | eerste schattingen"),
    # not "ursprünglich" ("ursprünglich aus Syrien") nor "zuerst" ("zuerst berichtete die Zeitung")
    "de": _phrases("zunächst | anfangs | anfänglich | anfängliche | anfänglichen | erste schätzungen | ersten schätzungen"),
    # not "d'abord" ("d'abord transportés à l'hôpital")
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

REVISION_CONTRASTS = {
    # session 13 (kinds13): the next steps of a chain of revisions too ("initially … then raised to 15")
    "en": _words("but before however later then finally"),
    "nl": _words("maar voordat later inmiddels intussen daarna vervolgens uiteindelijk"),
    "de": _words("aber doch später inzwischen mittlerweile bevor dann danach schließlich"),
    "fr": _words("mais avant puis ensuite désormais enfin finalement"),
    "es": _words("pero antes luego después posteriormente ahora finalmente"),
}
