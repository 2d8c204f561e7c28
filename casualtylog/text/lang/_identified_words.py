"""Words of who is counted, keyed by language (casualtylog.text._identified_victims): verbs of identifying victims,
whose count is no toll, and the openers of an age qualifier after a listed member's noun, which do not end the list.
"""

from __future__ import annotations

__all__ = ["AGE_QUALIFIER_OPENERS", "IDENTIFIED_PARTICIPLES", "IDENTIFY_VERBS", "IMAGE_NOUNS"]

#: Verbs of identifying victims right before a partitive count: "identified two of the people killed in the blast
#: as a nine-year-old boy and a 14-year-old girl" (en-9704a129-3): victims "identified" are no count of their own
#: (the corpus guide).
IDENTIFY_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"identified", "identify", "identifies"}),
    "nl": frozenset({"identificeerde", "identificeerden"}),
}
#: Words that open an age qualifier after a listed member's noun ("elf kinderen jonger dan veertien jaar en twee
#: vrouwen", nl-c5d44a4f-1; "11 children under the age of 14 and two women"): the list goes on after it.
AGE_QUALIFIER_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({"under", "younger", "older", "aged", "below", "over"}),
    "nl": frozenset({"jonger", "ouder", "onder", "tussen", "boven"}),
}

#: Session 21 (issue 13): the participle of identifying right after a count of bodies ("29 bodies have been
#: identified", en-6273e060-3; "zeven of acht lichamen geïdentificeerd", nl-85fd8254-3): who the dead were, no toll
#: (the corpus guide: "Bodies displayed, handed back or identified … give no claim").
IDENTIFIED_PARTICIPLES: dict[str, frozenset[str]] = {
    "en": frozenset({"identified"}),
    "nl": frozenset({"geïdentificeerd", "geidentificeerd"}),
    "fr": frozenset({"identifié", "identifiés", "identifiée", "identifiées"}),
    "es": frozenset({"identificados", "identificadas", "identificado", "identificada"}),
    "de": frozenset({"identifiziert"}),
}
#: Session 21 (issue 13): images a count of bodies is seen in ("shared photos of dozens of bodies", en-838dca3f-5; "op
#: eigen beelden te zien is dat zeker 47 lichamen …", nl-996e9b1e-2; "según imágenes compartidas", es-f10b3624-3):
#: bodies shown, no toll (the guide, rounds 9 and 16). A photographer is a witness, not an image.
IMAGE_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"photos", "photographs", "images", "footage", "video", "videos", "pictures"}),
    "nl": frozenset({"beelden", "foto's", "fotos", "video", "video's", "videobeelden", "camerabeelden"}),
    "fr": frozenset({"images", "photos", "vidéo", "vidéos"}),
    "es": frozenset({"imágenes", "fotos", "fotografías", "video", "videos", "vídeo", "vídeos"}),
    "de": frozenset({"bilder", "aufnahmen", "fotos", "video", "videos"}),
}
