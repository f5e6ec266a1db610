"""The caps every notice reader keeps, so a hostile file ends fast with one sentence.

A notice may be anything a user downloaded: 100,000 nested ``<div>``, a million table cells, a
PDF of 70,000 pages or with three layers of compression that inflate to gigabytes, a .docx
that is a zip bomb, ten megabytes of words. Real notices are far below every cap here (the
longest Calls for Contributions run to a few hundred thousand characters and a hundred
pages); each cap has its own message, and a time budget per file ends whatever the caps
did not foresee.
"""

from __future__ import annotations

import time

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number

#: Characters of text a notice may have, once read: the longest real Calls for Contributions
#: (60 pages, dozens of posts) hold about 250,000; the parser takes some 7 s per million.
MAX_TEXT_CHARS = 600_000
#: HTML: elements (tags) in the page, table cells, and how deep elements may nest.
MAX_HTML_ELEMENTS = 100_000
MAX_HTML_CELLS = 20_000
MAX_HTML_DEPTH = 400
#: PDF: pages, bytes one stream may inflate to, bytes all streams may inflate to in all.
MAX_PDF_PAGES = 600
MAX_PDF_STREAM_BYTES = 8 * 1024 * 1024
MAX_PDF_INFLATED_BYTES = 16 * 1024 * 1024
#: PDF: bytes one page's content may inflate to (pypdf reads about 1.5 MB of it a second; a
#: page of text holds some 5 to 50 KB).
MAX_PDF_PAGE_BYTES = 2 * 1024 * 1024
#: PDF: operators and operands one content stream may hold (a dense page has some 20,000).
MAX_PDF_OPERATORS = 100_000
#: Processor seconds one file may take to read (a real notice takes well under one; the
#: longest Calls for Contributions, 180 pages and 360,000 characters, about three).
TIME_BUDGET_S = 6.0


class Budget:
    """The processor time one file may take to read, checked by the readers between pieces
    of work.

    Processor time, not the clock: on a loaded machine (two cores shared by a build, a
    browser, the window) a real long notice may take three times as long by the clock while
    doing the same work, and must not be refused for it; a hostile file's endless work is
    processor time all the same. The child process's wall clock (READ_LIMITS) is the
    backstop for anything that waits."""

    def __init__(self, name: str, seconds: float = TIME_BUDGET_S) -> None:
        self.name = name
        self.seconds = seconds
        self.deadline = time.process_time() + seconds

    def check(self) -> None:
        if time.process_time() > self.deadline:
            raise InputError(
                _(
                    "{name} took more than {s:g} seconds to read and was stopped: it is not an "
                    "ordinary vacancy notice."
                ).format(name=self.name, s=self.seconds)
            )


def check_text_size(text: str, name: str) -> str:
    """Refuse text longer than MAX_TEXT_CHARS; return it unchanged otherwise."""
    if len(text) > MAX_TEXT_CHARS:
        raise too_much_text(name)
    return text


def too_much_text(name: str) -> InputError:
    return InputError(
        _(
            "{name} holds more than {n} characters of text: it cannot be a single vacancy "
            "notice (load the notice alone)."
        ).format(name=name, n=number(MAX_TEXT_CHARS))
    )
