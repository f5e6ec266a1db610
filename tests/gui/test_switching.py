"""Switching to a screen the first time imports nothing on the UI thread (issue 16): what a
screen's first refresh needs comes with the screen's module, which the start-up warms in a
worker (``startup.WARM_MODULES``)."""

from __future__ import annotations

import subprocess
import sys

from secondment_desk.gui.startup import WARM_MODULES
from secondment_desk.locale_format import BABEL_MODULES


def test_the_warmed_screen_modules_bring_what_their_first_refresh_imports() -> None:
    needed = {
        # the checklist's language lines name languages through Babel (BABEL_MODULES below)
        "secondment_desk.gui.screens.checklist": "secondment_desk.locale_format",
        # the documents screen asks the organisations' rules on every template change
        "secondment_desk.gui.screens.documents": "secondment_desk.organisations.rules",
    }
    assert set(needed) <= set(WARM_MODULES)
    # locale_format imports Babel on first use: the warm-up loads what it will use
    assert set(BABEL_MODULES) <= set(WARM_MODULES)
    for module, brings in needed.items():
        code = f"import sys, {module}; print({brings!r} in sys.modules)"
        found = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
        )
        assert found.stdout.strip() == "True", f"{module} does not import {brings}"
