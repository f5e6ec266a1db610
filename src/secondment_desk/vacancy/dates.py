"""Dates as notices write them ("Aug 1, 2025", "1 August 2025", "Friday 12 May 2017",
"12.05.2017", "2025-08-01"), found even when glued to other words, turned into ISO."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE_RE = re.compile(
    "(?:"
    + _WEEKDAY
    + r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?[\s\-]+(?:of\s+)?"
    + _MONTH.format(g="m1")
    + r",?[\s\-]+(?P<y1>\d{4})"
    + "|"
    + _WEEKDAY
    + _MONTH.format(g="m2")
    + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    + r"|(?<!\d)(?P<d4>\d{1,2})[./](?P<m4>\d{1,2})[./](?P<y4>\d{4})"
    + r")(?!\d)",
    re.I,
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _build(year: str, month: int, day: str) -> str | None:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def parse_match(m: re.Match[str]) -> str | None:
    if m.group("d1"):
        return _build(m.group("y1"), MONTHS[m.group("m1")[:3].lower()], m.group("d1"))
    if m.group("d2"):
        return _build(m.group("y2"), MONTHS[m.group("m2")[:3].lower()], m.group("d2"))
    if m.group("y3"):
        month = int(m.group("m3"))
        return _build(m.group("y3"), month, m.group("d3")) if 1 <= month <= 12 else None
    month = int(m.group("m4"))  # day first, as European and UN notices write it
    return _build(m.group("y4"), month, m.group("d4")) if 1 <= month <= 12 else None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every valid date in ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    out = []
    for m in DATE_RE.finditer(text, start, stop):
        iso = parse_match(m)
        if iso:
            out.append(FoundDate(iso, m.start(), m.end()))
    return out


def first_date(text: str, start: int = 0, end: int | None = None) -> FoundDate | None:
    stop = len(text) if end is None else end
    for m in DATE_RE.finditer(text, start, stop):
        iso = parse_match(m)
        if iso:
            return FoundDate(iso, m.start(), m.end())
    return None


_TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?:hours?|hrs?\.?|h))?"
    r"(?P<zone>[^\n.;]{0,60})",
    re.I,
)
_ZONES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"brussels", re.I), "Europe/Brussels"),
    (re.compile(r"vienna", re.I), "Europe/Vienna"),
    (re.compile(r"new york|\bEST\b|\bEDT\b|eastern", re.I), "America/New_York"),
    (re.compile(r"geneva", re.I), "Europe/Zurich"),
    (re.compile(r"\bUTC\b|\bGMT\b|coordinated universal", re.I), "UTC"),
    (re.compile(r"central european|\bCES?T\b", re.I), "CET"),
)


@dataclass(frozen=True)
class FoundTime:
    value: str
    start: int
    end: int


def find_time(text: str, start: int, end: int, cet_zone: str) -> FoundTime | None:
    """A clock time with the zone the notice names, e.g. "23:59 Europe/Vienna".

    ``cet_zone`` says which city's zone "Central European Time" means for this organisation.
    A time with no zone at all is returned without one.
    """
    m = _TIME_RE.search(text, start, end)
    if not m:
        return None
    hour, minute = int(m.group("h")), int(m.group("m"))
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone_text = m.group("zone")
    zone = None
    for pattern, name in _ZONES:
        zm = pattern.search(zone_text)
        if zm:
            zone = cet_zone if name == "CET" else name
            break
    clock = f"{hour:02d}:{minute:02d}"
    stop = m.end("ampm") if m.group("ampm") else m.end("m")
    if zone:
        zend = m.start("zone") + len(zone_text.rstrip(" ,)"))
        stop = max(stop, zend)
    return FoundTime(f"{clock} {zone}" if zone else clock, m.start(), stop)
