"""The core stays free of Qt, and layers point one way (faces -> core -> models)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "secondment_desk"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]


def test_no_qt_outside_gui() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n in _imports(path) if n.split(".")[0] in QT_ROOTS
        )
        for path in _core_files()
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}, f"Qt imported outside gui/: {offenders}"


def test_core_does_not_import_the_faces() -> None:
    bad = {}
    for path in _core_files():
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "cli" or parts == ("__main__.py",):
            continue
        faces = sorted(
            n
            for n in _imports(path)
            if n.startswith(("secondment_desk.gui", "secondment_desk.cli"))
        )
        if faces:
            bad[str(path.relative_to(PACKAGE))] = faces
    assert bad == {}, f"core modules import the GUI or CLI: {bad}"


def test_models_import_nothing_else_of_ours() -> None:
    # i18n is a leaf (the standard library's gettext): models may word their errors with it.
    allowed = ("secondment_desk.models", "secondment_desk.errors", "secondment_desk.i18n")

    bad = {}
    for path in (PACKAGE / "models").glob("*.py"):
        ours = [n for n in _imports(path) if n.startswith("secondment_desk")]
        wrong = [n for n in ours if not n.startswith(allowed)]
        if wrong:
            bad[path.name] = wrong
    assert bad == {}


def test_importing_the_whole_core_loads_no_qt() -> None:
    """Import every core module in a fresh interpreter; PySide6 must not end up loaded."""
    modules = []
    for path in _core_files():
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {sorted(modules)!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PACKAGE.parent), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
