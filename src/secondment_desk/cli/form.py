"""``secondment-desk form fill``: the offline application form (and cover letter) as .docx/PDF.

secondment-desk form fill VACANCY_FILE (--profile NAME | --profile-file FILE) --out FILE.docx
    [--template T] [--pdf] [--cover-letter] [--letter-file TEXT] [--lang en|ru] [--state S]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from secondment_desk.cli._inputs import (
    add_post_option,
    add_profile_options,
    load_profile,
    load_vacancies,
    pick_post,
)


def register(subparsers: Any) -> None:
    form: argparse.ArgumentParser = subparsers.add_parser(
        "form", help="fill the offline application form and cover letter"
    )
    sub = form.add_subparsers(dest="form_command", metavar="ACTION", required=True)
    fill = sub.add_parser(
        "fill",
        help="fill the form for a vacancy from a profile",
        description="Fill the application form (.docx, and PDF with --pdf) for a vacancy from "
        "a candidate profile. Fields the profile leaves empty stay empty and are listed as "
        "warnings.",
    )
    fill.add_argument(
        "vacancy",
        metavar="VACANCY_FILE",
        help="a vacancy notice (text, HTML, PDF, DOCX), or its JSON from `vacancy parse --json`",
    )
    add_profile_options(fill)
    fill.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    fill.add_argument(
        "--template",
        default=None,
        metavar="T",
        help="template name (see `template list`) or a .docx path "
        "(default: the OSCE offline application form)",
    )
    fill.add_argument("--pdf", action="store_true", help="also make PDFs (needs LibreOffice)")
    fill.add_argument(
        "--cover-letter", action="store_true", help="also write FILE_cover_letter.docx"
    )
    fill.add_argument(
        "--letter-file", type=Path, metavar="TEXT", help="the letter's text (UTF-8 text file)"
    )
    fill.add_argument("--lang", default="en", choices=("en", "ru"), help="cover letter language")
    fill.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="cover letter character limit (default: the organisation's: OSCE 3,000, UN 2,000)",
    )
    fill.add_argument(
        "--other-organisation-form",
        action="store_true",
        help="fill the template even though it is another organisation's form (e.g. the OSCE "
        "offline form for an EU or UN post)",
    )
    fill.add_argument("--state", metavar="STATE", help="nominating State (where one nominates)")
    add_post_option(fill)
    fill.add_argument("--quiet", action="store_true", help="do not list empty fields")
    fill.set_defaults(handler=run_fill)


# -- form fill ------------------------------------------------------------------------------
def run_fill(args: argparse.Namespace) -> int:
    from secondment_desk.documents.package import fill_documents
    from secondment_desk.documents.registry import DEFAULT_FORM
    from secondment_desk.errors import InputError

    out: Path = args.out
    if out.suffix.lower() != ".docx":
        raise InputError(f"--out must name a .docx file, not {out.name}.")
    vacancy = pick_post(load_vacancies(args.vacancy), args.post)
    from secondment_desk.applications import application_for
    from secondment_desk.countries import normalize

    state = (normalize(args.state) or args.state) if args.state else None
    application = None
    if args.profile_file is not None:
        profile = load_profile(args)
        if state:  # no store: a draft, to carry the State onto the form
            application = application_for(None, profile.id, vacancy)
            application.nominating_state = state
    else:
        from secondment_desk.applications import open_application
        from secondment_desk.cli.application import print_opened
        from secondment_desk.store import open_store

        def with_state(app: Any) -> None:
            app.nominating_state = state

        with open_store() as store:
            profile = store.profiles.get(args.profile)
            # The one application of this candidate for this post, made on first use.
            opened = open_application(
                store.applications, profile.id, vacancy, with_state if state else None
            )
            application = opened.application
        print_opened(application, opened.created)
    letter = None
    if args.letter_file is not None:
        try:
            letter = args.letter_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"Cannot read {args.letter_file.name}: {err}") from err
    filled = fill_documents(
        profile,
        vacancy,
        out.parent if str(out.parent) else Path("."),
        application=application,
        form_template=args.template or DEFAULT_FORM,
        cover_letter=letter,
        letter_language=args.lang,
        letter_limit=args.limit,
        other_organisation_form=args.other_organisation_form,
        with_letter=args.cover_letter,
        with_report=False,
        pdf=args.pdf,
        names={"form": out.stem, "cover_letter": f"{out.stem}_cover_letter"},
    )
    for path in filled.files:
        print(path)
    if args.profile_file is None and filled.files:
        _record_filled(args.profile, vacancy, filled.files)
    if filled.cover_letter_characters is not None:
        from secondment_desk.documents import letter_limit

        limit = args.limit if args.limit is not None else letter_limit(vacancy)
        of = f"of {limit:,} " if limit is not None else "(the notice states its own limit) "
        print(
            f"cover letter: {filled.cover_letter_characters:,} {of}characters with spaces",
            file=sys.stderr,
        )
    if not args.quiet:
        from secondment_desk.documents.gaps import report_lines

        for i, line in enumerate(report_lines(filled.empty_groups)):
            print(f"warning: {line}" if i == 0 else line, file=sys.stderr)
    for warning in filled.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 1 if args.pdf and not filled.pdf else 0


def _record_filled(candidate: str, vacancy: Any, files: list[Path]) -> None:
    """Each filled document, with its SHA-256, becomes an event of the application."""
    from secondment_desk.applications import open_application, record_files
    from secondment_desk.models.application import ApplicationEvent
    from secondment_desk.store import open_store

    events: list[ApplicationEvent] = []
    with open_store() as store:
        profile_id = store.profiles.resolve(candidate)

        def add(app: Any) -> None:
            if not events:
                events.extend(record_files(app, files))
            else:
                app.events.extend(events)

        open_application(store.applications, profile_id, vacancy, add)
