from __future__ import annotations

import pytest

from secondment_desk import countries
from secondment_desk.errors import NotFoundError


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("Tajikistan", "Tajikistan"),
        ("Republic of Tajikistan", "Tajikistan"),
        ("kazakstan", "Kazakhstan"),
        ("Moldova, Republic of", "Moldova"),
        ("Russia", "Russian Federation"),
        ("TÜRKIYE", "Türkiye"),
        ("Turkey", "Türkiye"),
        ("the Netherlands", "Netherlands"),
        ("UK", "United Kingdom"),
        ("de", "Germany"),
        ("Kosovo", "Kosovo"),
        ("Czech Republic", "Czechia"),
    ],
)
def test_normalize(spelling: str, expected: str) -> None:
    assert countries.normalize(spelling) == expected


def test_not_a_country() -> None:
    assert countries.normalize("Politico-Military Officer") is None
    assert countries.lookup("") is None


def test_osce_membership() -> None:
    states = countries.osce_participating_states()
    assert len(states) == 57
    assert {"Holy See", "Mongolia", "Tajikistan", "United States of America"} <= {
        s.name for s in states
    }
    partners = {p.name for p in countries.osce_partners()}
    assert len(partners) == 11 and "Japan" in partners and "Germany" not in partners


def test_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(NotFoundError, match=r"Did you mean.*Germany"):
        countries.require("Germny")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("DRC", "Democratic Republic of the Congo"),
        ("RDC", "Democratic Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("RCA", "Central African Republic"),
        ("BiH", "Bosnia and Herzegovina"),
        ("UAE", "United Arab Emirates"),
    ],
)
def test_the_short_names_notices_use(written: str, name: str) -> None:
    assert countries.normalize(written) == name
