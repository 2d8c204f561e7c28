"""Connection strings as they may be shown: the password taken out.

A store's ``url`` appears in reprs, errors and the CLI's output; the password
given in a URL or a ``key=value`` string must never appear there.

>>> redact("postgresql://app:s3cret@db.example.org:5432/crisis")
'postgresql://app:***@db.example.org:5432/crisis'
>>> redact("host=db dbname=crisis user=app password='it''s secret' sslmode=require")
'host=db dbname=crisis user=app password=*** sslmode=require'
>>> redact("postgresql:///crisis?host=/run/pg&password=x&user=app")
'postgresql:///crisis?host=/run/pg&password=***&user=app'
>>> redact("")
'postgresql:// (from the PG* environment)'
"""

from __future__ import annotations

import re

__all__ = ["redact"]

_URL_PASSWORD = re.compile(r"^(postgres(?:ql)?://[^:/@?#]*:)[^@/?#]*@", re.IGNORECASE)
_QUERY_PASSWORD = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)
# libpq's key=value form: a value is a single-quoted string (with '' or \' inside) or a bare word.
_KEYWORD_PASSWORD = re.compile(r"(\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.|'')*'|\S+)", re.IGNORECASE)


def redact(conninfo: str) -> str:
    """``conninfo`` with any password replaced by ``***``; an empty one (libpq's environment) named so."""
    if not conninfo.strip():
        return "postgresql:// (from the PG* environment)"
    if "://" in conninfo:
        return _QUERY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1***@", conninfo))
    return _KEYWORD_PASSWORD.sub(r"\1***", conninfo)
