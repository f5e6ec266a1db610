"""The store's modules import each other at the top only, in one direction (no cycle)."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from tests.conftest import REPO, subprocess_env

STORE = REPO / "src" / "secondment_desk" / "store"


def _function_level_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(
                    "secondment_desk.store"
                ):
                    found.append(f"{node.name}: {inner.module}")
    return found


def test_no_store_module_imports_the_store_inside_a_function() -> None:
    offenders = {
        p.name: hits
        for p in sorted(STORE.rglob("*.py"))
        if (hits := _function_level_imports(p.read_text("utf-8")))
    }
    assert offenders == {}


@pytest.mark.parametrize("module", ["meta", "archive", "store", "opening"])
def test_each_store_module_imports_first_on_its_own(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import secondment_desk.store.{module}"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
