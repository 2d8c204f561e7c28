"""The learned reader's group head (issue 13): which group an added claim names.

A free figure's group is a guess: the noun right after it ("vier Jugendliche").
The head chooses among that guess (*keep*, the class at logit 0), no group
(*drop*: "dos de ellos" counts the wounded, not the students named before) and
another group noun within three words (*near*: "Acht von ihnen Schüler"). It is
trained on the free figures whose figure a labelled claim the frames missed
has, labelled by that claim's group.
"""

from __future__ import annotations

from benchmarks.reader_corpus import Candidate, Sentence
from benchmarks.reader_model import Fitted, fit

__all__ = ["choose_groups", "head_label", "head_names", "train_head"]


def head_names(c: Candidate, names: list[str]) -> list[str]:
    """The head's features: the reader's, and which alternatives the figure has."""
    return [*names, f"head:guess:{'set' if c.group else 'none'}", f"head:near:{'set' if c.near_group else 'none'}"]


def head_label(c: Candidate, sentence: Sentence) -> str | None:
    """*none* (keep the guess), *drop* or *near*, by the group of the missed labelled claim with the figure
    (of the candidate's metric when one has it); None when no alternative names it."""
    left = [k for k in sentence.left if k[2] == c.figure]
    if not left:
        return None
    key = next((k for k in left if k[0] == c.loose), left[0])
    if key[1] == c.group:
        return "none"
    if key[1] is None:
        return "drop"
    if key[1] == c.near_group:
        return "near"
    return None


def train_head(
    sentences: list[Sentence], cands: list[Candidate], ids: list[int], names: list[list[str]], l2: float
) -> Fitted:
    rows, labels = [], []
    for i, row in zip(ids, names, strict=True):
        c = cands[i]
        label = head_label(c, sentences[c.sentence])
        if label is not None:
            rows.append(head_names(c, row))
            labels.append(label)
    return fit(rows, labels, l2=l2)


def choose_groups(
    head: Fitted, cands: list[Candidate], ids: list[int], names: list[list[str]], threshold: float
) -> dict[int, str | None]:
    """Candidate → the group the head chooses, where it leaves the guess (an alternative the figure has,
    at ``threshold`` or above)."""
    out: dict[int, str | None] = {}
    if not head.classes:
        return out
    probs = head.probs([head_names(cands[i], row) for i, row in zip(ids, names, strict=True)])
    for i, row in zip(ids, probs, strict=True):
        c = cands[i]
        for k, cls in enumerate(head.classes):
            if row[k] < threshold:
                continue
            if cls == "drop" and c.group is not None:
                out[i] = None
            elif cls == "near" and c.near_group is not None:
                out[i] = c.near_group
    return out
