"""Empty fields told by form section, in words."""

from __future__ import annotations

from datetime import date
from typing import Any

from secondment_desk.documents import build_context, empty_fields
from secondment_desk.documents.gaps import (
    REFERENCES_ASKED,
    describe_empty_fields,
    group_empty_fields,
    report_lines,
)
from secondment_desk.documents.package import fill_documents
from secondment_desk.models import Profile, Vacancy
from secondment_desk.models.profile import Employment, LanguageSkill, Personal, Reference
from secondment_desk.resources import template_file

FORM = "osce_offline_application_form.docx"


def _thin_profile() -> Profile:
    jobs = [
        Employment(start="2021-01", title="Adviser", employer="A"),
        Employment(start="2015-01", end="2020-12", title="Officer", employer="B",
                   supervisor_name="Z. Ørsted", supervisor_contact="z@example.org",
                   reason_for_leaving="Contract ended", may_contact=True),
        Employment(start="2010-01", end="2014-12", title="Clerk", employer="C"),
    ]  # fmt: skip
    return Profile(
        personal=Personal(family_name="Doe", first_name="Jane"),
        employment=jobs,
        references=[Reference(name="R One"), Reference(name="R Two")],
    )


def _context(profile: Profile) -> dict[str, Any]:
    return build_context(profile, Vacancy(title="Officer"), today=date(2025, 1, 1))


def _lines(profile: Profile) -> dict[str, str]:
    ctx = _context(profile)
    raw = empty_fields(template_file(FORM), ctx)
    lines = describe_empty_fields(raw, ctx, references_asked=REFERENCES_ASKED)
    return dict(line.split(": ", 1) for line in lines)


def test_sections_in_form_order_and_in_words() -> None:
    lines = _lines(_thin_profile())
    sections = list(lines)
    assert sections.index("Vacancy") < sections.index("Personal data")
    assert sections.index("Personal data") < sections.index("Employment record")
    assert sections.index("Employment record") < sections.index("References")
    assert "date of birth, place of birth" in lines["Personal data"]
    assert "e-mail" in lines["Contact details"]
    assert all("profile." not in text and "_" not in text for text in lines.values())


def test_jobs_are_counted_and_fields_missing_alike_told_together() -> None:
    jobs = _lines(_thin_profile())["Employment record"]
    # Jobs are numbered newest first, as on the form: no. 1 (current) and no. 3 lack them.
    assert "supervisor's name and contact missing in 2 of 3 jobs (no. 1, 3)" in jobs
    assert "may-we-contact not answered in 2 of 3 jobs (no. 1, 3)" in jobs
    assert "duties, achievements missing in 3 of 3 jobs" in jobs
    # The current job has no reason for leaving to give; the old one without one is told.
    assert "reason for leaving missing in 1 of 3 jobs (no. 3)" in jobs


def test_references_short_of_what_the_form_asks() -> None:
    refs = _lines(_thin_profile())["References"]
    assert refs.startswith("2 given, the form asks for 3")
    assert "missing in 2 of 2 references" in refs
    none = _lines(Profile(personal=Personal(family_name="Doe", first_name="J")))
    assert none["References"] == "none given, the form asks for 3"
    assert none["Employment record"] == "none given"


def test_a_detail_is_asked_only_after_a_yes() -> None:
    ctx = _context(_thin_profile())
    raw = ["profile.declarations.conviction_details", "profile.personal.previous_io_index_number"]
    assert group_empty_fields(raw, ctx) == []
    ctx["profile"]["declarations"]["convicted"] = True
    (group,) = group_empty_fields(raw, ctx)
    assert group.line() == "Eligibility questions: details of the conviction"


def test_a_mother_tongue_needs_no_level_per_skill() -> None:
    profile = _thin_profile()
    profile.languages = [
        LanguageSkill(language="Norwegian", mother_tongue=True),
        LanguageSkill(language="Russian", reading="B2"),
    ]
    lines = _lines(profile)
    assert "Languages" in lines
    assert "in 1 of 2 languages (no. 2)" in lines["Languages"]
    assert "no. 1" not in lines["Languages"]


def test_unknown_paths_are_kept_in_words() -> None:
    (group,) = group_empty_fields(["extra.cost_centre"], {})
    assert group.line() == "Other: cost centre"


def test_full_profile_has_no_report() -> None:
    from tests.documents.sample import full_profile

    ctx = _context(full_profile())
    raw = empty_fields(template_file(FORM), ctx)
    groups = group_empty_fields(raw, ctx, references_asked=REFERENCES_ASKED)
    assert {g.section for g in groups} <= {"Vacancy"}, [g.line() for g in groups]
    assert report_lines([]) == []


def test_fill_documents_hands_both_raw_paths_and_groups(tmp_path: Any) -> None:
    filled = fill_documents(
        _thin_profile(), Vacancy(title="Officer"), tmp_path, with_letter=False,
        with_report=False, pdf=False,
    )  # fmt: skip
    assert "profile.employment[0].supervisor_name" in filled.empty_fields
    lines = report_lines(filled.empty_groups)
    assert lines[0].startswith("the form has empty fields")
    assert any(line.startswith("  References: 2 given, the form asks for 3") for line in lines)
