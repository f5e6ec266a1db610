"""Qt Linguist translations: extract strings into .ts, compile .ts into .qm.

    python scripts/build_translations.py            compile resources/i18n/*.ts -> .qm
    python scripts/build_translations.py --update   first re-extract the strings (lupdate)
                                                    from ui/*.ui and src/secondment_desk/gui

The .qm files are build products (git-ignored): ./desk runs this script at set-up and the
wheel build runs it through hatch_build.py. Without them the application stays in English.
Translate with ``pyside6-linguist resources/i18n/secondment_desk_ru.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("en", "ru")


def tool(name: str) -> str | None:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def sources() -> list[Path]:
    gui = REPO / "src" / "secondment_desk" / "gui"
    py = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]
    return sorted((REPO / "ui").glob("*.ui")) + py


def update() -> None:
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials")
    for code in LANGUAGES:
        ts = I18N / f"secondment_desk_{code}.ts"
        subprocess.run(
            [
                lupdate,
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                code,
                *map(str, sources()),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def release(out_dir: Path = I18N) -> list[Path]:
    """Compile every .ts into out_dir; returns the .qm files (none when lrelease is missing)."""
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        print("build_translations: pyside6-lrelease not found; the app stays in English")
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(I18N.glob("secondment_desk_*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="re-extract strings first")
    args = parser.parse_args(argv)
    if args.update:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
