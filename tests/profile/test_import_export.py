from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from secondment_desk.errors import InputError, ValidationFailed
from secondment_desk.models.education import EducationLevel
from secondment_desk.profile import export_full, export_jsonresume, import_file
from secondment_desk.store import create_store
from tests.conftest import FIXTURES

PROFILES = FIXTURES / "profiles"
JSONRESUME = PROFILES / "jsonresume_petrova.json"


def test_jsonresume_round_trip_through_the_store_keeps_every_field(desk_home: Path) -> None:
    original = json.loads(JSONRESUME.read_text("utf-8"))
    profile = import_file(JSONRESUME)
    with create_store(desk_home, "passphrase", "a long passphrase") as store:
        store.profiles.save(profile)
    with create_store(desk_home / "x", "passphrase", "a long passphrase") as other:
        other.profiles.save(profile)
        stored = other.profiles.get(profile.id)
    assert export_jsonresume(stored) == original


def test_jsonresume_maps_onto_the_model() -> None:
    p = import_file(JSONRESUME)
    assert (p.personal.first_name, p.personal.middle_name, p.personal.family_name) == (
        "Anna",
        "Ivanova",
        "Petrova",
    )
    assert p.personal.addresses[0].country == "Bulgaria"
    assert p.employment[0].end is None and p.employment[0].start == "2021-03"
    assert p.employment[2].start == "2013-01"
    assert p.education[0].level == EducationLevel.MASTER  # "second-level"
    assert p.education[1].level == EducationLevel.BACHELOR  # "first-level"
    english = p.language("English")
    assert english is not None and english.overall() == "C1"
    bulgarian = p.language("bulgarian")
    assert bulgarian is not None and bulgarian.mother_tongue
    assert p.computer_skills == ["MS Office", "SPSS", "Power BI"]
    assert p.training[0].title.startswith("Hostile Environment")
    assert p.experience_years(today=date(2024, 2, 15)) == pytest.approx(11 + 2 / 12)


def test_an_edit_in_the_app_wins_over_the_imported_text() -> None:
    p = import_file(JSONRESUME)
    p.employment[0].start = "2021-04"
    p.personal.email = "anna@new.example"
    p.computer_skills = ["LibreOffice"]
    del p.references[1]
    out = export_jsonresume(p)
    assert out["work"][0]["startDate"] == "2021-04"
    assert out["work"][1]["startDate"] == "2016-09"  # untouched entries keep their form
    assert out["basics"]["email"] == "anna@new.example"
    assert out["skills"][1] == {
        "name": "Computer skills",
        "level": "Advanced",
        "keywords": ["LibreOffice"],
    }
    assert [r["name"] for r in out["references"]] == ["Dr. Mihail Georgiev"]
    assert out["references"][0]["reference"].startswith("Anna ran")


def test_a_profile_made_in_the_app_exports_as_jsonresume() -> None:
    p = import_file(PROFILES / "europass_kovacs.xml")
    out = export_jsonresume(p)
    assert out["basics"]["name"] == "Márton Kovács"
    assert out["basics"]["location"]["countryCode"] == "HU"
    assert out["work"][0]["position"] == "Border Management Adviser, S3"
    assert "endDate" not in out["work"][0]
    assert {"language": "Hungarian", "fluency": "Native speaker"} in out["languages"]
    assert out["skills"] == [
        {"name": "Computer skills", "keywords": ["MS Office", "i2 Analyst's Notebook"]}
    ]


def test_full_export_round_trip(tmp_path: Path) -> None:
    p = import_file(JSONRESUME)
    path = tmp_path / "full.json"
    path.write_text(json.dumps(export_full(p)), "utf-8")
    assert import_file(path) == p
    renamed = import_file(path, name="Anna Petrova-Stoeva")
    assert renamed.personal.family_name == "Petrova-Stoeva"


def test_a_bare_profile_object_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "hand-written.json"
    path.write_text(
        json.dumps({"personal": {"family_name": "Novak", "first_name": "Ivo"}}), encoding="utf-8"
    )
    assert import_file(path).name == "Ivo Novak"
    path.write_text(json.dumps({"personal": {"first_name": "Ivo"}}), encoding="utf-8")
    with pytest.raises(ValidationFailed, match=r"personal\.family_name"):
        import_file(path)


