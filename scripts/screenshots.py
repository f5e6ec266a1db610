"""Screenshots of the main screens from the real application under Xvfb, with the demo data.

    python scripts/screenshots.py [--out docs/screenshots] [--lang en ru]

Starts Xvfb, runs ``secondment-desk gui --demo`` in each language (the language follows the
system locale), walks the screens with the keyboard (Ctrl+1 ... Ctrl+7) through xdotool and
captures the window with ImageMagick's ``import``; the PNGs are scaled to 1200 px wide.
Needs: Xvfb, xdotool, imagemagick.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCREENS = ("dashboard", "vacancy", "profile", "checklist", "deadline", "documents", "settings")
LOCALES = {"en": "en_GB.UTF-8", "ru": "ru_RU.UTF-8"}
FILL_KEY = {"en": "alt+r", "ru": "alt+Cyrillic_ze"}


def run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout


def window_id(env: dict[str, str], timeout: float = 60) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Secondment Desk"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.5)
    raise SystemExit("the window did not appear")


def shoot(lang: str, out: Path, display: str, extra: dict[str, str]) -> None:
    env = dict(os.environ, DISPLAY=display, LANG=LOCALES[lang], LC_ALL=LOCALES[lang])
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra)
    env["PYTHONPATH"] = str(REPO / "src")
    app = subprocess.Popen(
        [sys.executable, "-m", "secondment_desk", "gui", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wid = window_id(env)
        time.sleep(6)  # the demo store is created and the notices parsed after the window shows
        # No window manager under Xvfb: give the window the input focus, then type (XTEST).
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], env=env, check=False)
        for number, screen in enumerate(SCREENS, start=1):
            run(["xdotool", "key", f"ctrl+{number}"], env)
            time.sleep(1.5)
            if screen == "documents":
                # "Fill and p&review" / "&Заполнить и просмотреть" (LibreOffice, pdftoppm)
                run(["xdotool", "key", FILL_KEY[lang]], env)
                time.sleep(15)
            raw = out / f".{screen}-{lang}.png"
            run(["import", "-window", wid, str(raw)], env)
            final = out / f"{screen}-{lang}.png"
            run(["convert", str(raw), "-resize", "1200x>", "-strip", str(final)], env)
            raw.unlink()
            print(final.relative_to(REPO) if final.is_relative_to(REPO) else final)
    finally:
        app.terminate()
        app.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "ru"], choices=sorted(LOCALES))
    parser.add_argument("--display", default=":97")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    xvfb = subprocess.Popen(
        ["Xvfb", args.display, "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.5)
        for lang in args.lang:
            shoot(lang, args.out, args.display, {})
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
