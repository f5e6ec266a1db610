"""Fixtures for the documents tests: tiny .docx files made on the fly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from docx import Document


def _make_docx(path: Path, paragraphs: Sequence[str | Sequence[str]]) -> Path:
    """A .docx with one paragraph per item; a list item becomes several runs."""
    doc = Document()
    for item in paragraphs:
        p = doc.add_paragraph()
        for run in [item] if isinstance(item, str) else item:
            p.add_run(run)
    doc.save(str(path))
    return path


@pytest.fixture
def make_docx() -> Callable[[Path, Sequence[str | Sequence[str]]], Path]:
    return _make_docx
