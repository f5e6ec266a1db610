"""A member's database password from the CLI: from a file (or standard input) or asked,
never on the command line; a bad one is refused with a clear message and adds nobody."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from secondment_desk.cli import main
from secondment_desk.store.postgres import open_server_store

PASS = "correct horse battery staple"


def _password_of(url: str, role: str) -> str | None:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (role,)
        ).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _roles(url: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [str(r[0]) for r in conn.execute("SELECT role FROM desk_members").fetchall()]


def test_member_add_takes_the_password_from_a_file(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_server_store(pg_url, PASS).close()
    assert main(["--store", pg_url, "store", "team-enable"]) == 0
    secret = tmp_path / "maria.pw"
    secret.write_text("s3cret word\n", encoding="utf-8")
    assert (
        main(["--store", pg_url, "store", "member-add", "maria", "--password-file", str(secret)])
        == 0
    )
    stored = _password_of(pg_url, "maria")
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")  # hashed by the server
    assert "s3cret" not in capsys.readouterr().out


def test_a_bad_password_file_adds_nobody(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_server_store(pg_url, PASS).close()
    assert main(["--store", pg_url, "store", "team-enable"]) == 0
    capsys.readouterr()
    missing = tmp_path / "nope.pw"
    assert (
        main(["--store", pg_url, "store", "member-add", "ivan", "--password-file", str(missing)])
        == 2
    )
    assert "cannot be read" in capsys.readouterr().err
    empty = tmp_path / "empty.pw"
    empty.write_text("\n", encoding="utf-8")
    assert (
        main(["--store", pg_url, "store", "member-add", "ivan", "--password-file", str(empty)]) == 2
    )
    assert "password is empty" in capsys.readouterr().err
    assert main(["--store", pg_url, "store", "member-add", "ivan", "--ask-password"]) == 2
    assert "needs a terminal" in capsys.readouterr().err  # the tests' stdin is no terminal
    assert "ivan" not in _roles(pg_url)
