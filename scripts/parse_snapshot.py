"""Snapshot the parser's output for every notice fixture, to prove a speed change changed nothing.

    PYTHONPATH=src python scripts/parse_snapshot.py dump DIR     # before the change
    PYTHONPATH=src python scripts/parse_snapshot.py check DIR    # after it: byte-identical?

Every notice file under tests/fixtures/vacancies/ (sub-folders included: real/, corpus/dev/,
corpus/test/) is parsed as ``vacancy parse --json`` would (``output_dict`` with the text, so the
spans' text counts too), on a fixed "today" so the status does not drift with the date, and
written as one JSON file per notice (a refused file gives its error's class and message). ``check``
names the notices whose output changed; it shows the difference only for files outside the held-out
test corpus (corpus/test/ is compared, never printed).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from secondment_desk.errors import DeskError  # noqa: E402
from secondment_desk.vacancy import load_vacancies  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "vacancies"
HELD_OUT = FIXTURES / "corpus" / "test"
NOTICE_SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}
TODAY = date(2026, 1, 15)


def notices() -> list[Path]:
    return sorted(
        p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix.lower() in NOTICE_SUFFIXES
    )


def output(path: Path) -> str:
    try:
        data: object = [v.output_dict(include_text=True) for v in load_vacancies(path, TODAY)]
    except DeskError as err:
        data = {"error": type(err).__name__, "message": str(err)}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def snapshot_name(path: Path) -> str:
    return str(path.relative_to(FIXTURES)).replace("/", "__") + ".json"


def dump(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    files = notices()
    for path in files:
        (target / snapshot_name(path)).write_text(output(path), encoding="utf-8")
    print(f"{len(files)} notices written to {target}")
    return 0


def check(target: Path) -> int:
    files = notices()
    changed: list[str] = []
    for path in files:
        before_file = target / snapshot_name(path)
        now = output(path)
        before = before_file.read_text(encoding="utf-8") if before_file.exists() else None
        if before == now:
            continue
        rel = str(path.relative_to(FIXTURES))
        changed.append(rel)
        if before is None:
            print(f"new (no snapshot): {rel}")
        elif path.is_relative_to(HELD_OUT):
            print(f"CHANGED (held-out test notice, not shown): {rel}")
        else:
            print(f"CHANGED: {rel}")
            diff = difflib.unified_diff(
                before.splitlines(), now.splitlines(), "before", "now", n=1, lineterm=""
            )
            for line in list(diff)[:40]:
                print(f"    {line[:160]}")
    print(f"{len(files)} notices, {len(changed)} changed")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("dump", "check"))
    parser.add_argument("dir", type=Path)
    args = parser.parse_args()
    return dump(args.dir) if args.action == "dump" else check(args.dir)


if __name__ == "__main__":
    raise SystemExit(main())
