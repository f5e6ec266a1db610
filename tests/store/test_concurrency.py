"""No lost update with real separate processes, and one window edits while others read.

The writers are separate Python processes (``tests/store/_writer.py``) on one data folder;
they start together and save the same record for 200 rounds each.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secondment_desk.models import Application, Vacancy
from secondment_desk.store import create_store, open_store, restore_archive
from secondment_desk.store.errors import ConflictError, ReadOnlyError, StoreReplacedError
from tests.conftest import REPO, subprocess_env
from tests.store._writer import PROFILE_ID, vacancy
from tests.store.profiles import candidate

PASS = "correct horse battery staple"
ROUNDS = 200


def _run_writers(mode: str, home: Path, rounds: int) -> list[int]:
    env = subprocess_env(SECONDMENT_DESK_PASSPHRASE=PASS)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store._writer", mode, str(home), tag, str(rounds)],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(int(out.split()[-1]))
    return results


def test_two_processes_editing_one_profile_lose_nothing(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(0, profile_id=PROFILE_ID))
    conflicts = _run_writers("profile", desk_home, ROUNDS)
    with open_store(desk_home, PASS) as store:
        skills = store.profiles.get(PROFILE_ID).computer_skills
    expected = {f"{tag}{i}" for tag in "ab" for i in range(ROUNDS)}
    assert set(skills) == expected and len(skills) == 2 * ROUNDS  # every edit kept, once
    assert sum(conflicts) > 0  # they did collide, and were told


def test_two_processes_recording_decisions_keep_every_decision(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(0, profile_id=PROFILE_ID))
    _run_writers("decide", desk_home, ROUNDS)  # both start with no application at all
    with open_store(desk_home, PASS) as store:
        apps = store.applications.get_many([a.id for a in store.applications.list(PROFILE_ID)])
        assert len(apps) == 1  # one application for the post, not one per process
        assert set(apps[0].decisions) == {f"{t}-{i}" for t in "ab" for i in range(ROUNDS)}
        assert store.damaged() == []


def test_a_stale_window_gets_a_conflict_and_can_keep_its_copy(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as one:
        one.profiles.save(candidate(1, profile_id="p1"))
        with open_store(desk_home, PASS) as two:
            mine, theirs = one.profiles.get("p1"), two.profiles.get("p1")
            theirs.summary = "edited in window two"
            two.profiles.save(theirs)
            mine.summary = "edited in window one"
            with pytest.raises(ConflictError, match=r"changed in another window .* at \d\d:\d\d"):
                one.profiles.save(mine)
            assert two.profiles.get("p1").summary == "edited in window two"  # not overwritten
            one.profiles.save(mine, force=True)  # "keep mine"
            assert two.profiles.get("p1").summary == "edited in window one"


def test_a_second_window_is_read_only(desk_home: Path) -> None:
    with create_store(desk_home, "passphrase", PASS) as first:
        assert first.claim_window()
        with open_store(desk_home, PASS) as second:
            assert not second.claim_window()
            assert "read-only" in second.read_only
            with pytest.raises(ReadOnlyError, match="another Secondment Desk window"):
                second.profiles.save(candidate(2))
            assert second.profiles.list() == []  # reading still works
        first.profiles.save(candidate(3))
    with open_store(desk_home, PASS) as third:  # the lock went with the first window
        assert third.claim_window()


def test_restore_while_a_window_is_open_tells_it_and_keeps_the_restore(
    desk_home: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "backup.sdbk"
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(candidate(1, profile_id="p1"))
        store.backup(archive)
    with open_store(desk_home, PASS) as window:
        window.claim_window()
        profile = window.profiles.get("p1")
        profile.summary = "edited after the backup"
        window.profiles.save(profile)
        result = restore_archive(archive, desk_home, PASS)  # the command line, meanwhile
        assert result.profiles == 1
        assert window.replaced()
        profile.summary = "saved into the replaced store?"
        with pytest.raises(StoreReplacedError, match="restored"):
            window.profiles.save(profile)
    with open_store(desk_home, PASS) as store:
        assert store.profiles.get("p1").summary == "version 1"  # the restore stands


def test_an_application_twin_is_refused(desk_home: Path) -> None:
    post = Vacancy(organization="OSCE", title="Officer", requisition_id="VN1")
    with create_store(desk_home, "passphrase", PASS) as one:
        one.profiles.save(candidate(1, profile_id="p1"))
        with open_store(desk_home, PASS) as two:
            one.applications.save(Application(profile_id="p1", vacancy=post))
            with pytest.raises(ConflictError):
                two.applications.save(Application(profile_id="p1", vacancy=post))
            assert two.applications.find("p1", post.key) is not None
    assert vacancy().key  # the writers' vacancy has a stable key


def test_two_first_ever_imports_at_once_both_land(desk_home: Path, tmp_path: Path) -> None:
    import json

    env = subprocess_env(SECONDMENT_DESK_PASSPHRASE=PASS)
    for round_ in range(3):
        home = tmp_path / f"home{round_}"
        files = []
        for who in ("Anna Petrova", "Boris Ivanov"):
            path = tmp_path / f"{who.split()[0]}{round_}.json"
            path.write_text(json.dumps({"basics": {"name": who}}), "utf-8")
            files.append(path)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "secondment_desk", "profile", "import", str(f)],
                env={**env, "SECONDMENT_DESK_HOME": str(home)},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for f in files
        ]
        outs = [p.communicate(timeout=120) for p in procs]
        imported = [out for out, _err in outs if out.startswith("Imported")]
        for (_out, err), proc in zip(outs, procs, strict=True):
            assert "Traceback" not in err
            assert proc.returncode == 0 or err.count("\n") == 1, err
        with open_store(home, PASS) as store:
            assert len(store.profiles.list()) == len(imported) >= 1
