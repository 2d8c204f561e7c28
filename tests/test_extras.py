"""Optional extras: a missing one raises an error that names it."""

from __future__ import annotations

import sys

import pytest

from casualtylog import CasualtyLogError
from casualtylog._extras import MissingExtraError, require
from casualtylog.worked_example import kyiv_claims


def test_require_returns_the_module() -> None:
    assert require("json", "core").__name__ == "json"


@pytest.mark.parametrize(
    ("module", "call", "extra"),
    [
        (
            "pandas",
            lambda: __import__("casualtylog.display.frames").display.frames.claims_frame(kyiv_claims()),
            "pandas",
        ),
        ("matplotlib", lambda: __import__("casualtylog.display.plot").display.plot.plot_history(None), "plot"),
    ],
)
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, module: str, call: object, extra: str) -> None:
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    with pytest.raises(MissingExtraError) as info:
        call()  # type: ignore[operator]
    err = info.value
    assert isinstance(err, ImportError)
    assert isinstance(err, CasualtyLogError)
    assert err.extra == extra
    assert err.module == module
    assert str(err).endswith(f"is not installed; install it with: pip install 'casualtylog[{extra}]'")


def test_message_is_exact() -> None:
    err = MissingExtraError("pandas", "pandas", "claims_frame()")
    assert str(err) == (
        "claims_frame() needs pandas, which is not installed; install it with: pip install 'casualtylog[pandas]'"
    )
