"""``secondment-desk deadline`` and ``secondment-desk states``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from secondment_desk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_deadline_json_from_a_closing_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ics = tmp_path / "out.ics"
    code, out, err = _run(
        capsys,
        "deadline",
        "--closing-date", "2025-10-07",
        "--state", "Germany",
        "--lead-days", "3",
        "--today", "2025-09-30",
        "--zone", "America/New_York",
        "--json",
        "--ics", str(ics),
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["closing_at"] == "2025-10-07T23:59+02:00"
    assert data["delegation_deadline"] == "2025-10-01"
    # Wed 1 Oct is the next working day after Tue 30 Sep.
    assert data["working_days_left"] == 1
    assert data["state"] == "Germany"
    assert data["organisation_zone"] == "Europe/Vienna"
    assert data["closing_at_local"] == "2025-10-07T17:59-04:00"
    assert data["holidays_skipped"] == [{"date": "2025-10-03", "name": "German Unity Day"}]
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 2
    assert "Calendar written" in err


def test_deadline_for_eu_with_entered_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys,
        "deadline", "--closing-date", "2026-03-30", "--organization", "EU",
        "--state", "SE", "--delegation-date", "2026-03-02", "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["closing_at"] == "2026-03-30T17:00+02:00"
    assert data["delegation_deadline"] == "2026-03-02"
    assert data["delegation_deadline_source"] == "entered"


def test_deadline_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "deadline", "--closing-date", "2026-10-28", "--state", "Austria",
        "--lead-days", "3", "--today", "2026-10-01",
    )  # fmt: skip
    assert code == 0
    assert "apply to Austria by: 2026-10-22" in out
    assert "holidays skipped:" in out and "2026-10-26 National Day" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--closing-date", "2026-10-28", "--state", "Germny"], "Did you mean Germany"),
        (["--state", "Austria"], "VACANCY_FILE or --closing-date"),
        (["--closing-date", "2026-10-28", "--state", "AT", "--lead-days", "-2"], "0 or more"),
        (["--closing-date", "2026-10-28", "--state", "AT", "--zone", "Mars/Base"], "time zone"),
    ],
)
def test_deadline_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, out, err = _run(capsys, "deadline", *argv)
    assert code == 2 and out == ""
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_states_set_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "states", "set", "Austria", "--lead-days", "15", "--body", "BMEIA")
    assert code == 0 and "Saved in" in out
    code, out, _ = _run(capsys, "states", "list", "--json")
    listed = {s["code"]: s for s in json.loads(out)}
    assert len(listed) == 68
    assert listed["AT"]["lead_working_days"] == 15 and listed["AT"]["user_edited"] is True
    code, out, _ = _run(capsys, "states", "show", "Austria", "--json")
    assert json.loads(out)["body"] == "BMEIA"
    # The edited lead time is used by the deadline command.
    code, out, _ = _run(
        capsys, "deadline", "--closing-date", "2026-10-28", "--state", "AT", "--json"
    )
    assert json.loads(out)["lead_working_days"] == 15
    code, out, _ = _run(capsys, "states", "list")
    assert code == 0 and "Austria" in out and "*" in out


def test_states_set_needs_a_value_and_a_known_state(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "states", "set", "Austria")
    assert code == 2 and "Nothing to set" in err
    code, _, err = _run(capsys, "states", "set", "Austira", "--lead-days", "3")
    assert code == 2 and "Did you mean Austria" in err


def test_deadline_from_a_vacancy_file(capsys: pytest.CaptureFixture[str]) -> None:
    """With the vacancy parser present, the notice's closing date is used; without it, the
    command says to give --closing-date."""
    import importlib.util

    from tests.conftest import CONTRACT_FIXTURES

    notice = CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt"
    argv = ["deadline", str(notice), "--state", "Germany", "--json", "--today", "2025-08-01"]
    code, out, err = _run(capsys, *argv)
    if importlib.util.find_spec("secondment_desk.vacancy") is None:
        assert code == 2 and "--closing-date" in err
        return
    assert code == 0, err
    data = json.loads(out)
    # The notice closes on Fri 29 Aug 2025 (summer time in Vienna); ten Berlin working days
    # back with no holiday between: 28, 27, 26, 25, 22, 21, 20, 19, 18, 15 Aug.
    assert data["closing_at"] == "2025-08-29T23:59+02:00"
    assert data["delegation_deadline"] == "2025-08-15"
