"""Header shapes of OSCE notices republished elsewhere and of other intergovernmental
organisations (issue 10): each rule is a layout or a registry entry, shown on a short text in
that shape (the real notices are in tests/fixtures/vacancies/corpus/dev/)."""

from __future__ import annotations

import pytest

from secondment_desk.organisations import recognition
from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.fields import tidy_title
from secondment_desk.vacancy.hit import Hit
from secondment_desk.vacancy.layout import cut_at_label, pairs
from secondment_desk.vacancy.signals import signals


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Organisation for the Prohibition of Chemical Weapons (OPCW) recruits.", "OPCW"),
        ("The International Criminal Court (ICC) is an independent court.", "ICC"),
        ("The Preparatory Commission for the CTBTO, Vienna.", "CTBTO"),
        ("The International Centre for Migration Policy Development (ICMPD).", "ICMPD"),
        ("The Organisation for Economic Co-operation and Development (OECD).", "OECD"),
        ("The Commonwealth Secretariat in London.", "Commonwealth Secretariat"),
    ],
)
def test_new_organisations_are_registry_entries(text: str, org: str) -> None:
    found = recognition.token_index()[0].search(text)
    assert found is not None
    assert recognition.token_index()[1][found.group()][0] == org


@pytest.mark.parametrize(
    ("org", "grade", "ok"),
    [
        ("OPCW", "GS6", True),
        ("OPCW", "P-3", True),
        ("ICMPD", "IP3", True),
        ("ICMPD", "3", False),
        ("OECD", "GA3", True),
        ("OECD", "PA5", True),
        ("CTBTO", "D-1", True),
        ("Commonwealth Secretariat", "F", True),
        ("Commonwealth Secretariat", "Z", False),
    ],
)
def test_grades_of_the_new_organisations(org: str, grade: str, ok: bool) -> None:
    assert recognition.is_grade(org, grade) is ok


def test_a_scale_of_single_letters_is_no_grade_of_an_unknown_organisation() -> None:
    """The Commonwealth Secretariat's 'Grade: F' is read in its notices only: a lone letter
    in anyone else's (a list item 'A', 'Plan B') is no grade."""
    assert recognition.is_grade("Commonwealth Secretariat", "F")
    assert not recognition.is_grade(None, "F")
    assert recognition.is_grade(None, "P-4")


def test_capitalised_labels_run_onto_the_value_before_are_split() -> None:
    text = (
        "ISSUED BY: OSCE SecretariatVACANCY NUMBER: VNSECS01331VACANCY TYPE: International "
        "SecondedDATE OF ISSUE: 20 April 2018DEADLINE FOR APPLICATION: 22 May 2018 – 23:59 "
        "Central European Time (CET/CEST)\n"
    )
    found = pairs(text)
    assert [h.value for h in found["office"]] == ["OSCE Secretariat"]
    assert [h.value for h in found["requisition_id"]] == ["VNSECS01331"]
    assert [h.value for h in found["issue_date"]] == ["20 April 2018"]
    (vacancy,) = parse_text("Junior Professional Officer Programme\n\n" + text)
    assert vacancy.office == "OSCE Secretariat"
    assert vacancy.requisition_id == "VNSECS01331"
    assert vacancy.contract_type == "seconded"
    assert str(vacancy.issue_date) == "2018-04-20"


def test_glued_capitalised_labels_are_still_a_vacancys_signals_when_flattened() -> None:
    text = (
        "Core values apply to all staff. ISSUED BY: OSCE SecretariatVACANCY NUMBER: "
        "VNSECS01331DEADLINE FOR APPLICATION: 22 May 2018 – 23:59 CET"
    )
    found = signals(text)
    assert "deadline_date" in found
    assert "reference" in found


def test_a_doubled_colon_is_no_part_of_the_value() -> None:
    text = (
        "Deadline for Applications:: 20/01/2026 (midnight The Hague time)\n"
        "Duty Station:: The Hague – NL\n"
    )
    found = pairs(text)
    assert found["closing_date"][0].value.startswith("20/01/2026")
    assert found["location"][0].value == "The Hague – NL"


def test_a_one_line_header_ends_each_value_at_the_next_label() -> None:
    line = (
        "Job Title: Adviser and Head, Deputy Secretary-General Division: "
        "Secretary-General’s Office (SGO) Grade: F"
    )
    hit = Hit(line[len("Job Title: ") :], 11, len(line))
    assert cut_at_label(hit).value == "Adviser and Head, Deputy Secretary-General"
    (vacancy,) = parse_text(
        "The Commonwealth Secretariat\n\n" + line + "\n\nJob summary\nThe post-holder advises.\n"
    )
    assert vacancy.organization == "Commonwealth Secretariat"
    assert vacancy.title == "Adviser and Head, Deputy Secretary-General"
    assert vacancy.grade == "F"


