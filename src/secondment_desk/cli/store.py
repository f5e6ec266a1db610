"""``secondment-desk store``: where the store lives, and moving it to a server.

secondment-desk [--store postgresql://...] store where
secondment-desk store migrate --to postgresql://USER@HOST:PORT/DATABASE

``--store`` (before any command) or ``SECONDMENT_DESK_STORE`` opens a server store instead of
the file in the data folder, for every command.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "store",
        help="the store: which one is used, and moving it to a team's server",
        description="Profiles and applications live in an encrypted SQLite file in the data "
        "folder, or in a server store on PostgreSQL shared by a team (--store or "
        "SECONDMENT_DESK_STORE). Records are sealed on this machine either way.",
    )
    sub = parser.add_subparsers(dest="store_command", metavar="ACTION", required=True)
    where = sub.add_parser("where", help="say which store the commands use")
    where.set_defaults(handler=run_where)
    move = sub.add_parser(
        "migrate",
        help="copy the file store into an empty server store, checking every record",
        description="Copies every sealed record and the key data of the data folder's store "
        "into an empty PostgreSQL database, then reads each record back from the server and "
        "compares it with the file. The file is only read: it stays as it was.",
    )
    move.add_argument("--to", required=True, metavar="URL", help="postgresql://... address")
    move.set_defaults(handler=run_migrate)


def run_where(args: argparse.Namespace) -> int:
    from secondment_desk.store.connection import store_path
    from secondment_desk.store.engine import selected_store
    from secondment_desk.store.postgres import describe

    server = selected_store()
    print(f"server store {describe(server)}" if server else f"file {store_path()}")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _
    from secondment_desk.store.engine import is_server
    from secondment_desk.store.transfer import migrate_to_server

    if not is_server(args.to):
        raise InputError(_("--to takes a postgresql:// address, not '{to}'.").format(to=args.to))
    done = migrate_to_server(args.to)
    print(
        _(
            "Copied {p} profiles and {a} applications to {where}; each record read back equal "
            "to the file, which is unchanged. Use it with --store or SECONDMENT_DESK_STORE."
        ).format(p=done.profiles, a=done.applications, where=done.where)
    )
    return 0
