"""The one list of post nouns (resources/vacancy/signals.json 'title_nouns'), as each reader
takes it."""

from __future__ import annotations

from typing import Any

import pytest

from secondment_desk.vacancy import post_nouns
from secondment_desk.vacancy.header import _bracket_after_post


def test_the_title_pattern_takes_plurals_and_the_marked_russian_endings() -> None:
    pattern = post_nouns.title_nouns()
    assert pattern.search("Senior Political Officers")
    assert pattern.search("Coordinadores regionales")
    assert pattern.search("Вакансия: Специалиста по закупкам")  # marked: any ending
    assert not pattern.search("набор на позицию охранника")  # unmarked: as written only
    assert pattern.search("Охранник")
    assert not pattern.search("Officerial business")


def test_a_lead_word_names_a_title_but_no_line_is_cut_after_it() -> None:
    assert post_nouns.title_nouns().fullmatch("Deputy")
    assert "deputy" not in post_nouns.line_nouns()
    assert "head" in post_nouns.line_nouns()
    assert "специалист" in post_nouns.line_nouns()  # the mark is not part of the word
    assert "deputy" in post_nouns.post_words()


def test_the_bracket_after_a_post_wants_the_noun_capitalised() -> None:
    pattern = _bracket_after_post()
    assert pattern.search("Project Assistant (G5)")
    assert pattern.search("Asesora (P3)")
    assert pattern.search("a Project Associate position (NPSA-7)")
    assert not pattern.search("the assistant (G5)")


@pytest.mark.parametrize("bad", ["spec*ialist", "*"])
def test_a_mark_inside_a_word_is_refused_on_load(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    def fake(name: str) -> dict[str, Any]:
        return {"title_nouns": ["officer", bad], "title_lead_words": ["deputy"]}

    monkeypatch.setattr(post_nouns, "load_json_resource", fake)
    post_nouns._lists.cache_clear()
    try:
        with pytest.raises(ValueError, match="only ends a word"):
            post_nouns._lists()
    finally:
        post_nouns._lists.cache_clear()
