"""Weights of the learned layer (:mod:`casualtylog.text._learned`): written by ``benchmarks/train_filter.py``, do not edit.

Placeholder until the first training run: the filter keeps everything, the liberal model nothing.
"""

from __future__ import annotations

from casualtylog.text._learned import Model

__all__ = ["FILTER", "LIBERAL"]

FILTER = Model(bias=0.0, weights={}, threshold=0.0)
LIBERAL = Model(bias=0.0, weights={}, threshold=1.01)
