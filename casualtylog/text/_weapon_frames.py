"""Weapon frames: "launched 70 missiles", "48 of 70 missiles were intercepted", "(of those,) 48 were shot down"."""

from __future__ import annotations

from casualtylog.text._binding import _COORD, Binding, SentenceBase
from casualtylog.text._fronted_whole import fronted_weapons
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _closed_words, _noun, _weapon_verb, _weapon_verb_at, compound_head
from casualtylog.text._phrases import phrases
from casualtylog.text._romance_shapes import adverbial_word
from casualtylog.text._separable_frames import aimed
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text._weapon_modifiers import model_after_noun, open_weapon_modifier, others_before_weapon

__all__ = ["WeaponFrames"]

_MAX_WALK = 24
#: Relative pronouns that open a clause about the weapons ("die Rusland afvuurde", "that Russia launched").
_RELATIVE = frozenset({"die", "dat", "that", "which", "welke", "que", "qui", "das", "der", "den"})
_MAX_RELATIVE = 5
#: How far a clause's verb may follow a launch participle ("drones lanzados la pasada noche … derribados").
_MAX_REDUCED = 12
#: Prepositions that launch weapons only by what follows them ("attacked with 50 drones").
_WITH = frozenset({"with", "met", "avec", "mit", "con"})
#: How many plain words of an adverbial may stand between a weapon verb and its count
#: ("derribaron durante la noche 15 de los 35 drones", "a abattu avec succès 22 drones").
_ADVERBIAL = 3
#: The phrase tables of weapon verbs: a sentence with no word of theirs has no verb for a weapon walk to find.
_WEAPON_VERBS = ("intercept_verbs", "launch_verbs")

#: How many words a "de" phrase describing weapons may hold before their verb (French, Spanish).
_DESCRIBED = 2


#: How many words an abbreviation in brackets after a weapon noun may hold ("(UAVs)", "(Shahed drones)").
_ASIDE_WORDS = 2


def _short_aside(tokens: list[Token], k: int) -> int:
    """The length of a bracketed name of a few words at ``k`` ("(UAVs)"), or 0: no number, no mark inside."""
    if _low(tokens, k) != "(":
        return 0
    for j in range(k + 1, min(len(tokens), k + 2 + _ASIDE_WORDS)):
        if tokens[j].text == ")":
            return j + 1 - k if j > k + 1 else 0
        if tokens[j].kind is not WORD:
            return 0
    return 0


