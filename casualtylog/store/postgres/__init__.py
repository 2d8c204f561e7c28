"""A claim store in PostgreSQL, for teams: many writers on many machines, one clock, append-only.

Needs the ``postgres`` extra (psycopg 3), imported only when a store is opened.
See docs/store.md ("PostgreSQL") for roles, grants and connection strings.
"""

from casualtylog.store.postgres._schema import SCHEMA_VERSION
from casualtylog.store.postgres._url import redact
from casualtylog.store.postgres.roles import grant_roles
from casualtylog.store.postgres.store import PostgresStore

__all__ = ["SCHEMA_VERSION", "PostgresStore", "grant_roles", "redact"]
