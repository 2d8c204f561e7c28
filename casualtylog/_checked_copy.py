"""Copies with changes that obey the model's rules: ``model_copy(update=...)`` validated again.

pydantic's ``model_copy(update=...)`` writes the update into the copy without
validating it. For a claim, whose id is a hash of its content, the copy kept
the old id with new content: ``log.add`` of it returned the original claim (the
change lost without a word), and a saved log holding it was refused whole when
it was loaded again (the id does not match the content). An update that broke
another rule (a negative figure, a naive time) went through as well.

:class:`CheckedCopies` validates the merged fields through the model's own
validation instead, so a changed copy is what ``model_validate`` of the same
fields gives: same errors, derived fields derived again, same layout. A copy
without changes stays pydantic's cheap copy.

The library's own hot paths that change a field which cannot break a rule (a
claim's ``recorded_at`` stamp) copy without validation on purpose:
:func:`casualtylog._lean.SharedLayout.copy_unchecked`, each caller saying why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from casualtylog._rooted import RootedModel

__all__ = ["CheckedCopies"]


class CheckedCopies(RootedModel):
    """A model whose ``model_copy(update=...)`` is validated like ``model_validate``."""

    #: Fields the model's validation derives from the others (a claim's ``id``). A changed
    #: copy derives them again, unless the update names them: then they are checked like
    #: any given value (a claim's given id must match its content).
    _DERIVED: ClassVar[tuple[str, ...]] = ()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy; with ``update``, the merged fields validated again (errors as ``model_validate``'s).

        ``deep`` matters only without ``update``: a validated copy is built afresh from
        the fields, and shares with this instance only values that are immutable.
        """
        if not update:
            return super().model_copy(deep=deep)  # the same content: nothing to check
        derived = self._DERIVED
        # The fields by name, not __dict__: it also holds cached properties (a claim's available_at).
        data = {name: getattr(self, name) for name in type(self).model_fields if name not in derived}
        data.update(update)
        return type(self).model_validate(data)
