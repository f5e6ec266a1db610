"""Compiled patterns kept between runs: the same behaviour as ``re``, never required."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from secondment_desk import regex_cache
from secondment_desk.regex_cache import cache_file, kept_compiled

pytestmark = pytest.mark.skipif(regex_cache._engine() is None, reason="the cache is CPython's only")

ROOT = Path(__file__).resolve().parents[1]
PATTERN = r"(?P<word>[A-Z]\w+)\s+(\d{2,4})(?:\s+(?P<tail>km|m))?"


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder and no patterns remembered by this process."""
    monkeypatch.setenv("SECONDMENT_DESK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(regex_cache, "_loaded", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    re.purge()
    return tmp_path / "cache"


def _uncached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    re.purge()  # re's own cache would answer without compiling
    with kept_compiled():
        compiled = re.compile(pattern, flags)
    regex_cache.save()  # as the process's exit does
    return compiled


def test_a_kept_pattern_matches_as_the_uncached_one(fresh: Path) -> None:
    first = _uncached(PATTERN, re.I)
    path = cache_file()
    assert path is not None and path.exists()
    regex_cache._loaded = None  # as a new process: read back from the file
    again = _uncached(PATTERN, re.I)
    re.purge()
    plain = re.compile(PATTERN, re.I)  # outside the scope: compiled by re itself
    assert plain is not first and plain is not again
    text = "Walk to Dushanbe 2025 km, then alpha 12 m and Bishkek 300"
    for kept in (first, again):
        assert kept.pattern == plain.pattern and kept.flags == plain.flags
        assert kept.groupindex == plain.groupindex and kept.groups == plain.groups
        assert [m.groupdict() for m in kept.finditer(text)] == [
            m.groupdict() for m in plain.finditer(text)
        ]
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_file_answers_the_next_time(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _uncached(PATTERN)
    regex_cache._loaded = None
    from re import _parser  # type: ignore[attr-defined, unused-ignore]

    def must_not_parse(*_args: object) -> None:
        raise AssertionError("parsed again: the cache did not answer")

    monkeypatch.setattr(_parser, "parse", must_not_parse)
    assert _uncached(PATTERN).fullmatch("Alpha 123") is not None


def test_a_damaged_file_is_compiled_around(fresh: Path) -> None:
    fresh.mkdir(parents=True)
    path = cache_file()
    assert path is not None
    path.write_bytes(b"\x00not marshal at all")
    assert _uncached(PATTERN).fullmatch("Alpha 123") is not None
    # A well-formed file whose entry holds code the engine refuses.
    regex_cache._loaded = {(r"a+b", 0): (32, b"\xff\xff\xff\xff" * 3, 0, {}, (None,))}
    assert _uncached(r"a+b").fullmatch("aab") is not None


def test_outside_the_scope_and_in_other_threads_re_is_untouched(fresh: Path) -> None:
    seen: list[int] = []
    inside = threading.Event()
    done = threading.Event()

    def other() -> None:
        inside.wait(5)
        re.compile(r"other thread \d+")
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with kept_compiled():
        inside.set()
        done.wait(5)
        seen.append(len(regex_cache._new))
    thread.join(5)
    re.compile(r"after the scope \d+")
    keys = {p for p, _f in [*(regex_cache._loaded or {}), *regex_cache._new]}
    assert seen == [0]
    assert "other thread \\d+" not in keys and "after the scope \\d+" not in keys


def test_not_written_when_bytecode_writing_is_off(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _uncached(PATTERN).fullmatch("Alpha 123") is not None
    path = cache_file()
    assert path is not None and not path.exists()


def test_a_second_process_parses_the_same_with_the_cache(tmp_path: Path) -> None:
    """The parser's patterns from the file give the same reading as freshly compiled ones, and
    a second process (another hash seed) finds every pattern it needs there."""
    notice = ROOT / "tests" / "fixtures" / "contract" / "vacancies" / "osce_dushanbe_head_pmd.txt"
    code = (
        "import json, sys; from datetime import date; "
        "from secondment_desk.vacancy import load_vacancies; "
        "found = load_vacancies(sys.argv[1], date(2026, 1, 5)); "
        "print(json.dumps([v.output_dict() for v in found]))"
    )
    env = {
        "PYTHONPATH": str(ROOT / "src"),
        "SECONDMENT_DESK_CACHE": str(tmp_path / "cache"),
        "PATH": "/usr/bin:/bin",
    }
    outputs, kept = [], []
    for seed in ("1", "2"):  # another hash seed: the same patterns, none compiled anew
        outputs.append(
            subprocess.run(
                [sys.executable, "-c", code, str(notice)],
                env={**env, "PYTHONHASHSEED": seed},
                capture_output=True,
                check=True,
            ).stdout
        )
        files = list((tmp_path / "cache").glob("regex-*.marshal"))
        assert len(files) == 1 and files[0].stat().st_size > 10_000
        kept.append(files[0].read_bytes())
    assert kept[0] == kept[1]
    plain = subprocess.run(
        [sys.executable, "-c", code, str(notice)],
        env={**env, "PYTHONDONTWRITEBYTECODE": "1", "SECONDMENT_DESK_CACHE": str(tmp_path / "x")},
        capture_output=True,
        check=True,
    ).stdout
    assert outputs[0] == outputs[1] == plain and b'"title"' in plain
