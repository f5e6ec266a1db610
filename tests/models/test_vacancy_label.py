"""One display label for a vacancy, and one name for the default form template."""

from __future__ import annotations

from pathlib import Path

from secondment_desk.documents.registry import DEFAULT_FORM, find_template
from secondment_desk.models import Vacancy
from tests.conftest import REPO


def test_the_vacancy_label_names_title_organisation_and_reference() -> None:
    full = Vacancy(title="Adviser", organization="OSCE", requisition_id="TAJ000394")
    assert full.label == "Adviser (OSCE, TAJ000394)"
    assert full.short_label == "Adviser"
    bare = Vacancy(requisition_id="TAJ000394", organization="OSCE")
    assert bare.label == "TAJ000394 (OSCE)"  # the reference is not said twice
    assert Vacancy(source_name="notice.txt").label == "notice.txt"
    assert Vacancy().label == "Untitled vacancy"


def test_the_default_form_template_is_named_once_and_ships() -> None:
    assert find_template(DEFAULT_FORM).name == DEFAULT_FORM
    literal = '"' + DEFAULT_FORM.removesuffix(".docx")
    src = REPO / "src" / "secondment_desk"
    spelled = sorted(
        str(p.relative_to(src)) for p in src.rglob("*.py") if literal in p.read_text("utf-8")
    )
    assert spelled == ["documents/registry.py"]
    assert Path(find_template(DEFAULT_FORM)).is_file()
