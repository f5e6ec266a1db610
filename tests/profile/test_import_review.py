"""What an import leaves to the user (issue 15): the same person again (update / keep both /
fail), the facts still needed, management proposed but never set, one-name persons, and a
reference's relation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.cli import main
from secondment_desk.profile import import_jsonresume
from secondment_desk.profile.review import (
    confirm_management,
    management_proposals,
    merge_into,
    missing_facts,
    reference_relation,
    same_person,
)

PASS = "correct horse battery staple"

RESUME: dict[str, Any] = {
    "basics": {"name": "Sukarno", "email": "sukarno@example.org"},
    "work": [
        {
            "name": "UNDP",
            "position": "Programme Manager",
            "startDate": "2018-01",
            "endDate": "2021-06",
            "summary": "Led a team of 7 national officers.",
        },
        {"name": "Bina Foundation", "position": "CEO/President", "startDate": "2021-07"},
        {
            "name": "Ministry",
            "position": "Analyst",
            "startDate": "2015-01",
            "endDate": "2017-12",
            "summary": "Wrote reports.",
        },
    ],
    "references": [
        {"name": "Jane Doe", "reference": "Former supervisor at UNDP"},
        {"name": "Ali Khan", "reference": "Sukarno always delivers on time, a great colleague."},
    ],
}


@pytest.fixture(autouse=True)
def headless_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "sukarno.json"
    path.write_text(json.dumps(RESUME), encoding="utf-8")
    return path


def _ids(capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["profile", "list"]) == 0
    return [line.split()[0] for line in capsys.readouterr().out.splitlines()]


def test_a_person_with_one_name_imports_with_the_family_name_alone() -> None:
    profile = import_jsonresume(RESUME)
    assert profile.personal.first_name == "" and profile.personal.family_name == "Sukarno"
    assert profile.name == "Sukarno"


def test_managing_people_is_proposed_never_set() -> None:
    profile = import_jsonresume(RESUME)
    assert not any(job.management for job in profile.employment)
    assert profile.experience_years(management=True) == 0
    proposals = management_proposals(profile)
    assert [(p.number, p.title, p.staff) for p in proposals] == [
        (1, "Programme Manager", 7),
        (2, "CEO/President", None),
    ]
    assert "Led a team of 7" in proposals[0].because
    changed = confirm_management(profile, [proposals[0].job_id])
    assert changed == ["Programme Manager"]
    job = profile.employment[0]
    assert job.management and job.staff_supervised == 7
    assert [p.title for p in management_proposals(profile)] == ["CEO/President"]


def test_a_description_alone_can_propose_management() -> None:
    data = {
        "basics": {"name": "Ana Lima"},
        "work": [
            {
                "position": "Field Officer",
                "startDate": "2019",
                "summary": "Supervised 12 staff in three offices.",
            }
        ],
    }
    (proposal,) = management_proposals(import_jsonresume(data))
    assert proposal.staff == 12 and "Supervised 12 staff" in proposal.because


def test_a_reference_relation_is_read_and_a_testimonial_is_not() -> None:
    profile = import_jsonresume(RESUME)
    jane, ali = profile.references
    assert (jane.relationship, jane.organization) == ("Former supervisor", "UNDP")
    assert (ali.relationship, ali.organization) == ("", "")
    assert reference_relation("Line manager at the OSCE Mission to Skopje") == (
        "Line manager",
        "OSCE Mission to Skopje",
    )
    assert reference_relation("colleague") == ("Colleague", "")


def test_the_facts_still_needed_are_listed() -> None:
    missing = missing_facts(import_jsonresume(RESUME))
    for fact in ("nationality", "date of birth", "gender"):
        assert fact in missing
    assert "employment" not in missing and "e-mail" not in missing


def test_same_person_by_email_or_by_name_and_birth_date() -> None:
    a = import_jsonresume(RESUME)
    b = import_jsonresume({**RESUME, "basics": {"name": "Sukarno"}})
    assert same_person(a, b)  # same name, no birth date on either
    b.personal.date_of_birth = a.personal.date_of_birth = None
    from datetime import date

    b.personal.date_of_birth = date(1970, 1, 1)
    assert not same_person(a, b)  # same name, but another birth date, no shared e-mail
    c = import_jsonresume(
        {**RESUME, "basics": {"name": "Bung Karno", "email": "SUKARNO@example.org"}}
    )
    assert same_person(a, c)


def test_update_keeps_the_id_and_what_the_file_does_not_state() -> None:
    stored = import_jsonresume(RESUME)
    stored.personal.nationalities = ["Indonesia"]
    stored.employment[0].management = True
    again = import_jsonresume(RESUME)
    merged = merge_into(stored, again)
    assert merged.id == stored.id
    assert merged.personal.nationalities == ["Indonesia"]
    assert merged.employment[0].management and merged.employment[0].id == stored.employment[0].id


def test_cli_import_says_what_is_missing_and_proposes_management(
    resume: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "import", str(resume)]) == 0
    out = capsys.readouterr().out
    assert "Imported Sukarno" in out
    assert "Still needed by the forms and the checklist: nationality, date of birth, gender" in out
    assert "1. Programme Manager, UNDP" in out and "(7 people)" in out
    assert "2. CEO/President" in out and "confirm-management" in out
    (profile_id,) = _ids(capsys)
    assert main(["profile", "confirm-management", profile_id, "1"]) == 0
    assert "Programme Manager: counted as management experience." in capsys.readouterr().out
    assert main(["profile", "show", profile_id]) == 0
    assert "3.5 at management level" in capsys.readouterr().out
    assert main(["profile", "confirm-management", profile_id, "9"]) == 2
    assert "No management proposal numbered 9" in capsys.readouterr().err


def test_duplicate_import_fails_by_default_without_a_terminal(
    resume: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "import", str(resume)]) == 0
    assert main(["profile", "import", str(resume)]) == 2
    err = capsys.readouterr().err
    assert "already stored" in err and "--on-duplicate" in err and err.count("\n") == 1
    assert len(_ids(capsys)) == 1
    assert main(["profile", "import", str(resume), "--on-duplicate", "fail"]) == 2
    assert len(_ids(capsys)) == 1


def test_duplicate_import_updates_that_profile(
    resume: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "import", str(resume)]) == 0
    (first,) = _ids(capsys)
    changed = {**RESUME, "basics": {**RESUME["basics"], "phone": "+62 21 555 0100"}}
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(changed), encoding="utf-8")
    assert main(["profile", "import", str(newer), "--on-duplicate", "update"]) == 0
    assert f"Updated Sukarno (id {first})" in capsys.readouterr().out
    assert _ids(capsys) == [first]
    assert main(["profile", "show", first]) == 0
    assert "+62 21 555 0100" in capsys.readouterr().out


def test_duplicate_import_keeps_both(resume: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["profile", "import", str(resume)]) == 0
    assert main(["profile", "import", str(resume), "--on-duplicate", "new"]) == 0
    assert len(set(_ids(capsys))) == 2


def test_duplicate_import_asks_in_a_terminal(
    resume: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["profile", "import", str(resume)]) == 0
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["", "k"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    assert main(["profile", "import", str(resume)]) == 0  # Enter: cancel
    assert "Nothing was imported." in capsys.readouterr().out
    assert len(_ids(capsys)) == 1
    assert main(["profile", "import", str(resume)]) == 0  # k: keep both
    assert len(_ids(capsys)) == 2
