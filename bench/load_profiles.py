"""Open the store and load 100 profiles of 20 jobs each; goal: open + load <= 300 ms.

Runs in a temporary data folder and a temporary HOME (keyrings.alt's file backend stands in
for the OS keyring on a headless box; run inside a desktop session with
``PYTHON_KEYRING_BACKEND`` unset to measure the real one). The passphrase case is measured
with the shipped KDF and cost (the store's own constants), and the KDF alone is printed beside it.

    PYTHONPATH=src /work/venv/bin/python -m bench.load_profiles
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from bench._timing import Timing, measure
from secondment_desk.models.profile import Profile, profile_from_data
from secondment_desk.store import create_store, open_store
from secondment_desk.store.keys import passphrase as passphrase_module

PROFILES = 100
JOBS = 20
PASSPHRASE = "bench passphrase, long enough"


def make_profile(n: int) -> Profile:
    return profile_from_data(
        {
            "personal": {
                "first_name": f"Candidate{n}",
                "family_name": f"Family{n}",
                "email": f"c{n}@example.org",
                "date_of_birth": "1980-05-17",
                "nationalities": ["Austria"],
                "phones": [{"number": "+43 660 123 4567"}],
            },
            "summary": "Experienced officer. " * 20,
            "employment": [
                {
                    "title": f"Officer {j}",
                    "employer": "OSCE Secretariat",
                    "start": f"{1990 + j:04d}-01",
                    "end": f"{1990 + j:04d}-12",
                    "duties": "Drafted reports, ran workshops, supervised staff. " * 8,
                    "achievements": "Delivered the programme on time. " * 3,
                    "management": j % 3 == 0,
                }
                for j in range(JOBS)
            ],
            "languages": [
                {"language": "German", "mother_tongue": True},
                {"language": "English", "listening": "C1", "reading": "C1", "writing": "B2"},
            ],
        }
    )


def fill(home: Path, method: str) -> None:
    with create_store(home, method, PASSPHRASE) as store:  # type: ignore[arg-type]
        for n in range(PROFILES):
            store.profiles.save(make_profile(n))


def open_and_load(home: Path, passphrase: str | None) -> None:
    with open_store(home, passphrase) as store:
        summaries = store.profiles.list()
        loaded = [store.profiles.get(s.id) for s in summaries]
    assert len(loaded) == PROFILES


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["HOME"] = str(root / "user")
        os.environ["XDG_DATA_HOME"] = str(root / "user" / "share")
        os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")

        results: list[Timing] = []
        keyring_home = root / "keyring"
        fill(keyring_home, "keyring")
        results.append(
            measure(
                f"keyring ({os.environ['PYTHON_KEYRING_BACKEND']}): open + load {PROFILES}x{JOBS}",
                lambda: open_and_load(keyring_home, None),
                runs=10,
            )
        )
        pass_home = root / "passphrase"
        fill(pass_home, "passphrase")
        results.append(
            measure(
                f"passphrase ({passphrase_module.kdf_description()}): open + load",
                lambda: open_and_load(pass_home, PASSPHRASE),
                runs=5,
            )
        )
        with open_store(keyring_home) as store:
            edited = store.profiles.get(store.profiles.list()[0].id)

            def save_one() -> None:
                edited.summary = edited.summary[:-1] + str(len(edited.summary) % 10)
                store.profiles.save(edited)

            results.append(
                measure(f"save one profile of {JOBS} jobs (of {PROFILES})", save_one, runs=50)
            )
        salt = os.urandom(16)
        results.append(
            measure(
                "the KDF alone (the passphrase case's share)",
                lambda: passphrase_module.derive_new(PASSPHRASE, salt),
                runs=5,
            )
        )
        size = (keyring_home / "store.sqlite3").stat().st_size
    for timing in results:
        print(timing.line())
    print(
        "passphrase open + load without the KDF: about "
        f"{results[1].median_ms - results[3].median_ms:.0f} ms"
    )
    print(f"store file: {size / 1_000_000:.1f} MB for {PROFILES} profiles of {JOBS} jobs")
    goal = results[0].median_ms <= 300
    print(f"goal open + load <= 300 ms (keyring): {'met' if goal else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
