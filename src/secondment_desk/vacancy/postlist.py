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

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from secondment_desk.organisations import recognition
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.datelabels import labelled_closing
from secondment_desk.vacancy.dates import first_date, words
from secondment_desk.vacancy.draft import Draft
from secondment_desk.vacancy.labels import field_of
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


# --- a list of posts, one row or one block each ------------------------------------------------
#
# Field operations, the Secretariat, ministries and agencies list their open posts as one line
# each ("VNKOSS01234  Human Rights Officer  S2  Pristina  Deadline 12 May 2025"), as numbered or
# bulleted items ("1. Monitoring Officer (S1) – Skopje – VNSKPS00441 – 12 May 2025"), or as a
# heading per post with its own labelled lines ("Post 1: Political Officer" / "Grade: S2" /
# "Duty station: Tbilisi" / "Deadline: ..."). Each such post is read from its own cells: a
# reference, a grade, a known city, a date and a title naming a job. A page is such a list only
# where two or more posts each have a title and a reference or a date of their own, and no two
# share their title and reference (a notice naming its one post twice is never split).

_ROW_WORDS_MAX = 40  # a row longer than this is prose
_TITLE_WORDS_MAX = 12
_BLOCK_LINES_MAX = 9  # lines one post's block may hold (its heading and labelled lines)
_ROWS_APART = 4  # non-empty lines between two rows of one list, at most
_ROWS_MIN = 2
_DIGIT = re.compile(r"\d")
_LIST_REACH = 60000  # how far into a page a list of posts is looked for
_ALL_OWN_FIELDS = 4  # a reference, a grade, a duty station and a closing date
_LONE_REACH = 3000  # a page's one listed post stands near its top
# "1.", "2)", "Post 1:", "Position 2 –", "Vacancy 3.", a bullet
_ENUMERATOR = re.compile(
    r"^[ \t]*(?:(?:Post|Position|Vacancy|Job|Poste|Puesto|Stelle)[ \t]+(?:No\.?[ \t]*)?\d{1,2}"
    r"[ \t]*[:.)\-–—][ \t]*|\d{1,2}[.)][ \t]+|[•\-*–·▪►][ \t]+)",
    re.I | re.M,
)
# the cells of a row: runs of spaces, a tab, a bar, a dash or slash between spaces, a semicolon
_CELL_SPLIT = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*|[ \t]+[-–—/][ \t]+|[ \t]*;[ \t]*")
# a code a list names its post by: letters and digits joined by / - . ("SEC/2025/014",
# "25-HRI-OHCHR-256789-R-GENEVA", "MFA-OSCE-07-2025"), or a registry's own form
_CODE = re.compile(
    r"(?<![\w/.:+\-])(?=[A-Z0-9])(?=(?:[\w/.\-]*\d){3})(?=[\w/.\-]*[A-Z]{2})"
    r"[A-Z0-9]{1,12}(?:[/\-.][A-Za-z0-9]{1,12}){1,7}(?![\w/\-])"
)
_CODE_JOINT = re.compile(r"[A-Z0-9][/\-.][A-Za-z0-9]")  # in every _CODE
_CODE_HEAD = 12  # the longest first part of a _CODE, before its first separator
_LABEL_HEAD = re.compile(r"^[ \t]*(?P<label>[^\W\d][^:\n]{0,40}?)[ \t]*:[ \t]*", re.M)
_CELL_WORDS_MAX = 12  # a longer cell is prose, whatever it names
# the labels whose values a listed post's fields are read from (an unlabelled cell too)
_OWN_LABELS = frozenset(
    {"title", "requisition_id", "ref", "grade", "location", "closing_date", "job_code_title"}
)
_GRADE_BRACKET = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{1,16})\s*[)\]]\s*$")
_TRAILING_JUNK = " \t,;:-–—|/"


@dataclass(frozen=True)
class Listed:
    """One post of a list: where it stands in the page and what its own cells say."""

    start: int
    end: int
    title: fx.Hit
    reference: fx.Hit | None
    grade: fx.Hit | None
    station: fx.Hit | None
    closing: fx.Hit | None  # ISO date
    known_reference: bool = False  # of a registry's form, or after a reference label
    count: fx.Hit | None = None  # "Project Officer 2 (BJTS)": two positions
    office: fx.Hit | None = None  # the unit a table's row names before its place


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _grade_token() -> re.Pattern[str]:
    """A grade of the scales a list of seconded and staff posts uses (OSCE, UN, EU) as a
    whole token: a lone digit (the WTO's scale) is no grade here."""
    alts = [
        e.grade.pattern
        for name in ("OSCE", "UN", "EU")
        if (e := recognition.by_short_name(name)) is not None and e.grade is not None
    ]
    # every grade of these scales opens with a capital (tests/vacancy check it): the
    # lookahead skips the other places of a page before the 40-odd alternatives are tried
    return re.compile(rf"(?=[A-Z])(?<![\w/-])(?:{'|'.join(alts)})(?![\w/-])")


