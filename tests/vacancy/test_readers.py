"""Every reader: what it reads, and the one-sentence errors for what it cannot."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf.constants import UserAccessPermissions

from secondment_desk.errors import InputError, NotAVacancyError
from secondment_desk.vacancy import load_vacancies, parse_text
from secondment_desk.vacancy.readers import read_source
from secondment_desk.vacancy.readers.html_page import html_to_text
from tests.conftest import CONTRACT_FIXTURES, FIXTURES

DUSHANBE = (CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt").read_text("utf-8")
OURS = FIXTURES / "vacancies"


def _one_sentence(err: pytest.ExceptionInfo[InputError]) -> str:
    message = str(err.value)
    assert "\n" not in message and message.endswith((".", "?")), message
    return message


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_plain_text_in_common_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = DUSHANBE.replace("Dushnabe", "Dušanbe’s office")
    path = tmp_path / "notice.txt"
    path.write_bytes(bom + text.encode(encoding))
    (vacancy,) = load_vacancies(path)
    assert vacancy.requisition_id == "TAJ000394"
    assert "Dušanbe’s office" in vacancy.text
    assert not vacancy.text.startswith("\ufeff")


def test_cyrillic_cp1251_text_is_decoded(tmp_path: Path) -> None:
    russian = (
        "Вакансия: сотрудник по политическим вопросам. Требования: высшее образование, "
        "опыт работы не менее пяти лет, знание английского и русского языков. "
        "Крайний срок подачи заявлений: 12 мая 2025 года. Кандидаты должны направить резюме. "
    ) * 3
    path = tmp_path / "vacancy.txt"
    path.write_bytes(russian.encode("cp1251"))
    assert read_source(path).text == russian


def test_latin1_aggregator_copy_is_decoded() -> None:
    (vacancy,) = load_vacancies(OURS / "osce_aggregator_moldova_cp1252.txt")
    assert "€" in vacancy.text and "country’s" in vacancy.text


def test_html_drops_scripts_styles_templates_and_comments() -> None:
    markup = (OURS / "osce_secretariat_senior_adviser.html").read_text("utf-8")
    text = html_to_text(markup)
    for hidden in ("document.write", "1999", "SEC999999", "font-family", "S4 internal", "2000"):
        assert hidden not in text
    assert "Requisition ID: | SEC000981" in text
    assert "• Leading the Gender Issues Programme" in text


def test_html_table_rows_stay_on_one_line() -> None:
    text = html_to_text(
        "<html><body><table><tr><th>Ref.</th><th>Name of the Post</th><th>Location</th></tr>"
        "<tr><td>GEO ZM 12</td><td>Monitor</td><td>Zugdidi</td></tr></table></body></html>"
    )
    assert "GEO ZM 12 | Monitor | Zugdidi" in text


def test_docx_keeps_paragraphs_and_tables_in_body_order() -> None:
    text = read_source(OURS / "osce_field_bishkek_minorities.docx").text
    assert text.index("Tasks and Responsibilities") < text.index("Requisition ID: | KYR000207")
    assert text.index("KYR000207") < text.index("medical clearance")


def test_pdf_text_layer_is_read() -> None:
    text = read_source(OURS / "un_human_rights_officer_baghdad.pdf").text
    assert "Job Opening Number" in text and "Work Experience" in text


def test_stdin_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DUSHANBE.encode("utf-8"))))
    (vacancy,) = load_vacancies("-")
    assert vacancy.source_name == "-"
    assert vacancy.grade == "S3"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_vacancies(tmp_path / "nope.txt")
    assert "no such file" in _one_sentence(err)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_vacancies(tmp_path)
    assert "folder" in _one_sentence(err)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(DUSHANBE)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "permission denied" in _one_sentence(err)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "empty" in _one_sentence(err)


@pytest.mark.parametrize(
    "content",
    [
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
        b"ab\x00cd" * 100,
        bytes(range(1, 32)) * 50,
    ],
)
def test_binary_data(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "binary" in _one_sentence(err)


def test_larger_than_10_mb_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(10 * 1024 * 1024 + 1)  # sparse: nothing to read

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "10 MB" in _one_sentence(err)


def test_pasted_text_larger_than_10_mb() -> None:
    with pytest.raises(InputError):
        parse_text("x" * (10 * 1024 * 1024 + 1))


def test_not_a_zip_docx(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_text(DUSHANBE)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert ".docx" in _one_sentence(err)


@pytest.mark.parametrize(
    ("parts", "says"),
    [
        ({"word/document.xml": "<w:document>not really"}, "[Content_Types].xml is missing"),
        (
            {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document>not really"},
            "damaged Word document",
        ),
    ],
)
def test_corrupt_docx(tmp_path: Path, parts: dict[str, str], says: str) -> None:
    """A .docx notice passes the template path's gate (documents.safety) first."""
    path = tmp_path / "notice.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for part, text in parts.items():
            zf.writestr(part, text)
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    message = _one_sentence(err)
    assert message.startswith("notice.docx") and says in message, message


