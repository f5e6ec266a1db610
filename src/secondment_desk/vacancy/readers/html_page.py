"""HTML pages: the visible text only, with blocks on their own lines and table cells apart.

Scripts, styles, templates and comments are dropped (nothing is ever executed); block
elements become line breaks and table cells are joined with " | " so a Call for
Contributions table stays one readable row per post.
"""

from __future__ import annotations

import codecs
import re
from typing import Any, cast

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number
from secondment_desk.vacancy.readers.common import ReadText, require_text
from secondment_desk.vacancy.readers.jobposting import job_postings, posting_text
from secondment_desk.vacancy.readers.limits import (
    MAX_HTML_CELLS,
    MAX_HTML_DEPTH,
    MAX_HTML_ELEMENTS,
    MAX_TEXT_CHARS,
    Budget,
    too_much_text,
)
from secondment_desk.vacancy.readers.plain import decode

NAME = "html"

_DROP = ("script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "head")
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "tr", "table", "dt", "dd", "dl", "blockquote", "pre",
    "hr", "main", "aside", "nav", "form", "fieldset", "address", "caption", "figure",
)  # fmt: skip
_BLOCK_SET = frozenset(_BLOCKS)
_HIDDEN = frozenset(_DROP)
_RUBY = frozenset(("rt", "rp"))  # their own text is left out (as BeautifulSoup's get_text did)
_PRESERVE = frozenset(("pre", "textarea"))
_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
_TAG = re.compile(r"<[A-Za-z]")
_CELL = re.compile(r"<t[dh][\s>/]", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page (doctype, <html>, or common block tags)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<body", b"<div", b"<p>", b"<table"))


def html_to_text(markup: str, name: str = "The HTML page") -> str:
    """The page's visible text (see the module's docstring); caps in limits.py."""
    return _tidy(_parse(markup, name, Budget(name)).parts)


def _parse(markup: str, name: str, budget: Budget) -> _TextTarget:
    from lxml import etree

    _check_counts(markup, name)
    target = _TextTarget(name, budget)
    parser = etree.HTMLParser(target=cast(Any, target), recover=True, no_network=True)
    try:
        parser.feed(markup.removeprefix("\ufeff"))
        parser.close()
    except InputError:
        raise
    except Exception as err:  # lxml raises several types on hostile input
        raise InputError(_("The HTML cannot be read: {err}.").format(err=err)) from err
    target.flush()
    return target


def _tidy(parts: list[str]) -> str:
    lines = []
    for raw in "".join(parts).split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        line = line.removeprefix("| ").strip()
        lines.append(line)
    out = "\n".join(lines)
    return _BLANKS.sub("\n\n", out).strip() + "\n"


def _check_counts(markup: str, name: str) -> None:
    """Refuse a page with more elements or table cells than the caps, before parsing it."""
    for elements, _found in enumerate(_TAG.finditer(markup), 1):
        if elements > MAX_HTML_ELEMENTS:
            raise InputError(
                _(
                    "{name} has more than {n} HTML elements: it is not an ordinary vacancy "
                    "notice page."
                ).format(name=name, n=number(MAX_HTML_ELEMENTS))
            )
    for cells, _found in enumerate(_CELL.finditer(markup), 1):
        if cells > MAX_HTML_CELLS:
            raise InputError(
                _(
                    "{name} has more than {n} table cells: it is not an ordinary vacancy "
                    "notice page."
                ).format(name=name, n=number(MAX_HTML_CELLS))
            )


class _TextTarget:
    """lxml's HTML parser events turned straight into text, with no tree built: a line break
    around every block element, " | " before every table cell, "• " at the start of every
    list item, nothing from dropped elements, comments, doctypes or processing instructions.

    No tree means no recursion and no insertions into one (BeautifulSoup's ``insert_after``
    walks the element's descendants each time: quadratic in the depth); the depth of the open
    elements is capped instead. Whitespace-only runs of text become one space or one line
    break (outside ``pre``/``textarea``), as BeautifulSoup made them, so the text is the
    same as it was."""

    def __init__(self, name: str, budget: Budget) -> None:
        self.name = name
        self.budget = budget
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.hidden = 0  # open elements whose text is not shown (script, style, head...)
        self.preserve = 0  # open pre/textarea
        self.ruby = 0  # open rt/rp
        self.pending: list[str] = []
        self.produced = 0
        self.events = 0
        self.noscript = 0  # open noscript elements (their text is kept apart)
        self.fallback: list[str] = []  # the text of noscript elements
        self.jsonld: list[str] = []  # JSON-LD blocks (schema.org data)
        self.in_jsonld = False
        self.frames: list[str] = []  # the HTML of iframes' srcdoc
        self.after_dt = False  # the last element closed was a dt (its dd follows)

    def flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending = []
        if self.in_jsonld:
            self._keep(self.jsonld, text)
            return
        if self.hidden and self.hidden == self.noscript and not self.ruby:
            self._keep(self.fallback, text)
            return
        if self.hidden or self.ruby:
            return
        if not self.preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        self.produced += len(text)
        if self.produced > MAX_TEXT_CHARS:
            raise too_much_text(self.name)
        self.parts.append(text)

    def _keep(self, into: list[str], text: str) -> None:
        """Text kept apart from the visible text, under the same cap."""
        self.produced += len(text)
        if self.produced > MAX_TEXT_CHARS:
            raise too_much_text(self.name)
        into.append(text)

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        self.flush()
        if tag == "script" and "ld+json" in str(attrib.get("type", "")).lower():
            self.in_jsonld = True
        elif tag == "noscript":
            self.noscript += 1
        elif tag == "iframe" and attrib.get("srcdoc"):
            self._keep(self.frames, str(attrib["srcdoc"]))
        self.events += 1
        if not self.events % 4096:
            self.budget.check()
        self.stack.append(tag)
        if len(self.stack) > MAX_HTML_DEPTH:
            raise InputError(
                _(
                    "{name} nests HTML elements more than {n} deep: it is not an ordinary "
                    "vacancy notice page."
                ).format(name=self.name, n=number(MAX_HTML_DEPTH))
            )
        if tag in _HIDDEN:
            self.hidden += 1
        if tag in _PRESERVE:
            self.preserve += 1
        if tag in _RUBY:
            self.ruby += 1
        if self.hidden:
            return
        if tag in ("br", "hr"):
            self.parts.append("\n")
            return
        if tag in ("td", "th"):
            self.parts.append(" | ")
        if tag == "dd" and self.parts and self.parts[-1] == "\n" and self.after_dt:
            # a definition's value on its term's line, as a label and its value
            self.parts.pop()
            term = "".join(self.parts[-3:]).rstrip()
            self.parts.append(" " if term.endswith(":") else ": ")
        elif tag in _BLOCK_SET:
            self.parts.append("\n• " if tag == "li" else "\n")
        self.after_dt = False

    def end(self, tag: str) -> None:
        self.flush()
        if not self.stack:
            return
        tag = self.stack.pop()
        if tag == "script":
            if self.in_jsonld:
                self.jsonld.append("\x00")  # the end of one block
            self.in_jsonld = False
        if tag == "noscript":
            self.noscript -= 1
            self.fallback.append("\n")
        if tag in _PRESERVE:
            self.preserve -= 1
        if tag in _RUBY:
            self.ruby -= 1
        if tag in _HIDDEN:
            self.hidden -= 1
        elif not self.hidden and tag in _BLOCK_SET and tag not in ("br", "hr"):
            self.parts.append("\n")
            self.after_dt = tag == "dt"

    def data(self, text: str) -> None:
        self.pending.append(text)

    def comment(self, text: str) -> None:
        self.flush()

    def pi(self, target: str, data: str | None = None) -> None:
        self.flush()

    def doctype(self, *args: Any) -> None:
        self.flush()

    def close(self) -> None:
        self.flush()


# Fewer visible letters than this beside a script: a page that builds itself in the browser.
SCRIPTED_LETTERS = 40
_SCRIPT = re.compile(r"<script\b", re.IGNORECASE)


# Fewer visible letters than this: the page is a frame around the notice (a site's menus, a
# cookie banner), and the notice's text is looked for in noscript and iframe srcdoc.
FRAME_LETTERS = 400
_IFRAME_SRC = re.compile(r"<iframe\b[^>]*\bsrc\s*=", re.IGNORECASE)


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")
# What HTML means by these labels (the WHATWG Encoding standard): Latin-1 is Windows-1252.
_LABELS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def decode_page(data: bytes, name: str) -> str:
    """A page's text: a byte-order mark or valid UTF-8 first (a browser saves pages so,
    whatever their old meta says), then the charset the page declares (``<meta charset>``,
    ``http-equiv`` or the XML declaration: Windows-1251 and -1250 pages are common in the
    region's press and job boards, and a short page's bytes alone do not tell them apart),
    then a guess from the bytes."""
    head = data[:4096]
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return decode(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if found:
        label = found.group(1).decode("ascii").lower()
        try:
            codec = codecs.lookup(_LABELS.get(label, label)).name
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or a wrong label: the bytes decide
    return decode(data, name)


def read(data: bytes, name: str) -> ReadText:
    markup = decode_page(data, name)
    budget = Budget(name)
    page = _parse(markup, name, budget)
    text = _tidy(page.parts)
    postings = job_postings("".join(page.jsonld).split("\x00"))
    if postings:
        text = _with_postings(text, postings, name, budget)
    if _letters(text) < FRAME_LETTERS:
        extra = [_tidy(page.fallback)] if _letters("".join(page.fallback)) > _letters(text) else []
        extra += [_tidy(_parse(frame, name, budget).parts) for frame in page.frames[:4]]
        text = "\n".join([text, *extra]) if extra else text
    if _letters(text) < SCRIPTED_LETTERS and _SCRIPT.search(markup):
        # a saved job page whose notice is fetched by its scripts ("<div id='root'>")
        raise InputError(
            _(
                "{name} holds no notice text, only a page that builds itself with JavaScript: "
                "copy the notice's text from the browser window instead."
            ).format(name=name)
        )
    if _letters(text) < SCRIPTED_LETTERS and _IFRAME_SRC.search(markup):
        raise InputError(
            _(
                "{name} holds no notice text, only a frame that shows another page: open "
                "the notice in the browser and copy its text, or save the frame's page."
            ).format(name=name)
        )
    return ReadText(require_text(text, name), name, NAME)


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _with_postings(text: str, postings: list[dict[str, Any]], name: str, budget: Budget) -> str:
    """The page's text, or its JobPosting data's where the page does not show the notice
    (its description's opening words are not among the visible text's)."""

    def to_text(markup: str) -> str:
        return _tidy(_parse(markup, name, budget).parts)

    written = [posting_text(posting, to_text) for posting in postings[:MAX_POSTINGS]]
    visible = _folded(text)
    shown = [w for w in written if _folded(w.split("\n\n", 1)[-1])[:200] in visible]
    return text if len(shown) == len(written) else "\n\n".join(written)


#: JobPostings one page may hold that are read (a job board's page holds one).
MAX_POSTINGS = 5


def _folded(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