def _reference_in(text: str, start: int, end: int) -> fx.Hit | None:
    m = recognition.find_reference(None, text, start, end)
    if m:
        return fx.Hit(m.group(), m.start(), m.end())
    for c in _CODE.finditer(text, start, end):
        if not _grade_token().fullmatch(c.group()) and not first_date(text, c.start(), c.end()):
            return fx.Hit(c.group(), c.start(), c.end())
    return None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The cells of ``text[start:end]``: its lines, each cut at its separators, with the
    field a label before the cell names ("Grade: S2" is the cell "S2" of field "grade")."""
    out: list[tuple[int, int, str | None]] = []
    for line in _LINE.finditer(text, start, end):
        at = line.start()
        named: str | None = None
        label = _LABEL_HEAD.match(text, at, line.end())
        if label and is_label_line(text[at : line.end()]):
            named = field_of(label.group("label")) or "other"
            at = label.end()  # "Grade: S2": the value is the cell
        elif (enum := _ENUMERATOR.match(text, at, line.end())) is not None:
            at = enum.end()
        for piece in _CELL_SPLIT.split(text[at : line.end()]):
            i = text.find(piece, at, line.end()) if piece.strip() else -1
            if i >= 0:
                a, b = i, i + len(piece)
                while a < b and text[a] in _TRAILING_JUNK:
                    a += 1
                while b > a and text[b - 1] in _TRAILING_JUNK:
                    b -= 1
                if text[a:b].startswith("(") and ")" not in text[a:b]:
                    a += 1  # a bracket the separator opened: "(Ref. VNKOSS01234"
                if text[a:b].endswith(")") and "(" not in text[a:b]:
                    b -= 1
                cell_named = named
                inner = _LABEL_HEAD.match(text, a, b) if named is None else None
                if inner and inner.end() < b and is_label_line(text[a:b]):
                    cell_named = field_of(inner.group("label")) or "other"
                    a = inner.end()  # "... | Ref: VNKOSS01234 | Deadline: 12.05.2025"
                if a < b and len(text[a:b].split()) <= _CELL_WORDS_MAX:
                    out.append((a, b, cell_named))
                at = i + len(piece)
    return out


def _read(text: str, start: int, end: int) -> Listed | None:
    """A post's fields from its own cells; None where no cell names a job."""
    nouns = signal_lexicon().title_noun
    title = reference = grade = station = closing = None
    labelled_closing_cell = known = False
    cells = _cells(text, start, end)
    for a, b, named in cells:
        if named is not None and named not in _OWN_LABELS:
            continue  # "Publication date: ...", "Job ID: 12122": not the post's own fields
        value = text[a:b]
        if reference is None and (ref := _reference_in(text, a, b)) is not None:
            reference = ref
            known = named == "requisition_id" or bool(
                recognition.find_reference(None, text, ref.start, ref.end)
            )
            if ref.start == a and ref.end == b:
                continue
        if grade is None and (g := _grade_token().fullmatch(value)):
            grade = fx.Hit(g.group(), a, b)
            continue
        if station is None and (city := lexicon.canonical_city(value.removeprefix("in "))):
            station = fx.Hit(city, a, b)
            continue
        if (closing is None or (named == "closing_date" and not labelled_closing_cell)) and (
            d := first_date(text, a, b)
        ) is not None:  # a labelled deadline beats a bare date above it
            closing = fx.Hit(d.iso, d.start, d.end)
            labelled_closing_cell = named == "closing_date"
            continue
        if (
            title is None
            and len(value.split()) <= _TITLE_WORDS_MAX
            and names_a_job(value, nouns, plural=False)
            and not is_label_line(value)
        ):
            bracket = _GRADE_BRACKET.search(value)
            if bracket and _grade_token().fullmatch(bracket.group(1)):
                if grade is None:
                    g_at = a + bracket.start(1)
                    grade = fx.Hit(bracket.group(1), g_at, g_at + len(bracket.group(1)))
                b = a + bracket.start()
            title = fx.Hit(text[a:b], a, b)
    if title is None:
        return None
    return Listed(start, end, title, reference, grade, station, closing, known)


def _own_fields(post: Listed) -> int:
    return sum(x is not None for x in (post.reference, post.grade, post.station, post.closing))


