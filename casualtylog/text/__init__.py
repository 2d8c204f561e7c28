"""Claims from text: news sentences, documents and a compact shorthand, in English, Dutch, French, German and Spanish.

>>> from casualtylog.text import extract, shorthand
>>> [str(x.claim.figure) for x in extract("Two more bodies were recovered.", source="s", reported_at="2025-04-24")]
['+2']
>>> [str(c.figure) for c in shorthand("10 dead, later 12", event="e", source="s", reported_at="2025-04-24T09:00Z")]
['10', '12']

See ``docs/text.md`` for the phrasings covered and how to add a language.
"""

from casualtylog.text.detect import UnsupportedLanguageWarning, detect_language
from casualtylog.text.extract import DEFAULT_EVENT, Extraction, Phrasing, extract
from casualtylog.text.lang import LANGUAGES, LanguageData, get_language
from casualtylog.text.reading import ReportReading, read_report
from casualtylog.text.shorthand import shorthand
from casualtylog.text.unread import UnreadFigure, unread_figures

__all__ = [
    "DEFAULT_EVENT",
    "LANGUAGES",
    "Extraction",
    "LanguageData",
    "Phrasing",
    "ReportReading",
    "UnreadFigure",
    "UnsupportedLanguageWarning",
    "detect_language",
    "extract",
    "get_language",
    "read_report",
    "shorthand",
    "unread_figures",
]
