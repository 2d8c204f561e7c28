"""Two French and Spanish shapes where words stand between a count and what governs it.

- A noun of death (or of evacuation, displacement) and its "of", split by an
  adverbial: "condenó la muerte el martes de cuatro niños", "provocaron la
  muerte, hasta ayer, de 47 personas". The noun phrase is read from the
  language's active verbs that are a determiner, a noun and "of" ("la muerte
  de", "le décès de"), so no new table is needed.
- An adjective after the victims' noun and before a finite predicate with no
  auxiliary: "tres militares rusos murieron", "cuatro civiles palestinos
  fallecieron". (With an auxiliary the participle-phrase frame reads it.)
- The weapons shot down, named with a definite article and a launch participle
  after them: "abattu les quatorze drones explosifs lancés par la Russie", "Les
  14 drones abattus la nuit passée ont été lancés depuis …": every one launched
  was shot down, so the count is also the launched count (as "all 14").
- One more victim named by an ordinal: "Une sixième personne est morte", "una
  tercera persona murió" (+1, unless a number earlier in the sentence is the
  count it completes).
- A part of the count before that a copula names: "1 115 heridos, 33 de los
  cuales son menores de edad" (injured children), "… ocho de los cuales estaban
  graves" (injured): the part keeps the count's metric and takes the group.

Only where adjectives follow the noun (:attr:`LanguageData.adjective_after_noun`).
Every walk is bounded by a constant, so a sentence still costs linear time.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from casualtylog.figures import Figure
from casualtylog.text._binding import Binding
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._nouns import _closed_words, _listed_noun, _noun
from casualtylog.text._phrases import Phrases, phrases
from casualtylog.text._romance_lists import RomanceLists
from casualtylog.text._romance_shapes import adverbial_word
from casualtylog.text._tokens import NUMBER, RANGE, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["RomanceFrames"]

#: How many words of an adverbial may split a noun of death from its "of" ("la muerte el martes de").
_ADVERBIAL = 3
#: How many tokens an aside between commas may take there ("la muerte, hasta ayer, de").
_ASIDE = 5
#: How many adjectives may follow the victims' noun before its verb ("militares rusos", "civiles palestinos").
_ADJECTIVES = 2
#: How many words may stand between the weapons and their launch participle ("drones abattus la nuit passée ont été").
_LAUNCH_REACH = 7
#: Copulas between a part of a count and what it is ("33 de los cuales son menores", "dont 12 sont des enfants").
_COPULAS = frozenset({"son", "eran", "fueron", "están", "estaban", "sont", "étaient"})
#: Frames whose bindings are no count of people a part could be taken from.
_NOT_PARENT = frozenset({"weapon", "linked", "elliptic"})
#: Ordinals before a lone victim ("une sixième personne"); French ordinals also end in "-ième".
_ORDINALS = frozenset(
    {
        "second",
        "seconde",
        "segundo",
        "segunda",
        "tercer",
        "tercero",
        "tercera",
        "cuarto",
        "cuarta",
        "quinto",
        "quinta",
        "sexto",
        "sexta",
        "séptimo",
        "séptima",
        "octavo",
        "octava",
        "noveno",
        "novena",
        "décimo",
        "décima",
    }
)
#: How far back a number makes an ordinal victim part of it rather than one more.
_ORDINAL_REACH = 40
#: Indefinite articles: "un", "une" never make a count definite.
_INDEFINITE = frozenset({"un", "una", "une", "uno"})


@lru_cache(maxsize=16)
def _death_nouns(lang: LanguageData) -> Phrases:
    """The active verbs shaped "<determiner> <noun> <of>" without their "of": "la muerte", "le décès"."""
    table: dict[str, str] = {}
    for phrase, metric in lang.active_verbs.items():
        words = phrase.split()
        if len(words) >= 3 and words[0] in lang.determiners and words[-1] in lang.of_words:
            table[" ".join(words[:-1])] = metric
    return Phrases(table)


def _adjective(tok: Token | None, lang: LanguageData, singular: bool = False) -> bool:
    """A plural-shaped lower-case word the data reserves for nothing: an adjective after a plural noun ("rusos").

    After one victim named by an article (``singular``) the adjective is singular, of any shape ("un soldado
    israelí", "una mujer embarazada").
    """
    if tok is None or tok.kind is not WORD or not tok.text.isalpha() or tok.is_capitalised:
        return False
    low = tok.low
    return (
        len(low) >= 4
        and (singular or low.endswith(lang.plural_endings))
        # nationality words are listed as weapons' adjectives ("drones rusos"); after people they describe them
        and (low not in _closed_words(lang) or low in lang.weapon_adjectives)
        and low not in lang.people_nouns
        and low not in lang.group_nouns
        and low not in lang.boundaries
    )


class RomanceFrames(RomanceLists):
    """The count after a split noun of death, and the subject with an adjective before its finite verb."""

    def split_death_noun(self, m: Mention) -> bool:
        """ "la muerte el martes de cuatro niños", "provocaron la muerte, hasta ayer, de 47 personas"."""
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun or _low(tokens, m.start - 1) not in lang.of_words:
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False  # a noun of people must follow: "la muerte, en 2014, de 5" is no count
        nouns = _death_nouns(lang)
        j = m.start - 2
        if _low(tokens, j) == ",":
            # an aside between commas: its words are plain, with no number or noun of people in them
            for back in range(1, _ASIDE + 1):
                tok = _tok(tokens, j - back)
                if tok is None or tok.kind is NUMBER or tok.kind is RANGE:
                    return False
                if tok.text == ",":
                    hit = nouns.ending(tokens, j - back - 1)
                    return hit is not None and self._bind(m, str(hit[1]), noun)
                if tok.kind is not WORD or _listed_noun(tokens, j - back, lang) is not None:
                    return False
            return False
        for _ in range(_ADVERBIAL):
            if not adverbial_word(tokens, j, lang):
                return False
            j -= 1
            hit = nouns.ending(tokens, j)
            if hit is not None:
                return self._bind(m, str(hit[1]), noun)
        return False

    def _bind(self, m: Mention, metric: str, noun: tuple[str, str | None, int, str | None]) -> bool:
        self.add(Binding(m, metric, noun[1], "object", chunk_end=m.end + noun[2], confidence=0.8))
        return True

    def adjective_subject(self, m: Mention) -> bool:
        """ "tres militares rusos murieron": a plural noun, one or two adjectives, then the predicate."""
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun:
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        k = m.end + noun[2]
        walked = 0
        reach = 1 if m.article else _ADJECTIVES  # one victim: one adjective ("un niño palestino murió")
        while walked < reach and _adjective(_tok(tokens, k), lang, singular=m.article):
            k += 1
            walked += 1
        if not walked:
            return False
        k, gaps = self.gap(k)
        predicate = phrases(lang, "predicates").at(tokens, k)
        if predicate is None:
            return False
        binding = Binding(m, str(predicate[1]), noun[1], "subject", chunk_end=k + predicate[0])
        binding.confidence = 0.84 - 0.01 * (walked + gaps)
        self.add(binding)
        return True

    def romance_after(self) -> None:
        """The passes over every binding of a sentence, after the frames."""
        self.launched_too()
        self.ordinal_increment()
        self.drop_ages()

    def drop_ages(self) -> None:
        """ "un varón de 59", "un bebé de 2": a bare number after "of" and a lone victim's noun is an age.

        Only when no noun follows the number ("una mujer de 31 años" is already
        an age; "un convoy de 40 heridos" counts people).
        """
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun:
            return
        kept = []
        for b in self.bindings:
            m = b.mention
            nxt = _tok(tokens, m.end)
            aged = (
                m.kind == "number"
                and _low(tokens, m.start - 1) in lang.of_words
                and _low(tokens, m.start - 2) in lang.singular_victims
                and (nxt is None or nxt.kind is not WORD or nxt.low in lang.coordinators)
            )
            if not aged:
                kept.append(b)
        self.bindings[:] = kept

    def ordinal_increment(self) -> None:
        """ "Une sixième personne est morte", "una nueva víctima": a victim named by an ordinal or "new" is one more (+1)."""
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun:
            return
        for b in self.bindings:
            m = b.mention
            if not m.article or m.increment or b.role != "count" or m.antecedent is not None:
                continue
            word = _low(tokens, m.start + 1)
            ordinal = word in _ORDINALS or (word.endswith("ième") and word != "première")
            if not ordinal and word not in lang.another_words:  # "una nueva víctima", "une nouvelle victime"
                continue
            if any(t.is_number for t in tokens[max(0, m.start - _ORDINAL_REACH) : m.start]):
                continue  # "deux personnes … et une troisième": it completes the count before
            m.increment = True

    def launched_too(self) -> None:
        """ "abattu les quatorze drones explosifs lancés par la Russie": the intercepted count is also the launched one.

        Only a count with a definite article, whose weapon noun a launch
        participle follows in the same clause (words only: no number, no
        punctuation, no clause boundary), and only when no launch count is bound.
        """
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun or any(b.metric == "launched" for b in self.bindings):
            return
        for b in list(self.bindings):
            m = b.mention
            before = _low(tokens, m.start - 1)
            if b.metric != "intercepted" or b.role != "count" or m.kind != "number":
                continue
            if before not in lang.determiners or before in _INDEFINITE:
                continue
            noun = _noun(tokens, m.end, lang)
            if noun is None or noun[0] != "weapon":
                continue
            k = m.end + noun[2]
            for _ in range(_LAUNCH_REACH):
                tok = _tok(tokens, k)
                if tok is None or tok.kind is not WORD or tok.low in lang.boundaries:
                    break
                if tok.low in lang.launch_verbs and tok.low not in lang.object_markers and len(tok.low) > 4:
                    self.bindings.append(replace(b, metric="launched", notes=[*b.notes, "the launched, shot down"]))
                    break
                k += 1

    def copular_part(self, m: Mention) -> bool:
        """ "1 115 heridos, 33 de los cuales son menores de edad": a part of the count before, and who they are."""
        tokens, lang = self.tokens, self.lang
        if not lang.adjective_after_noun or m.kind != "number":
            return False
        them = phrases(lang, "of_them").at(tokens, m.end)
        cue = phrases(lang, "group_cues").ending(tokens, m.start - 1) if them is None else None
        opens = m.start - (cue[0] if cue is not None else 0)  # "…, dont 12 sont des enfants"
        if (them is None and cue is None) or _low(tokens, opens - 1) != ",":
            return False
        k = m.end + (them[0] if them is not None else 0)
        if _low(tokens, k) not in _COPULAS:
            return False
        k += 1
        if _low(tokens, k) in lang.determiners or _low(tokens, k) in lang.of_words:
            k += 1  # "12 d'entre eux sont des enfants"
        listed = _listed_noun(tokens, k, lang)
        group: str | None
        if listed is not None and listed[0] == "group":
            group, end = listed[1], k + listed[2]
        elif _low(tokens, k) in lang.severity_words:
            group, end = None, k + 1  # "ocho de los cuales estaban graves": how badly, no group
        else:
            return False
        parent = next(
            (
                b
                for b in reversed(self.bindings)
                if b.mention.start < m.start and b.role == "count" and b.frame not in _NOT_PARENT
            ),
            None,
        )
        if parent is None or parent.chunk_end != opens - 1 or not _within(m.figure, parent.mention.figure):
            return False
        self.add(Binding(m, parent.metric, group, "part", chunk_end=end, confidence=0.8, role="group"))
        return True


def _within(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` can be a part of ``whole``: never larger than all ``whole`` allows."""
    return whole.high is None or part.low <= whole.high
