"""Where an event happened: a name, ISO 3166 / P-code admin codes, coordinates and their precision."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from casualtylog.claims import _CONTROL
from casualtylog.event_when import _FieldError

__all__ = ["GeoPrecision", "Place"]


class GeoPrecision(StrEnum):
    """How precisely the coordinates place the event (coarser precisions use a centroid)."""

    EXACT = "exact"
    NEAR = "near"
    ADM2 = "adm2"
    ADM1 = "adm1"
    COUNTRY = "country"


_COUNTRY = re.compile(r"^[A-Z]{2,3}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


class Place(BaseModel):
    """Where an event happened.

    Attributes:
        name: the place as reports name it ("Kyiv", "Sindhupalchok").
        country: ISO 3166-1 alpha-2 or alpha-3 code ("UA", "NPL").
        admin1, admin2: ISO 3166-2 or P-codes of the first and second admin levels.
        latitude, longitude: WGS84 decimal degrees.
        precision: how precisely the coordinates place it (``exact`` … ``country``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str | None = Field(default=None, max_length=500)
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: GeoPrecision | None = None

    @field_validator("name")
    @classmethod
    def _clean_name(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if _CONTROL.search(value):
            raise ValueError("expected a place name without control characters")
        return " ".join(value.split())

    @field_validator("country")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        code = value.strip().upper()
        if not _COUNTRY.match(code):
            raise ValueError("expected an ISO 3166-1 code such as 'UA' or 'NPL'")
        return code

    @field_validator("admin1", "admin2")
    @classmethod
    def _admin(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not _CODE.match(value.strip()):
            raise ValueError("expected an admin code such as 'UA-30' or 'NP-P3' (letters, digits, '-', '.', '_')")
        return value.strip()

    @field_validator("latitude")
    @classmethod
    def _lat(cls, value: float | None) -> float | None:
        if value is not None and not -90 <= value <= 90:
            raise ValueError("expected a latitude from -90 to 90")
        return value

    @field_validator("longitude")
    @classmethod
    def _lon(cls, value: float | None) -> float | None:
        if value is not None and not -180 <= value <= 180:
            raise ValueError("expected a longitude from -180 to 180")
        return value

    @model_validator(mode="after")
    def _both_or_neither(self) -> Place:
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise _FieldError(missing, None, "coordinates need both latitude and longitude")
        return self

    def __str__(self) -> str:
        return self.name or self.admin2 or self.admin1 or self.country or "?"
