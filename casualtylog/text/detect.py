"""Guessing the language of a text from its function words."""

from __future__ import annotations

import re
import warnings
from collections import Counter

from casualtylog.text.lang import LANGUAGES, LanguageData

__all__ = [
    "UnsupportedLanguageWarning",
    "coverage",
    "detect_language",
    "language_scores",
    "other_script",
    "reading_language",
    "warn_if_unsupported",
]

_WORD = re.compile(r"[^\W\d_]+")
#: Letters of scripts none of the languages is written in (Cyrillic, Greek,
#: Arabic, Hebrew, CJK …): a text mostly in them is in an unsupported language.
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]")
#: How much of the text detection reads: the first characters say enough.
_SAMPLE = 20000


#: The fields whose words also vote (half as much as a function word): a
#: headline has few function words but its verbs and nouns are the data's.
_CONTENT_FIELDS = (
    "predicates",
    "metric_nouns",
    "active_verbs",
    "people_nouns",
    "group_nouns",
    "said_verbs",
    "qualifiers",
    "according_to",
    "months",
    "units",
    "tens",
    "toll_nouns",
)


def _vocabulary(code: str) -> dict[str, float]:
    lang = LANGUAGES[code]
    words: dict[str, float] = {}
    for name in _CONTENT_FIELDS:
        for phrase in getattr(lang, name):
            for word in _WORD.findall(phrase):
                words.setdefault(word, 0.5)
    for word in lang.function_words:
        words[word] = 1.0
    return words


def _weights() -> dict[str, dict[str, float]]:
    # A word shared by several languages ("de", "en", "in") counts for each of
    # them in proportion: the distinctive words decide.
    vocabularies = {code: _vocabulary(code) for code in LANGUAGES}
    owners = Counter(w for words in vocabularies.values() for w in words)
    return {code: {w: v / owners[w] for w, v in words.items()} for code, words in vocabularies.items()}


_WEIGHTS = _weights()


def language_scores(text: str) -> dict[str, float]:
    """Each language's share of the function words of ``text`` (0 to 1; all 0 for no known word).

    >>> scores = language_scores("Au moins douze personnes ont été tuées dans l'attaque.")
    >>> max(scores, key=scores.__getitem__)
    'fr'
    """
    words = [w.casefold() for w in _WORD.findall(text[:_SAMPLE])]
    raw = {code: sum(table.get(w, 0.0) for w in words) for code, table in _WEIGHTS.items()}
    total = sum(raw.values())
    return {code: (score / total if total else 0.0) for code, score in raw.items()}


def coverage(text: str) -> float:
    """The share of the words of ``text`` that are words of some language's data (0 for no word).

    >>> coverage("At least twelve people were killed in the attack.") > 0.5
    True
    """
    words = [w.casefold() for w in _WORD.findall(text[:_SAMPLE])]
    if not words:
        return 0.0
    return sum(any(w in table for table in _WEIGHTS.values()) for w in words) / len(words)


def other_script(text: str) -> bool:
    """Whether most letters of ``text`` are in a script none of the languages uses.

    >>> other_script("Загинули 12 людей."), other_script("12 people died.")
    (True, False)
    """
    sample = text[:_SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    return letters > 0 and len(_OTHER_SCRIPT.findall(sample)) * 2 > letters


def detect_language(text: str, default: str = "en") -> str:
    """The code of the language whose function words ``text`` uses most.

    Each language's :attr:`LanguageData.function_words` are counted, a word
    shared by several languages counting for each in part (the first 20,000
    characters are enough); ties and texts with no known word give ``default``.

    >>> detect_language("Bij de aanval kwamen minstens twaalf mensen om het leven.")
    'nl'
    >>> detect_language("At least twelve people were killed in the attack.")
    'en'
    >>> detect_language("Mindestens zwölf Menschen wurden bei dem Angriff getötet.")
    'de'
    >>> detect_language("Al menos doce personas murieron en el ataque.")
    'es'
    >>> detect_language("12")
    'en'
    """
    scores = language_scores(text)
    best = max(scores.values(), default=0.0)
    winners = [code for code, score in scores.items() if score == best]
    if best == 0 or len(winners) > 1:
        return default
    return winners[0]


class UnsupportedLanguageWarning(UserWarning):
    """The text seems to be in a language the extractor has no data for; it was read as another."""


#: Fewer of a text's words than this share known to any language: not one of them.
_MIN_COVERAGE = 0.25
#: A text this short says too little about its language to warn.
_MIN_WORDS = 6


def warn_if_unsupported(text: str, code: str, *, stacklevel: int = 3) -> None:
    """Warn (:class:`UnsupportedLanguageWarning`) when ``text`` does not look like any supported language.

    ``code`` is the language it is read as. Never silent: an Italian or
    Ukrainian report read as English gives few claims, and the caller should know.
    ``stacklevel`` is :func:`warnings.warn`'s: the default names the line that called
    the function calling this one.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_if_unsupported("Загинули щонайменше 12 людей, повідомила поліція.", "en")
    >>> caught[0].category.__name__
    'UnsupportedLanguageWarning'
    """
    words = _WORD.findall(text[:_SAMPLE])
    if other_script(text) or (len(words) >= _MIN_WORDS and coverage(text) < _MIN_COVERAGE):
        known = ", ".join(sorted(LANGUAGES))
        warnings.warn(
            f"text={text[:60]!r}: its language looks like none the extractor reads ({known}); "
            f"read as {code!r}, so figures may be missed (pass language= to choose)",
            UnsupportedLanguageWarning,
            stacklevel=stacklevel,
        )


def reading_language(text: str, language: str | LanguageData | None) -> str | LanguageData:
    """``language`` when given, else the one :func:`detect_language` finds in ``text``, with
    :func:`warn_if_unsupported`'s warning pointing at the line that called the reader.

    Every reader of text (``extract``, ``unread_figures``, ``read_report``, the command line)
    decides its language here, so they read the same language and warn alike.

    >>> reading_language("Bij de aanval kwamen minstens twaalf mensen om het leven.", None)
    'nl'
    >>> reading_language("12 dead", "es")
    'es'
    """
    if language is None:
        language = detect_language(text)
        # 1 warn_if_unsupported, 2 here, 3 the reader, 4 the reader's caller
        warn_if_unsupported(text, language, stacklevel=4)
    return language
