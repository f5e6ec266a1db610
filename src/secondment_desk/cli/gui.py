"""``secondment-desk gui [--demo]``: open the window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from secondment_desk.i18n import _


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "gui", help=_("open the desktop application (the default with no command)")
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open with a demo candidate and sample notices, in a temporary data folder"),
    )
    parser.set_defaults(handler=lambda args: run_gui(demo=args.demo))


def window_only(words: Sequence[str]) -> bool | None:
    """Whether the demo is asked for, when ``words`` (what follows the top-level options) only
    open the window as the parser above would read them: nothing, ``gui`` or ``gui --demo``;
    None for anything else. The window then starts without building the whole parser (every
    command module imported: ~15 ms before the first paint)."""
    if list(words) in ([], ["gui"]):
        return False
    if list(words) == ["gui", "--demo"]:
        return True
    return None


def run_gui(demo: bool) -> int:
    _require_display()
    from secondment_desk.gui.app import main as gui_main

    return gui_main(demo=demo)


def _require_display() -> None:
    """On Linux, Qt aborts with a misleading 'reinstall' message when there is no display."""
    import os
    import sys

    from secondment_desk.errors import DeskError

    if not sys.platform.startswith("linux"):
        return
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    raise DeskError(
        _(
            "There is no display to open the window on: start it from a desktop session (or "
            "under xvfb-run). Every command works without one: see secondment-desk --help."
        )
    )
