"""Dates as notices write them, in many languages, turned into ISO.

English and numeric forms ("Aug 1, 2025", "25 th November 2011", "04 March , 2018",
"Friday 12 May 2017", "24-Jul-2025", "12.05.2017", "3/3/23", "2025-08-01") are read by one
regular expression; other languages ("20 septembre 2016", "12 marzo 2026", "24 июля 2025 г.",
"02 - SET - 2025", "junio 15, 2024") through dateparser's month tables, copied into
resources/vacancy/months.json by scripts/build_month_names.py so that reading a notice does
not import dateparser. Numeric dates are read day first unless the caller says the
organisation writes month first; one whose day and month could swap is flagged ``ambiguous``
so the parser can say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Literal

from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import alternation, load_json_resource, longest_first, word_list

Order = Literal["DMY", "MDY"]

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_ORDINAL = r"(?:\s?(?:st|nd|rd|th)\b)?"
# "March 2018", "March, 2018", "March , 2018", "Jul-2025", "Aug/2025" (FAO's "25/Aug/2025")
_YEAR_SEP = r"(?:\s*,\s*|[\s\-]+|/)"
DATE_RE = re.compile(
    "(?:"
    + _WEEKDAY
    + r"(?<!\d)(?P<d1>\d{1,2})"
    + _ORDINAL
    + r"(?:[\s\-]+|/)(?:of\s+)?"
    + _MONTH.format(g="m1")
    + _YEAR_SEP
    + r"(?P<y1>\d{4})"
    + "|"
    + _WEEKDAY
    + _MONTH.format(g="m2")
    + r"(?:\s+|-)(?P<d2>\d{1,2})"  # "August 11, 2019", a board's "Aug-11-2019"
    + _ORDINAL
    + r"(?:\s*,?\s+|-)(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})(?P<s3>[-/.])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})"  # "2026/03/26" too
    + r"|(?<![\d.])(?P<d4>\d{1,2})(?P<s4>[./])(?P<m4>\d{1,2})(?P=s4)(?P<y4>\d{4}|\d{2})(?!\d|\.\d)"
    + r")(?!\d)",
    re.I,
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int
    ambiguous: bool = False  # a numeric date whose day and month could be read the other way


def _build(year: str, month: int, day: str) -> str | None:
    y = int(year)
    if y < 100:
        y += 2000
    try:
        return date(y, month, int(day)).isoformat()
    except ValueError:
        return None


def _numeric(m: re.Match[str], order: Order) -> tuple[str | None, bool]:
    first, second = int(m.group("d4")), int(m.group("m4"))
    day, month = (first, second) if order == "DMY" else (second, first)
    ambiguous = first != second and first <= 12 and second <= 12
    if not 1 <= month <= 12 and 1 <= day <= 12:  # "05/26/2024": only one reading is a date
        day, month = month, day
    if not 1 <= month <= 12:
        return None, False
    return _build(m.group("y4"), month, str(day)), ambiguous


def parse_match(m: re.Match[str], order: Order = "DMY") -> str | None:
    return _parse(m, order)[0]


def _parse(m: re.Match[str], order: Order) -> tuple[str | None, bool]:
    if m.group("d1"):
        return _build(m.group("y1"), MONTHS[m.group("m1")[:3].lower()], m.group("d1")), False
    if m.group("d2"):
        return _build(m.group("y2"), MONTHS[m.group("m2")[:3].lower()], m.group("d2")), False
    if m.group("y3"):
        month = int(m.group("m3"))
        return (_build(m.group("y3"), month, m.group("d3")) if 1 <= month <= 12 else None), False
    return _numeric(m, order)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Foreign:
    pattern: re.Pattern[str]
    months: dict[str, int]  # folded name -> month number


@cache
def foreign() -> Foreign:
    """Month names of the other languages (dateparser's tables, resources/vacancy/months.json)."""
    data = load_json_resource("vacancy/months.json")
    languages = data.get("languages") if isinstance(data, dict) else None
    if not isinstance(languages, dict) or not languages:
        raise ValueError("resources/vacancy/months.json: 'languages' must map codes to months")
    months: dict[str, int] = {}
    for lang, table in languages.items():
        if not isinstance(table, dict) or sorted(table, key=int) != [str(i) for i in range(1, 13)]:
            raise ValueError(f"resources/vacancy/months.json: '{lang}' must list months 1 to 12")
        for number, names in table.items():
            for name in names:
                if not isinstance(name, str) or len(name) < 3:
                    raise ValueError(f"resources/vacancy/months.json: bad name in '{lang}'")
                months.setdefault(_fold(name), int(number))
                months.setdefault(name.casefold(), int(number))
    english = {"mar", "may", "jun", "jul", "sep", "sept", "oct", "nov", "dec", "jan", "feb"}
    names = sorted((n for n in months if n not in english), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    month = r"(?P<{g}>" + alt + r")(?![^\W\d_])\.?"
    pattern = re.compile(
        r"(?<!\d)(?P<fd1>\d{1,2})(?:er|ᵉʳ|º|°|\.)?\s*(?:[-–/]\s*)?(?:de\s+|del\s+)?"
        + month.format(g="fm1")
        + r"\s*(?:[-–/,]\s*)?(?:de\s+|del\s+)?(?P<fy1>\d{4})(?:\s*(?:г\.|года|г(?![^\W\d_])))?"
        + r"|(?<![^\W\d_])"
        + month.format(g="fm2")
        + r"\s+(?P<fd2>\d{1,2}),?\s+(?P<fy2>\d{4})"
        # a PDF's justified line spaces a month's letters out: "29 de a g o s t o de 2016"
        + r"|(?<!\d)(?P<fd3>\d{1,2})\s+(?:d ?e\s+)?(?P<fm3>(?:[^\W\d_] ){2,10}[^\W\d_])"
        + r"\s+(?:d ?e\s+)?(?P<fy3>\d{4})",
        re.I,
    )
    return Foreign(pattern, months)


def _foreign_iso(m: re.Match[str], table: dict[str, int]) -> str | None:
    if m.group("fd1"):
        day, name, year = m.group("fd1"), m.group("fm1"), m.group("fy1")
    elif m.group("fd2"):
        day, name, year = m.group("fd2"), m.group("fm2"), m.group("fy2")
    else:
        day, name, year = m.group("fd3"), m.group("fm3").replace(" ", ""), m.group("fy3")
    month = table.get(name.casefold()) or table.get(_fold(name))
    return _build(year, month, day) if month else None


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _yearless() -> re.Pattern[str]:
    names = longest_first({*MONTHS, *_ENGLISH_FULL, *foreign().months})
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m>" + alt + r")(?![^\W\d_])\.?"
        r"(?!\s*(?:de\s+)?,?\s*\d)",
        re.I,
    )


