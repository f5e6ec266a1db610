"""PDF files: the text layer, page by page (pypdf). Scanned PDFs without text are refused.

A PDF is a small program for pypdf to run, so it is read under caps (limits.py): pages, how
much one stream may inflate to (three FlateDecode layers make a gigabyte from a kilobyte),
how much all the pages' content may inflate to in all, how many operators one stream may
hold, the text's length and a time budget, each refused with its own sentence.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number
from secondment_desk.vacancy.readers.common import ReadText
from secondment_desk.vacancy.readers.limits import (
    MAX_PDF_INFLATED_BYTES,
    MAX_PDF_OPERATORS,
    MAX_PDF_PAGE_BYTES,
    MAX_PDF_PAGES,
    MAX_PDF_STREAM_BYTES,
    MAX_TEXT_CHARS,
    Budget,
    too_much_text,
)

NAME = "pdf"


def read(data: bytes, name: str) -> ReadText:
    """Text of every page; pypdf's own log lines about damaged files are kept off stderr."""
    logger = logging.getLogger("pypdf")  # its modules log through child loggers
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings(), _pypdf_limits():
            warnings.simplefilter("ignore")
            return _read(data, name)
    finally:
        logger.setLevel(level)


@contextlib.contextmanager
def _pypdf_limits() -> Iterator[None]:
    """pypdf's own limits (pypdf 6+), lowered to what a notice needs, for this read only."""
    try:
        from pypdf import apply_configuration
    except ImportError:  # an older pypdf: our checks below still apply
        yield
        return
    with apply_configuration(
        zlib_maximum_output_length=MAX_PDF_STREAM_BYTES,
        lzw_maximum_output_length=MAX_PDF_STREAM_BYTES,
        run_length_maximum_output_length=MAX_PDF_STREAM_BYTES,
        brotli_maximum_output_length=MAX_PDF_STREAM_BYTES,
        array_based_stream_maximum_output_length=MAX_PDF_STREAM_BYTES,
        stream_decoding_work_maximum_length=4 * MAX_PDF_STREAM_BYTES,
        stream_parsing_work_maximum_count=MAX_PDF_OPERATORS,
        page_tree_maximum_entries=4 * MAX_PDF_PAGES,
        xform_maximum_invocations_per_extraction=500,
    ):
        yield


def _read(data: bytes, name: str) -> ReadText:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    budget = Budget(name)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _open_protected(reader, name)
        _check_page_count(reader, name)
        pages = list(_page_texts(reader, name, budget))
    except InputError:
        raise
    except LimitReachedError as err:
        raise _limit_message(name, str(err)) from err
    except RecursionError as err:
        raise InputError(
            _("{name} nests its PDF objects too deeply to be read.").format(name=name)
        ) from err
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as err:
        raise _damaged(data, name) from err
    except Exception as err:  # pypdf raises many internal types on corrupt files
        raise _damaged(data, name) from err
    text = "\n".join(pages)
    letters = sum(c.isalpha() for c in text)
    if letters < min(SCANNED_LETTERS, SCANNED_LETTERS_PER_PAGE * max(1, len(pages))):
        # nothing, or a stamp or page number over scanned images ("Page 1 of 3")
        raise InputError(
            _("{name} has no text layer (a scanned PDF?): copy the notice text instead.").format(
                name=name
            )
        )
    if _garbled(text):
        raise InputError(
            _(
                "{name} gives garbled text (its fonts do not map their letters to "
                "characters): load the notice's web page or Word file, or copy its text from "
                "the organisation's site."
            ).format(name=name)
        )
    return ReadText("\n".join(without_running_lines(pages)), name, NAME)


# Vowels of the Latin and Cyrillic alphabets. In real notices in English, French, Spanish,
# Russian, Polish or Czech they make 37 to 49% of the letters; a PDF whose fonts lack a
# ToUnicode map gives glyph numbers read as letters shifted along the alphabet ("3ROLWLFDO"
# for "Political"), about 16% vowels.
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿáíóúýñãõåæœøěůаеёиоуыэюяіїє")
GARBLED_VOWEL_SHARE = 0.25
GARBLED_MIN_LETTERS = 200


