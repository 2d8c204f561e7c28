"""Plural auxiliaries, read by :mod:`casualtylog.text._agent_nouns`: one person named by a role noun is no subject
of one ("dos miembros de la tripulación de un buque carguero han muerto": not one "carguero" killed, es-ea1cef42-4).
"""

from __future__ import annotations

from casualtylog.text.lang._word_lists import words as _words

__all__ = ["PLURAL_AUXILIARIES"]

#: The auxiliaries that agree only with a plural subject, by language.
PLURAL_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": _words("were have"),
    "nl": _words("zijn waren werden hebben"),
    "fr": _words("ont sont étaient avaient"),
    "de": _words("sind waren wurden haben hatten"),
    "es": _words("han fueron son están estaban habían resultaron"),
}
