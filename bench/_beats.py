"""A 10 ms heartbeat on the UI thread that tells the app's own stalls from the machine's.

Every gap between two beats is kept twice:

- ``gap``: the wall clock between the beats, less the timer's own interval (what a user on
  this machine, at its load, waited);
- ``app``: the part of it the app caused. On a shared 2-core machine (load 7) the scheduler
  alone keeps a process off the CPU for 100 ms and more, which no code of the app changes.
  Linux counts, per thread, the time it was ready to run but waited for a CPU
  (``/proc/self/task/*/schedstat``, second field): that wait, summed over the process's
  threads (a worker holding the GIL and waiting for a CPU keeps the UI thread waiting too), is
  taken off the gap. What remains is the UI thread's own work, its waits on the GIL held by a
  running worker, and any blocking call (disk, keyring): all of it the app's. It is never
  less than the UI thread's own CPU time between the beats (``time.thread_time``), which no
  wait of the machine explains.

Where schedstat is missing (not Linux), ``app`` is the UI thread's CPU time alone.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer

BEAT_MS = 10
TASKS = Path("/proc/self/task")


def _runnable_wait_ns() -> int | None:
    """Nanoseconds this process's threads have spent ready to run but not running."""
    total = 0
    try:
        tids = os.listdir(TASKS)
    except OSError:
        return None
    for tid in tids:
        try:
            total += int((TASKS / tid / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            continue  # a thread that ended meanwhile
    return total


@dataclass
class Beat:
    gap: float  # wall clock between beats less the interval, ms
    app: float  # the part of it the app caused, ms
    cpu: float  # the UI thread's CPU time between the beats, ms
    phase: str


@dataclass
class Heartbeat:
    """Start it on the UI thread; ``beats`` grows by one per beat. ``phase`` labels them."""

    interval_ms: int = BEAT_MS
    phase: str = ""
    beats: list[Beat] = field(default_factory=list)
    on_beat: Callable[[Beat], None] | None = None  # called on the UI thread after each beat

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(self.interval_ms)
        self.timer.timeout.connect(self._beat)
        self._schedstat = _runnable_wait_ns() is not None

    def start(self) -> None:
        self.restart(self.phase)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def restart(self, phase: str) -> None:
        """A new phase: the clocks start again from now (what came before is not its gap)."""
        self.phase = phase
        self._wall = time.perf_counter()
        self._cpu = time.thread_time()
        self._wait = _runnable_wait_ns() if self._schedstat else 0

    def _beat(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        wait = _runnable_wait_ns() if self._schedstat else None
        gap = (wall - self._wall) * 1000 - self.interval_ms
        used = (cpu - self._cpu) * 1000
        if wait is not None:
            waited = (wait - (self._wait or 0)) / 1e6
            app = min(gap, max(used, gap - waited))
        else:
            app = used
        beat = Beat(gap, app, used, self.phase)
        self.beats.append(beat)
        self._wall, self._cpu, self._wait = wall, cpu, wait
        if self.on_beat is not None:
            self.on_beat(beat)

    @property
    def last(self) -> float:
        """``time.perf_counter()`` of the last beat (or of the phase's start)."""
        return self._wall

    def of(self, phase: str) -> list[Beat]:
        return [b for b in self.beats if b.phase == phase]
