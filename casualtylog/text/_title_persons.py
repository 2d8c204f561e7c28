"""The person a title names: "burgemeester Klitsjko", "the governor of the Kursk Region Alexey Smirnov".

A source's name that opens with a lower-case title ("mayor", *gouverneur*,
*comisario*) names the person after it, as the corpus guide writes a person
("as the sentence names them", without the title). The title may carry a
complement before the person ("of the Kursk Region", *de la Policía*, *du
ministère de la Santé du Hamas*): the person is then the capitalised run that
closes the name, past the place or office that ends the complement. Without a
title, a lower-case head ("police official Rakesh Kumar") or an honorific ("Mr
Sagar") before the names describes the person too (session 22). Read by
:func:`casualtylog.text._source_names.clean_name` for every name, so a name
read before the verb and one read after it are cut alike.
"""

from __future__ import annotations

from casualtylog.text._described_persons import AREA_NOUNS
from casualtylog.text._source_shapes import is_head
from casualtylog.text._source_words import is_title, modifier, named
from casualtylog.text._tokens import WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["after_title"]


def after_title(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """ "burgemeester Klitsjko" → "Klitsjko", "the mayor of Kyiv Vitali Klitschko" → "Vitali Klitschko".

    A run that opens with a lower-case title names the person after it: the
    first capitalised run (past a place joined by "of"/"van" when two
    capitalised words follow it), or the run of two or more names that closes
    the complement after it ("Minister of Internal Affairs of Ukraine Ihor Klymenko").
    """
    if len(tokens) >= 2 and tokens[0].low in lang.honorifics and all(named(t) for t in tokens[1:]):
        return tokens[1:]  # "Mr Sagar", "Mr Don Carcieri": an honorific is no office, the person is named without it
    first = next((i for i, t in enumerate(tokens) if is_title(t, lang)), None)
    if first is None:
        return _after_head(tokens, lang)
    while first + 1 < len(tokens) and is_title(tokens[first + 1], lang):
        first += 1  # "KHRC Executive Director David Malombe": a title of two words, the person after both
    if first and any(t.is_capitalised for t in tokens[first + 1 :]) and named(tokens[-1]):
        tokens = tokens[first:]  # "Canterbury district commander Dave Cliff": the person after the title
    elif first:
        return tokens
    if tokens[0].is_capitalised and len(tokens) == 2 and lang.titles_kept_before_names:
        return tokens  # "President Zelenskyy": a capitalised title before one name is part of how he is named
    k = 1
    # German capitalises every noun: there the person's name is the last capitalised run.
    while k < len(tokens) and (
        not tokens[k].is_capitalised or (tokens[0].is_capitalised and tokens[k].low in lang.source_heads)
    ):
        k += 1
    if k == len(tokens):
        return tokens
    end = k
    while end < len(tokens) and named(tokens[end]):  # "Ashraf al-Qidra"
        end += 1
    if k > 1 and end < len(tokens) and (closing := _closing_person(tokens, end, lang)) is not None:
        k, end = closing, len(tokens)  # "porte-parole du ministère de la Santé du | Hamas Ashraf al-Qidreh"
    run = tokens[k:end]
    # "de gouverneur van de provincie West-Java": one capitalised word closing the title's complement is its
    # place; two or more after a noun of the complement are the person ("head of the administration Oleh Syniehubov").
    place = len(run) == 1 and end == len(tokens) and any(t.low in lang.name_connectors for t in tokens[1:k])
    if tokens[k - 1].low in lang.source_place_preps:
        return tokens  # "le ministre à Paris": the capitalised word is the office's place, no person
    # German capitalises the title too: "Bürgermeister der kleinen Stadt" names the office, its noun no person.
    if tokens[k - 1].low in lang.name_connectors | lang.determiners or (
        place and (not tokens[0].is_capitalised or lang.nouns_capitalised)
    ):
        if len(run) >= 3:
            # "van Kiev | Vitali Klitsjko", "of the Kursk Region | Alexey Smirnov": the place, then the person
            return run[_place_length(run, lang) :]
        if not any(t.is_capitalised for t in tokens[end:]):
            return tokens  # "ministre de la Santé": the title of an office, kept whole (source and speaker)
    return run


def _after_head(tokens: list[Token], lang: LanguageData) -> list[Token]:
    """ "Sikandrabad police official Rakesh Kumar" → "Rakesh Kumar": names closing a run after a lower-case head.

    A head noun that is no title ("official", "police") written in lower case before two or more names, and only
    names after it, describes the person those names are (session 22, attr23); "official sources" has no name after
    its head, "Police Chief Smithee" no lower-case head.
    """
    for i in range(len(tokens) - 2, -1, -1):
        tok = tokens[i]
        if tok.kind is WORD and tok.text.islower() and is_head(tok.low, lang):
            rest = tokens[i + 1 :]
            return rest if len(rest) >= 2 and all(named(t) for t in rest) else tokens
    return tokens


def _closing_person(tokens: list[Token], end: int, lang: LanguageData) -> int | None:
    """Where the run of two or more names that closes ``tokens`` starts, when only a complement's words lead to it.

    After the first capitalised run of the complement (ending at ``end``; one right
    after the title is the person: "minister Koenders van Buitenlandse Zaken"):
    "of", articles and lower-case words of the complement ("Internal Affairs | of |
    Ukraine Ihor Klymenko", "the Arab | military coalition | Turki al-Maliki"). Not
    in German, whose nouns are all capitalised ("Sprecher der Internationalen
    Föderation des Roten Kreuzes"); one or two names right after "of" are a place.
    """
    if lang.nouns_capitalised:
        return None
    i = len(tokens)
    while i > end and named(tokens[i - 1]):
        i -= 1
    if len(tokens) - i < 2 or i == end:
        return None
    between = tokens[end:i]
    if not all(t.kind is WORD and not t.is_capitalised for t in between):
        return None
    if any(t.low in lang.coordinators for t in between) or not all(
        t.low in lang.name_connectors or t.low in lang.determiners or modifier(t, lang) for t in between
    ):
        return None  # "Padang Search and Rescue Agency": a conjunction joins two parts of one name
    if len(tokens) - i < 3 and (between[-1].low in lang.name_connectors or between[-1].low in lang.determiners):
        return None  # "del estado de Nuevo León": two names after "of" are a place
    return i


def _place_length(run: list[Token], lang: LanguageData) -> int:
    """How many words of ``run`` name the complement's place before the person: past its last area noun or head.

    "Kursk Region | Alexey Smirnov", "Policía | Yair Mesa"; with neither, the
    first word ("Kiev | Vitali Klitsjko"). The person keeps two words at least.
    """
    n = 1
    for i, tok in enumerate(run[:-2]):
        if tok.low in AREA_NOUNS or is_head(tok.low, lang):
            n = i + 1
    return n
