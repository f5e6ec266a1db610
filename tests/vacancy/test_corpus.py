"""The real-notice corpus is well formed: every notice has hand-read values, a source and a part.

No accuracy thresholds here: ``bench/notice_accuracy.py`` measures the parser on the corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.models.vacancy import CONTRACT_FIELDS
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "vacancies" / "corpus"
PARTS = ("dev", "test")
NOTICE_SUFFIXES = (".txt", ".html", ".pdf", ".docx")
EXTRA_KEYS = {"status", "notes", "format", "min_years_management", "degree_substitution_years"}
ALLOWED_KEYS = set(CONTRACT_FIELDS) | EXTRA_KEYS
FAMILIES = {"osce", "eu", "un", "nato", "coe", "oas", "national", "other"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME = re.compile(r"\d{2}:\d{2}( \S+)?")


def _stem(path: Path) -> str:
    return path.name.split(".")[0]


def _files(part: str) -> list[Path]:
    return sorted(p for p in (CORPUS / part).iterdir() if p.is_file())


def _notices(part: str) -> list[Path]:
    return [p for p in _files(part) if not p.name.endswith(".expected.json")]


def _split() -> dict[str, str]:
    data = json.loads((CORPUS / "split.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return {str(k): str(v) for k, v in data.items()}


def _sources_table() -> list[list[str]]:
    rows = []
    for line in (CORPUS / "sources.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if (
            line.startswith("|")
            and len(cells) >= 4
            and cells[0] not in ("file", "")
            and not set(cells[0]) <= {"-", ":"}
        ):
            rows.append(cells)
    return rows


def _all_notices() -> list[Path]:
    return [p for part in PARTS for p in _notices(part)]


def test_both_parts_hold_notices() -> None:
    for part in PARTS:
        assert _notices(part), f"corpus/{part} is empty"
    assert (CORPUS / "README.md").exists()


@pytest.mark.parametrize("part", PARTS)
def test_every_notice_has_its_expected_file_and_vice_versa(part: str) -> None:
    files = _files(part)
    notices = {_stem(p) for p in files if p.suffix in NOTICE_SUFFIXES}
    expected = {_stem(p) for p in files if p.name.endswith(".expected.json")}
    others = [p.name for p in files if p.suffix not in NOTICE_SUFFIXES and p.suffix != ".json"]
    assert not others, f"files that are neither notices nor expected values: {others}"
    assert notices - expected == set(), "notices without .expected.json"
    assert expected - notices == set(), ".expected.json without its notice"
    stems = [_stem(p) for p in files if p.suffix in NOTICE_SUFFIXES]
    assert len(stems) == len(set(stems)), "two notices share one expected file"


def _check_post(post: Any, name: str) -> None:
    assert isinstance(post, dict) and post, f"{name}: a post must be a non-empty object"
    unknown = set(post) - ALLOWED_KEYS
    assert not unknown, f"{name}: keys outside the contract: {sorted(unknown)}"
    for key in ("closing_date", "issue_date"):
        if post.get(key) is not None:
            assert ISO_DATE.fullmatch(post[key]), f"{name}: {key} is not YYYY-MM-DD"
    if post.get("closing_time") is not None:
        assert TIME.fullmatch(post["closing_time"]), f"{name}: closing_time is not HH:MM [zone]"
    for key in ("languages_mandatory", "languages_desirable", "ineligible_nationalities"):
        if key in post:
            assert isinstance(post[key], list), f"{name}: {key} must be a list"
    for key in ("number_of_posts", "min_years_experience", "max_service_years"):
        if post.get(key) is not None:
            assert isinstance(post[key], int), f"{name}: {key} must be an integer"
    if "status" in post:
        assert post["status"] == "cancelled", f"{name}: status is only ever 'cancelled'"
    level = post.get("education_level")
    assert level in (None, "doctorate", "master", "bachelor", "secondary"), name


@pytest.mark.parametrize("path", _all_notices(), ids=lambda p: p.name)
def test_expected_file_is_valid(path: Path) -> None:
    expected = path.with_name(_stem(path) + ".expected.json")
    data = json.loads(expected.read_text("utf-8"))
    posts = data if isinstance(data, list) else [data]
    assert posts, f"{expected.name}: empty array"
    for i, post in enumerate(posts):
        _check_post(post, f"{expected.name}[{i}]")
    assert _stem(path).split("_", 1)[0] in FAMILIES, f"{path.name}: name must start with a family"
    assert path.name.isascii(), f"{path.name}: file names are ASCII"


def test_every_notice_has_a_source_in_its_part() -> None:
    split = _split()
    assert set(split.values()) <= set(PARTS)
    rows = _sources_table()
    by_file = {}
    for cells in rows:
        assert cells[0] not in by_file, f"sources.md lists {cells[0]} twice"
        by_file[cells[0]] = cells
    for part in PARTS:
        for path in _notices(part):
            key = f"{part}/{path.name}"
            assert key in by_file, f"{key} is not in sources.md"
            _file, url, source, listed_part = by_file[key][:4]
            assert url, f"{key}: no URL"
            assert source in split, f"{key}: source {source!r} is not in split.json"
            assert split[source] == part, f"{key}: source {source!r} belongs to {split[source]}"
            assert listed_part == part, f"{key}: sources.md says part {listed_part}"
    listed = set(by_file)
    present = {f"{part}/{p.name}" for part in PARTS for p in _notices(part)}
    assert listed - present == set(), "sources.md lists files that do not exist"


def test_no_source_is_in_both_parts() -> None:
    # split.json maps each source to ONE part; a source's files must all sit in that part.
    split = _split()
    parts_of: dict[str, set[str]] = {}
    for cells in _sources_table():
        parts_of.setdefault(cells[2], set()).add(cells[0].split("/", 1)[0])
    for source, parts in parts_of.items():
        assert len(parts) == 1, f"{source} has notices in both parts"
        assert parts == {split[source]}
    # the sources the existing rules were written on are development sources
    for source in ("vacancies.osce.org", "jobs.osce.org", "eeas.europa.eu", "careers.un.org/lbw"):
        assert split.get(source) == "dev", source
