"""``secondment-desk checklist``: a vacancy's requirements and competencies against a profile.

secondment-desk checklist VACANCY_FILE --profile NAME [--json] [--markdown OUT.md]
                          [--docx OUT.docx]
secondment-desk checklist VACANCY_FILE --profile-file PROFILE.json ...
secondment-desk checklist decide VACANCY_FILE --profile NAME ITEM_ID --status met [--note T]
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from secondment_desk.models import Profile, Vacancy

STATUSES = ("met", "partly", "not_met", "unknown")


class _IntermixedParser(argparse.ArgumentParser):
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
        help="check a vacancy's requirements and competencies against a profile",
        usage="%(prog)s VACANCY_FILE (--profile NAME | --profile-file FILE) [options]\n"
        "       %(prog)s decide VACANCY_FILE --profile NAME ITEM_ID --status STATUS "
        "[--note TEXT]",
        description="Build the checklist of a vacancy for one candidate: every requirement "
        "and competency with its status, the reason in words and the evidence used. With "
        "'decide', record your own status for one item (saved with the application).",
    )
    parser.__class__ = _IntermixedParser
    parser.add_argument(
        "words",
        nargs="+",
        metavar="VACANCY_FILE",
        help="the notice (text, HTML, PDF, .docx, or vacancy JSON); 'decide VACANCY_FILE "
        "ITEM_ID' records a decision",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--profile", metavar="NAME", help="a profile of the encrypted store")
    who.add_argument(
        "--profile-file",
        metavar="FILE",
        help="a profile JSON (full format or JSON Resume), without the store",
    )
    parser.add_argument(
        "--post", metavar="REF", help="the post to use when the notice has several (its reference)"
    )
    parser.add_argument("--json", action="store_true", help="print the checklist as JSON")
    parser.add_argument("--markdown", metavar="OUT.md", help="write the report as Markdown")
    parser.add_argument("--docx", metavar="OUT.docx", help="write the report as .docx")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="count experience up to this day")
    parser.add_argument("--status", choices=STATUSES, help="with 'decide': your status")
    parser.add_argument("--note", default="", help="with 'decide': a note for the item")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from secondment_desk.errors import InputError

    words: list[str] = args.words
    if words[0] == "decide" and len(words) > 1:
        if len(words) != 3:
            raise InputError("Use: checklist decide VACANCY_FILE --profile NAME ITEM_ID --status S")
        if args.status is None:
            raise InputError("Say the item's status with --status (met, partly, not_met, unknown).")
        return _decide(args, words[1], words[2])
    if len(words) != 1:
        raise InputError(f"One vacancy file at a time; got {len(words)}: {' '.join(words)}.")
    return _show(args, words[0])


def _show(args: argparse.Namespace, vacancy_file: str) -> int:
    vacancy = _pick(_load_vacancies(vacancy_file), args.post)
    today = _today(args.today)
    if args.profile_file:
        from secondment_desk.checklist import build_checklist

        profile = _profile_from_file(args.profile_file)
        checklist = build_checklist(vacancy, profile, today=today)
    else:
        from secondment_desk.checklist import build_checklist
        from secondment_desk.checklist.decisions import stored_decisions

        with _open_store() as store:
            profile = store.profiles.get(args.profile)
            decisions = stored_decisions(store.applications, profile, vacancy)
            checklist = build_checklist(vacancy, profile, decisions, today=today)
    return _output(args, checklist)


def _output(args: argparse.Namespace, checklist: Any) -> int:
    import json

    from secondment_desk.checklist import (
        checklist_json,
        render_docx,
        render_markdown,
    )

    wrote = []
    if args.markdown:
        _write_text(args.markdown, render_markdown(checklist))
        wrote.append(args.markdown)
    if args.docx:
        render_docx(checklist, args.docx)
        wrote.append(args.docx)
    if args.json:
        json.dump(checklist_json(checklist), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif wrote:
        print(checklist.summary.headline())
        for path in wrote:
            print(f"wrote {path}")
    else:
        sys.stdout.write(render_markdown(checklist))
    return 0


def _decide(args: argparse.Namespace, vacancy_file: str, item_id: str) -> int:
    from secondment_desk.checklist import build_checklist
    from secondment_desk.checklist.decisions import record_decision, stored_decisions
    from secondment_desk.errors import InputError, NotFoundError

    if not args.profile:
        raise InputError("Decisions are saved with the application in the store: use --profile.")
    vacancy = _pick(_load_vacancies(vacancy_file), args.post)
    with _open_store() as store:
        profile = store.profiles.get(args.profile)
        decisions = stored_decisions(store.applications, profile, vacancy)
        checklist = build_checklist(vacancy, profile, decisions, today=_today(args.today))
        ids = [i.id for i in checklist.items]
        if item_id not in ids:
            import difflib

            close = difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5)
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            raise NotFoundError(
                f"This checklist has no item '{item_id}' (see the ids with --json).{hint}"
            )
        record_decision(store.applications, profile, vacancy, item_id, args.status, args.note)
    print(f"{item_id}: {args.status} (saved with the application)")
    return 0


def _today(text: str | None) -> Any:
    from datetime import date

    from secondment_desk.errors import InputError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is not a date; write it as YYYY-MM-DD.") from None


def _write_text(path: str, text: str) -> None:
    from pathlib import Path

    from secondment_desk.errors import InputError

    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as err:
        raise InputError(f"Cannot write {path}: {err.strerror}.") from None


def _open_store() -> Any:
    from secondment_desk.errors import StoreError

    try:
        from secondment_desk.store import open_store  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise StoreError(
            "The encrypted store is not part of this build: use --profile-file."
        ) from None
    return open_store()


def _read_json(path: str, what: str) -> Any:
    import json
    from pathlib import Path

    from secondment_desk.errors import InputError

    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"No such {what} file: {path}.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"Cannot read the {what} file {path}: {err}.") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError(f"{path} is not valid JSON (line {err.lineno}).") from None


def _load_vacancies(path: str) -> list[Vacancy]:
    from secondment_desk.errors import InputError

    if path.lower().endswith(".json"):
        from pydantic import ValidationError

        from secondment_desk.models import Vacancy

        data = _read_json(path, "vacancy")
        try:
            rows = data if isinstance(data, list) else [data]
            return [Vacancy.model_validate(row) for row in rows]
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InputError(f"{path} is not vacancy JSON: {where}: {first['msg']}.") from None
    try:
        from secondment_desk.vacancy import (  # type: ignore[import-not-found,unused-ignore]
            load_vacancies,
        )
    except ImportError:
        raise InputError(
            "Reading notices needs the vacancy parser, which this build lacks: pass the "
            "vacancy as JSON."
        ) from None
    found: list[Vacancy] = load_vacancies(path)
    return found


def _pick(vacancies: list[Vacancy], post: str | None) -> Vacancy:
    from secondment_desk.errors import InputError, NotFoundError

    if not vacancies:
        raise InputError("The file holds no vacancy.")
    if post:
        wanted = post.strip().casefold()
        for v in vacancies:
            if (v.requisition_id or "").casefold() == wanted:
                return v
        refs = ", ".join(v.requisition_id or "?" for v in vacancies)
        raise NotFoundError(f"No post '{post}' in this notice; it has: {refs}.")
    if len(vacancies) > 1:
        refs = ", ".join(v.requisition_id or v.title or "?" for v in vacancies)
        raise InputError(f"The notice has {len(vacancies)} posts ({refs}): pick one with --post.")
    return vacancies[0]


def _profile_from_file(path: str) -> Profile:
    from pathlib import Path

    from secondment_desk.errors import InputError

    if not Path(path).is_file():
        raise InputError(f"No such profile file: {path}.")

    try:
        from secondment_desk.profile import (  # type: ignore[import-not-found,unused-ignore]
            import_file,
        )
    except ImportError:
        from secondment_desk.models import profile_from_data

        data = _read_json(path, "profile")
        if isinstance(data, dict) and isinstance(data.get("profile"), dict):
            data = data["profile"]  # the full export: {"format", "version", "profile"}
        if not isinstance(data, dict) or "personal" not in data:
            raise InputError(
                f"{path} is not a profile in the full format (no 'personal'); JSON Resume "
                "import needs the profile module."
            ) from None
        return profile_from_data(data)
    imported: Profile = import_file(Path(path))
    return imported
