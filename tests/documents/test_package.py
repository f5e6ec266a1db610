"""Packages: a round trip, and every kind of hostile zip refused."""

from __future__ import annotations

import json
import stat
import time
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from secondment_desk.documents.package import (
    MANIFEST,
    PackageError,
    export_package,
    import_package,
    sha256_file,
    write_package,
)
from secondment_desk.documents.safety import ZipLimits
from secondment_desk.paths import data_home
from tests.documents.helpers import docx_text
from tests.documents.sample import LETTER, application, checklist_items, full_profile, vacancy


@pytest.fixture
def package(tmp_path: Path) -> Path:
    profile, vac = full_profile(), vacancy()
    out = tmp_path / "pkg.zip"
    filled = export_package(
        profile, application(profile, vac, LETTER), out, checklist=checklist_items(), pdf=False
    )
    assert filled.warnings == [] and filled.cover_letter_characters == len(LETTER)
    return out


def test_round_trip(package: Path) -> None:
    names = set(zipfile.ZipFile(package).namelist())
    assert names == {
        MANIFEST,
        "application_form.docx",
        "cover_letter.docx",
        "checklist_report.docx",
    }
    imported = import_package(package, now=lambda: datetime(2025, 7, 1, 12, 0, tzinfo=UTC))
    assert imported.folder == data_home() / "packages" / "Łucja-Анна-Kovalenko-Müller" / (
        "TAJ000394-20250701-120000"
    )
    assert sorted(p.name for p in imported.folder.iterdir()) == sorted(names)
    manifest = imported.manifest
    assert manifest["vacancy"]["requisition_id"] == "TAJ000394"
    for entry in manifest["files"]:
        assert sha256_file(imported.folder / entry["name"]) == entry["sha256"]
    assert "Kovalenko-Müller" in docx_text(imported.folder / "application_form.docx")


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a zip, replacing (bytes) or dropping (None) entries; new names are added."""
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            if info.filename in change:
                data = change.pop(info.filename)
                if data is not None:
                    b.writestr(info.filename, data)
            else:
                b.writestr(info, a.read(info))
        for name, data in change.items():
            if data is not None:
                b.writestr(name, data)
    return dst


def _refused(path: Path, match: str, **kwargs: object) -> None:
    start = time.monotonic()
    with pytest.raises(PackageError, match=match):
        import_package(path, **kwargs)  # type: ignore[arg-type]
    assert time.monotonic() - start < 2.0
    leftovers = list((data_home() / "packages").rglob("*.docx"))
    assert leftovers == []


def test_tampered_file_is_refused(package: Path, tmp_path: Path) -> None:
    bad = _rewrite(package, tmp_path / "bad.zip", {"cover_letter.docx": b"changed"})
    _refused(bad, "wrong size|SHA-256")


def test_same_size_tamper_is_caught_by_hash(package: Path, tmp_path: Path) -> None:
    original = zipfile.ZipFile(package).read("cover_letter.docx")
    flipped = bytes([original[0] ^ 1]) + original[1:]
    bad = _rewrite(package, tmp_path / "bad.zip", {"cover_letter.docx": flipped})
    _refused(bad, "SHA-256")


def test_missing_and_extra_files(package: Path, tmp_path: Path) -> None:
    _refused(_rewrite(package, tmp_path / "a.zip", {"cover_letter.docx": None}), "missing")
    _refused(_rewrite(package, tmp_path / "b.zip", {"extra.txt": b"x"}), "does not list")
    _refused(_rewrite(package, tmp_path / "c.zip", {MANIFEST: None}), "no manifest")
    _refused(_rewrite(package, tmp_path / "d.zip", {MANIFEST: b"{not json"}), "not valid JSON")


@pytest.mark.parametrize(
    "name", ["../evil.docx", "/etc/evil.docx", "a/../../evil.docx", "C:evil.docx", "dir\\x.docx"]
)
def test_zip_slip_and_absolute_paths(tmp_path: Path, name: str) -> None:
    path = tmp_path / "slip.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo(name), b"x")
        z.writestr(MANIFEST, "{}")
    _refused(path, "outside|absolute|backslash|folder")
    assert not (tmp_path.parent / "evil.docx").exists()


def test_symlink_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    info = zipfile.ZipInfo("application_form.docx")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(info, "/etc/passwd")
        z.writestr(MANIFEST, "{}")
    _refused(path, "symbolic link")


def test_zip_bomb_and_oversized_entry(tmp_path: Path) -> None:
    src = tmp_path / "big.bin"
    src.write_bytes(b"\0" * 20_000_000)
    bomb = write_package([src], tmp_path / "bomb.zip", {})
    _refused(bomb, "zip bomb")
    small = tmp_path / "f.bin"
    small.write_bytes(b"a" * 5000)
    pkg = write_package([small], tmp_path / "ok.zip", {})
    _refused(pkg, "inflates", limits=ZipLimits(max_entry_bytes=4000))


def test_manifest_cannot_name_paths(tmp_path: Path) -> None:
    src = tmp_path / "f.docx"
    src.write_bytes(b"data")
    pkg = write_package([src], tmp_path / "p.zip", {})
    manifest = json.loads(zipfile.ZipFile(pkg).read(MANIFEST))
    manifest["files"][0]["name"] = "../f.docx"
    _refused(
        _rewrite(pkg, tmp_path / "q.zip", {MANIFEST: json.dumps(manifest).encode()}), "malformed"
    )


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_text("hello")
    _refused(path, "not a valid zip")