@pytest.mark.parametrize("name", ["europass_kovacs.xml", "europass_kovacs.pdf"])
def test_europass(name: str) -> None:
    p = import_file(PROFILES / name)
    pers = p.personal
    assert (pers.first_name, pers.family_name) == ("Márton", "Kovács")
    assert pers.date_of_birth == date(1982, 11, 7) and pers.gender == "male"
    assert pers.nationalities == ["Hungary"]
    assert [ph.kind for ph in pers.phones] == ["mobile", "home"]
    assert pers.addresses[0].city == "Budapest" and pers.driving_licence is True
    current, police = p.employment
    assert current.end is None and current.start == "2019-06" and current.country == "Tajikistan"
    assert current.duties.splitlines()[1] == "Supervise four national programme staff"
    assert police.end == "2019-05" and police.employer == "Hungarian National Police"
    assert [e.level for e in p.education] == [EducationLevel.MASTER, EducationLevel.BACHELOR]
    english = p.language("English")
    assert english is not None and english.spoken_interaction == "B2"
    assert english.certificates == ["IELTS Academic 7.0"]
    russian = p.language("Russian")  # given only by its code
    assert russian is not None and russian.overall() == "A2"
    assert p.computer_skills == ["MS Office", "i2 Analyst's Notebook"]
    assert p.publications[0].title.startswith("Risk analysis")
    assert p.memberships[0].organization.startswith("International Association")
    assert "Police Service Medal" in p.other_information
    assert p.extras["europass"]["headline"] == "Senior Border Management Officer"


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty"),
        ("{not json", "broken JSON at line 1"),
        ('{"title": "a vacancy"}', "not a JSON Resume"),
        ("[1, 2]", "not a JSON Resume"),
        ("<html><body>CV</body></html>", "not a Europass CV"),
        ("<SkillsPassport><LearnerInfo>", "Europass XML is broken"),
        (b"\x00\x01\x02\xff\xfe", "neither text nor a PDF"),
        (b"%PDF-1.4 garbage", "PDF"),
        ('{"basics": {"name": "A B"}, "work": {"x": 1}}', "'work' is not a list"),
    ],
)
def test_unknown_or_broken_files(tmp_path: Path, content: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        import_file(_write(tmp_path, "cv.dat", content))


def test_pdf_without_europass_attachment(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment("notes.txt", b"hello")
    with open(tmp_path / "plain.pdf", "wb") as fh:
        writer.write(fh)
    with pytest.raises(InputError, match="no Europass XML attached"):
        import_file(tmp_path / "plain.pdf")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Cannot read"):
        import_file(tmp_path / "nope.json")


def test_validation_errors_name_the_field(tmp_path: Path) -> None:
    data = json.loads(JSONRESUME.read_text("utf-8"))
    bad = copy.deepcopy(data)
    bad["basics"]["email"] = "not-an-address"
    with pytest.raises(ValidationFailed, match=r"personal\.email"):
        import_file(_write(tmp_path, "a.json", json.dumps(bad)))
    bad = copy.deepcopy(data)
    bad["work"][1]["endDate"] = "2010-01"
    with pytest.raises(ValidationFailed, match=r"employment\.1.*before it starts"):
        import_file(_write(tmp_path, "b.json", json.dumps(bad)))
    bad = copy.deepcopy(data)
    bad["basics"]["name"] = "Cher"  # one name: the family name alone, as the forms allow
    assert import_file(_write(tmp_path, "c.json", json.dumps(bad))).personal.family_name == "Cher"
    blank = copy.deepcopy(data)
    blank["basics"]["name"] = "   "
    with pytest.raises(ValidationFailed, match=r"basics\.name.*--name"):
        import_file(_write(tmp_path, "d.json", json.dumps(blank)))
    named = import_file(_write(tmp_path, "c.json", json.dumps(bad)), name="Cher Sarkisian")
    assert export_jsonresume(named)["basics"]["name"] == "Cher Sarkisian"


def test_europass_birth_date_must_exist(tmp_path: Path) -> None:
    xml = (PROFILES / "europass_kovacs.xml").read_text("utf-8")
    xml = xml.replace('month="--11" day="---07"', 'month="--02" day="---30"')
    with pytest.raises(ValidationFailed, match=r"personal\.date_of_birth"):
        import_file(_write(tmp_path, "x.xml", xml))


def test_xml_entities_are_not_expanded(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        "<SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&e;</FirstName>"
        "<Surname>X</Surname></PersonName></Identification></LearnerInfo></SkillsPassport>"
    )
    hostname = Path("/etc/hostname")
    try:
        p = import_file(_write(tmp_path, "x.xml", xml), name=None)
    except (InputError, ValidationFailed):
        return
    if hostname.exists():
        assert hostname.read_text().strip() not in p.personal.first_name
