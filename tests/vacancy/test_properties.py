"""Random and mutated notice text: the parser returns vacancies or raises the typed errors only."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondment_desk.errors import InputError, NotAVacancyError
from secondment_desk.models.vacancy import Vacancy
from secondment_desk.vacancy import parse_text
from tests.conftest import CONTRACT_FIXTURES, FIXTURES

NOTICES = [
    (CONTRACT_FIXTURES / "vacancies" / "osce_dushanbe_head_pmd.txt").read_text("utf-8"),
    (CONTRACT_FIXTURES / "vacancies" / "osce_astana_pmo_aggregator.txt").read_text("utf-8"),
    (FIXTURES / "vacancies" / "eu_cfc_eumm_georgia_3posts.txt").read_text("utf-8"),
    (FIXTURES / "vacancies" / "un_political_affairs_officer.txt").read_text("utf-8"),
    (FIXTURES / "vacancies" / "osce_archive_executive_officer.txt").read_text("utf-8"),
]
PIECES = st.sampled_from(
    [
        "Requisition ID:", "Closing Date:", "Grade:", "Location:", " | ", "\n", ";", ":",
        "Deadline for applications: Friday 31 February 2017 at 25:99", "Seconded (3)",
        "GEO ZM 12", "Mandatory:", "Desirable:", "Education:", "Experience:", "Languages",
        "Minimum twenty-five years", "nationals of the country of the duty station are not",
        "Name of the Post", "Posting Period: 1 Jan 2024 - ", "•", "\u00a0", "\u200b", "\ufeff",
        "Aug 99, 2025", "2025-13-45", "Ref. | Name of the Post | Location | Availability",
    ]
)  # fmt: skip


def _check(text: str) -> None:
    try:
        vacancies = parse_text(text, "fuzz.txt")
    except (InputError, NotAVacancyError) as err:
        message = str(err)
        assert message and "\n" not in message
        return
    assert vacancies and all(isinstance(v, Vacancy) for v in vacancies)
    for vacancy in vacancies:
        for span in vacancy.sources.values():
            assert 0 <= span.start <= span.end <= len(vacancy.text)
        vacancy.output_dict()  # serialisable


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(len(NOTICES))),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 200), PIECES | st.text(max_size=30)),
             max_size=12),
    st.integers(0, 2**32 - 1),
)  # fmt: skip
def test_mutated_notices(index: int, edits: list[tuple[int, int, str]], seed: int) -> None:
    text = NOTICES[index]
    rng = random.Random(seed)
    for position, cut, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + cut :]
    if rng.random() < 0.3:
        lines = text.split("\n")
        rng.shuffle(lines)
        text = "\n".join(lines)
    if rng.random() < 0.2:
        text = text.upper()
    _check(text)
