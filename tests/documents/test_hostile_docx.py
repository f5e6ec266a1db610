"""Malformed and hostile .docx files are refused quickly with a clear error."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from secondment_desk.documents import check_docx, check_template, model_context, render_docx
from secondment_desk.errors import TemplateError

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)


def _replace_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, data if info.filename == part else src.read(info))
    return target


@pytest.fixture
def good(tmp_path: Path, make_docx: object) -> Path:
    made = make_docx(tmp_path / "good.docx", ["Hello {{ profile.full_name }}"])  # type: ignore[operator]
    assert isinstance(made, Path)
    return made


def _refused(path: Path, match: str) -> None:
    for action in (
        lambda: check_docx(path),
        lambda: render_docx(path, model_context(), path.with_name("out.docx")),
        lambda: check_template(path),
    ):
        start = time.monotonic()
        with pytest.raises(TemplateError, match=match):
            action()
        assert time.monotonic() - start < 2.0


def test_good_file_passes(good: Path) -> None:
    check_docx(good)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(b"%PDF-1.4 this is not a Word file" * 10)
    _refused(path, "not a valid zip")


def test_truncated_zip(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(good.read_bytes()[:3000])
    _refused(path, "zip")


def test_zip_without_document(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("hello.txt", "hi")
    _refused(path, "word/document.xml is missing")


def test_zip_bomb_by_ratio(tmp_path: Path, good: Path) -> None:
    path = _replace_part(good, tmp_path / "bomb.docx", "word/document.xml", b"\0" * 30_000_000)
    assert path.stat().st_size < 200_000
    _refused(path, "zip bomb")


def test_zip_bomb_by_entry_count(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
        for i in range(2_500):
            z.writestr(f"word/media/x{i}.bin", b"")
    _refused(path, "entries")


@pytest.mark.parametrize(
    "payload",
    [
        BILLION_LAUGHS.encode(),
        XXE.encode(),
        XXE.replace('encoding="utf-8"', "").encode("utf-16"),
    ],
    ids=["billion-laughs", "xxe", "xxe-utf16"],
)
def test_xml_with_dtd(tmp_path: Path, good: Path, payload: bytes) -> None:
    path = _replace_part(good, tmp_path / "dtd.docx", "word/document.xml", payload)
    _refused(path, "DOCTYPE or ENTITY")


def test_dtd_in_a_header_part_is_found_too(tmp_path: Path, good: Path) -> None:
    buf = io.BytesIO(good.read_bytes())
    path = tmp_path / "hdr.docx"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, src.read(info))
        z.writestr("word/styles2.xml", BILLION_LAUGHS)
    _refused(path, "DOCTYPE")
