"""Wheel build hook: compile the translations into the wheel.

The window's (.ts -> .qm, pyside6-lrelease) and the core's (.po -> .mo, Babel). Both are build
products and not in git; without pyside6-lrelease at build time the wheel is built without the
.qm and the window stays in English.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "build_translations", root / "scripts" / "build_translations.py"
        )
        if spec is None or spec.loader is None:
            return
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out = Path(tempfile.mkdtemp(prefix="desk-qm-"))
        for qm in module.release(out):
            build_data["force_include"][str(qm)] = f"secondment_desk/_data/resources/i18n/{qm.name}"
        for mo in module.compile_core(out / "core"):
            target = f"secondment_desk/_data/resources/i18n/core/{mo.name}"
            build_data["force_include"][str(mo)] = target
