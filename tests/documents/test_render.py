"""Filling the shipped templates: every value present, escaping, empty fields, the letter."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.documents import (
    build_context,
    check_template,
    empty_fields,
    model_context,
    render_docx,
)
from secondment_desk.errors import TemplateError
from secondment_desk.models import Profile
from secondment_desk.models.profile import Personal
from secondment_desk.resources import template_file
from tests.documents.helpers import docx_text
from tests.documents.sample import (
    HOSTILE_TEXT,
    LETTER,
    application,
    checklist_items,
    full_profile,
    vacancy,
)

FORM = "osce_offline_application_form.docx"
SHIPPED = [FORM, "cover_letter_en.docx", "cover_letter_ru.docx", "checklist_report.docx"]


def _ym(value: str) -> str:
    return f"{value[5:]}/{value[:4]}"


def expected_values(profile: Profile) -> list[str]:
    """The text every filled field must show in the form, as the form formats it."""
    p = profile.personal
    values: list[str] = [
        p.family_name,
        p.first_name,
        p.middle_name,
        *p.former_names,
        p.place_of_birth,
        p.country_of_birth,
        *p.nationalities,
        *p.permanent_residences,
        p.email,
        p.website,
        p.previous_io_index_number,
        p.gender.capitalize(),
        p.date_of_birth.strftime("%d.%m.%Y") if p.date_of_birth else "",
        profile.summary,
        profile.other_information,
        *profile.computer_skills,
    ]
    for a in p.addresses:
        values += [a.street, a.city, a.postal_code, a.region, a.country, a.kind.capitalize()]
    for ph in p.phones:
        values += [f"{ph.number} ({ph.kind})"]
    for e in profile.education:
        values += [e.institution, e.place, e.country, e.degree, e.field]
        values += [_ym(e.start or ""), _ym(e.end or ""), (e.level or "").capitalize()]
    for t in profile.training:
        values += [t.title, t.provider, _ym(t.date or ""), t.duration]
    for lang in profile.languages:
        values += [lang.language, *lang.certificates]
        values += [v for v in lang.levels().values() if v]
    for job in profile.employment:
        values += [
            job.title,
            job.grade,
            job.employer,
            job.place,
            job.country,
            job.business_type,
            job.supervisor_name,
            job.supervisor_contact,
            str(job.staff_supervised),
            job.duties,
            job.achievements,
            job.reason_for_leaving,
            _ym(job.start),
            _ym(job.end) if job.end else "Present",
        ]
    for r in profile.references:
        values += [r.name, r.relationship, r.position, r.organization, r.email, r.phone]
        values += [r.address]
    for m in profile.memberships:
        values += [m.organization, m.role, _ym(m.since or "")]
    for pub in profile.publications:
        values += [pub.title, pub.publisher, _ym(pub.date or ""), pub.url, pub.authors]
    for ms in profile.military_service:
        values += [ms.country, ms.branch, ms.rank, ms.details, _ym(ms.start or "")]
        values += [_ym(ms.end or "")]
    d, av = profile.declarations, profile.availability
    values += [d.conviction_details, d.relatives_details, av.notes, str(av.notice_period_weeks)]
    values += [av.earliest_start.strftime("%d.%m.%Y") if av.earliest_start else ""]
    return [v for v in values if v]


@pytest.fixture(scope="module")
def filled_form(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Profile]:
    profile, vac = full_profile(), vacancy()
    assert len(profile.employment) == 12 and len(profile.languages) == 4
    ctx = build_context(profile, vac, application(profile, vac, LETTER), checklist_items())
    out = tmp_path_factory.mktemp("form") / "form.docx"
    render_docx(template_file(FORM), ctx, out)
    return docx_text(out), profile


def test_form_holds_every_value_of_a_full_profile(filled_form: tuple[str, Profile]) -> None:
    text, profile = filled_form
    missing = [v for v in expected_values(profile) if v not in text]
    assert missing == []
    for leftover in ("{{", "{%", "}}", "%}"):
        assert leftover not in text.replace(HOSTILE_TEXT, "")
    assert HOSTILE_TEXT in text  # tag-like text in a value stays text


def test_form_lists_jobs_newest_first_with_vacancy_block(filled_form: tuple[str, Profile]) -> None:
    text, _ = filled_form
    positions = [text.index(f"Job title {i:02d} ") for i in range(11, -1, -1)]
    assert positions == sorted(positions)
    assert "Post 1 of 12" in text and "Post 12 of 12" in text
    for value in ("TAJ000394", "Politico-Military Officer", "Dushanbe", "Poland", "01.08.2025"):
        assert value in text
    assert "☒  I certify" in text


def test_shipped_templates_pass_the_check() -> None:
    for name in SHIPPED:
        report = check_template(template_file(name))
        assert report.problems == [], (name, [f.line() for f in report.problems])
        assert report.names, name


def test_empty_profile_still_gets_a_form_and_warnings(tmp_path: Path) -> None:
    profile = Profile(personal=Personal(family_name="Doe", first_name="Jane"))
    ctx = build_context(profile, vacancy())
    out = tmp_path / "form.docx"
    render_docx(template_file(FORM), ctx, out)
    text = docx_text(out)
    assert "Doe" in text and "No employment entered." in text and "{{" not in text
    empty = empty_fields(template_file(FORM), ctx)
    for field in (
        "profile.personal.email",
        "profile.employment",
        "profile.languages",
        "application.nominating_state",
    ):
        assert field in empty
    assert "profile.personal.family_name" not in empty


def test_partly_empty_job_is_named_by_index(tmp_path: Path) -> None:
    profile = full_profile()
    profile.employment[0].achievements = ""
    ctx = build_context(profile, vacancy())
    empty = empty_fields(template_file(FORM), ctx)
    newest_first = [j.id for j in profile.sorted_employment()]
    index = newest_first.index(profile.employment[0].id)
    assert f"profile.employment[{index}].achievements" in empty


def test_special_characters_render_as_text(tmp_path: Path) -> None:
    profile = full_profile()
    profile.personal.family_name = 'O\'Brien & <Søn> "Ж"'
    profile.summary = "Line one\nLine two ā ē ī"
    ctx = build_context(profile, vacancy())
    out = tmp_path / "form.docx"
    render_docx(template_file(FORM), ctx, out)
    text = docx_text(out)
    assert 'O\'Brien & <Søn> "Ж"' in text
    assert "Line one" in text and "Line two ā ē ī" in text


def test_control_characters_are_dropped_not_corrupting(tmp_path: Path) -> None:
    profile = full_profile()
    profile.summary = "bell\x07 and nul\x00 here"
    ctx = build_context(profile, vacancy())
    out = tmp_path / "form.docx"
    render_docx(template_file(FORM), ctx, out)
    assert "bell and nul here" in docx_text(out)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("cover_letter_en.docx", ["Dear Sir or Madam,", "Yours faithfully,", "ref. TAJ"]),
        ("cover_letter_ru.docx", ["Уважаемые дамы и господа!", "С уважением,", "ноября"]),
    ],
)
def test_cover_letters(tmp_path: Path, name: str, words: list[str]) -> None:
    profile, vac = full_profile(), vacancy()
    ctx = build_context(profile, vac, application(profile, vac, LETTER), today=date(2025, 11, 3))
    assert ctx["cover_letter"]["characters"] == len(LETTER) == 265
    out = tmp_path / name
    render_docx(template_file(name), ctx, out)
    text = docx_text(out)
    for word in [*words, "Zoë and Ødegård", "<security>", "Я свободно владею"]:
        assert word in text
    assert text.count(words[0]) == 1 and text.count(words[1]) == 1
    # No counter anywhere in the document: the count is the app's, not the letter's.
    assert "265" not in text and "3,000" not in text and "3 000" not in text


OWN_LETTER = (
    "Dear Ms Novak,\n\nI apply for the post of Politico-Military Officer.\n\n"
    "My record fits the post.\n\nYours sincerely,\nŁucja Kovalenko"
)


@pytest.mark.parametrize("name", ["cover_letter_en.docx", "cover_letter_ru.docx"])
def test_the_users_text_is_the_letter(tmp_path: Path, name: str) -> None:
    """A letter with its own salutation and closing gets no second one from the template."""
    profile, vac = full_profile(), vacancy()
    ctx = build_context(profile, vac, cover_letter=OWN_LETTER)
    assert ctx["cover_letter"]["has_salutation"] and ctx["cover_letter"]["has_closing"]
    out = tmp_path / name
    render_docx(template_file(name), ctx, out)
    text = docx_text(out)
    assert text.count("Dear") == 1 and "Dear Sir or Madam" not in text
    assert "Уважаемые дамы" not in text and "С уважением" not in text
    assert text.count("Yours") == 1 and "Yours faithfully" not in text
    assert "Yours sincerely,\nŁucja Kovalenko" in text  # the closing keeps its own lines


def test_letter_paragraphs_are_left_aligned(tmp_path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    profile, vac = full_profile(), vacancy()
    out = tmp_path / "letter.docx"
    render_docx(
        template_file("cover_letter_en.docx"),
        build_context(profile, vac, cover_letter=OWN_LETTER),
        out,
    )
    body = [p for p in Document(str(out)).paragraphs if "My record" in p.text or "Yours" in p.text]
    assert body and all(p.alignment in (None, WD_ALIGN_PARAGRAPH.LEFT) for p in body), [
        p.alignment for p in body
    ]


def test_cover_letter_over_the_limit_is_a_warning_not_text(tmp_path: Path) -> None:
    profile, vac = full_profile(), vacancy()
    ctx = build_context(profile, vac, cover_letter="x" * 120, cover_letter_limit=100)
    assert ctx["cover_letter"]["over_limit"] and ctx["cover_letter"]["over_by"] == 20
    out = tmp_path / "letter.docx"
    render_docx(template_file("cover_letter_en.docx"), ctx, out)
    assert "OVER THE LIMIT" not in docx_text(out)


def test_checklist_report(tmp_path: Path) -> None:
    profile, vac = full_profile(), vacancy()
    ctx = build_context(profile, vac, application(profile, vac), checklist_items())
    out = tmp_path / "report.docx"
    render_docx(template_file("checklist_report.docx"), ctx, out)
    text = docx_text(out)
    for item in checklist_items():
        assert item.text in text
    assert "Not met" in text and "Check the 2009 post" in text and "MA International" in text


def test_context_holds_every_model_field() -> None:
    ctx = model_context()
    assert set(ctx) == {
        *("profile", "vacancy", "application", "checklist", "cover_letter", "organisation"),
        "today",
    }
    personal: dict[str, Any] = ctx["profile"]["personal"]
    assert personal["middle_name"] == "" and personal["date_of_birth"] == ""
    assert set(Personal.model_fields) <= set(personal)
    assert set(Profile.model_fields) <= set(ctx["profile"])
    assert "text" not in ctx["vacancy"]


def test_unknown_name_is_an_error_naming_it(tmp_path: Path, make_docx: Any) -> None:
    template = make_docx(tmp_path / "typo.docx", ["Hello {{ profile.personal.frist_name }}"])
    with pytest.raises(TemplateError, match="frist_name"):
        render_docx(template, model_context(), tmp_path / "out.docx")
