"""A .docx notice's page headers and footers are read: the reference and the issuer often
stand only in the header; page numbering in the footer is left out."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from secondment_desk.vacancy import load_vacancies
from secondment_desk.vacancy.readers import read_source

BODY = [
    "Human Rights Officer",
    "Duty Station: Skopje",
    "Grade: S2",
    "Deadline for applications: 12 May 2025",
    "Tasks and Responsibilities",
    "Monitor and report on the human rights situation.",
]


def _notice(path: Path, header: list[str], footer: list[str], first_page: bool = False) -> Path:
    document = Document()
    section = document.sections[0]
    if first_page:
        section.different_first_page_header_footer = True
    head = section.first_page_header if first_page else section.header
    head.paragraphs[0].text = header[0]
    for line in header[1:]:
        head.add_paragraph(line)
    section.footer.paragraphs[0].text = footer[0]
    for line in footer[1:]:
        section.footer.add_paragraph(line)
    for line in BODY:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_the_header_gives_the_reference_and_the_footer_its_text(tmp_path: Path) -> None:
    path = _notice(
        tmp_path / "n.docx",
        ["OSCE Mission to Skopje", "Vacancy Notice VNSKOS00123"],
        ["Page 1 of 2", "OSCE Mission to Skopje, Human Resources"],
    )
    text = read_source(path).text
    assert text.index("VNSKOS00123") < text.index("Human Rights Officer")
    assert "Page 1 of 2" not in text
    assert text.rstrip().endswith("Human Resources")
    (vacancy,) = load_vacancies(path)
    assert vacancy.requisition_id == "VNSKOS00123"
    assert vacancy.title == "Human Rights Officer"
    assert vacancy.organization == "OSCE"


def test_a_first_page_header_is_read_once(tmp_path: Path) -> None:
    path = _notice(tmp_path / "n.docx", ["Vacancy Notice VNSKOS00123"], ["3"], first_page=True)
    text = read_source(path).text
    assert text.count("VNSKOS00123") == 1
    assert not text.rstrip().endswith("3")
