"""The learned reader judged as ``benchmarks/text_eval.py`` scores (issue 13): the frames' claims and the
figures the reader adds at a threshold, per language, with false alarms on negative sentences."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from benchmarks.reader_corpus import Candidate, Sentence

__all__ = ["Tally", "judge", "show"]


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    negatives: int = 0
    alarms: int = 0
    added_right: int = 0
    added_wrong: int = 0

    def row(self) -> str:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{p:.3f}/{r:.3f} F {f:.3f}, alarms {self.alarms}/{self.negatives}, "
            f"added +{self.added_right}/-{self.added_wrong}"
        )


def judge(
    sentences: list[Sentence], cands: list[Candidate], chosen: dict[int, tuple[str, float]], threshold: float
) -> tuple[dict[str, Tally], list[tuple[float, bool]]]:
    """Frames plus the candidates read at ``threshold`` (``chosen``: candidate → best metric, its probability)."""
    out: dict[str, Tally] = defaultdict(Tally)
    pairs: list[tuple[float, bool]] = []
    for sent in sentences:
        left = Counter(sent.left)
        tp, pred, added_r, added_w = sent.frame_right, sent.frame_pred, 0, 0
        for i in sent.candidates:
            if i not in chosen:
                continue
            metric, p = chosen[i]
            c = cands[i]
            key = (metric, c.group, c.figure, c.status)
            ok = left[key] > 0
            pairs.append((p, ok))
            if p < threshold:
                continue
            if ok:
                left[key] -= 1
            pred += 1
            tp += ok
            added_r += ok
            added_w += not ok
        for name in (sent.lang, "all"):
            t = out[name]
            t.tp += tp
            t.pred += pred
            t.gold += sent.gold
            t.added_right += added_r
            t.added_wrong += added_w
            if sent.negative:
                t.negatives += 1
                t.alarms += pred > 0
    return out, pairs


def show(sentences: list[Sentence], cands: list[Candidate], chosen: dict[int, tuple[str, float]], t: float) -> None:
    """Each candidate read at ``t`` or above: right or wrong, its claim and its sentence."""
    for sent in sentences:
        left = Counter(sent.left)
        for i in sent.candidates:
            if i in chosen and chosen[i][1] >= t:
                c = cands[i]
                key = (chosen[i][0], c.group, c.figure, c.status)
                ok = left[key] > 0
                left[key] -= ok
                print(f"{'RIGHT' if ok else 'WRONG'} {chosen[i][1]:.2f} {key} {sent.record}: {sent.text[:300]}")
                if not ok and sent.left:
                    print(f"      missed: {sent.left}")
