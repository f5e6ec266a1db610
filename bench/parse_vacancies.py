"""Parse 1,000 notices (variations of the recorded fixtures): in-process and in one CLI call.

    PYTHONPATH=src python bench/parse_vacancies.py [--count 1000] [--quick]

Every recorded .txt notice is used, sub-folders included (tests/fixtures/**). Prints the
median per notice in-process, over all and for the full-length notices (6 KB and more) on
their own (goal: 5 ms median for both; the few full-length ones are parsed again until
there are 100 runs), then the wall time and peak memory (RSS) of one
``secondment-desk vacancy parse FILE... --json`` call over the same notices as files (the
JSON is streamed: memory must not grow with the number of files).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench._timing import Timing  # noqa: E402
from secondment_desk.errors import DeskError  # noqa: E402
from secondment_desk.vacancy import parse_text  # noqa: E402

SOURCES = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
FULL_LENGTH = 6_000  # characters: a whole notice, not a header or an excerpt


def _is_notice(text: str) -> bool:
    """Fixtures that are not notices (hostile inputs, profile texts) are left out."""
    try:
        parse_text(text)
    except DeskError:
        return False
    return True


def variations(count: int) -> list[str]:
    """Notices that differ from each other: renumbered IDs, dates, years and spacing."""
    texts = [t for t in (p.read_bytes().decode("utf-8", errors="replace") for p in SOURCES)
             if _is_notice(t)]  # fmt: skip
    out = []
    for i in range(count):
        text = texts[i % len(texts)]
        text = text.replace("TAJ000394", f"TAJ{i:06d}").replace("KOS000512", f"KOS{i:06d}")
        text = text.replace("2025", str(2000 + i % 30)).replace("Minimum 6", f"Minimum {i % 9 + 1}")
        if i % 3 == 0:
            text = text.replace("\n", "\r\n")
        if i % 5 == 0:
            text = text.replace("Tasks and Responsibilities", "Tasks and Responsibilites")
        out.append(text + f"\n\n(copy {i})\n")
    return out


FULL_LENGTH_RUNS = 100  # the few full-length notices are parsed again until this many runs


def in_process(texts: list[str]) -> list[Timing]:
    parse_text(texts[0])  # warm up: resources and regexes load once
    samples: list[tuple[int, float]] = []
    for text in texts:
        start = time.perf_counter()
        parse_text(text)
        samples.append((len(text), time.perf_counter() - start))
    full = [t for t in texts if len(t) >= FULL_LENGTH]
    full_times = [t for n, t in samples if n >= FULL_LENGTH]
    again = (full * FULL_LENGTH_RUNS)[: max(0, FULL_LENGTH_RUNS - len(full))]
    for text in again:
        start = time.perf_counter()
        parse_text(text)
        full_times.append(time.perf_counter() - start)
    out = []
    for label, chosen in (
        ("in-process parse, all notices", [t for _n, t in samples]),
        (f"in-process parse, full-length (>= {FULL_LENGTH:,} chars; {len(full)} of the "
         "variations, parsed again)", full_times),
    ):  # fmt: skip
        if not chosen:
            continue
        chosen.sort()
        p90 = chosen[min(len(chosen) - 1, int(len(chosen) * 0.9))]
        out.append(Timing(label, len(chosen), statistics.median(chosen) * 1000,
                          p90 * 1000, sum(chosen)))  # fmt: skip
    return out


def one_cli_call(texts: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"notice_{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        out = Path(tmp) / "out.json"
        code = (
            "import resource, subprocess, sys\n"
            "with open(sys.argv[1], 'wb') as out:\n"
            "    done = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.PIPE)\n"
            "if done.returncode: sys.exit(done.stderr.decode())\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        )  # peak RSS of the CLI process tree's largest process, in KiB
        argv = [sys.executable, "-m", "secondment_desk", "vacancy", "parse", *files, "--json"]
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", code, str(out), *argv], env=env, capture_output=True,
            check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(result.stderr.decode())
        return elapsed, int(result.stdout.decode().split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="300 notices")
    args = parser.parse_args()
    texts = variations(300 if args.quick else args.count)
    print(f"{len(SOURCES)} recorded .txt fixtures (sub-folders included), {len(texts)} variations")
    for timing in in_process(texts):
        print(timing.line(), "(goal: median <= 5 ms)")
    seconds, rss = one_cli_call(texts)
    print(f"one CLI call over {len(texts)} files (--json): {seconds:.2f} s, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
