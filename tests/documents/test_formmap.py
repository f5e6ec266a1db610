"""Any .docx form: fields found by their labels in every shape, filled from the profile and
read back cell by cell; a confirmed mapping remembered and used again."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document

from secondment_desk.cli import main
from secondment_desk.documents.formfill import fill_form
from secondment_desk.documents.formmap import analyse_form, normalize_label, propose_field
from secondment_desk.documents.formmemory import remember, remembered
from secondment_desk.errors import InputError
from secondment_desk.models.profile import Profile, SecurityClearance
from tests.documents.formshapes import build_russian_form, build_shapes_form
from tests.documents.sample import full_profile


@pytest.fixture
def shapes(tmp_path: Path) -> Path:
    return build_shapes_form(tmp_path / "shapes.docx")


def _profile() -> Profile:
    profile = full_profile()
    profile.security_clearance = SecurityClearance(level="EU SECRET", authority="NSA")
    profile.declarations.consent_to_share = True
    return profile


def test_labels_are_normalised_and_matched_in_three_languages() -> None:
    assert normalize_label("1. Family name (as in passport)*:") == "family name"
    assert propose_field("Surname")[0] == "personal.family_name"
    assert propose_field("Nom de famille")[0] == "personal.family_name"
    assert propose_field("Фамилия")[0] == "personal.family_name"
    assert propose_field("Date de naissance")[0] == "personal.date_of_birth"
    assert propose_field("Favourite colour")[0] is None


def test_every_shape_is_found(shapes: Path) -> None:
    form = analyse_form(shapes)
    by_id = {f.id: f for f in form.fields}
    # label left, answer right
    assert by_id["t0r0c1"].target == "personal.family_name"
    assert by_id["t0r2c1"].target == "personal.nationalities"  # "Nationalité"
    # label above
    assert [by_id[f"t1r1c{i}"].target for i in range(3)] == [
        "personal.phone",
        "address.city",
        "address.country",
    ]
    # repeating tables
    jobs = by_id["t2r0"]
    assert jobs.kind == "table" and jobs.target == "employment" and jobs.rows == 2
    assert [c.target for c in jobs.columns] == [
        "employment.start",
        "employment.end",
        "employment.title",
        "employment.employer",
    ]
    assert by_id["t3r0"].target == "languages" and by_id["t3r0"].rows == 3
    # check boxes, content controls, a paragraph label
    assert by_id["t4r0c1"].kind == "check" and by_id["t4r0c1"].options == ["yes", "no"]
    assert by_id["t4r0c1"].target == "personal.driving_licence"
    assert by_id["c0"].target == "security_clearance.level"
    assert by_id["c1"].kind == "check" and by_id["c1"].target == "declarations.consent_to_share"
    assert by_id["p8"].target == "application.nominating_state"
    assert by_id["p9"].target is None  # "Favourite colour: ____" is a place, not ours
    assert by_id["p10"].target == "declarations.certified_true"


def test_the_form_is_filled_and_read_back_cell_by_cell(shapes: Path, tmp_path: Path) -> None:
    profile = _profile()
    out = tmp_path / "filled.docx"
    result = fill_form(shapes, profile, out)
    assert result.source == "proposed"
    doc = Document(str(out))
    t = doc.tables
    p = profile.personal
    assert [c.text for c in t[0].rows[0].cells] == [
        "Family name*:",
        p.family_name,
        "First name(s):",
        p.first_name,
    ]
    assert t[0].cell(1, 1).text == "12.04.1979" and t[0].cell(2, 3).text == p.email
    assert t[0].cell(2, 1).text == ", ".join(p.nationalities)
    assert [c.text for c in t[1].rows[0].cells] == ["Telephone", "City", "Country"]
    assert [c.text for c in t[1].rows[1].cells] == [
        p.phones[0].number,
        p.addresses[0].city,
        p.addresses[0].country,
    ]
    jobs = profile.sorted_employment()
    assert len(t[2].rows) == 1 + len(jobs)  # rows added: as many as the profile has
    for row, job in zip(t[2].rows[1:], jobs, strict=True):
        assert row.cells[2].text == job.title and row.cells[3].text == job.employer
    assert t[2].cell(1, 1).text == "present" and t[2].cell(2, 0).text == (
        f"{jobs[1].start[5:]}/{jobs[1].start[:4]}"
    )
    # four languages, three empty rows: one row added, none left blank
    assert [r.cells[0].text for r in t[3].rows[1:]] == [s.language for s in profile.languages]
    assert t[3].cell(1, 1).text == profile.languages[0].reading
    assert t[4].cell(0, 1).text == ("☒ Yes   ☐ No" if p.driving_licence else "☐ Yes   ☒ No")
    assert t[4].cell(1, 1).text == "☐ Yes   ☒ No"  # never convicted
    text = "\n".join(par.text for par in doc.paragraphs)
    assert "{version 3}" in text  # the form's own text, braces and all, unchanged
    assert "☒ I certify" in text and "Favourite colour: ______" in text
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "EU SECRET" in xml and "{{" not in xml and "{%" not in xml
    assert 'w14:val="1"' in xml  # the consent check-box control is ticked
    assert "Favourite colour" in "\n".join(result.report_lines())


def test_fewer_entries_than_rows_keep_the_forms_blank_rows(shapes: Path, tmp_path: Path) -> None:
    profile = _profile()
    profile.languages = profile.languages[:1]
    out = tmp_path / "filled.docx"
    fill_form(shapes, profile, out)
    table = Document(str(out)).tables[3]
    assert len(table.rows) == 4  # the header, one language, the form's two blank rows
    assert table.cell(1, 0).text == profile.languages[0].language
    assert table.cell(2, 0).text == "" and table.cell(3, 0).text == ""


def test_a_confirmed_mapping_is_remembered_and_used_again(
    shapes: Path, tmp_path: Path, desk_home: Path
) -> None:
    form = analyse_form(shapes)
    assert remembered(form.fingerprint) is None
    mapping: dict[str, str | None] = dict(form.mapping())
    mapping["p9"] = "personal.website"  # the user's correction
    mapping["t0r0c3"] = None  # and a place they want left empty
    remember(form.fingerprint, form.name, mapping)
    copy = tmp_path / "same-form-another-copy.docx"
    copy.write_bytes(shapes.read_bytes())
    profile = _profile()
    result = fill_form(copy, profile, tmp_path / "again.docx")
    assert result.source == "remembered"
    doc = Document(str(tmp_path / "again.docx"))
    text = "\n".join(par.text for par in doc.paragraphs)
    assert f"Favourite colour: {profile.personal.website}" in text
    assert doc.tables[0].cell(0, 3).text == ""
    stored = (desk_home / "form_mappings.json").read_text("utf-8")
    assert profile.personal.family_name not in stored and "p9" in stored


def test_a_russian_form(tmp_path: Path) -> None:
    form_path = build_russian_form(tmp_path / "ru.docx")
    out = tmp_path / "ru-filled.docx"
    fill_form(form_path, _profile(), out)
    cells = [[c.text for c in row.cells] for row in Document(str(out)).tables[0].rows]
    assert cells[0] == ["Фамилия", "Kovalenko-Müller"] and cells[2][1] == "Poland, Ukraine"


def test_a_wrong_mapping_is_one_clear_error(shapes: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a profile field that fits"):
        fill_form(shapes, _profile(), tmp_path / "x.docx", mapping={"t4r0c1": "personal.email"})
    with pytest.raises(InputError, match="has no field"):
        fill_form(shapes, _profile(), tmp_path / "x.docx", mapping={"zzz": "personal.email"})


def test_cli_form_map_and_fill(
    shapes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], desk_home: Path
) -> None:
    assert main(["form", "map", str(shapes)]) == 0
    out = capsys.readouterr().out
    assert "t0r0c1" in out and "personal.family_name" in out and "Favourite colour" in out
    mapping = tmp_path / "mapping.json"
    assert main(["form", "map", str(shapes), "--json", str(mapping)]) == 0
    data = json.loads(mapping.read_text("utf-8"))
    data["fields"]["p9"] = "personal.website"
    mapping.write_text(json.dumps(data), "utf-8")
    assert main(["form", "map", str(shapes), "--mapping", str(mapping), "--confirm"]) == 0
    capsys.readouterr()
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(_profile().model_dump(mode="json")), encoding="utf-8")
    filled = tmp_path / "filled.docx"
    code = main(
        [
            *("form", "fill", "--form", str(shapes)),
            *("--profile-file", str(profile), "--out", str(filled)),
        ]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "remembered" in err
    text = "\n".join(p.text for p in Document(str(filled)).paragraphs)
    assert "Favourite colour: https://" in text
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", "utf-8")
    assert main(["form", "map", str(bad)]) == 2
    assert "not a .docx" in capsys.readouterr().err
