"""The words of a check under way, still due or denied, before a confirming cue: ``pending_confirmations``.

"are being verified", "have not yet been confirmed", "remain to be confirmed", "moeten nog worden bevestigd", "müssen
noch bestätigt werden", "en attente de confirmation", "están siendo confirmadas": the count stays reported. Not Dutch
"nog" nor German "noch" alone ("wurden noch am Abend bestätigt": still that evening) nor French "encore" ("a encore
confirmé").
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["PENDING_CONFIRMATIONS"]

PENDING_CONFIRMATIONS: dict[str, frozenset[str]] = {
    # session 22 (issue 13): "Still undergoing confirmation are reports of 22 fatalities" (en-146f7e80-3)
    "en": _words(
        "being not never yet pending awaiting unconfirmed cannot unable neither nor remain remains undergoing"
    ),
    "nl": _words("niet nooit moeten moet"),
    "de": _words("nicht nie müssen muss"),
    # "ne" of "ne … pas" before the verb, but not of "ne … que" ("ne confirmait que 4 morts": only 4, confirmed)
    "fr": _words("pas jamais non attente doivent doit ne n'"),
    "es": _words("siendo no nunca sin pendiente pendientes aún todavía deben debe"),
}
