"""benchmarks/text_breakdown.py: each error goes to the field it got wrong, each wrong claim used once."""

from __future__ import annotations

from collections import Counter
from typing import Any

from benchmarks.text_breakdown import Key, attribution_kinds, breakdown

R = "reported"


def test_each_miss_pairs_with_the_wrong_claim_sharing_most_fields() -> None:
    gold: Counter[Key] = Counter(
        [
            ("killed", None, "12", R),  # given as confirmed: status only
            ("injured", "children", "5", R),  # given without the group
            ("killed", None, "about 40", R),  # given as exactly 40: qualifier
            ("missing", None, "3", R),  # nothing read
        ]
    )
    pred: Counter[Key] = Counter(
        [
            ("killed", None, "12", "confirmed"),
            ("injured", None, "5", R),
            ("killed", None, "40", R),
            ("detained", None, "7", R),  # nothing labelled like it
        ]
    )
    kinds = breakdown([({}, gold, pred)])
    assert kinds == Counter(
        {"status only": 1, "group": 1, "qualifier": 1, "missed figure": 1, "spurious, beside labels": 1}
    )


def test_a_claim_on_a_negative_is_a_false_alarm_and_a_right_claim_is_not_counted() -> None:
    right: Key = ("killed", None, "2", R)
    kinds = breakdown([({}, Counter(), Counter([right])), ({}, Counter([right]), Counter([right]))])
    assert kinds == Counter({"spurious, on a negative": 1})


def test_attribution_failures_by_kind() -> None:
    mismatches: list[tuple[dict[str, Any], list[tuple[str, str | None]]]] = [
        ({"source": "KCMA"}, []),
        ({"source": "KCMA"}, [("corpus", None)]),
        ({"source": "the ministry"}, [("Ministry", "Telegram")]),
        ({"source": "KCMA"}, [("Friday", None), ("corpus", None)]),
    ]
    assert attribution_kinds(mismatches) == Counter(
        {"no claim read": 1, "publisher kept": 1, "source right, via wrong": 1, "another name": 1}
    )
