"""A page that lists several open posts, each a heading line with its own deadline below it.

National secondment pools and ministries publish their open posts as one page ("Postes
actuellement vacants": "10 LTO-Election Observers (PDF, 8 Pages, 278.3 kB, English)" ... "The
application period will be open until 16 February 2025", "JPO in Political Affairs, DPA MSU in
New York" / "Closing date: 17.02.2025", ...). Such a page is read as one post per heading: the
heading gives the title (a leading count is the number of posts, an attached file's details
and a trailing "in <city>" are not the title), the lines below it up to the next heading give
the rest. A page is a list only where three or more deadlines each have a heading of their own
above them, so a notice that repeats its one deadline is never split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.datelabels import labelled_closing
from secondment_desk.vacancy.dates import words
from secondment_desk.vacancy.draft import Draft
from secondment_desk.vacancy.layout import is_label_line
from secondment_desk.vacancy.signals import lexicon as signal_lexicon
from secondment_desk.vacancy.signals import names_a_job

_LINE = re.compile(r"[^\n]+")
_POSTS_MIN = 3
_HEAD_WORDS_MAX = 14
_HEAD_REACH = 4  # non-empty lines between a heading and its deadline, at most
# "(PDF, 8 Pages, 278.3 kB, English)": the attached file's details after a post's name
_FILE_INFO = re.compile(r"\s*\((?:PDF|DOCX?|XLSX?)\b[^()]*\)\s*$", re.I)
_LEADING_COUNT = re.compile(r"^(?P<n>\d{1,3})\s+(?=\S)")
_REGIME_LINE = re.compile(r"^[ \t]*(?:Secondment|Seconded|Contracted)\b[^\n]{0,80}$", re.M)
_IN_CITY = re.compile(r"\s+in\s+(?P<city>[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})\s*$")


@dataclass(frozen=True)
class Post:
    start: int  # where the post's heading starts in the page
    end: int  # where the next post's heading starts (or the page ends)


def _heading_like(line: str) -> bool:
    """A short line that could name a post: no sentence, no label, no "The ..."."""
    words = line.split()
    return (
        0 < len(words) <= _HEAD_WORDS_MAX
        and not line.rstrip().endswith((".", ":", ";", ","))
        and (line[:1].isupper() or line[:1].isdigit())
        and not is_label_line(line)
        and not line.lower().startswith(("the ", "le ", "la ", "les "))
    )


def posts(text: str) -> list[Post]:
    """The posts of a list page, in order; empty for any other text."""
    if len(words().closing.spans(text)) < _POSTS_MIN:
        return []  # fewer deadline labels than a list needs (most notices: a cheap test)
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    nouns = signal_lexicon().title_noun
    heads: list[int] = []  # indexes into lines
    previous_end = -1  # index of the last deadline line taken
    at = 0
    while at < len(text):
        found = labelled_closing(text, at)
        if not found:
            break
        date, _reach = found
        index = next((i for i, m in enumerate(lines) if m.start() <= date.start < m.end()), None)
        if index is None:
            break
        window = [i for i in range(max(previous_end + 1, index - _HEAD_REACH), index)]
        candidates = [i for i in window if _heading_like(lines[i].group().strip())]
        named = [i for i in candidates if names_a_job(lines[i].group(), nouns)]
        chosen = named[-1] if named else candidates[-1] if candidates else None
        if chosen is not None and (not heads or chosen > heads[-1]):
            heads.append(chosen)
        previous_end = index
        at = lines[index].end()
    if len(heads) < _POSTS_MIN:
        return []
    # headings below the last deadline that name a job are posts whose copy gives no deadline
    for i in range(previous_end + 1, len(lines)):
        line = lines[i].group().strip()
        if _heading_like(line) and names_a_job(line, nouns):
            heads.append(i)
    starts = [lines[i].start() for i in heads]
    return [Post(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True)]


def preset_heading(draft: Draft, block: str) -> None:
    """Title, number of posts and duty station from a listed post's heading line."""
    first = _LINE.search(block)
    if not first:
        return
    line = first.group().rstrip()
    start, end = first.start(), first.start() + len(line)
    file_info = _FILE_INFO.search(line)
    if file_info:
        end = start + file_info.start()
    count = _LEADING_COUNT.match(block, start, end)
    if count:
        draft.put("number_of_posts", int(count.group("n")), fx.Hit(count.group("n"), start, end))
        start = count.end()
    place = _IN_CITY.search(block, start, end)
    if place:
        city = lexicon.canonical_city(place.group("city"))
        if city:
            at = place.start("city")
            draft.put("duty_station", city, fx.Hit(city, at, place.end("city")))
            end = place.start()
    raw = block[start:end].strip(" ,-–")
    title, grade = fx.tidy_title(raw) if raw else ("", None)  # "Political Officer (S2)"
    if title and title in raw:
        at = start + block[start:end].find(title)
        draft.put("title", title, fx.Hit(title, at, at + len(title)))
        if grade and grade in raw:
            g_at = start + block[start:end].rfind(grade)
            draft.put("grade", grade, fx.Hit(grade, g_at, g_at + len(grade)))
    elif raw:
        draft.put("title", raw, fx.Hit(raw, start, start + len(raw)))
    regime = _REGIME_LINE.search(block, first.end(), first.end() + 300)  # "Secondment to the ..."
    kind = fx.contract_type(regime.group()) if regime else None
    if regime and kind:
        draft.put("contract_type", kind, fx.Hit(kind, regime.start(), regime.end()))
