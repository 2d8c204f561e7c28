"""Figures a sentence gives while it looks back at an earlier event: a court's verdict or trial, a span of years.

The corpus guide counts another, earlier incident as no claim. Two shapes tell one in every language alike:

- a court ("was convicted of killing three", "le procès de l'homme accusé d'avoir tué 11 personnes", "wurde
  verurteilt, weil er drei Häftlinge getötet hatte"): the deaths a court tries happened before the trial;
- a span of years from an event ("two years after the flood that left 80 dead", "les dix ans de l'attentat qui a
  fait 130 morts", "vor zehn Jahren, bei dem 130 Menschen starben") or its anniversary ("Am Donnerstag jährt sich
  der Anschlag, bei dem 22 Menschen starben"): an event years back is no report's own.

Each cue reaches to the end of its stretch (a comma, a semicolon, a colon or a dash) and over one comma into a
relative or causal clause that goes on telling the earlier event ("…, bei dem 130 Menschen starben", "…, weil er
drei Häftlinge getötet hatte"); a clause after a comma that opens otherwise is the report's own ("Two years after
the war began, 10,000 civilians have been killed" is a running toll the guide counts). A cue right after "after"
("riots after the verdict left three dead") dates the report's own event, not an earlier one.
"""

from __future__ import annotations

from casualtylog.text._binding import Binding
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import Token
from casualtylog.text.lang import LanguageData

__all__ = ["looking_back_from", "without_looking_back"]

#: What ends a cue's reach, as :func:`casualtylog.text._not_counts.stretches` ends a stretch.
_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")"})

#: How many tokens before a court word an "after" still dates the report's event by it ("after the jury's verdict").
_AFTER_REACH = 3


#: How many tokens after a court's participle what it sentences to or for may stand ("condamné mardi pour").
_COMPLEMENT_REACH = 3


def _court_at(tokens: list[Token], i: int, lang: LanguageData) -> int:
    """The length of a court word at ``i`` that no "after" stands just before (0 if none)."""
    hit = phrases(lang, "court_words").at(tokens, i)
    if hit is None and tokens[i].low in lang.court_participles:
        # "a été condamné mardi pour avoir tué", not "a condamné l'attaque qui a fait 12 morts"
        after = tokens[i + 1 : i + 1 + _COMPLEMENT_REACH]
        hit = next(((k + 2, None) for k, t in enumerate(after) if t.low in lang.court_complements), None)
    if hit is None:
        return 0
    if any(t.low in lang.after_words or t.low in lang.since_words for t in tokens[max(0, i - _AFTER_REACH) : i]):
        return 0
    return hit[0]


def _years_back_at(tokens: list[Token], i: int, lang: LanguageData) -> int:
    """The length of a span of years from an event at ``i`` ("two years after", "dix ans de l'", "vor zehn Jahren")."""
    tok = tokens[i]
    if tok.value is None or tok.value < 1 or i + 1 >= len(tokens) or tokens[i + 1].low not in lang.year_nouns:
        return 0
    link = phrases(lang, "anniversary_links").at(tokens, i + 2)
    if link is not None:
        return 2 + link[0]
    # "les dix ans de l'attentat", "los diez años del atentado": an anniversary, its article before the number
    # ("condamné à dix ans de prison" is a term); "the ten years of war" is no event's anniversary.
    of = phrases(lang, "anniversary_of").at(tokens, i + 2)
    if of is not None and i > 0 and tokens[i - 1].low in lang.determiners:
        return 2 + of[0]
    # "vor zehn Jahren", "hace diez años", "il y a dix ans", "ten years ago", "tien jaar geleden"
    ago = phrases(lang, "ago_after").at(tokens, i + 1)
    if ago is not None and (not lang.ago_before or (i > 0 and phrases(lang, "ago_before").ending(tokens, i - 1))):
        return 1 + ago[0]
    return 0


