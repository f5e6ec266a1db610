"""OpenDocument text (.odt): headings, paragraphs, list items and table rows in body order.

An .odt annex (LibreOffice's own format, and what many ministries publish) is a zip whose
``content.xml`` holds the text; it is read with the standard library's zipfile and lxml,
no further dependency. Only that one entry is inflated, under a size cap and a ratio cap
(a zip bomb ends there), and parsed with entities and the network off; the text cap and the
time budget apply as to every reader (limits.py).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.vacancy.readers.common import ReadText, require_text
from secondment_desk.vacancy.readers.limits import MAX_TEXT_CHARS, Budget, too_much_text

NAME = "odt"
MIMETYPE = b"application/vnd.oasis.opendocument.text"
#: Bytes content.xml may inflate to (a 100-page call is some 2 MB of it), and how many times
#: its compressed size (text compresses some 10 times; a bomb a thousand).
MAX_CONTENT_BYTES = 32 * 1024 * 1024
MAX_RATIO = 200

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_P, _H = f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"
_ROW, _CELL = f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell"
_SPACE, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
# Parts of a paragraph that are not its text: notes, tracked deletions, the note marks.
_SKIP = frozenset(f"{{{_TEXT}}}{t}" for t in ("note", "tracked-changes", "deletion"))


def is_odt(data: bytes) -> bool:
    """An OpenDocument text: its first zip entry is the ``mimetype`` naming it."""
    return data.startswith(b"PK\x03\x04") and MIMETYPE in data[:200]


def read(data: bytes, name: str) -> ReadText:
    budget = Budget(name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > MAX_CONTENT_BYTES or info.file_size > MAX_RATIO * max(
                info.compress_size, 1024
            ):
                raise InputError(
                    _(
                        "{name} inflates to far more than a notice's text (a zip bomb?): it "
                        "was not read."
                    ).format(name=name)
                )
            with archive.open(info) as fh:
                content = fh.read(MAX_CONTENT_BYTES + 1)
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError) as err:
        raise InputError(
            _("{name} is a damaged OpenDocument file and cannot be read.").format(name=name)
        ) from err
    if len(content) > MAX_CONTENT_BYTES:  # the directory lied about the size
        raise InputError(
            _(
                "{name} inflates to far more than a notice's text (a zip bomb?): it was not read."
            ).format(name=name)
        )
    budget.check()
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as err:
        raise InputError(
            _("{name} is a damaged OpenDocument file and cannot be read.").format(name=name)
        ) from err
    lines: list[str] = []
    produced = 0
    for count, line in enumerate(_lines(root), 1):
        produced += len(line) + 1
        if produced > MAX_TEXT_CHARS:
            raise too_much_text(name)
        if not count % 1024:
            budget.check()
        lines.append(line)
    return ReadText(require_text("\n".join(lines), name), name, NAME)


def _lines(root: Any) -> Iterator[str]:
    """One line per heading or paragraph outside tables, one " | "-joined line per row."""
    for element in root.iter(_P, _H, _ROW):
        if element.tag == _ROW:
            cells = [
                " ".join(t for t in (_text(p) for p in cell.iter(_P, _H)) if t)
                for cell in element.iterchildren(_CELL)
            ]
            if any(cells):
                yield " | ".join(cells)
        elif not _in_table(element):
            yield _text(element)


def _in_table(element: Any) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == _CELL:
            return True
        parent = parent.getparent()
    return False


def _text(element: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == _SPACE:
                parts.append(" " * min(_count(child.get(f"{{{_TEXT}}}c")), 100))
            elif child.tag == _TAB:
                parts.append("\t")
            elif child.tag == _BREAK:
                parts.append("\n")
            elif child.tag not in _SKIP:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts).strip()


def _count(value: str | None) -> int:
    """text:c, the number of spaces a text:s stands for (1 when absent or not a number)."""
    return int(value) if value and value.isdigit() else 1
