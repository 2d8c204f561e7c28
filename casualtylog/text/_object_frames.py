"""Object frames: "killed 12 (people)", "killing at least 5 and injuring 12", "murieron 12 personas"."""

from __future__ import annotations

import builtins

from casualtylog.text._binding import _COORD, Binding
from casualtylog.text._found_state import found_in_state
from casualtylog.text._left_states import DONE_TO, left_behind, left_in_state
from casualtylog.text._mentions import Mention, _low, _tok
from casualtylog.text._mixed_nouns import mixed_nouns
from casualtylog.text._nouns import _listed_noun, _noun
from casualtylog.text._phrases import phrases
from casualtylog.text._romance_objects import left_without, object_verb
from casualtylog.text._romance_shapes import adverbial_word
from casualtylog.text._subject_shapes import SubjectShapes
from casualtylog.text._time_adverbs import before_time
from casualtylog.text._tokens import NONCOUNT, PUNCT, WORD, Token
from casualtylog.text._verb_first import bodies_found_of
from casualtylog.text.lang import LanguageData

__all__ = ["ObjectFrames"]

_AFTER_OBJECT = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "across",
        "near",
        "as",
        "when",
        "after",
        "before",
        "overnight",
        "yesterday",
        "today",
        "op",
        "bij",
        "tijdens",
        "na",
        "voor",
    ]
)


#: How many words of an adverbial may stand between a verb and its object marker ("rescatado esta madrugada a 33").
_ADVERBIAL = 3
#: The prepositions of a search ("searched … for", "zochten … naar") and how many words what was searched may take.
_SEARCH_PREPS = frozenset({"for", "naar"})
_SEARCHED_REACH = 5
#: How many words may name the one person before "and N others" ("a senior provincial official").
_ONE_OBJECT_REACH = 5
#: How far before the count a separable stem ("nahm") may stand: the verb, its subject and an adverbial (session 14,
#: fresh8rom: "nahmen Beamte nach Ermittlerangaben bei … Zugriffen insgesamt sieben Verdächtige fest"; was 4).
_STEM_BACK = 12


def _one_named(m: Mention) -> bool:
    """One victim named by an article and a role no list holds holds his noun: after an inverted predicate
    ("Fallece un motorista tras …") nothing need follow him."""
    return m.named and m.article


def _people_at(tokens: list[Token], k: int, lang: LanguageData) -> bool:
    noun = _noun(tokens, k, lang)
    return noun is not None and noun[0] in {"people", "group"}


