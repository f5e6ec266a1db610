"""The draft a notice is read into names only fields the Vacancy model has."""

from __future__ import annotations

from typing import get_args

from secondment_desk.models.vacancy import CONTRACT_FIELDS, ReadField, Vacancy
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy.draft import Draft, finish


def _names(alias: object) -> set[str]:
    out: set[str] = set()
    for arg in get_args(alias):
        out |= _names(arg) if get_args(arg) else {arg}
    return out


def test_every_field_the_reader_fills_is_a_field_of_vacancy() -> None:
    read = _names(ReadField)
    assert set(CONTRACT_FIELDS) <= read
    assert read - set(Vacancy.model_fields) == set()


def test_a_draft_becomes_a_vacancy_with_its_spans_and_what_is_missing() -> None:
    text = "Title: Legal Officer\nDuty station: Vienna"
    draft = Draft(text)
    draft.put("title", "Legal Officer", fx.Hit("Legal Officer", 7, 20))
    draft.put("title", "Something else")  # the first value found stays
    draft.put("duty_station", "Vienna", fx.Hit("Vienna", 35, 41))
    vacancy = finish(draft, "generic", "notice.txt")
    assert vacancy.title == "Legal Officer"
    assert text[vacancy.sources["title"].start : vacancy.sources["title"].end] == "Legal Officer"
    assert "closing_date" in vacancy.missing and "title" not in vacancy.missing
    assert vacancy.format == "generic"