def _garbled(text: str) -> bool:
    """Whether the text layer is glyph numbers rather than words: too few vowels among its
    Latin and Cyrillic letters (other scripts are not judged)."""
    letters = vowels = 0
    for c in text.lower():
        if c.isalpha() and (c < "\u0250" or "\u0400" <= c <= "\u04ff"):
            letters += 1
            vowels += c in _VOWELS
    return letters >= GARBLED_MIN_LETTERS and vowels < GARBLED_VOWEL_SHARE * letters


def _open_protected(reader: Any, name: str) -> None:
    """Open an encrypted PDF with the empty user password, as every PDF viewer does.

    Official notices are often "protected" only against editing or printing (an owner
    password, an empty user password; AES needs the ``cryptography`` package, a dependency):
    their text is readable. Only a PDF that asks for a password to open is refused."""
    from pypdf import PasswordType
    from pypdf.errors import DependencyError

    try:
        opened = reader.decrypt("")
    except DependencyError as err:  # an install without the cryptography package
        raise InputError(
            _(
                "{name} is an encrypted PDF and this installation lacks the cryptography "
                "package to open it: reinstall Secondment Desk, or load an unprotected copy."
            ).format(name=name)
        ) from err
    except NotImplementedError as err:  # an encryption pypdf does not know
        raise InputError(
            _(
                "{name} is encrypted in a way that cannot be opened: print it to a new PDF "
                "or copy the notice text instead."
            ).format(name=name)
        ) from err
    if opened == PasswordType.NOT_DECRYPTED:
        raise InputError(
            _(
                "{name} is a PDF that asks for a password to open: open it with its "
                "password and save an unprotected copy, or copy the notice text instead."
            ).format(name=name)
        )


# Fewer letters than this (per page, and in all) is a scan's stamp or page number, not a notice.
SCANNED_LETTERS = 200
SCANNED_LETTERS_PER_PAGE = 40


def _damaged(data: bytes, name: str) -> InputError:
    """The sentence for a PDF pypdf cannot read: cut short (no end-of-file marker, as an
    interrupted download leaves it), or damaged otherwise."""
    if b"%%EOF" not in data[-2048:]:
        return InputError(
            _(
                "{name} is an incomplete PDF (it stops before its end, as a download cut "
                "short does): download or save it again."
            ).format(name=name)
        )
    return InputError(_("{name} is a damaged PDF and cannot be read.").format(name=name))


def _limit_message(name: str, detail: str) -> InputError:
    """One sentence for a limit of pypdf's (lowered in _pypdf_limits) that the file reached."""
    lowered = detail.lower()
    if "decompress" in lowered or "decoding" in lowered or "stream length" in lowered:
        return InputError(
            _(
                "{name} holds a stream that inflates to more than {mb} MB (a compression "
                "bomb?): it is not an ordinary vacancy notice, and was not read."
            ).format(name=name, mb=MAX_PDF_STREAM_BYTES // 1_048_576)
        )
    if "token" in lowered:
        return InputError(
            _(
                "{name} has a page of more than {n} drawing operators: it is not an "
                "ordinary vacancy notice, and was not read."
            ).format(name=name, n=number(MAX_PDF_OPERATORS))
        )
    if "page tree" in lowered or "/pages" in lowered:
        return _too_many_pages(name)
    return InputError(
        _(
            "{name} holds more than a vacancy notice's PDF ever needs ({detail}): it was not read."
        ).format(name=name, detail=detail.rstrip(".!")[:100] or _("a limit of the PDF reader"))
    )


def _too_many_pages(name: str) -> InputError:
    return InputError(
        _(
            "{name} has more than {n} pages: it is not a single vacancy notice (save only "
            "the notice's pages as a PDF)."
        ).format(name=name, n=number(MAX_PDF_PAGES))
    )


def _check_page_count(reader: Any, name: str) -> None:
    """The declared /Count first (cheap), then the real page list (a Count can lie)."""
    try:
        declared = int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError, AttributeError):
        declared = 0
    if declared > MAX_PDF_PAGES:
        raise _too_many_pages(name)
    if len(reader.pages) > MAX_PDF_PAGES:
        raise _too_many_pages(name)