def _is_post(post: Listed | None) -> bool:
    """A listed post names its job and has a reference or a date, with one more field."""
    return (
        post is not None
        and (post.reference is not None or post.closing is not None)
        and _own_fields(post) >= 2
    )


def _distinct(found: list[Listed]) -> bool:
    keys = {(p.title.value.casefold(), p.reference.value if p.reference else None) for p in found}
    return len(keys) == len(found)


def _row_posts(text: str, lines: list[re.Match[str]], minimum: int) -> list[Listed]:
    """Posts one line each, in runs of lines standing close together."""
    nouns = signal_lexicon().title_noun
    rows: list[tuple[int, Listed]] = []
    for i, line in enumerate(lines):
        value = line.group()
        if (
            len(value.split()) > _ROW_WORDS_MAX
            or value.rstrip().endswith(".")
            or not _DIGIT.search(value)  # a row's reference, grade or date has a digit
            or not names_a_job(value, nouns, plural=False)
        ):
            continue
        post = _read(text, line.start(), line.end())
        if post is not None and _is_post(post):
            rows.append((i, post))
    best: list[Listed] = []
    run: list[tuple[int, Listed]] = []
    for i, post in rows:
        if run and i - run[-1][0] > _ROWS_APART:
            best = max(best, [p for _, p in run], key=len)
            run = []
        run.append((i, post))
    best = max(best, [p for _, p in run], key=len)
    return best if len(best) >= minimum and _distinct(best) else []


def _starts(text: str, lines: list[re.Match[str]]) -> list[int]:
    """Lines that open a post's block: an enumerator ("Post 1:", "2.", a bullet) or a
    reference at the line's start, or a job's name with labelled lines below it."""
    nouns = signal_lexicon().title_noun
    enumerated: list[int] = []
    referenced: list[int] = []
    headed: list[int] = []
    for i, line in enumerate(lines):
        value = line.group().strip()
        if _ENUMERATOR.match(line.group()) and names_a_job(value, nouns, plural=False):
            enumerated.append(i)
        ref = _reference_in(text, line.start(), line.end()) if value[:1].isalnum() else None
        if ref and not text[line.start() : ref.start].strip():
            referenced.append(i)
        if (
            i + 1 < len(lines)
            and _heading_like(value)
            and names_a_job(value, nouns, plural=False)
            and is_label_line(lines[i + 1].group().strip())
        ):
            headed.append(i)
    return max((enumerated, referenced, headed), key=len)


def _block_posts(text: str, lines: list[re.Match[str]], minimum: int) -> list[Listed]:
    """Posts a block each: a heading line and the lines below it up to the next heading."""
    starts = _starts(text, lines)
    if len(starts) < minimum:
        return []
    found: list[Listed] = []
    for n, i in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        stop = min(stop, i + _BLOCK_LINES_MAX)
        last = i
        for j in range(i + 1, stop):  # a block's lines are short: prose ends it
            if len(lines[j].group().split()) > _ROW_WORDS_MAX:
                break
            last = j
        post = _read(text, lines[i].start(), lines[last].end())
        if post is not None and _is_post(post):
            found.append(post)
    return found if len(found) >= minimum and _distinct(found) else []


def _marked(text: str, reach: int) -> bool:
    """Two grades, codes or references at least in ``text[:reach]`` (found, it stops)."""
    marks = 0
    # a code holds a capital or digit, a separator and a letter or digit ("ABC-123"): no
    # code starts more than 12 characters before the first such place (a cheap scan)
    glued = _CODE_JOINT.search(text, 0, reach)
    scans = [(_CODE, max(0, glued.start() - _CODE_HEAD))] if glued else []
    for pattern, start in (*scans, (_grade_token(), 0)):
        for _found in pattern.finditer(text, start, reach):
            marks += 1
            if marks >= 2:
                return True
    if marks == 0:  # a reference alone would make one mark: not two
        return False
    return bool(recognition.find_reference(None, text, 0, reach))


def _candidates(text: str, minimum: int) -> list[Listed]:
    reach = min(len(text), _LIST_REACH)
    if not _marked(text, reach):
        return []  # fewer than two grades, codes or references: no list (a cheap test)
    lines = [m for m in _LINE.finditer(text, 0, min(len(text), _LIST_REACH)) if m.group().strip()]
    rows = _row_posts(text, lines, minimum)
    blocks = _block_posts(text, lines, minimum)
    return rows if len(rows) >= len(blocks) else blocks


def listed_posts(text: str) -> list[Listed]:
    """The posts of a list of posts (rows, blocks, a flattened table's rows or a call's
    contents), in order; empty for any other text."""
    return read(text)[0]


