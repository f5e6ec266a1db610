"""The nominating States: lead time, national body, contact, and the user's own edits.

The list of States is :mod:`secondment_desk.countries` (57 participating States and 11
Partners for Co-operation). ``resources/states.json`` adds what is known about each national
channel; ``states.json`` in the user's data folder (:func:`user_states_path`) overrides it
field by field and may add other countries (a UN or EU nomination can come from anywhere).
States data is not personal, so that file is plain JSON.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from secondment_desk import countries
from secondment_desk.countries import Country, OsceStatus
from secondment_desk.deadlines.errors import StatesFileError, UnknownStateError
from secondment_desk.i18n import _
from secondment_desk.models.validation import field_errors
from secondment_desk.paths import data_home
from secondment_desk.resources import load_json_resource

USER_FILE = "states.json"
USER_FILE_VERSION = 1
MAX_LEAD_WORKING_DAYS = 120


def _check_url(value: str) -> str:
    value = value.strip()
    if value and not value.startswith(("https://", "http://")):
        raise ValueError(_("a website must start with https:// or http://"))
    return value


class StateEdit(BaseModel):
    """Fields of one State's entry; None means "not set here" (the shipped value stays)."""

    model_config = ConfigDict(extra="forbid")

    lead_working_days: int | None = Field(default=None, ge=0, le=MAX_LEAD_WORKING_DAYS)
    body: str | None = Field(default=None, max_length=300)
    website: str | None = Field(default=None, max_length=500)
    contact: str | None = Field(default=None, max_length=1000)
    notes: str | None = Field(default=None, max_length=2000)
    holiday_subdivision: str | None = Field(default=None, max_length=10)

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        return None if value is None else _check_url(value)

    @field_validator("body", "contact", "notes", "holiday_subdivision")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return None if value is None else value.strip()

    def merged_over(self, base: StateEdit) -> StateEdit:
        """This edit's set fields over ``base``'s."""
        data = base.model_dump()
        data.update(self.model_dump(exclude_none=True))
        return StateEdit.model_validate(data)


class _ShippedStates(BaseModel):
    model_config = ConfigDict(extra="ignore")

    delegations_url: str
    default_lead_working_days: int = Field(ge=0, le=MAX_LEAD_WORKING_DAYS)
    states: dict[str, StateEdit]


class _UserStates(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = USER_FILE_VERSION
    states: dict[str, StateEdit] = Field(default_factory=dict)


@dataclass(frozen=True)
class StateInfo:
    """Everything the application knows about one nominating State."""

    code: str
    name: str
    osce: OsceStatus | None
    lead_working_days: int
    body: str
    website: str
    contact: str
    notes: str
    holiday_subdivision: str | None
    delegations_url: str
    user_edited: bool

    @property
    def is_participating(self) -> bool:
        return self.osce == "participating"

    @property
    def is_partner(self) -> bool:
        return self.osce == "partner"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "osce": self.osce,
            "lead_working_days": self.lead_working_days,
            "body": self.body,
            "website": self.website,
            "contact": self.contact,
            "notes": self.notes,
            "holiday_subdivision": self.holiday_subdivision,
            "delegations_url": self.delegations_url,
            "user_edited": self.user_edited,
        }


@cache
def _shipped() -> _ShippedStates:
    data = _ShippedStates.model_validate(load_json_resource("states.json"))
    for code in data.states:
        if countries.lookup(code) is None:
            raise ValueError(f"resources/states.json names an unknown country code {code!r}")
    return data


def user_states_path(home: Path | None = None) -> Path:
    """Where the user's edits to the States data live."""
    return (home or data_home()) / USER_FILE


