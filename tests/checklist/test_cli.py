"""``secondment-desk checklist``: headless with --profile-file, and its errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from secondment_desk.cli import main
from tests.conftest import FIXTURES, subprocess_env

VACANCY = str(FIXTURES / "checklist" / "dushanbe.vacancy.json")
PROFILE = str(FIXTURES / "checklist" / "candidate.profile.json")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["checklist", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_item_with_reason_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, VACANCY, "--profile-file", PROFILE, "--json", "--today", "2025-08-01"
    )
    assert code == 0
    data = json.loads(out)
    items = {i["id"]: i for i in data["items"]}
    assert items["notice:eligibility"]["status"] == "met"
    education = next(i for i in data["items"] if i["category"] == "education")
    assert education["status"] == "not_met"  # a BA with 6 years 11 months: 8 are needed
    assert "6 + 2 = 8" in education["reason"]
    years = next(i for i in data["items"] if i["text"].startswith("Minimum 6 years"))
    assert years["status"] == "met"
    assert {e["ref"] for e in years["evidence"]} == {"job1", "job2"}
    assert items["osce:communication"]["evidence"][0]["ref"] == "st1"
    assert data["summary"]["blockers"] == [education["id"]]


def test_markdown_and_docx_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    md, docx = tmp_path / "c.md", tmp_path / "c.docx"
    code, out, _ = _run(
        capsys, VACANCY, "--profile-file", PROFILE, "--markdown", str(md), "--docx", str(docx)
    )
    assert code == 0
    assert f"wrote {md}" in out and f"wrote {docx}" in out
    assert md.read_text(encoding="utf-8").startswith("# Checklist: ")
    assert any("Maja Lindqvist" in p.text for p in Document(str(docx)).paragraphs)


def test_plain_run_prints_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, VACANCY, "--profile-file", PROFILE)
    assert code == 0 and "## Readiness" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json", "--profile-file", PROFILE], "No such vacancy file"),
        ([VACANCY, "--profile-file", "nope.json"], "No such profile file"),
        ([VACANCY, "--profile-file", PROFILE, "--today", "tomorrow"], "not a date"),
        ([VACANCY, "--profile-file", PROFILE, "--post", "XYZ1"], "No post 'XYZ1'"),
        (["decide", VACANCY, "x", "--profile-file", PROFILE, "--status", "met"], "use --profile"),
        (["decide", VACANCY, "x", "--profile", "Maja"], "--status"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = _run(capsys, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_not_vacancy_json_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "v.json"
    bad.write_text('{"min_years_experience": "many"}', encoding="utf-8")
    code, _, err = _run(capsys, str(bad), "--profile-file", PROFILE)
    assert code == 2 and "is not vacancy JSON: min_years_experience" in err


def test_help_runs_in_a_child_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "checklist", "--help"],
        capture_output=True,
        text=True,
        check=False,
        env=subprocess_env(),
    )
    assert result.returncode == 0
    assert "--profile-file" in result.stdout and "decide" in result.stdout


def test_decide_takes_the_item_id_after_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    """The words are read in any order; without a store the decision cannot be saved."""
    code, _, err = _run(
        capsys,
        "decide",
        VACANCY,
        "--profile-file",
        PROFILE,
        "notice:eligibility",
        "--status",
        "met",
    )
    assert code == 2 and "use --profile" in err  # reached the handler: the id was accepted
