"""The UN P.11 and the EU CSDP application form: filled for the demo candidate with no tag
left, the fields as published, source and version in the properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document

from secondment_desk.documents import build_context, check_template, render_docx
from secondment_desk.models import Application, Profile, Vacancy
from secondment_desk.models.application import RankedPost
from secondment_desk.models.profile import LanguageSkill, Relative, SecurityClearance
from secondment_desk.profile import import_file
from secondment_desk.resources import resource_file, template_file
from tests.documents.helpers import docx_text

P11 = "un_personal_history_p11.docx"
EU = "eu_csdp_application_form.docx"


def demo() -> Profile:
    profile = import_file(resource_file("demo/profile.json"))
    profile.security_clearance = SecurityClearance(level="EU SECRET", authority="ABW")
    profile.relatives = [Relative(name="Jan Nowak", relationship="cousin", organization="UNDP")]
    return profile


@pytest.mark.parametrize("name", [P11, EU])
def test_the_template_checks_clean_and_names_its_source(name: str) -> None:
    report = check_template(template_file(name))
    assert report.ok, report
    props = Document(str(template_file(name))).core_properties
    assert props.subject and props.version and "Secondment Desk layout" in props.version


@pytest.mark.parametrize(
    ("name", "words"),
    [
        (
            P11,
            [
                "Nationality(ies) at birth",
                "Present nationality(ies)",
                "Are any of your relatives employed by a public international organization?",
                "Read",
                "Understand",
                "Starting salary (per annum)",
                "Have you ever been arrested",
                "I certify that the statements made by me",
                "Jan Nowak",
            ],
        ),
        (
            EU,
            [
                "Issuing authority",
                "EU SECRET",
                "ABW",
                "Seconding State",
                "Priority",
                "GEO ZM 12",
                "Available from",
                "shared with other CSDP missions",
            ],
        ),
    ],
)
def test_filled_for_the_demo_candidate_with_no_leftover_tags(
    tmp_path: Path, name: str, words: list[str]
) -> None:
    profile = demo()
    vacancy = Vacancy(organization="EU", title="Monitor", requisition_id="GEO ZM 12")
    app = Application(
        profile_id=profile.id,
        vacancy=vacancy,
        nominating_state="Poland",
        ranked_posts=[RankedPost(reference="GEO ZM 12", title="Monitor", location="Zugdidi")],
    )
    out = tmp_path / name
    render_docx(template_file(name), build_context(profile, vacancy, app), out)
    text = docx_text(out)
    for word in [*words, profile.personal.family_name]:
        assert word in text, word
    with zipfile.ZipFile(out) as archive:
        for part in archive.namelist():
            if part.endswith(".xml"):
                xml = archive.read(part).decode("utf-8")
                assert "{{" not in xml and "{%" not in xml and "}}" not in xml, part


def test_cefr_levels_become_easily_or_not_easily(tmp_path: Path) -> None:
    profile = demo()
    profile.languages = [
        LanguageSkill(
            language="French",
            reading="B2",
            writing="B1",
            listening="C1",
            spoken_interaction="B2",
            spoken_production="A2",
        ),
        LanguageSkill(language="Polish", mother_tongue=True),
    ]
    out = tmp_path / "p11.docx"
    render_docx(template_file(P11), build_context(profile, Vacancy()), out)
    rows = {
        row.cells[0].text: [c.text for c in row.cells[1:]]
        for table in Document(str(out)).tables
        for row in table.rows
        if row.cells[0].text in ("French", "Polish")
    }
    assert rows["French"] == ["Easily", "Not easily", "Not easily", "Easily"]
    assert rows["Polish"] == ["Easily"] * 4