_ENGLISH_FULL = {
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip


def find_yearless(text: str, start: int, end: int, after: date) -> FoundDate | None:
    """A date written without its year ("Wednesday, 27 November"): the first such day on or
    after ``after`` (the notice's own date)."""
    m = _yearless().search(text, start, end)
    if not m:
        return None
    name = m.group("m").casefold()
    month = MONTHS.get(name[:3]) if name[:3] in MONTHS and name.isascii() else None
    month = (
        _ENGLISH_FULL.get(name)
        or month
        or foreign().months.get(name)
        or foreign().months.get(_fold(name))
    )
    if not month:
        return None
    for year in (after.year, after.year + 1):
        iso = _build(str(year), month, m.group("d"))
        if iso and iso >= after.isoformat():
            return FoundDate(iso, m.start(), m.end())
    return None


# Other languages' month names (a long alternation) are tried only just before a year.
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _taken(found: list[FoundDate], at: int) -> bool:
    return any(d.start <= at < d.end for d in found)


def _english(text: str, start: int, stop: int, order: Order, first: bool) -> list[FoundDate]:
    out = []
    for m in DATE_RE.finditer(text, start, stop):
        iso, ambiguous = _parse(m, order)
        if iso:
            out.append(FoundDate(iso, m.start(), m.end(), ambiguous))
            if first:
                break
    return out


def _foreign_dates(
    text: str, start: int, stop: int, taken: list[FoundDate], first: bool
) -> list[FoundDate]:
    out: list[FoundDate] = []
    years = [y for y in _YEAR4.finditer(text, start, stop) if not _taken(taken, y.start())]
    if not years:
        return out
    table = foreign()
    seen: set[int] = set()
    for y in years:
        window_start = max(start, y.start() - 40)
        for m in table.pattern.finditer(text, window_start, min(len(text), y.end() + 8)):
            if m.start() in seen or _taken(taken, m.start()) or m.end() < y.end():
                continue
            seen.add(m.start())
            iso = _foreign_iso(m, table.months)
            if iso:
                out.append(FoundDate(iso, m.start(), m.end()))
        if first and out:
            break
    return out


def find_dates(
    text: str, start: int = 0, end: int | None = None, order: Order = "DMY"
) -> list[FoundDate]:
    """Every valid date in ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    out = _english(text, start, stop, order, first=False)
    out += [d for d in _foreign_dates(text, start, stop, out, first=False) if d.end <= stop]
    out.sort(key=lambda d: d.start)
    return out


def first_date(
    text: str, start: int = 0, end: int | None = None, order: Order = "DMY"
) -> FoundDate | None:
    """The first valid date in ``text[start:end]`` (stops looking once it has one)."""
    stop = len(text) if end is None else end
    english = _english(text, start, stop, order, first=True)
    limit = english[0].start if english else stop
    other = [d for d in _foreign_dates(text, start, limit, english, first=True) if d.end <= stop]
    found = sorted([*english, *other], key=lambda d: d.start)
    return found[0] if found else None


_TIME_RE = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?:hours?|hrs?\.?|h))?"
    r"(?P<zone>[^\n.;]{0,60})",
    re.I,
)
_BARE_HOURS = re.compile(
    r"(?<![\d:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hours?|hrs?\.?|h)?(?P<zone>[^\n.;]{0,60})",
    re.I,
)


@dataclass(frozen=True)
class Labels:
    """Label words found by substring search (a notice's whole text, once per text)."""

    words: tuple[str, ...]

    def spans(self, text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
        end = len(text) if stop is None else stop
        return [(a, b) for a, b in _label_spans(self, text) if a >= start and b <= end]


@lru_cache(maxsize=32)  # the posts of one call ask about the same text
def _label_spans(labels: Labels, text: str) -> tuple[tuple[int, int], ...]:
    low = text.lower()
    found: dict[int, int] = {}
    for word in labels.words:  # longest first: "deadline for applications" before "deadline"
        at = low.find(word)
        while at >= 0:
            if not (at and low[at - 1].isalpha()) and at not in found:
                found[at] = at + len(word)
            at = low.find(word, at + 1)
    # a shorter label inside a longer one found at an earlier start is the same label
    out: list[tuple[int, int]] = []
    for a in sorted(found):
        if out and a < out[-1][1]:
            continue
        out.append((a, found[a]))
    return tuple(out)


@dataclass(frozen=True)
class Words:
    closing: Labels
    issue: Labels
    ranges: Labels
    noon: re.Pattern[str]
    zones: tuple[tuple[re.Pattern[str], str], ...]
    month_first: frozenset[str]
    o_clock: re.Pattern[str]  # "do 12. ure", "bis 17 Uhr": a whole hour named by its word


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def words() -> Words:
    data = load_json_resource("vacancy/dates.json")
    for key in (
        "closing_labels",
        "issue_labels",
        "range_labels",
        "noon",
        "month_first",
        "hour_words",
    ):
        word_list(data, key, "vacancy/dates.json", required=False)
    zones = []
    for pair in data.get("zones", []):
        if not (
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        ):
            raise ValueError("resources/vacancy/dates.json: 'zones' holds [words, zone] pairs")
        zones.append((re.compile(pair[0], re.I), pair[1]))

    def label(key: str) -> Labels:
        return Labels(tuple(longest_first(w.lower() for w in data[key])))

    return Words(
        closing=label("closing_labels"),
        issue=label("issue_labels"),
        ranges=label("range_labels"),
        noon=re.compile(r"(?<!\w)(?:" + alternation(data["noon"]) + r")(?!\w)", re.I),
        zones=tuple(zones),
        month_first=frozenset(data["month_first"]),
        o_clock=re.compile(
            r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])\.?[ \t]*(?:"
            + (alternation(data.get("hour_words", [])) or "(?!)")
            + r")(?!\w)(?P<zone>[^\n.;]{0,60})",
            re.I,
        ),
    )


def order_for(organization: object) -> Order:
    """The numeric date order of an organisation: day first unless the data says otherwise."""
    return "MDY" if isinstance(organization, str) and organization in words().month_first else "DMY"


_REGIONS = (
    "Africa/",
    "America/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


_NOT_CITIES = frozenset({"west", "east", "north", "south", "central", "eastern", "western"})


@cache
def _tz_cities() -> dict[str, str]:
    """City name (folded, spaces) -> IANA zone, from the tz database."""
    from zoneinfo import available_timezones

    out: dict[str, str] = {}
    for name in available_timezones():
        if not name.startswith(_REGIONS):  # not the legacy "Canada/Central", "US/Eastern"
            continue
        city = name.rsplit("/", 1)[1].replace("_", " ")
        if _fold(city) in _NOT_CITIES:
            continue
        out.setdefault(_fold(city).translate(_APOSTROPHES), name)
    return out


# A word of a city's name, an apostrophe inside it kept ("N’Djamena").
_CITY_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")
_APOSTROPHES = str.maketrans("", "", "’'")
# "GMT-5", "UTC+01:00", "GMT -05:00": an offset, not Greenwich itself.
_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*(?P<sign>[+\-−–])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?")


def _city_candidates(zone_text: str) -> list[tuple[str, int]]:
    """Each word and each pair of neighbouring words (the pair first), with where it ends;
    words inside a bracket first: "GMT+01:00 West Africa Standard Time (Bangui)"."""
    found = list(_CITY_WORD.finditer(zone_text))
    out: list[tuple[int, str, int]] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and zone_text[m.end() : nxt.start()] in (" ", "-"):
            out.append((m.start(), zone_text[m.start() : nxt.end()], nxt.end()))
        out.append((m.start(), m.group(), m.end()))
    bracket = zone_text.find("(")
    out.sort(key=lambda c: bracket < 0 or c[0] < bracket)  # stable: text order kept
    return [(word, end) for _start, word, end in out]


def _offset_zone(m: re.Match[str]) -> str | None:
    """The tz database's fixed zone for a whole-hour offset ("GMT-5" is Etc/GMT+5)."""
    if m.group("m") not in (None, "00") or int(m.group("h")) > 12:
        return None
    hours = int(m.group("h"))
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{'+' if m.group('sign') not in '+' else '-'}{hours}"


@cache
def _country_zones() -> dict[str, str]:
    """ISO country code -> its one IANA zone (the tz database's zone.tab); countries of
    several zones (Russia, the United States) are left out."""
    from importlib.resources import files

    zones: dict[str, list[str]] = {}
    table = files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _coords, zone = line.split("\t")[:3]
            zones.setdefault(code, []).append(zone)
    return {code: z[0] for code, z in zones.items() if len(z) == 1}


def _country_zone(name: str) -> str | None:
    """The zone of the country ``name`` spells ("Perú"), when it has only one."""
    from secondment_desk import countries

    if len(name) < 4:
        return None  # "US", "UK", "RDC": codes and short forms are not read as a clock
    found = countries.lookup(name)
    return _country_zones().get(found.code) if found else None


def zone_of(zone_text: str, cet_zone: str) -> tuple[str, int] | None:
    """The IANA zone a time's trailing words name, and where those words end: a city first
    ("(Lima)", "hora de la República de Panamá"), then the zone words of dates.json, then
    a whole-hour offset ("(GMT-5)", never read as Greenwich time itself)."""
    cities = _tz_cities()
    for candidate, end in _city_candidates(zone_text):
        zone = cities.get(_fold(candidate).translate(_APOSTROPHES))
        if zone and candidate[:1].isupper():
            return zone, end
    offset = _OFFSET.search(zone_text)
    for pattern, name in words().zones:
        zm = pattern.search(zone_text)
        if zm and not (offset and offset.start() <= zm.start() < offset.end()):
            return (cet_zone if name == "CET" else name), zm.end()
    for candidate, end in _city_candidates(zone_text):  # "(GMT-5), hora de Perú"
        zone = _country_zone(candidate) if candidate[:1].isupper() else None
        if zone:
            return zone, end
    if offset:
        fixed = _offset_zone(offset)
        if fixed:
            return fixed, offset.end()
    return None


@dataclass(frozen=True)
class FoundTime:
    value: str
    start: int
    end: int


def _is_a_year(text: str, bare: re.Match[str]) -> bool:
    """Whether four bare digits end a date ("15 March 2024 (Paris time)"), not "1700 hours"."""
    digits_end = bare.end("m")
    return any(d.end == digits_end for d in find_dates(text, max(0, digits_end - 40), digits_end))


def find_time(text: str, start: int, end: int, cet_zone: str) -> FoundTime | None:
    """A clock time with the zone the notice names, e.g. "23:59 Europe/Vienna".

    ``cet_zone`` says which city's zone "Central European Time" means for this organisation.
    A time with no zone at all is returned without one; "noon" is 12:00 and "1700 (Brussels
    time)" is 17:00.
    """
    m = _TIME_RE.search(text, start, end)
    if not m:
        at = start
        while (bare := _BARE_HOURS.search(text, at, end)) is not None:
            if zone_of(bare.group("zone"), cet_zone) and not _is_a_year(text, bare):
                m = bare
                break
            at = bare.end("m")  # the zone's text may hold the real hours ("2015 at 1700 ...")
    if not m:
        noon = words().noon.search(text, start, end)
        if noon:
            return FoundTime("12:00", noon.start(), noon.end())
        m = words().o_clock.search(text, start, end)
        if not m:
            return None
    hour, minute = int(m.group("h")), int(m.groupdict().get("m") or 0)
    ampm = (m.groupdict().get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone_text = m.group("zone")
    found = zone_of(zone_text, cet_zone)
    clock = f"{hour:02d}:{minute:02d}"
    groups = m.groupdict()
    stop = m.end("ampm") if groups.get("ampm") else m.end("m") if "m" in groups else m.end("h")
    if found:
        zone, zend = found
        stop = max(stop, m.start("zone") + zend)
        return FoundTime(f"{clock} {zone}", m.start(), stop)
    return FoundTime(clock, m.start(), stop)
