"""Casualty frames: running totals, subjects, objects, "among the dead", parts of a count and zeros.

The frames live in one module per concept; :class:`CountFrames` gathers them
for :mod:`casualtylog.text._frames`, whose ``bind()`` calls them by name.
"""

from __future__ import annotations

from casualtylog.text._group_frame import GroupFrame
from casualtylog.text._object_frames import ObjectFrames
from casualtylog.text._subject_frames import SubjectFrames
from casualtylog.text._toll_frame import TollFrame
from casualtylog.text._zero_frame import ZeroFrame

__all__ = ["CountFrames"]


class CountFrames(TollFrame, SubjectFrames, ObjectFrames, GroupFrame, ZeroFrame):
    """The frames that bind counts of people: totals, subjects, objects, groups, zeros."""
