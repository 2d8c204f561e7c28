"""The roles a team's store is used through: an owner, an application role, a read-only role.

The owner (who ran ``casualtylog pg-init`` or opened the store with
``create=True``) owns the tables; nobody else may alter or drop them. The
application role may SELECT and INSERT, and nothing else: UPDATE, DELETE and
TRUNCATE are revoked, so the database itself keeps the store append-only (the
triggers are a second line, which holds for the owner too). The read-only
role may SELECT: it resolves, it cannot write.

Every name goes through :class:`psycopg.sql.Identifier`; nothing is pasted into SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from casualtylog.store.postgres._schema import TABLES

if TYPE_CHECKING:
    from psycopg import Connection

__all__ = ["grant_roles"]


def grant_roles(
    conn: Connection[Any], *, app: str | None = None, reader: str | None = None, create: bool = False
) -> None:
    """Grant ``app`` (SELECT, INSERT) and ``reader`` (SELECT) the store's tables, as their owner.

    Args:
        conn: a connection of the tables' owner, to the store's database.
        app: the application role (writers' logins are members of it, or it is their login).
        reader: the read-only role.
        create: create the roles (``LOGIN``, no password: set one with ``ALTER ROLE … PASSWORD``
            or use the server's other authentication) when missing; needs CREATEROLE.
    """
    from psycopg import sql  # noqa: PLC0415 - psycopg is an extra

    tables = sql.SQL(", ").join(sql.Identifier(t) for t in TABLES)
    with conn.transaction():
        # Nothing for PUBLIC: only the roles named here use the store.
        conn.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(tables))
        grants = (
            (app, sql.SQL("GRANT SELECT, INSERT ON {} TO {}")),
            (reader, sql.SQL("GRANT SELECT ON {} TO {}")),
        )
        for role, grant in grants:
            if role is None:
                continue
            name = sql.Identifier(role)
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if exists is None and create:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(name))
            conn.execute(
                sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
                    sql.Identifier(str((conn.execute("SELECT current_schema()").fetchone() or ("public",))[0])), name
                )
            )
            conn.execute(sql.SQL("REVOKE ALL ON {} FROM {}").format(tables, name))
            conn.execute(grant.format(tables, name))
