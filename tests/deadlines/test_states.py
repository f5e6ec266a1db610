"""The States registry: shipped data, unknown names, and user edits that persist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondment_desk import countries
from secondment_desk.deadlines import (
    StatesFileError,
    UnknownStateError,
    delegation_deadline,
    load_states,
    load_user_states,
    reset_state,
    set_state,
    user_states_path,
)
from secondment_desk.errors import NotFoundError


def test_every_participating_state_and_partner_is_listed() -> None:
    states = load_states().all()
    participating = [s for s in states if s.is_participating]
    partners = [s for s in states if s.is_partner]
    assert len(participating) == len(countries.osce_participating_states()) == 57
    assert len(partners) == len(countries.osce_partners()) == 11
    assert all(s.delegations_url == "https://www.osce.org/contacts/delegations" for s in states)
    assert len(load_states().all(include_partners=False)) == 57


def test_known_national_bodies_are_shipped_and_unknown_ones_empty() -> None:
    registry = load_states()
    assert "ZIF" in registry.get("Germany").body
    assert "Folke Bernadotte" in registry.get("Sweden").body
    assert registry.get("Finland").website.startswith("https://")
    assert registry.get("Kazakhstan").body == ""


@pytest.mark.parametrize(("typo", "expected"), [("Germny", "Germany"), ("Austira", "Austria")])
def test_unknown_state_names_the_closest(typo: str, expected: str) -> None:
    with pytest.raises(UnknownStateError) as err:
        load_states().get(typo)
    assert isinstance(err.value, NotFoundError)
    assert f"Unknown state '{typo}'" in str(err.value)
    assert expected in err.value.suggestions
    assert expected in str(err.value)


def test_unknown_state_is_an_error_for_the_computation_too() -> None:
    from datetime import date

    with pytest.raises(UnknownStateError, match="Did you mean Poland"):
        delegation_deadline(date(2026, 1, 30), "Polland")


def test_user_edits_persist_and_override_shipped_values(desk_home: Path) -> None:
    set_state("Germany", lead_working_days=15, contact="hr@example.org")
    assert user_states_path() == desk_home / "states.json"
    saved = json.loads((desk_home / "states.json").read_text(encoding="utf-8"))
    assert saved["states"]["DE"] == {"lead_working_days": 15, "contact": "hr@example.org"}

    fresh = load_states().get("DE")  # a new registry read from disk
    assert (fresh.lead_working_days, fresh.contact, fresh.user_edited) == (
        15,
        "hr@example.org",
        True,
    )
    assert "ZIF" in fresh.body  # fields not edited keep the shipped value

    set_state("de", body="My own channel")  # a second edit keeps the first
    again = load_states().get("Germany")
    assert (again.lead_working_days, again.body) == (15, "My own channel")

    reset_state("Germany")
    back = load_states().get("Germany")
    assert (back.lead_working_days, back.user_edited) == (10, False)
    assert "ZIF" in back.body


def test_a_country_outside_the_osce_can_be_added() -> None:
    set_state("Brazil", lead_working_days=5)
    listed = {s.name: s for s in load_states().all()}
    assert listed["Brazil"].osce is None and listed["Brazil"].lead_working_days == 5


@pytest.mark.parametrize(
    "values",
    [{"lead_working_days": -1}, {"lead_working_days": 999}, {"website": "ftp://example.org"}],
)
def test_invalid_edits_are_refused_and_nothing_is_written(
    values: dict[str, object], desk_home: Path
) -> None:
    with pytest.raises(StatesFileError):
        set_state("Austria", **values)  # type: ignore[arg-type]
    assert not (desk_home / "states.json").exists()


def test_a_broken_user_file_is_a_clear_error(desk_home: Path) -> None:
    path = desk_home / "states.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(StatesFileError, match="cannot be read"):
        load_states()
    path.write_text(json.dumps({"states": {"DE": {"lead_working_days": "soon"}}}), "utf-8")
    with pytest.raises(StatesFileError, match=r"states\.DE\.lead_working_days"):
        load_user_states()
    path.write_text(json.dumps({"states": {"Atlantis": {"lead_working_days": 3}}}), "utf-8")
    with pytest.raises(StatesFileError, match="Atlantis"):
        load_states()


def test_shipped_data_is_well_formed() -> None:
    from secondment_desk.resources import load_json_resource

    data = load_json_resource("states.json")
    for code, entry in data["states"].items():
        assert countries.lookup(code) is not None and countries.lookup(code).code == code  # type: ignore[union-attr]
        assert entry.get("website", "https://").startswith("https://")
        assert set(entry) <= {"body", "website", "contact", "notes", "holiday_subdivision"}
