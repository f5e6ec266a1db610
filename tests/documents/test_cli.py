"""The form, template and package commands, run in-process."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from secondment_desk.cli import main
from secondment_desk.documents.package import export_package
from tests.documents.helpers import docx_text
from tests.documents.sample import LETTER, application, full_profile, vacancy


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(full_profile().model_dump(mode="json")), encoding="utf-8")
    vac = tmp_path / "vacancy.json"
    vac.write_text(json.dumps(vacancy().output_dict(include_text=True)), encoding="utf-8")
    return profile, vac


def test_form_fill_from_files(
    tmp_path: Path, inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    profile, vac = inputs
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "out" / "form.docx"
    code = main(
        [
            "form",
            "fill",
            str(vac),
            "--profile-file",
            str(profile),
            "--out",
            str(out),
            "--cover-letter",
            "--letter-file",
            str(letter),
            "--state",
            "PL",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert out.exists() and (out.parent / "form_cover_letter.docx").exists()
    text = docx_text(out)
    assert "Kovalenko-Müller" in text and "TAJ000394" in text and "Poland" in text
    assert "cover letter: 265 of 3,000 characters with spaces" in captured.err


def test_form_fill_warns_about_empty_fields(
    tmp_path: Path, inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, vac = inputs
    profile = tmp_path / "thin.json"
    profile.write_text(json.dumps({"personal": {"family_name": "Doe", "first_name": "J"}}))
    out = tmp_path / "thin.docx"
    assert main(["form", "fill", str(vac), "--profile-file", str(profile), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: the form has empty fields" in err
    assert "  Contact details: addresses, telephone, e-mail, website" in err
    assert "  Employment record: none given" in err
    assert "  References: none given, the form asks for 3" in err
    assert "profile." not in err  # words, not data paths
    assert out.exists()


def test_form_fill_bad_template_is_exit_2(
    tmp_path: Path, inputs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    profile, vac = inputs
    bogus = tmp_path / "bogus.docx"
    bogus.write_text("not a docx")
    code = main(
        [
            "form",
            "fill",
            str(vac),
            "--profile-file",
            str(profile),
            "--out",
            str(tmp_path / "o.docx"),
            "--template",
            str(bogus),
        ]
    )
    assert code == 2
    assert "not a valid zip" in capsys.readouterr().err


def test_template_check_exit_codes(
    tmp_path: Path,
    make_docx: Callable[[Path, list[str]], Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    clean = make_docx(tmp_path / "clean.docx", ["{{ profile.full_name }}"])
    assert main(["template", "check", str(clean)]) == 0
    typo = make_docx(tmp_path / "typo.docx", ["x", "{{ vacancy.titel }}"])
    assert main(["template", "check", str(typo)]) == 1
    out = capsys.readouterr().out
    assert "typo.docx: paragraph 2: unknown-name: 'vacancy.titel' is not in the data model" in out
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 nope")
    assert main(["template", "check", str(broken)]) == 2


def test_template_add_then_listed(
    tmp_path: Path,
    make_docx: Callable[[Path, list[str]], Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    mine = make_docx(tmp_path / "delegation_letter.docx", ["{{ profile.full_name }}"])
    assert main(["template", "add", str(mine)]) == 0
    assert main(["template", "list"]) == 0
    out = capsys.readouterr().out
    assert "delegation_letter" in out and "cover_letter" in out and "user" in out
    assert "OSCE Offline Application Form" in out  # shipped templates by their names


def test_a_template_is_listed_by_its_title_and_an_odd_file_by_its_name(
    tmp_path: Path, make_docx: Callable[[Path, list[str]], Path]
) -> None:
    from secondment_desk.documents.registry import TemplateInfo, list_templates

    shipped = {i.name: i.label for i in list_templates()}
    assert shipped["un_personal_history_p11.docx"] == "Personal History Profile (P.11)"
    from secondment_desk import i18n

    i18n.set_language("ru")
    try:
        russian = {i.name: i.label for i in list_templates()}
    finally:
        i18n.set_language("en")
    assert russian["osce_offline_application_form.docx"] == "Офлайн-форма заявления ОБСЕ"
    odd = tmp_path / "not_really.docx"
    odd.write_bytes(b"PK\x03\x04 broken")
    assert TemplateInfo(odd.name, odd, "form", "user").label == "not_really"
    from docx import Document

    titled = make_docx(tmp_path / "titled_form.docx", ["{{ profile.full_name }}"])
    doc = Document(str(titled))
    doc.core_properties.title = "  Delegation   nomination form "
    doc.save(str(titled))
    assert TemplateInfo(titled.name, titled, "form", "user").label == "Delegation nomination form"


def test_package_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile, vac = full_profile(), vacancy()
    pkg = tmp_path / "p.zip"
    export_package(profile, application(profile, vac), pkg, pdf=False)
    assert main(["package", "import", str(pkg), "--to", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "application_form.docx" in out and str(tmp_path / "in") in out


def test_the_template_titles_file_is_checked_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from secondment_desk import resources
    from secondment_desk.documents import registry

    real = resources.load_json_resource("template_titles.json")
    fewer = {"titles": dict(list(real["titles"].items())[1:])}
    no_russian = {"titles": {k: {"en": v["en"]} for k, v in real["titles"].items()}}
    for broken, reason in ((fewer, "no title for"), (no_russian, "needs a title in each")):
        registry.shipped_titles.cache_clear()
        monkeypatch.setattr(resources, "load_json_resource", lambda _name, b=broken: b)
        with pytest.raises(ValueError, match=reason):
            registry.shipped_titles()
    monkeypatch.undo()
    registry.shipped_titles.cache_clear()
    assert registry.shipped_titles()["cover_letter_ru.docx"]["en"] == "Cover letter (Russian)"
