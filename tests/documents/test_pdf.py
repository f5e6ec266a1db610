"""PDF through LibreOffice: one batch, a clear message without it, timeout and cancel."""

from __future__ import annotations

import os
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondment_desk.documents import build_context, render_docx
from secondment_desk.documents.package import fill_documents
from secondment_desk.documents.pdf import PdfError, PdfUnavailable, convert_to_pdf
from secondment_desk.resources import template_file
from tests.documents.sample import LETTER, application, full_profile, vacancy

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed",
)


@pytest.mark.slow
@needs_soffice
def test_batch_conversion_of_form_letter_and_report(tmp_path: Path) -> None:
    profile, vac = full_profile(), vacancy()
    seen: list[tuple[int, int, str]] = []
    filled = fill_documents(
        profile,
        vac,
        tmp_path,
        application=application(profile, vac, LETTER),
        letter_language="ru",
        progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert [p.name for p in filled.pdf] == [
        "application_form.pdf",
        "cover_letter.pdf",
        "checklist_report.pdf",
    ]
    assert [s[0] for s in seen] == [1, 2, 3] and all(s[1] == 3 for s in seen)
    form = PdfReader(str(filled.pdf[0]))
    text = "\n".join(page.extract_text() for page in form.pages)
    assert len(form.pages) >= 4
    assert "Kovalenko-Müller" in text and "Post 12 of 12" in text
    assert f"Page 1 of {len(form.pages)}" in text
    letter = "\n".join(p.extract_text() for p in PdfReader(str(filled.pdf[1])).pages)
    assert "Уважаемые дамы и господа" in letter


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "soffice"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def _docx(tmp_path: Path) -> Path:
    out = tmp_path / "form.docx"
    profile, vac = full_profile(), vacancy()
    render_docx(template_file("cover_letter_en.docx"), build_context(profile, vac), out)
    return out


def test_without_libreoffice_the_docx_is_kept_and_the_message_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    with pytest.raises(PdfUnavailable, match="apt-get install libreoffice-writer"):
        convert_to_pdf([_docx(tmp_path)], tmp_path)
    profile, vac = full_profile(), vacancy()
    filled = fill_documents(
        profile, vac, tmp_path / "out", cover_letter="Dear Sir,\n\nI apply.", with_report=False
    )
    assert [p.name for p in filled.docx] == ["application_form.docx", "cover_letter.docx"]
    assert all(p.exists() for p in filled.docx) and filled.pdf == []
    assert any("libreoffice-writer" in w for w in filled.warnings)


def test_timeout_kills_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "still-running"
    fake = _fake_soffice(tmp_path, f"sleep 30; touch {marker}")
    monkeypatch.setenv("SECONDMENT_DESK_SOFFICE", str(fake))
    start = time.monotonic()
    with pytest.raises(PdfError, match="did not finish"):
        convert_to_pdf([_docx(tmp_path)], tmp_path, timeout=0.5)
    assert time.monotonic() - start < 3


def test_cancel_flag_stops_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_soffice(tmp_path, "sleep 30")
    monkeypatch.setenv("SECONDMENT_DESK_SOFFICE", str(fake))
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(PdfError, match="cancelled"):
        convert_to_pdf([_docx(tmp_path)], tmp_path, timeout=20, cancel=cancel.is_set)


def test_one_invocation_for_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "calls.log"
    body = (
        f'echo "$@" >> {log}\n'
        'out=""; prev=""\n'
        'for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
        'for a in "$@"; do case "$a" in *.docx) n=$(basename "$a" .docx); '
        'touch "$out/$n.pdf";; esac; done'
    )
    monkeypatch.setenv("SECONDMENT_DESK_SOFFICE", str(_fake_soffice(tmp_path, body)))
    first = _docx(tmp_path)
    second = tmp_path / "letter.docx"
    shutil.copy(first, second)
    pdfs = convert_to_pdf([first, second], tmp_path / "pdf")
    assert [p.name for p in pdfs] == ["form.pdf", "letter.pdf"]
    calls = log.read_text().splitlines()
    assert len(calls) == 1
    assert "-env:UserInstallation=file:///" in calls[0] and "--headless" in calls[0]
