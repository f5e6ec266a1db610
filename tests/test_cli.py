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
