"""``secondment-desk application ...``: the applications of the store as records.

secondment-desk application list [--candidate NAME] [--status S] [--json]
secondment-desk application show ID [--json]
secondment-desk application status ID STATUS [--note TEXT]
secondment-desk application correct ID FIELD VALUE
secondment-desk application delete ID
secondment-desk application register --out FILE.csv|.xlsx|.pdf [--candidate NAME] [--status S]

Only the standard library at module top; the core is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secondment_desk.i18n import _, ngettext

if TYPE_CHECKING:
    from secondment_desk.models import Application
    from secondment_desk.store import ApplicationSummary


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "application",
        help=_("the applications in the store: list, show, change status, delete, register"),
        description=_(
            "One application per candidate and post, made by whichever command first needs it "
            "(checklist, deadline --profile, form fill, package export) or by the window; each "
            "keeps its history of status changes, decisions, filled documents and exports, "
            "sealed with it."
        ),
    )
    sub = parser.add_subparsers(dest="application_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list applications")
    p.add_argument("--candidate", metavar="NAME", help=_("only this candidate's (name or id)"))
    p.add_argument("--status", metavar="S", help=_("only in this status (draft, sent, ...)"))
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help=_("one application with its deadlines and history"))
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("status", help=_("move an application to another status"))
    p.add_argument("id", metavar="ID")
    p.add_argument("status", metavar="STATUS", help=_("ready, sent, nominated, assessment, ..."))
    p.add_argument("--note", default="", help=_("a note kept with the change"))
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser(
        "correct",
        help=_("correct a field of the application's notice as read (e.g. its closing date)"),
        description=_(
            "Set a field of the notice the parser read wrongly or not at all. The notice's "
            "status and warnings are decided again (a corrected closing date can reopen it), "
            "and the correction is kept in the application's history. An empty VALUE clears "
            "the field; a list (languages) is comma-separated; dates are YYYY-MM-DD."
        ),
    )
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "field", metavar="FIELD", help=_("closing_date, title, grade, duty_station, ...")
    )
    p.add_argument("value", metavar="VALUE")
    p.set_defaults(handler=cmd_correct)

    p = sub.add_parser("delete", help=_("delete an application and its history"))
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser(
        "register",
        help=_("write the register of applications (plaintext export) as .csv, .xlsx or .pdf"),
        description=_(
            "One row per application: candidate, organisation, post, reference, nominating "
            "State, both deadlines, status and the date of each stage. The file is a deliberate "
            "PLAINTEXT export (not encrypted)."
        ),
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.csv|.xlsx|.pdf")
    p.add_argument("--candidate", metavar="NAME", help=_("only this candidate's"))
    p.add_argument("--status", metavar="S", help=_("only in this status"))
    p.add_argument(
        "--year",
        type=int,
        metavar="YYYY",
        help=_("only the applications of this year (by the organisation's deadline)"),
    )
    p.set_defaults(handler=cmd_register)


def _status(text: str | None) -> Any:
    if text is None:
        return None
    from secondment_desk.applications import parse_status

    return parse_status(text)


def _summary(app: ApplicationSummary, name: str) -> dict[str, Any]:
    """An application as ``list`` and ``show --json`` print it, from its sealed summary."""
    return {
        "id": app.id,
        "candidate": name,
        "profile_id": app.profile_id,
        "organisation": app.organization or None,
        "post": app.title,
        "reference": app.reference or None,
        "status": app.status,
        "nominating_state": app.nominating_state,
        "events": app.events,
        "updated_at": app.updated_at.isoformat(),
    }


def cmd_list(args: argparse.Namespace) -> int:
    from secondment_desk.applications import caseload
    from secondment_desk.store import open_store

    with open_store() as store:
        found = caseload(store, args.candidate, _status(args.status))
    rows = [_summary(app, name) for app, name in found]
    if args.json:
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not rows:
        print(_("No applications yet: 'checklist', 'form fill' or the window start one."))
        return 0
    for row in rows:
        print(
            f"{row['id']}  {row['status']:<12}  {row['candidate']}  —  "
            f"{row['post']} ({row['organisation'] or '?'}"
            f"{', ' + row['reference'] if row['reference'] else ''})  "
            + ngettext("{n} event", "{n} events", row["events"]).format(n=row["events"])
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from secondment_desk.applications import events_of, timeline
    from secondment_desk.register import row_of
    from secondment_desk.store import open_store

    with open_store() as store:
        app = store.applications.get(args.id)
        name = store.profiles.name_of(app.profile_id) or app.profile_id
        summary = store.applications.summary_of(app)
    row = row_of(app, name)
    if args.json:
        data = _summary(summary, name)
        data["organisation_deadline"] = row.organisation_deadline or None
        data["delegation_deadline"] = row.delegation_deadline or None
        data["history"] = [e.model_dump(mode="json") for e in events_of(app)]
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    lines = [
        f"{app.vacancy.label} — {name}",
        _("  Application id: {id}").format(id=app.id),
        _("  Status: {status}").format(status=app.status.value),
        _("  Nominating State: {state}").format(state=row.nominating_state or "—"),
        _("  Organisation deadline: {at}").format(at=row.organisation_deadline or "—"),
        _("  Delegation deadline: {day}").format(day=row.delegation_deadline or "—"),
        _("  History:"),
    ]
    for at, words in timeline(app):
        lines.append(f"    {at:%Y-%m-%d %H:%M}  {words}")
    print("\n".join(lines))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from secondment_desk.applications import change_application, parse_status, set_status
    from secondment_desk.store import open_store

    status = parse_status(args.status)
    with open_store() as store:
        app = change_application(
            store.applications, args.id, lambda a: set_status(a, status, args.note)
        )
    print(_("{id}: {status}").format(id=app.id, status=app.status.value))
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from secondment_desk.applications import change_application, correct_vacancy
    from secondment_desk.store import open_store
    from secondment_desk.vacancy.corrections import value_from_text

    value = value_from_text(args.field, args.value)
    with open_store() as store:
        app = change_application(
            store.applications, args.id, lambda a: correct_vacancy(a, args.field, value)
        )
    v = app.vacancy
    shown = getattr(v, args.field)
    print(
        _("{id}: {field} = {value} (notice status: {status})").format(
            id=app.id,
            field=args.field,
            value="—" if shown in (None, []) else shown,
            status=v.status or "—",
        )
    )
    for warning in v.warnings:
        print(f"  ! {warning}", file=sys.stderr)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from secondment_desk.store import open_store

    with open_store() as store:
        store.applications.delete(args.id)
    print(_("Deleted the application {id} and its history.").format(id=args.id))
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    from secondment_desk.register import PLAINTEXT_NOTE, register_rows, write_register
    from secondment_desk.store import open_store

    with open_store() as store:
        rows = register_rows(
            store, candidate=args.candidate, status=_status(args.status), year=args.year
        )
    write_register(rows, args.out)
    print(_("Wrote the register of {n} applications to {path}.").format(n=len(rows), path=args.out))
    print(_(PLAINTEXT_NOTE), file=sys.stderr)
    return 0


def print_opened(app: Application, created: bool) -> None:
    """What every command that may start an application says (on stderr, so --json and file
    lists on stdout stay as they are)."""

    text = _("application {id}: created ({post})") if created else _("application {id} ({post})")
    print(text.format(id=app.id, post=app.vacancy.label), file=sys.stderr)