def test_other_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello")
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "zip archive" in _one_sentence(err)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage garbage\n%%EOF")
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "PDF" in _one_sentence(err)


def test_pdf_suffix_without_pdf_header(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_text(DUSHANBE)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "PDF" in _one_sentence(err)


def _encrypted_copy(tmp_path: Path, user_password: str, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(OURS / "un_human_rights_officer_baghdad.pdf").pages:
        writer.add_page(page)
    writer.encrypt(
        user_password=user_password,
        owner_password="owner-only",
        algorithm=algorithm,
        permissions_flag=UserAccessPermissions(0),  # no printing, no copying: "protected"
    )
    path = tmp_path / "protected.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_encrypted_pdf_that_asks_for_a_password(tmp_path: Path) -> None:
    path = _encrypted_copy(tmp_path, "secret", "AES-128")
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    message = _one_sentence(err)
    assert "protected.pdf" in message and "password" in message


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_protected_only_by_an_owner_password_is_read(tmp_path: Path, algorithm: str) -> None:
    """Official PDFs are often encrypted with an empty user password (every viewer opens
    them): their text is the notice's, with AES through the cryptography package."""
    plain = read_source(OURS / "un_human_rights_officer_baghdad.pdf").text
    assert read_source(_encrypted_copy(tmp_path, "", algorithm)).text == plain


def test_the_pdf_crypto_backend_is_a_declared_dependency() -> None:
    import tomllib

    from pypdf._crypt_providers import crypt_provider

    assert crypt_provider[0] == "cryptography"  # AES works in this installation
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert any(d.startswith("cryptography") for d in project["project"]["dependencies"])


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "text layer" in _one_sentence(err)


@pytest.mark.parametrize("share", [0.5, 0.9])
def test_pdf_cut_short_says_so(tmp_path: Path, share: float) -> None:
    data = (OURS / "un_human_rights_officer_baghdad.pdf").read_bytes()
    path = tmp_path / "download.pdf"
    path.write_bytes(data[: int(len(data) * share)])  # an interrupted download
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "incomplete PDF" in _one_sentence(err)


def test_scan_with_only_a_page_stamp_has_no_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stamp = DecodedStreamObject()
    stamp.set_data(b"BT /F1 10 Tf 290 20 Td (Page 1 of 3) Tj ET")  # over the scanned image
    page[NameObject("/Contents")] = writer._add_object(stamp)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "text layer" in _one_sentence(err)


@pytest.mark.parametrize(
    "body",
    [
        '<noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div>',
        '<div id="app"></div><p>Loading...</p>',
    ],
)
def test_html_page_that_builds_itself_with_scripts(tmp_path: Path, body: str) -> None:
    path = tmp_path / "job.html"
    path.write_text(
        f'<!DOCTYPE html><html><head><script src="main.js"></script></head><body>{body}'
        "<script>window.__STATE__={}</script></body></html>"
    )
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "JavaScript" in _one_sentence(err)


def test_docx_cut_short_says_so(tmp_path: Path) -> None:
    data = (OURS / "osce_field_bishkek_minorities.docx").read_bytes()
    path = tmp_path / "download.docx"
    path.write_bytes(data[: int(len(data) * 0.9)])
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "incomplete Word document" in _one_sentence(err)


def test_docx_of_only_a_picture_is_a_scan(tmp_path: Path) -> None:
    source = zipfile.ZipFile(OURS / "osce_field_bishkek_minorities.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = (
                    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                    b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    b"<w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>"
                )
            out.writestr(item, data)
    path = tmp_path / "scan.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "only pictures" in _one_sentence(err)


def test_old_word_doc_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notice.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert ".doc" in _one_sentence(err)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Anna, the meeting is moved to Thursday. Bring the slides. Best, Jo. " * 3,
        "Shopping list: bread, milk, eggs, cheese, apples, coffee, butter and jam.",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
    ],
)
def test_text_that_is_not_a_vacancy(tmp_path: Path, text: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(text)
    with pytest.raises(NotAVacancyError) as err:
        load_vacancies(path)
    assert "letter.txt" in _one_sentence(err)


ANNEXES = FIXTURES / "readers"  # saved by LibreOffice from the Bishkek .docx


def test_odt_annex_reads_like_its_docx() -> None:
    """An .odt annex gives the notice as the .docx it was saved from does."""
    (odt,) = load_vacancies(ANNEXES / "annex.odt")
    (docx,) = load_vacancies(OURS / "osce_field_bishkek_minorities.docx")
    for field in ("title", "grade", "requisition_id", "closing_date", "education_level"):
        assert getattr(odt, field) == getattr(docx, field), field
    assert [r.text for r in odt.requirements] == [r.text for r in docx.requirements]


def test_odt_zip_bomb_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    path = tmp_path / "bomb.odt"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "zip bomb" in _one_sentence(err) and "bomb.odt" in str(err.value)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("annex.rtf", "RTF document"),
        ("annex.doc", "old Word .doc"),
    ],
)
def test_rtf_and_doc_annexes_say_how_to_read_them(name: str, says: str) -> None:
    with pytest.raises(InputError) as err:
        load_vacancies(ANNEXES / name)
    message = _one_sentence(err)
    assert message.startswith(name) and says in message and ".docx" in message


