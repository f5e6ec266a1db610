"""The GUI's context holds the real store type, so mypy checks every call the screens make."""

from __future__ import annotations

import ast
import inspect
import typing

import pytest
from pytestqt.qtbot import QtBot

from secondment_desk.errors import StoreError
from secondment_desk.gui import context
from secondment_desk.gui.context import AppContext
from secondment_desk.store import Store


def test_the_store_attribute_and_set_store_are_typed_with_the_store() -> None:
    source = inspect.getsource(context)
    tree = ast.parse(source)
    annotated = {
        ast.unparse(node.target): ast.unparse(node.annotation)
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
    }
    assert annotated["self.store"] == "Store | None"
    hints = typing.get_type_hints(AppContext.set_store, {**vars(context), "Store": Store})
    assert hints["store"] is Store
    assert "Any" not in source


def test_without_an_open_store_saving_says_so(qtbot: QtBot) -> None:
    ctx = AppContext()
    with pytest.raises(StoreError, match="No store is open"):
        ctx.require_store()
