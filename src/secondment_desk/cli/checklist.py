"""``secondment-desk checklist``: a vacancy's requirements and competencies against a profile.

secondment-desk checklist VACANCY_FILE --profile NAME [--json] [--markdown OUT.md]
                          [--docx OUT.docx]
secondment-desk checklist VACANCY_FILE --profile-file PROFILE.json ...
secondment-desk checklist decide VACANCY_FILE --profile NAME ITEM_ID --status met [--note T]
secondment-desk checklist rank CALL_FILE --profile NAME --post N REF [REF [REF]]
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from secondment_desk.cli import ArgumentParser
from secondment_desk.cli._inputs import (
    add_post_option,
    add_profile_options,
    load_vacancies,
    parse_day,
    pick_post,
)
from secondment_desk.i18n import _

if TYPE_CHECKING:
    from secondment_desk.checklist import Checklist
    from secondment_desk.models import Profile, Vacancy

STATUSES = ("met", "partly", "not_met", "unknown")


class _IntermixedParser(ArgumentParser):
    """Lets positionals follow options (``decide FILE --profile NAME ITEM_ID``)."""

    _inside = False

    def parse_known_args(  # type: ignore[override]
        self, args: Any = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._inside:  # parse_known_intermixed_args calls back in here
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "checklist",
        help=_("check a vacancy's requirements and competencies against a profile"),
        usage="%(prog)s VACANCY_FILE (--profile NAME | --profile-file FILE) [options]\n"
        "       %(prog)s decide VACANCY_FILE --profile NAME ITEM_ID --status STATUS "
        "[--note TEXT]\n"
        "       %(prog)s rank CALL_FILE --profile NAME --post N REF [REF [REF]]",
        description=_(
            "Build the checklist of a vacancy for one candidate: every requirement and "
            "competency with its status, the reason in words and the evidence used. With "
            "'decide', record your own status for one item (saved with the application). With "
            "'rank', rank posts of the same call in the application of --post (an EU call takes "
            "up to three; no REF clears the ranking)."
        ),
    )
    parser.__class__ = _IntermixedParser
    parser.add_argument(
        "words",
        nargs="+",
        metavar="VACANCY_FILE",
        help=_(
            "the notice (text, HTML, PDF, .docx, or vacancy JSON); 'decide VACANCY_FILE ITEM_ID' "
            "records a decision"
        ),
    )
    add_profile_options(parser)
    add_post_option(parser)
    parser.add_argument("--json", action="store_true", help=_("print the checklist as JSON"))
    parser.add_argument("--markdown", metavar="OUT.md", help=_("write the report as Markdown"))
    parser.add_argument("--docx", metavar="OUT.docx", help=_("write the report as .docx"))
    parser.add_argument(
        "--today", type=parse_day, metavar="YYYY-MM-DD", help=_("count experience up to this day")
    )
    parser.add_argument("--status", choices=STATUSES, help=_("with 'decide': your status"))
    parser.add_argument("--note", default="", help=_("with 'decide': a note for the item"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError

    words: list[str] = args.words
    if words[0] == "decide" and len(words) > 1:
        if len(words) != 3:
            raise InputError(
                _("Use: checklist decide VACANCY_FILE --profile NAME ITEM_ID --status S")
            )
        if args.status is None:
            raise InputError(
                _("Say the item's status with --status (met, partly, not_met, unknown).")
            )
        return _decide(args, words[1], words[2])
    if words[0] == "rank" and len(words) > 1:
        return _rank(args, words[1], words[2:])
    if len(words) != 1:
        raise InputError(
            _("One vacancy file at a time; got {count}: {files}.").format(
                count=len(words), files=" ".join(words)
            )
        )
    return _show(args, words[0])


def _show(args: argparse.Namespace, vacancy_file: str) -> int:
    from secondment_desk.checklist import build_checklist

    vacancy = pick_post(load_vacancies(vacancy_file), args.post)
    if args.profile_file:
        from secondment_desk.cli._inputs import load_profile

        profile = load_profile(args)
        checklist = build_checklist(vacancy, profile, today=args.today)
    else:
        from secondment_desk.applications import open_application
        from secondment_desk.cli.application import print_opened
        from secondment_desk.store import open_store

        with open_store() as store:
            profile = store.profiles.get(args.profile)
            opened = open_application(store.applications, profile.id, vacancy)
            stored = opened.application
            checklist = build_checklist(
                vacancy,
                profile,
                dict(stored.decisions),
                today=args.today,
                ranked_posts=stored.ranked_posts or None,
            )
        print_opened(stored, opened.created)
    return _output(args, checklist, profile, vacancy)


def _rank(args: argparse.Namespace, vacancy_file: str, references: list[str]) -> int:
    from secondment_desk.applications import application_for, save
    from secondment_desk.errors import InputError
    from secondment_desk.ranking import ranked_lines, set_ranked_posts
    from secondment_desk.store import open_store

    if not args.profile:
        raise InputError(_("A ranking is saved with the application in the store: use --profile."))
    posts = load_vacancies(vacancy_file)
    vacancy = pick_post(posts, args.post)
    with open_store() as store:
        profile = store.profiles.get(args.profile)
        app = application_for(store.applications, profile.id, vacancy)
        set_ranked_posts(app, references, posts)
        save(store.applications, app)
    from secondment_desk.cli.application import print_opened

    print_opened(app, False)
    lines = ranked_lines(app)
    print("\n".join(lines) if lines else _("ranking cleared (this post alone)"))
    return 0


def _output(
    args: argparse.Namespace, checklist: Checklist, profile: Profile, vacancy: Vacancy
) -> int:
    import json
    from pathlib import Path

    from secondment_desk.checklist import checklist_json, render_markdown
    from secondment_desk.documents import render_checklist_report

    wrote = []
    if args.markdown:
        _write_text(args.markdown, render_markdown(checklist))
        wrote.append(args.markdown)
    if args.docx:
        render_checklist_report(checklist, profile, vacancy, Path(args.docx))
        wrote.append(args.docx)
    if args.json:
        json.dump(checklist_json(checklist), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif wrote:
        print(checklist.summary.headline())
        for path in wrote:
            print(_("wrote {path}").format(path=path))
    else:
        sys.stdout.write(render_markdown(checklist))
    return 0


def _decide(args: argparse.Namespace, vacancy_file: str, item_id: str) -> int:
    from secondment_desk.checklist import build_checklist
    from secondment_desk.checklist.decisions import record_decision, stored_decisions
    from secondment_desk.errors import InputError, NotFoundError
    from secondment_desk.store import open_store

    if not args.profile:
        raise InputError(_("Decisions are saved with the application in the store: use --profile."))
    vacancy = pick_post(load_vacancies(vacancy_file), args.post)
    with open_store() as store:
        profile = store.profiles.get(args.profile)
        decisions = stored_decisions(store.applications, profile, vacancy)
        checklist = build_checklist(vacancy, profile, decisions, today=args.today)
        ids = [i.id for i in checklist.items]
        if item_id not in ids:
            import difflib

            close = difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5)
            hint = " " + _("Did you mean {names}?").format(names=", ".join(close)) if close else ""
            raise NotFoundError(
                _("This checklist has no item '{id}' (see the ids with --json).").format(id=item_id)
                + hint
            )
        app = record_decision(store.applications, profile, vacancy, item_id, args.status, args.note)
    print(
        _("{id}: {status} (saved with the application {app})").format(
            id=item_id, status=_status_word(args.status), app=app.id
        )
    )
    return 0


def _write_text(path: str, text: str) -> None:
    from pathlib import Path

    from secondment_desk.errors import InputError

    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as err:
        raise InputError(
            _("Cannot write {path}: {reason}.").format(path=path, reason=err.strerror)
        ) from None


def _status_word(status: str) -> str:
    from secondment_desk.checklist.words import status_word

    return status_word(status)
