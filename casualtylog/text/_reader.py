"""The learned reader (issue 13): a model that reads the figures no frame bound.

The frames were written from the dev split and miss about a quarter of the
labelled claims on text they were not fit to, nearly all of them figures no
frame binds. The reader judges each such figure (:mod:`casualtylog.text._free_figures`):
a multinomial logistic model over *none* and the metrics, trained by
``benchmarks/reader_train.py`` on labelled dev sentences read as a whole (every
figure, labelled by the gold claims), picks the metric or refuses. Its features
are meant to carry across text and languages: the learned layer's
(:func:`casualtylog.text._learned.features`: word classes of the language data,
word prefixes, the frame's guess), plus the words by side and distance, wider
bags of prefixes, the casualty words within reach with their metric, side,
distance and whether punctuation stands between, and the figure's shape.

Scoring is pure Python over the weights module
(:mod:`casualtylog.text._reader_weights`); each figure costs work bounded by
:data:`REACH`, so extraction stays linear. An added claim's confidence is the
model's probability lowered by ``FRAME_SHIFT["reader"]``
(:mod:`casualtylog.text._calibration`): the probability itself is not
calibrated, and the claims it keeps were right less often than it says where
the model had not seen the text (out of fold on dev batches 1-16, and on batch
17 with a model trained on 1-16; the shipped weights saw batch 17). The shift
also puts them below the frames' usual 0.85-0.90 (at most 1 - 0.155), so that a
reviewer's threshold can keep such claims out. Beside the words, the features
read what the frames' sentence scope says of the figure
(:mod:`casualtylog.text._free_scope`: a negation, another event, a share, a
part of a group, a relative clause, the casualty words of its clause).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass

from casualtylog.text._binding import Binding
from casualtylog.text._free_figures import FREE_FRAME
from casualtylog.text._learned import SentenceContext, features
from casualtylog.text._tokens import PUNCT, WORD, Token
from casualtylog.text.lang import LanguageData

__all__ = ["REACH", "ReaderModel", "Recorder", "read_free", "reader_features", "scores", "shipped_model"]

#: Words each side of a figure whose casualty words the features read (and the wider bag of prefixes).
REACH = 10
#: Words each side read one by one, by exact distance.
_NEAR = 5


@dataclass(frozen=True)
class ReaderModel:
    """A multinomial logistic model: per metric a bias, and per feature its (class index, weight) pairs;
    the class *none* has logit 0. A figure is read as the likeliest metric when its probability reaches
    ``threshold``."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[tuple[int, float], ...]]
    threshold: float


def shipped_model() -> ReaderModel:
    """The weights ``benchmarks/reader_train.py`` wrote (:mod:`casualtylog.text._reader_weights`), imported
    on first use: building their 5,700 features costs ``import casualtylog`` about 80 ms, and only
    ``learned="reader"`` reads them. The import system's lock makes a first use from two threads safe."""
    from casualtylog.text._reader_weights import READER  # noqa: PLC0415 - lazily, see above

    return READER


def scores(model: ReaderModel, names: list[str]) -> list[float]:
    """The probability of each of the model's classes (none left out: it is 1 − their sum).

    >>> m = ReaderModel(("killed", "injured"), (0.0, -1.0), {"dead": ((0, 3.0),)}, 0.5)
    >>> [round(p, 2) for p in scores(m, ["dead"])]
    [0.94, 0.02]
    """
    z = list(model.bias)
    for name in names:
        for k, w in model.weights.get(name, ()):
            z[k] += w
    top = max([0.0, *z])
    exps = [math.exp(v - top) for v in z]
    total = math.exp(-top) + sum(exps)
    return [e / total for e in exps]


def _bucket(d: int) -> str:
    return str(d) if d <= 3 else ("5" if d <= 5 else "10")


def _word(tok: Token) -> str:
    if tok.kind is WORD:
        return tok.low[:12]
    if tok.is_number:
        return "NUM"
    if tok.kind is PUNCT:
        return f"p{tok.text[:1]}"
    return "OTHER"