class ObjectFrames(SubjectShapes):
    """A count as the object of an active verb, or the subject after an inverted predicate."""

    def object(self, m: Mention) -> bool:
        """ "killed 12 (people)", "killing at least 5 and injuring 12"."""
        tokens, lang = self.tokens, self.lang
        verbs = phrases(lang, "active_verbs")
        verb = verbs.ending(tokens, m.start - 1)
        before = _low(tokens, m.start - 1)  # the word before the count, read once for every test below
        if verb is None and (before in lang.gap_words or before in lang.object_markers):
            verb = verbs.ending(tokens, m.start - 2)  # "stierven al zeker 16.546 mensen"
        if verb is None and before in lang.object_markers:
            verb = self.verb_before_adverbial(m.start - 2)  # "ha rescatado esta madrugada a 33 personas"
        if verb is None and before in lang.others_words and _low(tokens, m.start - 2) in lang.object_markers:
            verb = verbs.ending(tokens, m.start - 3)  # Session 12 (fres12): "e hirió a otras cinco personas"
        if verb is None and before in lang.time_adverbs:
            verb = self.verb_before_adverbial(m.start - 1)  # "Het leger doodde vannacht 14 militanten"
        if verb is None and lang.stem_particles:
            verb = self.stem_before(m)  # "Die Polizei nahm am Sonntag 14 Personen fest"
        if verb is None:
            verb = verbs.ending(tokens, self.before_container(m.start))
        if verb is None and before in _SEARCH_PREPS:
            verb = self.search_around(m.start - 1)  # "searched evacuation centers and homes for 670 people"
        if verb is not None and lang.stem_particles and not self.particle_closes(m):
            verb = None  # "Die Polizei nahm 300 Anrufe entgegen": the stem without its particle is another verb
        if verb is None:  # "encontró a tres personas en el océano, todas muertas", "obligó a 500 personas a huir"
            verb = found_in_state(tokens, m, lang) or object_verb(tokens, m, lang)
        bodies = False
        if verb is None:
            verb = bodies_found_of(tokens, m.start - 1, lang)  # "de lichamen gevonden van 14 mensen"
            if verb is None and before in lang.others_words:
                verb = bodies_found_of(tokens, m.start - 2, lang)  # "los restos mortales de los otros cuatro"
            bodies = verb is not None
        metric: str | None = None
        metric = str(verb[1]) if verb is not None else self.coordinated(m)
        inverted = False
        if metric is None:
            metric = self.inverted_predicate(m)
            inverted = metric is not None
        if metric is None:
            return False
        k = m.end
        if m.kind == "vague" and _low(tokens, k) in lang.increment_after:
            k += 1  # "injured dozens more (people)": a vague figure is never an increment, as in the subject frame
        if m.kind == "vague" and _low(tokens, k) in lang.vague_links:
            k += 1
        elif _low(tokens, k) in lang.vague_links and _people_at(tokens, k + 1, lang):
            k += 1  # "1,8 millones de personas"
        noun = _noun(tokens, k, lang)
        if noun is None:
            k, noun = self.part_of_people(k)  # "mató a cuatro de sus trabajadores"
        if noun is None and not inverted:
            k, noun = self.part_of_whole(k)  # "killed 12 of the 40 passengers"
        group: str | None = m.antecedent or None  # "la muerte de uno de sus soldados": the group its mention read
        also: str | None = None  # Session 14 (fresh8rom): the verb's metric beside the participle's (_left_states)
        if noun is not None:
            if noun[0] in {"weapon", "body"}:
                return False
            if metric == "missing" and verb is not None and _listed_noun(tokens, k, lang) is None:
                # Only a search's verb gives "missing" as an object, and one searches for suspects and
                # volunteers too: the people searched for must be named by a listed noun.
                return False
            group = noun[1]
            k += noun[2]
            if noun[0] in {"people", "group"}:  # session 20 (fields21): "killed up to 20 impoverished women and children"
                k, group = mixed_nouns(tokens, k, group, lang)
            # The bodies of the missing are dead: "los cuerpos sin vida de los cinco mineros desaparecidos".
            after = (
                phrases(lang, "predicates").at(tokens, k)
                if lang.adjective_after_noun and not inverted and not bodies
                else None
            )
            if after is None and (left_behind(tokens, verb, m, k - noun[2], lang) or left_in_state(tokens, m, k, lang)):
                return False  # "dejó 2 hijos huérfanos", "dejó 14 trabajadores atrapados": no casualty
            if after is not None and noun[0] in {"people", "group"}:
                # "dejó 4 personas heridas", "a fait 300 000 personnes sans abri": the participle after
                # the noun says what the count is; a verb of leaving or causing does not.
                also = metric if metric in DONE_TO and metric != str(after[1]) else None  # "rescató 15 personas heridas"
                metric = str(after[1])
                k += after[0]
        elif inverted and not _one_named(m):
            return False
        elif not m.named:  # a mention with its noun in it ends its object: what follows may be anything
            nxt = _tok(tokens, k)
            if not (
                nxt is None
                or nxt.kind is PUNCT
                or nxt.low in lang.boundaries
                or nxt.low in _AFTER_OBJECT
                or phrases(lang, "group_cues").at(tokens, k) is not None
            ):
                return False
        state = left_without(tokens, m, k, lang) if verb is not None else None
        if state == "":
            return False  # "dejando sin empleo a 400 trabajadores": left jobless, not dead
        metric = state or metric  # "dejó sin hogar a 500 personas" (displaced)
        self.add(Binding(m, metric, group, "object", chunk_end=k, confidence=0.9))
        if also is not None:
            self.add(Binding(m, also, group, "object", chunk_end=k, confidence=0.85))
        return True

    def stem_before(self, m: Mention) -> tuple[int, builtins.object] | None:
        """Session 11: a separable stem listed as an active verb a short adverbial before the count ("nahm nach
        der Schlägerei 14 Personen fest"); words only between, and its particle must close the clause (checked by
        the caller, :meth:`particle_closes`)."""
        tokens, lang = self.tokens, self.lang
        for j in range(m.start - 2, max(-1, m.start - 1 - _STEM_BACK), -1):
            if tokens[j].kind is not WORD:
                return None
            if tokens[j].low in lang.stem_particles:
                return phrases(lang, "active_verbs").at(tokens, j)
        return None

    def particle_closes(self, m: Mention) -> bool:
        """Whether a separable stem before ``m`` ("nahm") has one of its particles in the rest of the clause
        ("nahm 3 Männer vorläufig fest", "in Gewahrsam"); true when no such stem stands before ``m``."""
        tokens, lang = self.tokens, self.lang
        particles: frozenset[str] | None = None
        for j in range(m.start - 1, max(-1, m.start - 1 - _STEM_BACK), -1):
            if tokens[j].kind is PUNCT:
                break
            particles = lang.stem_particles.get(tokens[j].low)
            if particles is not None:
                break
        if particles is None:
            return True
        for j in range(m.end, len(tokens)):
            tok = tokens[j]
            if tok.kind is PUNCT or tok.low in lang.boundaries:
                return False
            if tok.low in particles:
                return True
        return False

    def verb_before_adverbial(self, j: int) -> tuple[int, builtins.object] | None:
        """An active verb ending before up to three words of an adverbial ending at ``j`` ("rescatado esta madrugada")."""
        verbs = phrases(self.lang, "active_verbs")
        for _ in range(_ADVERBIAL):
            if not adverbial_word(self.tokens, j, self.lang):
                return None
            j -= 1
            verb = verbs.ending(self.tokens, j)
            if verb is not None:
                return verb
        return None

    def part_of_people(self, k: int) -> tuple[int, tuple[str, str | None, int, str | None] | None]:
        """ "de los pasajeros", "de sus trabajadores" at ``k``: (where the noun starts, the noun) when "of",
        an article or a possessive, then a noun of people follow; the count is a part of those people."""
        tokens, lang = self.tokens, self.lang
        # Romance only: English and Dutch read "of the" through their own partitive rules
        of = phrases(lang, "of_words").at(tokens, k) if lang.adjective_after_noun else None
        if of is None:
            return k, None
        j = k + of[0]
        if _low(tokens, j) in lang.determiners or _low(tokens, j) in lang.possessives:
            j += 1
        noun = _noun(tokens, j, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return k, None
        return j, noun

    def part_of_whole(self, k: int) -> tuple[int, tuple[str, str | None, int, str | None] | None]:
        """ "of the 40 passengers", "of the passengers", "van de 45 migranten" at ``k``: (where the noun starts,
        the noun) when "of", an article or a possessive, perhaps the whole's number, then a noun of people
        follow; the count is the part the verb befell, and the whole is no count of it (English, Dutch)."""
        tokens, lang = self.tokens, self.lang
        of = None if lang.adjective_after_noun else phrases(lang, "of_words").at(tokens, k)
        if of is None:
            return k, None
        j = k + of[0]
        if _low(tokens, j) in lang.determiners or _low(tokens, j) in lang.possessives:
            j += 1
        whole = self.by_start.get(j)
        if whole is not None and whole.kind == "number":
            j = whole.end
        noun = _noun(tokens, j, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return k, None
        if whole is not None and whole.kind == "number":
            self.bound.add(whole.start)
        return j, noun

    def search_around(self, prep: int) -> tuple[int, builtins.object] | None:
        """A verb of searching split from its "for" by what was searched: "searched the rubble for", "zochten in
        het puin naar". Only plain words between (at most :data:`_SEARCHED_REACH`), and only a verb that the
        language lists with that very preposition as a search (missing)."""
        tokens, verbs = self.tokens, self.lang.active_verbs
        for k in range(prep - 2, max(-1, prep - 2 - _SEARCHED_REACH), -1):
            tok = tokens[k + 1]
            if tok.kind is not WORD or (tok.low in self.lang.boundaries and tok.low not in _COORD):
                return None
            if verbs.get(f"{_low(tokens, k)} {tokens[prep].low}") == "missing":
                return 1, "missing"
        return None

    def inverted_predicate(self, m: Mention) -> str | None:
        """The metric of a predicate before its subject: "murieron 12 personas", "starben 12 Menschen", "sont mortes 12 personnes".

        Only with a victims' noun after the number (the caller checks), so a
        bare number after a participle ("blessés 12") stays unbound.
        """
        if not self.lang.predicate_first:
            return None
        predicates = phrases(self.lang, "predicates")
        j = m.start - 1
        if _low(self.tokens, j) in self.lang.gap_words:
            j -= 1
        hit = predicates.ending(self.tokens, j)
        if (
            hit is not None
            and hit[0] == 1
            and self.lang.split_predicates
            and _low(self.tokens, j) in self.lang.function_words
        ):
            # Dutch "om" closes "kwamen … om" but before a count it is a preposition: "Het gaat om drie mannen"
            # (they are three men), "vroeg om 12 ambulances" (asked for); no predicate stands there.
            return None
        if hit is None and self.lang.adjective_after_noun and (timed := before_time(self.tokens, j, self.lang)) < j:
            hit = predicates.ending(self.tokens, timed)  # "Murieron ayer tres personas"
        if hit is None:
            hit = self.predicate_across(m.start - 1)
        return None if hit is None else str(hit[1])

    def predicate_across(self, j: int) -> tuple[int, builtins.object] | None:
        """An inverted predicate with an adverbial before its subject, ending before token ``j``.

        "In Syrië stierven volgens het ministerie … minstens 1.440 mensen",
        "starb während eines russischen Drohnenangriffs ein 55-Jähriger": a
        verb-second clause puts any adverbial between its verb and subject.
        Only words, up to :attr:`LanguageData.inverted_reach` of them; a clause
        boundary only where it opens a phrase (a determiner after it).
        """
        tokens, lang = self.tokens, self.lang
        last = _low(tokens, j)
        if last in lang.function_words or last in lang.determiners:
            return None  # "das Haus von 12 Menschen": the number belongs to the phrase before it, not the verb
        predicates = phrases(lang, "predicates")
        for back in range(lang.inverted_reach):
            k = j - back
            tok = _tok(tokens, k)
            # a road or line named by letters and digits is a word of the adverbial ("auf der A9", "op de A12")
            named = tok is not None and tok.kind is NONCOUNT and tok.text[:1].isalpha()
            if tok is None or (tok.kind is not WORD and not named) or tok.low in lang.said_verbs:
                return None
            if tok.low in lang.boundaries and _low(tokens, k + 1) not in lang.determiners:
                return None
            if back >= 1:
                hit = predicates.ending(tokens, k - 1)
                if hit is not None and hit[0] == 1 and _low(tokens, k - 1) not in lang.gap_words:
                    if lang.split_predicates and _low(tokens, k - 1) in lang.function_words:
                        # Session 11 (nl11): Dutch "om" before a phrase is a preposition, as right before a count
                        # ("Het ging om een explosie waarbij twaalf mensen gewond raakten" gave killed 12)
                        return None
                    return hit
        return None

    def object_ends(self, k: int) -> bool:
        """Whether a noun of people by its shape at ``k`` ends the object: punctuation, the end, or a place
        preposition after it (a clause of its own follows "y 20 graves incidentes se registraron")."""
        noun = _noun(self.tokens, k, self.lang)
        if noun is None:
            return False
        after = _tok(self.tokens, k + noun[2])
        return after is None or after.kind is PUNCT or after.low in self.lang.place_preps

    def coordinated(self, m: Mention) -> str | None:
        """The metric of the object before "and": "killed 12 civilians and 3 soldiers"."""
        j = m.start - 1
        marked = self.lang.adjective_after_noun and _low(self.tokens, j) in self.lang.object_markers
        if marked:
            j -= 1  # "matado a una mujer joven y a un niño"
        # French and Spanish join objects with their own "and", marker or not ("a tué trois policiers et un civil");
        # without the marker a noun known only by its shape must end the object ("y 20 graves incidentes se …").
        bare = not marked and self.lang.adjective_after_noun and _low(self.tokens, j) in self.lang.coordinators
        if _low(self.tokens, j) not in _COORD and not (
            bare or (marked and _low(self.tokens, j) in self.lang.coordinators)
        ):
            return None
        if bare and _listed_noun(self.tokens, m.end, self.lang) is None and not self.object_ends(m.end):
            return None
        if _low(self.tokens, j) == "and" and _low(self.tokens, j - 1) == ",":
            j -= 1
        for b in reversed(self.bindings):
            # an adjective may follow the first object's noun in French and Spanish ("una mujer joven")
            if b.frame == "object" and (b.chunk_end == j or (marked and b.chunk_end == j - 1)):
                noun = _noun(self.tokens, m.end, self.lang)
                if noun is None or noun[0] not in {"people", "group"}:
                    return None
                # "starben drei Menschen, zwei weitere wurden schwer verletzt": a count with its own verb is its own.
                own = self.gap(m.end + noun[2])[0]
                return None if phrases(self.lang, "predicates").at(self.tokens, own) is not None else b.metric
        return self.after_one_object(j, m)

    def after_one_object(self, j: int, m: Mention) -> str | None:
        """The verb's metric when one person, named by a short phrase, stands between it and "and" at ``j``.

        "a suicide bomber killed a senior official and 14 others": a person with an article binds no
        count (a story about one person), so no binding ends before "and"; the count after it is the
        verb's object all the same. Only words, from a determiner on, and a noun of people after the
        number, with no verb of its own ("killed a man and 3 others were hurt").
        """
        tokens, lang = self.tokens, self.lang
        if tokens[j].kind is PUNCT and j + 1 == m.start:
            return None  # a word joins the two objects (", and" too); a bare comma list ("5, 6, 7") is walked nowhere
        verb = None
        for k in range(j - 1, max(-1, j - 1 - _ONE_OBJECT_REACH), -1):
            tok = tokens[k]
            if tok.kind is not WORD or tok.is_number or tok.low in lang.boundaries:
                return None
            if tok.low in lang.determiners:
                verb = phrases(lang, "active_verbs").ending(tokens, k - 1)
                break
        if verb is None:
            return None
        noun = _noun(tokens, m.end, lang)
        if noun is None or noun[0] not in {"people", "group"}:
            return None
        if phrases(lang, "predicates").at(tokens, self.gap(m.end + noun[2])[0]) is not None:
            return None
        return str(verb[1])
