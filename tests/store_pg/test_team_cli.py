"""The team commands end to end: a member joins, is added and assigned, reads only her
candidate with the key in her own keyring, and after removal opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.cli import main
from secondment_desk.store.postgres import open_server_store
from tests.store.profiles import candidate

PASS = "correct horse battery staple"


def test_a_member_joins_reads_her_candidates_and_is_removed(
    pg_url: str,
    file_keyring: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with open_server_store(pg_url, PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        store.profiles.save(candidate(2, profile_id="p2"))
    maria = pg_url.replace("postgresql://desk@", "postgresql://ninel@")
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    assert main(["--store", pg_url, "store", "team-enable"]) == 0
    # ninel's role must exist to connect; the admin makes it, without a key yet.
    assert main(["--store", pg_url, "store", "member-add", "ninel"]) == 0
    assert "store join" in capsys.readouterr().out
    capsys.readouterr()
    monkeypatch.delenv("SECONDMENT_DESK_PASSPHRASE")
    assert main(["--store", maria, "store", "join"]) == 0
    public = capsys.readouterr().out.strip()
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    assert main(["--store", pg_url, "store", "member-add", "ninel", "--public-key", public]) == 0
    assert main(["--store", pg_url, "store", "assign", "p1", "ninel"]) == 0
    capsys.readouterr()
    # Ninel, with no passphrase: her keyring's key opens the store, and she sees p1 only.
    monkeypatch.delenv("SECONDMENT_DESK_PASSPHRASE")
    assert main(["--store", maria, "profile", "list"]) == 0
    listed = capsys.readouterr().out
    assert "p1" in listed and "p2" not in listed
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    assert main(["--store", pg_url, "store", "member-remove", "ninel"]) == 0
    captured = capsys.readouterr()
    assert "re-sealing 2/2" in captured.err and "rotated" in captured.out
    monkeypatch.delenv("SECONDMENT_DESK_PASSPHRASE")
    assert main(["--store", maria, "profile", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "does not allow this to your database role" in err, err
    assert main(["store", "join"]) == 2  # not a server store: one line
    assert "server store" in capsys.readouterr().err
