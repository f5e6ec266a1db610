"""A partial copy of a notice is read with warnings; a text with no vacancy signal is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secondment_desk.errors import InputError, NotAVacancyError
from secondment_desk.vacancy import load_vacancies, parse_text, signals
from secondment_desk.vacancy.signals import is_vacancy
from tests.conftest import FIXTURES, REPO

DEV = FIXTURES / "vacancies" / "corpus" / "dev"


def _one_sentence(err: pytest.ExceptionInfo[NotAVacancyError]) -> str:
    message = str(err.value)
    assert "\n" not in message and message.endswith("."), message
    return message


@pytest.mark.parametrize(
    "path",
    [REPO / "README.md", REPO / "docs" / "contracts" / "vacancy.md",
     FIXTURES / "not_vacancies" / "news_article.txt"],
    ids=lambda p: p.name,
)  # fmt: skip
def test_text_without_vacancy_signal_is_refused(path: Path) -> None:
    with pytest.raises(NotAVacancyError) as err:
        load_vacancies(path)
    assert isinstance(err.value, InputError)
    assert "does not look like a vacancy notice" in _one_sentence(err)


@pytest.mark.parametrize(
    "name",
    [
        # a page's first screen: title with grade, requisition, tasks heading
        "osce_vacancies-osce_albania_project_officer_p2.txt",
        # only the deadline line and the organisation's boilerplate
        "un_undpjobs_wfp_helper_hebron_deadline_zone.txt",
        # French, labels and a tasks heading
        "un_lfrii_minusma_chef_de_bureau_gao_fr.txt",
        # a background section and one sentence on the post
        "osce_undpjobs_secretariat_senior_executive_officer_s.txt",
        # only requirement sections
        "osce_jobs-osce_skopje_senior_monitoring_officer_vnskps00441.txt",
    ],
)
def test_partial_copy_is_read_with_warnings(name: str) -> None:
    vacancies = load_vacancies(DEV / name)
    assert vacancies
    assert all(v.warnings for v in vacancies)


def test_first_screen_is_enough() -> None:
    text = "Project Officer (P2)\n- ALB000126 Requisition #\n- 2159 Total Views\n"
    (vacancy,) = parse_text(text, "first_screen.txt")
    assert vacancy.title == "Project Officer"
    assert vacancy.warnings


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deadline for applications:\n24 November 2025\nWe are an employer.", "deadline_date"),
        ("Intro text\nPoste 1 : ADJOINT ADMINISTRATIF, G6\nMore text here.", "graded_title"),
        ("Misc\nRequisition ID: VNKOS00123\nother words", "reference"),
    ],
)
def test_one_strong_signal_is_enough(text: str, found: str) -> None:
    assert found in signals.signals(text)
    assert signals.is_vacancy(text)


def test_deadline_in_prose_is_no_label() -> None:
    text = "Negotiators face a deadline of 30 June 2025 to agree on the next phase."
    assert "deadline_date" not in signals.signals(text)


def test_broken_signal_words_fail_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def bad(name: str) -> Any:
        return {"deadline_labels": "deadline"}

    monkeypatch.setattr(signals, "load_json_resource", bad)
    signals.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="deadline_labels"):
            signals.lexicon()
    finally:
        signals.lexicon.cache_clear()


def test_a_list_of_counted_posts_is_a_signal() -> None:
    text = (
        "The mission has opened a call for applications.\n"
        "Open: Driver (2 positions), Cleaner, Interpreter (3 positions) and Guard.\n"
    )
    assert "post_list" in signals.signals(text)
    assert signals.is_vacancy(text)
    one = "The mission has opened a call for applications.\nOpen: Driver (2 positions).\n"
    assert "post_list" not in signals.signals(one)


def test_a_first_screen_of_a_post_table_with_one_reference_is_enough() -> None:
    text = (
        "Annex 1\nRef.: Name of the Post Pending Availability\nSeconded\nEK 30003 0 1 1 Sep 2016\n"
    )
    assert "post_table" in signals.signals(text)
    assert "post_table" not in signals.signals("Ref. codes\nEK 30003 is a code.\n")


def test_a_line_naming_a_job_is_enough_for_a_first_screen() -> None:
    text = "Programme Management Officer\nUnited Nations Office at Nairobi\n\nThe Office ...\n"
    assert "job_heading" in signals.signals(text)
    assert parse_text(text, "first_screen.txt")


def test_a_headline_over_a_dateline_is_not_a_job_heading() -> None:
    text = (
        "Mission chief named as talks resume\n\nGENEVA, 14 March 2025 - The Secretary-General "
        "has appointed a diplomat.\n"
    )
    assert "title_line" in signals.signals(text)
    assert "job_heading" not in signals.signals(text)
    with pytest.raises(NotAVacancyError):
        parse_text(text, "news.txt")


def test_recruiting_wordings_in_other_languages_count() -> None:
    polish = "Departament informuje, że rozpoczyna nabór na dwóch obserwatorów.\n\nWymagania:\n"
    assert is_vacancy(polish)


def test_french_header_labels_and_a_country_in_the_location() -> None:
    text = (
        "Titre du Poste : Chargé de projet national\n"
        "Lieu du Travail : Nigéria/ Guinée-Bissau\n"
        "Date de Soumission : 07/12/2025\n\nResponsabilités\n- coordonner\n"
    )
    (vacancy,) = parse_text(text, "board.txt")
    assert vacancy.title == "Chargé de projet national"
    assert vacancy.duty_station != "Nigéria"  # a country is never the duty station


def test_an_organisation_is_a_folder_of_data() -> None:
    from secondment_desk.organisations import recognition

    assert "eumetsat" in recognition.RECOGNISED_FAMILIES
    text = (
        "VN 20/23 Information Management Coordinator, B5/B6. EUMETSAT, Darmstadt.\n\nDUTIES\n- x\n"
    )
    (vacancy,) = parse_text(text, "eumetsat.txt")
    assert vacancy.organization == "EUMETSAT"


def test_work_from_anywhere_is_no_duty_station() -> None:
    text = "Project Associate\n- Location: Remote | Home Based - May travel\n\nDuties\n- x\n"
    (vacancy,) = parse_text(text, "remote.txt")
    assert vacancy.duty_station is None


def test_a_jobs_page_saying_it_has_no_opening_is_refused() -> None:
    page = (
        "Job Opportunities\nInternational Internship\n"
        "There are no available positions at this time.\n"
    )
    assert not is_vacancy(page)
    # ... unless it holds a notice after all (a strong signal: a deadline with its date)
    assert is_vacancy(page + "Senior Legal Adviser\nDeadline for applications: 12 May 2025\n")


def test_prose_about_the_vacancy_announcement_is_no_announcement() -> None:
    prose = "An advanced degree may be required, as specified in the Vacancy Announcement."
    assert "announcement" not in signals.signals(prose)
    assert "announcement" in signals.signals("VACANCY ANNOUNCEMENT:\nThe Union seeks ...")


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        ("Applicants are required to have a university degree, including several years of "
         "experience. Some positions require knowledge of languages.", False),
        ("- Advanced university degree in law\n- Experience in human rights\n"
         "- Fluency in English; knowledge of languages of the region", True),
        ("A university degree and minimum 6 years of professional experience; fluency in "
         "English and knowledge of languages of the region.", True),
    ],
)  # fmt: skip
def test_a_requirement_list_lists_items_or_states_years(body: str, listed: bool) -> None:
    found = signals.signals("Requirements\n" + body + "\n")
    assert ("requirement_list" in found) is listed


def test_a_heading_naming_jobs_in_the_plural_heads_no_notice() -> None:
    assert "job_heading" not in signals.signals("Contract agents\nThe EEAS employs staff.\n")
    assert "job_heading" in signals.signals("Contract agent\nThe EEAS employs staff.\n")


def test_prose_about_the_vacancy_in_french_or_spanish_is_no_announcement() -> None:
    assert "announcement" not in signals.signals("una vez que se haya publicado la vacante")
    assert "announcement" in signals.signals("Los candidatos pueden postularse a esta vacante.")
