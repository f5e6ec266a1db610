"""Page margins: a .docx notice's headers and footers are read (the reference and the issuer
often stand only in the header; page numbering is left out), and a PDF's running header and
footer stand once, so that what runs over a page break reads on."""

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


def test_a_pdfs_running_header_and_footer_stand_once() -> None:
    from secondment_desk.vacancy.readers.pdf_file import without_running_lines

    pages = [
        "EUCAP Sahel Mali\nCall for Contributions 2019/3\nRef | Post\nM1 | Head of Unit\n"
        "M2 | Legal Adviser\nPage 1 of 3",
        "EUCAP Sahel Mali\nCall for Contributions 2019/3\nM3 | Mission Security Officer\n"
        "M4 | Press Officer\nPage 2 of 3",
        "EUCAP Sahel Mali\nCall for Contributions 2019/3\nM5 | Driver\nApply by 1 May\nPage 3 of 3",
    ]
    lines = "\n".join(without_running_lines(pages)).split("\n")
    assert lines.count("EUCAP Sahel Mali") == 1 and lines[0] == "EUCAP Sahel Mali"
    assert not any(line.startswith("Page ") for line in lines)
    rows = [line for line in lines if line.startswith("M")]
    assert [r.split(" | ")[0] for r in rows] == ["M1", "M2", "M3", "M4", "M5"]
    assert lines.index("M3 | Mission Security Officer") == lines.index("M2 | Legal Adviser") + 1


def test_a_single_page_or_distinct_pages_are_kept_whole() -> None:
    from secondment_desk.vacancy.readers.pdf_file import without_running_lines

    assert without_running_lines(["Title\nPage 1"]) == ["Title\nPage 1"]
    pages = ["Political Officer\nTasks\nDraft reports", "Requirements\nDegree\nEnglish"]
    assert without_running_lines(pages) == pages


def test_a_line_in_the_margin_of_a_few_pages_only_is_the_texts_own() -> None:
    from secondment_desk.vacancy.readers.pdf_file import without_running_lines

    body = [f"Paragraph {n} of the post's tasks and more words" for n in range(8)]
    pages = ["\n".join([f"Heading {n}", *body]) for n in range(6)]
    pages[1] += "\n- Excellent command of English"
    pages[4] += "\n- Excellent command of English"
    text = "\n".join(without_running_lines(pages))
    assert text.count("- Excellent command of English") == 2
