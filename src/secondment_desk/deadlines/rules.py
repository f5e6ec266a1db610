"""The deadline rules shipped as data (``resources/deadlines.json``), read once and checked.

Zone wordings, urgency thresholds and reminder offsets live in the JSON file, never in code:
a different threshold is a data edit. Each organisation's closing time is in its rules
(``resources/organisations/<family>/rules.json``, :mod:`secondment_desk.organisations.rules`).
"""

from __future__ import annotations

from datetime import time as dtime
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from secondment_desk.resources import load_json_resource


def parse_hhmm(text: str) -> dtime:
    """``"23:59"`` -> ``time(23, 59)``; ValueError for anything else."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"'{text}' is not a time like 23:59")
    return dtime(int(hours), int(minutes))


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; ValueError when tzdata does not know it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ValueError(f"'{name}' is not a known time zone") from err


class UrgencyBand(BaseModel):
    model_config = ConfigDict(frozen=True)

    level: str
    max_days: int | None
    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")


class LevelStyle(BaseModel):
    model_config = ConfigDict(frozen=True)

    colour: str = Field(pattern=r"^#[0-9a-fA-F]{6}$")


class ReminderRule(BaseModel):
    model_config = ConfigDict(frozen=True)

    days_before: tuple[int, ...] = Field(min_length=1)
    at: str

    @field_validator("days_before")
    @classmethod
    def _days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(d < 0 for d in value):
            raise ValueError("reminder days must be 0 or more")
        return tuple(sorted(set(value), reverse=True))

    @field_validator("at")
    @classmethod
    def _at(cls, value: str) -> str:
        parse_hhmm(value)
        return value

    @property
    def at_time(self) -> dtime:
        return parse_hhmm(self.at)


class DeadlineRules(BaseModel):
    model_config = ConfigDict(frozen=True)

    zone_aliases: dict[str, str]
    urgency: tuple[UrgencyBand, ...] = Field(min_length=1)
    other_levels: dict[Literal["no_date", "waiting", "closed", "cancelled"], LevelStyle]
    reminders: ReminderRule

    @field_validator("zone_aliases")
    @classmethod
    def _aliases(cls, value: dict[str, str]) -> dict[str, str]:
        for target in value.values():
            zone(target)
        return value

    @field_validator("urgency")
    @classmethod
    def _bands(cls, value: tuple[UrgencyBand, ...]) -> tuple[UrgencyBand, ...]:
        if value[-1].max_days is not None:
            raise ValueError("the last urgency band must have max_days null")
        bounds = [b.max_days for b in value[:-1]]
        if any(b is None for b in bounds) or bounds != sorted(bounds):  # type: ignore[type-var]
            raise ValueError("urgency bands must be ordered by max_days")
        return value

    def zone_for(self, text: str) -> ZoneInfo | None:
        """A zone from an IANA name or a wording such as "Brussels time"; None if unknown."""
        cleaned = text.strip().strip("()").strip()
        for alias, target in self.zone_aliases.items():
            if alias.casefold() == cleaned.casefold():
                return zone(target)
        try:
            return zone(cleaned)
        except ValueError:
            return None

    def band(self, days_left: int) -> UrgencyBand:
        for band in self.urgency:
            if band.max_days is None or days_left <= band.max_days:
                return band
        return self.urgency[-1]  # unreachable: the last band is open


@cache
def rules() -> DeadlineRules:
    """The shipped rules (validated; a broken file is a packaging bug, so it raises)."""
    return DeadlineRules.model_validate(load_json_resource("deadlines.json"))