def reader_features(ctx: SentenceContext, cues: list[str | None], b: Binding) -> list[str]:
    """The feature names of one free figure: the learned layer's and the reader's own."""
    m = b.mention
    tokens = ctx.tokens
    n = len(tokens)
    lang = ctx.lang.code
    names = features(ctx, b)
    figure = m.figure
    value = figure.low
    if m.article:
        names.append("shape:article")
    elif m.in_words:
        names.append("shape:words")
    else:
        names.append("shape:digits")
    if figure.low != figure.high:
        names.append("shape:range")
    if 1900 <= value <= 2100 and value == int(value) and not m.in_words:
        names.append("shape:yearlike")
    for step in (1000, 100, 10):
        if value >= step and value % step == 0:
            names.append(f"shape:round{step}")
            break
    if value == 1:
        names.append("shape:one")
    for d in range(1, _NEAR + 1):
        for side, k in (("L", m.start - d), ("R", m.end - 1 + d)):
            if 0 <= k < n:
                word = _word(tokens[k])
                names.append(f"{side}{d}={word}")
                names.append(f"{side}={word}")
                if d <= 2:
                    names.append(f"{lang}|{side}{d}={word}")
                if tokens[k].kind is WORD:
                    names.append(f"{side}p4={tokens[k].low[:4]}")
    for d in range(_NEAR + 1, REACH + 1):
        for side, k in (("L", m.start - d), ("R", m.end - 1 + d)):
            if 0 <= k < n and tokens[k].kind is WORD:
                names.append(f"{side}W={tokens[k].low[:5]}")
    # The casualty words in reach: their metric by side and distance, the nearest each side, punctuation between.
    for side, step, first in (("L", -1, m.start - 1), ("R", 1, m.end)):
        punct = False
        nearest = True
        for d in range(1, REACH + 1):
            k = first + step * (d - 1)
            if not 0 <= k < n:
                break
            if tokens[k].kind is PUNCT and tokens[k].text in {",", ";", ":", ".", "(", ")", "—", "–"}:
                punct = True
            metric = cues[k]
            if metric is None:
                continue
            names.append(f"cue:{metric}:{side}{_bucket(d)}")
            names.append(f"cue:{metric}")
            if nearest:
                names.append(f"near{side}:{metric}{':punct' if punct else ''}")
                names.append(f"near{side}:{metric}:{_bucket(d)}")
                nearest = False
    if not any(c is not None for c in cues[max(0, m.start - REACH) : min(n, m.end + REACH)]):
        names.append("cue:none")
    if b.group is not None:
        names.append(f"group:{b.group}")
    return names


#: Where the training script listens: called with each figure's binding (the frames' too, so that the bound
#: figures can teach the model what a count's context is), its feature names, whether a frame bound it, and
#: the figure's character offset in the text (as an extraction's ``span`` starts).
Recorder = Callable[[Binding, list[str], bool, int], None]
#: A context variable, not a module global: a training run records in its own context and leaves every other
#: thread's (and task's) extraction judging as usual.
recorder: ContextVar[Recorder | None] = ContextVar("casualtylog_reader_recorder", default=None)


def read_free(
    bindings: list[Binding],
    tokens: list[Token],
    lang: LanguageData,
    *,
    year: int | None,
    model: ReaderModel,
    cues: list[str | None],
) -> list[Binding]:
    """The frames' bindings, and each free figure's that the model reads as a metric (its confidence the
    model's probability). ``cues``: the sentence's casualty words (:func:`~casualtylog.text._liberal.cue_metrics`),
    the list the free figures were found with."""
    listen = recorder.get()
    if listen is None and not any(b.frame == FREE_FRAME for b in bindings):
        return bindings
    ctx = SentenceContext(tokens, lang, year)
    out: list[Binding] = []
    for b in bindings:
        if b.frame != FREE_FRAME:
            if listen is not None:
                listen(b, reader_features(ctx, cues, b), True, tokens[b.mention.start].start)
            out.append(b)
            continue
        names = reader_features(ctx, cues, b)
        if listen is not None:
            listen(b, names, False, tokens[b.mention.start].start)
            out.append(b)
            continue
        end = b.mention.end
        if end < len(tokens) and tokens[end].low in lang.thing_nouns:
            # The guide: things never name victims ("Ten ambulances were sent", "Some 80 lorries crossed"). Refused
            # after the training rows are recorded, not as candidates: the model learns "none" from them (no dev
            # figure before a thing noun is labelled; refusing them as candidates lost on dev batch 16).
            continue
        probs = scores(model, names)
        best = max(range(len(probs)), key=probs.__getitem__) if probs else -1
        if best < 0 or probs[best] < model.threshold:
            continue
        b.metric = model.classes[best]
        b.confidence = round(probs[best], 3)
        out.append(b)
    return out
