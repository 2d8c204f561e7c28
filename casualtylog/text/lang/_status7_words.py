"""Session 13 (``status7``): status words that fresh text (batches 6 and 7) used and no list held, five languages.

``MORE_PROJECTED``, ``MORE_PRELIMINARY`` and ``MORE_CONFIRMED`` are further forms of cues the lists held
in other forms: a past tense (*befürchtete*), a regional spelling (*balance provisorio*), an imperfect
(*se confirmaba la muerte*), an adverb of appearance ("apparently died later").
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import phrases as _phrases
from casualtylog.text.lang._word_lists import words as _words

__all__ = ["MORE_CONFIRMED", "MORE_PRELIMINARY", "MORE_PROJECTED", "PENDING"]

MORE_PROJECTED = {
    # "Seven of those injured apparently died later": what only seems so is not yet known
    # deaths from a cause only suspected ("nine deaths from suspected heat stroke"), as "suspected deaths" already;
    # not "by suspected" ("killed by suspected militants": the suspicion is of the attackers)
    "en": _phrases("apparently | from suspected | due to suspected | of suspected"),
    # a past tense of fearing, and "expected" as an adverb ("sind voraussichtlich 11.000 Tote zu beklagen")
    "de": _phrases("befürchtete | befürchteten | voraussichtlich | voraussichtliche | voraussichtlichen"),
}

MORE_PRELIMINARY = {
    # the Latin American spelling of "provisional" ("El balance provisorio indica 18 personas fallecidas")
    "es": _phrases("provisorio | provisoria | provisorios | provisorias"),
}

MORE_CONFIRMED = {
    # the present after "can" ("we can only confirm 24 deaths"); not "confirm" alone ("working to confirm 24 deaths")
    "en": _phrases("can confirm | can only confirm | can now confirm | could confirm | could only confirm"),
    "fr": _phrases("confirmait | confirmaient"),
    # the imperfect ("ya se confirmaba la muerte de cuatro vecinos")
    "es": _phrases("confirmaba | confirmaban"),
}

#: ``pending_confirmations``: a check under way, still due, or denied, before a confirming cue ("are being verified",
#: "have not yet been confirmed", "remain to be confirmed", "moeten nog worden bevestigd", "müssen noch bestätigt
#: werden", "en attente de confirmation", "están siendo confirmadas"). Not Dutch "nog" nor German "noch" alone
#: ("wurden noch am Abend bestätigt": still that evening) nor French "encore" ("a encore confirmé").
PENDING = {
    "en": _words("being not never yet pending awaiting unconfirmed cannot unable neither nor remain remains"),
    "nl": _words("niet nooit moeten moet"),
    "de": _words("nicht nie müssen muss"),
    # "ne" of "ne … pas" before the verb, but not of "ne … que" ("ne confirmait que 4 morts": only 4, confirmed)
    "fr": _words("pas jamais non attente doivent doit ne n'"),
    "es": _words("siendo no nunca sin pendiente pendientes aún todavía deben debe"),
}
