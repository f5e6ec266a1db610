"""A header line that is one of the organisation's named fields of expertise is the job field
(organisations/osce/recognition.json 'job_fields'): vacancies.osce.org prints its folder icon
over 'Political Affairs' with no label."""

from __future__ import annotations

from secondment_desk.vacancy import parse_text

_BODY = (
    "Background:\nThe OSCE has a comprehensive approach to security. The OSCE Mission to "
    "Skopje is a field operation.\nTasks and Responsibilities:\nUnder the supervision of the "
    "Head of Mission, the incumbent drafts reports.\nPlease apply online no later than "
    "12 March 2026.\n"
)


def _field(head: str) -> str | None:
    (vacancy,) = parse_text(head + _BODY)
    return vacancy.job_field


def test_a_bare_field_line_in_the_header_is_the_job_field() -> None:
    head = (
        "Chief, Policy Unit (STA)\n\n\U0001f4c1\nPolitical Affairs\n"
        "\U0001f4c5\nSKP000195 Requisition #\n\n"
    )
    assert _field(head) == "Political Affairs"
    assert _field(head.replace("Political Affairs", "Rule of Law")) == "Rule of Law"


def test_a_line_that_names_no_field_or_stands_past_the_header_is_not_read() -> None:
    assert _field("Chief, Policy Unit (STA)\n\nPolitical Reporting\n\n") is None
    assert (
        _field("Chief, Policy Unit (STA)\n\n" + "Intro line.\n" * 40 + "Political Affairs\n")
        is None
    )


def test_a_label_still_wins_over_a_bare_field_line() -> None:
    head = "Chief, Policy Unit\nPolitical Affairs\nField of expertise: Military Affairs\n\n"
    assert _field(head) == "Military Affairs"
