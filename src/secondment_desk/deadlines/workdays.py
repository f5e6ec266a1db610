"""Working days of a nominating State: weekends and public holidays from ``holidays``.

Each State's own weekend (Friday-Saturday in some Partners), its moved working days, and the
public holidays of the region its national body sits in (``holiday_subdivision``) count.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import holidays
from holidays.registry import COUNTRIES, IMPORT_LOCK


def _country_class(code: str) -> Any:
    """The ``holidays`` class of one country, loading its module alone.

    ``holidays.country_holidays`` imports ``holidays.countries``, whose package imports all
    250 countries' modules (about 140 ms, at the first deadline of every process); one
    country's module needs only the shared base classes. None when it is not known here."""
    found = next(
        ((module, entry[0]) for module, entry in COUNTRIES.items() if code.upper() in entry[1:]),
        None,
    )
    if found is None:
        return None
    module, name = found
    full = f"holidays.countries.{module}"
    loaded = sys.modules.get(full)
    if loaded is None:
        spec = importlib.util.find_spec("holidays")
        if spec is None or not spec.submodule_search_locations:
            return None
        path = Path(next(iter(spec.submodule_search_locations))) / "countries" / f"{module}.py"
        file_spec = importlib.util.spec_from_file_location(full, path)
        if file_spec is None or file_spec.loader is None:
            return None
        loaded = importlib.util.module_from_spec(file_spec)
        sys.modules[full] = loaded  # what ``import holidays.countries`` would reuse later
        try:
            file_spec.loader.exec_module(loaded)
        except BaseException:
            del sys.modules[full]
            raise
    return getattr(loaded, name, None)


@cache
def _calendar(code: str, subdivision: str | None) -> Any:
    """A ``holidays`` calendar (expands to any year asked); weekends only when unsupported.
    Only the nominating State's own calendar module is loaded."""
    try:
        with IMPORT_LOCK:
            found = _country_class(code)
    except Exception:  # a layout of ``holidays`` this does not know: its own loader
        found = None
    try:
        if found is not None:
            return found(subdiv=subdivision)
        return holidays.country_holidays(code, subdiv=subdivision)
    except NotImplementedError:
        if subdivision:
            return _calendar(code, None)
        return holidays.HolidayBase()
    except ValueError:  # subdivision unknown to this version of holidays
        return _calendar(code, None) if subdivision else holidays.HolidayBase()


def has_holiday_data(code: str) -> bool:
    """Whether public holidays are known for ``code`` (else only weekends are skipped): its
    two- or three-letter code in the ``holidays`` registry, as ``list_supported_countries``
    gives them, without importing every country's module as that does (a second and more
    of a worker holding the GIL at the dashboard's first build, the window stalled by it)."""
    # An entry: the class name, its codes, then alias class names ("HolidaysAX").
    return len(code) <= 3 and any(code in entry[1:] for entry in COUNTRIES.values())


def is_working_day(day: date, code: str, subdivision: str | None = None) -> bool:
    return bool(_calendar(code, subdivision).is_working_day(day))


def holiday_name(day: date, code: str, subdivision: str | None = None) -> str | None:
    """The public holiday on ``day`` in that State, if any."""
    name = _calendar(code, subdivision).get(day)
    return str(name) if name else None


def subtract_working_days(
    day: date, working_days: int, code: str, subdivision: str | None = None
) -> date:
    """The date ``working_days`` working days before ``day``.

    Zero gives ``day`` itself when it is a working day, else the last working day before it.
    """
    if working_days < 0:
        raise ValueError("working_days must be 0 or more")
    cal = _calendar(code, subdivision)
    current = day
    if working_days == 0:
        while not cal.is_working_day(current):
            current -= timedelta(days=1)
        return current
    result: date = cal.get_nth_working_day(day, -working_days)
    return result


@cache
def _year_prefix(code: str, subdivision: str | None, year: int) -> tuple[int, ...]:
    """``prefix[n]``: working days among the first ``n`` days of ``year`` (cached per year,
    so counting across a dashboard costs a few lookups instead of a walk over every day)."""
    cal = _calendar(code, subdivision)
    day, counts, total = date(year, 1, 1), [0], 0
    while day.year == year:
        total += bool(cal.is_working_day(day))
        counts.append(total)
        day += timedelta(days=1)
    return tuple(counts)


def count_working_days(start: date, end: date, code: str, subdivision: str | None = None) -> int:
    """Working days in ``[start, end]`` (both included; 0 when end < start)."""
    total = 0
    for year in range(start.year, end.year + 1):
        prefix = _year_prefix(code, subdivision, year)
        first = start.timetuple().tm_yday if year == start.year else 1
        last = end.timetuple().tm_yday if year == end.year else len(prefix) - 1
        total += max(0, prefix[last] - prefix[first - 1])
    return total


def working_days_between(start: date, end: date, code: str, subdivision: str | None = None) -> int:
    """Working days after ``start`` up to and including ``end``; negative when end < start.

    So the count on the deadline day itself is 0 ("due today"), and 1 on the working day
    before it.
    """
    if end == start:
        return 0
    if end > start:
        return count_working_days(start + timedelta(days=1), end, code, subdivision)
    return -count_working_days(end + timedelta(days=1), start, code, subdivision)