# How many lines at a page's top and at its bottom may be its running header and footer.
_MARGIN_LINES = 3
# A page number at a line's start or end: "Page 2 of 5", "Pág. 1 de 3", "- 4 -", "2/5", "3".
_PAGE_NO = r"(?:[^\W\d_]{1,6}\.?[ \t]*)?\d{1,3}(?:[ \t]*(?:[^\W\d_]{1,3}|/)[ \t]*\d{1,3})?"
_EDGE_NUMBER = re.compile(rf"^[-–|\s]*{_PAGE_NO}[-–|\s]+(?=\S)|(?<=\S)[-–|,\s]+{_PAGE_NO}[-–|\s]*$")
_NUMBERING = re.compile(rf"[-–|\s]*{_PAGE_NO}[-–|\s]*")


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without the running header and footer repeated on them: a line among the
    first (or the last) few of most pages, its page number aside ("Call for Contributions
    2019/3 - Page 2"), is kept where it first stands and dropped from the later pages, and
    page numbering is dropped, so a table or a list that runs over a page break reads on. A
    line in the margin of only a few pages (a requirement repeated by several posts), or one
    that opens in lower case or with a bullet, is the text's own."""
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    counts: dict[tuple[str, str], int] = {}
    for lines in split:
        for side, indexes in _margins(lines).items():
            for key in {_furniture_key(lines[i]) for i in indexes}:
                if key is not None:
                    counts[(side, key)] = counts.get((side, key), 0) + 1
    least = max(2, (len(pages) + 1) // 2)
    running = {found for found, count in counts.items() if count >= least}
    if not running:
        return pages
    out: list[str] = []
    kept: set[str] = set()
    for lines in split:
        sides = _margins(lines)
        furniture = {  # line index -> its key, for the running lines of this page
            i: key
            for i, line in enumerate(lines)
            if (key := _furniture_key(line)) is not None
            and any(i in sides[s] and (s, key) in running for s in sides)
        }
        if len(furniture) == sum(1 for line in lines if line.strip()):
            out.append("\n".join(lines))  # nothing else on the page: it is all text
            continue
        page: list[str] = []
        for i, line in enumerate(lines):
            key = furniture.get(i)
            if key is not None:
                if key in kept or key == _NUMBER_ONLY:
                    continue  # a repeat, or page numbering alone ("2", "Page 2 of 5")
                kept.add(key)
            page.append(line)
        out.append("\n".join(page))
    return out


_NUMBER_ONLY = "#"


def _furniture_key(line: str) -> str | None:
    """What a running line is recognised by on every page (its page number aside), or None
    for a line that cannot be one: empty, opening in lower case or with a bullet."""
    text = line.strip()
    if not text:
        return None
    if _NUMBERING.fullmatch(text):
        return _NUMBER_ONLY
    first = text[:1]
    if not (first.isupper() or first.isdigit() or first in "([") or text.startswith(_BULLETS):
        return None
    return _EDGE_NUMBER.sub("", text)


_BULLETS = ("- ", "• ", "* ", "· ", "▪", "o ", "– ")


def _margins(lines: list[str]) -> dict[str, set[int]]:
    """The indexes of a page's first few and last few non-empty lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return {"top": set(filled[:_MARGIN_LINES]), "bottom": set(filled[-_MARGIN_LINES:])}


def _page_texts(reader: Any, name: str, budget: Budget) -> Iterator[str]:
    inflated = 0
    produced = 0
    count = [0]

    def ticks(*_args: Any) -> None:  # called by pypdf before every operator of a page
        count[0] += 1
        if not count[0] % 512:
            budget.check()

    for page in reader.pages:
        budget.check()
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        if size > MAX_PDF_PAGE_BYTES:
            raise InputError(
                _(
                    "{name} has a page whose content inflates to more than {mb} MB: it is not "
                    "an ordinary vacancy notice, and was not read."
                ).format(name=name, mb=MAX_PDF_PAGE_BYTES // 1_048_576)
            )
        inflated += size
        if inflated > MAX_PDF_INFLATED_BYTES:
            raise InputError(
                _(
                    "{name}: the pages' content inflates to more than {mb} MB in all: it is "
                    "not an ordinary vacancy notice, and was not read."
                ).format(name=name, mb=MAX_PDF_INFLATED_BYTES // 1_048_576)
            )
        text = page.extract_text(visitor_operand_before=ticks) or ""
        produced += len(text)
        if produced > MAX_TEXT_CHARS:
            raise too_much_text(name)
        yield text
