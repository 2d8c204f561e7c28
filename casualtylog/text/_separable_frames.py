"""Separable weapon verbs: the finite verb before the weapons, its particle at the clause's end.

Dutch and German split a verb like "abfeuern", "neerschieten" in a main
clause: "Die Armee feuerte am Montag 30 Raketen ab", "De luchtverdediging
schoot 30 drones neer". Neither half is a launch or intercept verb alone (the
stem "schoss" fires and shoots down; "ab", "neer" are particles), and any
adverbial may stand between the verb and its object, so the walks of
:mod:`casualtylog.text._weapon_frames` miss them. The pair is a closed shape:
the stem within the clause before the weapons, its own particle within the
clause after them.

The same split shapes a casualty verb whose object is the victims' life:
"Der Sturm kostete in den Alpen elf Menschen das Leben", "De ramp kostte in
de regio twaalf mensen het leven": the finite verb before the victims, "das
Leben" / "het leven" right after their noun (:attr:`LanguageData.life_verbs`).

German "abschießen" both fires and shoots down; a direction after the
weapons ("auf Israel", "in Richtung", "aus dem Gazastreifen") says they were
fired, never that they were shot down.
"""

from __future__ import annotations

from casualtylog.text._binding import _COORD, Binding, SentenceBase
from casualtylog.text._mentions import Mention, _low
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import PUNCT, WORD, Kind, Token

__all__ = ["SeparableFrames", "aimed", "fired_toward"]

#: The last word of a partitive "of the" before the victims' noun ("drei der Angreifer", "zwei von den Bewohnern").
_OF_THE = frozenset({"der", "den"})

#: How many words the object after the victims may take ("das Leben", "het leven").
_LIFE_WORDS = 2

#: How many tokens may stand between the stem and the number, and between the weapons and the particle.
_STEM_REACH = 8
_PARTICLE_REACH = 8


def _stops(tok_kind: Kind, low: str, boundaries: frozenset[str]) -> bool:
    return tok_kind is PUNCT or low in boundaries


