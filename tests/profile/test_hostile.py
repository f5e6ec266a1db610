"""Hostile profile files end with one clear line (exit 2), never a traceback or a silent drop."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secondment_desk.errors import DeskError, InputError
from secondment_desk.profile import import_bytes
from tests.conftest import subprocess_env


def _resume(**sections: object) -> bytes:
    return json.dumps({"basics": {"name": "Anna Petrova"}, **sections}).encode()


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (
            b'{"basics": {"name": "A B"}, "work": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
            "nested too deeply",
        ),
        (b'{"basics": {"name": "A B"}, "x": [' * 30 + b"1" + b"]}" * 30, "nested too deeply"),
        (b'{"basics": {"name": "A B"}, "x": ' + b"9" * 5000 + b"}", "thousands of digits"),
        (_resume(work=[{"position": "P", "startDate": "2019-01"}] * 200_000), "200,000 entries"),
        (
            _resume(work=[{"position": "P", "name": "OSCE", "startDate": "2019-13-45"}]),
            "2019-13-45",
        ),
        (_resume(work=[{"position": "P", "startDate": "2020-02-30"}]), "work\\[0\\].startDate"),
        (_resume(education=[{"institution": "U", "endDate": "soon"}]), "education\\[0\\].endDate"),
    ],
)
def test_hostile_json_is_refused_in_one_sentence(data: bytes, says: str) -> None:
    with pytest.raises(InputError, match=says):
        import_bytes(data, "cv.json")


def test_a_good_date_still_imports() -> None:
    profile = import_bytes(
        _resume(work=[{"position": "P", "name": "O", "startDate": "2019-12-31"}])
    )
    assert profile.employment[0].start == "2019-12"


def test_a_europass_date_that_is_not_a_date(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    xml = (FIXTURES / "profiles" / "europass_kovacs.xml").read_bytes()
    for count, says in ((1, "year 9"), (-1, "year")):  # birth date, then every date
        bad = xml.replace(b'year="', b'year="9', count)
        assert bad != xml
        with pytest.raises(DeskError, match=says):
            import_bytes(bad, "cv.xml")


def test_the_cli_prints_one_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    done = subprocess.run(
        [sys.executable, "-m", "secondment_desk", "profile", "import", str(path)],
        env=subprocess_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
