"""The published JSON Schema of a claim record (one line of JSON Lines).

The schema is generated from the :class:`~casualtylog.Claim` model and
published as ``docs/claim.schema.json``; a test checks that the file equals
what this module generates. After changing the model, regenerate it with::

    .venv/bin/python -m casualtylog.formats.schema docs/claim.schema.json

>>> schema = claim_schema()
>>> schema["required"]
['event', 'metric', 'figure', 'source', 'reported_at']
>>> schema["properties"]["source"]["anyOf"][1]["properties"]["kind"]["enum"][:3]
['official', 'military', 'un']

The schema describes the records :func:`~casualtylog.formats.jsonl.write_jsonl`
writes. The reader is more forgiving (it also takes numbers as figures and
loose dates such as "24 April 2025"), but the figures and times it accepts
are checked by the model, not by the schema.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from casualtylog.claims import Claim, SourceKind

__all__ = ["SCHEMA_ID", "claim_schema", "schema_text"]

#: The ``$id`` of the published schema.
SCHEMA_ID = "https://casualtylog.invalid/schema/claim.schema.json"

_FIGURE = (
    "What the claim asserts, as text: '12', 'at least 12', 'more than 11', 'at most 12', "
    "'fewer than 12', 'over 11', 'under 12', 'almost 12', 'nearly 12', '10–15', 'about 12', "
    "'about 12 (10–15)', '+2' (an increment), "
    "'dozens' (a vague word). A whole number is also read. Null only for a claim that retracts others."
)
_TIME = "An ISO 8601 date-time with an offset (for example 2025-04-24T14:00:00+03:00)."
_DESCRIPTIONS = {
    "event": "The event the count belongs to, e.g. 'kyiv-2025-04-24'.",
    "metric": "What is counted: killed, injured, missing, displaced, detained, launched, intercepted, … "
    "(synonyms such as 'dead' or 'wounded' are folded on input).",
    "group": "The sub-population (children, women, civilians, …); absent or null for everyone.",
    "via": "How the statement reached us: Telegram, X, an outlet.",
    "reported_at": "When the source said it. " + _TIME + " The start of its window when known only to the day.",
    "reported_precision": "How precisely reported_at is known.",
    "as_of": "The moment the figure describes, if the source gave one. " + _TIME,
    "recorded_at": "When the claim entered a log; set by the log. " + _TIME,
    "status": "How firm the statement is; projected figures are kept but not resolved.",
    "supersedes": "Ids of claims this one replaces (a correction).",
    "retracts": "Ids of claims this one withdraws.",
    "quote": "The words of the source.",
    "url": "Where the statement can be read.",
    "language": "The language of the quote (BCP 47, e.g. 'en', 'uk').",
    "relayed_at": "When the relay named in via (a newspaper repeating an official) published the statement; "
    "reported_at stays when the source said it. " + _TIME,
    "id": "A hash of the content (everything but recorded_at); checked on input when given.",
}


def claim_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a claim record, as a dict.

    >>> claim_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    base = Claim.model_json_schema(mode="serialization")
    properties: dict[str, Any] = base["properties"]
    for name, prop in properties.items():
        prop.pop("title", None)
        if name in _DESCRIPTIONS:
            prop["description"] = _DESCRIPTIONS[name]
    properties["event"]["minLength"] = 1
    properties["metric"]["minLength"] = 1
    properties["figure"] = {
        "anyOf": [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": 0}, {"type": "null"}],
        "description": _FIGURE,
    }
    properties["source"] = {
        "description": "Who made the statement (the originator, not who repeated it): a name, "
        "or an object with its name and kind.",
        "anyOf": [
            {"type": "string", "minLength": 1, "maxLength": 500},
            {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "minLength": 1, "maxLength": 500},
                    "kind": {"enum": [k.value for k in SourceKind], "default": SourceKind.UNKNOWN.value},
                },
                "required": ["name"],
                "additionalProperties": False,
            },
        ],
    }
    properties["id"] = {"type": "string", "pattern": "^([0-9a-f]{16})?$", "description": _DESCRIPTIONS["id"]}
    for defn in base.get("$defs", {}).values():
        defn.pop("description", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "casualtylog claim",
        "description": "One sourced, timestamped assertion of a figure for one count "
        "(event, metric, group): one line of a casualtylog JSON Lines file.",
        "type": "object",
        "properties": properties,
        "required": base["required"],
        "additionalProperties": False,
        "$defs": base.get("$defs", {}),
    }


def schema_text() -> str:
    """The schema as the text of ``docs/claim.schema.json`` (indented, ends with a newline).

    >>> schema_text().startswith('{\\n  "$schema"')
    True
    """
    return json.dumps(claim_schema(), indent=2, ensure_ascii=False) + "\n"


def _main(argv: list[str] | None = None) -> int:
    """Write the schema to the path given (or print it)."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        Path(args[0]).write_text(schema_text(), encoding="utf-8")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(_main())
