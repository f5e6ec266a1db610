"""Killing `package export` / `form fill --pdf` mid-way leaves no personal file in the shared
temp folder and no LibreOffice running; the private leftovers are 0700/0600 and wiped on the
next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secondment_desk.documents.private_temp import private_tempdir, sweep_stale

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed",
)
ROOT = Path(__file__).resolve().parents[2]
EXPORT = """
import sys
from pathlib import Path
from secondment_desk.documents.package import export_package
from tests.documents.sample import LETTER, application, full_profile, vacancy
profile, vac = full_profile(), vacancy()
export_package(profile, application(profile, vac, LETTER), Path(sys.argv[1]))
"""


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if text in cmdline:
            found.append(int(entry.name))
    return found


@pytest.mark.slow
@needs_soffice
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the processes")
def test_killed_export_leaves_nothing_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    env = {**os.environ, "SECONDMENT_DESK_HOME": str(home), "TMPDIR": str(shared_tmp)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    child = subprocess.Popen(
        [sys.executable, "-c", EXPORT, str(tmp_path / "pkg.zip")], env=env, cwd=ROOT
    )
    marker = str(home / "tmp")
    deadline = time.monotonic() + 60
    try:
        while not any(p != child.pid for p in _processes_mentioning(marker)):
            assert child.poll() is None, "the export finished before LibreOffice was seen"
            assert time.monotonic() < deadline, "LibreOffice never started"
            time.sleep(0.05)
        leftovers = list((home / "tmp").iterdir())
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
    end = time.monotonic() + 10
    while _processes_mentioning(marker) and time.monotonic() < end:
        time.sleep(0.1)
    assert _processes_mentioning(marker) == [], "LibreOffice outlived its parent"
    assert list(shared_tmp.iterdir()) == [], "personal files in the shared temp folder"
    assert not (tmp_path / "pkg.zip").exists()
    assert leftovers
    for folder in leftovers:
        for path in [folder, *folder.rglob("*")]:
            mode = path.stat().st_mode & 0o777
            if path.is_dir() or path.is_file():
                assert mode & 0o077 == 0, f"{path} is {oct(mode)}"
    assert sorted(sweep_stale(home / "tmp")) == sorted(leftovers)
    assert list((home / "tmp").iterdir()) == []


def test_a_live_folder_is_not_swept_and_a_dead_one_is(tmp_path: Path) -> None:
    with private_tempdir("work-") as live:
        (live / "form.docx").write_bytes(b"personal")
        dead = live.parent / "dead-1234"
        dead.mkdir()
        (dead / ".owner").write_text("1")
        assert sweep_stale(live.parent) == [dead]
        assert live.exists()
        assert live.stat().st_mode & 0o777 == 0o700
    assert not live.exists()
