"""An open store handle keeps seeing what other processes commit, even after another handle
of the same process opened and closed the file (closing any descriptor of the store file
used to drop SQLite's POSIX locks of every connection of the process, after which another
process reset the WAL under the open one: stale reads, then "database disk image is
malformed")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secondment_desk.models.profile import Personal, Profile
from secondment_desk.store import open_store
from secondment_desk.store.watch import changes, data_version, record_versions
from tests.conftest import subprocess_env

PASS = "correct horse battery staple"

WRITE = """
from secondment_desk.store import open_store
from secondment_desk.models.profile import Personal, Profile
with open_store() as store:
    store.profiles.save(Profile(personal=Personal(family_name="{name}")))
"""


def _write_elsewhere(home: Path, name: str) -> None:
    env = subprocess_env(SECONDMENT_DESK_HOME=str(home), SECONDMENT_DESK_PASSPHRASE=PASS)
    code = WRITE.format(name=name)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120)


def test_an_open_handle_sees_every_commit_of_other_processes(
    desk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)
    with open_store() as window:
        window.profiles.save(Profile(personal=Personal(family_name="First")))
        before, versions = data_version(window.conn), record_versions(window.conn)
        with open_store() as other:  # a second handle in this process, opened and closed
            other.profiles.list()
        for n, name in enumerate(("Second", "Third"), start=2):
            _write_elsewhere(desk_home, name)
            now = record_versions(window.conn)
            assert data_version(window.conn) != before
            assert len(changes(versions, now).profiles) == 1
            assert len(window.profiles.list()) == n and len(now) == n
            before, versions = data_version(window.conn), now
