"""How store operations grow with the store: 100 / 1,000 / 5,000 profiles, 500 to 25,000
applications, each size printed with its time per record, then each list path's growth
(CPU per record at the largest size over the smallest: 1.0 = linear).

    PYTHONPATH=src nice -n 10 python bench/store_growth.py [--quick] [--runs N]

Stores are filled in bulk (one transaction, one ledger write) so building them is quick;
what is timed is what the app and the CLI do. The list paths read the sealed summaries
only: ``applications.list`` (what lists show), ``caseload`` (``application list``), the
tray's reminders (``store_reminders``: the summaries pick the applications still open, 1 in
9 here, and only those are decoded), the window's start (list, then open one), the import's
duplicate check (``find_duplicates`` on the profiles' summaries) and the name look-ups. For
comparison, ``get_many`` of every application decodes the full records (the register and
the dashboard's first build). "gc pause" is the longest single collection during the call
and the 20,000 allocations after it (the collections a window would make next, holding
the GIL), from ``gc.callbacks``.
"""

from __future__ import annotations

import argparse
import gc
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
TODAY = date.today()


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
            # Closing dates over 90 days, 10 of them still to come (1 in 9 open at any size).
            vacancy.closing_date = TODAY - timedelta(days=80) + timedelta(days=j % 90)
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


class Pauses:
    """The longest single garbage collection while it is entered."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._start = 0.0

    def _callback(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._start)

    def __enter__(self) -> Pauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._callback)


def best_of(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median wall and CPU seconds of ``runs`` calls, and the longest gc pause. On a shared
    machine the wall time grows with other processes' load; this process's CPU time does
    not, so growth is read from it."""
    walls, cpus, pauses = [], [], []
    for _ in range(runs):
        with Pauses() as pause:
            cpu, start = time.process_time(), time.perf_counter()
            kept = fn()
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
            after = [[i] for i in range(20_000)]  # the window's next work
            del after, kept
        pauses.append(pause.longest)
    return statistics.median(walls), statistics.median(cpus), max(pauses)


Result = dict[str, tuple[tuple[float, float, float], int]]


def measure(home: Path, key: bytes, profiles: int, applications: int, runs: int) -> Result:
    from secondment_desk import store as api
    from secondment_desk.applications import caseload
    from secondment_desk.deadlines import store_reminders
    from secondment_desk.models.profile import new_id
    from secondment_desk.profile.review import find_duplicates

    # The bench's own heap (imports, the filled store's leftovers) out of the collector while
    # it measures, so a pause counts what the timed call left alive, as in a settled window.
    gc.collect()
    gc.freeze()
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
        app = store.applications.get(store.applications.list(profile.id)[0].id)
        newcomer = profile.model_copy(deep=True, update={"id": new_id()})
        newcomer.personal.family_name = "Newcomer"
        newcomer.personal.email = "newcomer@example.org"
        every = [a.id for a in store.applications.list()]

        def one_save() -> None:
            store.profiles.save(profile)

        def one_app_save() -> None:
            store.applications.save(app)

        def window_start() -> object:  # AppContext._restore_session's reads
            with api.open_store(home, key=key) as other:
                chosen = other.profiles.list()[0]
                opened = other.profiles.get(chosen.id)
                ids = [a.id for a in other.applications.list(opened.id)]
                return other.applications.first_readable(ids)

        return {
            "open (ledger check)": (best_of(fresh_open, runs), profiles + applications),
            "open + profiles.list": (best_of(fresh_names, runs), profiles),
            "open + name look-up": (best_of(lookup, runs), profiles),
            "find_duplicates (import)": (
                best_of(lambda: find_duplicates(store, newcomer), runs),
                profiles,
            ),
            "applications.list": (best_of(store.applications.list, runs), applications),
            "caseload (application list)": (best_of(lambda: caseload(store), runs), applications),
            "store_reminders (tray)": (
                best_of(lambda: store_reminders(store, TODAY), runs),
                applications,
            ),
            "window start (open, pick)": (best_of(window_start, runs), applications),
            "get_many (every full record)": (
                best_of(lambda: store.applications.get_many(every), runs),
                applications,
            ),
            "one profile save": (best_of(one_save, max(runs, 5)), 1),
            "one application save": (best_of(one_app_save, max(runs, 5)), 1),
        }
    finally:
        store.close()
        gc.unfreeze()


LIST_PATHS = (
    ("applications.list", "applications"),
    ("caseload (application list)", "applications"),
    ("store_reminders (tray)", "applications"),
    ("window start (open, pick)", "applications"),
    ("get_many (every full record)", "applications"),
    ("open + profiles.list", "profiles"),
    ("open + name look-up", "profiles"),
    ("find_duplicates (import)", "profiles"),
)


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
    by_size: list[tuple[int, int, Result]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for profiles, applications in sizes:
            home = Path(tmp) / f"s{profiles}"
            home.mkdir()
            fill(home, profiles, applications)
            key = api.unlock_key(home, passphrase=PASSPHRASE)
            results = measure(home, key, profiles, applications, args.runs)
            by_size.append((profiles, applications, results))
            print(f"  {profiles:,} profiles, {applications:,} applications:")
            for label, ((seconds, cpu, pause), count) in results.items():
                per = cpu / max(count, 1) * 1e6
                print(
                    f"    {label:30} {seconds * 1000:8.1f} ms wall, {cpu * 1000:8.1f} ms CPU "
                    f"({per:7.1f} µs CPU per record), gc pause {pause * 1000:6.1f} ms"
                )
    if len(by_size) > 1:
        print("growth of the list paths (CPU µs per record at each size; last / first):")
        for label, unit in LIST_PATHS:
            pers = []
            for _p, _a, results in by_size:
                (_wall, cpu, _pause), count = results[label]
                pers.append(cpu / max(count, 1) * 1e6)
            sizes_text = " -> ".join(
                f"{(p if unit == 'profiles' else a):,}: {per:6.1f}"
                for (p, a, _r), per in zip(by_size, pers, strict=True)
            )
            print(f"  {label:30} {sizes_text}  ({pers[-1] / pers[0]:.2f}x, {unit})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
