"""Crash safety: a process killed at a random moment while it saves leaves the old or the new
state, and the store always opens.

Children are forked (cheap: the imports are done) and save the same profile in a loop, telling
the parent through a pipe which version they begin and which they have committed; the parent
SIGKILLs them after a random delay, then opens the store and checks what it holds.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import time
from pathlib import Path

import pytest

from secondment_desk.store import open_store
from tests.store.profiles import candidate

ROUNDS = 200
VICTIM = "victimprofile"


def _child(home: Path, first_version: int, pipe: int) -> None:
    gc.disable()
    try:
        with open_store(home) as store:
            os.write(pipe, b"ready\n")
            version = first_version
            while True:
                profile = candidate(version, jobs=20, profile_id=VICTIM)
                os.write(pipe, f"b{version}\n".encode())
                store.profiles.save(profile)
                os.write(pipe, f"c{version}\n".encode())
                version += 1
    finally:
        os._exit(0)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_random_kills_while_saving_leave_old_or_new_state(
    desk_home: Path, file_keyring: Path
) -> None:
    with open_store(desk_home) as store:
        store.profiles.save(candidate(0, jobs=20, profile_id=VICTIM))
    rng = random.Random(3)
    current = 0
    outcomes = {"old": 0, "new": 0}
    gc.collect()
    gc.freeze()  # children then share the parent's pages instead of copying them
    try:
        for _ in range(ROUNDS):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_end)
                _child(desk_home, current + 1, write_end)
            os.close(write_end)
            with os.fdopen(read_end, "rb") as pipe:
                assert pipe.readline() == b"ready\n"
                time.sleep(rng.uniform(0.0, 0.010))
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                log = pipe.read().decode().split()
            begun = [int(x[1:]) for x in log if x.startswith("b")]
            committed = [int(x[1:]) for x in log if x.startswith("c")]
            old = committed[-1] if committed else current
            new = begun[-1] if begun else current

            with open_store(desk_home) as store:
                assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                profile = store.profiles.get(VICTIM)
                assert len(store.profiles.list()) == 1
            version = int(profile.summary.split()[1])
            assert version in {old, new}, (version, old, new)
            assert profile == candidate(version, jobs=20, profile_id=VICTIM)
            if new != old:  # killed inside a save: either outcome is right, both should occur
                outcomes["new" if version == new else "old"] += 1
            current = version
        # For the test to mean anything, kills must land inside saves, and saves must go through.
        assert current > 0
    finally:
        gc.unfreeze()
    assert outcomes["old"] + outcomes["new"] > ROUNDS // 2, outcomes
