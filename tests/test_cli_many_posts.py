"""A notice with many posts in the CLI: the call once, the posts as a table."""

from __future__ import annotations

import pytest

from secondment_desk.cli import main
from tests.conftest import FIXTURES

CFC = FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt"


def test_vacancy_parse_shows_a_call_once_and_its_posts_as_a_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["vacancy", "parse", str(CFC)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 posts in this notice")
    assert out.count("Organisation:") == 1  # the shared facts once, not per post
    assert out.count("Citizenship") == 1  # a requirement all posts share, once
    table = out[out.index("The 3 posts:") :].splitlines()
    assert "Reference" in table[1] and "Title" in table[1]
    assert "GEO ZM 12" in table[3] and "Monitor" in table[3]
    assert "GEO AR 11" in table[5]
    assert "Post 2 also asks:" in out and "first aid trainer" in out


def test_deadline_for_a_call_prints_the_deadlines_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An EU Member State nominates for every post alike (Norway may only for some posts).
    args = ["deadline", str(CFC), "--state", "Germany", "--today", "2017-04-20"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.count("apply to Germany by:") == 1
    assert "The same deadlines for every post:" in out
    assert "Mission Security Officer" in out and "GEO HQ 05" in out
