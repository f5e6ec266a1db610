"""Cold start to the first shown window: Secondment Desk against a bare PySide6 QMainWindow.

Each run is a fresh Python process (offscreen platform) that exits as soon as its window has
been shown and the event loop turned once; both are timed the same way, alternately, in the
same run. Prints the medians and the ratio (goal: <= 1.3).

    PYTHONPATH=src python bench/cold_start.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.resize(1200, 780)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

DESK = """
import sys
from PySide6.QtCore import QTimer
from secondment_desk.gui.app import launch
app, w = launch(open_store=False)  # what main() does up to the first shown window
QTimer.singleShot(0, app.quit)
app.exec()
"""


def run_once(code: str, home: str) -> float:
    env = dict(os.environ)
    # Like an installed app, run from compiled bytecode (kept in a private cache folder, so
    # the checkout gets no __pycache__), even where PYTHONDONTWRITEBYTECODE is set.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SECONDMENT_DESK_HOME=home,
        PYTHONPATH=str(SRC),
        PYTHONPYCACHEPREFIX=str(Path(home) / "pycache"),
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    bare: list[float] = []
    desk: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        run_once(BARE, home)  # warm the OS file cache for both
        run_once(DESK, home)
        for _ in range(runs):
            bare.append(run_once(BARE, home))
            desk.append(run_once(DESK, home))
    bare_ms = statistics.median(bare) * 1000
    desk_ms = statistics.median(desk) * 1000
    for label, samples, med in (
        ("bare PySide6 QMainWindow", bare, bare_ms),
        ("Secondment Desk", desk, desk_ms),
    ):
        print(f"{label:25} {runs} runs, median {med:.0f} ms, best {min(samples) * 1000:.0f} ms")
    print(f"ratio of medians: {desk_ms / bare_ms:.2f} (goal <= 1.30)")
    print(f"ratio of bests:   {min(desk) / min(bare):.2f} (less sensitive to a busy machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
