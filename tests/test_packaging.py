"""The built wheel carries ui/, templates/ and resources/ and runs from a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
    )
    (found,) = out.glob("secondment_desk-*.whl")
    return found


def test_wheel_holds_the_data_folders(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("ui", "templates", "resources"):
        shipped = [n for n in names if n.startswith(f"secondment_desk/_data/{folder}/")]
        source = [
            p for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix not in (".qm", ".mo")
        ]
        assert len(shipped) >= len(source) > 0, (
            f"{folder}: {len(shipped)} shipped, {len(source)} in tree"
        )
    # The core's Russian catalogue is compiled by the build hook (it is not in git).
    assert "secondment_desk/_data/resources/i18n/core/ru.mo" in names


@pytest.mark.slow
def test_installed_wheel_runs_and_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    version = subprocess.run(
        [env_dir / "bin" / "secondment-desk", "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert version.stdout.strip().startswith("secondment-desk ")
    where = subprocess.run(
        [
            py,
            "-c",
            "from secondment_desk.resources import data_dir as d;"
            "print(d('ui')); print(d('templates')); print(d('resources'))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    for line in where.stdout.splitlines():
        assert str(env_dir) in line and "site-packages" in line, line
