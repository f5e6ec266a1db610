"""Applications as records (issue 15): one per candidate and post, made on first use by every
CLI command that needs one, with a sealed history, listed, changed, deleted, and written out as
a register (.csv, .xlsx, .pdf)."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.cli import main
from tests.conftest import FIXTURES

PASS = "correct horse battery staple"
NOTICE = str(FIXTURES / "vacancies" / "osce_field_kosovo_human_rights.txt")
RESUME = str(FIXTURES / "profiles" / "jsonresume_petrova.json")
NAME = "Anna Ivanova Petrova"


@pytest.fixture(autouse=True)
def headless_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDMENT_DESK_PASSPHRASE", PASS)


def _listing(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["application", "list", "--json", *extra]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return rows


def _show(capsys: pytest.CaptureFixture[str], app_id: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["application", "show", app_id, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def _flow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """import -> checklist -> form fill; returns the one application's id."""
    assert main(["profile", "import", RESUME]) == 0
    capsys.readouterr()
    assert main(["checklist", NOTICE, "--profile", NAME, "--json"]) == 0
    out = capsys.readouterr()
    json.loads(out.out)  # stdout stays the checklist's JSON
    assert "created" in out.err
    created_id = out.err.split()[1].rstrip(":")
    assert main(["form", "fill", NOTICE, "--profile", NAME, "--out", str(tmp_path / "f.docx")]) == 0
    assert created_id in capsys.readouterr().err  # the same one, said again
    return created_id


def test_import_checklist_and_form_fill_make_one_application_with_its_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _flow(tmp_path, capsys)
    rows = _listing(capsys)
    assert [r["id"] for r in rows] == [app_id]
    assert rows[0]["candidate"] == NAME and rows[0]["status"] == "draft"
    shown = _show(capsys, app_id)
    kinds = [e["kind"] for e in shown["history"]]
    assert kinds == ["created", "document"]
    filled = tmp_path / "f.docx"
    document = shown["history"][1]
    assert document["file"] == "f.docx"
    assert document["sha256"] == hashlib.sha256(filled.read_bytes()).hexdigest()
    # the words, too
    assert main(["application", "show", app_id]) == 0
    text = capsys.readouterr().out
    assert "Application created" in text and f"Filled f.docx (SHA-256 {document['sha256']})" in text


