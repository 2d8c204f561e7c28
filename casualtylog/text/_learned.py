"""A learned layer over the frames (issue 13, items 2 and 6): score each candidate claim, keep the likely ones.

The frames were hand-tuned on about a thousand dev sentences; on text nobody
tuned on they miss more and raise more false alarms. This layer scores a
candidate (a frame's binding, or a *liberal* one: a number with a casualty
word near it, :mod:`casualtylog.text._liberal`) from features meant to carry
to unseen text: the frame, word classes from the language data around the
number, word prefixes, the distance to the nearest casualty word, an earlier
year in the sentence, the language. (Not the position in the document: the
corpus it is trained on holds sentences, not whole articles.) A logistic
model trained by ``benchmarks/train_filter.py`` (grouped cross-validation on
the dev split only) supplies the weights (:mod:`casualtylog.text._learned_weights`),
so scoring stays pure Python with no new dependency.

Each candidate costs work bounded by :data:`WINDOW`, and the per-sentence
tables are one pass, so the layer keeps extraction linear.

>>> from casualtylog.text._learned import MODES
>>> MODES
('off', 'filter', 'liberal', 'reader')
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass

from casualtylog.errors import VocabularyError
from casualtylog.text._binding import Binding
from casualtylog.text._phrases import phrases
from casualtylog.text._tokens import NONCOUNT, PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["MODES", "WINDOW", "Model", "SentenceContext", "check_mode", "features", "judge", "score"]

#: off: the frames alone; filter: drop the frames' candidates the model scores low;
#: liberal: the filter, plus liberal candidates the model scores high; reader: the frames, plus every figure
#: no frame bound that the learned reader (:mod:`casualtylog.text._reader`) reads as a metric.
MODES = ("off", "filter", "liberal", "reader")

#: Words each side of the figure that the features read.
WINDOW = 5

#: The fields whose words say what is counted (their phrases map to a metric).
_CUE_FIELDS = ("predicates", "active_verbs", "metric_nouns", "toll_nouns")

#: Word classes from the language data, so one weight serves five languages.
_CLASS_FIELDS = (
    ("people_nouns", "people"),
    ("body_nouns", "body"),
    ("since_words", "since"),
    ("year_preps", "yearprep"),
    ("when_words", "when"),
    ("months", "month"),
    ("weekdays", "weekday"),
    ("said_verbs", "said"),
    ("according_to", "according"),
    ("negations", "negation"),
    ("of_words", "of"),
    ("others_words", "others"),
    ("auxiliaries", "aux"),
    ("place_preps", "place"),
    ("launch_verbs", "launch"),
    ("intercept_verbs", "intercept"),
    ("care_verbs", "care"),
    ("victim_nouns", "victim"),
    ("superlatives", "superlative"),
    ("from_words", "from"),
    ("to_words", "to"),
    ("change_verbs", "change"),
)
_PHRASE_CLASSES = (
    ("group_nouns", "groupnoun"),
    ("weapon_nouns", "weapon"),
    ("projected_cues", "projected"),
    ("other_event_cues", "otherevent"),
    ("conditional_cues", "conditional"),
    ("update_cues", "updatecue"),
    ("toll_cues", "tollcue"),
    ("qualifiers", "qualifier"),
)


#: The word classes whose presence anywhere in the sentence is a feature of each of its candidates.
_SENTENCE_CLASSES = frozenset(
    {"since", "when", "superlative", "otherevent", "projected", "conditional", "negation", "month", "yearprep", "said"}
)


@dataclass(frozen=True)
class Model:
    """A logistic model: a bias, weights by feature name, and the threshold a candidate must reach."""

    bias: float
    weights: Mapping[str, float]
    threshold: float


def score(model: Model, names: list[str]) -> float:
    """The model's probability that the candidate with feature ``names`` is a right claim.

    >>> score(Model(0.0, {"a": 2.0}, 0.5), ["a", "unknown"]) > 0.88
    True
    """
    z = model.bias + sum(model.weights.get(name, 0.0) for name in names)
    z = max(-30.0, min(30.0, z))  # exp overflows far beyond any weight sum the trainer writes
    return 1.0 / (1.0 + math.exp(-z))


def check_mode(mode: str) -> str:
    """``mode`` when it is one of :data:`MODES`, else a :class:`VocabularyError` naming it.

    >>> check_mode("filter")
    'filter'
    """
    if mode not in MODES:
        raise VocabularyError("learned", mode, f"one of {', '.join(map(repr, MODES))}")
    return mode


def _word_classes(lang: LanguageData, tokens: list[Token]) -> list[list[str]]:
    """Per token: its classes in the language data (one pass; phrases mark every word they cover)."""
    out: list[list[str]] = [[] for _ in tokens]
    for field_name, name in _CLASS_FIELDS:
        words = getattr(lang, field_name)
        for i, tok in enumerate(tokens):
            if tok.kind is WORD and tok.low in words:
                out[i].append(name)
    for field_name, name in (*_PHRASE_CLASSES, *((f, "cue") for f in _CUE_FIELDS)):
        for start, end, _ in phrases(lang, field_name).spans(tokens):
            for k in range(start, end):
                out[k].append(name)
    return out


def _is_year(tok: Token) -> bool:
    return tok.kind is NONCOUNT and tok.value is not None and len(tok.text) == 4 and 1800 <= tok.value <= 2100


class SentenceContext:
    """What the features read about one sentence (window), computed once in linear time."""

    def __init__(self, tokens: list[Token], lang: LanguageData, year: int | None) -> None:
        self.tokens = tokens
        self.lang = lang
        self.classes = _word_classes(lang, tokens)
        n = len(tokens)
        # nearest_cue_left[i]: the last casualty word at or before i (-1 when none); right: first at or after.
        self.cue_left = [-1] * (n + 1)
        last = -1
        for i in range(n):
            if "cue" in self.classes[i]:
                last = i
            self.cue_left[i] = last
        self.cue_right = [n] * (n + 1)
        nxt = n
        for i in range(n - 1, -1, -1):
            if "cue" in self.classes[i]:
                nxt = i
            self.cue_right[i] = nxt
        # earlier_before[i]: an earlier year than the report's stands before token i.
        self.earlier_before = [False] * (n + 1)
        seen = False
        for i, tok in enumerate(tokens):
            self.earlier_before[i] = seen
            if year is not None and _is_year(tok) and tok.value is not None and tok.value < year:
                seen = True
        self.earlier_before[n] = seen
        self.earlier_any = seen
        self.numbers = sum(1 for t in tokens if t.is_number)
        # Classes anywhere in the sentence: another incident is often told with a year, "since", a superlative.
        self.sentence_classes = sorted({c for cs in self.classes for c in cs if c in _SENTENCE_CLASSES})
        if any(_is_year(t) for t in tokens):
            self.sentence_classes.append("YEAR")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _token_names(ctx: SentenceContext, i: int, side: str, distance: int) -> list[str]:
    tok = ctx.tokens[i]
    classes = ctx.classes[i]
    near = "1" if distance == 1 else ("2" if distance <= 2 else "")
    out = [f"{side}c:{c}" for c in classes]
    if near:
        out.extend(f"{side}{near}c:{c}" for c in classes)
    if tok.kind is WORD:
        word = f"w:{tok.low[:5]}"
    elif tok.is_number:
        word = "NUM"
    elif _is_year(tok):
        word = "YEAR"
    elif tok.kind is NONCOUNT:
        word = "NONCOUNT"
    else:
        word = f"p:{tok.text[:1]}"
    out.append(f"{side}:{word}")
    if near:
        out.append(f"{side}{near}:{word}")
    return out


def features(ctx: SentenceContext, binding: Binding) -> list[str]:
    """The feature names of one candidate (a binding in the sentence of ``ctx``)."""
    m = binding.mention
    tokens = ctx.tokens
    n = len(tokens)
    lang = ctx.lang.code
    frame = binding.frame
    names = [
        f"frame:{frame}",
        f"lang:{lang}",
        f"langframe:{lang}:{frame}",
        f"metric:{binding.metric}",
        f"role:{binding.role}",
        f"status:{binding.status}",
        f"kind:{m.kind}",
        f"qualifier:{m.figure.qualifier.value}",
        f"group:{'named' if binding.group else 'none'}",
        f"magnitude:{_bucket(len(str(int(m.figure.low))), (1, 2, 3, 4, 5))}",
        f"numbers:{_bucket(ctx.numbers, (1, 2, 3, 5))}",
        f"length:{_bucket(n, (10, 20, 35, 60))}",
    ]
    names.extend(binding.notes)
    names.extend(f"S:{c}" for c in ctx.sentence_classes)
    others = sum(1 for c in ctx.sentence_classes if c in {"since", "superlative", "otherevent", "YEAR"})
    if others:
        names.append(f"S:other_incident_cues:{min(others, 2)}")
    if m.in_words:
        names.append("in_words")
    if m.increment:
        names.append("increment")
    if binding.update:
        names.append("update")
    if ctx.earlier_before[m.start]:
        names.append("earlier_year_before")
    elif ctx.earlier_any:
        names.append("earlier_year_after")
    left = ctx.cue_left[m.start - 1] if m.start > 0 else -1
    right = ctx.cue_right[min(n, m.end)]
    dist = min(m.start - left if left >= 0 else 99, right - m.end + 1 if right < n else 99)
    names.append(f"cue_distance:{_bucket(dist, (1, 2, 3, 5, 8, 98))}")
    for d in range(1, WINDOW + 1):
        if m.start - d >= 0:
            names.extend(_token_names(ctx, m.start - d, "L", d))
        if m.end - 1 + d < n:
            names.extend(_token_names(ctx, m.end - 1 + d, "R", d))
    if m.start == 0:
        names.append("first")
    if m.end >= n or tokens[m.end].kind is PUNCT:
        names.append("then_punct")
    return names


#: Where the training script listens: called with each candidate's context, binding and features. A context
#: variable, not a module global: a training run records in its own context and leaves every other thread's
#: (and task's) extraction judging as usual.
Recorder = Callable[[SentenceContext, Binding, list[str]], None]
recorder: ContextVar[Recorder | None] = ContextVar("casualtylog_learned_recorder", default=None)


def judge(
    bindings: list[Binding],
    tokens: list[Token],
    lang: LanguageData,
    *,
    year: int | None,
    filter_model: Model,
    liberal_model: Model,
) -> list[Binding]:
    """The bindings the models keep: a frame's when the filter scores it at its threshold or above,
    a liberal one when the liberal model does (its confidence is then the model's probability)."""
    if not bindings:
        return bindings
    ctx = SentenceContext(tokens, lang, year)
    listen = recorder.get()
    out: list[Binding] = []
    for b in bindings:
        names = features(ctx, b)
        if listen is not None:
            listen(ctx, b, names)
            out.append(b)
            continue
        liberal = b.frame == "liberal"
        model = liberal_model if liberal else filter_model
        p = score(model, names)
        if p < model.threshold:
            continue
        if liberal:
            b.confidence = round(p, 3)
        out.append(b)
    return out
