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


_PROSE = "The Mission supports the authorities of the host country in many ways. " * 6


def test_a_list_of_posts_after_its_colon_gets_one_post_a_line() -> None:
    flat = (
        "EUMM Georgia Call for Contributions. " + _PROSE + "The call covers the following "
        "seconded posts: Head of Department, Tbilisi "
        "Deputy Head of Office, Mtskheta, Gori and Zugdidi (3 posts) Reporting Officer, "
        "Zugdidi Monitor, Gori (41 posts) Applications are welcome. " + _PROSE
    )
    lines = reflow(flat).split("\n")
    assert "The call covers the following seconded posts:" in lines
    assert "Head of Department, Tbilisi" in lines
    assert "Deputy Head of Office, Mtskheta, Gori and Zugdidi (3 posts)" in lines
    assert "Reporting Officer, Zugdidi" in lines
    assert "Monitor, Gori (41 posts)" in lines
    posts = parse_text(flat, "call.txt")
    assert [p.title for p in posts][:4] == [
        "Head of Department",
        "Deputy Head of Office",
        "Reporting Officer",
        "Monitor",
    ]


def test_a_sentence_naming_places_is_no_list() -> None:
    flat = _PROSE + "Offices: the Mission works in Tbilisi, Gori and Zugdidi. " + _PROSE
    assert "Offices:\n" not in reflow(flat)


def test_a_table_without_references_gets_its_rows_back() -> None:
    flat = (
        "Call for Contributions European Union Police Mission Name of the Post: Seconded (3) "
        "Legal Adviser* Programme Manager 29 Mar 2017 Chief of Finance Page 1 of 4 "
        "Seconded/Contracted (1) Records Management Assistant 04 Jan 2017 Deadline for "
        "applications: Friday 14 October 2016 at 17:00 hours (Brussels time). " + _PROSE
    )
    lines = reflow(flat).split("\n")
    for row in ("Seconded (3)", "Legal Adviser*", "Programme Manager", "29 Mar 2017",
                "Chief of Finance", "Page 1 of 4", "Seconded/Contracted (1)",
                "Records Management Assistant"):  # fmt: skip
        assert row in lines, row


def test_header_cells_without_colons_and_numbered_items_start_lines() -> None:
    flat = (
        "Humanitarian Affairs Officer (NOC) - East Jerusalem Closing Date Reference Number "
        "Temporary Appointment, NOC Level Duty Station East Jerusalem Sorry… This form is "
        "closed. 1. Overview 1.1 Job Title Project Associate 1.2 Location Tashkent at 12.00. "
        "Application Deadline (Midnight Duty Station Time) : 10-NOV-2025 " + _PROSE
    )
    lines = reflow(flat).split("\n")
    assert lines[0] == "Humanitarian Affairs Officer (NOC) - East Jerusalem"
    assert "Duty Station East Jerusalem Sorry…" in lines
    assert "1.1 Job Title" in lines and "Project Associate" in lines
    assert any(line.startswith("1.2 Location Tashkent at 12.00.") for line in lines)
    # a label inside a longer one stays in it
    assert "Application Deadline (Midnight Duty Station Time) :" in reflow(flat)


def test_a_page_in_chinese_around_an_english_notice_is_split_where_the_script_changes() -> None:
    flat = "精确搜索 工作类型 地点 Programme and Policy International Consultant 立即申请 " + _PROSE
    lines = reflow(flat).split("\n")
    assert "精确搜索 工作类型 地点 Programme and Policy International Consultant" in lines


def test_dashed_posts_tags_stamps_and_names_start_lines() -> None:
    flat = (
        "European Union Office in Kosovo European Union Special Representative in Kosovo "
        "Call for Contributions - Gender Adviser (VN 002/2018) - Seconded/Contracted - Expert "
        "level 01/08/2018 - 13:38 Seconded national experts - Press Officer (VN 003/2018) - "
        "Seconded Job<br /> Titles/Vacancy<br /> Notice:<br /> " + _PROSE
    )
    lines = reflow(flat).split("\n")
    assert lines[:3] == [
        "European Union Office in Kosovo",
        "European Union Special Representative in Kosovo",
        "Call for Contributions",
    ]
    assert "- Gender Adviser (VN 002/2018) - Seconded/Contracted - Expert level" in lines
    assert "01/08/2018 - 13:38" in lines
    assert "- Press Officer (VN 003/2018) - Seconded Job<br />" in lines
    assert "Titles/Vacancy<br />" in lines
    # a dash in a sentence, with no bracketed reference after it, is no item
    prose = _PROSE + "The post - a new one - is based in Vienna. " + _PROSE
    assert "\n- a new one" not in reflow(prose)


def test_a_posting_date_after_the_title_starts_a_line_a_dated_label_keeps_its_date() -> None:
    flat = (
        "EEAS Vacancy - Policy Officer - EEAS Headquarters job No 438866 18.06.2025 New "
        "Deadline for sending application: 09/07/2025 at 12.00 noon (CET). Expressions may be "
        "submitted from 19/01/2021 to 02/02/2021. " + _PROSE
    )
    out = reflow(flat)
    assert "job No 438866\n18.06.2025 New" in out
    assert "application: 09/07/2025" in out and "from 19/01/2021 to 02/02/2021" in out
    labelled = "Project Officer Closing Date 12/05/2025 Grade: P2 " + _PROSE
    assert "Closing Date 12/05/2025" in reflow(labelled)  # a label's value, not a stamp


def test_a_heading_word_inside_a_title_in_capitals_or_a_label_value_stays() -> None:
    flat = (
        "Header SENIOR POLICY OFFICER (SUPPORT TO THE MEETINGS AND OTHER ACTIVITIES OF THE "
        "COMMITTEE (PRC)) - 30001200 The African Union is a body. Parent Sector : Education "
        "Sector (ED) Duty Station: Paris " + _PROSE
    )
    out = reflow(flat)
    assert "OTHER ACTIVITIES OF THE COMMITTEE (PRC)) - 30001200\nThe African" in out
    assert "Parent Sector : Education Sector (ED)" in out


def test_a_city_with_its_country_at_the_top_stands_on_its_own_line() -> None:
    flat = (
        "National Project Officer (SB-5 MIN) Dushanbe, Tajikistan Mid level Posted date: "
        "October 10, 2022 " + _PROSE + "The office in Dushanbe, Tajikistan and its partners. "
    )
    out = reflow(flat)
    assert out.startswith("National Project Officer (SB-5 MIN)\nDushanbe, Tajikistan\nMid level")
    assert "office in Dushanbe, Tajikistan and its partners" in out  # in a sentence it stays


def test_labels_in_capitals_keep_their_values() -> None:
    flat = (
        "TITRE DE LA POSITION 1 : Chef de sous bureau TYPE DE CONTRAT: Contrat à durée "
        "déterminée NOTE : NOB LIEU D’AFFECTATION : Mao, Tchad DURÉE : 12 mois " + _PROSE
    )
    lines = reflow(flat).split("\n")
    assert "NOTE : NOB" in lines
    assert "LIEU D’AFFECTATION : Mao, Tchad" in lines
    heading = "Share it TERMS OF REFERENCE FOR THE HORIZONS PROGRAMME 1. Background The " + _PROSE
    assert "\nTERMS OF REFERENCE FOR THE HORIZONS PROGRAMME\n1. Background" in reflow(heading)
