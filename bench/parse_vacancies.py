"""Parse 1,000 notices (variations of the recorded fixtures): in-process and in one CLI call.

    PYTHONPATH=src python bench/parse_vacancies.py [--count 1000]

Prints the median per notice and the total in-process, then the wall time of one
``secondment-desk vacancy parse FILE... --json`` call over the same notices as files.
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
from secondment_desk.vacancy import parse_text  # noqa: E402

SOURCES = [
    ROOT / "tests" / "fixtures" / "contract" / "vacancies" / "osce_dushanbe_head_pmd.txt",
    ROOT / "tests" / "fixtures" / "contract" / "vacancies" / "osce_astana_pmo_aggregator.txt",
    *sorted((ROOT / "tests" / "fixtures" / "vacancies").glob("*.txt")),
]


def variations(count: int) -> list[str]:
    """Notices that differ from each other: renumbered IDs, dates, years and spacing."""
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in SOURCES if p.exists()]
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


def in_process(texts: list[str]) -> Timing:
    parse_text(texts[0])  # warm up: resources and regexes load once
    samples = []
    for text in texts:
        start = time.perf_counter()
        parse_text(text)
        samples.append(time.perf_counter() - start)
    samples.sort()
    p90 = samples[min(len(samples) - 1, int(len(samples) * 0.9))]
    return Timing("in-process parse", len(samples), statistics.median(samples) * 1000,
                  p90 * 1000, sum(samples))  # fmt: skip


def one_cli_call(texts: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"notice_{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "secondment_desk", "vacancy", "parse", *files, "--json"],
            env=env, capture_output=True, check=False,
        )  # fmt: skip
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(result.stderr.decode())
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    texts = variations(args.count)
    print(in_process(texts).line())
    print(f"one CLI call over {len(texts)} files (--json): {one_cli_call(texts):.2f} s")


if __name__ == "__main__":
    main()
