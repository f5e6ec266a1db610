"""``secondment-desk gui [--demo]``: open the window."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "gui", help="open the desktop application (the default with no command)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open with a demo candidate and sample notices, in a temporary data folder",
    )
    parser.set_defaults(handler=lambda args: run_gui(demo=args.demo))


def run_gui(demo: bool) -> int:
    from secondment_desk.gui.app import main as gui_main

    return gui_main(demo=demo)
