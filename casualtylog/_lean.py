"""Fewer bytes per model instance: what every instance of a frozen model holds alike, held once.

pydantic gives each instance two containers of its own: the set of fields the
input named (for ``exclude_unset``, which casualtylog never uses), about 700
bytes, and a ``__dict__`` built as an ordinary dict, which for a claim's 19
fields is a hash table of its own, 464 bytes. :class:`SharedLayout` points
every instance at one fields set and gives it a *key-sharing* dict: CPython
keeps one key table per class and a dict that uses it stores only the values
(224 bytes for a claim). Both are invisible to Python code: the dict has the
same keys, values and order, and equality, hashing, ``model_dump``, copying
and pickling read it as before (an unpickled or copied instance gets an
ordinary dict again, which is correct, only larger).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["SharedLayout"]

M = TypeVar("M", bound=BaseModel)


class SharedLayout:
    """The parts every instance of one model class shares (see the module's docstring).

    Instances of a subclass get the shared fields set only: their class has a
    key table of its own, which :meth:`bind` did not fill.
    """

    def __init__(self) -> None:
        self.fields_set: set[str] = set()
        """The one "fields set" of every instance: all of the model's fields."""
        self._cls: type[BaseModel] | None = None
        self._first = ""  # the model's first field

    def bind(self, cls: type[BaseModel]) -> None:
        """Fill the class's shared key table with its fields, in their order.

        CPython lets a class's key table grow only while few instances exist
        (each new instance shrinks its room); filling it before any instance
        is made means every later one can share it, whatever is loaded first.
        """
        self.fields_set.update(cls.model_fields)
        self._cls = cls
        self._first = next(iter(cls.model_fields))
        template = object.__new__(cls)
        for name in cls.model_fields:
            object.__setattr__(template, name, None)

    def share(self, instance: M) -> M:
        """``instance``, pointed at the shared fields set and given a key-sharing ``__dict__``.

        Only for a frozen model: a later ``object.__setattr__`` of a new
        name would still work, in an ordinary dict again.
        """
        object.__setattr__(instance, "__pydantic_fields_set__", self.fields_set)
        if type(instance) is self._cls:
            # A fresh instance's __dict__ uses the class's key table, and keeps it while each key
            # is stored one by one; the throwaway instance only lends its dict. Not update() alone:
            # into an empty dict it copies the other's own table.
            given = instance.__dict__
            lean: dict[str, Any] = object.__new__(self._cls).__dict__
            lean[self._first] = given[self._first]
            lean.update(given)
            object.__setattr__(instance, "__dict__", lean)
        return instance
