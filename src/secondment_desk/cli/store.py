"""``secondment-desk store``: where the store lives, and moving it to a server.

secondment-desk [--store postgresql://...] store where
secondment-desk store migrate --to postgresql://USER@HOST:PORT/DATABASE
secondment-desk --store URL store team-enable                    # the tables' owner, once
secondment-desk --store URL store join                           # a new member, on their machine
secondment-desk --store URL store member-add ROLE [--admin]         # the role, first
secondment-desk --store URL store member-add ROLE --password-file FILE | --ask-password
secondment-desk --store URL store member-add ROLE --public-key KEY [--admin]
secondment-desk --store URL store assign PROFILE_ID ROLE
secondment-desk --store URL store member-remove ROLE            # rotates the data key

``--store`` (before any command) or ``SECONDMENT_DESK_STORE`` opens a server store instead of
the file in the data folder, for every command.
"""

from __future__ import annotations

import argparse
import sys
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

    team = sub.add_parser(
        "team-enable",
        help="server store: members see only their assigned candidates (row-level security)",
    )
    team.set_defaults(handler=run_team_enable)
    join = sub.add_parser(
        "join", help="server store: make your member key (kept in your keyring); prints it"
    )
    join.set_defaults(handler=run_join)
    add = sub.add_parser("member-add", help="server store: add a member (an admin does it)")
    add.add_argument("role", metavar="ROLE", help="the member's database role")
    add.add_argument(
        "--public-key",
        metavar="KEY",
        help="what 'store join' printed (without it: make the role, so the member can join)",
    )
    add.add_argument("--admin", action="store_true", help="the member sees every candidate")
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-file",
        metavar="FILE",
        help="the member's database password: the first line of FILE ('-': standard input)",
    )
    secret.add_argument(
        "--ask-password",
        action="store_true",
        help="ask for the member's database password (typed twice, not shown)",
    )
    add.set_defaults(handler=run_member_add)
    assign = sub.add_parser("assign", help="server store: give a candidate to a member")
    assign.add_argument("profile_id", metavar="PROFILE_ID")
    assign.add_argument("role", metavar="ROLE")
    assign.set_defaults(handler=run_assign)
    remove = sub.add_parser(
        "member-remove", help="server store: remove a member and rotate the data key"
    )
    remove.add_argument("role", metavar="ROLE")
    remove.set_defaults(handler=run_member_remove)


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


def _server() -> str:
    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _
    from secondment_desk.store.engine import selected_store

    url = selected_store()
    if url is None:
        raise InputError(
            _("This is for a server store: give --store postgresql://... or SECONDMENT_DESK_STORE.")
        )
    return url


def run_team_enable(args: argparse.Namespace) -> int:
    from secondment_desk.i18n import _
    from secondment_desk.store.team import enable_team

    enable_team(_server())
    print(_("Members now see only the candidates assigned to them (admins see all)."))
    return 0


def run_join(args: argparse.Namespace) -> int:
    from secondment_desk.i18n import _
    from secondment_desk.store.members import join

    public = join(_server())
    print(public)
    print(_("Give this key to an admin of the store ('store member-add')."), file=sys.stderr)
    return 0


def member_password(args: argparse.Namespace) -> str | None:
    """The member's database password, from ``--password-file`` or asked (None: neither, the
    server's own authentication applies). Never on the command line: it would be in ``ps``."""
    from pathlib import Path

    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _

    if getattr(args, "password_file", None):
        where = args.password_file
        try:
            text = sys.stdin.read() if where == "-" else Path(where).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(
                _("The password file {path} cannot be read ({err}); no member was added.").format(
                    path=where, err=getattr(err, "strerror", None) or err
                )
            ) from err
        password = text.splitlines()[0] if text.splitlines() else ""
    elif getattr(args, "ask_password", False):
        import getpass

        if not sys.stdin.isatty():
            raise InputError(
                _("--ask-password needs a terminal; give --password-file FILE instead.")
            )
        password = getpass.getpass(_("Password for the member: "))
        if getpass.getpass(_("The same password again: ")) != password:
            raise InputError(_("The two passwords differ; no member was added."))
    else:
        return None
    if not password.strip():
        raise InputError(_("The member's password is empty; no member was added."))
    return password


def run_member_add(args: argparse.Namespace) -> int:
    import base64
    import binascii

    from secondment_desk.errors import InputError
    from secondment_desk.i18n import _
    from secondment_desk.store.members import add_member_key
    from secondment_desk.store.postgres import unlock_server_key
    from secondment_desk.store.team import add_member

    url = _server()
    password = member_password(args)
    if args.public_key is None:
        add_member(url, args.role, admin=args.admin, password=password)
        print(
            _("{role} can connect now: ask them to run 'store join', then add their key.").format(
                role=args.role
            )
        )
        return 0
    try:
        public = base64.b64decode(args.public_key, validate=True)
    except (binascii.Error, ValueError):
        public = b""
    if len(public) != 32:
        raise InputError(_("--public-key takes the key 'store join' printed."))
    key = unlock_server_key(url)
    add_member(url, args.role, admin=args.admin, password=password)
    add_member_key(url, key, args.role, public)
    print(_("{role} is a member of the store.").format(role=args.role))
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from secondment_desk.i18n import _
    from secondment_desk.store.team import assign

    assign(_server(), args.profile_id, args.role)
    print(_("{profile} is assigned to {role}.").format(profile=args.profile_id, role=args.role))
    return 0


def run_member_remove(args: argparse.Namespace) -> int:
    from secondment_desk.i18n import _
    from secondment_desk.store.keys.passphrase import env_passphrase
    from secondment_desk.store.members import remove_member
    from secondment_desk.store.postgres import unlock_server_key
    from secondment_desk.store.team import drop_member

    url = _server()
    key = unlock_server_key(url)
    shown = [-1]

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != shown[0]:
            shown[0] = tenth
            print(_("re-sealing {done}/{total}").format(done=done, total=total), file=sys.stderr)

    remove_member(url, key, args.role, env_passphrase(), progress)
    drop_member(url, args.role)
    print(
        _("{role} was removed; the data key was rotated and every record sealed again.").format(
            role=args.role
        )
    )
    return 0