@pytest.mark.parametrize(
    "head", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0\x00\x10JFIF", b"RIFF\x00\x00\x00\x00WEBP"]
)
def test_a_photo_of_a_notice_is_a_picture(tmp_path: Path, head: bytes) -> None:
    path = tmp_path / "notice.txt"  # whatever its name says
    path.write_bytes(head + bytes(range(256)) * 8)
    with pytest.raises(InputError) as err:
        load_vacancies(path)
    assert "picture" in _one_sentence(err)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BOX = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def test_docx_content_controls_fields_and_text_boxes_are_read() -> None:
    """Official templates wrap their fields in content controls and put headers in text
    boxes; python-docx's own walk leaves all of that out. A text box written twice (Word's
    AlternateContent for old versions) is read once."""
    from docx import Document
    from docx.oxml import parse_xml

    from secondment_desk.vacancy.readers import docx_file

    doc = Document()
    doc.add_paragraph("Vacancy Notice")
    body = doc.element.body
    xml = [
        f"<w:sdt {_W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Deadline for applications: 12 May "
        "2026</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        f"<w:p {_W}><w:r><w:t xml:space='preserve'>Post title: </w:t></w:r><w:sdt><w:sdtContent>"
        "<w:r><w:t>Political Officer</w:t></w:r></w:sdtContent></w:sdt><w:fldSimple "
        "w:instr='REF grade'><w:r><w:t> (P-3)</w:t></w:r></w:fldSimple><w:del><w:r><w:delText>"
        "OLD</w:delText></w:r></w:del><w:ins><w:r><w:t>, Vienna</w:t></w:r></w:ins></w:p>",
        f"<w:p {_W} {_BOX}><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<w:txbxContent><w:p><w:r><w:t>Vacancy number: VNSECS01234</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        "<w:txbxContent><w:p><w:r><w:t>Vacancy number: VNSECS01234</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        "</w:r></w:p>",
        f"<w:tbl {_W}><w:tr><w:tc><w:p><w:r><w:t>Duty station</w:t></w:r></w:p></w:tc><w:tc>"
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>Vienna</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Austria</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:tc></w:tr></w:tbl>",
    ]
    for part in xml:
        body.insert(len(body) - 1, parse_xml(part))
    out = io.BytesIO()
    doc.save(out)
    text = docx_file.read(out.getvalue(), "template.docx").text
    assert "Deadline for applications: 12 May 2026" in text
    assert "Post title: Political Officer (P-3), Vienna" in text and "OLD" not in text
    assert text.count("Vacancy number: VNSECS01234") == 1
    assert "Duty station | Vienna Austria" in text
