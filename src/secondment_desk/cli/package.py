"""``secondment-desk package``: the bundle for the delegation, and receiving one.

secondment-desk package export APPLICATION_ID --out FILE.zip [--no-pdf] [--lang en|ru]
secondment-desk package export --candidate NAME --notice FILE [--post N] --out FILE.zip
secondment-desk package import FILE.zip [--to DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "package", help=_("export an application's documents for the delegation, or import one")
    )
    sub = parser.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export",
        help=_("the filled form (.docx, .pdf), cover letter, checklist report and a manifest"),
    )
    export.add_argument(
        "application",
        nargs="?",
        metavar="APPLICATION_ID",
        help=_("application id (see 'application list'); or give --candidate and --notice"),
    )
    export.add_argument("--candidate", metavar="NAME", help=_("the candidate (name or id)"))
    export.add_argument("--notice", metavar="FILE", help=_("the vacancy notice (with --candidate)"))
    export.add_argument("--post", metavar="N|REF", help=_("which post of a notice with several"))
    export.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    export.add_argument(
        "--template",
        default=None,
        metavar="T",
        help=_("default: the OSCE offline application form"),
    )
    export.add_argument(
        "--lang", default="en", choices=("en", "ru"), help=_("cover letter language")
    )
    export.add_argument("--no-pdf", action="store_true", help=_("leave out the PDFs"))
    export.add_argument(
        "--other-organisation-form",
        action="store_true",
        help=_("fill the template even though it is another organisation's form"),
    )
    export.set_defaults(handler=run_export)
    imp = sub.add_parser(
        "import", help=_("verify a package and file it under the candidate in the data folder")
    )
    imp.add_argument("file", type=Path, metavar="FILE.zip")
    imp.add_argument("--to", type=Path, metavar="DIR", help=_("file it here instead"))
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from secondment_desk.checklist import build_checklist
    from secondment_desk.documents.package import export_package
    from secondment_desk.documents.registry import DEFAULT_FORM
    from secondment_desk.store import open_store

    application = _application(args)
    with open_store() as store:
        profile = store.profiles.get(application.profile_id)
    checklist = build_checklist(
        application.vacancy, profile, application.decisions, ranked_posts=application.ranked_posts
    )
    filled = export_package(
        profile,
        application,
        args.out,
        checklist=checklist,
        form_template=args.template or DEFAULT_FORM,
        letter_language=args.lang,
        other_organisation_form=args.other_organisation_form,
        pdf=not args.no_pdf,
    )
    print(args.out)
    _record_export(application, args.out)
    for warning in filled.warnings:
        print(_("warning: {message}").format(message=warning), file=sys.stderr)
    from secondment_desk.documents.gaps import report_lines

    for i, line in enumerate(report_lines(filled.empty_groups)):
        print(_("warning: {message}").format(message=line) if i == 0 else line, file=sys.stderr)
    return 0


def _application(args: argparse.Namespace) -> Any:
    """The application named by id, or by candidate + notice (made on first use)."""
    from secondment_desk.errors import InputError
    from secondment_desk.store import open_store

    by_post = args.candidate is not None or args.notice is not None
    if by_post == (args.application is not None):
        raise InputError(
            _(
                "Name the application by its id (see 'application list'), or by --candidate NAME "
                "and --notice FILE."
            )
        )
    if args.application is not None:
        with open_store() as store:
            return store.applications.get(args.application)
    if args.candidate is None or args.notice is None:
        raise InputError(_("Give both --candidate NAME and --notice FILE."))
    from secondment_desk.applications import open_application
    from secondment_desk.cli._inputs import load_vacancies, pick_post
    from secondment_desk.cli.application import print_opened

    vacancy = pick_post(load_vacancies(args.notice), args.post)
    with open_store() as store:
        profile_id = store.profiles.resolve(args.candidate)
        opened = open_application(store.applications, profile_id, vacancy)
    print_opened(opened.application, opened.created)
    return opened.application


def _record_export(application: Any, out: Path) -> None:
    """The package, with its SHA-256, becomes an event of the application."""
    from secondment_desk.applications import change_application, record_files
    from secondment_desk.models.application import EventKind
    from secondment_desk.store import open_store

    with open_store() as store:
        change_application(
            store.applications, application.id, lambda a: record_files(a, [out], EventKind.EXPORT)
        )


def run_import(args: argparse.Namespace) -> int:
    from secondment_desk.documents.package import import_package

    imported = import_package(args.file, args.to)
    print(imported.folder)
    for path in imported.files:
        print(f"  {path.name}")
    return 0
