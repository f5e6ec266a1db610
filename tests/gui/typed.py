"""Typed accessors for the GUI tests: the window keeps its screens as the base ``Screen``
and the context its store, profile and application as Optionals; these narrow them (and
fail the test with a clear message when the thing is not there)."""

from __future__ import annotations

from typing import TypeVar

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.mainwindow import MainWindow
from secondment_desk.gui.screens.base import Screen
from secondment_desk.models import Application, Profile

S = TypeVar("S", bound=Screen)


def typed_screen(window: MainWindow, key: str, kind: type[S]) -> S:
    """The screen already built under ``key`` (``window.screens[key]``), as its own class."""
    found = window.screens[key]
    assert isinstance(found, kind), f"screen {key!r} is a {type(found).__name__}"
    return found


def typed_screen_for(window: MainWindow, key: str, kind: type[S]) -> S:
    """``window.screen_for(key)`` (builds it on first use), as its own class."""
    found = window.screen_for(key)
    assert isinstance(found, kind), f"screen {key!r} is a {type(found).__name__}"
    return found


def current_profile(ctx: AppContext) -> Profile:
    """The current candidate; the test fails when none is chosen."""
    assert ctx.profile is not None, "no current profile"
    return ctx.profile


def current_application(ctx: AppContext) -> Application:
    """The current application; the test fails when none is chosen."""
    assert ctx.application is not None, "no current application"
    return ctx.application
