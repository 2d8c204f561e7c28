"""Spanish "guardias civiles" are officers, not civilians (session 7, found by gen_rom)."""

from __future__ import annotations

from casualtylog.text import extract


def test_guardias_civiles_are_officers_not_civilians() -> None:
    """Spanish "guardias civiles" are officers of the Guardia Civil, a police force (found by gen_rom).

    The singular "un guardia civil" still reads as a civilian: singular victims are one word each.
    """
    got = [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract(
            "Dos guardias civiles resultaron heridos.", language="es", source="s", reported_at="2025-01-01"
        )
    ]
    assert got == [("injured", "officers", "2")]
    civilians = [
        (x.claim.metric, x.claim.group, str(x.claim.figure))
        for x in extract("Tres civiles murieron.", language="es", source="s", reported_at="2025-01-01")
    ]
    assert civilians == [("killed", "civilians", "3")]
