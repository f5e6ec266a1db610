"""A hostile template or user form must not reach the network, run code or declare DTDs.

A local TCP listener on 127.0.0.1 stands for the attacker's server: the fill + PDF of a
template (and the PDF of a form the user brings) with external image links in the body and a
header, an ftp link, and fields that include a picture or text from a URL built by Jinja from
the candidate's data must send it nothing. The sanitiser and LibreOffice's network namespace
are each tested alone too, so either wall failing is seen.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from secondment_desk.cli import main
from secondment_desk.documents import check_docx, check_template, model_context, render_docx
from secondment_desk.documents import pdf as pdf_module
from secondment_desk.documents.package import fill_documents
from secondment_desk.documents.pdf import convert_to_pdf, isolation_prefix
from secondment_desk.documents.safety import SanitizedDocx, has_dtd, sanitize_docx
from secondment_desk.errors import TemplateError
from tests.documents import hostile
from tests.documents.sample import full_profile, vacancy

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed",
)


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.settimeout(1.0)
            try:
                self.received.append(conn.recv(4096) or b"<connected>")
            except OSError:
                self.received.append(b"<connected>")
            finally:
                conn.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


@pytest.mark.slow
@needs_soffice
def test_fill_with_pdf_of_a_hostile_template_sends_nothing(
    tmp_path: Path, listener: Listener
) -> None:
    template = hostile.external_links_docx(tmp_path / "evil.docx", listener.url)
    filled = fill_documents(
        full_profile(), vacancy(), tmp_path / "out", form_template=template, with_letter=False,
        with_report=False, pdf=True,
    )  # fmt: skip
    assert filled.pdf and filled.pdf[0].stat().st_size > 0
    assert listener.received == []
    sent = _all_text(filled.docx[0])  # the .docx that goes to the delegation
    assert "127.0.0.1" not in sent and "INCLUDEPICTURE" not in sent
    removed = " ".join(filled.warnings)
    assert "external image link" in removed and "INCLUDEPICTURE" in removed


@pytest.mark.slow
@needs_soffice
def test_pdf_of_a_hostile_user_form_sends_nothing(tmp_path: Path, listener: Listener) -> None:
    form = hostile.external_links_docx(tmp_path / "their_form.docx", listener.url, jinja=False)
    (pdf,) = convert_to_pdf([form], tmp_path / "out")
    assert pdf.exists() and listener.received == []


@pytest.mark.slow
@needs_soffice
def test_network_namespace_alone_stops_the_fetch(
    tmp_path: Path, listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second wall on its own: the sanitiser is bypassed, LibreOffice still reaches no one."""
    if not isolation_prefix():
        pytest.skip("no network namespaces on this machine")
    monkeypatch.setattr(
        pdf_module,
        "read_sanitized_docx",
        lambda path, compress=True: SanitizedDocx(Path(path).read_bytes()),
    )
    form = hostile.external_links_docx(tmp_path / "raw.docx", listener.url, jinja=False)
    convert_to_pdf([form], tmp_path / "out")
    assert listener.received == []


def test_sanitiser_alone_removes_every_link(tmp_path: Path) -> None:
    form = hostile.external_links_docx(tmp_path / "evil.docx", "http://127.0.0.1:9")
    clean = sanitize_docx(form.read_bytes(), form.name)
    out = tmp_path / "clean.docx"
    out.write_bytes(clean.data)
    text = _all_text(out)
    assert "127.0.0.1" not in text and "ftp://" not in text
    assert len(clean.removed) == 4, clean.removed
    assert any("header1.xml.rels" in line and "ftp://" in line for line in clean.removed)


def test_plain_hyperlinks_are_kept(tmp_path: Path) -> None:
    form = hostile.plain_docx(tmp_path / "links.docx", ["See the site"])
    rel = (
        '<Relationship Id="rIdH" TargetMode="External" Target="https://www.osce.org/" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>'
    )
    hostile.edit_zip(
        form,
        lambda n, d: (
            d.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            if n == "word/_rels/document.xml.rels"
            else d
        ),
        {},
    )
    clean = sanitize_docx(form.read_bytes(), form.name)
    assert clean.removed == ()
    assert b"https://www.osce.org/" in zipfile.ZipFile(tmp_path / "links.docx").read(
        "word/_rels/document.xml.rels"
    )


def test_template_check_reports_external_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = hostile.external_links_docx(tmp_path / "evil.docx", "http://127.0.0.1:9")
    report = check_template(template)
    assert [f.kind for f in report.problems].count("external-link") == 4
    assert main(["template", "check", str(template)]) == 1
    out = capsys.readouterr().out
    assert "external-link" in out and "no problems found" not in out


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (hostile.ole_docx, "embedded OLE object"),
        (hostile.renamed_docm, "macro-enabled Word document (.docm"),
    ],
    ids=["ole", "renamed-docm"],
)
def test_macros_and_ole_are_refused_in_clear_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], build: object, words: str
) -> None:
    path = build(tmp_path / "x.docx")  # type: ignore[operator]
    for action in (
        lambda: check_docx(path),
        lambda: check_template(path),
        lambda: render_docx(path, model_context(), tmp_path / "out.docx"),
    ):
        with pytest.raises(TemplateError, match=re.escape(words)) as caught:
            action()
        assert "BytesIO" not in str(caught.value) and "0x" not in str(caught.value)
    assert main(["template", "check", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and "BytesIO" not in err


@pytest.mark.parametrize("encoding", ["UTF-32", "UTF-16", "IBM037", "UTF-8"])
@pytest.mark.parametrize(
    "part", ["word/document.xml", "word/styles.xml", "word/evil.bin", "customXml/item7.dat"]
)
def test_dtd_in_any_encoding_and_any_part_is_refused(
    tmp_path: Path, encoding: str, part: str
) -> None:
    payload = hostile.dtd_xml(encoding)
    assert has_dtd(payload)
    path = hostile.dtd_part_docx(tmp_path / "dtd.docx", part, payload)
    with pytest.raises(TemplateError, match="DOCTYPE or ENTITY"):
        check_docx(path)


def test_binary_parts_pass(tmp_path: Path) -> None:
    path = hostile.plain_docx(tmp_path / "pic.docx", ["Hello"], picture=True)
    assert sanitize_docx(path.read_bytes(), path.name).removed == ()
