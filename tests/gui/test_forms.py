"""The generated forms match the Designer files (run scripts/build_forms.py after editing)."""

from __future__ import annotations

import importlib.util

from tests.conftest import REPO


def test_generated_forms_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "build_forms", REPO / "scripts" / "build_forms.py"
    )
    assert spec is not None and spec.loader is not None
    build_forms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_forms)
    expected = build_forms.expected_forms()
    stale = [
        path.name
        for path, text in expected.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], f"run scripts/build_forms.py: stale forms {stale}"
    assert len(expected) == len(list((REPO / "ui").glob("*.ui")))
