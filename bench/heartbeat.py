"""How long the real window's UI thread is blocked: a 10 ms heartbeat through a whole session.

    PYTHONPATH=src python bench/heartbeat.py [--count 1000] [--quick] [--stores DIR]

The window is started the way ``secondment-desk gui`` starts it (``gui.app.launch``) over a
keyring store of COUNT profiles x 5 applications (made with scripts/many_candidates.py, kept
in ``--stores``); a QTimer beats every 10 ms and every gap between beats is kept, by phase:
opening the store (until the dashboard shows its rows), importing a profile, switching to
each screen, and filling the form (in a worker). Prints the longest gap and the 99th
percentile of each phase (goal: never over 50 ms). Runs offscreen unless a DISPLAY is given.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.first_paint import keyring_env, make_store  # noqa: E402

BEAT_MS = 10
GOAL_MS = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="100 profiles x 5")
    parser.add_argument("--stores", type=Path, help="keep the generated stores here")
    parser.add_argument("--why", action="store_true", help="print where each long gap was")
    args = parser.parse_args()
    count = 100 if args.quick else args.count
    with tempfile.TemporaryDirectory() as tmp:
        base = args.stores or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        home = make_store(base, f"store-{count}", count)
        os.environ.update(keyring_env(base), SECONDMENT_DESK_HOME=str(home))
        if not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        gaps, stalls = run_session(args.why)
    print(f"UI-thread heartbeat ({BEAT_MS} ms timer), {count} profiles x 5 applications:")
    worst = 0.0
    for phase, found in gaps.items():
        if not found:
            continue
        found.sort()
        p99 = found[min(len(found) - 1, int(len(found) * 0.99))]
        worst = max(worst, found[-1])
        print(
            f"  {phase:28} longest gap {found[-1]:6.1f} ms  p99 {p99:5.1f} ms  "
            f"median {statistics.median(found):4.1f} ms  ({len(found)} beats)"
        )
    if args.why:
        for where, ms in sorted(stalls.items(), key=lambda kv: -kv[1])[:20]:
            print(f"  stalled ~{ms:4.0f} ms in: {where}")
    verdict = "met" if worst <= GOAL_MS else "NOT met"
    print(f"longest gap overall: {worst:.1f} ms (goal <= {GOAL_MS} ms: {verdict})")
    return 0


def watch_stalls(
    last: list[float], phase: list[str], stalls: dict[str, float], stop: threading.Event
) -> None:
    """Sample the UI thread's stack whenever the heartbeat is late (for ``--why``)."""
    main = threading.main_thread().ident
    while not stop.wait(0.005):
        if time.perf_counter() - last[0] < 0.03:
            continue
        frame = sys._current_frames().get(main or 0)
        if frame is None:
            continue
        stack = traceback.extract_stack(frame)
        ours = [f for f in stack if "/secondment_desk/" in f.filename]
        where = " < ".join(
            f"{Path(f.filename).stem}.{f.name}:{f.lineno}" for f in reversed(ours[-3:])
        )
        leaf = stack[-1]
        key = f"[{phase[0]}] {Path(leaf.filename).stem}.{leaf.name} | {where or '(bench)'}"
        stalls[key] = stalls.get(key, 0.0) + 5.0


def run_session(why: bool = False) -> tuple[dict[str, list[float]], dict[str, float]]:
    from PySide6.QtCore import QTimer

    from secondment_desk.gui.app import application, launch
    from secondment_desk.gui.screens import SCREEN_KEYS
    from secondment_desk.gui.screens.base import pending_refreshes
    from secondment_desk.gui.settings import DeskSettings

    application()
    DeskSettings().last_screen = "dashboard"  # where a session starts: the dashboard
    app, window = launch()
    ctx = window.ctx
    gaps: dict[str, list[float]] = {}
    phase = ["opening the store"]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.setdefault(phase[0], []).append((now - last[0]) * 1000 - BEAT_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(BEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    stalls: dict[str, float] = {}
    stop = threading.Event()
    if why:
        threading.Thread(target=watch_stalls, args=(last, phase, stalls, stop), daemon=True).start()

    def settle(condition: object = None, timeout: float = 120.0) -> None:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            app.processEvents()
            ready = condition() if callable(condition) else True
            if ready and not ctx.jobs.running and not pending_refreshes():
                dash = window.screens.get("dashboard")
                if dash is None or not getattr(dash, "loading", False):
                    return
            time.sleep(0.001)
        dash = window.screens.get("dashboard")
        raise SystemExit(
            f"timed out in phase: {phase[0]} (store {ctx.store is not None}, jobs "
            f"{[j.label for j in ctx.jobs.running]}, screens {list(window.screens)}, "
            f"refreshes {pending_refreshes()}, dashboard loading {getattr(dash, 'loading', None)}, "
            f"message {window.ui.messageLabel.text()!r})"
        )

    def enter(name: str) -> None:
        phase[0] = name
        last[0] = time.perf_counter()

    settle(lambda: ctx.store is not None and "dashboard" in window.screens)
    enter("importing a profile")
    window.show_screen("profile")
    profile_screen = window.screens["profile"]
    sample = ROOT / "tests" / "fixtures" / "profiles" / "jsonresume_petrova.json"
    profile_screen.import_file(sample)  # type: ignore[attr-defined]
    settle()
    enter("switching screens")
    for key in (*SCREEN_KEYS, "dashboard", "documents", "checklist"):
        window.show_screen(key)
        settle()
    enter("filling the form (worker)")
    existing = ctx.store.applications.summaries() if ctx.store else []
    if existing:
        ctx.select_application(existing[0].id)
    window.show_screen("documents")
    settle()
    window.screens["documents"].fill_preview()  # type: ignore[attr-defined]
    settle(timeout=300.0)
    timer.stop()
    stop.set()
    window.close()
    return gaps, stalls


if __name__ == "__main__":
    raise SystemExit(main())
