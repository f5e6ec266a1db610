"""Write resources/vacancy/months.json: month names per language, from dateparser's locale data.

    python scripts/build_month_names.py [--check]

The parser reads dates in many languages through dateparser's own tables of month names,
copied here once so that reading a notice does not import dateparser (a fifth of a second).
``--check`` exits 1 when the file differs from what dateparser says (tests run it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "vacancy" / "months.json"
LANGUAGES = ("fr", "es", "ru", "pt", "de", "it", "pl", "uk", "sl")
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


def build() -> dict[str, Any]:
    from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

    out: dict[str, Any] = {
        "_about": "Month names by language (lower case), from dateparser's locale data; "
        "written by scripts/build_month_names.py, do not edit by hand.",
        "languages": {},
    }
    for lang in LANGUAGES:
        info = default_loader.get_locale(lang).info
        months = {}
        for number, key in enumerate(MONTH_KEYS, start=1):
            names = sorted({n.casefold().rstrip(".") for n in info.get(key, []) if len(n) >= 3})
            months[str(number)] = names
        out["languages"][lang] = months
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = TARGET.exists() and TARGET.read_text("utf-8") == text
        print("months.json is up to date" if same else "months.json differs from dateparser")
        return 0 if same else 1
    TARGET.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
