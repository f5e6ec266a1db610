"""A notice flattened into one paragraph gets its line breaks back (vacancy/reflow.py)."""

from __future__ import annotations

from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.reflow import FLAT_LINE, reflow

FLAT = (
    "Vacancy Notice Project Officer (P2) Duty Station: Vienna Grade: P2 Deadline for "
    "applications: 12 May 2025 Tasks and Responsibilities: Under the supervision of the Head "
    "of Unit, the incumbent: • drafts reports on the situation in the region; • organises "
    "meetings with partners. Necessary Qualifications: • Second-level university degree in law; "
    "• Minimum 4 years of relevant professional experience; • Fluency in English. "
) * 3


def test_only_a_flattened_text_is_touched() -> None:
    laid_out = "Project Officer\nDuty Station: Vienna\n" * 100
    assert reflow(laid_out) is laid_out
    short = "Project Officer Duty Station: Vienna"
    assert reflow(short) is short
    assert len(FLAT) > FLAT_LINE and "\n" not in FLAT


def test_breaks_come_back_at_labels_headings_bullets_and_sentences() -> None:
    out = reflow(FLAT)
    assert len(out) == len(FLAT)  # spaces became line breaks: every offset stays
    lines = out.split("\n")
    assert "Duty Station: Vienna" in lines
    assert "Tasks and Responsibilities:" in lines
    assert "• organises meetings with partners." in lines
    assert any(line.startswith("Deadline for applications: 12 May 2025") for line in lines)


def test_a_flattened_notice_is_read() -> None:
    (vacancy, *_) = parse_text(FLAT, "flat.pdf")
    assert vacancy.duty_station == "Vienna"
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == "2025-05-12"
    assert vacancy.requirements


def test_a_heading_in_capitals_gets_its_own_line_but_a_dated_label_does_not() -> None:
    filler = "The Mission supports the authorities of the host country in many ways. " * 20
    flat = (
        "ADJOINT ADMINISTRATIF, G6 Organisation Mission des Nations Unies "
        "DEADLINE FOR APPLICATIONS 24 November 2025 " + filler
    )
    lines = reflow(flat).split("\n")
    assert "ADJOINT ADMINISTRATIF, G6" in lines
    assert not any(line.endswith("APPLICATIONS") for line in lines)


def test_doubled_line_breaks_become_single() -> None:
    from secondment_desk.vacancy.parser import normalize_text, undouble

    laid_out = "".join(f"Label {i}\nvalue {i}\n" for i in range(12)) + "\n\nParagraph\n"
    doubled = laid_out.replace("\n", "\n\n")
    assert undouble(doubled) == laid_out  # every run of breaks halved: paragraphs stay
    assert undouble(laid_out) is laid_out  # single breaks between its lines: left alone
    vacancy_page = "Grade\n\nNOB\n\nDuty station\n\nSemera\n\n" * 4 + "Tasks\n\n- report\n\n"
    assert "Grade\nNOB\nDuty station\nSemera\n" in normalize_text(vacancy_page)
