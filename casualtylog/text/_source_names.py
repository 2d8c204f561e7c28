"""Reading a source's name out of a sentence's tokens, for :mod:`casualtylog.text._attribution`.

Where a name starts and ends ("army and security officials", "the mayor of
Kyiv, Vitali Klitschko,", "selon la défense ukrainienne"), and the person a
title names; which words may be part of a name is
:mod:`casualtylog.text._source_words`. :func:`name_before` reads the name
before a verb of saying, :func:`name_after` the name after "according to" or a
verb that comes first; ``attribute`` decides which to ask. Kept apart from that
walk so each module holds one concept.
"""

from __future__ import annotations

from casualtylog.text._apposed_persons import apposed_person, phrase_before_person
from casualtylog.text._described_persons import described_person, person_named
from casualtylog.text._placed_heads import head_with_place
from casualtylog.text._romance_sources import inner_adjective, report_author_start
from casualtylog.text._source_outlets import (
    channel_ahead,
    described_after_article,
    descriptor,
    outlet_described,
    past_description,
    past_outlet,
)
from casualtylog.text._source_quotes import quoted_before, quoted_name
from casualtylog.text._source_shapes import is_head as _is_head
from casualtylog.text._source_shapes import place_end, saying
from casualtylog.text._source_words import (
    MAX_MODIFIERS,
    OPENERS,
    adjective_after_head,
    article_adjective,
    closing_adjectives,
    coordinated_head,
    extended_attribute,
    head_ahead,
    inner_particle,
    is_title,
    joined_ahead,
    joined_behind,
    lower_complement,
    modifier,
    name_token,
    named,
    noun_complement,
    owned_title,
    past_abbreviated_title,
    plural_possessive,
)
from casualtylog.text._time_adverbs import opens_clause
from casualtylog.text._title_persons import after_title
from casualtylog.text._tokens import NUMBER, PUNCT, WORD, Token, visible
from casualtylog.text.lang import LanguageData

__all__ = ["MAX_NAME", "clean_name", "name_after", "name_before", "named", "outlet_told"]

#: The most words a source's name may hold (and how far the walks look for one).
MAX_NAME = 10
#: German articles that never join a genitive to the noun before them: after a noun they open a new phrase.
_NEW_PHRASE = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})
#: How many words of a name read after a verb may stand before its title ("el nuevo alto | comisionado").
_TITLE_REACH = 3
#: A "name" longer than this is a run of text, not a name (a source name holds at most 500).
_MAX_NAME_CHARS = 200


def clean_name(tokens: list[Token], lang: LanguageData, text: str) -> str | None:
    """The name in ``tokens``: leading determiners and trailing connectors dropped."""
    while tokens and tokens[0].low in lang.determiners:
        tokens = tokens[1:]
    if k := report_author_start(tokens, lang):
        # "Cifras preliminares de las autoridades indican", "El último informe del Instituto … indica": a report
        # read as the verb's subject names its author (session 22, attr23), as after "according to" (the guide).
        tokens = [t for i, t in enumerate(tokens[k:]) if i or t.low not in lang.determiners]
    while tokens and (tokens[-1].low in lang.name_connectors or tokens[-1].low in lang.determiners):
        tokens = tokens[:-1]
    # "state-run Xinhua news agency": a lower-case compound before a name describes it and is no part of it.
    while (
        len(tokens) > 1
        and "-" in tokens[0].text
        and not named(tokens[0])
        and tokens[0].low not in lang.source_heads
        and tokens[1].is_capitalised
    ):
        tokens = tokens[1:]
    # "It said", "Later Tkachenko said": a pronoun or an adverb capitalised by the sentence is no name.
    while tokens and (
        tokens[0].low in lang.function_words | lang.auxiliaries | lang.pronoun_subjects | OPENERS
        or opens_clause(tokens[0], lang)
    ):
        if extended_attribute(tokens, lang):
            break  # "der von der Hamas kontrollierten Gesundheitsbehörde": the agent is part of the name
        tokens = tokens[1:]  # "Wie die Feuerwehr mitteilte": the opener before the name is no part of it
    if tokens and tokens[-1].low in lang.report_words - lang.source_heads and not tokens[-1].is_capitalised:
        return None  # "Early reports suggest": what was reported, not who reported it
    if not tokens or not any(named(t) or _is_head(t.low, lang) for t in tokens):
        return None
    if all(t.low in lang.name_connectors | lang.determiners for t in tokens):
        return None
    if len(tokens) == 2 and descriptor(tokens, 0, lang):
        tokens = tokens[1:]  # "Persbureau Reuters, …", "L'agence Reuters, citant …": the outlet's name alone
    tokens = past_description(tokens, lang)  # "the state news agency Xinhua": the outlet's name alone
    tokens = after_title(tokens, lang)
    name = " ".join(visible(text[tokens[0].start : tokens[-1].end]).split())
    return name if len(name) <= _MAX_NAME_CHARS else None


