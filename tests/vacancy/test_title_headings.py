"""The post title from a notice's opening lines in the shapes sites and systems write it: after
the notice's own words ("Vacancy Notice:", "Job Opening –", "Convocatoria:"), before a site's
name ("... | United Nations Careers"), after an organisation's name or a breadcrumb, with its
grade and city beside it."""

from __future__ import annotations

from datetime import date

import pytest

from secondment_desk.vacancy import parse_text

T = "Political Affairs Officer"
BODY = (
    "\nDuty Station: New York\nClosing date: 15 April 2025\n\nResponsibilities\n"
    "- Draft political analysis.\n\nCompetencies\n- Communication\n"
)
TOPS = [
    f"Vacancy Notice: {T} (P-4)", "POLITICAL AFFAIRS OFFICER, P-4", f"Job Opening: {T}",
    f"{T} – P4 – New York", f"{T}, P-4, New York", f"VACANCY ANNOUNCEMENT No. 12/2025\n{T}",
    f"Call for applications: {T}", f"Re-advertisement: {T}", f"{T} (Re-advertised)",
    f"Temporary Job Opening: {T}", f"{T} (P-4)", f"Job Title: {T}", f"Position: {T} (P4)",
    f"United Nations\nDepartment of Political and Peacebuilding Affairs\n{T}",
    f"Home > Careers > Vacancies\n{T}", f"Published on 1 March 2025\n{T}", f"{T} - Vacancy",
    f"Vacancy: {T}", f"Post title: {T}", T.upper(), f"{T} | United Nations Careers",
    f"Job Opening – {T}",
]  # fmt: skip


@pytest.mark.parametrize("top", TOPS)
def test_the_title_from_the_opening_lines(top: str) -> None:
    (vacancy,) = parse_text(top + BODY, "n.txt", today=date(2000, 1, 1))
    assert vacancy.title == T


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("Convocatoria: Oficial de Asuntos Políticos", "Oficial de Asuntos Políticos"),
        ("Avis de vacance de poste : Chargé des affaires politiques",
         "Chargé des affaires politiques"),
        ("Вакансия: Сотрудник по политическим вопросам", "Сотрудник по политическим вопросам"),
    ],
)  # fmt: skip
def test_the_notice_words_in_other_languages(top: str, title: str) -> None:
    (vacancy,) = parse_text(top + BODY, "n.txt", today=date(2000, 1, 1))
    assert vacancy.title == title


def test_a_code_after_the_notice_words_is_no_title() -> None:
    (vacancy,) = parse_text("Vacancy Notice: VNSECS01234\n" + T + BODY, "n.txt")
    assert vacancy.title == T


@pytest.mark.parametrize(
    ("raw", "title", "grade"),
    [
        ("Political Affairs Officer (P-4), New York", "Political Affairs Officer", "P-4"),
        ("Officer P4, Geneva", "Officer", "P4"),
        ("Political Affairs Officer, P-4, New York", "Political Affairs Officer", "P-4"),
    ],
)
def test_a_grade_before_the_place_leaves_the_title(raw: str, title: str, grade: str) -> None:
    from secondment_desk.vacancy.fields import tidy_title

    assert tidy_title(raw) == (title, grade)
