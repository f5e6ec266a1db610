"""The fields the UN P.11 and EU CSDP forms ask: defaults let old records load, they survive
the store and a JSON Resume round trip, and the model refuses nonsense in them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from secondment_desk.errors import ValidationFailed
from secondment_desk.models.profile import (
    Dependant,
    Employment,
    Personal,
    Profile,
    Relative,
    SecurityClearance,
    profile_from_data,
)
from secondment_desk.profile import export_jsonresume, import_file
from secondment_desk.profile.desk_extension import EXT
from secondment_desk.store import create_store


def form_profile() -> Profile:
    return Profile(
        personal=Personal(
            family_name="Novak",
            first_name="Ivo",
            nationalities=["Croatia"],
            nationalities_at_birth=["Yugoslavia"],
            marital_status="married",
            dependants=[Dependant(name="Ana Novak", relationship="daughter")],
        ),
        employment=[
            Employment(
                start="2019-01",
                title="Adviser",
                employer="Ministry of the Interior",
                salary_start=41000,
                salary_end=52000,
                salary_currency="EUR",
                civil_servant=True,
                un_common_system=False,
            )
        ],
        relatives=[Relative(name="Marko Novak", relationship="brother", organization="UNDP")],
        security_clearance=SecurityClearance(
            level="EU SECRET",
            authority="Office of the National Security Council",
            expiry=date(2028, 5, 31),
        ),
    )


def test_an_old_record_without_the_new_fields_loads() -> None:
    old = {
        "id": "abc",
        "personal": {"family_name": "Doe", "first_name": "Jane"},
        "employment": [{"id": "j1", "start": "2010-01", "title": "Officer"}],
    }
    p = profile_from_data(old)
    assert p.personal.nationalities_at_birth == [] and p.personal.marital_status == ""
    assert p.relatives == [] and p.security_clearance.level == ""
    assert p.employment[0].salary_start is None and p.employment[0].civil_servant is None
    assert p.declarations.consent_to_share is None and p.availability.shorter_assignment is None


def test_nonsense_is_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationFailed, match="marital_status"):
        profile_from_data(
            {"personal": {"family_name": "D", "first_name": "J", "marital_status": "x"}}
        )
    with pytest.raises(ValidationFailed, match="salary_start"):
        profile_from_data(
            {
                "personal": {"family_name": "D", "first_name": "J"},
                "employment": [{"start": "2010-01", "title": "O", "salary_start": -5}],
            }
        )


def test_the_store_keeps_them(desk_home: Path) -> None:
    profile = form_profile()
    with create_store(desk_home, "passphrase", "a long passphrase") as store:
        store.profiles.save(profile)
        assert store.profiles.get(profile.id) == profile


def test_json_resume_round_trip_keeps_them(tmp_path: Path) -> None:
    profile = form_profile()
    out = export_jsonresume(profile)
    assert out["basics"][EXT]["security_clearance"]["level"] == "EU SECRET"
    assert out["work"][0][EXT] == {
        "salary_start": 41000,
        "salary_end": 52000,
        "salary_currency": "EUR",
        "civil_servant": True,
        "un_common_system": False,
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(out), encoding="utf-8")
    back = import_file(path)
    assert back.personal.nationalities_at_birth == ["Yugoslavia"]
    assert back.personal.dependants == profile.personal.dependants
    assert back.relatives == profile.relatives
    assert back.security_clearance == profile.security_clearance
    job = back.employment[0]
    assert (job.salary_start, job.salary_end, job.salary_currency) == (41000, 52000, "EUR")
    assert job.civil_servant is True and job.un_common_system is False
    assert export_jsonresume(back) == out


def test_cli_profile_set(
    desk_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from secondment_desk.cli import main
    from tests.conftest import FIXTURES

    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", "correct horse battery staple")
    assert main(["profile", "import", str(FIXTURES / "profiles" / "europass_kovacs.xml")]) == 0
    name = "Márton Kovács"
    for path, value in [
        ("security_clearance.level", "EU SECRET"),
        ("security_clearance.authority", "National Security Authority"),
        ("security_clearance.expiry", "2028-05-31"),
        ("personal.marital_status", "married"),
        ("personal.nationalities_at_birth", "Hungary, Romania"),
        ("employment.0.salary_end", "52,000"),
        ("employment.0.salary_currency", "EUR"),
        ("employment.0.civil_servant", "yes"),
        ("declarations.consent_to_share", "yes"),
        ("availability.shorter_assignment", "no"),
        ("relatives", '[{"name": "Eva Kovács", "organization": "UNHCR"}]'),
    ]:
        assert main(["profile", "set", name, path, value]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["profile", "show", name]) == 0
    shown = capsys.readouterr().out
    assert "Security clearance: EU SECRET (National Security Authority), until 2028-05-31" in shown
    assert "Nationality at birth: Hungary, Romania" in shown and "Eva Kovács (UNHCR)" in shown
    assert main(["profile", "show", name, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)["profile"]
    job = data["employment"][0]
    assert job["salary_end"] == 52000 and job["civil_servant"] is True
    assert data["declarations"]["consent_to_share"] is True
    assert data["availability"]["shorter_assignment"] is False
    # Wrong values: one line, exit 2, nothing saved.
    assert main(["profile", "set", name, "personal.marital_status", "complicated"]) == 2
    assert main(["profile", "set", name, "employment.9.title", "x"]) == 2
    assert main(["profile", "set", name, "personal.shoe_size", "44"]) == 2
    err = capsys.readouterr().err
    assert "marital_status" in err and "no entry 9" in err and "no field" in err
    assert "Traceback" not in err