def name_after(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    run: list[Token] = []
    # "according to earlier reports from the police", "according to a list provided by the ministry": skip the
    # report and its article; the author is named only after "from"/"by"/"of", so "according to a report" names no one.
    j = k + 1 if k + 1 < len(tokens) and tokens[k].low in lang.determiners else k
    while j < len(tokens) and tokens[j].low in lang.report_words and not tokens[j].is_capitalised:
        j += 1
    if j > k and any(tokens[i].low in {"from", "by", "of", "van", "door"} for i in range(k, j)):
        k = j
    k = past_abbreviated_title(tokens, k, lang)  # "a déclaré M. Holmes", "según el Dr. Ahmed Yusuf"
    if (quoted := quoted_name(tokens, k, lang)) is not None:
        return clean_name(quoted, lang, text)  # "Selon le «Dauphiné Libéré»": the name in its quotes
    owner = k if owned_title(tokens, k, lang) else -1
    k += owner >= 0  # "selon leur porte-parole, Oussama Ali,": the person in apposition, read below
    described = descriptor(tokens, k, lang)  # "meldt persbureau Reuters": what the name is, before it
    if described:
        k += 1
    elif (at := described_after_article(tokens, k, lang)) > k:
        # "laut der Nachrichtenagentur AP", "selon la chaîne BFMTV", "meldt het Spaanse persbureau EFE": the outlet's name
        described, k = True, at
    while (
        k < len(tokens)
        and len(run) < MAX_NAME
        and (
            name_token(tokens[k], lang)
            or is_title(tokens[k], lang)
            or (modifier(tokens[k], lang) and head_ahead(tokens, k, lang))
            or inner_adjective(tokens, k, run, lang)
            or joined_ahead(tokens, k, run, lang)
            or article_adjective(tokens, k, run, lang)
        )
    ):
        if tokens[k].low in lang.channel_preps and run and tokens[k].low not in lang.name_connectors:
            break
        if run and lang.nouns_capitalised and run[-1].is_capitalised and tokens[k].low in _NEW_PHRASE:
            break  # "hatte die Regierung | die Zahl der Toten … beziffert": an article after a noun opens the object
        if run and (channel_ahead(tokens, k, lang) or past_outlet(tokens, k, lang)[0] > k):
            break  # "escribió el gobernador | en Telegram", "a indiqué la police | à l'AFP"
        run.append(tokens[k])
        k += 1
    # "selon la défense ukrainienne": in French and Spanish an adjective may close the name.
    if (
        lang.adjective_after_noun
        and run
        and (
            _is_head(run[-1].low, lang)  # any head attribution reads: "una fuente militar" (session 11)
            # "el Ministerio de Sanidad gazatí": after a head's capitalised complement
            or (
                run[-1].is_capitalised
                and any(t.low in lang.name_connectors for t in run[1:-1])
                and _is_head(run[0].low if run[0].low not in lang.determiners else run[min(1, len(run) - 1)].low, lang)
            )
        )
        and (n := closing_adjectives(tokens, k, lang))
        and past_outlet(tokens, k, lang)[0] == k
    ):
        run.extend(tokens[k : k + n])
        k += n
    # "selon la préfecture du département.", "las autoridades del país norteafricano.": a lower-case complement
    # after "of" closes a name at the clause's end.
    if (end := max(lower_complement(tokens, k, run, lang), noun_complement(tokens, k, run, lang))) > k:
        run.extend(tokens[k:end])
        k = end
    if run and not channel_ahead(tokens, k, lang) and (end := place_end(tokens, k, lang)) > k:
        run.extend(tokens[k:end])  # "laut dem Gesundheitsministerium in Gaza"
        k = end
    # "de burgemeester van Kiev, Vitali Klitsjko,": the person follows the title in apposition.
    lead = [t for t in run if t.low not in lang.determiners and t.low not in lang.possessives]
    if lead and is_title(lead[0], lang):
        k = _complement_end(tokens, k, run, lang)  # "el fiscal de la región de O'Higgins, Aquiles Cubillos"
    # "el portavoz estatal de seguridad, Aldo Fasci", "el nuevo alto comisionado de la ONU …, Zeid Ra'ad Al Husein"
    if any(is_title(t, lang) for t in lead[:_TITLE_REACH]) and (apposed := apposed_person(tokens, k, lang)):
        return clean_name(apposed, lang, text)
    if lead and is_title(lead[0], lang) and k + 1 < len(tokens) and tokens[k].low == ",":
        person: list[Token] = []
        j = k + 1
        while j < len(tokens) and tokens[j].kind is WORD and named(tokens[j]) and len(person) < MAX_NAME:
            person.append(tokens[j])
            j += 1
        if person:
            return clean_name(person, lang, text)
    if owner >= 0 and run:
        run.insert(0, tokens[owner])  # no person after the title: the name as before ("leur porte-parole")
    return clean_name(run, lang, text)


def outlet_told(tokens: list[Token], k: int, lang: LanguageData, text: str) -> str | None:
    """ "Ein Sprecher sagte | der Nachrichtenagentur AFP": an article, a channel noun and a name after the verb.

    Asked only when the source stood before the verb, so what follows it is
    the verb's object, the outlet told, not an inverted subject.
    """
    if k + 2 >= len(tokens) or tokens[k].low not in lang.determiners or not descriptor(tokens, k + 1, lang):
        return None
    return name_after(tokens, k + 2, lang, text)


def _complement_end(tokens: list[Token], k: int, run: list[Token], lang: LanguageData) -> int:
    """Past the complement of a title at ``k``, taking it into ``run``: "de gouverneur | van de provincie West-Java".

    "of"/"van"/"de", articles and lower-case words up to a capitalised place
    (or a comma): the office is named with its complement (source and speaker
    both), and a person in apposition after it is the source. Anything else
    after the title (a verb, a day) leaves ``run`` as it is.
    """
    if not run or k >= len(tokens):
        return k
    # After "of" ("el fiscal de | la región"), or an adjective after a name that has one ("de l'agence | indonésienne").
    joined = any(t.low in lang.name_connectors for t in run[1:])
    if not (run[-1].low in lang.name_connectors or tokens[k].low in lang.name_connectors or joined):
        return k
    j = end = k
    capital = False
    while j < len(tokens) and j - k < MAX_NAME:
        tok = tokens[j]
        if tok.kind is not WORD or tok.low in saying(lang) or tok.low in lang.weekdays | lang.months:
            break
        if past_outlet(tokens, j, lang)[0] > j:
            break  # "een woordvoerder van de politie | tegen de NOS"
        joins = tok.low in lang.name_connectors or tok.low in lang.determiners or tok.low in lang.source_place_preps
        if named(tok):
            capital = True
        elif capital and not joins and not (is_title(tok, lang) and j + 1 < len(tokens) and tokens[j + 1].text == ","):
            break  # "van de provincie West-Java zijn": the place closes the complement ("van de Oekraïense president," not)
        elif not (joins or modifier(tok, lang)):
            return k
        j += 1
        if not joins:
            end = j  # a complement never ends on "of" or an article
    if end == k or (not capital and (end >= len(tokens) or tokens[end].text != ",")):
        return k
    run.extend(tokens[k:end])
    return end


def name_before(tokens: list[Token], j: int, lang: LanguageData, text: str) -> str | None:
    if (quoted := quoted_before(tokens, j, lang)) is not None:
        return clean_name(quoted, lang, text)  # "La « Commission nationale … » a estimé"
    if j >= 0 and tokens[j].low == ",":
        # "Tkachenko, head of the city administration, said": skip the apposition.
        for back in range(j - 1, max(-1, j - 14), -1):
            if tokens[back].low == ",":
                person = tokens[back + 1 : j]
                # "the mayor of Kyiv, Vitali Klitschko, said": the person in apposition to a title.
                if (
                    person
                    and all(t.kind is WORD and (named(t) or inner_particle(person, t)) for t in person)
                    and (
                        any(is_title(t, lang) for t in tokens[max(0, back - MAX_NAME) : back])
                        or (len(person) >= 2 and phrase_before_person(tokens, back, lang))
                    )
                ):
                    return clean_name(list(person), lang, text)
                if _opening_place(tokens, back, lang):  # "En Kiev, el alcalde Vitali Klitschko, informó"
                    return clean_name(tokens[back + 1 : j], lang, text)
                j = back - 1
                break
        else:
            return None
    j = last = _skip_parenthesis(tokens, j)
    run: list[Token] = []
    extra = placed = 0
    while j >= 0 and len(run) < MAX_NAME:
        tok = tokens[j]
        if not placed and run and place_end(tokens, j, lang) == j + 1 + len(run):
            placed = len(run) + 1  # "Police in The Hague said": the place is part of the name
        elif (
            name_token(tok, lang)
            or (not run and is_title(tok, lang))  # "The hospital director told …": a title closes the name
            or adjective_after_head(tokens, j, lang)
            or coordinated_head(tokens, j, run, lang)
            or plural_possessive(tokens, j, run)
            or joined_behind(tokens, j, run, lang)
            or _complement_noun(tokens, j, run, lang)
            or outlet_described([tok, *run], lang)  # "De krant | Haaretz zegt", "The newspaper | Haaretz said"
        ):
            pass
        elif (
            run[: len(run) - placed]
            and (
                _is_head(run[-1 - placed].low, lang)
                or is_title(run[-1 - placed], lang)
                or outlet_described(run, lang)  # "the news agency AFP said": the words before what it is
            )
            and extra < MAX_MODIFIERS
            and modifier(tok, lang)
        ):
            # "security officials", "The Gaza civil defense agency": plain words before a head noun belong to the name.
            extra += 1
        else:
            break
        run.insert(0, tok)
        j -= 1
    # The name must open a clause: "police said", not "killed in the city said",
    # and a count's noun is no speaker ("340 people have been confirmed dead").
    if (
        j >= 0
        and tokens[j].kind is not PUNCT
        and tokens[j].low not in lang.boundaries | OPENERS
        and not opens_clause(tokens[j], lang)  # "ayer sábado el Ministerio del Interior confirmó"
        and not _counted(tokens, j, run, lang)  # "two security sources told Reuters"
    ):
        if described_person(tokens, j, run, lang):
            return clean_name(person_named(run, lang), lang, text)  # the person, not the description's last word
        if (with_place := head_with_place(tokens, last, lang)) is not None:
            return clean_name(with_place, lang, text)  # "Officials from South Sudan's Warrap state say"
        return _head_of_complement(tokens, last, lang, text)
    return clean_name(run, lang, text)


def _opening_place(tokens: list[Token], comma: int, lang: LanguageData) -> bool:
    """ "En Kiev, …", "In Kharkiv, …": a place opening the sentence before the comma at ``comma``."""
    return 1 < comma <= 4 and tokens[0].low in lang.source_place_preps and all(named(t) for t in tokens[1:comma])


def _counted(tokens: list[Token], j: int, run: list[Token], lang: LanguageData) -> bool:
    """ "Three officials said", "…, two security sources told": a number opening the clause counts the speakers."""
    return (
        tokens[j].kind is NUMBER
        and (j == 0 or tokens[j - 1].kind is PUNCT)
        and bool(run)
        and _is_head(run[-1].low, lang)
    )


def _complement_noun(tokens: list[Token], j: int, run: list[Token], lang: LanguageData) -> bool:
    """ "la Défense civile de la | bande | de Gaza", read backwards: a lower-case noun between an article and an "of"."""
    return (
        not lang.nouns_capitalised  # a German lower-case word is no noun ("die unter der Bedingung …")
        and len(run) >= 2
        and run[0].low in lang.name_connectors
        and run[1].is_capitalised
        and j > 0
        and tokens[j - 1].low in lang.determiners
        and modifier(tokens[j], lang)
        and tokens[j].text.islower()
    )


def _skip_parenthesis(tokens: list[Token], j: int) -> int:
    """The index before a short parenthesis ending at ``j`` ("the Disaster Management Center (DMC) said")."""
    if j < 0 or tokens[j].text != ")":
        return j
    for back in range(j - 1, max(-1, j - 5), -1):
        if tokens[back].text == "(":
            return back - 1
    return j


def _plain_complement(words: list[Token], lang: LanguageData) -> bool:
    """Whether a title's complement is a noun phrase only ("of the southern region of Mykolaiv", "van de regio Moskou").

    The guide writes a title with its complement as the sentence does (session 22, attr23: fr-472c53bf-2 "le
    gouverneur de la région a fait état", nl-bff26678-2, en-d90472df-4); an auxiliary or an adverb ("Le chef des
    services de secours | a cependant averti") ends the subject before it. Only a complement that opens with an
    article: "the regional police chief for eastern Leyte province", "the police chief of this small suburb" keep
    the title alone, as the guide's first round labelled them.
    """
    return bool(words) and words[0].low in lang.determiners and all(
        (name_token(t, lang) or modifier(t, lang)) and t.low not in lang.auxiliaries | lang.gap_words for t in words
    )


def _head_of_complement(tokens: list[Token], j: int, lang: LanguageData, text: str) -> str | None:
    """ "The regional police chief for eastern Leyte province said": the title before an "of"/"for" phrase.

    The words before the verb of saying are the complement of a title that
    opens the clause; the title (with its modifiers) is the source, with its
    complement when that is a plain noun phrase (session 22: ``_plain_complement``).
    """
    for k in range(j, max(-1, j - MAX_NAME), -1):
        tok = tokens[k]
        if tok.kind is not WORD or tok.low in lang.boundaries or tok.low in saying(lang):
            return None
        if tok.low in lang.name_connectors and k > 0 and is_title(tokens[k - 1], lang):
            head: list[Token] = []
            i = k - 1
            while i >= 0 and len(head) < MAX_NAME and (name_token(tokens[i], lang) or modifier(tokens[i], lang)):
                head.insert(0, tokens[i])
                i -= 1
            if i >= 0 and tokens[i].kind is not PUNCT and tokens[i].low not in lang.boundaries | OPENERS:
                return None
            # "acting governor of the Kursk Region Alexey Smirnov said": two names closing the complement are the person.
            phrase = head + tokens[k : j + 1]
            person = after_title(phrase, lang) if j > k and named(tokens[j - 1]) and named(tokens[j]) else phrase
            if len(person) < len(phrase) and person[-1] is tokens[j] and all(named(t) for t in person):
                return clean_name(person, lang, text)
            bare = [t for i, t in enumerate(phrase) if i or t.low not in lang.determiners]
            if _plain_complement(tokens[k + 1 : j + 1], lang) and after_title(bare, lang) == bare:
                return clean_name(phrase, lang, text)  # "the governor of the southern region of Mykolaiv said"
            return clean_name(head, lang, text)
    return None
