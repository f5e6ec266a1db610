"""open_store_soon: the key fetched in a worker thread while the command does other work; the
store it opens is the store open_store opens, and every failure is open_store's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.errors import LockedError
from secondment_desk.store import create_store, open_store, open_store_soon
from tests.store.profiles import candidate

PASS = "a passphrase for the soon tests"


def test_it_opens_the_store_with_the_key_found_early(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    opening = open_store_soon(desk_home)
    with opening() as store:
        assert store.profiles.get("p1").id == "p1"
        assert store.method == "passphrase"


def test_a_wrong_passphrase_is_the_ordinary_error(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_store(desk_home, "passphrase", PASS).close()
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", "not the passphrase at all")
    opening = open_store_soon(desk_home)
    with pytest.raises(LockedError, match="passphrase is wrong"):
        opening()
    with pytest.raises(LockedError, match="passphrase is wrong"):
        open_store(desk_home)


def test_no_store_yet_is_created_as_open_store_would(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with open_store_soon(desk_home)() as store:
        store.profiles.save(candidate(1, profile_id="p1"))
    with open_store(desk_home) as store:
        assert store.profiles.get("p1").id == "p1"