def read(text: str) -> tuple[list[Listed], Listed | None]:
    """The posts of a list of posts, or else the one post of a list that holds one: its row
    or block names a job, a reference and a grade or date of its own ("VNKOSS01234  Human
    Rights Officer  S2 ...")."""
    found = _candidates(text, 1)
    if len(found) >= _ROWS_MIN:
        return found, None
    others = _other_lists(text)
    if others:
        return others, None
    lone = found[0] if found and found[0].start < _LONE_REACH else None
    if lone is None:
        return [], None
    # a bare code is its reference only in a row that states every other field too
    strong = lone.known_reference or _own_fields(lone) == _ALL_OWN_FIELDS
    return [], lone if lone.reference is not None and strong and _own_fields(lone) >= 2 else None


def _other_lists(text: str) -> list[Listed]:
    found: list[Listed] = []
    if _counts_and_codes(text):
        found = _flat_rows(text)
    if not found and _LEADERS_CHEAP.search(text, 0, _LIST_REACH):
        found = _contents_posts(text)
    return found


# --- a PDF table flattened into one paragraph: "... Ref. Joint Technical Secretariat
# Cagliari(IT) Coordinator 1 (AJTS) Joint Technical Secretariat Cagliari(IT) Project Officer
# 2 (BJTS) ...": each row is its unit, its place, its post, its number of positions and its
# bracketed reference, one after the other on one line.
_COUNT_AND_CODE = re.compile(r"(?<![\w(])(?P<n>\d{1,3})[ \t]+\((?P<ref>[A-Z][A-Z0-9/\-]{1,11})\)")
_FLAT_ROWS_MIN = 3
# every capitalised word, with the next one ("New York"), overlapping
_CAPITALISED = re.compile(r"(?<![\w'\-])(?=([A-Z][\w'\-]+(?: [A-Z][\w'\-]+)?))")
# where one can end: its count's last digit before a bracketed capital (a cheap scan)
_COUNT_AND_CODE_CHEAP = re.compile(r"\d[ \t]+\([A-Z]")


def _counts_and_codes(text: str) -> bool:
    """A count before a bracketed code in the reach of a list ("2 (BJTS)"): tried only where
    the cheap scan finds its count's last digit (a count has three digits at most)."""
    for cheap in _COUNT_AND_CODE_CHEAP.finditer(text, 0, _LIST_REACH):
        end = cheap.start()
        for start in range(max(0, end - 2), end + 1):
            if _COUNT_AND_CODE.match(text, start, _LIST_REACH):
                return True
    return False


_PLACE_CODE = re.compile(r"[ \t]*\([A-Z]{1,3}\)")  # "Cagliari(IT)", "Aqaba(HKJ)": its country


def _flat_rows(text: str) -> list[Listed]:
    nouns = signal_lexicon().title_noun
    for line in _LINE.finditer(text, 0, min(len(text), _LIST_REACH)):
        ends = list(_COUNT_AND_CODE.finditer(text, line.start(), line.end()))
        if len(ends) < _FLAT_ROWS_MIN:
            continue
        rows: list[tuple[int, re.Match[str]]] = []
        at = line.start()
        for m in ends:
            rows.append((at, m))
            at = m.end()
        read = [_flat_row(text, a, m, nouns) for a, m in rows]
        posts = [p for p in read if p is not None]
        if len(posts) >= _FLAT_ROWS_MIN and len(posts) == len(read):
            return _common_units(text, posts)
    return []


def _flat_row(text: str, start: int, end: re.Match[str], nouns: frozenset[str]) -> Listed | None:
    """A row's place (a known city, its country's code in brackets) splits its unit from its
    post's title."""
    for m in _CAPITALISED.finditer(text, start, end.start()):
        words = m.group(1)
        first = words.split(" ")[0]
        city = lexicon.canonical_city(words)
        c_end = m.start() + len(words)
        if not city:
            city, c_end = lexicon.canonical_city(first), m.start() + len(first)
        if not city:
            continue
        after = c_end
        code = _PLACE_CODE.match(text, after)
        if code:
            after = code.end()
        a, b = after, end.start()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        title = text[a:b]
        if not title or len(title.split()) > _TITLE_WORDS_MAX or not names_a_job(title, nouns):
            return None
        unit = text[start : m.start()].strip()
        u_at = text.find(unit, start) if unit else -1
        return Listed(
            start,
            end.end(),
            fx.Hit(title, a, b),
            fx.Hit(end.group("ref"), end.start("ref"), end.end("ref")),
            None,
            fx.Hit(city, m.start(), c_end),
            None,
            known_reference=True,
            count=fx.Hit(end.group("n"), end.start("n"), end.end("n")),
            office=fx.Hit(unit, u_at, u_at + len(unit)) if unit and u_at >= 0 else None,
        )
    return None


