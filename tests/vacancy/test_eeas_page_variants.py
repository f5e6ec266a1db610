"""An EEAS vacancy page's deadline and grade, written as other EU pages write them, read the same.

The development part of the real-notice corpus holds EEAS and delegation vacancy pages read by
hand (``tests/fixtures/vacancies/corpus/dev/eu_*.expected.json``) whose deadline line reads
"Deadline for sending application: 09/07/2025 at 12.00 noon (CET)" or "The closing date for the
submission of applications is 09/10/2019 at 18.00 (CET)". Each page's deadline is written again
in other wordings EU notices use (a month name, an ordinal, a weekday, dots, 'Brussels time',
'CEST', the time before the date, the label in capitals or alone on its line) and its function
group with or without a space ('FGIV' / 'FG IV'); the hand-read deadline, time, title and grade
must still come out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.vacancy import parse_text

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "vacancies" / "corpus" / "dev"
DEADLINE = re.compile(
    r"(?P<label>Deadline for sending application:|The closing date for the submission of "
    r"applications is) (?P<value>\d{2}/\d{2}/\d{4} at \d{2}\.\d{2}(?: noon)? \(CET\))"
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def _single_pages() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(name, text, hand-read values) of every dev EU notice of one post."""
    for expected in sorted(DEV.glob("eu_*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            notice = expected.with_name(expected.name.replace(".expected.json", ".txt"))
            yield notice.stem, notice.read_text(encoding="utf-8"), data


def _pages() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name, text, data in _single_pages():
        if data.get("closing_date") and DEADLINE.search(text):
            yield name, text, data


PAGES = list(_pages())


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# How a deadline's date and time are written, from the ISO date and "HH:MM".
VALUES: dict[str, Callable[[date, str], str]] = {
    "month-name-brussels-time": lambda d, t: (
        f"{d.day} {MONTHS[d.month - 1]} {d.year} at {t} (Brussels time)"
    ),
    "dots-cet": lambda d, t: f"{d:%d.%m.%Y}, {t} CET",
    "month-first-hrs": lambda d, t: (
        f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {t.replace(':', '.')} hrs Brussels time"
    ),
    "ordinal-h": lambda d, t: (
        f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} at {t.replace(':', 'h')} (CET)"
    ),
    "cest": lambda d, t: f"{d:%d/%m/%Y} at {t} CEST",
    "weekday": lambda d, t: (
        f"{d:%A}, {d.day} {MONTHS[d.month - 1]} {d.year} at {t.replace(':', '.')} (Brussels time)"
    ),
    "time-first": lambda d, t: f"{t} (Brussels time) on {d.day} {MONTHS[d.month - 1]} {d.year}",
}
LABELS: dict[str, Callable[[str], str]] = {
    "as-published": lambda label: label,
    "deadline-for-applications": lambda label: "Deadline for applications:",
    "capitals": lambda label: "DEADLINE FOR APPLICATIONS:",
    "label-alone-on-its-line": lambda label: "Deadline for applications:\n",
    "submitted-by": lambda label: "Applications must be submitted by",
}


def _variant(text: str, data: dict[str, Any], value: str, label: str) -> str:
    m = DEADLINE.search(text)
    assert m is not None
    closing = date.fromisoformat(str(data["closing_date"]))
    hhmm = str(data["closing_time"]).split(" ")[0]
    new_label = LABELS[label](m.group("label"))
    glue = "" if new_label.endswith("\n") else " "
    written = new_label + glue + VALUES[value](closing, hhmm)
    return text[: m.start()] + written + text[m.end() :]


def _grade(value: object) -> str:
    return re.sub(r"\s+", "", str(value)).casefold()


@pytest.mark.parametrize("label", sorted(LABELS))
@pytest.mark.parametrize("value", sorted(VALUES))
@pytest.mark.parametrize(("name", "text", "data"), PAGES, ids=[p[0] for p in PAGES])
def test_a_deadline_written_otherwise_reads_the_same(
    name: str, text: str, data: dict[str, Any], value: str, label: str
) -> None:
    (vacancy,) = parse_text(
        _variant(text, data, value, label), f"{name}.txt", today=date(2000, 1, 1)
    )
    assert str(vacancy.closing_date) == data["closing_date"]
    assert vacancy.closing_time == data["closing_time"]
    if data.get("title"):
        assert vacancy.title == data["title"]


@pytest.mark.parametrize(("name", "text", "data"), PAGES, ids=[p[0] for p in PAGES])
def test_a_function_group_with_or_without_its_space_reads_the_same(
    name: str, text: str, data: dict[str, Any]
) -> None:
    grade = str(data["grade"])
    other = grade.replace(" ", "") if " " in grade else re.sub(r"^FG", "FG ", grade)
    variant = re.sub(re.escape(grade) + r"(?![\w])", other, text)
    (vacancy,) = parse_text(variant, f"{name}.txt", today=date(2000, 1, 1))
    assert _grade(vacancy.grade) == _grade(grade)
    assert vacancy.contract_type == data["contract_type"]


def test_the_dev_part_has_pages_to_vary() -> None:
    assert len(PAGES) >= 5, [p[0] for p in PAGES]


def _headed() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Dev EEAS pages whose first line is their title line ("EEAS Vacancy Notice - Contract
    Agent FGIV – Job title: ... job n° 447664")."""
    for name, text, data in _single_pages():
        first = text.lstrip().split("\n", 1)[0]
        if not (data.get("title") and data.get("grade")):
            continue
        if re.match(r"(?:EEAS )?Vacancy", first, re.I) and str(data["title"]) in first:
            yield name, text, data


HEADED = list(_headed())
# A title line in the shapes EEAS pages and their copies use: (grade, title, job number).
TITLE_LINES: dict[str, Callable[[str, str, str], str]] = {
    "dashes": lambda g, t, n: (
        f"EEAS Vacancy Notice - Contract Agent {g} – Job title: {t} - EEAS Headquarters job n° {n}"
    ),
    "pipes": lambda g, t, n: (
        f"EEAS Vacancy Notice | Contract Agent {g} | Job title: {t} | "
        f"EEAS Headquarters | Job No. {n}"
    ),
    "title-first": lambda g, t, n: (
        f"Vacancy notice – Job title: {t} - HQ Contract Agent {g} - EEAS Headquarters - job No {n}"
    ),
    "colon": lambda g, t, n: (
        f"EEAS Vacancy Notice: Contract Agent {g} – Job title: {t} – EEAS Headquarters – job n° {n}"
    ),
    "lines": lambda g, t, n: (
        f"EEAS Vacancy Notice\nJob title: {t}\nContract Agent {g}\nEEAS Headquarters job n° {n}"
    ),
}


@pytest.mark.parametrize("shape", sorted(TITLE_LINES))
@pytest.mark.parametrize(("name", "text", "data"), HEADED, ids=[p[0] for p in HEADED])
def test_a_title_line_laid_out_otherwise_reads_the_same(
    name: str, text: str, data: dict[str, Any], shape: str
) -> None:
    number = str(data.get("requisition_id") or "")
    line = TITLE_LINES[shape](str(data["grade"]), str(data["title"]), number)
    if not number:  # a page without a job number: its line without one
        line = re.sub(r"\s*(?:[-–|]\s*)?(?:EEAS Headquarters\s*)?(?:[-–|]\s*)?job n\S*\s*$", "",
                      line, flags=re.I | re.M)  # fmt: skip
    body = text.lstrip().split("\n", 1)[1]
    (vacancy,) = parse_text(line + "\n" + body, f"{name}.txt", today=date(2000, 1, 1))
    assert vacancy.title == data["title"]
    assert _grade(vacancy.grade) == _grade(data["grade"])
    if number:
        assert vacancy.requisition_id == number


DATELINE = re.compile(r"^(\d{2})[./](\d{2})[./](\d{4})(?:[ \t]+-[ \t]+\d{2}:\d{2})?[^\n]*$", re.M)


def _dated() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Dev EEAS pages with their publication date on a line of its own near the top."""
    for name, text, data in _single_pages():
        m = DATELINE.search(text, 0, 600)
        day_first = f"{m.group(3)}-{m.group(2)}-{m.group(1)}" if m else None
        if day_first and data.get("issue_date") == day_first:
            yield name, text, data


DATED = list(_dated())
DATELINES: dict[str, Callable[[date], str]] = {
    "dots-badge": lambda d: f"{d:%d.%m.%Y} Expired",
    "slashes-time": lambda d: f"{d:%d/%m/%Y} - 10:07",
    "dots-new": lambda d: f"{d:%d.%m.%Y} New opportunity",
    "month-name": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
}


@pytest.mark.parametrize("line", sorted(DATELINES))
@pytest.mark.parametrize(("name", "text", "data"), DATED, ids=[p[0] for p in DATED])
def test_a_page_s_date_line_written_otherwise_is_its_issue_date(
    name: str, text: str, data: dict[str, Any], line: str
) -> None:
    m = DATELINE.search(text, 0, 600)
    assert m is not None
    written = DATELINES[line](date.fromisoformat(str(data["issue_date"])))
    (vacancy,) = parse_text(text[: m.start()] + written + text[m.end() :], f"{name}.txt")
    assert str(vacancy.issue_date) == data["issue_date"]
    if data.get("closing_date"):
        assert str(vacancy.closing_date) == data["closing_date"]


def test_the_dev_part_has_dated_pages() -> None:
    assert len(DATED) >= 3, [p[0] for p in DATED]
