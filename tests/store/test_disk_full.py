"""A full disk: every writing command prints one line and exits 2; nothing stored is lost and
no partial or empty file is left.

The real case runs on a small tmpfs (mounting one needs root; skipped otherwise). The store
layer's case simulates SQLITE_FULL with ``max_page_count`` and runs everywhere.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondment_desk.errors import StoreError
from secondment_desk.profile import import_file
from secondment_desk.store import create_store, open_store
from tests.conftest import FIXTURES, subprocess_env
from tests.store.profiles import candidate

PASS = "correct horse battery staple"
VACANCY = FIXTURES / "checklist" / "dushanbe.vacancy.json"
PROFILE = FIXTURES / "checklist" / "candidate.profile.json"


def test_a_full_database_says_so_and_keeps_the_old_record(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        big = store.profiles.get("p1")
        big.summary = "x" * 200_000
        with pytest.raises(StoreError, match="disk is full"):
            store.profiles.save(big)
        assert store.profiles.get("p1").summary == "version 1"
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        store.profiles.save(big)  # the handle still works once there is room
    with open_store(desk_home, PASS) as store:
        assert store.profiles.get("p1").summary == big.summary and store.damaged() == []


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    return filler


def _files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_writing_commands_on_a_full_disk(desk_home: Path, tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "disk", "3m") as disk:
        home = disk / "home"
        with create_store(home, "passphrase", PASS) as store:
            store.profiles.save(import_file(PROFILE))
            profile_id = store.profiles.list()[0].id
        env = subprocess_env(SECONDMENT_DESK_HOME=str(home), SECONDMENT_DESK_PASSPHRASE=PASS)

        def cli(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "secondment_desk", *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )

        shown = cli("checklist", str(VACANCY), "--profile", profile_id, "--json")
        assert shown.returncode == 0, shown.stderr
        item = json.loads(shown.stdout)["items"][0]["id"]
        states_before = cli("states", "show", "AT", "--json").stdout
        filler = _fill(disk)
        before = _files(disk)
        commands = {
            "profile import": (
                "profile",
                "import",
                str(FIXTURES / "profiles/jsonresume_petrova.json"),
            ),
            "checklist decide": (
                "checklist",
                "decide",
                str(VACANCY),
                "--profile",
                profile_id,
                item,
                "--status",
                "met",
            ),
            "states set": ("states", "set", "AT", "--lead-days", "9"),
            "form fill": (
                "form",
                "fill",
                str(VACANCY),
                "--profile",
                profile_id,
                "--out",
                str(disk / "form.docx"),
            ),
            "profile backup": ("profile", "backup", str(disk / "store.sdbk")),
        }
        for what, args in commands.items():
            done = cli(*args)
            assert "disk is full" in done.stderr or "No space left" in done.stderr, done.stderr
            assert done.returncode == 2, (what, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr, (what, done.stderr)
            assert done.stderr.count("\n") == 1, (what, done.stderr)
            after = _files(disk)
            new = {
                k: v
                for k, v in after.items()
                if k not in before and not k.endswith(("-wal", "-shm"))
            }
            assert new == {}, (what, new)  # no partial or empty file left behind
        filler.unlink()
        with open_store(home, PASS) as store:
            assert [s.id for s in store.profiles.list()] == [profile_id]
            assert store.damaged() == []
            assert store.profiles.get(profile_id).personal.family_name
        assert cli("states", "show", "AT", "--json").stdout == states_before
