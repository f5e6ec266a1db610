"""Translations: the window's (Qt Linguist .ts -> .qm) and the core's (gettext .po -> .mo).

    python scripts/build_translations.py            compile resources/i18n/*.ts -> .qm and
                                                    resources/i18n/core/*.po -> .mo
    python scripts/build_translations.py --update   first re-extract the strings: lupdate from
                                                    ui/*.ui and src/secondment_desk/gui; Babel
                                                    from the core (_, ngettext, pgettext, N_)
                                                    into core/messages.pot, merged into each
                                                    .po; then list the entries still untranslated
    python scripts/build_translations.py --check    exit 1 when a .po has untranslated or fuzzy
                                                    entries (after --update: also new ones)

The .qm and .mo files are build products (git-ignored): ./desk runs this script at set-up and
the wheel build runs it through hatch_build.py. Without them the application stays in English.
Translate the window with ``pyside6-linguist resources/i18n/secondment_desk_ru.ts`` and the
core in ``resources/i18n/core/ru.po`` (any .po editor; Babel keeps the Russian plural header).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGUAGES = ("en", "ru")
CORE_LANGUAGES = ("ru",)  # English is the source text: no catalogue


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


CORE = I18N / "core"
CORE_SOURCES = REPO / "src" / "secondment_desk"
# The core's marker functions (secondment_desk.i18n): Babel's keyword specs.
KEYWORDS: dict[str, Any] = {
    "_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "N_": None,
    "NP_": (1, 2),
    "NC_": ((1, "c"), 2),
}


def core_files() -> list[Path]:
    """Every core module whose sentences a person reads: all but the Qt window (gui/)."""
    return [
        p
        for p in sorted(CORE_SOURCES.rglob("*.py"))
        if "gui" not in p.relative_to(CORE_SOURCES).parts
    ]


# The sentences of resources/organisations/<family>/rules.json a person reads (the core shows
# them through _()); the short name is translated with the context "organisation".
DATA_KEYS = frozenset(
    {
        "label",
        "rule",
        "how_to_apply",
        "form_note",
        "cover_letter_limit_note",
        "nominated_by",
        "duty_station_note",
        "exceptions_note",
        "addressee",
        "addressee_without_state",
        "name",
    }
)


def _data_strings(value: Any, path: str, found: list[tuple[str, str, str | None]]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and item and key in DATA_KEYS:
                found.append((item, path, None))
            elif isinstance(item, str) and item and key == "short_name":
                found.append((item, path, "organisation"))
            else:
                _data_strings(item, path, found)
    elif isinstance(value, list):
        for item in value:
            _data_strings(item, path, found)


def data_messages() -> list[tuple[str, str, str | None]]:
    """(English, file, context) of every translatable sentence in the organisation rules."""
    found: list[tuple[str, str, str | None]] = []
    for path in sorted((REPO / "resources" / "organisations").glob("*/rules.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        _data_strings(data, path.relative_to(REPO).as_posix(), found)
    # The competency models: the model's name, its group titles, each name and summary.
    for path in sorted((REPO / "resources" / "competencies").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        where = path.relative_to(REPO).as_posix()
        texts = [data["name"], *data.get("groups", {}).values()]
        for comp in data["competencies"]:
            texts += [comp["name"], comp.get("summary") or ""]
        found += [(text, where, None) for text in texts if text]
    return found


def extract_core() -> Catalog:
    """The template catalogue: every _()/ngettext()/pgettext()/N_() string in the core, and
    the sentences of the organisation rules the core shows (:data:`DATA_KEYS`)."""
    template = Catalog(project="secondment-desk", domain="secondment_desk", fuzzy=False)
    for message, where, context in data_messages():
        template.add(message, None, [(where, 0)], context=context)
    for path in core_files():
        rel = path.relative_to(REPO).as_posix()
        with path.open("rb") as handle:
            for lineno, text, comments, context in extract(
                "python", handle, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
            ):
                template.add(text, None, [(rel, lineno)], auto_comments=comments, context=context)
    return template


def untranslated(catalog: Catalog) -> list[str]:
    """The msgids of entries with no translation (or a fuzzy one), in catalogue order."""
    found: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        if message.fuzzy or not all(strings):
            found.append(str(message.id[0] if isinstance(message.id, tuple | list) else message.id))
    return found


def read_core(code: str) -> Catalog:
    with (CORE / f"{code}.po").open("rb") as handle:
        return read_po(handle, locale=code)


def update_core() -> dict[str, list[str]]:
    """Extract the core's strings, merge them into every .po; returns untranslated per language."""
    template = extract_core()
    CORE.mkdir(parents=True, exist_ok=True)
    with (CORE / "messages.pot").open("wb") as handle:
        write_po(handle, template, omit_header=False, sort_output=False, width=96)
    missing: dict[str, list[str]] = {}
    for code in CORE_LANGUAGES:
        po = CORE / f"{code}.po"
        catalog = read_core(code) if po.exists() else Catalog(locale=code, domain="secondment_desk")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        catalog.project, catalog.version = "secondment-desk", ""
        catalog.copyright_holder = "Secondment Desk"
        catalog.msgid_bugs_address = ""
        catalog.last_translator = "Secondment Desk"
        catalog.language_team = "Russian"

        with po.open("wb") as handle:
            write_po(handle, catalog, width=96, include_previous=False)
        missing[code] = untranslated(catalog)
    return missing


def compile_core(out_dir: Path | None = None) -> list[Path]:
    """Compile every core .po into out_dir (default: beside it) as <code>.mo; returns them."""
    out_dir = out_dir or CORE
    out_dir.mkdir(parents=True, exist_ok=True)

    built = []
    for code in CORE_LANGUAGES:
        po = CORE / f"{code}.po"
        if not po.exists():
            continue
        mo = out_dir / f"{code}.mo"
        with mo.open("wb") as handle:
            write_mo(handle, read_core(code), use_fuzzy=False)
        built.append(mo)
    return built


def report(missing: dict[str, list[str]]) -> int:
    total = 0
    for code, ids in missing.items():
        total += len(ids)
        print(f"build_translations: {code}.po: {len(ids)} untranslated")
        for msgid in ids:
            print(f"  {msgid!r}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="re-extract strings first")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when any core entry is untranslated"
    )
    args = parser.parse_args(argv)
    if args.update:
        update()
        missing = update_core()
    else:
        missing = {code: untranslated(read_core(code)) for code in CORE_LANGUAGES}
    count = report(missing) if args.update or args.check else 0
    release()
    compile_core()
    return 1 if args.check and count else 0


if __name__ == "__main__":
    raise SystemExit(main())
