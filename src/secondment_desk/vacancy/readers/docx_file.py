"""Word .docx files: paragraphs and tables in body order, table cells joined with " | ".

A .docx notice passes the same gate as a template first (documents.safety.sanitize_docx, with
the tighter NOTICE_DOCX_LIMITS): a zip bomb, thousands of entries, a DTD, macros or OLE are
refused before python-docx inflates anything, and python-docx reads the sanitised copy.
The text is capped and the walk over the body keeps the time budget (limits.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.vacancy.readers.common import ReadText, require_text
from secondment_desk.vacancy.readers.limits import MAX_TEXT_CHARS, Budget, too_much_text

NAME = "docx"


def read(data: bytes, name: str) -> ReadText:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    # Imported here for start-up time (python-docx, lxml and the documents package), not to
    # break a cycle: only a .docx notice needs them.
    from secondment_desk.documents.safety import NOTICE_DOCX_LIMITS, sanitize_docx

    if b"PK\x05\x06" not in data[-(65_535 + 22) :]:  # no end of the zip's directory
        raise InputError(
            _(
                "{name} is an incomplete Word document (it stops before its end, as a "
                "download cut short does): download or save it again."
            ).format(name=name)
        )
    budget = Budget(name)
    clean = sanitize_docx(
        data,
        name,
        limits=NOTICE_DOCX_LIMITS,
        error=InputError,
        what="a Word .docx notice",
        compress=False,
    )
    budget.check()
    try:
        document = Document(io.BytesIO(clean.data))
        _check_text_amount(document, name)
        budget.check()
        lines = list(_capped(_body_lines(document), name, budget))
    except InputError:
        raise
    except (PackageNotFoundError, KeyError, ValueError) as err:
        raise InputError(
            _("{name} is a damaged Word document and cannot be read.").format(name=name)
        ) from err
    except Exception as err:  # python-docx/lxml raise many types on corrupt parts
        raise InputError(
            _("{name} is a damaged Word document and cannot be read.").format(name=name)
        ) from err
    text = "\n".join(lines)
    if not text.strip() and _has_pictures(document):
        raise InputError(
            _(
                "{name} holds only pictures, no text (a scanned page?): copy the notice text "
                "instead."
            ).format(name=name)
        )
    return ReadText(require_text(text, name), name, NAME)


def _has_pictures(document: Any) -> bool:
    """Whether the body holds a drawing or a picture (a scan pasted into Word)."""
    from docx.oxml.ns import qn

    body = document.element.body
    return any(True for _ in body.iter(qn("w:drawing"))) or any(
        True for _ in body.iter(qn("w:pict"))
    )


def _check_text_amount(document: Any, name: str) -> None:
    """Refuse a body with more text than the cap from its ``w:t`` elements (lxml, fast)
    before python-docx's paragraph objects (about 0.1 ms each) walk it."""
    from docx.oxml.ns import qn

    total = 0
    for element in document.element.body.iter(qn("w:t")):
        total += len(element.text or "")
        if total > MAX_TEXT_CHARS:
            raise too_much_text(name)


def _capped(lines: Iterator[str], name: str, budget: Budget) -> Iterator[str]:
    produced = 0
    for count, line in enumerate(lines, 1):
        produced += len(line) + 1
        if produced > MAX_TEXT_CHARS:
            raise too_much_text(name)
        if not count % 1024:
            budget.check()
        yield line


def _body_lines(document: Any) -> Any:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            yield from _table_lines(block)


def _table_lines(table: Any) -> Any:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            yield " | ".join(cells)
