"""The CLI's shared behaviour: version, help, errors as one line with exit code 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from secondment_desk import __version__
from secondment_desk.cli import main
from tests.conftest import subprocess_env


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"secondment-desk {__version__}"


def test_python_dash_m_runs_the_same_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env=subprocess_env(),
    )
    assert result.returncode == 0
    assert "secondment-desk" in result.stdout
    assert "gui" in result.stdout


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-command"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and err.count("\n") == 1


def test_window_without_a_display_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for argv in (["gui"], []):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "no display" in err and err.count("\n") == 1


def test_opening_the_window_builds_no_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 16: building the parser imports every command module, ~15 ms before the first
    # paint; the words that only open the window start it as the parser would have.
    import secondment_desk.cli as cli
    import secondment_desk.cli.gui as gui

    def no_parser() -> None:
        raise AssertionError("the parser was built")

    started: list[bool] = []

    def run_gui(demo: bool) -> int:
        started.append(demo)
        return 0

    monkeypatch.setattr(cli, "build_parser", no_parser)
    monkeypatch.setattr(gui, "run_gui", run_gui)
    cases = {
        (): False,
        ("gui",): False,
        ("gui", "--demo"): True,
        ("--lang", "ru", "gui", "--demo"): True,
        ("--lang=en",): False,
    }
    for argv, demo in cases.items():
        assert main(list(argv)) == 0
        assert started.pop() is demo, argv


def test_other_words_still_go_through_the_parser(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import secondment_desk.cli.gui as gui

    monkeypatch.setattr(gui, "run_gui", lambda demo: pytest.fail("the window was opened"))
    assert main(["gui", "--help"]) == 0
    assert "--demo" in capsys.readouterr().out
    for argv in (["--lang", "xx", "gui"], ["en"], ["gui", "--demo", "extra"]):
        assert main(argv) == 2, argv
        assert capsys.readouterr().err.count("\n") == 1


def test_the_window_opens_on_the_store_its_words_choose(monkeypatch: pytest.MonkeyPatch) -> None:
    # An earlier command in this process chose a server store with --store: the window the
    # next words open (without the parser) starts from this command's choice, as others do.
    import secondment_desk.cli.gui as gui
    from secondment_desk.store.engine import STORE_ENV, select_store, selected_store

    monkeypatch.delenv(STORE_ENV, raising=False)
    seen: list[str | None] = []

    def run_gui(demo: bool) -> int:
        seen.append(selected_store())
        return 0

    monkeypatch.setattr(gui, "run_gui", run_gui)
    select_store("postgresql://earlier.invalid/desk")
    assert main(["gui"]) == 0
    assert seen == [None]
