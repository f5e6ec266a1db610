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
