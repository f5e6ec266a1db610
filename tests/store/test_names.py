"""Picking a profile by a name that almost matches: partial names, and suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondment_desk.errors import NotFoundError
from secondment_desk.models.profile import Personal, Profile
from secondment_desk.store import AmbiguousNameError, create_store

PASS = "correct horse battery staple"


def _person(first: str, family: str, middle: str = "") -> Profile:
    return Profile(personal=Personal(first_name=first, middle_name=middle, family_name=family))


def test_partial_and_close_names(desk_home: Path) -> None:
    anna = _person("Anna", "Petrova", middle="Ivanova")
    marie = _person("Marie", "Kovalenko-Müller")
    anne = _person("Anne", "Petersen")
    with create_store(desk_home, "passphrase", PASS) as store:
        for profile in (anna, marie, anne):
            store.profiles.save(profile)
        profiles = store.profiles
        # first + family name without the middle name; case and accents do not matter
        assert profiles.get("Anna Petrova").id == anna.id
        assert profiles.get("anna PETROVA").id == anna.id
        assert profiles.get("Marie Kovalenko Muller").id == marie.id
        assert profiles.get("Marie Muller").id == marie.id
        # whole words only, in order
        with pytest.raises(NotFoundError, match="did you mean 'Anna Ivanova Petrova'"):
            profiles.get("Petrova Anna")
        with pytest.raises(NotFoundError, match="did you mean 'Anna Ivanova Petrova'"):
            profiles.get("Anna Petrov")
        with pytest.raises(NotFoundError, match=r"No profile is called 'Zed Quux'\.$"):
            profiles.get("Zed Quux")
        # a partial name never deletes
        with pytest.raises(NotFoundError, match="give the full name or the id"):
            profiles.delete("Anna Petrova")
        assert profiles.get(anna.id) == anna


def test_partial_name_matching_several_profiles_lists_them(desk_home: Path) -> None:
    one = _person("Anna", "Petrova", middle="Ivanova")
    two = _person("Anna", "Petrova", middle="Sergeevna")
    with create_store(desk_home, "passphrase", PASS) as store:
        store.profiles.save(one)
        store.profiles.save(two)
        with pytest.raises(AmbiguousNameError) as caught:
            store.profiles.get("Anna Petrova")
        message = str(caught.value)
        assert "2 profiles match 'Anna Petrova'" in message
        assert "Anna Ivanova Petrova" in message and "Anna Sergeevna Petrova" in message
        assert store.profiles.get("Anna Sergeevna Petrova").id == two.id
