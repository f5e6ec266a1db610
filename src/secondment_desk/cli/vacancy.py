"""``secondment-desk vacancy parse FILE... [--json]``: read notices and show what was found."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "vacancy", help="read vacancy notices (text, HTML, PDF, .docx)"
    )
    commands = group.add_subparsers(dest="vacancy_command", metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="extract fields and requirements from notice files ('-' reads standard input)",
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="notice file, or - for stdin")
    parse.add_argument(
        "--json", action="store_true", help="print JSON (an array for several files or posts)"
    )
    parse.set_defaults(handler=run_parse)
    group.set_defaults(handler=lambda args: _usage(group))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_parse(args: argparse.Namespace) -> int:
    if args.json:
        from secondment_desk.vacancy import output_many

        data = output_many(args.files)
        payload: Any = data[0] if len(data) == 1 and len(args.files) == 1 else data
        # Indented for a person at a terminal; compact (and much faster) for programs.
        indent = 2 if sys.stdout.isatty() else None
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent) + "\n")
        return 0
    from secondment_desk.cli.vacancy_summary import summary
    from secondment_desk.vacancy import parse_many

    vacancies = parse_many(args.files)
    sys.stdout.write("\n\n".join(summary(v) for v in vacancies) + "\n")
    return 0
