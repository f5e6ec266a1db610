"""Fill the core's Russian catalogue from resources/i18n/core/ru_extra.json, after extracting.

    python scripts/apply_translations.py            re-extract the core's strings (the same
                                                    as build_translations.py --update does for
                                                    the core), fill ru.po from the JSON, compile
                                                    ru.mo and list what is still untranslated
    python scripts/apply_translations.py --check    also exit 1 when anything is untranslated

The JSON holds translations written on a branch that must not touch ru.po (another branch was
translating it at the same time): ``{"msgid": "msgstr"}``, and for a plural
``{"singular msgid": {"plural": "plural msgid", "forms": ["one", "few", "many"]}}``.
A translation already in ru.po is never overwritten; an entry the sources no longer have is
dropped by the extraction. Once applied, the JSON's entries live in ru.po and it may be emptied.
The tests compile ru.mo with the JSON applied in memory (:func:`compile_with_extra`), so a
checkout with the JSON not yet applied still runs in Russian.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import write_po

REPO = Path(__file__).resolve().parents[1]
CORE = REPO / "resources" / "i18n" / "core"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_translations", REPO / "scripts" / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_extra(path: Path) -> dict[str, Any]:
    """The JSON's entries, checked: each a string, or a plural with its forms."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path.name}: must be an object of msgid -> translation")
    for msgid, value in data.items():
        plural_ok = (
            isinstance(value, dict)
            and isinstance(value.get("plural"), str)
            and isinstance(value.get("forms"), list)
            and all(isinstance(f, str) and f for f in value["forms"])
        )
        if not (isinstance(value, str) and value) and not plural_ok:
            raise SystemExit(f"{path.name}: {msgid!r} needs a string or plural+forms")
    return data


def _empty(string: Any) -> bool:
    strings = string if isinstance(string, tuple | list) else [string]
    return not all(strings)


def fill(catalog: Catalog, extra: dict[str, Any]) -> int:
    """Put the JSON's translations into ``catalog`` where it has none; returns how many."""
    filled = 0
    for msgid, value in extra.items():
        if isinstance(value, str):
            key: str | tuple[str, str] = msgid
            string: str | tuple[str, ...] = value
        else:
            forms = tuple(value["forms"])
            if len(forms) != catalog.num_plurals:
                raise SystemExit(
                    f"{msgid!r}: {len(forms)} forms, the catalogue has {catalog.num_plurals}"
                )
            key, string = (msgid, value["plural"]), forms
        message = catalog.get(msgid)
        if message is not None and not _empty(message.string) and not message.fuzzy:
            continue  # translated in the .po: the .po wins
        if message is None:
            catalog.add(key, string)
        else:
            message.id, message.string = key, string
            message.flags.discard("fuzzy")
        filled += 1
    return filled


def compile_with_extra(code: str = "ru", out_dir: Path | None = None) -> Path:
    """``<code>.mo`` from ``<code>.po`` with ``<code>_extra.json`` applied in memory (the .po
    file is not changed): what the tests run on."""
    script = build_script()
    catalog = script.read_core(code)
    fill(catalog, load_extra(CORE / f"{code}_extra.json"))
    mo = (out_dir or CORE) / f"{code}.mo"
    with mo.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return mo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when any is untranslated")
    args = parser.parse_args(argv)
    script = build_script()
    script.update_core()  # extraction: messages.pot and ru.po follow the sources
    missing: dict[str, list[str]] = {}
    for code in script.CORE_LANGUAGES:
        catalog = script.read_core(code)
        count = fill(catalog, load_extra(CORE / f"{code}_extra.json"))
        with (CORE / f"{code}.po").open("wb") as handle:
            write_po(handle, catalog, width=96, include_previous=False)
        print(f"apply_translations: {code}.po: {count} filled from {code}_extra.json")
        missing[code] = script.untranslated(catalog)
    untranslated = script.report(missing)
    script.release()  # the window's .qm too, as build_translations.py does
    script.compile_core()
    return 1 if args.check and untranslated else 0


if __name__ == "__main__":
    raise SystemExit(main())