def test_section_unit_and_reporting_date_end_the_value_before_them() -> None:
    text = (
        "VA ID: 1965 Grade Level: P-4 Division: Division of Administration Section: Office of "
        "the Director, ADM Unit: Type of Appointment: Consultancy Appointment Date of Issuance: "
        "21 December 2023 Deadline for Applications: 11 January 2024 Vacancy Reference: "
        "VACADM-1965-2023 Reporting Date: As soon as possible\n"
        "Please note that all candidates should adhere to CTBTO Values.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "CTBTO"
    assert vacancy.requisition_id == "VACADM-1965-2023"
    assert vacancy.office == "Division of Administration"
    assert vacancy.grade == "P-4"


def test_an_eu_agencys_function_group_grade_and_post_title_row() -> None:
    text = (
        "Reference number: RCT-2025-00007\n"
        "Post (business title): Services Engineer (1 post) (a reserve list to be created for "
        "1 post to be filled)\n"
        "Function group/Grade/Post title: Temporary staff, AD6, 2(f), Services Engineer1\n"
        "Closing date for applications: (MIDDAY) 8 July 2025 at 12:00 h4, Warsaw local time\n"
        "The European Border and Coast Guard Agency (Frontex) is located in Warsaw, Poland.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.grade == "AD6"


def test_an_icc_vacancy_number_before_its_organ() -> None:
    text = (
        "ICC - International Criminal Court\n\n22381 | OTP\n\n"
        "Deadline for Applications:\n\n03/10/2022 (midnight The Hague time)\n\n"
        "Duty Station:\n\nThe Hague – NL\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "ICC"
    assert vacancy.requisition_id == "22381"
    assert vacancy.duty_station == "The Hague"


def test_an_icmpd_grade_after_a_boards_band_words() -> None:
    text = (
        "Human Resources Officer\nVienna\n"
        "- Organization: ICMPD - International Centre for Migration Policy Development\n"
        "- Grade: Mid level - IP3, International Professional 3 - Internationally recruited\n"
        "- Closing Date: 2026-01-23\n"
        "| Vacancy Number | VA26P001V01 |\n| Grade | IP3 |\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "ICMPD"
    assert vacancy.grade == "IP3"
    assert vacancy.requisition_id == "VA26P001V01"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("POLICY OFFICER - EU/MENA", "Policy Officer - EU/MENA"),
        ("HEAD OF ICT UNIT, OSCE MISSION TO SKOPJE", "Head of ICT Unit, OSCE Mission to Skopje"),
        ("PROGRAMME CO-ORDINATOR (SALW)", "Programme Co-ordinator (SALW)"),
        ("HR ASSISTANT", "HR Assistant"),
        ("DEPUTY HEAD OF MISSION", "Deputy Head of Mission"),
    ],
)
def test_a_title_in_capitals_keeps_its_acronyms(raw: str, want: str) -> None:
    assert tidy_title(raw)[0] == want


def test_an_eu_agencys_reserve_list_note_is_no_part_of_the_title() -> None:
    raw = "Services Engineer (1 post) (a reserve list to be created for 1 post to be filled)"
    assert tidy_title(raw)[0] == "Services Engineer"


def test_a_job_number_opening_the_top_line_is_no_title() -> None:
    (vacancy,) = parse_text("Job No. VN-2025-17 Programme Officer\nDeadline: 12 May 2025\n")
    assert vacancy.title == "Programme Officer"
    assert vacancy.requisition_id == "VN-2025-17"


def test_a_country_code_after_the_city_is_the_country() -> None:
    text = (
        "Reference: 130800484\nLocation: London, UK | Salary: £142,215 per annum\n"
        "Closing Date: 4 Oct 2013\nThe Commonwealth Secretariat recruits.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.duty_station == "London"
    assert vacancy.country == "United Kingdom"
    assert vacancy.organization == "Commonwealth Secretariat"


@pytest.mark.parametrize(
    "name",
    [
        "Organization for Security and Cooperation in Europe",
        "Organisation for Security and Co-Operation in Europe",
        "ORGANIZATION FOR SECURITY AND CO-OPERATION IN EUROPE",
        "Organisation pour la sécurité et la coopération en Europe",
    ],
)
def test_the_osce_named_in_full_in_any_spelling(name: str) -> None:
    text = f"Human Resources Officer\n\n{name}, Mission to Moldova\nDeadline: 12 May 2025\n"
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "OSCE"


def test_a_sentence_naming_the_duty_station() -> None:
    text = (
        "Senior Administrative Assistant (GS-6)\n\nGeneral Information\nClosing Date\n02/01/2026\n"
        "The Senior Administrative Assistant supports the Office of Special Missions.\n"
        "The Hague is the duty station of this post.\n"
        "The Organisation for the Prohibition of Chemical Weapons (OPCW) recruits.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "OPCW"
    assert vacancy.duty_station == "The Hague"
    assert vacancy.country == "Netherlands"


def test_international_idea_and_asean_are_registry_entries() -> None:
    text = (
        "Job Reference Number :\nGLAD/ADR/002\nOpening Date :\n21/01/2026\n"
        "Job Title :\nAssistant Director General Legal Affairs Division\n"
        "Closing Date :\n19/02/2026\nThe ASEAN Secretariat invites ASEAN Nationals to apply.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "ASEAN"
    assert vacancy.requisition_id == "GLAD/ADR/002"
    assert str(vacancy.issue_date) == "2026-01-21"
    text = (
        "Associate Programme Officer\n\nInternational IDEA\n  • Location\n    Stockholm, Sweden\n"
        "  • Apply by\n    Aug-11-2019\n\nThe International Institute for Democracy and Electoral "
        "Assistance — International IDEA works with UN organizations.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.organization == "International IDEA"
    assert str(vacancy.closing_date) == "2019-08-11"  # month first, dashes between


def test_a_country_code_before_a_dash_and_the_city() -> None:
    text = (
        "Head, NSPO Secretariat\n\nPrimary Location\n\nLU-Capellen\n\nNATO Body\n\n"
        "NATO International Staff (NATO IS)\n\nApplication Deadline\n\n22-Mar-2026, 11:59:00 PM\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.duty_station == "Capellen"
    assert vacancy.country == "Luxembourg"


def test_capitalised_labels_before_their_values_in_rows_without_a_separator() -> None:
    text = (
        "Vacancy Announcement\n\nPosition Title & Grade: ESTH/Economic Assistant\n\n"
        "ANNOUNCEMENT NUMBER: USEFM – 033/2011\n\n"
        "OPEN TO Appointment Eligible Family Members – All Agencies\n"
        "POSITION ESTH/Economic Assistant\nOPENING DATE August 18, 2011\n"
        "CLOSING DATE August 31, 2011\nWORK HOURS Full Time\n"
    )
    found = pairs(text)
    assert "ESTH/Economic Assistant" in [h.value for h in found["title"]]
    (vacancy,) = parse_text(text)
    assert vacancy.title == "ESTH/Economic Assistant"
    assert vacancy.requisition_id == "USEFM – 033/2011"
    assert str(vacancy.issue_date) == "2011-08-18"
    assert str(vacancy.closing_date) == "2011-08-31"


def test_a_capitalised_one_word_label_before_a_value_in_capitals_is_no_row() -> None:
    """'POSITION PAPER' (a heading in capitals) is no 'Position' label with its value."""
    text = "POSITION PAPER ON MIGRATION\nOPENING DATE August 18, 2011\nCLOSING DATE 1 May 2012\n"
    assert "title" not in pairs(text)


@pytest.mark.parametrize("acronym", ["OBSE", "OEBS", "EBESZ", "ETYJ", "OSSE", "AGİT", "ΟΑΣΕ"])
def test_the_osces_acronym_in_a_participating_states_language(acronym: str) -> None:
    found = recognition.token_index()[0].search(f"Misja {acronym} w Skopje")
    assert found is not None
    assert recognition.token_index()[1][found.group()][0] == "OSCE"


def test_a_listed_posts_heading_gives_its_title_without_the_grade() -> None:
    text = (
        "OSCE vacancies open for secondment\n\n"
        "Senior Legal Adviser (S3)\nOSCE Mission to Serbia\nVacancy number: VNSRBS00201\n"
        "Deadline for applications: 12 May 2025\n\n"
        "Political Officer (S2)\nOSCE Mission to Moldova\nVacancy number: VNMOLS00155\n"
        "Deadline for applications: 19 May 2025\n\n"
        "Human Rights Officer (S1)\nOSCE Mission in Kosovo\nVacancy number: VNKOSS00456\n"
        "Deadline for applications: 26 May 2025\n"
    )
    posts = parse_text(text)
    assert [(p.title, p.grade) for p in posts] == [
        ("Senior Legal Adviser", "S3"),
        ("Political Officer", "S2"),
        ("Human Rights Officer", "S1"),
    ]
    assert [p.office for p in posts][1] == "OSCE Mission to Moldova"


def test_a_labels_value_on_the_next_line_is_no_title() -> None:
    text = (
        "ICC - International Criminal Court\n\n22381 | OTP\n\n"
        "Deadline for Applications:\n\n03/10/2022 (midnight The Hague time)\n\n"
        "Organizational Unit:\n\nProsecution Pillars, Office of the Prosecutor\n\n"
        "Duty Station:\n\nThe Hague – NL\n\nOrganisational Context\n\nThe Prosecutor leads.\n"
    )
    (vacancy,) = parse_text(text)
    assert vacancy.office == "Prosecution Pillars, Office of the Prosecutor"
    assert vacancy.title != vacancy.office
