"""``secondment-desk template``: check, list and add document templates.

secondment-desk template check FILE.docx     exit 0 clean, 1 problems, 2 unusable file
secondment-desk template list
secondment-desk template add FILE.docx [--replace] [--force]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "template", help=_("check, list and add .docx templates")
    )
    sub = parser.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check",
        help=_("find unknown names, split tags and syntax errors in a template"),
        description=_(
            "List the names a template uses that the data model lacks, Jinja tags split across "
            "Word runs or paragraphs, and syntax errors, each with its paragraph or table cell. "
            "Exit 0 when clean, 1 when there are problems, 2 when unusable."
        ),
    )
    check.add_argument("file", type=Path, metavar="FILE.docx")
    check.add_argument("--names", action="store_true", help=_("also list every name it uses"))
    check.set_defaults(handler=run_check)
    listing = sub.add_parser("list", help=_("the shipped templates and your own"))
    listing.set_defaults(handler=run_list)
    add = sub.add_parser("add", help=_("check a template and copy it into your templates folder"))
    add.add_argument("file", type=Path, metavar="FILE.docx")
    add.add_argument("--replace", action="store_true", help=_("replace one of the same name"))
    add.add_argument("--force", action="store_true", help=_("add it even with problems"))
    add.set_defaults(handler=run_add)


def run_check(args: argparse.Namespace) -> int:
    from secondment_desk.documents import check_template

    report = check_template(args.file)
    for finding in report.problems:
        print(f"{args.file.name}: {finding.where}: {finding.kind}: {finding.message}")
    for finding in report.notes:
        print(
            _("{name}: {where}: note: {message}").format(
                name=args.file.name, where=finding.where, message=finding.message
            )
        )
    if args.names:
        for name in report.names:
            print(_("uses {name}").format(name=name))
    if report.ok:
        print(_("{name}: no problems found").format(name=args.file.name))
        return 0
    return 1


def run_list(args: argparse.Namespace) -> int:
    from secondment_desk.documents.registry import list_templates

    for info in list_templates():
        name = info.name.removesuffix(".docx")
        print(f"{name:40} {info.kind:17} {info.source:8} {info.label}  ({info.path})")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from secondment_desk.documents import check_template
    from secondment_desk.documents.registry import add_user_template

    report = check_template(args.file)
    for finding in report.problems:
        print(f"{args.file.name}: {finding.where}: {finding.kind}: {finding.message}")
    if not report.ok and not args.force:
        print(_("not added: fix the problems above, or use --force"))
        return 1
    print(add_user_template(args.file, replace=args.replace))
    return 0
