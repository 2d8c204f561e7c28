"""Sources: who made a statement (the originator, not who repeated it), and what kind of body they are."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property, lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from casualtylog._rooted import RootedModelMeta
from casualtylog.errors import VocabularyError
from casualtylog.names import MAX_NAME, normalise_name

__all__ = ["Source", "SourceKind"]


class SourceKind(StrEnum):
    """What kind of originator made a statement."""

    OFFICIAL = "official"
    MILITARY = "military"
    UN = "un"
    NGO = "ngo"
    MEDIA = "media"
    SOCIAL = "social"
    ACADEMIC = "academic"
    OTHER = "other"
    UNKNOWN = "unknown"


class Source(BaseModel, metaclass=RootedModelMeta):
    """The originator of a statement: who made it, not who repeated it.

    Names are normalised (:func:`casualtylog.names.normalise_name`: NFC,
    invisible characters removed, whitespace collapsed). Two sources are the
    same originator when their names match ignoring case (:attr:`key`);
    equality compares name and kind exactly.

    >>> Source(name="Kyiv City  Military\u200b Administration", kind="official").key
    'kyiv city military administration'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(max_length=MAX_NAME["source"])
    kind: SourceKind = SourceKind.UNKNOWN

    @field_validator("name", mode="before")
    @classmethod
    def _strip(cls, value: object) -> str:
        if isinstance(value, str) and len(value) <= MAX_NAME["source"] and not value.strip():
            raise ValueError("a source needs a name; use 'unknown' if the report names none")
        return normalise_name(value, field="source")

    @cached_property
    def key(self) -> str:
        """The originator's identity: the normalised name, case-folded.

        Normalised again here because a claim stored before names were
        normalised keeps its name as written (so that its id still verifies).
        """
        if self.name.isascii():
            return " ".join(self.name.split()).casefold()
        return normalise_name(self.name, field="source").casefold()

    def __str__(self) -> str:
        return self.name if self.kind is SourceKind.UNKNOWN else f"{self.name} ({self.kind.value})"


@lru_cache(maxsize=16384)
def _source(name: str, kind: str) -> Source:
    """Sources repeat across many claims: validate each (name, kind) once."""
    if kind not in _KINDS:
        # SourceKind(kind) would quote the whole value in its message, however long it is.
        raise VocabularyError("source.kind", kind, f"one of {', '.join(sorted(_KINDS))}")
    return Source(name=name, kind=SourceKind(kind))


_KINDS = frozenset(kind.value for kind in SourceKind)