def test_the_same_post_from_every_command_stays_one_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _flow(tmp_path, capsys)
    assert main(["deadline", NOTICE, "--profile", NAME, "--state", "Austria", "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["state"] and app_id in out.err
    pkg = tmp_path / "p.zip"
    args = ["package", "export", "--candidate", NAME, "--notice", NOTICE, "--out", str(pkg)]
    assert main([*args, "--no-pdf"]) == 0
    assert app_id in capsys.readouterr().err
    rows = _listing(capsys)
    assert len(rows) == 1 and rows[0]["nominating_state"] == "Austria"
    history = _show(capsys, app_id)["history"]
    export = [e for e in history if e["kind"] == "export"]
    assert export and export[0]["sha256"] == hashlib.sha256(pkg.read_bytes()).hexdigest()
    # and by id as well
    assert main(["package", "export", app_id, "--out", str(tmp_path / "q.zip"), "--no-pdf"]) == 0


def test_package_export_needs_an_id_or_a_candidate_and_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["profile", "import", RESUME]) == 0
    capsys.readouterr()
    assert main(["package", "export", "--candidate", NAME, "--out", str(tmp_path / "p.zip")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--notice" in err


def test_status_changes_are_events_and_a_wrong_move_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _flow(tmp_path, capsys)
    assert main(["application", "status", app_id, "ready", "--note", "checked by me"]) == 0
    assert main(["application", "status", app_id, "sent"]) == 0
    capsys.readouterr()
    assert main(["application", "status", app_id, "offer"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nominated" in err
    assert main(["application", "status", app_id, "promoted"]) == 2
    assert "not a status" in capsys.readouterr().err
    history = _show(capsys, app_id)["history"]
    moves = [(e["status"], e["note"]) for e in history if e["kind"] == "status"]
    assert moves == [("ready", "checked by me"), ("sent", "")]
    assert [r["id"] for r in _listing(capsys, "--status", "sent")] == [app_id]
    assert _listing(capsys, "--status", "draft") == []
    assert [r["id"] for r in _listing(capsys, "--candidate", "Anna Petrova")] == [app_id]


def test_a_notice_field_is_corrected_from_the_cli_and_kept_in_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _flow(tmp_path, capsys)  # the notice closed on 2024-10-03: the notice is closed
    capsys.readouterr()
    assert main(["application", "correct", app_id, "closing_date", "2999-12-31"]) == 0
    out = capsys.readouterr()
    assert "closing_date = 2999-12-31" in out.out and "open" in out.out
    assert "has passed" not in out.err
    assert main(["application", "correct", app_id, "closing_date", "31/12/2999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "closing_date" in err and "2999-12-31" in err
    assert main(["application", "correct", app_id, "sources", "x"]) == 2
    assert "not a field" in capsys.readouterr().err
    shown = _show(capsys, app_id)
    corrections = [(e["item"], e["note"]) for e in shown["history"] if e["kind"] == "correction"]
    assert corrections == [("closing_date", "2999-12-31")]
    assert shown["organisation_deadline"].startswith("2999-12-31")


def test_the_history_is_sealed_with_the_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], desk_home: Path
) -> None:
    app_id = _flow(tmp_path, capsys)
    sha = _show(capsys, app_id)["history"][1]["sha256"]
    db = desk_home / "store.sqlite3"
    raw = b"".join(
        bytes(row[0]) for row in sqlite3.connect(db).execute("SELECT blob FROM applications")
    )
    assert raw and sha.encode() not in raw and b"f.docx" not in raw


def test_delete_removes_the_application(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app_id = _flow(tmp_path, capsys)
    assert main(["application", "delete", app_id]) == 0
    assert _listing(capsys) == []
    assert main(["application", "show", app_id]) == 2
    assert "No application has the id" in capsys.readouterr().err


def _two_applications(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    app_id = _flow(tmp_path, capsys)
    assert main(["deadline", NOTICE, "--profile", NAME, "--state", "Austria"]) == 0
    assert main(["application", "status", app_id, "ready"]) == 0
    other = str(FIXTURES / "vacancies" / "osce_archive_executive_officer.txt")
    assert main(["checklist", other, "--profile", NAME, "--json"]) == 0
    capsys.readouterr()
    return app_id


def test_register_as_xlsx_and_csv_has_one_row_per_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    app_id = _two_applications(tmp_path, capsys)
    out = tmp_path / "register.xlsx"
    assert main(["application", "register", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "2 applications" in said.out and "plaintext" in said.err
    sheet = load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    head = rows[0]
    assert head[:8] == [
        "Candidate",
        "Organisation",
        "Post",
        "Reference",
        "Nominating State",
        "Organisation deadline",
        "Delegation deadline",
        "Status",
    ]
    body = {r[-1]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    assert len(body) == 2
    kosovo = body[app_id]
    assert kosovo["Candidate"] == NAME and kosovo["Post"] == "Human Rights Officer"
    assert kosovo["Reference"] == "KOS000512" and kosovo["Nominating State"] == "Austria"
    assert kosovo["Delegation deadline"] == "2024-09-19"
    assert str(kosovo["Organisation deadline"]).startswith("2024-10-03")
    assert kosovo["Status"] == "ready" and kosovo["ready on"] and kosovo["draft on"]
    assert not kosovo["sent on"]

    csv_out = tmp_path / "register.csv"
    assert main(["application", "register", "--out", str(csv_out), "--status", "ready"]) == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert len(table) == 2 and table[1][-1] == app_id
    assert main(["application", "register", "--out", str(csv_out), "--year", "2024"]) == 0
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        assert [r[-1] for r in list(csv.reader(handle))[1:]] == [app_id]  # 2017's is left out


def test_deadline_with_a_profile_keeps_the_state_in_the_application(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _flow(tmp_path, capsys)
    assert main(["deadline", NOTICE, "--profile", NAME]) == 2  # a State nominates: say which
    assert "--state" in capsys.readouterr().err
    assert main(["deadline", NOTICE, "--profile", NAME, "--state", "AT", "--lead-days", "5"]) == 0
    capsys.readouterr()
    assert main(["deadline", NOTICE, "--profile", NAME, "--json"]) == 0  # the kept State
    found = json.loads(capsys.readouterr().out)
    assert found["state"] and found["lead_working_days"] == 5
    assert [r["id"] for r in _listing(capsys)] == [app_id]


def test_register_refuses_an_unknown_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["application", "register", "--out", str(tmp_path / "r.ods")]) == 2
    assert ".csv, .xlsx or .pdf" in capsys.readouterr().err


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="needs LibreOffice and poppler",
)
def test_register_as_pdf_renders_with_the_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    _two_applications(tmp_path, capsys)
    out = tmp_path / "register.pdf"
    assert main(["application", "register", "--out", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Register of applications" in text and "KOS000512" in text and "Austria" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 5_000


def test_two_writers_starting_the_same_application_at_once_make_one_record(
    desk_home: Path,
) -> None:
    import threading

    from secondment_desk.applications import open_application
    from secondment_desk.profile import import_file
    from secondment_desk.store import open_store
    from secondment_desk.vacancy import load_vacancies

    with open_store() as store:
        profile_id = store.profiles.save(import_file(RESUME)).id
    (vacancy,) = load_vacancies(NOTICE)
    start = threading.Barrier(2)
    made: list[str] = []

    def start_one() -> None:
        with open_store() as handle:  # each writer its own connection, in its own thread
            start.wait()
            made.append(open_application(handle.applications, profile_id, vacancy).application.id)

    threads = [threading.Thread(target=start_one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    with open_store() as store:
        stored = store.applications.list()
    assert len(stored) == 1 and made == [stored[0].id] * 2
