"""How store operations grow with the store: 100 / 1,000 / 5,000 profiles, 500 to 25,000
applications, each size printed with its time per record (flat = linear growth).

    PYTHONPATH=src python bench/store_growth.py [--quick]

Stores are filled in bulk (one transaction, one ledger write) so building them is quick;
what is timed is what the app and the CLI do: ``profiles.list`` (names for lists), a name
look-up (``profiles.resolve``), opening the store (ledger check), ``applications.summaries``
(what lists show), ``applications.list`` (every full record decoded) and one save.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PASSPHRASE = "store growth"


def fill(home: Path, profiles: int, applications: int) -> None:
    """A store of ``profiles`` candidates sharing ``applications`` applications, written in one
    transaction with the same sealing, summaries and ledger entries a save makes."""
    from secondment_desk import store as api
    from secondment_desk.gui.demo import DEMO_NOTICES, DEMO_PROFILE
    from secondment_desk.models import Application
    from secondment_desk.models.profile import new_id
    from secondment_desk.profile import import_file
    from secondment_desk.resources import resource_file
    from secondment_desk.store.store import application_summary_data, profile_summary_data
    from secondment_desk.vacancy import load_vacancies

    key = api.new_store(home, method="passphrase", passphrase=PASSPHRASE)
    store = api.open_store(home, key=key)
    base = import_file(resource_file(DEMO_PROFILE))
    notice = next(v for n in DEMO_NOTICES for v in load_vacancies(resource_file(f"demo/{n}")))
    cipher = store.cipher
    ids = []
    with store.transaction() as conn:
        ledger = store.ledger(conn)
        for i in range(profiles):
            profile = base.model_copy(deep=True, update={"id": new_id()})
            profile.personal.family_name = f"Candidate-{i:05d}"
            blob = cipher.encrypt("profile", profile.id, profile.model_dump_json().encode())
            summary = cipher.encrypt("profile-summary", profile.id, profile_summary_data(profile))
            conn.execute(
                "INSERT INTO profiles (id, version, updated_at, blob, summary) "
                "VALUES (?, 1, ?, ?, ?)",
                (profile.id, "2026-01-01T00:00:00+00:00", blob, summary),
            )
            ledger.put("profile", profile.id, 1, blob)
            ids.append(profile.id)
        for j in range(applications):
            vacancy = notice.model_copy(deep=True)
            vacancy.requisition_id = f"POST{j:06d}"
            vacancy.closing_date = date(2026, 6, 1) + timedelta(days=j % 90)
            owner = ids[j % len(ids)]
            app = Application(profile_id=owner, vacancy=vacancy, nominating_state="Norway")
            data = app.model_dump_json().encode()
            blob = cipher.encrypt("application", app.id, data, owner, 1)
            summary = cipher.encrypt(
                "application-summary", app.id, application_summary_data(app), owner, 1
            )
            ref = store.vacancy_ref(owner, vacancy.key)
            conn.execute(
                "INSERT INTO applications (id, profile_id, version, updated_at, vacancy_ref, "
                "blob, summary) VALUES (?, ?, 1, ?, ?, ?, ?)",
                (app.id, owner, app.updated_at.isoformat(), ref, blob, summary),
            )
            ledger.put("application", app.id, 1, blob)
        store.write_ledger(conn, ledger)
    store.close()


def best_of(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` calls. On a shared machine the wall time grows
    with other processes' load; this process's CPU time does not, so growth is read from it."""
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = time.process_time(), time.perf_counter()
        fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def measure(
    home: Path, key: bytes, profiles: int, applications: int, runs: int
) -> dict[str, tuple[tuple[float, float], int]]:
    from secondment_desk import store as api

    store = api.open_store(home, key=key)
    try:
        last = store.profiles.list()[-1].name

        def fresh_open() -> None:
            api.open_store(home, key=key).close()

        def fresh_names() -> None:  # a new handle: no names cached yet
            with api.open_store(home, key=key) as other:
                other.profiles.list()

        def lookup() -> None:
            with api.open_store(home, key=key) as other:
                other.profiles.resolve(last)

        # The records are read before the timing: what is timed is the save alone (a save
        # used to rewrite the whole ledger; now one entry and the aggregate).
        profile = store.profiles.get(store.profiles.list()[0].id)
        app = store.applications.list(profile.id)[0]

        def one_save() -> None:
            store.profiles.save(profile)

        def one_app_save() -> None:
            store.applications.save(app)

        return {
            "open (ledger check)": (best_of(fresh_open, runs), profiles + applications),
            "open + profiles.list": (best_of(fresh_names, runs), profiles),
            "open + name look-up": (best_of(lookup, runs), profiles),
            "applications.summaries": (best_of(store.applications.summaries, runs), applications),
            "applications.list (full)": (best_of(store.applications.list, runs), applications),
            "one profile save": (best_of(one_save, max(runs, 5)), 1),
            "one application save": (best_of(one_app_save, max(runs, 5)), 1),
        }
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="up to 1,000 profiles, 5,000 apps")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--sizes",
        default="",
        help="profiles:applications pairs, e.g. 100:500,1000:5000 (default: the three sizes)",
    )
    args = parser.parse_args()
    from secondment_desk import store as api

    sizes = [(100, 500), (1000, 5000), (5000, 25000)]
    if args.quick:
        sizes = sizes[:2]
    if args.sizes:
        sizes = [(int(p), int(a)) for p, a in (pair.split(":") for pair in args.sizes.split(","))]
    print("store operations by size (median of runs; CPU time per record in brackets):")
    with tempfile.TemporaryDirectory() as tmp:
        key_by_home = {}
        for profiles, applications in sizes:
            home = Path(tmp) / f"s{profiles}"
            home.mkdir()
            fill(home, profiles, applications)
            key_by_home[home] = api.unlock_key(home, passphrase=PASSPHRASE)
            key = key_by_home[home]
            results = measure(home, key, profiles, applications, args.runs)
            print(f"  {profiles:,} profiles, {applications:,} applications:")
            for label, ((seconds, cpu), count) in results.items():
                per = cpu / max(count, 1) * 1e6
                print(
                    f"    {label:28} {seconds * 1000:8.1f} ms wall, {cpu * 1000:8.1f} ms CPU "
                    f"({per:7.1f} µs CPU per record)"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
