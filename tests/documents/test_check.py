"""`template check`: unknown names, split tags and syntax errors, with where they are."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from secondment_desk.documents import check_template

MakeDocx = Callable[[Path, list[str | list[str]]], Path]


def test_clean_template(tmp_path: Path, make_docx: MakeDocx) -> None:
    path = make_docx(tmp_path / "ok.docx", ["{{ profile.full_name }}", "{{ vacancy.title }}"])
    report = check_template(path)
    assert report.ok and report.problems == []
    assert "profile.full_name" in report.names


def test_unknown_names_with_paragraph(tmp_path: Path, make_docx: MakeDocx) -> None:
    path = make_docx(
        tmp_path / "typo.docx",
        [
            "intro",
            "{{ profile.personal.frist_name }}",
            "{% for job in profile.employment %}{{ job.titel }}{% endfor %}",
            "{{ candidate }} {{ job.title }}",
        ],
    )
    report = check_template(path)
    lines = [f.line() for f in report.problems]
    assert "paragraph 2: 'profile.personal.frist_name' is not in the data model" in lines
    assert "paragraph 3: 'profile.employment[].titel' is not in the data model" in lines
    assert "paragraph 4: 'candidate' is not in the data model" in lines
    assert "paragraph 4: 'job' is not in the data model" in lines  # loop var out of scope
    assert not report.ok


def test_syntax_error_in_a_table_cell(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Title")
    table = doc.add_table(rows=2, cols=2)
    table.cell(1, 1).paragraphs[0].add_run("{{ profile.personal.family_name ")
    table.cell(1, 1).paragraphs[0].add_run("| upper( }}")
    path = tmp_path / "syntax.docx"
    doc.save(str(path))
    report = check_template(path)
    assert [f.kind for f in report.problems] == ["syntax"]
    assert report.problems[0].where == "table 1, row 2, cell 2"


def test_unclosed_block_is_reported(tmp_path: Path, make_docx: MakeDocx) -> None:
    path = make_docx(tmp_path / "open.docx", ["{% if profile.summary %}", "text"])
    report = check_template(path)
    assert [f.kind for f in report.problems] == ["syntax"]
    assert "endif" in report.problems[0].message


def test_tag_split_over_runs_that_docxtpl_rejoins_is_a_note(
    tmp_path: Path, make_docx: MakeDocx
) -> None:
    path = make_docx(tmp_path / "runs.docx", [["{", "{ profile.su", "mmary }}"]])
    report = check_template(path)
    assert report.ok
    assert [f.kind for f in report.notes] == ["note"]
    assert "split across Word runs" in report.notes[0].message


def test_tag_split_by_a_tracked_deletion_is_a_problem(tmp_path: Path) -> None:
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("{")
    second = p.add_run("{ profile.summary }}")
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "x")
    run = copy.deepcopy(second._r)
    text = run.find(qn("w:t"))
    assert text is not None
    run.remove(text)
    del_text = OxmlElement("w:delText")
    del_text.text = "old"
    run.append(del_text)
    deleted.append(run)
    second._r.addprevious(deleted)
    path = tmp_path / "tracked.docx"
    doc.save(str(path))
    report = check_template(path)
    assert [f.kind for f in report.problems] == ["split-tag"]
    assert report.problems[0].where == "paragraph 1"


def test_tag_across_paragraphs(tmp_path: Path, make_docx: MakeDocx) -> None:
    path = make_docx(tmp_path / "para.docx", ["{{ profile.summary", "}}"])
    report = check_template(path)
    assert "open-tag" in [f.kind for f in report.problems]
    assert any(f.where == "paragraph 1" for f in report.problems)


def test_unsafe_template_is_a_problem(tmp_path: Path, make_docx: MakeDocx) -> None:
    path = make_docx(tmp_path / "evil.docx", ["{{ cycler.__init__.__globals__ }}"])
    report = check_template(path)
    assert [f.kind for f in report.problems] == ["unsafe"]
