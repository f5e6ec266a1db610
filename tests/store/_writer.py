"""A second process for the concurrency tests: ``python -m tests.store._writer MODE HOME TAG
ROUNDS``. Prints the number of conflicts it met (and retried) on its last line."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from secondment_desk.checklist.decisions import record_decision
from secondment_desk.models import Vacancy
from secondment_desk.store import open_store
from secondment_desk.store.errors import ConflictError

PROFILE_ID = "sharedprofile"


def vacancy() -> Vacancy:
    return Vacancy(organization="OSCE", title="Political Officer", requisition_id="VNOSCE0001")


def edit_profile(home: Path, tag: str, rounds: int) -> int:
    """The GUI's save pattern: read, edit, save; on a conflict read again and redo the edit."""
    rng = random.Random(tag)
    conflicts = 0
    with open_store(home) as store:
        for i in range(rounds):
            while True:
                profile = store.profiles.get(PROFILE_ID)
                profile.computer_skills = [*profile.computer_skills, f"{tag}{i}"]
                time.sleep(rng.uniform(0, 0.002))
                try:
                    store.profiles.save(profile)
                    break
                except ConflictError:
                    conflicts += 1
    return conflicts


def record_decisions(home: Path, tag: str, rounds: int) -> int:
    with open_store(home) as store:
        profile = store.profiles.get(PROFILE_ID)
        for i in range(rounds):
            record_decision(store.applications, profile, vacancy(), f"{tag}-{i}", "met")
    return 0


def main() -> int:
    mode, home, tag, rounds = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    print("ready", flush=True)
    sys.stdin.readline()  # start together
    if mode == "profile":
        conflicts = edit_profile(home, tag, rounds)
    else:
        conflicts = record_decisions(home, tag, rounds)
    print(conflicts, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
