"""Shared timing for the bench scripts: run a callable many times, report median and total."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    label: str
    runs: int
    median_ms: float
    p90_ms: float
    total_s: float

    def line(self) -> str:
        return (
            f"{self.label}: {self.runs} runs, median {self.median_ms:.2f} ms, "
            f"p90 {self.p90_ms:.2f} ms, total {self.total_s:.2f} s"
        )


def measure(label: str, fn: Callable[[], object], runs: int, warmup: int = 1) -> Timing:
    """Call ``fn`` ``runs`` times after ``warmup`` calls; times are wall-clock."""
    for _ in range(warmup):
        fn()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    samples.sort()
    p90 = samples[min(len(samples) - 1, int(len(samples) * 0.9))]
    return Timing(label, runs, statistics.median(samples) * 1000, p90 * 1000, sum(samples))


def measure_interleaved(
    fns: dict[str, Callable[[], object]], runs: int, warmup: int = 1
) -> dict[str, Timing]:
    """Like :func:`measure` for several callables, taking turns run by run, so a load that
    comes and goes on the machine weighs on each of them alike (fairer ratios)."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {label: [] for label in fns}
    for _ in range(runs):
        for label, fn in fns.items():
            start = time.perf_counter()
            fn()
            samples[label].append(time.perf_counter() - start)
    out: dict[str, Timing] = {}
    for label, times in samples.items():
        times.sort()
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        out[label] = Timing(label, runs, statistics.median(times) * 1000, p90 * 1000, sum(times))
    return out
