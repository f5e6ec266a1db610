"""``secondment-desk package``: the bundle for the delegation, and receiving one.

secondment-desk package export APPLICATION_ID --out FILE.zip [--no-pdf] [--lang en|ru]
secondment-desk package import FILE.zip [--to DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "package", help="export an application's documents for the delegation, or import one"
    )
    sub = parser.add_subparsers(dest="package_command", metavar="ACTION", required=True)
    export = sub.add_parser(
        "export",
        help="the filled form (.docx, .pdf), cover letter, checklist report and a manifest",
    )
    export.add_argument("application", metavar="APPLICATION", help="application id (store)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    export.add_argument(
        "--template", default=None, metavar="T", help="default: the OSCE offline application form"
    )
    export.add_argument("--lang", default="en", choices=("en", "ru"), help="cover letter")
    export.add_argument("--no-pdf", action="store_true", help="leave out the PDFs")
    export.add_argument(
        "--other-organisation-form",
        action="store_true",
        help="fill the template even though it is another organisation's form",
    )
    export.set_defaults(handler=run_export)
    imp = sub.add_parser(
        "import", help="verify a package and file it under the candidate in the data folder"
    )
    imp.add_argument("file", type=Path, metavar="FILE.zip")
    imp.add_argument("--to", type=Path, metavar="DIR", help="file it here instead")
    imp.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from secondment_desk.checklist import build_checklist
    from secondment_desk.documents.package import export_package
    from secondment_desk.documents.registry import DEFAULT_FORM
    from secondment_desk.store import open_store

    with open_store() as store:
        application = store.applications.get(args.application)
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
    for warning in filled.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    from secondment_desk.documents.gaps import report_lines

    for i, line in enumerate(report_lines(filled.empty_groups)):
        print(f"warning: {line}" if i == 0 else line, file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from secondment_desk.documents.package import import_package

    imported = import_package(args.file, args.to)
    print(imported.folder)
    for path in imported.files:
        print(f"  {path.name}")
    return 0
