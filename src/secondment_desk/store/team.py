"""Who sees what on a server store: members are PostgreSQL roles, candidates are assigned to
members, and row-level security in the database keeps a member to their assigned candidates
(their profiles and those profiles' applications) unless they are an admin.

The rules live in the database, not in the app: a member connecting with their own role and
any SQL client reads, changes and adds only rows of their candidates. The tables' owner (who
ran :func:`enable_team`) is the team's administrator and is not bound by the policies.

``desk_members`` (role, is_admin) and ``desk_assignments`` (profile_id, role) are the team's
own tables beside the store's; they hold no personal data (random profile ids, role names).
"""

from __future__ import annotations

import re
from typing import Any

from secondment_desk.errors import InputError, StoreError
from secondment_desk.i18n import _
from secondment_desk.store.postgres import PgConnection, connect

_ROLE = re.compile(r"[a-z_][a-z0-9_]{0,62}")

# Whether the current role may see the candidate ``{col}`` (an admin member sees all).
_SEES = (
    "EXISTS (SELECT 1 FROM desk_members m WHERE m.role = current_user AND m.is_admin) OR "
    "EXISTS (SELECT 1 FROM desk_assignments a WHERE a.profile_id = {col} "
    "AND a.role = current_user)"
)

_OF_PROFILE = _SEES.format(col="profiles.id")
_OF_APPLICATION = _SEES.format(col="applications.profile_id")

_TEAM_DDL = (
    "CREATE TABLE IF NOT EXISTS desk_members ("
    " role TEXT PRIMARY KEY, is_admin BOOLEAN NOT NULL DEFAULT false)",
    "CREATE TABLE IF NOT EXISTS desk_assignments ("
    " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL REFERENCES desk_members(role) ON DELETE CASCADE,"
    " PRIMARY KEY (profile_id, role))",
    "ALTER TABLE profiles ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE applications ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS desk_assigned ON profiles",
    "DROP POLICY IF EXISTS desk_assigned ON applications",
    f"CREATE POLICY desk_assigned ON profiles USING ({_OF_PROFILE}) WITH CHECK ({_OF_PROFILE})",
    f"CREATE POLICY desk_assigned ON applications USING ({_OF_APPLICATION}) "
    f"WITH CHECK ({_OF_APPLICATION})",
)


def _role(name: str) -> str:
    if not _ROLE.fullmatch(name):
        raise InputError(
            _(
                "'{name}' cannot be a member's name: lower-case letters, digits and _ only, "
                "starting with a letter."
            ).format(name=name)
        )
    return name


def _run(conn: PgConnection, statements: list[Any]) -> None:
    import psycopg

    raw = conn.raw
    try:
        with raw.transaction():
            for stmt in statements:
                if isinstance(stmt, tuple):
                    raw.execute(*stmt)
                else:
                    raw.execute(stmt)
    except psycopg.Error as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise StoreError(
            _(
                "The server store {where} refused the team change ({why}); nothing was changed."
            ).format(where=conn.where, why=first)
        ) from err


def enable_team(url: str) -> None:
    """Turn the server store into a team store (run by the tables' owner, once)."""
    conn = connect(url)
    try:
        _run(conn, list(_TEAM_DDL))
    finally:
        conn.close()


def add_member(url: str, role: str, *, admin: bool = False, password: str | None = None) -> None:
    """Make ``role`` a member: a login role with rights on the store's tables, bound by the
    policies (an admin member sees every candidate)."""
    from psycopg import sql

    name = sql.Identifier(_role(role))
    tables = sql.SQL(", ").join(
        map(sql.Identifier, ("profiles", "applications", "meta", "ledger_entries"))
    )
    create = sql.SQL(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {lit}) THEN "
        "CREATE ROLE {name} LOGIN; END IF; END $$"
    ).format(lit=sql.Literal(role), name=name)
    statements: list[Any] = [create]
    if password is not None:
        statements.append(
            sql.SQL("ALTER ROLE {name} PASSWORD {pw}").format(name=name, pw=sql.Literal(password))
        )
    statements += [
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {name}").format(
            t=tables, name=name
        ),
        sql.SQL("GRANT SELECT ON desk_members, desk_assignments, desk_schema TO {name}").format(
            name=name
        ),
        (
            "INSERT INTO desk_members (role, is_admin) VALUES (%s, %s) "
            "ON CONFLICT (role) DO UPDATE SET is_admin = excluded.is_admin",
            (role, admin),
        ),
    ]
    conn = connect(url)
    try:
        _run(conn, statements)
    finally:
        conn.close()


def assign(url: str, profile_id: str, role: str) -> None:
    """Give the candidate ``profile_id`` to the member ``role``."""
    conn = connect(url)
    try:
        _run(
            conn,
            [
                (
                    "INSERT INTO desk_assignments (profile_id, role) VALUES (%s, %s) "
                    "ON CONFLICT DO NOTHING",
                    (profile_id, _role(role)),
                )
            ],
        )
    finally:
        conn.close()


def unassign(url: str, profile_id: str, role: str) -> None:
    conn = connect(url)
    try:
        _run(
            conn,
            [
                (
                    "DELETE FROM desk_assignments WHERE profile_id = %s AND role = %s",
                    (profile_id, _role(role)),
                )
            ],
        )
    finally:
        conn.close()


def drop_member(url: str, role: str) -> None:
    """Take ``role`` out of the team: no membership, no assignments, no rights on the tables
    (the role itself stays: it may be used elsewhere on the server)."""
    from psycopg import sql

    name = sql.Identifier(_role(role))
    conn = connect(url)
    try:
        team = conn.execute("SELECT to_regclass('desk_members') IS NOT NULL").fetchone()
        if not team or not team[0]:
            return
        _run(
            conn,
            [
                ("DELETE FROM desk_members WHERE role = %s", (role,)),
                sql.SQL(
                    "REVOKE ALL ON profiles, applications, meta, ledger_entries, desk_members, "
                    "desk_assignments, desk_schema FROM {name}"
                ).format(name=name),
            ],
        )
    finally:
        conn.close()