def _common_units(text: str, posts: list[Listed]) -> list[Listed]:
    """A row's unit is the shortest unit of another row it ends with: the first row's text
    also holds the table's header ("... n. of positions Ref. Joint Technical Secretariat")."""
    units = {p.office.value for p in posts if p.office}
    out: list[Listed] = []
    for p in posts:
        office = p.office
        if office:
            shorter = sorted(
                (u for u in units if u != office.value and office.value.endswith(u)), key=len
            )
            if shorter:
                u = shorter[0]
                at = office.end - len(u)
                office = fx.Hit(u, at, office.end)
        out.append(dataclasses.replace(p, office=office))
    return out


# --- a call's contents listing its posts' job descriptions: "Private Sector Expert - Business
# Development Division.......... 4-6", an entry broken over two lines joined.
_LEADERS_CHEAP = re.compile(r"[.…]{4}")
# dot leaders and the entry's pages: "...........  4-6", "…………. 18"
_LEADERS = re.compile(
    r"[ \t]*(?:[.…·][ \t]?){4,}[ \t]*\n?[ \t]*(?:\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?(?!\d))?"
)
_ENTRY_WORDS_MAX = 20  # an entry of the contents, broken over lines or not
_UNIT_AFTER = re.compile(r"[ \t]+[-–][ \t]+")


def _contents_posts(text: str) -> list[Listed]:
    """Each entry stands between the leaders and pages of the one before and its own: the
    same in a copy with its line breaks kept and in one flattened into a paragraph."""
    nouns = signal_lexicon().title_noun
    found: list[Listed] = []
    at = 0
    for leaders in _LEADERS.finditer(text, 0, min(len(text), _LIST_REACH)):
        a, b = at, leaders.start()
        at = leaders.end()
        while a < b and text[a].isspace():
            a += 1
        entry = re.sub(r"\s+", " ", text[a:b])
        if not entry or len(entry.split()) > _ENTRY_WORDS_MAX:
            continue
        unit = _UNIT_AFTER.search(entry)
        title = entry[: unit.start()] if unit else entry
        if not names_a_job(title, nouns, plural=False) or len(title.split()) > _TITLE_WORDS_MAX:
            continue
        found.append(
            Listed(a, leaders.end(), fx.Hit(title, a, a + len(title)), None, None, None, None)
        )
    return found if len(found) >= _ROWS_MIN and _distinct(found) else []


def page_regime(text: str, posts: list[Listed]) -> str | None:
    """Seconded or contracted, from a heading line above a list's first post ("Call for
    secondments", "Secondment to the OSCE and the EU")."""
    stop = posts[0].start if posts else 0
    for line in _LINE.finditer(text, 0, stop):
        value = line.group().strip()
        if 0 < len(value.split()) <= _TITLE_WORDS_MAX and not value.endswith("."):
            kind = fx.contract_type(value)
            if kind:
                return kind
    return None


def preset_listed(
    post: Listed, organization: str | None, offset: int | None = None, regime: str | None = None
) -> Callable[[Draft, str], None]:
    """What a listed post's own cells say, put first (spans into the post's block, or into
    the text ``offset`` characters before it)."""
    shift = post.start if offset is None else offset

    def preset(draft: Draft, block: str) -> None:
        def shifted(hit: fx.Hit) -> fx.Hit:
            return fx.Hit(hit.value, hit.start - shift, hit.end - shift)

        if organization and not draft.has("organization"):
            draft.put("organization", organization)
        draft.put("title", post.title.value.strip(), shifted(post.title))
        if post.reference:
            draft.put("requisition_id", post.reference.value, shifted(post.reference))
        if post.grade:
            draft.put("grade", post.grade.value, shifted(post.grade))
        if post.station:
            draft.put("duty_station", post.station.value, shifted(post.station))
            country = lexicon.city_country(post.station.value)
            if country:
                draft.put("country", country, shifted(post.station))
        if post.closing:
            draft.put("closing_date", post.closing.value, shifted(post.closing))
        if post.count and post.count.value.isdigit():
            draft.put("number_of_posts", int(post.count.value), shifted(post.count))
        if post.office:
            draft.put("office", post.office.value, shifted(post.office))
        if regime and not fx.contract_type(block):
            draft.put("contract_type", regime)  # the page's: "Call for secondments"

    return preset
