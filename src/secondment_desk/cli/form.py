"""``secondment-desk form fill``: the offline application form (and cover letter) as .docx/PDF.

secondment-desk form fill VACANCY_FILE (--profile NAME | --profile-file FILE) --out FILE.docx
    [--template T] [--pdf] [--cover-letter] [--letter-file TEXT] [--lang en|ru] [--state S]
secondment-desk form fill --form FORM.docx [VACANCY_FILE] (--profile ...) --out FILE.docx
    [--mapping MAPPING.json] [--pdf]
secondment-desk form map FORM.docx [--json OUT] [--mapping FILE] [--confirm]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from secondment_desk import locale_format
from secondment_desk.cli._inputs import (
    add_post_option,
    add_profile_options,
    load_profile,
    load_vacancies,
    pick_post,
)
from secondment_desk.i18n import _, ngettext


def register(subparsers: Any) -> None:
    form: argparse.ArgumentParser = subparsers.add_parser(
        "form", help=_("fill the offline application form and cover letter")
    )
    sub = form.add_subparsers(dest="form_command", metavar="ACTION", required=True)
    fill = sub.add_parser(
        "fill",
        help=_("fill the form for a vacancy from a profile"),
        description=_(
            "Fill the application form (.docx, and PDF with --pdf) for a vacancy from a "
            "candidate profile. Fields the profile leaves empty stay empty and are listed as "
            "warnings."
        ),
    )
    fill.add_argument(
        "vacancy",
        metavar="VACANCY_FILE",
        nargs="?",
        help=_(
            "a vacancy notice (text, HTML, PDF, DOCX), or its JSON from `vacancy parse --json` "
            "(optional with --form)"
        ),
    )
    fill.add_argument(
        "--form",
        type=Path,
        metavar="FORM.docx",
        help=_(
            "fill this .docx form (any organisation's or delegation's) by its labels; see `form "
            "map`"
        ),
    )
    fill.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help=_(
            "with --form: the mapping to use (from `form map --json`), else the one remembered "
            "for the form, else the proposal"
        ),
    )
    add_profile_options(fill)
    fill.add_argument("--out", type=Path, required=True, metavar="FILE.docx")
    fill.add_argument(
        "--template",
        default=None,
        metavar="T",
        help=_(
            "template name (see `template list`) or a .docx path (default: the OSCE offline "
            "application form)"
        ),
    )
    fill.add_argument("--pdf", action="store_true", help=_("also make PDFs (needs LibreOffice)"))
    fill.add_argument(
        "--cover-letter", action="store_true", help=_("also write FILE_cover_letter.docx")
    )
    fill.add_argument(
        "--letter-file", type=Path, metavar="TEXT", help=_("the letter's text (UTF-8 text file)")
    )
    fill.add_argument(
        "--lang",
        default="en",
        choices=("en", "ru"),
        help=_("cover letter language (not the output's: see secondment-desk --lang)"),
    )
    fill.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help=_("cover letter character limit (default: the organisation's: OSCE 3,000, UN 2,000)"),
    )
    fill.add_argument(
        "--other-organisation-form",
        action="store_true",
        help=_(
            "fill the template even though it is another organisation's form (e.g. the OSCE "
            "offline form for an EU or UN post)"
        ),
    )
    fill.add_argument("--state", metavar="STATE", help=_("nominating State (where one nominates)"))
    add_post_option(fill)
    fill.add_argument("--quiet", action="store_true", help=_("do not list empty fields"))
    fill.set_defaults(handler=run_fill)

    mapper = sub.add_parser(
        "map",
        help=_("show how a .docx form's fields map to the profile (and confirm it)"),
        description=_(
            "Read a .docx form, find its fields by their labels (label left or above, repeating "
            "tables, check boxes, content controls) and show the profile field proposed for "
            "each. --json writes the mapping to a file you can edit; --mapping reads it back; "
            "--confirm remembers it for every form with the same layout."
        ),
    )
    mapper.add_argument("form", type=Path, metavar="FORM.docx")
    mapper.add_argument("--json", type=Path, metavar="OUT", help=_("write the mapping as JSON"))
    mapper.add_argument("--mapping", type=Path, metavar="FILE", help=_("a mapping to apply"))
    mapper.add_argument(
        "--confirm", action="store_true", help=_("remember this mapping for the form's layout")
    )
    mapper.set_defaults(handler=run_map)


# -- form fill ------------------------------------------------------------------------------
def run_map(args: argparse.Namespace) -> int:
    from secondment_desk.documents.formfill import choose_mapping, read_form
    from secondment_desk.documents.formmap import mapping_json, read_mapping_file
    from secondment_desk.documents.formmemory import remember

    _data, form = read_form(args.form)
    given = read_mapping_file(args.mapping) if args.mapping else None
    chosen, source = choose_mapping(form, given)
    for f in form.fields:
        f.target = None
        for column in f.columns:
            column.target = None
    form.apply(chosen)
    print(
        ngettext(
            "{name}: {count} field, layout {fingerprint} ({source} mapping)",
            "{name}: {count} fields, layout {fingerprint} ({source} mapping)",
            len(form.fields),
        ).format(
            name=form.name, count=len(form.fields), fingerprint=form.fingerprint, source=source
        )
    )
    empty = _("(empty)")
    for f in form.fields:
        print(f"  {f.id:<10} {f.kind:<6} {f.label[:44]:<46} -> {f.target or empty}")
        for i, column in enumerate(f.columns):
            place = f"{f.id}/{i}"
            target = column.target or empty
            print(f"  {place:<10} {'column':<6} {column.label[:44]:<46} -> {target}")
    if args.json:
        from secondment_desk.errors import InputError

        try:
            args.json.write_text(mapping_json(form) + "\n", encoding="utf-8")
        except OSError as err:
            raise InputError(
                _("Cannot write {name}: {reason}.").format(
                    name=args.json, reason=err.strerror or err
                )
            ) from err
        print(_("mapping written to {json}").format(json=args.json), file=sys.stderr)
    if args.confirm:
        remember(form.fingerprint, form.name, form.mapping_with_empty())
        print(_("mapping remembered for this form's layout"), file=sys.stderr)
    return 0


def _fill_any(args: argparse.Namespace, out: Path) -> int:
    from secondment_desk.documents.formfill import fill_form
    from secondment_desk.documents.formmap import read_mapping_file

    vacancy = pick_post(load_vacancies(args.vacancy), args.post) if args.vacancy else None
    if args.profile_file is not None:
        profile = load_profile(args)
    else:
        from secondment_desk.store import open_store

        with open_store() as store:
            profile = store.profiles.get(args.profile)
    mapping = read_mapping_file(args.mapping) if args.mapping else None
    filled = fill_form(args.form, profile, out, vacancy=vacancy, mapping=mapping)
    print(out)
    print(
        _("form: {name}, {source} mapping").format(name=filled.form.name, source=filled.source),
        file=sys.stderr,
    )
    ok = True
    if args.pdf:
        from secondment_desk.documents.pdf import PdfUnavailable, convert_to_pdf

        try:
            for pdf in convert_to_pdf([out], out.parent if str(out.parent) else Path(".")):
                print(pdf)
        except PdfUnavailable as err:
            print(_("warning: {message}").format(message=err), file=sys.stderr)
            ok = False
    if not args.quiet:
        lines = filled.report_lines()
        if lines:
            print(_("warning: the form has empty fields (they stay blank):"), file=sys.stderr)
            for line in lines:
                print(f"  {line}", file=sys.stderr)
    return 0 if ok else 1


def run_fill(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    with ExitStack() as stack:
        return _run_fill(args, stack)


def _run_fill(args: argparse.Namespace, stack: Any) -> int:
    """The store, when the command needs it, is opened once for the whole command (its key
    derived once: a passphrase store's KDF is the slowest step of a fill) and closed by
    ``stack`` when the command ends."""
    from secondment_desk.errors import InputError

    out: Path = args.out
    if out.suffix.lower() != ".docx":
        raise InputError(_("--out must name a .docx file, not {name}.").format(name=out.name))
    if args.form is not None:
        return _fill_any(args, out)
    if args.vacancy is None:
        raise InputError(_("Give the vacancy notice (VACANCY_FILE), or a form with --form."))
    opening = None
    if args.profile_file is None:
        from secondment_desk.store import open_store_soon

        # The key is fetched or derived while the documents are imported and the notice read.
        opening = open_store_soon()
    from secondment_desk.documents.package import fill_documents
    from secondment_desk.documents.registry import DEFAULT_FORM

    vacancy = pick_post(load_vacancies(args.vacancy), args.post)
    from secondment_desk.applications import application_for
    from secondment_desk.countries import normalize

    state = (normalize(args.state) or args.state) if args.state else None
    application = None
    store = None
    if args.profile_file is not None:
        profile = load_profile(args)
        if state:  # no store: a draft, to carry the State onto the form
            application = application_for(None, profile.id, vacancy)
            application.nominating_state = state
    else:
        from secondment_desk.applications import open_application
        from secondment_desk.cli.application import print_opened

        def with_state(app: Any) -> None:
            app.nominating_state = state

        assert opening is not None
        store = stack.enter_context(opening())
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
            raise InputError(
                _("Cannot read {name}: {reason}").format(name=args.letter_file.name, reason=err)
            ) from err
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
    if store is not None and filled.files:
        _record_filled(store, profile.id, vacancy, filled.files)
    if filled.cover_letter_characters is not None:
        from secondment_desk.documents import letter_limit

        limit = args.limit if args.limit is not None else letter_limit(vacancy)
        count = filled.cover_letter_characters
        said = (
            ngettext(
                "cover letter: {count} of {limit} character with spaces",
                "cover letter: {count} of {limit} characters with spaces",
                limit,
            ).format(count=locale_format.number(count), limit=locale_format.number(limit))
            if limit is not None
            else ngettext(
                "cover letter: {count} character with spaces (the notice states its own limit)",
                "cover letter: {count} characters with spaces (the notice states its own limit)",
                count,
            ).format(count=locale_format.number(count))
        )
        print(said, file=sys.stderr)
    if not args.quiet:
        from secondment_desk.documents.gaps import report_lines

        for i, line in enumerate(report_lines(filled.empty_groups)):
            print(_("warning: {message}").format(message=line) if i == 0 else line, file=sys.stderr)
    for warning in filled.warnings:
        print(_("warning: {message}").format(message=warning), file=sys.stderr)
    return 1 if args.pdf and not filled.pdf else 0


def _record_filled(store: Any, profile_id: str, vacancy: Any, files: list[Path]) -> None:
    """Each filled document, with its SHA-256, becomes an event of the application."""
    from secondment_desk.applications import open_application, record_files
    from secondment_desk.models.application import ApplicationEvent

    events: list[ApplicationEvent] = []

    def add(app: Any) -> None:
        if not events:
            events.extend(record_files(app, files))
        else:
            app.events.extend(events)

    open_application(store.applications, profile_id, vacancy, add)
