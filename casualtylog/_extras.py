"""Optional dependencies: import them lazily, fail with an error that names the extra.

pandas, matplotlib and friends are never imported by ``import casualtylog``;
the functions that need one call :func:`require` first.

>>> require("json", "core").__name__
'json'
>>> print(MissingExtraError("pandas", "pandas", "claims_frame()"))
claims_frame() needs pandas, which is not installed; install it with: pip install 'casualtylog[pandas]'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from casualtylog.errors import CasualtyLogError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(CasualtyLogError, ImportError):
    """An optional dependency is missing; the message names the extra that installs it.

    Attributes:
        module: the module that could not be imported.
        extra: the ``casualtylog[...]`` extra that provides it.
        feature: what needed it, if known.
    """

    def __init__(self, module: str, extra: str, feature: str | None = None) -> None:
        self.module = module
        self.extra = extra
        self.feature = feature
        who = feature or "this feature"
        super().__init__(
            f"{who} needs {module}, which is not installed; install it with: pip install 'casualtylog[{extra}]'",
            name=module,
        )


def require(module: str, extra: str, feature: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra``.

    >>> require("no_such_module_xyz", "plot", "plot_history()")
    Traceback (most recent call last):
    ...
    casualtylog._extras.MissingExtraError: plot_history() needs no_such_module_xyz, which is not installed; install it with: pip install 'casualtylog[plot]'

    Args:
        module: the dotted module name, e.g. ``"pandas"`` or ``"matplotlib.pyplot"``.
        extra: the extra that installs it, e.g. ``"pandas"`` or ``"plot"``.
        feature: the function that needs it, for the message.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: the module cannot be imported.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(module.split(".")[0], extra, feature) from exc
