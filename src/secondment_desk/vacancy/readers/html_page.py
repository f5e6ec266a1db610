"""HTML pages: the visible text only, with blocks on their own lines and table cells apart.

Scripts, styles, templates and comments are dropped (nothing is ever executed); block
elements become line breaks and table cells are joined with " | " so a Call for
Contributions table stays one readable row per post.
"""

from __future__ import annotations

import re
from typing import Any, cast

from secondment_desk.errors import InputError
from secondment_desk.i18n import _
from secondment_desk.locale_format import number
from secondment_desk.vacancy.readers.common import ReadText, require_text
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
    from lxml import etree

    _check_counts(markup, name)
    target = _TextTarget(name, Budget(name))
    parser = etree.HTMLParser(target=cast(Any, target), recover=True, no_network=True)
    try:
        parser.feed(markup.removeprefix("\ufeff"))
        parser.close()
    except InputError:
        raise
    except Exception as err:  # lxml raises several types on hostile input
        raise InputError(_("The HTML cannot be read: {err}.").format(err=err)) from err
    target.flush()
    lines = []
    for raw in "".join(target.parts).split("\n"):
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

    def flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending = []
        if self.hidden or self.ruby:
            return
        if not self.preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        self.produced += len(text)
        if self.produced > MAX_TEXT_CHARS:
            raise too_much_text(self.name)
        self.parts.append(text)

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        self.flush()
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
        if tag in _BLOCK_SET:
            self.parts.append("\n• " if tag == "li" else "\n")

    def end(self, tag: str) -> None:
        self.flush()
        if not self.stack:
            return
        tag = self.stack.pop()
        if tag in _PRESERVE:
            self.preserve -= 1
        if tag in _RUBY:
            self.ruby -= 1
        if tag in _HIDDEN:
            self.hidden -= 1
        elif not self.hidden and tag in _BLOCK_SET and tag not in ("br", "hr"):
            self.parts.append("\n")

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


def read(data: bytes, name: str) -> ReadText:
    markup = decode(data, name)
    text = html_to_text(markup, name)
    if sum(c.isalpha() for c in text) < SCRIPTED_LETTERS and _SCRIPT.search(markup):
        # a saved job page whose notice is fetched by its scripts ("<div id='root'>")
        raise InputError(
            _(
                "{name} holds no notice text, only a page that builds itself with JavaScript: "
                "copy the notice's text from the browser window instead."
            ).format(name=name)
        )
    return ReadText(require_text(text, name), name, NAME)
