"""The readers' caps and time budget against real long notices (not hostile files)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from secondment_desk.errors import InputError
from secondment_desk.vacancy.readers import READ_LIMITS, pdf_file, read_source
from secondment_desk.vacancy.readers.limits import (
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    TIME_BUDGET_S,
    Budget,
)
from tests.conftest import FIXTURES

LONG_CALL = FIXTURES / "readers" / "long_call_60_posts.pdf"


def test_the_budget_counts_processor_time_not_the_clock() -> None:
    """A loaded machine makes a real long notice wait for a core: waiting is not work."""
    budget = Budget("call.pdf", seconds=0.2)
    time.sleep(0.4)  # the clock runs, the processor does not
    budget.check()
    spin_until = time.process_time() + 0.3
    while time.process_time() < spin_until:
        pass
    with pytest.raises(InputError, match=r"^call\.pdf took more than 0\.2 seconds"):
        budget.check()


def test_the_child_wall_clock_leaves_room_for_a_loaded_machine() -> None:
    """The child's wall clock is only the backstop behind the processor limits: a long call
    that takes 3 s of processor time may take four times that by the clock under load."""
    assert READ_LIMITS.wall_seconds >= 4 * TIME_BUDGET_S
    assert READ_LIMITS.cpu_seconds > TIME_BUDGET_S


def test_a_60_post_call_of_124_pages_reads_well_inside_every_cap() -> None:
    data = LONG_CALL.read_bytes()
    started = time.process_time()
    text = pdf_file.read(data, LONG_CALL.name).text
    took = time.process_time() - started
    assert text.count("Main tasks:") == 60 and "EUM 159" in text
    assert len(text) < MAX_TEXT_CHARS / 2
    assert took < TIME_BUDGET_S / 2, f"{took:.1f} s of the {TIME_BUDGET_S:g} s budget"
    from pypdf import PdfReader

    assert 80 < len(PdfReader(LONG_CALL).pages) < MAX_PDF_PAGES / 4


def test_a_long_call_reads_in_the_limited_child() -> None:
    assert read_source(LONG_CALL).text.count("Essential Qualifications and Experience") == 60


_NOTICE = (
    "Vacancy notice Political Officer Deadline for applications 12 May 2026 Main tasks: "
    "monitors political developments, drafts reports for the Head of Mission, liaises with "
    "the authorities. Requirements: a university degree and six years of experience."
)
NOTICE_WORDS = _NOTICE.split(" ")


def test_a_pdf_whose_fonts_give_glyph_numbers_says_its_text_is_garbled() -> None:
    from tests.security.payloads import pdf_without_tounicode

    with pytest.raises(InputError) as err:
        pdf_file.read(pdf_without_tounicode(NOTICE_WORDS * 3), "garbled.pdf")
    message = str(err.value)
    assert message.startswith("garbled.pdf gives garbled text") and "\n" not in message
    # the same page with a faithful mapping is read
    text = pdf_file.read(pdf_without_tounicode(NOTICE_WORDS * 3, shift=0), "plain.pdf").text
    assert "Political" in text


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in sorted((FIXTURES / "vacancies").glob("**/*.txt"))
        if "test" not in p.relative_to(FIXTURES).parts  # the held-out part is never read
    ],
    ids=lambda p: p.name,
)
def test_no_real_notice_text_counts_as_garbled(path: Path) -> None:
    from secondment_desk.vacancy.readers.pdf_file import _garbled

    assert not _garbled(path.read_text("utf-8", errors="replace"))


def test_a_pdf_in_two_columns_keeps_each_column_whole() -> None:
    """Writer and Word draw a column at a time: the text keeps the left column's tasks
    together and in order before the right column's requirements."""
    text = read_source(FIXTURES / "readers" / "two_columns.pdf").text
    flat = " ".join(text.split())
    places = [flat.index(f"Left column task {i}:") for i in range(14)]
    places += [flat.index(f"Right column requirement {i}:") for i in range(14)]
    assert places == sorted(places)
    assert flat.index("Main tasks:") < places[0] and flat.index("Requirements:") < places[14]
