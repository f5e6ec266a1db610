"""PDF files: the text layer, page by page (pypdf). Scanned PDFs without text are refused."""

from __future__ import annotations

import io
import logging
import warnings

from secondment_desk.errors import InputError
from secondment_desk.vacancy.readers.common import ReadText

NAME = "pdf"


def read(data: bytes, name: str) -> ReadText:
    """Text of every page; pypdf's own log lines about damaged files are kept off stderr."""
    logger = logging.getLogger("pypdf")  # its modules log through child loggers
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read(data, name)
    finally:
        logger.setLevel(level)


def _read(data: bytes, name: str) -> ReadText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{name} is an encrypted PDF: save an unprotected copy and load that.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise InputError(f"{name} is a damaged PDF and cannot be read.") from err
    except Exception as err:  # pypdf raises many internal types on corrupt files
        raise InputError(f"{name} is a damaged PDF and cannot be read.") from err
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(
            f"{name} has no text layer (a scanned PDF?): copy the notice text instead."
        )
    return ReadText(text, name, NAME)
