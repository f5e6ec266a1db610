"""Line breaks back into a notice whose text came as one paragraph (a PDF extraction, a copy
out of a page that lost its markup).

Every reader of the notice (the vacancy signals, the sections, the header labels, the title)
works on lines; a flattened copy has one. Only a line far longer than any line of a laid-out
notice is touched, and only at the shapes that start a line in one: a bullet, a header label
before its colon (``resources/vacancy/labels.json``), a deadline label before a date
(``resources/vacancy/signals.json``), a section heading of the body lexicon
(``resources/vacancy/requirements.json``) or of the signals' lexicon in capitals or title
case, and a sentence's end.
Nothing is removed: a space becomes a line break, so every offset stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from secondment_desk.vacancy.cfc import post_table
from secondment_desk.vacancy.dates import find_dates
from secondment_desk.vacancy.labels import lexicon as label_lexicon
from secondment_desk.vacancy.layout import _label_before
from secondment_desk.vacancy.lexicon import body_lexicon
from secondment_desk.vacancy.signals import lexicon as signal_lexicon

# A laid-out notice's longest line is a paragraph; a flattened one holds the whole notice.
FLAT_LINE = 1200
# A text that is one line (a first screen flattened) is reflowed from this length on.
ONE_LINE = 300
# Text whose lines average this many characters has no line to reflow (the cheap test).
_AVERAGE = 300
_BULLET = re.compile(r"[ \t]+(?=[•●▪◦■►➢✓➤\uf0b7\uf0a7\uf076\uf0d8\uf0fc](?:[ \t]|$))")
# A sentence's end before the next one's capital (two letters or a closing bracket before the
# stop, so "No. 12" and "e.g. The" stay together; "Mr. Smith" is split, a rare loss).
_SENTENCE = re.compile(r"(?<=[^\W\d_]{2}[.;!?])[ \t]+(?=[\"“(]?[A-Z\u00c0-\u00de\u0410-\u042f])")
_COLON = re.compile(r"[ \t]*:")
_SENTENCE_AFTER_BRACKET = re.compile(r"(?<=\)[.;])[ \t]+(?=[A-Z\u00c0-\u00de\u0410-\u042f])")


@cache
def _headings() -> re.Pattern[str]:
    """Every heading of the body lexicon, found inside a line (the lexicon's patterns match
    a whole folded heading: lower case, single spaces)."""
    patterns = sorted((h.pattern for h in body_lexicon().headings), key=len, reverse=True)
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w'’])", re.I)


def _looks_like_heading(line: str, start: int, end: int) -> bool:
    """A heading's shape where it stands: capital first letter, after a sentence's end or a
    colon's value, and followed by a colon or a capitalised word (not "Experience in ...")."""
    words = line[start:end].split()
    if not line[start].isupper():
        return False
    rest = line[end : end + 3].lstrip(" \t")
    if not rest or rest[0] in ":|":
        return True  # "Your responsibilities:", "Background |" (a table cell), as laid out
    if len(words) > 1 and not all(w[0].isupper() or len(w) <= 3 for w in words):
        return False  # "Education and training" in a sentence stays; "Education and Training"
    if rest[0].isalpha() and rest[0].islower():
        return False
    before = line[max(0, start - 2) : start].rstrip(" \t")
    return not before or before[-1] in ".;:!?)•" or len(words) > 1 or line[start:end].isupper()


_TOKEN = re.compile(r"\S+")
_CAPS_LETTERS = 15  # a heading in capitals, not an acronym or two ("OSCE SMM")


def _caps_headings(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of words in capitals long enough to be a heading ("ADJOINT
    ADMINISTRATIF, G6", "CHEF DE BUREAU, AFFAIRES POLITIQUES") that a capitalised word ends."""
    run: list[re.Match[str]] = []
    for token in _TOKEN.finditer(line):
        word = token.group().strip(",;:()[]")
        if word.isupper() or (run and word.isdigit()):
            run.append(token)
            continue
        letters = sum(c.isalpha() for t in run for c in t.group())
        if (
            letters >= _CAPS_LETTERS
            and word[:1].isupper()
            and any(c.islower() for c in word)
            and not _dated(line, run[-1], token)  # "DEADLINE ... APPLICATIONS 24 November"
        ):
            yield run[0].start(), run[-1].end()
        run = []


def _dated(line: str, last: re.Match[str], following: re.Match[str]) -> bool:
    """Whether a date runs from the run's last word into the next ("24 November 2025")."""
    return bool(find_dates(line, max(0, last.end() - 3), min(len(line), following.end() + 8)))


def _breaks(text: str, start: int, end: int) -> set[int]:
    """Offsets of the spaces in ``text[start:end]`` that become line breaks."""
    line = text[start:end]
    out: set[int] = set()
    for a, b in _caps_headings(line):  # a heading in capitals stands on its own line
        if a and line[a - 1] in " \t":
            out.add(start + a - 1)
        out.add(start + b)
    for m in _BULLET.finditer(line):
        out.add(start + m.end() - 1)
    for pattern in (_SENTENCE, _SENTENCE_AFTER_BRACKET):
        for m in pattern.finditer(line):
            out.add(start + m.end() - 1)
    colon = text.find(":", start, end)
    while colon >= 0:
        label = _label_before(text, start, colon)
        if label and label[0] > start and text[label[0] - 1] in " \t":
            out.add(label[0] - 1)
        colon = text.find(":", colon + 1, end)
    lex = signal_lexicon()
    found = (
        m
        for pattern in (
            _headings(),
            lex.heading_tasks,
            lex.heading_requirements,
            lex.notice_heading,
        )
        for m in pattern.finditer(line)
    )
    for m in found:
        if not _looks_like_heading(line, m.start(), m.end()):
            continue
        if m.start() and line[m.start() - 1] in " \t":
            out.add(start + m.start() - 1)
        after = m.end()
        heading_colon = _COLON.match(line, after, after + 3)
        if heading_colon:  # the heading alone on its line, its text below, as laid out
            after = heading_colon.end()
        if after < len(line) and line[after] in " \t":
            out.add(start + after)
    deadline = lex.deadline
    low = line.lower()
    for at, stop in deadline.spans(low):  # "Application deadline 2 years ago: 6 Dec 2021"
        if (
            at
            and line[at - 1] in " \t"
            and line[at].isupper()
            and find_dates(line, stop, stop + 60)
        ):
            out.add(start + at - 1)
    return out


def reflow(text: str) -> str:
    """``text`` with line breaks where a flattened paragraph lost them (see the module)."""
    # a text of one line is flattened whatever its length; otherwise only a very long line is
    longest = FLAT_LINE if "\n" in text.strip() else ONE_LINE
    if len(text) < longest or text.count("\n") * _AVERAGE > len(text):
        return text
    label_lexicon()  # loaded before the first line is searched (fails on a broken file)
    spaces: set[int] = set()
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if end - pos > longest:
            spaces |= _breaks(text, pos, end)
        pos = end + 1
    table = post_table(text)  # a call's table of posts is read flattened (vacancy/cfc.py):
    if table:  # its rows are not split at the capitals and labels inside them
        spaces = {at for at in spaces if not table[0] <= at < table[1]}
    if not spaces:
        return text
    chars = list(text)
    for at in spaces:
        if chars[at] in " \t":
            chars[at] = "\n"
    return "".join(chars)