def load_user_states(home: Path | None = None) -> dict[str, StateEdit]:
    """The user's edits by country code ({} when there are none).

    A file that is not valid JSON or breaks a rule is a :class:`StatesFileError` naming it;
    the file is left as it is for the user to fix or delete.
    """
    path = user_states_path(home)
    if not path.exists():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        parsed = _UserStates.model_validate(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise StatesFileError(
            _("The States file {path} cannot be read: {err}.").format(path=path, err=err)
        ) from err
    except ValidationError as err:
        where, msg = field_errors(err)[0]
        raise StatesFileError(
            _("The States file {path} is invalid at '{where}': {msg}.").format(
                path=path, where=where, msg=msg
            )
        ) from err
    if parsed.version > USER_FILE_VERSION:
        raise StatesFileError(
            _("The States file {path} was written by a newer version of Secondment Desk.").format(
                path=path
            )
        )
    edits: dict[str, StateEdit] = {}
    for key, edit in parsed.states.items():
        country = countries.lookup(key)
        if country is None:
            raise StatesFileError(
                _("The States file {path} names an unknown country '{key}'.").format(
                    path=path, key=key
                )
            )
        edits[country.code] = edit
    return edits


def save_user_states(edits: dict[str, StateEdit], home: Path | None = None) -> Path:
    """Write the user's edits atomically (validated first; keys may be names or codes)."""
    clean: dict[str, StateEdit] = {}
    for key, edit in edits.items():
        clean[_require_country(key).code] = StateEdit.model_validate(edit.model_dump())
    doc = _UserStates(states=dict(sorted(clean.items())))
    path = user_states_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc.model_dump(mode="json", exclude_none=True), indent=1, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".states-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _require_country(name: str) -> Country:
    found = countries.lookup(name)
    if found is None:
        raise UnknownStateError(name, _suggest(name))
    return found


def _suggest(name: str) -> list[str]:
    """Closest names, OSCE States first (they are the ones that nominate to the OSCE)."""
    close = countries.suggestions(name, limit=6)
    osce = {c.name for c in (*countries.osce_participating_states(), *countries.osce_partners())}
    ranked = [n for n in close if n in osce] + [n for n in close if n not in osce]
    return ranked[:3]


class StatesRegistry:
    """The merged view: shipped data, then the user's edits. Built by :func:`load_states`."""

    def __init__(self, shipped: _ShippedStates, edits: dict[str, StateEdit]) -> None:
        self._shipped = shipped
        self._edits = dict(edits)

    @property
    def delegations_url(self) -> str:
        return self._shipped.delegations_url

    @property
    def default_lead_working_days(self) -> int:
        return self._shipped.default_lead_working_days

    @property
    def edits(self) -> dict[str, StateEdit]:
        return dict(self._edits)

    def _info(self, country: Country) -> StateInfo:
        base = self._shipped.states.get(country.code, StateEdit())
        edit = self._edits.get(country.code)
        merged = edit.merged_over(base) if edit else base
        lead = merged.lead_working_days
        return StateInfo(
            code=country.code,
            name=country.name,
            osce=country.osce,
            lead_working_days=self.default_lead_working_days if lead is None else lead,
            body=merged.body or "",
            website=merged.website or "",
            contact=merged.contact or "",
            notes=merged.notes or "",
            holiday_subdivision=merged.holiday_subdivision or None,
            delegations_url=self.delegations_url,
            user_edited=edit is not None,
        )

    def get(self, name_or_code: str) -> StateInfo:
        """A State by any spelling or ISO code; unknown names raise UnknownStateError."""
        return self._info(_require_country(name_or_code))

    def all(self, include_partners: bool = True) -> list[StateInfo]:
        """Participating States (and Partners), plus any country the user added; by name."""
        chosen: dict[str, Country] = {c.code: c for c in countries.osce_participating_states()}
        if include_partners:
            chosen.update({c.code: c for c in countries.osce_partners()})
        for code in self._edits:
            country = countries.lookup(code)
            if country is not None:
                chosen[code] = country
        return sorted((self._info(c) for c in chosen.values()), key=lambda s: s.name)


def load_states(home: Path | None = None) -> StatesRegistry:
    """The States registry with the user's edits from ``home`` (default: the data folder)."""
    return StatesRegistry(_shipped(), load_user_states(home))


def set_state(
    name: str,
    *,
    lead_working_days: int | None = None,
    body: str | None = None,
    website: str | None = None,
    contact: str | None = None,
    notes: str | None = None,
    home: Path | None = None,
) -> StateInfo:
    """Record the user's values for a State (only the arguments given change) and save.

    Returns the merged entry. Invalid values raise StatesFileError before anything is written.
    """
    country = _require_country(name)
    edits = load_user_states(home)
    given = {
        "lead_working_days": lead_working_days,
        "body": body,
        "website": website,
        "contact": contact,
        "notes": notes,
    }
    try:
        change = StateEdit.model_validate({k: v for k, v in given.items() if v is not None})
    except ValidationError as err:
        field, msg = field_errors(err)[0]
        raise StatesFileError(
            _("Cannot set {field} for {country}: {msg}.").format(
                field=field, country=countries.display_name(country.code), msg=msg
            )
        ) from err
    current = edits.get(country.code, StateEdit())
    edits[country.code] = change.merged_over(current)
    save_user_states(edits, home)
    return load_states(home).get(country.code)


def reset_state(name: str, home: Path | None = None) -> StateInfo:
    """Forget the user's edits for a State; the shipped values apply again."""
    country = _require_country(name)
    edits = load_user_states(home)
    if edits.pop(country.code, None) is not None:
        save_user_states(edits, home)
    return load_states(home).get(country.code)
