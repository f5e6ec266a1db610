"""Word .docx files: paragraphs and tables in body order, table cells joined with " | "."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.vacancy.readers.common import ReadText, require_text

NAME = "docx"


def read(data: bytes, name: str) -> ReadText:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{name} is not a Word .docx file (it is not a zip package).")
    try:
        document = Document(io.BytesIO(data))
        lines = list(_body_lines(document))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise InputError(f"{name} is a damaged Word document and cannot be read.") from err
    except Exception as err:  # python-docx/lxml raise many types on corrupt parts
        raise InputError(f"{name} is a damaged Word document and cannot be read.") from err
    return ReadText(require_text("\n".join(lines), name), name, NAME)


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
