"""Process start to the first painted frame on a real X server, against a bare PySide6 window.

    PYTHONPATH=src python bench/first_paint.py [--runs 7] [--quick] [--stores DIR]

A private Xvfb (black root) is started; each run is a fresh process: ``secondment-desk gui``
(through ``python -m secondment_desk``, from compiled bytecode, like an installed app) over an
empty keyring store, one with 100 profiles x 5 applications and one with 1,000 x 5 (made
once with scripts/many_candidates.py, kept in ``--stores`` to run again), ``gui --demo``,
and the anchor: a bare ``QMainWindow`` of the same size. The clock runs from just before the
process is spawned to the moment a pixel of its new top-level window, read back from the X
server every 3 ms, is no longer the black root (see ``bench/_xpaint.py``); then the process is
killed. The kinds take turns run by run, so the machine's load weighs on each alike; figures
are medians and the ratio to the bare window's median.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._xpaint import Screen, xvfb  # noqa: E402

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1200, 780)
w.show()
app.exec()
"""

GOALS = {"empty store": 1.3, "--demo": 1.3, "100 x 5": 1.5, "1,000 x 5": 2.0}


def keyring_env(base: Path) -> dict[str, str]:
    """keyrings.alt's file backend in a private HOME: a keyring store without a desktop."""
    return {
        "HOME": str(base / "user"),
        "XDG_DATA_HOME": str(base / "user" / "share"),
        "XDG_CONFIG_HOME": str(base / "user" / "config"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
    }


def make_store(base: Path, name: str, count: int) -> Path:
    home = base / name
    if (home / "store.sqlite3").exists():
        return home
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), **keyring_env(base))
    if count == 0:
        code = "from secondment_desk import store; store.new_store(method='keyring')"
        subprocess.run(
            [sys.executable, "-c", code], env=dict(env, SECONDMENT_DESK_HOME=str(home)), check=True
        )
    else:
        print(f"making a store of {count} profiles x 5 applications in {home} …", flush=True)
        script = str(ROOT / "scripts" / "many_candidates.py")
        args = [sys.executable, script, str(home), "--count", str(count), "--apps", "5"]
        subprocess.run([*args, "--keyring"], env=env, check=True, capture_output=True)
    return home


def run_once(screen: Screen, argv: list[str], env: dict[str, str], timeout: float) -> float:
    before = set(screen.top_levels())
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        painted = screen.wait_painted(before, start + timeout)
        elapsed = time.perf_counter() - start
        if not painted:
            proc.kill()
            _out, err = proc.communicate()
            raise SystemExit(f"no painted window within {timeout:.0f} s: {argv}\n{err.decode()}")
        return elapsed
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        screen.wait_gone(before, time.perf_counter() + 5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 runs, no 1,000 x 5 store")
    parser.add_argument("--stores", type=Path, help="keep the generated stores here")
    parser.add_argument("--small", action="store_true", help="only the empty store and --demo")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        base = args.stores or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        sizes = {"empty store": 0} if args.small else {"empty store": 0, "100 x 5": 100}
        if not args.quick and not args.small:
            sizes["1,000 x 5"] = 1000
        homes = {label: make_store(base, f"store-{n}", n) for label, n in sizes.items()}
        desk = [sys.executable, "-m", "secondment_desk", "gui"]
        with xvfb() as display:
            env = dict(os.environ)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env.pop("QT_QPA_PLATFORM", None)
            env.update(
                DISPLAY=display,
                PYTHONPATH=str(ROOT / "src"),
                PYTHONPYCACHEPREFIX=str(base / "pycache"),  # bytecode, kept out of the checkout
                **keyring_env(base),
            )
            kinds: dict[str, tuple[list[str], dict[str, str]]] = {
                "bare QMainWindow": ([sys.executable, "-c", BARE], env),
                "--demo": ([*desk, "--demo"], dict(env, SECONDMENT_DESK_HOME=str(base / "demo"))),
            }
            for label, home in homes.items():
                kinds[label] = (desk, dict(env, SECONDMENT_DESK_HOME=str(home)))
            screen = Screen(display)
            try:
                for argv, kenv in kinds.values():  # warm the file cache and the bytecode
                    run_once(screen, argv, kenv, 60)
                samples: dict[str, list[float]] = {k: [] for k in kinds}
                for _ in range(runs):
                    for label, (argv, kenv) in kinds.items():
                        samples[label].append(run_once(screen, argv, kenv, 60))
            finally:
                screen.close()
    anchor = statistics.median(samples["bare QMainWindow"])
    print(f"first painted frame on Xvfb, {runs} interleaved runs each (median, best):")
    for label, times in samples.items():
        med = statistics.median(times)
        goal = GOALS.get(label)
        met = goal is not None and med / anchor <= goal
        verdict = "" if goal is None else f"  goal <= {goal:.1f}x: {'met' if met else 'NOT met'}"
        print(
            f"  {label:18} {med * 1000:7.0f} ms  best {min(times) * 1000:6.0f} ms  "
            f"ratio {med / anchor:5.2f}x{verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
