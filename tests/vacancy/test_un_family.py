"""UN-system notices in English (issue 10, the UN family): the layouts and wordings of the
specialised agencies' own career pages and of boards that copy them, each written as a short
notice of its own shape (never a dev notice's text)."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import layout, parse_text
from secondment_desk.vacancy.fields import tidy_title
from secondment_desk.vacancy.labels import field_of

BODY = (
    "\nDuties:\n- Drafts reports and briefing notes.\n"
    "Requirements:\n- Advanced university degree in law or a related field.\n"
    "- Minimum of five years of relevant experience.\n- Fluency in English.\n"
)


def _one(text: str) -> Vacancy:
    found = parse_text(text, "n.txt", today=date(2020, 1, 1))
    assert found
    return found[0]


@pytest.mark.parametrize(
    "label", ["Department/ Office", "Department / Office", "Department /Office"]
)
def test_a_label_with_spaces_around_its_slash_is_the_label(label: str) -> None:
    assert field_of(label) == "office"
    pairs = layout.pairs(f"Security Officer\n{label}: Office of Legal Affairs\n")
    assert [h.value for h in pairs["office"]] == ["Office of Legal Affairs"]


@pytest.mark.parametrize(
    "agency",
    [
        "The mission of WHO is the attainment by all peoples of the highest level of health.",
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "The International Labour Office invites applications.",
        "The World Meteorological Organization is a specialized agency.",
    ],
)
def test_a_specialised_agency_is_the_un_family(agency: str) -> None:
    v = _one(f"{agency}\nTitle: Legal Officer\nGrade: P3\nDuty Station: Geneva\n{BODY}")
    assert v.organization == "UN"


def test_a_vacancy_notice_marked_cancelled_after_its_deadline() -> None:
    text = (
        "Vacancy Notice No: AB/12/345\nTitle: Legal Officer\nGrade: P3\n"
        "Application Deadline: 12 March 2014 Vacancy Notice Cancelled\nDuty Station: Geneva\n"
    )
    assert _one(text + BODY).status == "cancelled"


def test_a_vacancy_cancelled_only_if_is_not_cancelled() -> None:
    text = (
        "Title: Legal Officer\nGrade: P3\nApplication Deadline: 12 March 2030\n"
        "Duty Station: Geneva\nThe vacancy cancelled if funding lapses will be re-advertised.\n"
    )
    # 'cancelled if' is a condition, not a status; 'vacancy cancelled' alone would be one
    assert _one(text + BODY).status != "cancelled"


@pytest.mark.parametrize(
    ("heading", "title", "grade"),
    [
        ("Legal Officer - P3 (temporary parental leave replacement)", "Legal Officer", "P3"),
        ("Finance Assistant – G-5 – Nairobi", "Finance Assistant", "G-5"),
        ("Programme Analyst - Level NO-B - Kampala", "Programme Analyst", "NO-B"),
        ("Monitoring Officer - Kabul Office", "Monitoring Officer - Kabul Office", None),
    ],
)
def test_a_title_line_ends_at_a_part_that_opens_with_a_grade(
    heading: str, title: str, grade: str | None
) -> None:
    assert tidy_title(heading) == (title, grade)


def test_a_heading_of_parts_ends_its_title_at_the_grade_part() -> None:
    text = (
        "Information Analyst (Temporary Appointment) - Level (NOB) - Kampala/OCHA Uganda\n\n"
        "Closing Date\nReference Number\nDuty Station\nKampala\n" + BODY
    )
    v = _one(text)
    assert (v.title, v.grade) == ("Information Analyst", "NOB")


def test_the_first_grade_of_a_value_wins_over_its_bracketed_equivalent() -> None:
    v = _one(
        "Title: Protection Assistant\nDuty station: Kigali, Rwanda\n"
        "ICA Level: LICA5 (Corresponding level: G5)\nDeadline: 8 December 2030\n" + BODY
    )
    assert v.grade == "LICA5"


def test_a_project_appointment_grade_and_a_position_and_grade_label() -> None:
    assert _one("Title: Programme Expert\nGrade: L3\nDuty Station: Vienna\n" + BODY).grade == "L3"
    v = _one(
        "International Atomic Energy Agency\nVacancy Notice No. 2019/012\n\n"
        "Position and Grade: Safeguards Analyst (P-4)\nDuty Station: Vienna, Austria\n" + BODY
    )
    assert (v.title, v.grade, v.requisition_id) == ("Safeguards Analyst", "P-4", "2019/012")


def test_a_numbered_notice_line_in_prose_is_not_a_reference() -> None:
    v = _one("Title: Legal Officer\nGrade: P3\nDuty Station: Geneva\n" + BODY)
    assert v.requisition_id is None
    text = "Title: Legal Officer\nSee the vacancy notice no. 5 of the annex for details.\n"
    assert _one(text + BODY).requisition_id is None


@pytest.mark.parametrize(
    ("lines", "station"),
    [
        ("Duty station: Kakuma Field Office, Kenya\n", "Kakuma"),
        ("Duty station: Nyala Sub-Office, Sudan\n", "Nyala"),
        ("Location: Borno\nCity: Maiduguri\n", "Maiduguri"),
    ],
)
def test_a_place_named_with_its_office_or_under_a_region(lines: str, station: str) -> None:
    v = _one("Title: Protection Officer\nGrade: P3\n" + lines + BODY)
    assert v.duty_station == station


def test_a_board_heading_naming_the_employer_after_at() -> None:
    text = (
        "Programme Officer/Accountability – Programmes at United Nations Office for the "
        "Coordination of Humanitarian Affairs – UNOCHA\n\nOCHA is part of the UN Secretariat.\n"
        "  • City: Maiduguri\n" + BODY
    )
    assert _one(text).title == "Programme Officer/Accountability – Programmes"


def test_a_code_written_before_its_label_is_the_label_s_value() -> None:
    pairs = layout.pairs(
        "Administrative Assistant\n2063 Vacancy notice no:\nSector: BDT\n"
        "TD02/G6/853 Position number:\nGrade: G6\nDuty station: Geneva\n"
    )
    assert [h.value for h in pairs["requisition_id"]][:1] == ["2063"]
    assert [h.value for h in pairs["grade"]] == ["G6"]
    # a label alone with its value on the next line is unchanged
    below = layout.pairs("Vacancy notice no:\n2063\nGrade: G6\n")
    assert [h.value for h in below["requisition_id"]] == ["2063"]


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("Duty Stations: Juba, Malakal, Bor (South Sudan)", "South Sudan"),
        ("Duty Station: Juba, Malakal", "South Sudan"),
        ("Location: Kyiv, Lviv or Kharkiv", "Ukraine"),
        ("Duty station: Nairobi / Mogadishu", None),
    ],
)
def test_a_posting_in_several_places_has_no_single_duty_station(
    line: str, country: str | None
) -> None:
    v = _one(f"Job Title: Field Security Assistant\nGrade: G-5\n{line}\n" + BODY)
    assert (v.duty_station, v.country) == (None, country)


def test_one_city_with_its_country_is_still_the_duty_station() -> None:
    v = _one("Job Title: Field Security Assistant\nDuty Station: Brussels, Belgium\n" + BODY)
    assert (v.duty_station, v.country) == ("Brussels", "Belgium")


@pytest.mark.parametrize(
    "label",
    ["Last Date of Application", "Date of closure", "Closure date", "Deadline date"],
)
def test_closing_date_wordings(label: str) -> None:
    v = _one(
        f"Title: Legal Officer\nGrade: P3\nDuty Station: Nairobi\n{label}: 15-Apr-2024\n" + BODY
    )
    assert v.closing_date is not None and v.closing_date.isoformat() == "2024-04-15"


def test_a_header_row_of_labels_is_not_the_reference_of_the_row_below() -> None:
    text = (
        "UNICEF Kenya Country Office\n"
        "Reference | Title | Grade | Duty Station | Closing Date\n"
        "VA/KCO/2023/14 | Child Protection Officer | NO-B | Nairobi | 14 March 2023\n" + BODY
    )
    v = _one(text)
    assert (v.requisition_id, v.title, v.grade) == (
        "VA/KCO/2023/14",
        "Child Protection Officer",
        "NO-B",
    )


def test_a_label_with_a_closing_full_stop_in_a_tab_table() -> None:
    pairs = layout.pairs(
        "Vacancy No.\tPost Title\tGrade\tDuty Station\n"
        "VA/2023/14\tChild Protection Officer\tNO-B\tNairobi\n"
    )
    assert [h.value for h in pairs["requisition_id"]] == ["VA/2023/14"]
    assert [h.value for h in pairs["title"]] == ["Child Protection Officer"]


@pytest.mark.parametrize(
    ("lines", "grade"),
    [
        ("Level: NO-3\n", "NO-3"),  # UNICEF's national officer levels
        ("Grade\nPR4\n", "PR4"),  # UNHCR Workday
        ("Grade\nNB3\n", "NB3"),  # UNDP's NPSA bands
        ("Contract level: IICA-2\n", "IICA-2"),  # UNOPS
    ],
)
def test_grades_of_the_agencies_scales(lines: str, grade: str) -> None:
    assert _one("Title: Programme Officer\nDuty Station: Nairobi\n" + lines + BODY).grade == grade


def test_agency_reference_labels_and_a_month_first_date_only_one_way_valid() -> None:
    v = _one(
        "Programme Associate\nJob Identification\n12345\nLocations\nKabul, Afghanistan\n"
        "Apply Before\n05/26/2024, 09:59 PM\nGrade\nNB3\n" + BODY
    )
    assert (v.requisition_id, v.closing_date) == ("12345", date(2024, 5, 26))
    w = _one(
        "Project Manager\nVacancy code: VA/2024/B5102/28123\nDuty station: Addis Ababa\n" + BODY
    )
    assert w.requisition_id == "VA/2024/B5102/28123"


@pytest.mark.parametrize(
    ("sentence", "closing"),
    [
        ("Applications should be sent by noon on September 7, 2007.", date(2007, 9, 7)),
        ("Please submit your application before 15 March 2019.", date(2019, 3, 15)),
        (
            "Applications should be sent to the address below by email no later than "
            "15 March 2019.",
            date(2019, 3, 15),
        ),
    ],
)
def test_a_deadline_stated_in_a_sentence_about_sending_applications(
    sentence: str, closing: date
) -> None:
    v = _one(f"Title: Legal Officer\nGrade: P3\nDuty Station: Nairobi\n{sentence}\n" + BODY)
    assert v.closing_date == closing


def test_a_un_volunteer_assignment_counts_its_assignments() -> None:
    v = _one(
        "National UN Volunteer Specialist - Gender Analyst\nDetails\n"
        "Assignment Title: Gender Analyst\nDuty station: Kampala\nNumber of assignments: 2\n" + BODY
    )
    assert (v.title, v.number_of_posts) == ("Gender Analyst", 2)


@pytest.mark.parametrize(
    ("heading", "title", "grade"),
    [
        (
            "Programme Analyst (Office-based) [Open to Tier 0 & 1 & 2 applicants] (IPSA-9)UNDP",
            "Programme Analyst (Office-based)",
            "IPSA-9",
        ),
        ("Humanitarian Affairs Officer (Nationals Only)", "Humanitarian Affairs Officer", None),
        ("Finance Associate [Tier 2] (NPSA-7)", "Finance Associate", "NPSA-7"),
    ],
)
def test_who_may_apply_and_a_glued_agency_are_not_the_title(
    heading: str, title: str, grade: str | None
) -> None:
    assert tidy_title(heading) == (title, grade)


def test_a_country_office_named_by_agency_and_country() -> None:
    text = (
        "Programme Analyst (Governance and Gender)\n\n"
        "UNDP Zambia is repositioning its country programme. UNDP Zambia supports the "
        "Government.\n" + BODY
    )
    assert _one(text).country == "Zambia"
    both = text.replace("UNDP Zambia supports", "UNICEF Malawi supports")
    assert _one(both).country is None  # two countries named: neither is taken


def test_a_board_s_short_office_yields_to_the_office_named_in_full() -> None:
    text = (
        "Project Coordinator, Vienna\nOffice: UNODC Vienna\nGrade: P-3\n"
        "Posting Title: PROJECT COORDINATOR, P3\n"
        "Department/ Office: United Nations Office on Drugs and Crime\nDuty Station: VIENNA\n"
        + BODY
    )
    assert _one(text).office == "United Nations Office on Drugs and Crime"
    alone = "Project Coordinator\nOffice: UNODC Vienna\nDuty Station: VIENNA\n" + BODY
    assert _one(alone).office == "UNODC Vienna"


def test_a_bare_date_line_among_header_labels_is_the_issue_date() -> None:
    head = "25 October 2016\nPrint version\n"
    block = (
        "Vacancy Notice No: AB/14/FT65\nTitle: Finance Officer\nGrade: P3\n"
        "Date: 12 February 2014\nApplication Deadline: 12 March 2014\nDuty Station: Dakar\n"
    )
    assert _one(head + block + BODY).issue_date == date(2014, 2, 12)
    lone = "Title: Finance Officer\nGrade: P3\n\nSee the annex.\nDate: 3 May 2014\n\n"
    assert _one(lone + BODY).issue_date is None  # a 'Date:' outside a header block
