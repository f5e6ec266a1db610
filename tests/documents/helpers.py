"""Reading rendered .docx files back as text."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn


def docx_text(path: Path) -> str:
    """Every paragraph's text (body, tables, headers, footers), one per line."""
    doc = Document(str(path))
    roots = [doc.element.body]
    for section in doc.sections:
        roots += [section.header._element, section.footer._element]
    lines = []
    for root in roots:
        for p in root.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(lines)