def _onset_in(tokens: list[Token], start: int, end: int, lang: LanguageData) -> bool:
    """An onset of an ongoing crisis in ``start:end`` ("after the war began", "nach Kriegsbeginn"): a running toll.

    A language that writes compounds as one word names the onset as their last part ("Kriegsbeginn")."""
    ends = tuple(lang.onset_words) if lang.compound_heads else ()
    return any(t.low in lang.onset_words or (ends and t.low.endswith(ends)) for t in tokens[start:end])


def _main_verb(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    """An active verb at ``k`` that no link word stands right before: the main clause's, after a court's participle
    that only names its subject ("Un hombre condenado por robo mató a su pareja y dejó 2 heridos"); not the crime
    it tries ("convicted of killing", "pour avoir tué", "por matar", "a crash that killed")."""
    # an auxiliary opens the main clause as well ("Een man die veroordeeld was voor diefstal, heeft zondag 3 mensen
    # gedood": Dutch puts its participle last)
    if phrases(lang, "active_verbs").at(tokens, k) is None and tokens[k].low not in lang.auxiliaries:
        return False
    before = tokens[k - 1].low if k > 0 else ""
    if before in lang.determiners:  # "um den Tod von drei Menschen", "voor de dood van twee mensen": a noun
        return False
    return before not in lang.court_links and phrases(lang, "earlier_clause_links").ending(tokens, k - 1) is None


def _reach(tokens: list[Token], start: int, lang: LanguageData, court: bool = False) -> int:
    """Where a cue at ``start`` stops reaching: its stretch's end, or the end of a linked clause after one comma;
    a court's reach stops at the main clause's verb too (:func:`_main_verb`)."""
    n = len(tokens)
    end = next((k for k in range(start, n) if tokens[k].text in _ENDS or (court and _main_verb(tokens, k, lang))), n)
    if court and end < n and tokens[end].text not in _ENDS:
        return end
    if end < n and tokens[end].text == "," and phrases(lang, "earlier_clause_links").at(tokens, end + 1) is not None:
        end = next((k for k in range(end + 1, n) if tokens[k].text in _ENDS), n)
    return end


def looking_back_from(tokens: list[Token], lang: LanguageData) -> list[tuple[int, int]]:
    """The spans ``[start, end)`` of a sentence that look back at an earlier event (a court, a span of years).

    >>> from casualtylog.text._tokens import tokenize
    >>> from casualtylog.text.lang import get_language
    >>> en = get_language("en")
    >>> tokens = tokenize("A former guard was convicted of killing three inmates.", en)
    >>> [" ".join(t.text for t in tokens[a:b]) for a, b in looking_back_from(tokens, en)]
    ['convicted of killing three inmates .']
    >>> looking_back_from(tokenize("Riots after the verdict left three dead.", en), en)
    []
    """
    if not (lang.court_words or lang.court_participles or lang.year_nouns or lang.anniversary_words):
        return []
    spans = []
    i, n = 0, len(tokens)
    while i < n:
        size = _court_at(tokens, i, lang) if lang.court_words or lang.court_participles else 0
        years = 0 if size or not lang.year_nouns else _years_back_at(tokens, i, lang)
        if not size and not years and lang.anniversary_words:
            # "Am Donnerstag jährt sich der Anschlag, bei dem 22 Menschen starben": read as a span of years
            years = (phrases(lang, "anniversary_words").at(tokens, i) or (0, None))[0]
        size = size or years
        if size:
            end = _reach(tokens, i + size, lang, court=not years)
            if not (years and _onset_in(tokens, i + size, end, lang)):  # "Two years after the war began": running
                spans.append((i, end))
            i = max(end, i + size)
        else:
            i += 1
    return spans


def without_looking_back(tokens: list[Token], lang: LanguageData, bindings: list[Binding]) -> list[Binding]:
    """``bindings`` without the figures inside a span that looks back at an earlier event (:func:`looking_back_from`)."""
    if not bindings:
        return bindings
    spans = looking_back_from(tokens, lang)
    if not spans:
        return bindings
    return [b for b in bindings if not any(a <= b.mention.start < e for a, e in spans)]
