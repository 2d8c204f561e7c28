"""Language data for the extractor: one data module per language.

>>> sorted(LANGUAGES)
['de', 'en', 'es', 'fr', 'nl']
>>> get_language("NL").code
'nl'

Adding a language means adding a module like :mod:`casualtylog.text.lang.en`
that fills a :class:`LanguageData`, and listing it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from casualtylog.errors import VocabularyError
from casualtylog.text.lang import de, en, es, fr, nl
from casualtylog.text.lang._schema import LanguageData

__all__ = ["LANGUAGES", "LanguageData", "get_language"]

#: Every language the extractor reads, by ISO 639-1 code.
LANGUAGES: Mapping[str, LanguageData] = MappingProxyType({m.LANGUAGE.code: m.LANGUAGE for m in (de, en, es, fr, nl)})


def get_language(code: str | LanguageData) -> LanguageData:
    """The data for ``code`` ("de", "en", "es", "fr", "nl"; case and region ignored: "en-GB" is "en").

    >>> get_language("en-GB").code
    'en'
    >>> get_language("it")
    Traceback (most recent call last):
    ...
    casualtylog.errors.VocabularyError: language='it': expected one of 'de', 'en', 'es', 'fr', 'nl' (or None to detect it)

    Raises:
        VocabularyError: the language is not one the extractor has data for.
    """
    if isinstance(code, LanguageData):
        return code
    key = str(code).strip().casefold().replace("_", "-").split("-")[0]
    if key not in LANGUAGES:
        known = ", ".join(repr(k) for k in sorted(LANGUAGES))
        raise VocabularyError("language", code, f"one of {known} (or None to detect it)")
    return LANGUAGES[key]
