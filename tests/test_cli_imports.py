"""What a command loads is what it needs: ``form fill --profile-file`` opens no store and
loads neither the checklist, the deadlines, the keyring nor the store's cryptography (each a
share of the whole process's time, measured by bench/cli_process.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTICE = ROOT / "tests" / "fixtures" / "contract" / "vacancies" / "osce_dushanbe_head_pmd.txt"
PROFILE = ROOT / "tests" / "fixtures" / "profiles" / "jsonresume_petrova.json"

# Run the command as `python -m secondment_desk ...` would, then list what it loaded.
_PROBE = """
import json, runpy, sys
sys.argv = ["secondment_desk", *sys.argv[1:]]
try:
    runpy.run_module("secondment_desk", run_name="__main__")
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""

NOT_FOR_A_FILL_FROM_FILES = (
    "secondment_desk.store",
    "secondment_desk.checklist",
    "secondment_desk.deadlines",
    "secondment_desk.gui",
    "keyring",
    "cryptography",
    "icalendar",
    "holidays",
    "PySide6",
)


def _loaded(
    tmp_path: Path, *argv: str, extra_env: dict[str, str] | None = None
) -> tuple[int, list[str]]:
    env = {
        "PYTHONPATH": str(ROOT / "src"),
        "SECONDMENT_DESK_HOME": str(tmp_path / "home"),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        **(extra_env or {}),
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], env=env, capture_output=True, text=True, check=False
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["modules"]


def test_form_fill_from_a_profile_file_loads_no_store(tmp_path: Path) -> None:
    out = tmp_path / "form.docx"
    code, modules = _loaded(
        tmp_path, "form", "fill", str(NOTICE), "--profile-file", str(PROFILE), "--out", str(out)
    )
    assert code == 0 and out.stat().st_size > 10_000
    assert "secondment_desk.vacancy.parser" in modules  # the probe sees the command's imports
    unneeded = [m for m in modules if m.startswith(NOT_FOR_A_FILL_FROM_FILES)]
    assert unneeded == []
    assert not (tmp_path / "home" / "store.db").exists()


NOT_FOR_A_FILL_FROM_THE_STORE = (
    "secondment_desk.deadlines",  # the status's words are the applications' own
    "secondment_desk.checklist",
    "icalendar",
    "holidays",
    "keyring",  # a passphrase store asks no keyring
    "PySide6",
)


def test_form_fill_from_a_passphrase_store_loads_no_deadlines(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make = (
        "import sys; from secondment_desk import store; from secondment_desk.profile import "
        "import_file; key = store.new_store(method='passphrase', passphrase='pass phrase'); "
        "s = store.open_store(key=key); "
        "s.profiles.save(import_file(sys.argv[1])); s.close()"
    )
    env = {
        "PYTHONPATH": str(ROOT / "src"),
        "SECONDMENT_DESK_HOME": str(home),
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run([sys.executable, "-c", make, str(PROFILE)], env=env, check=True)
    out = tmp_path / "form.docx"
    code, modules = _loaded(
        tmp_path,
        "form",
        "fill",
        str(NOTICE),
        "--profile",
        "Anna Ivanova Petrova",
        "--out",
        str(out),
        extra_env={"SECONDMENT_DESK_PASSPHRASE": "pass phrase"},
    )
    assert code == 0 and out.stat().st_size > 10_000
    assert "secondment_desk.store.archive" in modules
    assert [m for m in modules if m.startswith(NOT_FOR_A_FILL_FROM_THE_STORE)] == []
