from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondment_desk.cli import main
from tests.conftest import FIXTURES

PROFILES = FIXTURES / "profiles"
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def headless_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)


def test_profile_commands(
    tmp_path: Path, desk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "import", str(PROFILES / "jsonresume_petrova.json")]) == 0
    assert main(["profile", "import", str(PROFILES / "europass_kovacs.pdf")]) == 0
    assert "Imported Márton Kovács" in capsys.readouterr().out

    assert main(["profile", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Anna Ivanova Petrova" in listing and "Márton Kovács" in listing

    assert main(["profile", "show", "marton kovacs"]) == 0
    shown = capsys.readouterr().out
    assert "Border Management Adviser" in shown and "management level" in shown

    assert main(["profile", "show", "Anna Ivanova Petrova", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "secondment-desk-profile"

    out = tmp_path / "anna.json"
    args = ["profile", "export", "anna ivanova petrova", "--out", str(out), "--format"]
    assert main([*args, "jsonresume"]) == 0
    assert json.loads(out.read_text("utf-8")) == json.loads(
        (PROFILES / "jsonresume_petrova.json").read_text("utf-8")
    )

    archive = tmp_path / "desk.backup"
    assert main(["profile", "backup", str(archive)]) == 0
    assert main(["profile", "delete", "Márton Kovács"]) == 0
    capsys.readouterr()
    assert main(["profile", "show", "Márton Kovács"]) == 2
    assert "No profile is called" in capsys.readouterr().err
    assert main(["profile", "restore", str(archive)]) == 0
    assert "Restored 2 profiles" in capsys.readouterr().out
    assert main(["profile", "show", "Márton Kovács"]) == 0


def test_cli_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"basics": {"name": "A B", "email": "nope"}}', "utf-8")
    assert main(["profile", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "personal.email" in err
    assert main(["profile", "list"]) == 0
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", "wrong passphrase")
    assert main(["profile", "list"]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    monkeypatch.delenv("SECONDMENT_DESK_PASSPHRASE")
    monkeypatch.setenv("SECONDMENT_DESK_HOME", str(tmp_path / "fresh"))
    assert main(["profile", "list"]) == 2
    assert "set SECONDMENT_DESK_PASSPHRASE" in capsys.readouterr().err
