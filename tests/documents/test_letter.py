"""The cover letter: the user's text is the letter, its limit follows the organisation (or the
call), and an empty letter is refused before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondment_desk.cli import main
from secondment_desk.documents import letter_limit
from secondment_desk.documents.letter import has_closing, has_salutation, stated_limit
from secondment_desk.documents.package import EmptyLetterError, fill_documents
from secondment_desk.models import Vacancy
from tests.documents.sample import full_profile, vacancy


@pytest.mark.parametrize(
    ("organization", "text", "limit"),
    [
        ("OSCE", "", 3000),
        ("UN", "", 2000),
        ("EU", "", None),
        (
            "EU",
            "Applicants shall submit a motivation letter of maximum 2,500 characters.",
            2500,
        ),
        ("EU", "Max. 4000 characters for the motivation letter, please.", 4000),
    ],
)
def test_the_limit_follows_the_organisation_or_the_call(
    organization: str, text: str, limit: int | None
) -> None:
    assert letter_limit(Vacancy(organization=organization, text=text)) == limit


def test_no_stated_limit_in_ordinary_text() -> None:
    assert stated_limit("The mission has 300 staff and 2,000 vehicles.") is None


def test_salutation_and_closing_are_recognised() -> None:
    assert has_salutation(["Dear Ms Novak,", "I apply."])
    assert has_salutation(["Уважаемый господин посол!"])
    assert not has_salutation(["I apply for the post."])
    assert has_closing(["I apply.", "Yours sincerely,\nJane Doe"])
    assert has_closing(["Я подаю заявку.", "С уважением,", "Анна"])
    assert not has_closing(["I apply.", "I am sincerely interested."])


def test_an_empty_letter_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(EmptyLetterError, match="cover letter is empty"):
        fill_documents(full_profile(), vacancy(), out, cover_letter="  \n ", with_letter=True)
    assert not out.exists() or not list(out.iterdir())


def test_cli_empty_letter_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(full_profile().model_dump(mode="json")), encoding="utf-8")
    vac = tmp_path / "vacancy.json"
    vac.write_text(json.dumps(vacancy().output_dict(include_text=True)), encoding="utf-8")
    out = tmp_path / "form.docx"
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
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "cover letter is empty" in err and "Traceback" not in err
    assert not out.exists() and not (tmp_path / "form_cover_letter.docx").exists()


def test_cli_reports_the_un_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(full_profile().model_dump(mode="json")), encoding="utf-8")
    un = vacancy().model_copy(update={"organization": "UN"})
    vac = tmp_path / "vacancy.json"
    vac.write_text(json.dumps(un.output_dict(include_text=True)), encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Sir,\n\n" + "x" * 2100, encoding="utf-8")
    out = tmp_path / "form.docx"
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
            "--other-organisation-form",
        ]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "of 2,000 characters" in err and "over the limit of 2,000" in err
