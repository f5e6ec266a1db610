"""``secondment-desk vacancy parse FILE... [--json]``: read notices and show what was found."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "vacancy", help=_("read vacancy notices (text, HTML, PDF, .docx)")
    )
    commands = group.add_subparsers(dest="vacancy_command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help=_("extract fields and requirements from notice files ('-' reads standard input)"),
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help=_("notice file, or - for stdin"))
    parse.add_argument(
        "--json", action="store_true", help=_("print JSON (an array for several files or posts)")
    )
    parse.set_defaults(handler=run_parse)
    group.set_defaults(handler=lambda args: _usage(group))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _print_json(files: list[str]) -> int:
    """One object for one file with one post, else an array. Indented for a person at a
    terminal; compact for programs, encoded by the worker processes for big batches."""
    if sys.stdout.isatty():
        from secondment_desk.vacancy import output_many

        data = output_many(files)
        payload: Any = data[0] if len(data) == 1 and len(files) == 1 else data
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    from secondment_desk.vacancy import iter_many_json

    # Streamed: each vacancy is written as soon as it is read, so memory stays flat however
    # many files are given (a held list of 10,000 results grew the process to 400 MB).
    texts = iter_many_json(files)
    first = next(texts, None)
    second = next(texts, None) if first is not None else None
    if len(files) == 1 and first is not None and second is None:
        sys.stdout.write(first + "\n")
        return 0
    out = sys.stdout
    out.write("[")
    for n, text in enumerate(t for t in (first, second) if t is not None):
        out.write(("," if n else "") + text)
    for text in texts:
        out.write("," + text)
    out.write("]\n")
    return 0


def run_parse(args: argparse.Namespace) -> int:
    if args.json:
        return _print_json(args.files)
    from secondment_desk.cli.vacancy_summary import summaries
    from secondment_desk.vacancy import parse_many

    vacancies = parse_many(args.files)
    sys.stdout.write(summaries(list(vacancies)) + "\n")
    return 0
