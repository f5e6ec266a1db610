"""``secondment-desk vacancy parse``: exit codes, one-line errors, JSON shape, summary."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from secondment_desk.cli import main
from secondment_desk.models.vacancy import CONTRACT_FIELDS
from tests.conftest import CONTRACT_FIXTURES, FIXTURES, subprocess_env

DUSHANBE = CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt"
ASTANA = CONTRACT_FIXTURES / "vacancies" / "osce_astana_pmo_aggregator.txt"
CFC = FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt"


def test_json_for_one_file_is_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vacancy", "parse", str(DUSHANBE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    assert list(data)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
    assert data["requisition_id"] == "TAJ000394"
    assert data["requirements"][0].keys() >= {"text", "kind", "category", "span", "id"}
    assert "text" not in data  # the notice text stays out of the JSON
    assert data["sources"]["grade"]["end"] > data["sources"]["grade"]["start"]
    assert "closing_time" in data["missing"]
    # the notice never heads its title: one inferred from its prose is flagged for checking
    assert data["title"] == "Head of the Politico-Military Department"
    assert any("title inferred" in w for w in data["warnings"])


def test_json_for_several_files_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vacancy", "parse", str(DUSHANBE), str(ASTANA), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["office"] for d in data] == [
        "OSCE Programme Office in Dushanbe",
        "OSCE Programme Office in Astana",
    ]


def test_json_for_a_call_with_three_posts_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vacancy", "parse", str(CFC), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["title"] for d in data] == [
        "Monitor",
        "Mission Security Officer",
        "Press and Public Information Officer",
    ]


def test_summary_lists_fields_requirements_and_missing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vacancy", "parse", str(DUSHANBE)]) == 0
    out = capsys.readouterr().out
    assert "Reference:" in out and "TAJ000394" in out
    assert "Mandatory requirements:" in out and "Desirable requirements:" in out
    assert "[licence] Possession of a valid automobile driving license" in out
    assert "Title:" in out and "-- not found --" in out
    assert "Russian, desirable (working knowledge)" in out


@pytest.mark.parametrize(
    ("content", "expect"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02binary" * 50, "binary"),
        (b"Dear Anna, the lunch is on Friday at noon. See you there, Jo." * 2, "vacancy notice"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, expect: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["vacancy", "parse", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("secondment-desk: ")
    assert expect in lines[0]


def test_too_large_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(11 * 1024 * 1024)
    assert main(["vacancy", "parse", str(path), "--json"]) == 2
    assert "larger than 10 MB" in capsys.readouterr().err


def test_stdin_in_a_real_process_and_no_traceback_on_garbage() -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "vacancy", "parse", "-", "--json"],
        input=DUSHANBE.read_bytes(),
        capture_output=True,
        env=subprocess_env(),
        check=False,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["source_name"] == "-"
    bad = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "vacancy", "parse", "-"],
        input=bytes(range(256)) * 20,
        capture_output=True,
        env=subprocess_env(),
        check=False,
        timeout=60,
    )
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr
    assert len(bad.stderr.decode().strip().splitlines()) == 1


def test_many_files_in_worker_processes_keep_their_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import secondment_desk.vacancy as intake

    files = [DUSHANBE, CFC, ASTANA]
    sequential = intake.output_many(files, workers=1)
    monkeypatch.setattr(intake, "PARALLEL_MIN_FILES", 2)
    parallel = intake.output_many(files, workers=2)
    assert parallel == sequential
    assert [d["requisition_id"] for d in parallel] == [
        "TAJ000394", "GEO ZM 12", "GEO HQ 05", "GEO AR 11", None,
    ]  # fmt: skip
    vacancies = intake.parse_many(files, workers=2)
    assert [v.output_dict() for v in vacancies] == sequential


def test_damaged_pdf_gives_one_line_and_no_library_chatter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    good = (FIXTURES / "vacancies" / "un_human_rights_officer_baghdad.pdf").read_bytes()
    path = tmp_path / "notice.pdf"
    path.write_bytes(good[:-200])  # no EOF marker: pypdf logs about it
    with caplog.at_level(logging.WARNING):
        code = main(["vacancy", "parse", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "notice.pdf" in err[0]
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []


def test_json_is_indented_at_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["vacancy", "parse", str(DUSHANBE), "--json"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "organization": "OSCE"')
    assert json.loads(out)["grade"] == "S3"
