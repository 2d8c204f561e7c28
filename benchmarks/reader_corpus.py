"""The learned reader's training data (issue 13): every figure of the labelled dev sentences, with its features.

Reads **only the dev split** (``tests/data/news/*.dev.jsonl``, batches up to
``max_batch``); the test split is never opened. Each dev sentence runs through
``extract(..., learned="reader")`` with the reader recording instead of judging
(:data:`casualtylog.text._reader.recorder`), so every figure no frame bound is a
candidate with its features; its label is the metric of a labelled claim of its
sentence with its figure, group and status that no frame claim took (else
*none*). The figures a frame bound are recorded too (``bound``): labelled with
their claim's metric when the claim is right, *none* when no labelled claim of
the sentence has the figure (a figure said with another field is left out).
They are the ~9,000 labelled contexts of a count the free figures (a few
hundred) lack; ``benchmarks/reader_train.py`` decides whether they teach the
model anything.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

from benchmarks.text_eval import NEWS, NEWS_LANGUAGES, Key, expected, report_date
from casualtylog.text import _reader, extract
from casualtylog.text._binding import Binding
from casualtylog.vocab import normalise_group

__all__ = ["Candidate", "Sentence", "collect", "key_of", "load", "save"]


@dataclass
class Candidate:
    names: list[str]
    group: str | None
    figure: str
    status: str
    label: str  # a metric, or "none"
    loose: str  # the metric of a labelled claim the frames missed with this figure (any group/status), or "none"
    sentence: int
    bound: bool = False  # a figure a frame bound (a training row only: the reader never judges it)


@dataclass
class Sentence:
    lang: str
    doc: str
    batch: int
    gold: int
    negative: bool
    frame_right: int
    frame_pred: int
    left: list[Key]  # labelled claims the frames missed
    candidates: list[int] = field(default_factory=list)  # the free figures (bound ones are not listed)
    record: str = ""  # the record's id
    text: str = ""
    frame_figures: list[str] = field(default_factory=list)  # the figures of the frames' claims


def key_of(x: Any) -> Key:
    """An extraction's key as ``benchmarks/text_eval.py`` scores it."""
    return (x.claim.metric, normalise_group(x.claim.group), str(x.claim.figure), x.claim.status.value)


def _records(max_batch: int) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for lang in NEWS_LANGUAGES:
        for line in (NEWS / f"{lang}.dev.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            assert record["split"] == "dev"  # noqa: S101 - the test split must never be read
            if record.get("batch", 1) <= max_batch:
                out.append((lang, record))
    return out


def collect(max_batch: int) -> tuple[list[Sentence], list[Candidate]]:
    """Every dev sentence of batches 1–``max_batch`` with its figures, features and labels."""
    sentences: list[Sentence] = []
    cands: list[Candidate] = []
    for lang, record in _records(max_batch):
        recorded: list[tuple[int, bool, list[str]]] = []

        def listen(b: Binding, names: list[str], bound: bool, at: int, out: list[Any] = recorded) -> None:
            out.append((at, bound, names))

        token = _reader.recorder.set(listen)
        try:
            found = extract(
                record["text"], source="corpus", reported_at=report_date(record)[0], language=lang, learned="reader"
            )
        finally:
            _reader.recorder.reset(token)
        gold = expected(record)
        left = Counter(gold)
        right = pred = 0
        free: dict[int, Any] = {}
        framed: dict[int, list[Any]] = {}
        figures = []
        for x in found:
            if not x.claim.figure:
                continue
            if x.frame == "reader":
                free.setdefault(x.span[0], x)
                continue
            framed.setdefault(x.span[0], []).append(x)
            figures.append(str(x.claim.figure))
            pred += 1
            if left[key_of(x)] > 0:
                left[key_of(x)] -= 1
                right += 1
        index = len(sentences)
        sent = Sentence(
            lang,
            record["url"],
            record.get("batch", 1),
            sum(gold.values()),
            not gold,
            right,
            pred,
            list((+left).elements()),
            record=record["id"],
            text=record["text"],
            frame_figures=figures,
        )
        sentences.append(sent)
        exact = Counter(left)
        seen: set[tuple[int, bool]] = set()
        for at, bound, names in recorded:
            if (at, bound) in seen:
                continue  # a window read twice: the first reading
            seen.add((at, bound))
            if bound:
                label = _bound_label(framed.get(at, []), gold)
                if label is not None:
                    x = framed[at][0]
                    _, group, figure, status = key_of(x)
                    cands.append(Candidate(names, group, figure, status, label, label, index, bound=True))
                continue
            if at not in free:
                continue  # an increment of no figure ("+0"): no claim to judge
            _, group, figure, status = key_of(free[at])
            label = next(
                (k[0] for k in sorted(exact, key=str) if exact[k] > 0 and k[1:] == (group, figure, status)), "none"
            )
            if label != "none":
                exact[(label, group, figure, status)] -= 1
            loose = next((k[0] for k in sorted(left, key=str) if k[2] == figure), "none")
            sent.candidates.append(len(cands))
            cands.append(Candidate(names, group, figure, status, label, loose, index))
    return sentences, cands


def _bound_label(claims: list[Any], gold: Counter[Key]) -> str | None:
    """A bound figure's label: its claim's metric when the claim is labelled, *none* when no labelled claim
    has the figure, None (left out) when one has it with another field or the frames read no claim of it."""
    if not claims:
        return None
    for x in claims:
        if gold[key_of(x)] > 0:
            return str(x.claim.metric)
    figures = {k[2] for k in gold}
    return None if any(key_of(x)[2] in figures for x in claims) else "none"


def save(path: Path, sentences: list[Sentence], cands: list[Candidate]) -> None:
    """The collection as JSON, not a pickle: loading a pickle runs what it names, and the path is often in /tmp."""
    data = {"sentences": [asdict(s) for s in sentences], "cands": [asdict(c) for c in cands]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def load(path: Path) -> tuple[list[Sentence], list[Candidate]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = [Sentence(**{**s, "left": [cast("Key", tuple(k)) for k in s["left"]]}) for s in data["sentences"]]
    return sentences, [Candidate(**c) for c in data["cands"]]
