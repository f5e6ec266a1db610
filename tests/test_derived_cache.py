"""Values derived from the program's own data, kept between runs: the same value as built,
built again when the inputs or the file change, never written from outside the program's
scope or when bytecode writing is off."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from secondment_desk import countries, derived_cache, regex_cache, resources


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty cache folder and nothing remembered by this process."""
    monkeypatch.setenv("SECONDMENT_DESK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    derived_cache._table.forget()
    return tmp_path / "cache"


def _as_new_process() -> None:
    derived_cache.save()
    derived_cache._table.forget()


def test_a_kept_value_is_built_once_across_runs(fresh: Path) -> None:
    built: list[int] = []

    def build() -> dict[str, list[str]]:
        built.append(1)
        return {"a": ["b", "c"]}

    assert derived_cache.kept_value("t", b"inputs", build) == {"a": ["b", "c"]}
    _as_new_process()
    assert derived_cache.cache_file().exists()
    assert derived_cache.kept_value("t", b"inputs", build) == {"a": ["b", "c"]}
    assert built == [1]
    assert derived_cache.kept_value("t", b"other inputs", build) == {"a": ["b", "c"]}
    assert built == [1, 1]


def test_a_damaged_file_is_built_again(fresh: Path) -> None:
    derived_cache.kept_value("t", b"x", lambda: "one")
    _as_new_process()
    derived_cache.cache_file().write_bytes(b"\x00\xffdamaged")
    assert derived_cache.kept_value("t", b"x", lambda: "two") == "two"


def test_nothing_is_written_when_bytecode_writing_is_off(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    derived_cache.kept_value("t", b"x", lambda: "one")
    derived_cache.save()
    assert not derived_cache.cache_file().exists()


def test_tries_are_kept_only_inside_the_programs_scope(fresh: Path) -> None:
    words = ["Bishkek", "Bishkek Office", "Bern", "Baku"]
    outside = resources.literal_trie(words)
    derived_cache.save()
    assert not derived_cache.cache_file().exists()  # words from outside: never kept
    with regex_cache.kept_compiled():
        inside = resources.literal_trie(words)
        tokens = resources.token_trie([["a", "b"], ["a"]], frozenset({"a"}))
    _as_new_process()
    with regex_cache.kept_compiled():
        assert resources.literal_trie(words) == inside == outside
        assert resources.token_trie([["a"], ["a", "b"]], frozenset({"a"})) == tokens
    assert tokens == resources.token_trie([["a", "b"], ["a"]], frozenset({"a"}))


def test_the_country_index_reads_the_same_from_the_kept_file(fresh: Path) -> None:
    countries._index.cache_clear()
    try:
        built = countries._index()
        _as_new_process()
        countries._index.cache_clear()
        kept = countries._index()
        assert kept == built and kept is not built
        gambia = countries.lookup("Gambie")
        assert gambia is not None and gambia.code == "GM"
    finally:
        countries._index.cache_clear()
