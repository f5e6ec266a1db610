"""Screenshots of the main screens from the real application under Xvfb, with the demo data.

    python scripts/screenshots.py [--out DIR] [--lang en ru] [--size 1280x800 1920x1080]
    python scripts/screenshots.py --qt ...    the same from inside Qt (no xdotool/ImageMagick)

Starts Xvfb, runs ``secondment-desk gui --demo`` in each language (the language follows the
system locale), walks the screens with the keyboard (Ctrl+1 ... Ctrl+7) through xdotool and
captures the window with ImageMagick's ``import``. For each screen size the window fills the
screen; the first size gives ``<screen>-<lang>.png`` (scaled to 1200 px wide, for the README),
every size also ``<screen>-<lang>-<W>x<H>.png`` at full resolution.
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


def shoot(
    lang: str, out: Path, display: str, extra: dict[str, str], size: str, readme: bool
) -> None:
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
        width, height = size.split("x")
        subprocess.run(["xdotool", "windowmove", wid, "0", "0"], env=env, check=False)
        subprocess.run(["xdotool", "windowsize", wid, width, height], env=env, check=False)
        time.sleep(1)
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
            sized = out / f"{screen}-{lang}-{size}.png"
            run(["convert", str(raw), "-strip", str(sized)], env)
            if readme:
                final = out / f"{screen}-{lang}.png"
                run(["convert", str(raw), "-resize", "1200x>", "-strip", str(final)], env)
            raw.unlink()
            print(sized.relative_to(REPO) if sized.is_relative_to(REPO) else sized)
    finally:
        app.terminate()
        app.wait(10)


def qt_shoot(lang: str, out: Path, size: str, readme: bool) -> None:
    """In a child process: the demo window at ``size``, each screen grabbed by Qt itself."""
    code = f"""
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from secondment_desk.gui.app import launch
app, window = launch(demo=True)
w, h = {size.split("x")[0]}, {size.split("x")[1]}
window.resize(w, h)
def wait(seconds, until=lambda: False):
    end = time.monotonic() + seconds
    while time.monotonic() < end and not until():
        app.processEvents()
        time.sleep(0.02)
wait(60, lambda: window.ctx.store is not None and not window.ctx.jobs.running)
wait(2)
for screen in {SCREENS!r}:
    window.show_screen(screen)
    wait(1.5)
    if screen == "documents":
        window.screens["documents"].fill_preview(window.screens["documents"].output_folder())
        wait(2)
        wait(60, lambda: not window.ctx.jobs.running)
        wait(1)
    shot = window.grab()
    shot.save(str({str(out)!r}) + f"/{{screen}}-{lang}-{size}.png")
    if {readme!r}:
        small = shot.scaledToWidth(1200, Qt.TransformationMode.SmoothTransformation)
        small.save(
            str({str(out)!r}) + f"/{{screen}}-{lang}.png")
    print(screen, flush=True)
window.close()
"""
    env = dict(os.environ, LANG=LOCALES[lang], LC_ALL=LOCALES[lang], LANGUAGE=lang)
    env["PYTHONPATH"] = str(REPO / "src")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=300)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "ru"], choices=sorted(LOCALES))
    parser.add_argument("--display", default=":97")
    parser.add_argument("--size", nargs="+", default=["1280x800", "1920x1080"])
    parser.add_argument("--qt", action="store_true", help="grab from inside Qt")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.qt:
        for number, size in enumerate(args.size):
            for lang in args.lang:
                qt_shoot(lang, args.out, size, readme=number == 0)
        return 0
    widest = max(int(s.split("x")[0]) for s in args.size)
    tallest = max(int(s.split("x")[1]) for s in args.size)
    xvfb = subprocess.Popen(
        ["Xvfb", args.display, "-screen", "0", f"{widest}x{tallest}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.5)
        for number, size in enumerate(args.size):
            for lang in args.lang:
                shoot(lang, args.out, args.display, {}, size, readme=number == 0)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
