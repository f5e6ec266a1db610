"""``secondment-desk states``: list the nominating States, and record your own values.

secondment-desk states list [--json] [--no-partners]
secondment-desk states show STATE [--json]
secondment-desk states set STATE [--lead-days N] [--body NAME] [--contact TEXT] [--website URL]
secondment-desk states reset STATE
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "states",
        help=_("nominating States: lead times, national bodies, your edits"),
        description=_(
            "The OSCE participating States and Partners for Co-operation with the lead time "
            "their national body needs and how to reach it. Your edits are kept in states.json "
            "in the data folder and win over the shipped values."
        ),
    )
    sub = parser.add_subparsers(dest="states_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help=_("list the States"))
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--no-partners", action="store_true", help=_("participating States only"))
    listing.set_defaults(handler=run_list)

    show = sub.add_parser("show", help=_("everything known about one State"))
    show.add_argument("state", metavar="STATE")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    setter = sub.add_parser("set", help=_("record your values for a State"))
    setter.add_argument("state", metavar="STATE")
    setter.add_argument("--lead-days", type=int, metavar="N", help=_("working days needed"))
    setter.add_argument("--body", metavar="NAME", help=_("the national body's name"))
    setter.add_argument("--contact", metavar="TEXT", help=_("how to reach it"))
    setter.add_argument("--website", metavar="URL", help="its website")
    setter.add_argument("--notes", metavar="TEXT", help=_("anything else worth knowing"))
    setter.set_defaults(handler=run_set)

    reset = sub.add_parser("reset", help=_("forget your values for a State"))
    reset.add_argument("state", metavar="STATE")
    reset.set_defaults(handler=run_reset)


def _line(info: Any) -> str:
    flags = ("P" if info.is_partner else " ") + ("*" if info.user_edited else " ")
    body = info.body if len(info.body) <= 60 else info.body[:57] + "..."
    from secondment_desk.countries import display_name

    name = display_name(info.name)
    return f"{info.code}  {name:<32} {info.lead_working_days:>3}  {flags} {body}"


def run_list(args: argparse.Namespace) -> int:
    from secondment_desk.deadlines import load_states

    states = load_states().all(include_partners=not args.no_partners)
    if args.json:
        print(json.dumps([s.to_json() for s in states], indent=2, ensure_ascii=False))
        return 0
    print(_("code name                             lead  P=Partner *=your edit  national body"))
    for info in states:
        print(_line(info))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from secondment_desk.deadlines import load_states

    info = load_states().get(args.state)
    if args.json:
        print(json.dumps(info.to_json(), indent=2, ensure_ascii=False))
        return 0
    for key, value in info.to_json().items():
        print(f"{key + ':':<21} {'' if value is None else value}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from secondment_desk.deadlines import set_state, user_states_path
    from secondment_desk.errors import DeskError

    values = {
        "lead_working_days": args.lead_days,
        "body": args.body,
        "contact": args.contact,
        "website": args.website,
        "notes": args.notes,
    }
    if all(v is None for v in values.values()):
        raise DeskError(
            _("Nothing to set: give --lead-days, --body, --contact, --website or --notes.")
        )
    info = set_state(args.state, **values)

    print(_line(info))
    print(_("Saved in {path}").format(path=user_states_path()))

    return 0


def run_reset(args: argparse.Namespace) -> int:
    from secondment_desk.deadlines import reset_state

    print(_line(reset_state(args.state)))
    return 0
