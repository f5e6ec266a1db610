"""What several command groups read the same way: a notice, which of its posts, a profile.

Imported by the command modules inside their handlers or at top (it imports only the standard
library at module level, like every ``cli`` module).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secondment_desk.i18n import _

if TYPE_CHECKING:
    from secondment_desk.models import Profile, Vacancy


def add_post_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--post",
        metavar="N|REF",
        help=help_text
        or _(
            "which post of a notice with several (a Call for Contributions): its number (1, 2, "
            "...) or its reference"
        ),
    )


def add_profile_options(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--profile", metavar="NAME", help=_("a profile of the encrypted store"))
    who.add_argument(
        "--profile-file",
        metavar="FILE",
        help=_("a profile file (JSON Resume, Europass, or a profile export), without the store"),
    )


def load_vacancies(source: str) -> list[Vacancy]:
    """The vacancies of a notice file (or '-'), or of vacancy JSON as ``vacancy parse`` writes."""
    from secondment_desk.vacancy import load_vacancies as parse_notice

    if source != "-" and Path(source).suffix.lower() == ".json":
        return _vacancies_from_json(Path(source))
    return parse_notice(source)


def _vacancies_from_json(path: Path) -> list[Vacancy]:
    from pydantic import ValidationError

    from secondment_desk.errors import InputError
    from secondment_desk.models import Vacancy
    from secondment_desk.models.validation import field_errors

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(_("No such vacancy file: {path}.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(_("Cannot read {path}: {reason}.").format(path=path, reason=err)) from None
    except json.JSONDecodeError as err:
        raise InputError(
            _("{path} is not valid JSON (line {line}).").format(path=path, line=err.lineno)
        ) from None
    rows = data if isinstance(data, list) else [data]
    try:
        return [Vacancy.model_validate(row) for row in rows]
    except ValidationError as err:
        where, what = field_errors(err)[0]
        raise InputError(
            _("{path} is not vacancy JSON: {where}: {what}.").format(
                path=path, where=where, what=what
            )
        ) from None


def pick_post(vacancies: list[Vacancy], post: str | None) -> Vacancy:
    """One vacancy: the only one, or the one ``--post`` names by number or reference."""
    from secondment_desk.errors import InputError, NotFoundError

    if not vacancies:
        raise InputError(_("The file holds no vacancy."))
    listing = "; ".join(
        f"{i}: {v.requisition_id or '?'} {v.title or ''}".strip()
        for i, v in enumerate(vacancies, 1)
    )
    if post is None or not post.strip():
        if len(vacancies) > 1:
            raise InputError(
                _("The notice has {n} posts; choose one with --post ({listing}).").format(
                    n=len(vacancies), listing=listing
                )
            )
        return vacancies[0]
    wanted = post.strip()
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(vacancies):
            raise NotFoundError(
                _("--post {n} is out of range: the notice has {listing}.").format(
                    n=number, listing=listing
                )
            )
        return vacancies[number - 1]
    for vacancy in vacancies:
        if (vacancy.requisition_id or "").casefold() == wanted.casefold():
            return vacancy
    raise NotFoundError(
        _("No post '{wanted}' in this notice; it has {listing}.").format(
            wanted=wanted, listing=listing
        )
    )


def load_profile(args: argparse.Namespace) -> Profile:
    """The profile ``--profile NAME`` (from the store) or ``--profile-file FILE`` names."""
    if getattr(args, "profile_file", None):
        from secondment_desk.errors import InputError
        from secondment_desk.profile import import_file

        path = Path(args.profile_file)
        if not path.is_file():
            raise InputError(_("No such profile file: {path}.").format(path=path))

        return import_file(path)
    from secondment_desk.store import open_store

    with open_store() as store:
        return store.profiles.get(args.profile)


def parse_day(text: str) -> date:
    """An argparse ``type`` for YYYY-MM-DD options, in the models' words."""
    # Imported here: building the parser (and --version) must not load pydantic.
    from secondment_desk.models.dates import parse_iso_date

    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
