"""The collector's pauses around the dashboard's first build, measured with ``gc.callbacks``.

    PYTHONPATH=src python bench/gc_pauses.py DIR [DIR ...] [--passphrase many-candidates]

Each DIR is a data folder (scripts/many_candidates.py DIR --count 1000 --apps 5 makes 5,000
applications; --count 5000, 25,000). In one fresh process per folder: the store is opened
(migrated first if it is older), then the dashboard's rows are built the way the window's
worker builds them (``DashboardBoard().build`` over ``Store.reader()``), then the window's
next work is stood in for by 400,000 short-lived small objects made in chunks while the rows
stay held (what makes the collector's next full passes walk whatever the build left alive).
Printed: each phase's CPU time, its longest collection and the sum of its collections (CPU
time of the collecting thread), the
objects the collector tracks once the rows are held, and whether anything was frozen. A long
collection holds the GIL: the window's UI thread cannot beat meanwhile.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Pauses:
    """Every collection's generation and duration (ms), from ``gc.callbacks``: the CPU time
    of the thread that collected (the collector runs in the thread whose allocation set it
    off, holding the GIL), so another process's load on a shared machine does not count."""

    def __init__(self) -> None:
        self.found: list[tuple[int, float]] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.found.append((info["generation"], (time.thread_time() - self._start) * 1000))

    def take(self) -> list[tuple[int, float]]:
        found, self.found = self.found, []
        return found


def one(home: Path, passphrase: str) -> dict[str, object]:
    from secondment_desk import store as api
    from secondment_desk.deadlines.board import DashboardBoard

    pauses = Pauses()
    store = api.open_store(home, passphrase)  # migrated here when older (not measured)
    gc.collect()
    gc.freeze()  # the bench's own heap (imports, the store handle) out of the way
    frozen_before = gc.get_freeze_count()
    gc.callbacks.append(pauses)
    phases: dict[str, tuple[float, list[tuple[int, float]]]] = {}
    try:
        reader = store.reader()
        cpu = time.process_time()
        board = DashboardBoard().build(reader, date.today())
        phases["build"] = (time.process_time() - cpu, pauses.take())
        reader.close()
        tracked = len(gc.get_objects())
        cpu = time.process_time()
        for _ in range(40):
            chunk = [(i, str(i)) for i in range(10_000)]  # the window's next work
            del chunk
        phases["after"] = (time.process_time() - cpu, pauses.take())
    finally:
        gc.callbacks.remove(pauses)
        store.close()
    out: dict[str, object] = {
        "rows": len(board.rows),
        "tracked": tracked,
        "froze": max(0, gc.get_freeze_count() - frozen_before),
    }
    for name, (cpu_s, found) in phases.items():
        times = [ms for _gen, ms in found]
        out[name] = {
            "cpu_ms": round(cpu_s * 1000, 1),
            "collections": len(times),
            "longest_ms": round(max(times, default=0.0), 1),
            "sum_ms": round(sum(times), 1),
            "full": sum(1 for gen, _ms in found if gen == 2),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("homes", type=Path, nargs="+")
    parser.add_argument("--passphrase", default="many-candidates")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one(args.homes[0], args.passphrase)))
        return 0
    for home in args.homes:
        argv = [sys.executable, __file__, str(home), "--passphrase", args.passphrase, "--child"]
        done = subprocess.run(argv, check=True, capture_output=True, text=True)
        found = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{home.name}: {found['rows']} rows, {found['tracked']} objects tracked after the "
              f"build, newly frozen: {found['froze']}")  # fmt: skip
        for phase in ("build", "after"):
            p = found[phase]
            print(
                f"  {phase:6} cpu {p['cpu_ms']:7.1f} ms  {p['collections']:4} collections "
                f"({p['full']} full)  longest {p['longest_ms']:6.1f} ms  sum {p['sum_ms']:7.1f} ms"
            )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
