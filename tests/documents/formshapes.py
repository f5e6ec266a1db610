"""Forms built in the shapes real application forms use, for the form-mapping tests.

Run as a script to write them to a folder and look at them:
``PYTHONPATH=src:. python -m tests.documents.formshapes OUTDIR``
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def _content_control(paragraph: object, alias: str, placeholder: str, box: bool = False) -> None:
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    name = OxmlElement("w:alias")
    name.set(qn("w:val"), alias)
    pr.append(name)
    if box:
        check = OxmlElement("w14:checkbox")
        checked = OxmlElement("w14:checked")
        checked.set(qn("w14:val"), "0")
        check.append(checked)
        pr.append(check)
    else:
        pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "☐" if box else placeholder
    run.append(t)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)  # type: ignore[attr-defined]


def build_shapes_form(path: Path) -> Path:
    """One form with every shape: label left, label above, repeating tables, boxes, controls,
    a paragraph label with a filler, and text of its own with braces in it."""
    doc = Document()
    doc.add_heading("Application form for seconded personnel {version 3}", level=1)
    doc.add_paragraph("1. Personal data")
    left = doc.add_table(rows=3, cols=4)
    for row, (a, b) in enumerate(
        [
            ("Family name*:", "First name(s):"),
            ("Date of birth", "Place of birth"),
            ("Nationalité", "E-mail"),
        ]
    ):
        left.cell(row, 0).text = a
        left.cell(row, 2).text = b
    doc.add_paragraph("2. Contact")
    above = doc.add_table(rows=2, cols=3)
    for i, text in enumerate(("Telephone", "City", "Country")):
        above.cell(0, i).text = text
    doc.add_paragraph("3. Employment record")
    jobs = doc.add_table(rows=3, cols=4)
    for i, text in enumerate(("From", "To", "Exact title", "Name of employer")):
        jobs.cell(0, i).text = text
    doc.add_paragraph("4. Languages")
    langs = doc.add_table(rows=4, cols=3)
    for i, text in enumerate(("Language", "Reading", "Writing")):
        langs.cell(0, i).text = text
    doc.add_paragraph("5. Questions")
    questions = doc.add_table(rows=2, cols=2)
    questions.cell(0, 0).text = "Do you hold a valid driving licence?"
    questions.cell(0, 1).text = "☐ Yes   ☐ No"
    questions.cell(1, 0).text = "Have you ever been convicted of a criminal offence?"
    questions.cell(1, 1).text = "☐ Yes   ☐ No"
    p = doc.add_paragraph("Security clearance level: ")
    _content_control(p, "Security clearance", "Click here to enter text.")
    p = doc.add_paragraph("Consent to share: ")
    _content_control(p, "Consent to share", "", box=True)
    doc.add_paragraph("Seconding authority: ______________________")
    doc.add_paragraph("Favourite colour: ______________________")
    doc.add_paragraph("☐ I certify that the statements made by me are true.")
    doc.save(str(path))
    return path


def build_russian_form(path: Path) -> Path:
    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    for row, text in enumerate(("Фамилия", "Имя", "Гражданство")):
        table.cell(row, 0).text = text
    doc.save(str(path))
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(".")
    out.mkdir(parents=True, exist_ok=True)
    print(build_shapes_form(out / "shapes_form.docx"))
    print(build_russian_form(out / "russian_form.docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
