"""Fewer bytes per model instance: what every instance of a frozen model holds alike, held once.

pydantic gives each instance two containers of its own: the set of fields the
input named (for ``exclude_unset``, which casualtylog never uses), about 700
bytes, and a ``__dict__`` built as an ordinary dict, which for a claim's 19
fields is a hash table of its own, 464 bytes. :class:`SharedLayout` points
every instance at one fields set and gives it a *key-sharing* dict: CPython
keeps one key table per class and a dict that uses it stores only the values
(224 bytes for a claim). The dict is invisible to Python code: it has the
same keys, values and order, and equality, hashing, ``model_dump``, copying
and pickling read it as before (an unpickled or deep-copied instance gets an
ordinary dict again, which is correct, only larger).

The fields set is not invisible: it names every field of the instance's class,
whichever the input named (``model_dump(exclude_unset=True)`` is
``model_dump()``, for a claim read from any source alike), and it refuses to
change, since a change would reach every instance; its copy (what
``model_copy``, ``copy`` and pickling give an instance) is a plain set again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NoReturn, TypeVar
from weakref import WeakKeyDictionary

from pydantic import BaseModel

__all__ = ["SharedLayout"]

M = TypeVar("M", bound=BaseModel)


class _FieldNames(set[str]):
    """One class's fields, the "fields set" all its instances share: a change is refused (it
    would reach every instance), except adding a name already in it (pydantic adds a field's
    name on each assignment to a mutable model)."""

    __slots__ = ()

    def _refuse(self, *_: object) -> NoReturn:
        raise TypeError("this fields set is shared by every instance of the model: change a copy (set(...))")

    def add(self, name: str, /) -> None:
        if name not in self:
            self._refuse()

    def update(self, *others: Iterable[str]) -> None:
        if not all(self.issuperset(names) for names in others):  # issuperset takes one iterable
            self._refuse()

    def discard(self, name: object, /) -> None:
        self._refuse()

    def remove(self, name: str, /) -> None:
        self._refuse()

    def pop(self) -> str:
        self._refuse()

    def clear(self) -> None:
        self._refuse()

    def difference_update(self, *others: Iterable[Any]) -> None:
        self._refuse()

    def intersection_update(self, *others: Iterable[Any]) -> None:
        self._refuse()

    def symmetric_difference_update(self, other: Iterable[str], /) -> None:
        self._refuse()

    # In-place operators do not go through the methods above: each refused on its own.
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse

    def __copy__(self) -> set[str]:
        return set(self)  # pydantic copies the set before it changes it (model_copy(update=...))

    def __reduce__(self) -> tuple[type[set[str]], tuple[list[str]]]:
        return set, (list(self),)  # pickled as a plain set, as before it was shared


class SharedLayout:
    """The parts every instance of one model class shares (see the module's docstring).

    Instances of a subclass share a fields set of their class's fields (theirs too), but
    not the key table: their class has one of its own, which :meth:`bind` did not fill.
    """

    def __init__(self) -> None:
        self.fields_set: set[str] = _FieldNames()
        """The one "fields set" of every instance: all of the model's fields."""
        self._cls: type[BaseModel] | None = None
        self._first = ""  # the model's first field
        self._subclasses: WeakKeyDictionary[type[BaseModel], set[str]] = WeakKeyDictionary()

    def bind(self, cls: type[BaseModel]) -> None:
        """Fill the class's shared key table with its fields, in their order.

        CPython lets a class's key table grow only while few instances exist
        (each new instance shrinks its room); filling it before any instance
        is made means every later one can share it, whatever is loaded first.
        """
        self.fields_set = _FieldNames(cls.model_fields)
        self._cls = cls
        self._first = next(iter(cls.model_fields))
        template = object.__new__(cls)
        for name in cls.model_fields:
            object.__setattr__(template, name, None)

    def shares(self, instance: BaseModel) -> bool:
        """Whether ``instance`` was given its class's shared fields set (by :meth:`share`)."""
        return type(instance.__pydantic_fields_set__) is _FieldNames

    def share(self, instance: M) -> M:
        """``instance``, pointed at the shared fields set and given a key-sharing ``__dict__``.

        Only for a frozen model: a later ``object.__setattr__`` of a new
        name would still work, in an ordinary dict again.
        """
        cls = type(instance)
        if cls is not self._cls:
            # A subclass's own fields in a set of its own: Claim's would leave them "unset".
            names = self._subclasses.get(cls)
            if names is None:
                names = self._subclasses.setdefault(cls, _FieldNames(cls.model_fields))
            object.__setattr__(instance, "__pydantic_fields_set__", names)
            return instance
        object.__setattr__(instance, "__pydantic_fields_set__", self.fields_set)
        # A fresh instance's __dict__ uses the class's key table, and keeps it while each key
        # is stored one by one; the throwaway instance only lends its dict. Not update() alone:
        # into an empty dict it copies the other's own table.
        given = instance.__dict__
        lean: dict[str, Any] = object.__new__(cls).__dict__
        lean[self._first] = given[self._first]
        lean.update(given)
        object.__setattr__(instance, "__dict__", lean)
        return instance

    def copy_unchecked(self, instance: M, /, **fields: Any) -> M:
        """``instance`` with ``fields`` replaced, *not validated*, in the shared layout.

        The fast path for the library's own copies (a claim stamped with its
        ``recorded_at``), about ten times cheaper than a validated one. Nothing is
        derived again: neither fields the model derives (a claim's ``id``) nor cached
        properties, so the caller must know its change cannot break a rule or change
        a derived value, and say why where it calls this. Everyone else calls
        ``model_copy(update=...)``, which validates (:mod:`casualtylog._checked_copy`).
        """
        return self.share(BaseModel.model_copy(instance, update=fields))
