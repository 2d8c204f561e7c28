"""The split of the frame modules (issue "split"): the frames still meet in one sentence class.

``bind()`` calls every frame by name on one class built from many mixins; if
two of them defined the same name, the method order alone would pick one and
the other would silently never run.
"""

from __future__ import annotations

from casualtylog.text._clause_frames import ClauseFrames
from casualtylog.text._count_frames import CountFrames
from casualtylog.text._frames import _Sentence


def _owners() -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for cls in _Sentence.__mro__[1:]:
        if cls is object:
            continue
        for name in vars(cls):
            if not name.startswith("__"):
                owners.setdefault(name, []).append(cls.__qualname__)
    return owners


def test_item1_no_frame_method_is_defined_twice_across_the_sentence_bases() -> None:
    twice = {name: classes for name, classes in _owners().items() if len(classes) > 1}
    assert twice == {}


def test_item1_the_split_frames_keep_their_names() -> None:
    for name in ("toll", "among_before", "subject", "object", "group", "zeros", "listed_after_cue", "skip_partitive"):
        assert callable(getattr(CountFrames, name))
    for name in (
        "part_of_count",
        "relative_subject",
        "change",
        "raised_to",
        "pro_verb",
        "place_split",
        "taken_to_hospital",
        "among_counted",
        "parenthesised_subject",
        "distant_subject",
    ):
        assert callable(getattr(ClauseFrames, name))
