"""Cold start to the first painted window: Secondment Desk against a bare PySide6 QMainWindow.

    PYTHONPATH=src python bench/cold_start.py [--runs 7] [--quick]

It used to stop one event-loop turn after ``show()`` under the offscreen platform with
``open_store=False``: nothing was mapped or painted, and the work queued before the first
paint (opening the store) was skipped, so it said "met" while a user waited three times as
long. It now measures what the user waits for, through ``bench/first_paint.py``: process start
to the first painted frame on a real X server (Xvfb), ``gui --demo`` and ``gui`` over an empty
keyring store, against a bare window measured the same way, interleaved (goal: <= 1.3x).
Stores of 100 and 1,000 candidates: run ``bench/first_paint.py`` itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.first_paint import main

if __name__ == "__main__":
    raise SystemExit(main(["--small", *sys.argv[1:]]))
