"""One reader per file format, chosen by the file's content first and its name second.

Every reader takes the raw bytes and a display name and returns :class:`ReadText`; every
failure a user can cause is an :class:`~secondment_desk.errors.InputError` with one sentence.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from pathlib import Path

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.isolation import Limits, run_limited
from secondment_desk.vacancy.readers import docx_file, html_page, odt_file, pdf_file, plain
from secondment_desk.vacancy.readers.common import (
    MAX_BYTES,
    STDIN,
    ReadText,
    display_name,
    read_bytes,
)
from secondment_desk.vacancy.readers.limits import MAX_TEXT_CHARS, check_text_size

Reader = Callable[[bytes, str], ReadText]

# Suffix -> reader; content sniffing below overrides a wrong or missing suffix.
READERS: dict[str, Reader] = {
    ".txt": plain.read,
    ".text": plain.read,
    ".md": plain.read,
    ".htm": html_page.read,
    ".html": html_page.read,
    ".xhtml": html_page.read,
    ".pdf": pdf_file.read,
    ".docx": docx_file.read,
    ".odt": odt_file.read,
}

# The first bytes of the pictures a notice is photographed or scanned into.
_PICTURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "READERS",
    "STDIN",
    "ReadText",
    "check_text_size",
    "read_source",
    "reader_for",
]


def reader_for(data: bytes, name: str) -> Reader:
    """The reader for these bytes: magic numbers first, then the file name's suffix."""
    if data.startswith(b"%PDF-"):
        return pdf_file.read
    if data.startswith(b"PK\x03\x04"):
        if odt_file.is_odt(data):
            return odt_file.read
        if name.lower().endswith((".docx", ".docm", ".dotx")) or b"word/" in data[:65536]:
            return docx_file.read
        if b"mimetype" in data[:100] and b"opendocument" in data[:200]:
            raise InputError(
                _(
                    "{name} is an OpenDocument file but not a text document: save the notice "
                    "as .odt, .docx or PDF."
                ).format(name=name)
            )
        raise InputError(_("{name} is a zip archive, not a vacancy notice.").format(name=name))
    if data.lstrip()[:5] == b"{\\rtf":
        raise InputError(
            _(
                "{name} is an RTF document, which is not read: open it in Word or LibreOffice "
                "and save it as .docx, .odt or PDF."
            ).format(name=name)
        )
    if data.startswith(_PICTURES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise InputError(
            _(
                "{name} is a picture, not text (a photo or scan of the notice?): load the "
                "notice's PDF or page, or copy its text."
            ).format(name=name)
        )
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        raise InputError(
            _("{name} is not a PDF file (it lacks the PDF header): it may be damaged.").format(
                name=name
            )
        )
    if suffix == ".docx":
        raise InputError(
            _("{name} is not a Word .docx file (it is not a zip package).").format(name=name)
        )
    if suffix == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            _("{name} is an old Word .doc file: save it as .docx or PDF first.").format(name=name)
        )
    if suffix in READERS:
        reader = READERS[suffix]
        if reader is plain.read and html_page.looks_like_html(data):
            return html_page.read
        return reader
    return html_page.read if html_page.looks_like_html(data) else plain.read


def read_source(source: str | Path) -> ReadText:
    """Read a notice file (or "-" for standard input) into text."""
    name = display_name(source)
    data = read_bytes(source)
    if not data.strip():
        raise InputError(_("{name} is empty: there is no notice text in it.").format(name=name))
    reader = reader_for(data, name)
    if reader is plain.read:  # decoding text is linear and bounded by the caps
        read = _quietly(reader, data, name)
    else:
        # PDF, HTML and .docx readers run third-party parsers over hostile input: behind
        # their caps, a child process with limits is the second wall.
        read = run_limited(
            functools.partial(_quietly, reader, data, name),
            READ_LIMITS,
            _("{name}: reading the notice").format(name=name),
            InputError,
        )
    check_text_size(read.text, name)
    return read


#: What reading one PDF, HTML or .docx notice may use in its child process (a real notice
#: takes well under a second and 100 MB); the caps in limits.py end hostile files first.
#: The wall clock is far above the processor time: on a loaded machine a long real call
#: waits for a core as long as it works, and the processor limits are what end hostile work.
READ_LIMITS = Limits(cpu_seconds=8, memory_mb=400, wall_seconds=40.0)


def _quietly(reader: Reader, data: bytes, name: str) -> ReadText:
    with warnings.catch_warnings():
        # Parser libraries warn about odd input (XML read as HTML, ...) on stderr; the one
        # sentence of an InputError is all a user should see.
        warnings.simplefilter("ignore")
        return reader(data, name)