class SeparableFrames(SentenceBase):
    """The weapons between a separable verb's stem and its particle."""

    def separable_weapon(self, m: Mention) -> bool:
        """ "feuerte am Montag 30 Raketen ab", "schoot 30 drones neer": launched or intercepted."""
        tokens, lang = self.tokens, self.lang
        if not lang.separable_weapon_verbs or m.kind == "zero":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] != "weapon":
            return False
        chunk_end = m.end + noun[2]
        stems: dict[str, int] = {}
        for j in range(m.start - 1, max(-1, m.start - 1 - _STEM_REACH), -1):
            tok = tokens[j]
            if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number:
                break
            stems.setdefault(tok.low, j)
        if not stems:
            return False
        members: list[tuple[Mention, str | None, int]] = []
        k = chunk_end
        while k < min(len(tokens), chunk_end + _PARTICLE_REACH):
            if (member := self._weapon_member(k)) is not None:
                members.append(member)  # Session 13 (fresh13): "schoot 31 drones en een raket neer"
                k = member[2]
                continue
            tok = tokens[k]
            if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number:
                return False
            for stem in stems:
                metric = lang.separable_weapon_verbs.get(f"{stem} {tok.low}")
                if metric is None:
                    continue
                if metric == "intercepted" and stem in lang.fire_or_down_verbs and fired_toward(self, chunk_end):
                    metric = "launched"
                self.add(Binding(m, metric, noun[1], "weapon", chunk_end=chunk_end, confidence=0.82))
                for other, group, end in members:
                    self.add(Binding(other, metric, group, "weapon", chunk_end=end, confidence=0.8))
                return True
            k += 1
        return False

    def _weapon_member(self, k: int) -> tuple[Mention, str | None, int] | None:
        """ "… en twee raketten", "… und eine Rakete": "and" at ``k``, a count and its noun of weapons (its mention,
        group and end), one more of the weapons between a separable verb's stem and its particle."""
        tokens, lang = self.tokens, self.lang
        if _low(tokens, k) not in _COORD or (other := self.by_start.get(k + 1)) is None or other.kind == "zero":
            return None
        noun = _noun(tokens, other.end, lang)
        if noun is None or noun[0] != "weapon":
            return None
        return other, noun[1], other.end + noun[2]

    def life_verb(self, m: Mention) -> bool:
        """ "kostete (in den Alpen) elf Menschen das Leben": the verb before the victims, their life after."""
        tokens, lang = self.tokens, self.lang
        if not lang.life_verbs or m.kind == "zero":
            return False
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        end = m.end + noun[2]
        life = " ".join(t.low for t in tokens[end : end + _LIFE_WORDS])
        for j in range(m.start - 1, max(-1, m.start - 1 - _STEM_REACH), -1):
            tok = tokens[j]
            if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number:
                return False
            metric = lang.life_verbs.get(f"{tok.low} {life}")
            if metric is not None:
                self.add(Binding(m, metric, noun[1], "object", chunk_end=end + _LIFE_WORDS, confidence=0.85))
                return True
        return False

    def split_predicate_frame(self, m: Mention) -> bool:
        """ "Drei Menschen kamen bei dem Brand um", "Bei dem Brand kamen drei Menschen um", "Die Feuerwehr konnte 12
        Menschen retten": a verb's finite stem and its particle or infinitive at the clause's end
        (:attr:`LanguageData.closing_verbs`), the victims before the stem or between the two."""
        tokens, lang = self.tokens, self.lang
        if not lang.closing_verbs or m.kind == "zero":
            return False
        at = m.end
        if (of := phrases(lang, "of_words").at(tokens, at)) is not None and tokens[at + of[0] - 1].low in _OF_THE:
            at += of[0]  # Session 13 (fresh13): a part of the victims, "konnte drei der Angreifer töten"
        noun = _noun(tokens, at, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        end = at + noun[2]
        stems: list[str] = []
        for j in range(m.start - 1, max(-1, m.start - 1 - _STEM_REACH), -1):
            tok = tokens[j]
            if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number:
                break
            stems.append(tok.low)
        for k in range(end, min(len(tokens), end + _PARTICLE_REACH)):
            tok = tokens[k]
            if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number or tok.low in lang.negations:
                return False  # "konnte 12 Menschen nicht retten": not rescued
            if k + 1 < len(tokens) and not _stops(tokens[k + 1].kind, tokens[k + 1].low, lang.boundaries):
                stems.append(tok.low)  # "Drei Menschen kamen bei dem Brand um": the stem after the victims
                continue
            # the clause's last word: the particle or infinitive; or its last two ("verloren … ihr Leben")
            last_two = f"{tokens[k - 1].low} {tok.low}" if k > end else tok.low
            for stem in stems:
                last = lang.closing_verbs.get(f"{stem} {tok.low}")
                infinitive = bool(last) and tok.low.endswith("en")  # a modal's infinitive ("töten"), no particle ("um")
                metric = last or lang.closing_verbs.get(f"{stem} {last_two}")
                if metric is not None and (metric != "killed" or infinitive) and _listed_noun(tokens, at, lang) is None:
                    # "Das Team konnte 3 Punkte retten": one rescues things too, but only the living die; one kills
                    # animals too ("Der Jäger konnte drei Wildschweine töten")
                    return False
                if metric is not None:
                    self.add(Binding(m, metric, noun[1], "subject", chunk_end=k + 1, confidence=0.82))
                    return True
            return False
        return False

    def subject_between(self, m: Mention) -> bool:
        """ "Bei dem Amoklauf tötete der Täter sieben Menschen": an active verb second in its clause, its subject
        (an article and one capitalised noun) between it and the victims (:attr:`LanguageData.subject_between_verbs`).
        The verb must follow a word of the clause (an adverbial before it), and only listed victims count."""
        tokens, lang = self.tokens, self.lang
        if not lang.subject_between_verbs or m.kind == "zero" or m.start < 4:
            return False
        # Session 14 (fresh8rom): one inflected adjective may stand before the head ("erschlug ein umstürzender Baum
        # einen Lastwagenfahrer"): a lower-case word with an adjective's ending
        adjective = int(m.start >= 5 and tokens[m.start - 2].low not in lang.determiners and _adjective(tokens[m.start - 2]))
        verb, article, head = tokens[m.start - 3 - adjective], tokens[m.start - 2 - adjective], tokens[m.start - 1]
        if article.low not in lang.determiners or head.kind is not WORD or not head.is_capitalised:
            return False
        metric = lang.subject_between_verbs.get(verb.low)
        before = tokens[m.start - 4 - adjective]
        if metric is None or _stops(before.kind, before.low, lang.boundaries):
            return False  # "Tötete der Täter …" opens a question or a condition, not a statement
        noun = _listed_noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return False
        self.add(Binding(m, metric, noun[1], "object", chunk_end=m.end + noun[2], confidence=0.8))
        return True


def _adjective(tok: Token) -> bool:
    """A lower-case word with a German adjective's ending ("umstürzender", "schweren"), before a subject's head."""
    return tok.kind is WORD and tok.text[:1].islower() and tok.low.endswith(("er", "en", "es", "em", "e"))


def fired_toward(s: SentenceBase, k: int) -> bool:
    """A direction right after the weapons ending at ``k`` ("auf Israel", "in Richtung", "aus dem Gazastreifen")."""
    tokens, lang = s.tokens, s.lang
    if k >= len(tokens):
        return False
    low = tokens[k].low
    two = f"{low} {tokens[k + 1].low}" if k + 1 < len(tokens) else low
    if k + 1 < len(tokens) and tokens[k + 1].low in lang.weapon_kind_words:
        return False  # "Drohnen vom Typ Shahed": their kind, not where they came from
    return low in lang.fire_directions or two in lang.fire_directions


def aimed(s: SentenceBase, start: int, k: int) -> bool:
    """Weapons from ``start`` to ``k`` governed by a verb that fires or shoots down, with a direction after them.

    The verb is looked for in the clause around the weapons, as far as the
    separable frame looks for a stem or a particle.
    """
    tokens, lang = s.tokens, s.lang
    if not lang.fire_or_down_verbs:
        return False
    if not fired_toward(s, k):
        return _aimed_later(s, k)
    for j in range(start - 1, max(-1, start - 1 - _STEM_REACH), -1):
        if _stops(tokens[j].kind, tokens[j].low, lang.boundaries):
            break
        if tokens[j].low in lang.fire_or_down_verbs:
            return True
    for j in range(k, min(len(tokens), k + _PARTICLE_REACH)):
        if _stops(tokens[j].kind, tokens[j].low, lang.boundaries):
            break
        if tokens[j].low in lang.fire_or_down_verbs:
            return True
    return False


def _aimed_later(s: SentenceBase, k: int) -> bool:
    """A direction between the weapons' auxiliary and the verb after them ("Drei Raketen wurden vom
    Gazastreifen aus auf Israel abgeschossen"): fired, as a direction right after the weapons says.

    Only the words that cannot name who shot them down count: "aus" (which closes "vom … aus"),
    "Richtung", and "auf" before a name ("auf Israel"; "auf dem Weg" is where, not whither);
    "vom Militär abgeschossen" names the agent and stays shot down.
    """
    tokens, lang = s.tokens, s.lang
    seen = False
    for j in range(k, min(len(tokens), k + _PARTICLE_REACH)):
        tok = tokens[j]
        if _stops(tok.kind, tok.low, lang.boundaries) or tok.is_number:
            return False
        if tok.low in lang.fire_or_down_verbs:
            return seen
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        named = after is not None and after.kind is WORD and after.is_capitalised
        if tok.low in lang.fire_directions and (
            tok.low in _LATER_DIRECTIONS or (tok.low in _LATER_DIRECTIONS_BEFORE_NAME and named)
        ):
            seen = True
    return False


#: Direction words that, after the auxiliary, only say where weapons flew from or to (see :func:`_aimed_later`).
_LATER_DIRECTIONS = frozenset({"aus", "richtung"})
_LATER_DIRECTIONS_BEFORE_NAME = frozenset({"auf"})