class WeaponFrames(SentenceBase):
    """The frames that bind launched and intercepted weapons, and the walks they share."""

    # walking helpers ------------------------------------------------------------
    def no_weapon_nouns(self) -> bool:
        """No weapon noun can stand in the sentence: none of the listed ones, and no compounds in the language.

        :func:`_noun` finds a weapon only through those two, and both frames need one.
        """
        return not self.lang.compound_heads and self.lacks("weapon_nouns")

    def walk_left(self, j: int) -> str | None:
        """From ``j`` leftwards over coordinated weapon chunks to a launch/intercept verb (remembered per ``j``)."""
        key = ("left", j)
        if self.lacks(*_WEAPON_VERBS):
            return None  # a walk ends only at a weapon verb
        if key not in self.walks:
            self.walks[key] = self._walk_left(j)
        return self.walks[key]

    def walk_right(self, k: int) -> str | None:
        """From ``k`` rightwards over coordinated weapon chunks to a launch/intercept participle (remembered per ``k``)."""
        key = ("right", k)
        if self.lacks(*_WEAPON_VERBS):
            return None  # a walk ends only at a weapon verb (a relative clause's included)
        if key not in self.walks:
            self.walks[key] = self._walk_right(k)
        return self.walks[key]

    def _walk_left(self, j: int) -> str | None:
        tokens, lang = self.tokens, self.lang
        steps = 0
        adverbial = 0  # plain words of an adverbial skipped ("abattu dans la nuit 15 des 35 drones")
        weapons = False  # a weapon noun passed: the walk crossed a member of a list of weapons
        of_words = phrases(lang, "of_words")
        start = j
        while j >= 0 and steps < _MAX_WALK:
            steps += 1
            verb = _weapon_verb(tokens, j, lang)
            # "with" launches only what follows it: the count right after it, or a later member of its list of
            # weapons ("attacked with 55 drones and three missiles"), reached over weapon chunks alone.
            if verb is not None and not (j < start and tokens[j].low in _WITH and (adverbial or not weapons)):
                return verb[1]
            tok = tokens[j]
            of = of_words.ending(tokens, j)
            if tok.is_number:
                m = self.mention_ending(j)
                j = (m.start if m is not None else j) - 1
                continue
            weapons = weapons or tok.low in lang.weapon_nouns or compound_head(tok, lang, "weapon_nouns") is not None
            if of is not None:
                j -= of[0]
                continue
            low = tok.low
            if (
                low in _COORD
                or low in lang.coordinators  # "…, evenals één van de drie raketten"
                or low in lang.weapon_adjectives
                or low in lang.weapon_nouns
                or low in lang.determiners
                or (low in lang.qualifiers)
                or low in lang.gap_words  # "neutralizaron anoche 128 de los 154 drones"
                # A capitalised modifier inside a weapon chunk, as the noun reader takes it
                # ("37 Iranian-designed Shahed drones and three missiles"); not where nouns are capitalised.
                or (tok.kind is WORD and tok.is_capitalised and not lang.nouns_capitalised and j < start)
                or (
                    j < start and open_weapon_modifier(tok, lang, _closed_words(lang))
                )  # "two Kh-59 guided air missiles"
            ):
                j -= 1
                continue
            if self.mention_ending(j) is not None:
                m = self.mention_ending(j)
                assert m is not None  # noqa: S101 - just checked
                j = m.start - 1
                continue
            if adverbial < _ADVERBIAL and adverbial_word(tokens, j, lang):
                # session 14 (fresh10rom): a weekday costs nothing ("lanzó entre la noche y la madrugada del martes
                # cuatro misiles", es-9f23db28-2): it only dates the adverbial
                adverbial += low not in lang.weekdays
                j -= 1
                continue
            return None
        return None

    def _walk_right(self, k: int) -> str | None:
        tokens, lang = self.tokens, self.lang
        steps = 0
        of_words = phrases(lang, "of_words")
        described = 0  # plain words left of a "de" phrase describing the weapons ("de fabricación iraní")
        while k < len(tokens) and steps < _MAX_WALK:
            steps += 1
            verb = _weapon_verb_at(tokens, k, lang)
            if verb is not None:
                return verb
            m = self.by_start.get(k)
            if m is not None:
                of = of_words.at(tokens, m.end)
                if of is not None and self.by_start.get(m.end + of[0]) is not None:
                    m = self.by_start[m.end + of[0]]  # "and 64 of the 145 drones"
                noun = _noun(tokens, m.end, lang)
                if noun is None or noun[0] != "weapon":
                    return None
                k = m.end + noun[2]
                continue
            of = of_words.at(tokens, k)
            if of is not None:
                k += of[0]
                described = _DESCRIBED if lang.adjective_after_noun else 0
                continue
            low = _low(tokens, k)
            aside = _short_aside(tokens, k)
            if aside:  # session 14 (fresh9en): "22 unmanned aerial vehicles (UAVs) were destroyed"
                k += aside
                continue
            if described and self.describes(k):
                # "47 drones de fabricación iraní fueron derribados", "drones de type Shahed ont été abattus"
                described -= 1
                k += 1
                continue
            if low in _RELATIVE:
                # "64 van de 145 drones die Rusland afvuurde onderschept": the
                # relative clause (up to its launch verb) describes the weapons;
                # the verb after it, if any, is the one that governs them.
                end = self.relative_end(k + 1)
                if end is not None:
                    after = _weapon_verb_at(tokens, self.gap(end)[0], lang)
                    return after or "launched"
            if (
                low in _COORD
                or low in lang.coordinators
                or low in lang.weapon_adjectives
                or low in lang.weapon_nouns
                or low in lang.gap_words
                or open_weapon_modifier(tokens[k], lang, _closed_words(lang))
                or model_after_noun(tokens[k], lang)  # session 14 (fresh10rom): "un missile Kh-59 ont été abattus"
            ):
                k += 1
                continue
            return None
        return None

    def describes(self, k: int) -> bool:
        """A word of a phrase describing weapons at ``k``: a plain word or a name, no grammar word, number or mark."""
        tok = self.tokens[k]
        lang = self.lang
        return (
            tok.kind is WORD
            and tok.text.isalpha()
            and tok.low not in lang.boundaries
            and tok.low not in lang.function_words
            and tok.low not in lang.determiners
            and tok.low not in lang.said_verbs
        )

    def final_weapon_verb(self, k: int, reach: int) -> str | None:
        """An intercept (or else launch) verb within ``reach`` tokens of ``k``, before any punctuation, number or boundary."""
        tokens, lang = self.tokens, self.lang
        if self.lacks(*_WEAPON_VERBS):
            return None
        for j in range(k, min(len(tokens), k + reach + 1)):
            tok = tokens[j]
            if tok.is_number or tok.kind is PUNCT or tok.low in lang.boundaries:
                return None
            verb = _weapon_verb_at(tokens, j, lang)
            if verb == "intercepted":
                return verb
            if verb == "launched" and j > k:
                found = self.final_weapon_verb(j + 1, reach - (j - k) - 1) if reach > j - k else None
                return found or verb
        return None

    def relative_end(self, k: int) -> int | None:
        """One past the launch verb that ends a short relative clause starting at ``k``, or ``None``."""
        for j in range(k, min(len(self.tokens), k + _MAX_RELATIVE)):
            tok = self.tokens[j]
            if tok.is_number or tok.kind is PUNCT:
                return None
            if _weapon_verb_at(self.tokens, j, self.lang) == "launched":
                return j + 1
        return None

    # the frames -------------------------------------------------------------------
    def linked(self, m: Mention) -> bool:
        """ "48 of 70 missiles (were intercepted)": intercepted 48, launched 70."""
        tokens, lang = self.tokens, self.lang
        if self.no_weapon_nouns():
            return False
        if fronted_weapons(self, m):  # session 14 (fresh9en): "Van de 502 drones heeft Oekraïne er 430 neergehaald"
            return True
        of = phrases(lang, "of_words").at(tokens, m.end)
        if of is None or m.kind != "number" or m.increment:
            return False
        whole = self.by_start.get(m.end + of[0])
        if whole is None or whole.kind != "number" or whole.increment:
            return False
        noun = _noun(tokens, whole.end, lang)
        if noun is None or noun[0] != "weapon":
            return False
        chunk_end = whole.end + noun[2]
        metric = self.walk_left(m.start - 1) or self.walk_right(chunk_end)
        if metric is None and lang.subject_reach:
            metric = self.final_weapon_verb(
                chunk_end, lang.subject_reach
            )  # "80 van de 145 drones te hebben neergehaald"
        if metric == "launched":
            # "47 de los 90 drones lanzados … han sido derribados": the launch
            # participle describes the weapons; the clause's verb comes later.
            metric = self.final_weapon_verb(chunk_end, _MAX_REDUCED) or metric
        if metric != "intercepted":
            return False
        group = noun[1]
        self.add(Binding(m, "intercepted", group, "linked", chunk_end=chunk_end, confidence=0.88, role="linked"))
        self.add(Binding(whole, "launched", group, "linked", chunk_end=chunk_end, confidence=0.88, role="linked"))
        return True

    def weapon(self, m: Mention) -> bool:
        """ "launched 70 missiles", "145 drones were shot down"."""
        tokens, lang = self.tokens, self.lang
        if self.no_weapon_nouns():
            return False
        start = m.end
        of = phrases(lang, "of_words").at(tokens, start)
        if of is not None and start + of[0] not in self.by_start:
            start += of[0]  # "zwei der Geschosse abgefangen", "elf van de drones": a part of the weapons named
        start += others_before_weapon(tokens, start, lang)  # session 14 (fresh10rom): "cinq autres missiles"
        noun = _noun(tokens, start, lang)
        if noun is None or noun[0] != "weapon" or m.kind == "zero":
            return False
        chunk_end = start + noun[2]
        left = noun[3] or self.walk_left(m.start - 1)
        metric = left or self.walk_right(chunk_end)
        if metric == "launched" and not left and _weapon_verb_at(tokens, chunk_end, lang) == "launched":
            # Session 13 (fresh7a): "three rockets fired from Gaza … have been shot down": a launch participle
            # right after the weapons describes them; the clause's verb comes later, as in the linked frame
            metric = self.final_weapon_verb(chunk_end, _MAX_REDUCED) or metric
        if metric == "launched" and not noun[3] and _low(tokens, m.start - 1) in _WITH:
            metric = self.after_with(chunk_end)
        if metric is None and lang.subject_reach:
            metric = self.final_weapon_verb(chunk_end, lang.subject_reach)  # "… Raketen … abgefeuert worden"
        if metric is None and lang.subject_reach:
            # "40 drones en drie raketten op Oekraïne afgevuurd": the list's last chunk leads to the verb.
            metric = self.final_weapon_verb(self.skip_weapon_list(chunk_end), lang.subject_reach)
        if metric is None:
            return False
        if metric == "intercepted" and aimed(self, m.start, chunk_end):
            metric = "launched"  # "drei Raketen aus dem Gazastreifen in Richtung Israel abgeschossen"
        self.add(Binding(m, metric, noun[1], "weapon", chunk_end=chunk_end, confidence=0.85))
        return True

    def skip_weapon_list(self, k: int) -> int:
        """Past the weapon chunks coordinated after ``k`` ("… en drie raketten", "… und drei Raketen")."""
        tokens, lang = self.tokens, self.lang
        for _ in range(_MAX_WALK):
            if _low(tokens, k) not in _COORD and _low(tokens, k) not in lang.coordinators:
                return k
            m = self.by_start.get(k + 1)
            noun = _noun(tokens, m.end, lang) if m is not None else None
            if m is None or noun is None or noun[0] != "weapon":
                return k
            k = m.end + noun[2]
        return k

    def after_with(self, k: int) -> str | None:
        """The metric of "with 13 drones …" from what follows the weapons.

        "attacked with 132 drones." launched them; "with 13 rockets taken down"
        intercepted them; "with three rockets hitting the house" says only
        that they hit, which is no count of either.
        """
        tok = self.tokens[k] if k < len(self.tokens) else None
        verb = _weapon_verb_at(self.tokens, k, self.lang)
        if verb is not None or tok is None:
            return verb or "launched"
        # An English gerund after the weapons says what they did ("hitting", "striking").
        return None if tok.kind is WORD and tok.low.endswith("ing") and len(tok.low) > 5 else "launched"

    def elliptic_weapon(self, m: Mention) -> bool:
        """ "(Of the 70 missiles launched,) 48 were intercepted": the group of the weapons before."""
        tokens, lang = self.tokens, self.lang
        if self.lacks(*_WEAPON_VERBS) or _noun(tokens, m.end, lang) is not None:
            return False
        k, _ = self.gap(m.end)
        metric = _weapon_verb_at(tokens, k, lang)
        if metric is None and self._bare_object(m):
            # "Russia launched 40 missiles and Ukraine shot down 35": the object of an intercepting verb, no noun
            metric, k = "intercepted", m.end - 1
        if metric is None:
            return False
        previous = [b for b in self.bindings if b.frame in {"weapon", "linked"} and b.mention.start < m.start]
        if not previous:
            return False
        group = previous[-1].group
        self.add(Binding(m, metric, group, "elliptic", chunk_end=k + 1, confidence=0.75))
        return True

    def _bare_object(self, m: Mention) -> bool:
        """A number right after an intercepting verb that ends its clause ("… and Ukraine shot down 35.")."""
        tokens, lang = self.tokens, self.lang
        if m.kind != "number" or phrases(lang, "intercept_verbs").ending(tokens, m.start - 1) is None:
            return False
        if self.lang.of_them and phrases(lang, "of_them").at(tokens, m.end) is not None:
            return True  # "… intercepted 35 of them"
        nxt = tokens[m.end] if m.end < len(tokens) else None
        return nxt is None or nxt.kind is PUNCT or nxt.low in lang.boundaries or nxt.low in _COORD
