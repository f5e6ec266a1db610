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
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

from secondment_desk import __version__, i18n
from secondment_desk.i18n import _

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
    "secondment_desk.cli.application",
    "secondment_desk.cli.store",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2


class HelpFormatter(argparse.HelpFormatter):
    """argparse's own words ("usage:") in the output's language (argparse asks the stdlib's
    gettext domain, which has no Russian)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """Usage errors are one line too (with a pointer to ``--help``), and exit code 2; the
    group titles and the -h help are in the output's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # added below, with its help in the output's language
        super().__init__(*args, **kwargs)
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", help=_("show this help message and exit")
            )

    def error(self, message: str) -> NoReturn:
        hint = _("(see {command} --help)").format(command=f"{self.prog}")
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} {hint}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command`` (a command group's word, see :func:`command_word`) only
    that group is registered: the other groups' modules are neither imported nor built (~8 ms
    of every command), and what the command parses, prints and reports is the same."""
    parser = ArgumentParser(
        prog=PROG,
        description=_(
            "Prepare applications for seconded posts: vacancies, profiles, checklists, deadlines "
            "and application forms. With no command, the window opens."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--lang",
        dest="ui_lang",  # form fill's own --lang is the letter's language, not the output's
        choices=i18n.SUPPORTED,
        help=_("the language of the output (default: from LANG; en or ru)"),
    )
    parser.add_argument(
        "--store",
        metavar="URL",
        help=_(
            "use the server store at this postgresql:// address instead of the data folder's "
            "file (also SECONDMENT_DESK_STORE)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if command is None or name.rsplit(".", 1)[1] == command:
            importlib.import_module(name).register(subparsers)
    return parser


# The top-level options that take a value (the only words that may precede the command's).
_VALUED_OPTIONS = ("--lang", "--store")


def command_word(argv: Sequence[str]) -> str | None:
    """The command group ``argv`` names (each group's module is named for its word), when
    only top-level options with their values come before it; else None (``--help``,
    ``--version``, no command, an unknown word: the whole parser answers those)."""
    groups = {name.rsplit(".", 1)[1] for name in COMMAND_MODULES}
    words = iter(argv)
    for word in words:
        if word in _VALUED_OPTIONS:
            next(words, None)
        elif word.startswith(tuple(f"{option}=" for option in _VALUED_OPTIONS)):
            continue
        elif word.startswith("-"):
            return None
        else:
            return word if word in groups else None
    return None


def early_language(argv: Sequence[str]) -> str:
    """The language of the output before the parser exists: the top-level ``--lang`` (before
    the command word; a command's own ``--lang``, the letter's, does not count), else LANG."""
    words = iter(argv)
    for word in words:
        if word == "--lang":
            chosen = next(words, "")
        elif word.startswith("--lang="):
            chosen = word.removeprefix("--lang=")
        elif word.startswith("-"):
            continue
        else:
            break
        if chosen in i18n.SUPPORTED:
            return chosen
    return i18n.language_from_env()


def window_request(argv: Sequence[str]) -> bool | None:
    """The demo flag when ``argv`` only opens the window (after at most a top-level
    ``--lang en|ru``, which :func:`early_language` has read), else None: see
    :func:`secondment_desk.cli.gui.window_only`."""
    from secondment_desk.cli.gui import window_only

    words = list(argv)
    if words[:1] == ["--lang"] and len(words) > 1 and words[1] in i18n.SUPPORTED:
        words = words[2:]
    elif words and words[0].startswith("--lang=") and words[0][7:] in i18n.SUPPORTED:
        words = words[1:]
    return window_only(words)


def main(argv: Sequence[str] | None = None) -> int:
    from secondment_desk import dataclass_cache

    dataclass_cache.install()  # the ~100 dataclasses a command creates: compiled once, kept
    words = sys.argv[1:] if argv is None else list(argv)
    # The language first: the parser's help texts are translated as it is built.
    i18n.set_language(early_language(words))
    engine = sys.modules.get("secondment_desk.store.engine")  # the store loads lazily
    if engine is not None:
        engine.select_store(None)  # this command's choice: --store, else SECONDMENT_DESK_STORE
    demo = window_request(words)
    if demo is not None:  # the window, as the parser would start it, sooner (issue 16)
        from secondment_desk.cli.gui import run_gui

        return _run(lambda: run_gui(demo=demo))
    parser = build_parser(command_word(words))
    try:
        args = parser.parse_args(words)
    except SystemExit as stop:  # --help, --version and usage errors end here
        return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
    if getattr(args, "ui_lang", None):
        i18n.set_language(args.ui_lang)
    if getattr(args, "store", None):
        from secondment_desk.errors import InputError
        from secondment_desk.store.engine import check_address, select_store

        try:  # the one check of a store address, as the window's store setting has it
            check_address(args.store)
        except InputError as err:
            print(
                _("{prog}: --store takes a postgresql:// address (see {prog} --help)").format(
                    prog=PROG
                )
                + f": {err}",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        select_store(args.store)
    handler = getattr(args, "handler", None)
    if handler is None:  # no command: the window
        from secondment_desk.cli.gui import run_gui

        handler = lambda _args: run_gui(demo=False)  # noqa: E731
    return _run(lambda: handler(args))


def _run(command: Callable[[], int]) -> int:
    """Run the chosen command: every error is one line on stderr, with its exit code."""
    from secondment_desk.errors import DeskError

    try:
        result: int = command()
        return result
    except DeskError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"{PROG}: " + _("interrupted"), file=sys.stderr)

        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as err:  # a full disk, a folder that vanished: one line, nothing half-done
        where = f" ({err.filename})" if err.filename else ""
        said = _("cannot read or write a file{where}: {reason}.").format(
            where=where, reason=err.strerror or err
        )
        print(f"{PROG}: {said}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (RecursionError, MemoryError):
        said = _("the input is too deeply nested or too large to handle.")
        print(f"{PROG}: {said}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as err:  # a bug: still one line, never a traceback for the user
        said = _(
            "unexpected error ({error}); nothing was saved by this command. Please report it "
            "with the command you ran."
        ).format(error=type(err).__name__)
        print(f"{PROG}: {said}", file=sys.stderr)

        return EXIT_ERROR
