"""HTML pages: the visible text only, with blocks on their own lines and table cells apart.

Scripts, styles, templates and comments are dropped (nothing is ever executed); block
elements become line breaks and table cells are joined with " | " so a Call for
Contributions table stays one readable row per post.
"""

from __future__ import annotations

import re
from typing import Any

from secondment_desk.errors import InputError
from secondment_desk.vacancy.readers.common import ReadText, require_text
from secondment_desk.vacancy.readers.plain import decode

NAME = "html"

_DROP = ("script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "head")
_BLOCKS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "tr", "table", "dt", "dd", "dl", "blockquote", "pre",
    "hr", "main", "aside", "nav", "form", "fieldset", "address", "caption", "figure",
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page (doctype, <html>, or common block tags)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<body", b"<div", b"<p>", b"<table"))


def html_to_text(markup: str) -> str:
    from bs4 import BeautifulSoup, Comment

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as err:  # lxml raises several types on hostile input
        raise InputError(f"The HTML cannot be read: {err}.") from err
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for cell in soup.find_all(["td", "th"]):
        cell.insert_before(" | ")
    for tag in soup.find_all(_BLOCKS):
        _mark_block(tag)
    text = soup.get_text()
    lines = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        line = line.removeprefix("| ").strip()
        lines.append(line)
    out = "\n".join(lines)
    return _BLANKS.sub("\n\n", out).strip() + "\n"


def _mark_block(tag: Any) -> None:
    if tag.name in ("br", "hr"):
        tag.replace_with("\n")
        return
    tag.insert_before("\n")
    tag.insert_after("\n")
    if tag.name == "li":
        tag.insert(0, "• ")


def read(data: bytes, name: str) -> ReadText:
    markup = decode(data, name)
    return ReadText(require_text(html_to_text(markup), name), name, NAME)
