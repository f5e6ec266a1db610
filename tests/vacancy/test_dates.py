"""Dates as real notices write them: labels in four languages, odd spacing, ranges, zones."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from secondment_desk.vacancy import dates, parse_text
from tests.conftest import REPO

HEAD = "Political Officer (P3)\nDuty Station: Vienna\n"
TODAY = date(2000, 1, 1)


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("25 th November 2011", "2011-11-25"),
        ("04 March , 2018", "2018-03-04"),
        ("September 7, 2007", "2007-09-07"),
        ("Mar 26 2026", "2026-03-26"),
        ("24-Jul-2025", "2025-07-24"),
        ("19.04.2024", "2024-04-19"),
        ("3/3/23", "2023-03-03"),
        ("12 marzo 2026", "2026-03-12"),
        ("24 июля 2025 г.", "2025-07-24"),
        ("20 septembre 2016", "2016-09-20"),
        ("1er août 2020", "2020-08-01"),
        ("02 - SET - 2025", "2025-09-02"),
        ("junio 15, 2024", "2024-06-15"),
    ],
)
def test_date_forms(written: str, iso: str) -> None:
    assert [d.iso for d in dates.find_dates(f"on {written}.")] == [iso]


def test_no_date_in_version_numbers_or_prose() -> None:
    assert dates.find_dates("version 1.2.3 of the set of 12 rules") == []


@pytest.mark.parametrize(
    ("lines", "closing", "time"),
    [
        ("Deadline to apply\n12 May 2025\n", "2025-05-12", None),
        ("Closing Date:\n3/3/23\n", "2023-03-03", None),
        ("DEADLINE FOR APPLICATIONS24 November 2025-23:59-GMT+02:00 Israel Time (Jerusalem)\n",
         "2025-11-24", "23:59 Asia/Jerusalem"),
        ("Application close: Mar 26 2026\n", "2026-03-26", None),
        ("Date limite d’envoi des candidatures : le 17 octobre 2025\n", "2025-10-17", None),
        ("Fecha límite: 12 marzo 2026\n", "2026-03-12", None),
        ("Срок подачи заявок: 24 июля 2025 г.\n", "2025-07-24", None),
        ("Applications must be received by noon on September 7, 2007.\n", "2007-09-07", "12:00"),
        ("Application Deadline\n27-Jul-2025, 9:59:00 PM\n", "2025-07-27", "21:59"),
    ],
)  # fmt: skip
def test_closing_date_by_label(lines: str, closing: str, time: str | None) -> None:
    (vacancy,) = parse_text(HEAD + lines, "n.txt", today=TODAY)
    assert vacancy.closing_date is not None and vacancy.closing_date.isoformat() == closing
    if time:
        assert vacancy.closing_time == time


def test_a_period_gives_issue_and_closing() -> None:
    text = HEAD + "Période de candidature: 20 septembre 2016 - 03 octobre 2016\n"
    (vacancy,) = parse_text(text, "n.txt", today=TODAY)
    assert str(vacancy.issue_date) == "2016-09-20"
    assert str(vacancy.closing_date) == "2016-10-03"


def test_brussels_time_in_hours() -> None:
    found = dates.find_time("by 1 May 2024 at 1700 (Brussels time)", 13, 40, "Europe/Vienna")
    assert found is not None and found.value == "17:00 Europe/Brussels"


def test_central_european_time_is_the_organisations_city() -> None:
    text = "at 23:59 hrs Central European Time"
    found = dates.find_time(text, 0, len(text), "Europe/Vienna")
    assert found is not None and found.value == "23:59 Europe/Vienna"


def test_year_less_deadline_after_the_notice_date() -> None:
    text = (
        HEAD + "Date of issue: 18.11.2024\nDeadline for applications:\n\nWednesday, 27 November\n"
    )
    (vacancy,) = parse_text(text, "n.txt", today=TODAY)
    assert str(vacancy.closing_date) == "2024-11-27"
    assert any("without its year" in w for w in vacancy.warnings)


def test_year_less_deadline_without_issue_date_takes_the_notices_year() -> None:
    text = (
        "Observer\nElections on 30 września 2007 r.\n"
        "Formularz w nieprzekraczalnym terminie do 7 września br. do godz. 12.00.\n"
    )
    (vacancy,) = parse_text(text + "Duty Station: Kyiv\n", "n.txt")
    assert str(vacancy.closing_date) == "2007-09-07"
    assert vacancy.closing_time == "12:00"
    assert any("without its year" in w for w in vacancy.warnings)


def test_day_month_order_is_said_not_guessed() -> None:
    (vacancy,) = parse_text(HEAD + "Deadline: 03/04/2025\n", "n.txt", today=TODAY)
    assert str(vacancy.closing_date) == "2025-04-03"
    assert any("03/04/2025" in w and "day first" in w for w in vacancy.warnings)
    (plain,) = parse_text(HEAD + "Deadline: 23/04/2025\n", "n.txt", today=TODAY)
    assert not any("day first" in w for w in plain.warnings)
    found = dates.find_dates("03/04/2025", order=dates.order_for("OAS"))
    assert found[0].iso == "2025-03-04" and found[0].ambiguous


def test_month_names_are_dateparsers() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_month_names.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
