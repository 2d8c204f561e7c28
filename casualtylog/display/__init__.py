"""Views of claims, resolutions, histories and logs: HTML, text, pandas frames, plots.

Nothing here is imported by ``import casualtylog``; pandas and matplotlib are
imported only inside the functions that need them (extras ``pandas`` and
``plot``). The HTML and text renderings need nothing beyond the standard
library.
"""

from casualtylog.display.html import (
    claim_html,
    claims_html,
    claims_text,
    history_html,
    history_text,
    log_html,
    log_text,
    resolution_html,
    resolution_text,
    resolutions_html,
    resolutions_text,
)
from casualtylog.display.report import report

__all__ = [
    "claim_html",
    "claims_html",
    "claims_text",
    "history_html",
    "history_text",
    "log_html",
    "log_text",
    "report",
    "resolution_html",
    "resolution_text",
    "resolutions_html",
    "resolutions_text",
]
