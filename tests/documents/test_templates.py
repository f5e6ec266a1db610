"""The committed templates are exactly what scripts/build_templates.py builds."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

from tests.conftest import REPO


def _load_builder() -> object:
    spec = importlib.util.spec_from_file_location(
        "build_templates", REPO / "scripts" / "build_templates.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_committed_templates_match_the_script(tmp_path: Path) -> None:
    builder = _load_builder()
    built = builder.build_all(tmp_path)  # type: ignore[attr-defined]
    assert len(built) == 7
    for path in built:
        committed = REPO / "templates" / path.name
        assert committed.exists(), f"{path.name} is not committed: run the script"
        assert _parts(path) == _parts(committed), (
            f"templates/{path.name} differs from what scripts/build_templates.py builds"
        )
