"""What a fill keeps per template file: read and checked once, re-read when the file changes,
and the same document whether the caches are warm or cold."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from secondment_desk.documents import build_context, empty_fields, prepared, render_docx, safety
from secondment_desk.documents.render import clear_caches
from secondment_desk.documents.safety import SanitizedDocx
from secondment_desk.errors import TemplateError
from secondment_desk.models import Vacancy
from secondment_desk.resources import template_file
from tests.documents.sample import full_profile

MakeDocx = Callable[[Path, Sequence[str | Sequence[str]]], Path]


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = safety.read_sanitized_docx

    def counting(path: Path) -> SanitizedDocx:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(prepared, "read_sanitized_docx", counting)
    return seen


def test_render_and_empty_fields_read_the_file_once(
    tmp_path: Path, make_docx: MakeDocx, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_caches()
    reads = _reads(monkeypatch)
    path = make_docx(tmp_path / "t.docx", ["Name: {{ profile.personal.middle_name }}"])
    ctx = build_context(full_profile(), Vacancy(title="Officer"))
    ctx["profile"]["personal"]["middle_name"] = ""
    for _ in range(3):
        render_docx(path, ctx, io.BytesIO())
        assert empty_fields(path, ctx) == ["profile.personal.middle_name"]
    assert reads == [path]


def test_a_changed_file_is_read_and_checked_again(
    tmp_path: Path, make_docx: MakeDocx, monkeypatch: pytest.MonkeyPatch
) -> None:
    clear_caches()
    path = make_docx(tmp_path / "t.docx", ["Hello {{ profile.personal.first_name }}"])
    ctx = build_context(full_profile(), Vacancy(title="Officer"))
    render_docx(path, ctx, io.BytesIO())
    stat = path.stat()
    # The same file with a DOCTYPE smuggled into a part: must be refused, not served stale.
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    parts["word/styles.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x []>' + parts["word/styles.xml"].split(b"?>", 1)[1]
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(TemplateError, match="DOCTYPE"):
        render_docx(path, ctx, io.BytesIO())
    with pytest.raises(TemplateError, match="DOCTYPE"):
        empty_fields(path, ctx)


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


def test_first_and_repeat_fill_give_the_same_form() -> None:
    form = template_file("osce_offline_application_form.docx")
    ctx = build_context(full_profile(), Vacancy(title="Officer & <co>"), today=date(2025, 1, 1))
    outputs = []
    for cold in (True, False, False):
        if cold:
            clear_caches()
        buffer = io.BytesIO()
        render_docx(form, ctx, buffer)
        outputs.append(_document_xml(buffer.getvalue()))
    assert outputs[0] == outputs[1] == outputs[2]
    assert b"Officer &amp; &lt;co&gt;" in outputs[0]


@pytest.mark.parametrize(
    "name",
    [
        "osce_offline_application_form.docx",
        "cover_letter_ru.docx",
        "checklist_report.docx",
    ],
)
def test_part_sources_match_the_paragraphs_the_check_reads(name: str) -> None:
    from secondment_desk.documents.analysis import paragraphs_of, part_sources, template_source
    from secondment_desk.documents.safety import read_checked_docx

    data = read_checked_docx(template_file(name))
    paragraphs = paragraphs_of(data)
    expected = {
        part: template_source([p for p in paragraphs if p.part == part])
        for part in dict.fromkeys(p.part for p in paragraphs)
    }
    assert part_sources(data) == expected
    assert "{{" in expected["body"]
