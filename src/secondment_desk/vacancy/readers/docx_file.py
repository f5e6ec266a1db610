"""Word .docx files: paragraphs and tables in body order, table cells joined with " | ", the
pages' headers before them and footers after.

A .docx notice passes the same gate as a template first (documents.safety.sanitize_docx, with
the tighter NOTICE_DOCX_LIMITS): a zip bomb, thousands of entries, a DTD, macros or OLE are
refused before python-docx inflates anything, and python-docx reads the sanitised copy.
The text is capped and the walk over the body keeps the time budget (limits.py).
"""

from __future__ import annotations

import io
import re
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
        lines = list(_capped(_all_lines(document), name, budget))
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


def _all_lines(document: Any) -> Iterator[str]:
    """The pages' headers, the body, then their footers: a notice's reference and issuer
    often stand only in its header ("OSCE Mission to Skopje - Vacancy Notice VNSKOS00123")."""
    yield from _margin_lines(document, "header")
    yield from _body_lines(document)
    yield from _margin_lines(document, "footer")


# A footer's page numbering: "3", "Page 2 of 5", "Pág. 1 de 3", "Стр. 2 из 4", "- 4 -".
_PAGE_NUMBER = re.compile(
    r"[-–\s]*(?:[^\W\d_]{1,6}\.?\s*)?\d{1,3}(?:\s*(?:[^\W\d_]{1,3}|/)\s*\d{1,3})?[-–\s]*"
)


def _margin_lines(document: Any, which: str) -> Iterator[str]:
    """Each distinct line of the sections' headers (or footers): first-page, default and
    even-page ones, a section's own only (a linked one repeats the previous section's)."""
    from docx.table import Table

    seen: set[str] = set()
    for section in document.sections:
        for part in (
            getattr(section, f"first_page_{which}"),
            getattr(section, which),
            getattr(section, f"even_page_{which}"),
        ):
            if part.is_linked_to_previous:  # no definition of its own
                continue
            for kind, element in _blocks(part._element):
                texts = (
                    [_paragraph_text(element)]
                    if kind == "p"
                    else list(_table_lines(Table(element, part)))
                )
                for text in texts:
                    line = text.strip()
                    if not line or line in seen or _PAGE_NUMBER.fullmatch(line):
                        continue
                    seen.add(line)
                    yield line


def _body_lines(document: Any) -> Iterator[str]:
    """The body's paragraphs and table rows in order, with what python-docx's own walk
    leaves out: content controls (block and inline ``w:sdt``, as official templates wrap
    their fields), simple fields, tracked insertions, smart tags and custom XML, and text
    boxes (their paragraphs after the paragraph that anchors them)."""
    from docx.table import Table

    for kind, element in _blocks(document.element.body):
        if kind == "p":
            yield _paragraph_text(element)
            for box in _text_boxes(element):
                for inner_kind, inner in _blocks(box):
                    if inner_kind == "p":
                        yield _paragraph_text(inner)
        else:
            yield from _table_lines(Table(element, document._body))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _SDT_CONTENT, _CUSTOM = (
    f"{_W}p", f"{_W}tbl", f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
)  # fmt: skip
_TEXT_BOX = f"{_W}txbxContent"
_FALLBACK = f"{_MC}Fallback"  # the same text box again, for old Word versions
# Run content as python-docx's Paragraph.text writes it.
_RUN_TEXT = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
             f"{_W}noBreakHyphen": "-"}  # fmt: skip
# Not the paragraph's own text: text boxes (read apart), deleted runs, field codes.
_NOT_TEXT = frozenset((_TEXT_BOX, _FALLBACK, f"{_W}del", f"{_W}instrText", f"{_W}delText"))


def _blocks(container: Any) -> Iterator[tuple[str, Any]]:
    """("p" | "tbl", element) for the container's paragraphs and tables, content controls
    and custom XML opened."""
    for child in container:
        if child.tag == _P:
            yield "p", child
        elif child.tag == _TBL:
            yield "tbl", child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)
        elif child.tag == _CUSTOM:
            yield from _blocks(child)


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in _NOT_TEXT or not isinstance(tag, str):
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in _RUN_TEXT:
                parts.append(_RUN_TEXT[tag])
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    for box in paragraph.iter(_TEXT_BOX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag == _FALLBACK:
                break
            ancestor = ancestor.getparent()
        else:
            yield box


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell._tc))
        if any(cells):
            yield " | ".join(cells)


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs (content controls opened, nested tables' too) on one line."""
    texts: list[str] = []
    for kind, element in _blocks(cell):
        if kind == "p":
            texts.append(_paragraph_text(element).strip())
        else:
            texts.extend(
                _cell_text(tc)
                for row in element.iterchildren(f"{_W}tr")
                for tc in row.iterchildren(f"{_W}tc")
            )
    return " ".join(t for t in texts if t)
