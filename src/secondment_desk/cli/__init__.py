"""The command line: parse arguments, call the core, print.

Each command group lives in its own module with a ``register(subparsers)`` function; the
modules import the core lazily, inside their handlers, so ``--version`` and ``--help`` stay
instant. Every :class:`~secondment_desk.errors.DeskError` becomes one line on stderr and exit
code 2; with no command the GUI opens.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from secondment_desk import __version__

PROG = "secondment-desk"

# One line per command group; each module defines register(subparsers).
COMMAND_MODULES: tuple[str, ...] = (
    "secondment_desk.cli.gui",
    "secondment_desk.cli.vacancy",
    "secondment_desk.cli.deadline",
    "secondment_desk.cli.states",
    "secondment_desk.cli.checklist",
    "secondment_desk.cli.profile",
    "secondment_desk.cli.form",
    "secondment_desk.cli.template",
    "secondment_desk.cli.package",
    "secondment_desk.cli.store",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2


class ArgumentParser(argparse.ArgumentParser):
    """Usage errors are one line too (with a pointer to ``--help``), and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog=PROG,
        description="Prepare applications for seconded posts: vacancies, profiles, "
        "checklists, deadlines and application forms. With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--store",
        metavar="URL",
        help="use the server store at this postgresql:// address instead of the data folder's "
        "file (also SECONDMENT_DESK_STORE)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from secondment_desk.errors import DeskError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors end here
        return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
    engine = sys.modules.get("secondment_desk.store.engine")  # the store loads lazily
    if engine is not None:
        engine.select_store(None)  # this command's choice: --store, else SECONDMENT_DESK_STORE
    if getattr(args, "store", None):
        from secondment_desk.store.engine import is_server, select_store

        if not is_server(args.store):
            print(
                f"{PROG}: --store takes a postgresql:// address (see {PROG} --help)",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        select_store(args.store)
    handler = getattr(args, "handler", None)
    if handler is None:  # no command: the window
        from secondment_desk.cli.gui import run_gui

        handler = lambda _args: run_gui(demo=False)  # noqa: E731
    try:
        result: int = handler(args)
        return result
    except DeskError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as err:  # a full disk, a folder that vanished: one line, nothing half-done
        where = f" ({err.filename})" if err.filename else ""
        print(
            f"{PROG}: cannot read or write a file{where}: {err.strerror or err}.", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    except (RecursionError, MemoryError):
        print(f"{PROG}: the input is too deeply nested or too large to handle.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:  # a bug: still one line, never a traceback for the user
        print(
            f"{PROG}: unexpected error ({type(err).__name__}); nothing was saved by this "
            "command. Please report it with the command you ran.",
            file=sys.stderr,
        )
        return EXIT_ERROR
