"""``casualtylog pg-init``: make a PostgreSQL database a store and grant the team's roles."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["add_pg_init_command"]


def add_pg_init_command(sub: Any) -> None:
    """Add ``casualtylog pg-init`` to the CLI's sub-commands."""
    cmd = sub.add_parser(
        "pg-init",
        help="make a PostgreSQL database a claim store (as its owner) and grant an app and a read-only role",
    )
    cmd.add_argument(
        "conninfo",
        nargs="?",
        default="",
        metavar="CONNINFO",
        help="postgresql://owner@host/db or 'host=… dbname=…' (default: the PG* environment); "
        "keep the password in PGPASSWORD or ~/.pgpass",
    )
    cmd.add_argument("--app", metavar="ROLE", help="the application role: may read and append, never change or remove")
    cmd.add_argument("--reader", metavar="ROLE", help="the read-only role: may read and resolve, never write")
    cmd.add_argument("--create-roles", action="store_true", help="create the roles (LOGIN, no password) when missing")
    cmd.set_defaults(func=_pg_init)


def _pg_init(args: argparse.Namespace) -> int:
    from psycopg import Error  # noqa: PLC0415 - the extra, loaded by PostgresStore first

    from casualtylog.store.postgres import PostgresStore, grant_roles  # noqa: PLC0415 - needs the extra
    from casualtylog.store.postgres._errors import translate  # noqa: PLC0415

    with PostgresStore(args.conninfo, create=True) as store:
        if args.app or args.reader:
            try:
                grant_roles(store._connection(), app=args.app, reader=args.reader, create=args.create_roles)
            except Error as exc:
                raise translate(exc, store.url, "grant roles on") from None
        print(f"{store.url}: a casualtylog store (schema version {store.schema_version})")
    if args.app:
        print(f"role {args.app}: SELECT, INSERT (no UPDATE, DELETE or TRUNCATE)")
    if args.reader:
        print(f"role {args.reader}: SELECT")
    return 0
