"""Construction errors under the library's error root: ``Claim(...)`` as ``Claim.model_validate``.

Calling a model class (``Claim(event=...)``) runs pydantic's ``__init__``,
whose ``ValidationError`` would escape ``except CasualtyLogError``. Defining
``__init__`` on the model would catch it, but pydantic then validates every
dict through that ``__init__``, which loses the validation context that
carries ``tz`` and ``vague``. Catching at the metaclass's ``__call__`` changes
only direct calls.
"""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ValidationError

# Private to pydantic, but the only base a model's metaclass can have; the
# import fails loudly at start-up if pydantic ever moves it.
from pydantic._internal._model_construction import ModelMetaclass

from casualtylog.errors import ClaimValidationError

__all__ = ["RootedModel", "RootedModelMeta"]


class RootedModelMeta(ModelMetaclass):
    """A pydantic model metaclass whose direct calls raise :class:`ClaimValidationError`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except ValidationError as exc:
            if isinstance(exc, ClaimValidationError):
                raise
            err = ClaimValidationError.wrap(exc)
        raise err  # outside the handler: no pydantic error in __context__ (it does not pickle)


class RootedModel(BaseModel, metaclass=RootedModelMeta):
    """A model whose construction and validation errors are all :class:`ClaimValidationError`.

    (Not ``__init__``: a custom ``__init__`` makes pydantic validate through
    it, which drops the validation context that carries tz and vague.)
    """

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        """Validate ``obj`` (a dict of fields); errors are :class:`~casualtylog.errors.ClaimValidationError`."""
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            err = ClaimValidationError.wrap(exc)
        raise err  # outside the handler: no pydantic error in __context__ (it does not pickle)

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        """Validate a JSON object; errors are :class:`~casualtylog.errors.ClaimValidationError`."""
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            err = ClaimValidationError.wrap(exc)
        raise err  # outside the handler: no pydantic error in __context__ (it does not pickle)
