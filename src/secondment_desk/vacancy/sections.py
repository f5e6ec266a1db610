"""Split a notice into sections by its headings, tolerant of case, typos and rewordings.

A heading is a line that is (after numbering and a trailing colon) one of the known headings,
or a line that starts with a known heading followed by a colon and inline text ("Desirable:
Working knowledge of Russian"). Short lines that miss by a typo ("Tasks and Responsibilites")
are matched with a similarity ratio. Every section keeps offsets into the text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from secondment_desk.vacancy.lexicon import body_lexicon

Role = Literal[
    "background",
    "tasks",
    "requirements",
    "education",
    "experience",
    "languages",
    "mandatory",
    "desirable",
    "competencies",
    "general_conditions",
    "skip",
]
# The sections whose items are requirements (typed, so a misspelt role fails mypy).
REQUIREMENT_ROLES: frozenset[Role] = frozenset(
    {
        "requirements",
        "education",
        "experience",
        "languages",
        "mandatory",
        "desirable",
        "general_conditions",
    }
)
Kind = Literal["mandatory", "desirable"]


@dataclass(frozen=True)
class HeadingDef:
    name: str
    role: Role
    pattern: str  # matched against the folded heading text, whole
    fuzzy: tuple[str, ...] = ()  # canonical spellings compared for typos


def _headings() -> tuple[HeadingDef, ...]:
    """The known headings, English, French, Spanish and Russian, from the body lexicon
    (``resources/vacancy/requirements.json``); every pattern is anchored on both ends."""
    return tuple(
        HeadingDef(h.name, h.role, h.pattern, h.fuzzy)  # type: ignore[arg-type]
        for h in body_lexicon().headings
    )


HEADINGS: tuple[HeadingDef, ...] = _headings()
# One alternation in the lexicon's order (the first heading that matches the whole line wins):
# one regex call per line instead of one per heading and language.
_ANY_HEADING = re.compile("|".join(f"(?P<h{i}>{h.pattern})" for i, h in enumerate(HEADINGS)), re.I)
_FUZZY = tuple((h, spelling) for h in HEADINGS for spelling in h.fuzzy)

_NUMBERING = re.compile(r"^(?:[\divxIVX]{1,4}[.)]|[a-hA-H][.)]|[•\-*–]|#+)\s*")
_LINE = re.compile(r"[^\n]+")
# "Heading: inline text" — the heading part is short and starts the line.
_INLINE = re.compile(
    r"^\s*((?:[\divx]{1,3}[.)]\s*|[a-h][.)]\s*)?[^\W\d_](?:[^\W\d_]|[ .,&/'’\-]){1,70}?)\s*:\s*"
)


# A menu after a label: three or more short items between bars ("English | Français | Español").
_MENU = re.compile(r"[^|\n]{1,25}(?:\|[^|\n]{1,25}){2,}")
# A heading inside a line, right after the end of a sentence or item.
# (Also after a lower-case word: "... an asset Experience: Minimum 10 years" in flattened text.)
_MIDLINE = re.compile(
    r"(?:(?<=[.;!?)])|(?<=[a-z] ))[ \t]*(?P<h>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3})[ \t]*:(?!\S)"
)
_MIDLINE_ROLES = frozenset({"education", "experience", "languages", "mandatory", "desirable"})
# After a lower-case word (no punctuation) only a subject heading deep in a line counts:
# "Languages Required:" is a label, not a "Required:" heading.
_PROSE_ROLES = frozenset({"education", "experience", "languages"})
_PROSE_DEPTH = 40


@dataclass(frozen=True)
class Section:
    name: str
    role: Role
    heading_start: int
    heading_end: int
    body_start: int
    body_end: int

    def body(self, text: str) -> str:
        return text[self.body_start : self.body_end]


def fold_heading(text: str) -> str:
    text = _NUMBERING.sub("", text.strip(" \t|"))
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[:.\s]+$", "", text)
    return " ".join(text.split()).lower()  # split() folds what \s+ would


@lru_cache(maxsize=8192)
def match_heading(candidate: str, allow_fuzzy: bool = True) -> HeadingDef | None:
    """The heading a line (or the part before its colon) names, if any."""
    return _match_folded(fold_heading(candidate), allow_fuzzy)


@lru_cache(maxsize=4096)
def _match_folded(folded: str, allow_fuzzy: bool) -> HeadingDef | None:
    if not folded or len(folded) > 80:
        return None
    m = _ANY_HEADING.fullmatch(folded)
    if m and m.lastgroup:
        return HEADINGS[int(m.lastgroup[1:])]
    if not allow_fuzzy or len(folded) < 8 or len(folded.split()) > 7:
        return None
    best: tuple[float, HeadingDef | None] = (0.0, None)
    if not folded[0].isalpha():
        return None
    for heading, spelling in _FUZZY:
        if abs(len(spelling) - len(folded)) > 4 or spelling[0] != folded[0]:
            continue
        matcher = difflib.SequenceMatcher(None, folded, spelling)
        if matcher.real_quick_ratio() < 0.88 or matcher.quick_ratio() < 0.88:
            continue
        ratio = matcher.ratio()
        if ratio > best[0]:
            best = (ratio, heading)
    return best[1] if best[0] >= 0.88 else None


def find_sections(text: str, start: int = 0, end: int | None = None) -> list[Section]:
    """Sections of ``text[start:end]`` in order; text before the first heading is not one."""
    stop = len(text) if end is None else end
    marks: list[tuple[HeadingDef, int, int, int]] = []  # heading, h_start, h_end, body_start
    for m in _LINE.finditer(text, start, stop):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = m.start() + (len(line) - len(line.lstrip()))
        heading = None
        short = len(stripped) <= 90 and not stripped.endswith((".", ";", ","))
        if short or stripped.endswith(":"):
            heading = match_heading(stripped, allow_fuzzy=len(stripped) <= 60)
            if heading:
                marks.append((heading, lead, m.end(), m.end()))
                continue
        inline = _INLINE.match(line) if ":" in line[:80] else None
        scan_from = 0
        if inline and _MENU.fullmatch(line.rstrip(), inline.end()):
            continue  # "Language: English | Français | Español": a site's menu, no section
        if inline:
            heading = match_heading(inline.group(1), allow_fuzzy=False)
            if heading:
                marks.append((heading, lead, m.start() + inline.end(1), m.start() + inline.end()))
                scan_from = inline.end()
        if line.count(":", scan_from) == 0:
            continue
        # "...degree;Experience:" or "Mandatory: ... . Desirable: ..." on one line
        for mid in _MIDLINE.finditer(line, scan_from):
            heading = match_heading(mid.group("h"), allow_fuzzy=False)
            after_word = (
                mid.start() > 0
                and line[mid.start() - 1].isspace()
                and (line[mid.start() - 2 : mid.start() - 1].isalpha())
            )
            if after_word and (heading is None or heading.role not in _PROSE_ROLES or
                               mid.start() < _PROSE_DEPTH):  # fmt: skip
                continue
            if heading and heading.role in _MIDLINE_ROLES:
                marks.append(
                    (heading, m.start() + mid.start("h"), m.start() + mid.end("h"),
                     m.start() + mid.end())
                )  # fmt: skip
    sections: list[Section] = []
    for i, (heading, h_start, h_end, b_start) in enumerate(marks):
        b_end = marks[i + 1][1] if i + 1 < len(marks) else stop
        sections.append(Section(heading.name, heading.role, h_start, h_end, b_start, b_end))
    return sections
