"""Hostile notices (issue 12, item 5): each ends within 10 s and 500 MB with its own sentence.

Every payload is built here (tests/security/payloads.py), written to a file and loaded the way
`vacancy parse` and the GUI load a notice (read + parse). It runs in a forked child so its
peak memory can be measured (``ru_maxrss`` above the child's memory at the start, of it or of
the reader's own child process, whichever is larger) and so a
regression cannot take the test run down with it: the child's own limits are far above the
bounds asserted here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from secondment_desk import isolation
from secondment_desk.errors import InputError
from secondment_desk.isolation import CAN_ISOLATE, Limits, run_limited
from secondment_desk.vacancy import load_vacancies, parse_text
from secondment_desk.vacancy.readers import limits, read_source
from tests.security import payloads as P

pytestmark = pytest.mark.skipif(not CAN_ISOLATE, reason="measures in a forked child")

MB = 1024 * 1024
SECONDS = 10.0
PEAK_BYTES = 500 * MB
MEASURING = Limits(cpu_seconds=60, memory_mb=3000, wall_seconds=60.0)

# name -> (file name, builder, words the one sentence must hold)
CASES: dict[str, tuple[str, Callable[[], bytes], str | tuple[str, ...]]] = {
    "html-20k-nested-divs": ("deep.html", lambda: P.html_nested_divs(20_000), "deep"),
    "html-100k-nested-divs": ("deeper.html", lambda: P.html_nested_divs(100_000), "elements"),
    "html-30k-nested-spans": ("spans.html", P.html_deep_under_element_cap, "deep"),
    "html-1m-cells": ("cells.html", lambda: P.html_table_cells(1_000_000), "elements"),
    "html-60k-cells": ("cells.html", lambda: P.html_table_cells(60_000), "table cells"),
    "html-99k-paragraphs": ("long.html", lambda: P.html_many_elements(99_000), "characters"),
    "pdf-70k-pages": ("pages.pdf", lambda: P.pdf_pages(70_000), "pages"),
    "pdf-60k-pages": ("pages.pdf", lambda: P.pdf_pages(60_000), "pages"),
    "pdf-three-flate-layers": ("layers.pdf", lambda: P.pdf_flate_layers(1024, 3), "inflates"),
    "pdf-flate-layers-on-500-pages": (
        "shared.pdf",
        lambda: P.pdf_flate_layers(6, 3, pages=500),
        "content inflates to more than 2 MB",
    ),
    "pdf-1mb-on-100-pages": (
        "shared.pdf",
        lambda: P.pdf_flate_layers(1, 3, pages=100, blank=True),
        "not an ordinary vacancy notice",  # 16 MB in all, or the time budget first
    ),
    "pdf-3mb-blank-page": (
        "blank.pdf",
        lambda: P.pdf_flate_layers(3, 1, blank=True),
        "a page whose content inflates to more than 2 MB",
    ),
    # the time budget or the text cap, whichever comes first (a newer pypdf reads faster)
    "pdf-many-operators": (
        "ops.pdf",
        lambda: P.pdf_many_text_pages(500, 2000),
        ("seconds", "characters of text"),
    ),
    "pdf-one-huge-page": ("page.pdf", lambda: P.pdf_many_text_pages(1, 110_000), "operators"),
    "docx-zip-bomb-4gb": ("bomb.docx", P.docx_zip_bomb, "zip bomb"),
    "docx-300k-paragraphs": ("long.docx", P.docx_many_paragraphs, "zip bomb"),
    "docx-60k-paragraphs": (
        "long.docx",
        lambda: P.docx_many_paragraphs(60_000),
        "characters",
    ),
    "docx-nested-tables": ("nested.docx", P.docx_deep_nesting, "zip bomb"),
    "txt-9.9mb-of-words": ("words.txt", P.text_of_words, "characters"),
    "txt-9.9mb-cp1251": ("cp1251.txt", P.text_legacy_encoding, "characters"),
}


def _resident() -> int:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _measured(work: Callable[[], object]) -> tuple[str, float, int]:
    """(InputError message or "", seconds, peak bytes above the start) of ``work``, in a child."""

    def child() -> tuple[str, int, int]:
        start = _resident()
        isolation.last_usage = None
        try:
            work()
            message = ""
        except InputError as err:
            message = str(err)
        # the reader's own child process (PDF, HTML, .docx), if there was one
        inner = isolation.last_usage.ru_maxrss * 1024 if isolation.last_usage else 0
        return message, start, inner

    began = time.monotonic()
    message, start, inner = run_limited(child, MEASURING, "the payload", InputError)
    took = time.monotonic() - began
    return message, took, max(isolation.last_usage.ru_maxrss * 1024, inner) - start


@pytest.mark.parametrize("case", CASES, ids=CASES)
def test_hostile_notice_ends_fast_small_and_clearly(case: str, tmp_path: Path) -> None:
    filename, build, says = CASES[case]
    path = tmp_path / filename
    path.write_bytes(build())
    message, took, peak = _measured(lambda: load_vacancies(path))
    assert message, f"{case} was read as a notice"
    assert "\n" not in message and "Traceback" not in message, message
    assert message.startswith(filename), message
    assert any(s in message for s in ((says,) if isinstance(says, str) else says)), message
    assert took < SECONDS, f"{case}: {took:.1f} s"
    assert peak < PEAK_BYTES, f"{case}: {peak / MB:.0f} MB"


def test_pasted_text_over_the_cap_is_refused_before_parsing() -> None:
    text = "officer mission " * (limits.MAX_TEXT_CHARS // 16 + 1)
    start = time.monotonic()
    with pytest.raises(InputError, match="more than 600,000 characters"):
        parse_text(text)
    assert time.monotonic() - start < 1.0


def test_the_caps_leave_real_notices_alone() -> None:
    """Every notice file of the fixtures reads under every cap (none is near one)."""
    from tests.conftest import FIXTURES

    notices = [
        p
        for p in (FIXTURES / "vacancies").rglob("*")
        if p.suffix in (".txt", ".html", ".pdf", ".docx")
    ]
    assert len(notices) > 20
    for notice in notices:
        assert read_source(notice).text.strip(), notice


def test_html_under_the_caps_reads_in_linear_time() -> None:
    """399 nested divs and 19,000 cells: read, not refused (the caps are the limits)."""
    deep = P.html_nested_divs(limits.MAX_HTML_DEPTH - 3).decode()
    from secondment_desk.vacancy.readers.html_page import html_to_text

    assert html_to_text(deep).strip() == "deep"
    cells = P.html_table_cells(limits.MAX_HTML_CELLS - 10).decode()
    start = time.monotonic()
    assert html_to_text(cells).count("|") == limits.MAX_HTML_CELLS - 11
    assert time.monotonic() - start < 2.0


def test_a_pdf_at_the_page_cap_is_still_read(tmp_path: Path) -> None:
    data = P.pdf_pages(limits.MAX_PDF_PAGES)
    from secondment_desk.vacancy.readers import pdf_file

    text = pdf_file.read(data, "cap.pdf").text
    assert text.count("Vacancy notice") == limits.MAX_PDF_PAGES


def _hostile_html(tmp_path: Path) -> Path:
    path = tmp_path / "notice.html"
    path.write_bytes(b"<html><body><p>Vacancy</p></body></html>")
    return path


def test_pdf_html_docx_readers_run_in_a_limited_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second wall: whatever the caps miss meets the child's memory and CPU limits."""
    from secondment_desk.vacancy import readers

    def hog(data: bytes, name: str) -> object:
        blocks = [bytearray(64 * MB) for _ in range(100)]  # 6.4 GB if nothing stops it
        return blocks

    monkeypatch.setitem(readers.READERS, ".html", hog)
    start = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_source(_hostile_html(tmp_path))
    assert time.monotonic() - start < SECONDS
    assert str(caught.value) == (
        "notice.html: reading the notice needed more than 400 MB of memory and was stopped."
    )

    def spin(data: bytes, name: str) -> object:
        while True:
            pass

    monkeypatch.setitem(readers.READERS, ".html", spin)
    monkeypatch.setattr(readers, "READ_LIMITS", Limits(cpu_seconds=1, wall_seconds=5.0))
    with pytest.raises(InputError, match="used more than 1 seconds of processor time"):
        read_source(_hostile_html(tmp_path))
    assert time.monotonic() - start < SECONDS


def test_the_reader_child_gives_the_same_text(tmp_path: Path) -> None:
    from secondment_desk.vacancy.readers import html_page

    path = _hostile_html(tmp_path)
    assert read_source(path).text == html_page.read(path.read_bytes(), path.name).text
    assert isolation.last_usage is not None
