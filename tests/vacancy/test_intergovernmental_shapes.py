"""Shapes UN-family and other intergovernmental notices come in (issue 10): a flattened copy
whose first sentence holds the graded title, a board's "Location: RDC", a deadline whose year
runs into its zone ("15 March 2024 (Paris time)"), a "Closing Date" label over its date. Each
is a short notice of its own, never a dev notice's text."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.dates import find_time

BODY = (
    "\nResponsibilities\nWithin delegated authority, the Officer will be responsible for "
    "drafting reports and briefing notes.\nEducation\nAdvanced university degree in law.\n"
)


def _one(text: str) -> Vacancy:
    found = parse_text(text, "n.txt", today=date(2020, 1, 1))
    assert found
    return found[0]


@pytest.mark.parametrize(
    "opening",
    [
        "Programme Management Officer (Temporary Job Opening) - Level (P3) - Nairobi/UNEP",
        "Field Security Officer (Temporary Appointment) - Level (NOB) - Juba/UNMISS",
    ],
)
def test_a_flattened_copy_is_read_when_a_sentence_break_ends_its_first_line(
    opening: str,
) -> None:
    # the page flattened into one paragraph: the labels run on after the title, and the
    # first full stop ends the first line once the reader puts breaks back at sentences
    text = (
        f"{opening} Closing Date Reference Number Duty Station Nairobi This form is closed. "
        "United Nations Core Values: Integrity, Professionalism, Respect for Diversity "
        "Org. Setting and Reporting The Office coordinates the programme in the region. "
        "The incumbent reports to the Chief of Section."
    )
    grade = opening.split("Level (", 1)[1].split(")", 1)[0]
    assert _one(text).grade == grade


@pytest.mark.parametrize("code", ["RDC", "DRC"])
def test_a_short_spelling_of_a_country_alone_is_the_country(code: str) -> None:
    v = _one(f"Job Title: Team Assistant\nGrade: G-4\nLocation: {code}\n{BODY}")
    assert v.country == "Democratic Republic of the Congo"
    assert v.duty_station is None


def test_an_iso_code_alone_is_still_no_country() -> None:
    v = _one(f"Job Title: Team Assistant\nGrade: G-4\nLocation: NLD\n{BODY}")
    assert v.country is None


@pytest.mark.parametrize(
    "deadline",
    [
        "Applications must be received by 15 March 2024 (Paris time).",
        "Applications must be received by 15 March 2024, midnight Paris time.",
        "Deadline for applications: March 15, 2024 (New York time)",
    ],
)
def test_a_deadlines_year_before_its_zone_is_no_clock_time(deadline: str) -> None:
    v = _one(f"Job Title: Programme Officer\nGrade: P-3\nDuty Station: Dakar\n{deadline}\n{BODY}")
    assert v.closing_date == date(2024, 3, 15)
    assert v.closing_time is None


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Friday 02 October 2015 at 1700 (Brussels time)", "17:00 Europe/Brussels"),
        ("15 March 2024, 2000 hrs (Paris time)", "20:00 Europe/Paris"),
    ],
)
def test_bare_hours_after_a_dates_year_are_read(text: str, clock: str) -> None:
    found = find_time(text, 0, len(text), "Europe/Vienna")
    assert found is not None and found.value == clock


@pytest.mark.parametrize("label", ["Closing Date", "Deadline", "Application deadline"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_closing_label_over_its_date_gives_no_issue_date(label: str, gap: str) -> None:
    v = _one(
        f"Job Title: Programme Officer\nGrade: P-3\nDuty Station: Dakar\n"
        f"{label}{gap}15 March 2024\n{BODY}"
    )
    assert v.closing_date == date(2024, 3, 15)
    assert v.issue_date is None


@pytest.mark.parametrize(
    ("deadline", "clock"),
    [
        (
            "DEADLINE FOR APPLICATIONS\n3 March 2025-23:59-GMT+01:00 West Africa Standard Time "
            "(Bangui)",
            "23:59 Africa/Bangui",
        ),
        (
            "DEADLINE FOR APPLICATIONS\n3 March 2025-23:59-GMT+02:00 Israel Time (Jerusalem)",
            "23:59 Asia/Jerusalem",
        ),
        (
            "Application Deadline: 03-Mar-2025, 11:59 PM (Vienna, Austria time)",
            "23:59 Europe/Vienna",
        ),
    ],
)
def test_the_city_of_a_deadlines_zone_is_no_duty_station(deadline: str, clock: str) -> None:
    v = _one(f"Job title: Field Monitor Assistant\nGrade: G-4\n{deadline}\n{BODY}")
    assert v.closing_time == clock
    assert v.duty_station is None


def test_the_duty_station_stands_beside_its_deadlines_zone_city() -> None:
    v = _one(
        "Job title: Field Monitor Assistant\nGrade: G-4\nDuty Station: Goma\n"
        "DEADLINE FOR APPLICATIONS\n3 March 2025-23:59-UTC+01:00 West Africa Standard Time "
        f"(Kinshasa)\n{BODY}"
    )
    assert (v.duty_station, v.closing_time) == ("Goma", "23:59 Africa/Kinshasa")


def test_a_flattened_francophonie_call_keeps_its_grade() -> None:
    # one paragraph: the grade's label value ends only where the next label of the
    # Francophonie's header starts (engagement, salary, post adjustment, other benefits)
    text = (
        "APPEL A CANDIDATURES L’Organisation internationale de la Francophonie recrute "
        "Titre du poste : Chargé(e) de communication Lieu d’affectation : Dakar "
        "Statut et grade : Emploi à recrutement international / Niveau P2, grade à partir de "
        "P2-1 Durée de l’engagement : 2 ans renouvelables, assortie d’une période probatoire "
        "de 6 mois Traitement annuel de base : A partir de 50 000 euros, selon l’expérience "
        "Ajustement annuel de poste : A partir de 9 000 euros, selon l’expérience Autres "
        "avantages : En cas de recrutement en dehors du lieu d’affectation : prise en charge "
        "du voyage (+ indemnité d’installation) Allocations et indemnités prévues par le "
        "Statut du personnel Date limite d’envoi des candidatures : 30/06/2024 Numéro de "
        "l’appel à candidatures : AC/SRH, N° 7/2024 du 3 juin 2024 FONCTIONS PRINCIPALES "
        "Sous l’autorité du Directeur, le/la titulaire sera chargé(e) de la communication."
    )
    v = _one(text)
    assert (v.organization, v.grade, v.closing_date) == ("OIF", "P2", date(2024, 6, 30))


@pytest.mark.parametrize(
    ("line", "closing", "issued"),
    [
        ("Closure Date: 15/Mar/2024, 11:59:00 PM", date(2024, 3, 15), None),
        ("Posted: 02/Feb/2024\nClosure Date: 04/Mar/2024", date(2024, 3, 4), date(2024, 2, 2)),
    ],
)
def test_a_day_month_year_date_parted_by_slashes_is_read(
    line: str, closing: date, issued: date | None
) -> None:
    v = _one(f"Job Title: Programme Officer\nGrade: P-3\nDuty Station: Rome\n{line}\n{BODY}")
    assert (v.closing_date, v.issue_date) == (closing, issued)


@pytest.mark.parametrize(
    "header",
    [
        # labels over their values, a blank line between
        "Hardship Level\n\nC\n\nFamily Type\n\nFamily\n\nGrade\n\nGS5\n",
        # the same cells run together, each label into its value
        "Hardship LevelC (hard)\n\nFamily TypeFamily\n\nGradeGS5\n\nStaff Member / Affiliate "
        "TypeGeneral Service\n",
    ],
)
def test_the_first_screen_of_a_workday_header_is_a_notice(header: str) -> None:
    # a board's copy cut after the agency's header block: no title line, no deadline
    v = _one(f"Added Date: Monday, 04 March 2024\n\n{header}")
    assert v.grade == "GS5"


@pytest.mark.parametrize(
    "sentence",
    [
        "The three (3) positions are located in the Political Affairs Section of the Mission.",
        "This position is located in the Field Support Unit of the Regional Office in Dakar.",
    ],
)
def test_a_copy_that_starts_at_org_setting_and_reporting_is_a_notice(sentence: str) -> None:
    # the header above it was not copied: the UN's section heading and the sentence under it
    v = _one(f"Org. Setting and Reporting\n{sentence} The officers report to the Chief.")
    assert v.grade is None


@pytest.mark.parametrize(("written", "grade"), [("NO-2", "NO-2"), ("NO-3 (NO-C)", "NO-3")])
def test_a_national_officer_grade_numbered_is_read_whole(written: str, grade: str) -> None:
    # UNICEF numbers its National Officer levels; "NO" is no grade at step 2
    v = _one(
        "UNICEF works in over 190 countries and territories.\nJob no: 581000\n"
        f"Contract type: Fixed Term Appointment\nLevel: {written}\n{BODY}"
    )
    assert (v.organization, v.grade) == ("UN", grade)


def test_a_grade_with_its_step_is_still_the_grade() -> None:
    v = _one(
        "L’Organisation internationale de la Francophonie recrute\nTitre du poste : Juriste\n"
        f"Statut et grade : Emploi à recrutement international (Grade P4-1 / P4-6)\n{BODY}"
    )
    assert v.grade == "P4"


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("hasta las 23:59 (GMT-5), hora de Perú.", "23:59 America/Lima"),
        ("à 17h00, heure du Sénégal", "17:00 Africa/Dakar"),
        ("by 17:00 Kenya time", "17:00 Africa/Nairobi"),
    ],
)
def test_a_country_of_one_zone_names_the_deadlines_zone(text: str, clock: str) -> None:
    found = find_time(text, 0, len(text), "Europe/Vienna")
    assert found is not None and found.value == clock


def test_a_country_of_several_zones_names_none() -> None:
    text = "by 17:00 Russian Federation time"
    found = find_time(text, 0, len(text), "Europe/Vienna")
    assert found is not None and found.value == "17:00"


@pytest.mark.parametrize(
    "number",
    [
        "24-Programme Management-UNEP-230001-R-Nairobi (X)",
        "23-Security-DSS-215000-F-Juba (M)",
    ],
)
def test_a_job_opening_number_run_into_the_next_label_is_the_reference(number: str) -> None:
    # a flattened Inspira header: the number's label value runs on into "Staffing Exercise"
    text = (
        "Posting Title: SECURITY OFFICER, FS4 Job Code Title: SECURITY OFFICER "
        f"Department/Office: Department of Safety and Security Job Opening Number: {number} "
        "Staffing Exercise N/A United Nations Core Values: Integrity, Professionalism, "
        "Respect for Diversity Org. Setting and Reporting This position is located in the "
        "Department of Safety and Security."
    )
    assert _one(text).requisition_id == number
