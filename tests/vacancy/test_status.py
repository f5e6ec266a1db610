"""The notice's status on the model: cancelled, closed, partial, open, each with its warning."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from secondment_desk.models.vacancy import Vacancy
from secondment_desk.notice_status import notice_state
from secondment_desk.vacancy import load_vacancies, parse_text, status
from tests.conftest import FIXTURES

GEORGIA = FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt"  # closes 2017-05-12
BODY = (
    "Duty Station: Vienna\nDeadline for applications: 12 May 2030\n"
    "Tasks and Responsibilities:\n- Drafts reports on the political situation.\n"
    "Necessary Qualifications:\n- First-level university degree in political science;\n"
    "- Minimum of six years of relevant experience;\n- Professional fluency in English.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Political Officer (P3) [Cancelled]\n",
        "CANCELLED\nPolitical Officer (P3)\n",
        "Political Officer (P3)\nThis vacancy has been cancelled.\n",
        "Juriste (P3) (Annulé)\nL'avis de vacance a été annulé.\n",
        "Oficial Político (P3)\nLa convocatoria ha sido cancelada.\n",
        "Политический сотрудник (P3)\nВакансия отменена.\n",
    ],
)
def test_cancelled_notice(head: str) -> None:
    (vacancy,) = parse_text(head + BODY, "n.txt", today=date(2030, 1, 1))
    assert vacancy.status == "cancelled"
    assert any("cancelled" in w for w in vacancy.warnings)
    assert notice_state(vacancy, date(2030, 1, 1)).cancelled


def test_a_call_that_may_be_cancelled_is_not() -> None:
    text = "Political Officer (P3)\nThe Mission may cancel this call at any time.\n" + BODY
    (vacancy,) = parse_text(text, "n.txt", today=date(2030, 1, 1))
    assert vacancy.status == "open"
    assert not any("cancelled" in w or "partial" in w for w in vacancy.warnings)


def test_closed_is_judged_on_the_day_the_caller_passes() -> None:
    before = load_vacancies(GEORGIA, today=date(2017, 5, 1))
    after = load_vacancies(GEORGIA, today=date(2017, 5, 13))
    assert {v.status for v in before} != {"closed"}
    assert {v.status for v in after} == {"closed"}
    assert all(any("2017-05-12 has passed" in w for w in v.warnings) for v in after)
    assert not any("has passed" in w for v in before for w in v.warnings)


def test_partial_copy_without_requirements_or_date() -> None:
    (vacancy,) = parse_text(
        "Project Officer (P2)\n- ALB000126 Requisition #\n", "s.txt", today=date(2030, 1, 1)
    )
    assert vacancy.status == "partial"
    assert any("partial" in w and "closing date" in w for w in vacancy.warnings)


def test_notice_state_reads_the_status_on_the_model() -> None:
    (vacancy,) = parse_text("Political Officer (P3)\n" + BODY, "n.txt", today=date(2030, 1, 1))
    assert vacancy.status == "open" and notice_state(vacancy, date(2030, 1, 1)).open
    vacancy.status = "cancelled"  # the parser's word, not the text's, is what counts
    assert notice_state(vacancy, date(2030, 1, 1)).cancelled
    # a vacancy stored before the field existed: its text still says
    old = Vacancy(title="Officer [Cancelled]", text="Officer [Cancelled]\n...")
    assert old.status is None and notice_state(old, date(2030, 1, 1)).cancelled


def test_state_does_not_repeat_the_closed_sentence() -> None:
    vacancy = load_vacancies(GEORGIA, today=date(2017, 5, 13))[0]
    state = notice_state(vacancy, date(2017, 5, 13))
    assert state.closed and state.problem()
    assert not any("has passed" in w for w in state.warnings)


def test_bad_status_words_fail_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    def bad(name: str) -> Any:
        return {"markers": {"en": ["cancelled"]}, "sentences": {"en": ["(unclosed"]}}

    monkeypatch.setattr(status, "load_json_resource", bad)
    status.words.cache_clear()
    try:
        with pytest.raises(ValueError, match="bad pattern"):
            status.words()
    finally:
        status.words.cache_clear()


BANNER = (
    "As a result of the decision on the closure of the OSCE Special Monitoring Mission to "
    "Ukraine (SMM), please be informed that all SMM open recruitment processes are hereby "
    "cancelled. To see all other vacancies, please click here.\nVacancy\n"
)


def test_a_sites_banner_cancels_only_the_group_it_names() -> None:
    from secondment_desk.vacancy.status import is_cancelled

    assert not is_cancelled(BANNER + "Head of Legal Affairs, OSCE Mission in Kosovo\n")
    assert is_cancelled(BANNER + "Monitoring Officer, SMM Kyiv office\n")
    assert is_cancelled("This vacancy has been cancelled.\nLegal Officer\n")


def test_a_first_screen_of_vacancy_and_background_headings_is_read() -> None:
    text = BANNER + "Background |\nThe OSCE has a comprehensive approach to security.\n"
    (vacancy,) = parse_text(text, "first_screen.txt")
    assert vacancy.status == "partial"
