"""EU vacancy pages that are not calls: EEAS and Commission delegation pages."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.vacancy import parse_text


def test_a_function_group_is_a_contract_even_beside_a_word_on_secondment() -> None:
    text = (
        "Job opportunities at the European Commission\n"
        "Seconded national experts (SNE)\n"
        "SNEs are typically seconded from the civil services of EU Member States.\n"
        "Contract Agent Vacancies - Delegations\n"
        "ENTITY | Kosovo (Pristina) NEAR.D.4.DEL.Kosovo.001.95 - operation section |\n"
        "FUNCTION / GRADE | FG IV (Living-conditions allowance: 20%) |\n"
        "TITLE | Policy Officer - Trade |\n"
        "VACANCY NOTICE / JOB DESCRIPTION | 220894 |\n"
        "Deadline for applications: 12 March 2024\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2024, 1, 1))
    assert vacancy.organization == "EU"
    assert vacancy.grade == "FG IV"
    assert vacancy.requisition_id == "220894"
    assert vacancy.contract_type == "contracted"


def test_a_submission_period_ends_on_the_deadline_and_a_category_line_is_no_title() -> None:
    text = (
        "European Union External Action\n\n"
        "EEAS Call for Expression of Interest for Temporary Agents as Clerks (AST/SC2)\n\n"
        "19/01/2021 - 14:51\nTemporary agents\n\n"
        "Expressions may be submitted during the period from 19/01/2021 to 02/02/2021 at "
        "12:00 midday (Brussels time).\n"
        "The EEAS is launching a call for expression of interest to create a list of "
        "candidates.\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert vacancy.organization == "EU"
    assert str(vacancy.closing_date) == "2021-02-02"
    assert vacancy.closing_time == "12:00 Europe/Brussels"
    assert vacancy.title != "Temporary agents"


def test_a_link_to_a_document_of_the_notice_is_no_title() -> None:
    text = (
        "Job Opportunities\n\n"
        "The European Security and Defence College is looking for colleagues.\n\n"
        "Cover Letter SNE Policy - Cyber Training Manager 24/10/22 (Download Here)\n\n"
        "The post of a seconded national expert (SNE) as a policy officer.\n"
        "Deadline for applications: 12 December 2022\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert vacancy.organization == "EU"
    assert vacancy.title is None or "Download" not in vacancy.title


def test_an_ast_sc_grade_is_an_eu_grade() -> None:
    from secondment_desk.organisations import recognition

    for written in ("AST/SC2", "AST/SC 1", "AST-SC 3", "AST/SC-2"):
        assert recognition.is_grade("EU", written), written
    assert not recognition.is_grade("EU", "SC2")


def test_an_individual_contractor_is_contracted_and_a_note_after_the_count_is_no_title() -> None:
    text = (
        "Temporary Administrative Officer (1 post) – Maternity Leave cover for six months\n\n"
        "Organizational Unit: EUMM Georgia, Headquarters\n"
        "Type of contract: Individual Contractor (IC)\n"
        "Deadline for applications:  06 March 2026, 17:00\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert vacancy.title == "Temporary Administrative Officer"
    assert vacancy.contract_type == "contracted"
    assert vacancy.office == "EUMM Georgia"  # the registry's office, its unit left out


def test_a_call_for_expression_of_interest_names_its_post_after_as_or_position_of() -> None:
    graded = (
        "EEAS Call for Expression of Interest to establish a list of candidates who could be "
        "recruited as Temporary Agents under Article 2(b) as Clerks/Secretaries (AST/SC2)\n"
        "Expressions may be submitted during the period from 19/01/2021 to 02/02/2021.\n"
        "Deadline for applications: 02/02/2021\n"
    )
    (vacancy,) = parse_text(graded, "page.txt", today=date(2020, 1, 1))
    assert (vacancy.title, vacancy.grade) == ("Clerks/Secretaries", "AST/SC2")
    pooled = (
        "EEAS Call for Expression of interest for a reserve list\n"
        "We propose:\n"
        "The EEAS is launching a Call for expression of interest in view of establishing a "
        "reserve list in the position of Liaison /Desk Officer - contract agent FGIV as per "
        "article 3b of the CEOS.\nDeadline for applications: 12 March 2022\n"
    )
    (vacancy,) = parse_text(pooled, "page.txt", today=date(2020, 1, 1))
    assert vacancy.title == "Liaison /Desk Officer"


@pytest.mark.parametrize(
    ("line", "office", "country"),
    [
        ("Delegation of the European Union to the Republic of Moldova: Finance Assistant "
         "(FG III)", "Delegation of the European Union to the Republic of Moldova", "Moldova"),
        ("Vacancy notice: Finance Assistant, Contract Agent FGIII, EU Delegation to Ethiopia "
         "(Addis Ababa)", "EU Delegation to Ethiopia", "Ethiopia"),
        ("Finance Assistant – EU Delegation to Bosnia and Herzegovina – Contract Agent FG III",
         "EU Delegation to Bosnia and Herzegovina", "Bosnia and Herzegovina"),
    ],
)  # fmt: skip
def test_a_delegation_named_in_a_title_line_is_the_office_and_gives_the_country(
    line: str, office: str, country: str
) -> None:
    text = line + "\n\nDeadline for applications: 10.05.2024 at 12:00 (Brussels time)\n"
    text += "The position of Finance Assistant - contract agent FG III, renewable up to a "
    text += "maximum duration of six years.\n"
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert (vacancy.office, vacancy.country) == (office, country)
    assert vacancy.max_service_years == 6


def test_an_eeas_page_s_first_screen_with_its_we_propose_heading_is_read() -> None:
    text = (
        "European External Action Service\n\n"
        "EEAS Call for Expression of interest for the establishment of a reserve list\n\n"
        "The European External Action Service (EEAS) supports the work of the High "
        "Representative.\n\nWe propose:\n\nThe EEAS is launching a Call for expression of "
        "interest in view of establishing a reserve list for future vacancies"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))  # read, not refused
    assert vacancy.organization == "EU"


def test_a_body_s_acronym_in_the_registry_names_the_office_before_a_space() -> None:
    text = (
        "Job Opportunities\n\nESDC Vacancy Notice Cyber Training Manager (Download Here)\n\n"
        "The post of a seconded national expert (SNE) as a policy officer.\n"
        "Deadline for applications: 12 December 2022\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert (vacancy.organization, vacancy.office) == ("EU", "ESDC")
    linked = text.replace("Manager (Download", "Manager Job.No: 303119 (Download")
    (vacancy,) = parse_text(linked, "page.txt", today=date(2020, 1, 1))
    assert vacancy.requisition_id == "303119"  # a glued 'Job.No:', the link note left out


def test_a_registry_name_is_looked_for_past_its_first_unfit_occurrence() -> None:
    text = (
        "VACANCY NOTICE TO ESTABLISH A POSITION FOR A SECONDED NATIONAL EXPERT (SNE) "
        "REFERENCE: CEPOL/2018/SNE/02 Introduction to CEPOL CEPOL was founded as a body of "
        "the European Union.\nDeadline for applications: 12 May 2018\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert vacancy.office == "CEPOL"


def test_a_title_label_in_a_flattened_header_takes_the_run_of_capitals() -> None:
    text = (
        "1 VACANCY NOTICE TO ESTABLISH A POSITION FOR A SECONDED NATIONAL EXPERT (SNE) "
        "REFERENCE: CEPOL/2018/SNE/02 JOB TITLE: SENIOR PROJECT OFFICER EU/MENA TRAINING "
        "PARTNERSHIP (Seconded National Expert) Introduction to CEPOL CEPOL was founded in "
        "2000.\nDeadline for applications: 12 May 2018\n"
    )
    (vacancy,) = parse_text(text, "page.txt", today=date(2020, 1, 1))
    assert (vacancy.title or "").casefold() == "senior project officer eu/mena training partnership"
