"""EU CSDP Calls for Contributions: one call, a table of posts, one job description per post.

Every post becomes its own Vacancy sharing the call's deadline and general requirements; its
job description block (found by its reference) adds its own requirements and tasks. All spans
point into the whole call text, which every post keeps as ``text``.
"""

from __future__ import annotations

import collections
import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from secondment_desk.i18n import _
from secondment_desk.models.vacancy import ReadField, Vacancy
from secondment_desk.organisations import recognition
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import alternation, load_json_resource, word_list
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.datelabels import fill_dates
from secondment_desk.vacancy.dates import DATE_RE, first_date
from secondment_desk.vacancy.draft import (
    Draft,
    Extracted,
    apply_eligibility,
    apply_lists,
    apply_requirement_facts,
    dedupe,
    extract_lists,
    finish,
    put_time,
)
from secondment_desk.vacancy.post_nouns import title_nouns
from secondment_desk.vacancy.sections import Section, find_sections

# "GEO ZM 12", "GEO OE 02b", "UKR HQ 105", "EUCAP SOM 07", "KOS-12-03"
REF_RE = re.compile(
    r"(?<![\w-])(?!(?:ASAP|TBD|TBC|NA)\b)"
    r"([A-Z]{2,6}(?:[ \-/][A-Z]{1,5}){0,2}[ \-/]\d{1,5}[a-z]?(?:/\d{2,4})?"
    r"|[A-Z]{4,6}\d{1,3}[a-z]?)(?![\w-])"  # glued: "LIBHM15"
)
# A call that lists its posts instead of tabling them:
# "Gender Adviser (VN 002/2018) - 1 position (Pristina)", "Seconded– Expert Level" below.
_LISTED = re.compile(
    r"^[ \t]*(?:[•\-*–][ \t]*)?(?:Call for (?:Contributions|Applications)[ \t]*[-–:][ \t]*)?"
    r"(?P<title>[A-Z][^\n()]{2,120}?)[ \t]*\((?P<ref>" + REF_RE.pattern + r")\)(?P<rest>[^\n]*)$",
    re.M,
)
# A list of posts a bullet each, reference first: "• GEO HI 01 - Spokesperson/Chief of Press
# Unit", "GEO GO 04 - Field Office Gori, Operations Officer" (a national call relaying posts).
_REF_FIRST = re.compile(
    r"^[ \t]*(?:[•\-*–][ \t]*)?(?P<ref>" + REF_RE.pattern + r")(?:[ \t]+[-–]|[ \t]*:)[ \t]+"
    r"(?P<title>[A-Z][^\n]{2,160}?)[ \t]*$",
    re.M,
)
# ... or title first: "• Senior Political Adviser – VN 001/2025".
_REF_LAST = re.compile(
    r"^[ \t]*(?:[•\-*–][ \t]*)?(?P<title>[A-Z][^\n]{2,120}?)[ \t]+[-–][ \t]+"
    r"(?P<ref>" + REF_RE.pattern + r")[ \t]*$",
    re.M,
)
_PART = re.compile(r"[ \t]+[-–][ \t]+")  # the parts of a listed post's line after its title
_POSITIONS = re.compile(r"\b(?P<n>\d{1,3})\s+positions?\s*\((?P<loc>[^)\n]{2,40})\)", re.I)
_REGIME_WORDS = re.compile(r"Seconded\s*/\s*Contracted|Seconded|Contracted", re.I)
_TABLE_START = re.compile(r"Name of (?:the )?Post|Ref\.?\s*(?:No\.?)?\s*[|\t]", re.I)
_TABLE_END = re.compile(
    r"Deadline for\b|E-?mail address|Seconded Personnel|"
    r"Annex\b|Job Descriptions?\b",
    re.I,
)
_GROUP = re.compile(
    r"(?P<regime>(?:International |Local )?(?:Seconded/Contracted|Seconded|Contracted))"
    r"\s*\((?P<n>\d{1,3})\)",
    re.I,
)
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Availability cells besides a full date: "Jun 2017", "mid-September 2020", "Q3 2020",
# "1 in Jun 2017, 2 in Jul 2017" (several posts of one row), and a month alone at a row's end.
_MONTH_YEAR = (
    r"(?:(?:early|mid|end|late)[- ])?" + _MONTH_NAME + r"[ \-]\d{4}|Q[1-4][ \-]\d{4}|"
    r"\d{1,2} in " + _MONTH_NAME + r"[ \-]\d{4}(?:,?\s+\d{1,2} in " + _MONTH_NAME + r"[ \-]\d{4})*"
)
_MONTH_WORD = re.compile(_MONTH_NAME, re.I)  # a month alone ends a row too ("... Kyiv September")


# The same cell anywhere in a row: a PDF table flattened to one line carries page furniture
# ("Job Titles/", "Vacancy Notice:") after a row's availability, so the first one ends the row.
@cache
def _availability_in_row() -> re.Pattern[str]:
    """The same cell anywhere in a row, in every wording of posts.json ('TBC', 'Dès que
    possible') besides dates and months."""
    words = alternation(word_list(load_json_resource("vacancy/posts.json"), "availability",
                                  "vacancy/posts.json"))  # fmt: skip
    return re.compile(
        r"(?<!\w)(?:" + DATE_RE.pattern + r"|" + _MONTH_YEAR + r"|" + words + r")(?!\w)", re.I
    )


_BLOCK_LABEL = re.compile(
    r"^[ \t]*(?:Position Name|Name of the Post|Post Title|Position Title|Job Title|Position)"
    r"[ \t]*:",
    re.I | re.M,
)
_REGIME_KEY = re.compile(r"Employment Regime\s*:\s*([^|\n]+)", re.I)


@dataclass(frozen=True)
class Post:
    ref: fx.Hit | None  # None: a table copied without its reference column
    title: fx.Hit | None  # None: the row's title did not survive the copy
    location: fx.Hit | None
    regime: fx.Hit | None
    count: int | None  # None: the row's count is not in the copy
    alternatives: tuple[str, ...] = ()  # "MA 42* or MA 43*": the reference is one of these
    own: tuple[int, int] | None = None  # a listed post's own lines (its own deadline there)
    whole: bool = True  # False: a row the copy cut before its availability cell


def _table(text: str) -> tuple[int, int] | None:
    start = _TABLE_START.search(text)
    begin = start.start() if start else _header_row(text)
    if begin is None:
        begin = _headless_rows(text)
    if begin is None:
        return None
    after = start.end() if start else begin + 1
    end = _table_end(text, after)
    line_start = text.rfind("\n", 0, begin) + 1
    if start:  # the headings before the one found: "Ref. Location Name of the Post"
        begin = _headings_before(text, line_start, begin)
    above = _REGIME_ABOVE.search(text, max(0, line_start - 80), line_start)
    if above:  # "Seconded/Contracted" on its own line over "Ref. Name of the post ..."
        begin = above.start()
    return begin, end.start() if end else len(text)


_RUNNING_HEADER = re.compile(r"Annex\b|Job Descriptions?\b", re.I)
_FURNITURE_REACH = 160  # a page's running header and number, before the next row


def _table_end(text: str, after: int) -> re.Match[str] | None:
    """The first end of the table after ``after``: an "Annex ... Job Descriptions" with a
    reference right after it is the running header of the PDF's next page, which its text
    layer puts between two rows ("... Bamako ASAP Page 3 of 64 Annex 1 – Requirements and Job
    Descriptions MA 89 ..."), so the table goes on."""
    for m in _TABLE_END.finditer(text, after):
        if _RUNNING_HEADER.fullmatch(m.group()) and REF_RE.search(
            text, m.end(), min(len(text), m.end() + _FURNITURE_REACH)
        ):
            continue
        return m
    return None


# A row opening with its reference and a title: "SOM 01 Legal Adviser Mogadishu ASAP".
_REF_ROW = re.compile(r"^[ \t]*(?:" + REF_RE.pattern + r")[ \t]*\*{0,3}[ \t]+[A-Z][a-z]", re.M)
_ROWS_APART = 300  # two rows of one table stand this close


def _headless_rows(text: str) -> int | None:
    """Where a table copied without its header row starts: at a grouping heading with a
    reference after it ("Seconded (2) SOM 01 ..."), else at the first of two rows, each a
    line opening with its reference and a title."""
    stop = min(len(text), 30000)
    heading = table_words().regime.search(text, 0, stop)
    if heading:
        return heading.start()
    for a, b in itertools.pairwise(_REF_ROW.finditer(text, 0, stop)):
        if b.start() - a.end() < _ROWS_APART:
            return a.start()
    return None


# A grouping heading alone on the line(s) right above the table's header row.
_REGIME_ABOVE = re.compile(
    r"(?:^|\n)[ \t]*(?:International |Local )?(?:Seconded\s*/\s*Contracted|Seconded|Contracted)"
    r"[ \t]*(?:\(\s*\d{1,3}[^)\n]{0,12}\))?[ \t]*\n\s*$",
    re.I,
)


@cache
def _header_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_json_resource("vacancy/posts.json").get("table_header")
    if not isinstance(data, dict) or not {"ref", "title", "place"} <= set(data):
        raise ValueError("resources/vacancy/posts.json: 'table_header' needs ref, title, place")
    out = []
    for key in ("ref", "title", "place"):
        alt = alternation(word_list(data, key, "vacancy/posts.json (table_header)"))
        out.append(re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I))
    return out[0], out[1], out[2]


def _header_row(text: str) -> int | None:
    """A table's header written otherwise: "Ref. Position Location Availability", one
    heading per line, in any of the languages of posts.json."""
    ref, title, place = _header_words()
    for m in ref.finditer(text, 0, min(len(text), 30000)):
        window = text[m.end() : m.end() + 90]
        t = title.search(window)
        if t and place.search(window, t.end()) and window.count("\n") <= 6:
            return m.start()
    return None


table_span = _table  # where a call's table of posts lies (vacancy.signals asks)


def post_table(text: str) -> tuple[int, int] | None:
    """Where a call's table of posts lies when it holds posts: two references under its
    header, or one under a header that names the post column ("Ref.: Name of the Post"), as a
    first screen may hold (vacancy.signals and the parser's layout choice ask)."""
    span = table_span(text)
    if not span:
        return None
    refs = len(REF_RE.findall(text, span[0], span[1]))
    held = refs >= 2 or (refs == 1 and has_post_heading(text, span[0], span[1]))
    return span if held else None


def grouped_by_regime(text: str, span: tuple[int, int]) -> bool:
    """The table's rows stand under a grouping heading ("Seconded (7)", "Seconded/Contracted"):
    a CSDP call's own shape."""
    return _regime_words().search(text, *span) is not None


def has_post_heading(text: str, start: int, end: int) -> bool:
    """The table's header names its post column ("Name of the Post")."""
    return _POST_HEADING.search(text, start, end) is not None


_POST_HEADING = re.compile(r"Name of (?:the )?Post", re.I)


@dataclass(frozen=True)
class TableWords:
    regime: re.Pattern[str]  # a grouping heading, with its count: "Seconded (19 positions)"
    alternatives: re.Pattern[str]  # between two references of one post: "or"
    joiners: re.Pattern[str]  # between the references of one row of several posts: "and"
    count: re.Pattern[str]  # "(3 posts)" in a title
    availability: re.Pattern[str]
    availability_ends: frozenset[str]  # the last words of the availability cells, folded
    count_label: re.Pattern[str]  # "Number of posts: Two (2)"
    count_prose: re.Pattern[str]  # "The two (2) positions are located"
    label_cues: tuple[str, ...]  # the count labels, lower case
    prose_cues: tuple[str, ...]  # "positions are", "posts will"
    count_verb: re.Pattern[str]  # "provisión de cuatro puestos", "filling one post"
    verb_cues: tuple[str, ...]  # the count verbs, lower case


# A count as notices write it where it matters: "3", "Nine (9)", "two (2)" (the digits decide).
_COUNT = r"\d{1,3}|[^\W\d_]{3,12}\s*\(\s*\d{1,3}\s*\)"


def _count_value(written: str) -> int | None:
    digits = re.search(r"\d{1,3}", written)
    return int(digits.group()) if digits else None


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def table_words() -> TableWords:
    data = load_json_resource("vacancy/posts.json")
    for key in (
        "regimes",
        "alternatives",
        "joiners",
        "count_nouns",
        "availability",
        "count_labels",
        "count_verbs",
    ):
        word_list(data, key, "vacancy/posts.json")

    def alt(key: str) -> str:
        return alternation(data[key])

    nouns = alt("count_nouns")
    return TableWords(
        regime=re.compile(
            r"(?<![\w/])(?P<regime>" + alt("regimes") + r")(?![\w/])(?:\s+(?:" + nouns + r"))?"
            r"(?:\s+only)?(?:\s*\(\s*(?P<n>\d{1,3})(?:\s+(?:" + nouns + r"))?\s*\)"
            r"|\s*[–:\-]\s*\d{1,3}\s+(?:" + nouns + r"))?"
            # a reference follows, or the header row of the group's own table
            r"(?=\s+(?:" + REF_RE.pattern + r"|Ref\b))",
            re.I,
        ),
        availability_ends=frozenset(w.split()[-1].casefold() for w in data["availability"]),
        alternatives=re.compile(r"^[\s*,;]*(?:" + alt("alternatives") + r")[\s*,;]*$", re.I),
        joiners=re.compile(r"^[\s*,;]*(?:" + alt("joiners") + r")[\s*,;]*$", re.I),
        count=re.compile(r"\s*\(\s*(?P<n>\d{1,3})\s+(?:" + nouns + r")\s*\)", re.I),
        availability=re.compile(
            r"(?:" + DATE_RE.pattern + r"|(?<!\w)\d{1,2}-[A-Z][a-z]{2}-\d{2}(?!\w)|"
            r"(?<!\w)(?:" + _MONTH_YEAR + r"|" + _MONTH_NAME + r")(?!\w)|"
            r"(?<!\w)(?:" + alt("availability") + r")(?!\w))\s*$",
            re.I,
        ),
        count_label=re.compile(
            r"(?<!\w)(?:"
            + alt("count_labels")
            + r")[ \t]*[:\-]?[ \t]*\n?[ \t]*(?P<n>"
            + _COUNT
            + r")(?!\w)",
            re.I,
        ),
        label_cues=tuple(w.lower() for w in data["count_labels"]),
        prose_cues=tuple(
            f"{n.lower()} {v}" for n in data["count_nouns"] for v in ("are", "will", "as")
        ),
        # "The two (2) positions are located", "advertised for two (2) positions as ..."
        count_prose=re.compile(
            r"\b(?:(?:the|these)\s+(?P<n>" + _COUNT + r")\s+(?:" + nouns + r")\s+(?:are|will)"
            r"|for\s+(?P<m>" + _COUNT + r")\s+(?:" + nouns + r")\s+as)\b",
            re.I,
        ),
        # a count in words after a verb of filling ("proveer cuatro puestos de agente temporal")
        count_verb=re.compile(
            r"(?<!\w)(?:" + alt("count_verbs") + r")\s+(?P<n>[^\W\d_]{2,12}|\d{1,3})"
            r"(?:\s*\(\s*\d{1,3}\s*\))?\s+(?:" + nouns + r")(?!\w)",
            re.I,
        ),
        verb_cues=tuple(w.lower() for w in data["count_verbs"]),
    )


_CONTRACT_TYPES = frozenset({"seconded", "contracted", "seconded/contracted"})


@cache
def _regime_types() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(heading words, contract type), longest words first; checked on load."""
    data = load_json_resource("vacancy/posts.json").get("regime_types")
    if not isinstance(data, dict) or not data:
        raise ValueError("resources/vacancy/posts.json: 'regime_types' must map words to types")
    for words, kind in data.items():
        if not isinstance(words, str) or not words.strip() or kind not in _CONTRACT_TYPES:
            raise ValueError(f"resources/vacancy/posts.json: regime_types[{words!r}] = {kind!r}")
    ordered = sorted(((w.casefold(), k) for w, k in data.items()), key=lambda p: -len(p[0]))
    return tuple((re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)"), k) for w, k in ordered)


def regime_type(heading: str) -> str | None:
    """The contract type a grouping heading states: "Seconded/Contracted", "Détaché"."""
    found = fx.contract_type(heading)
    if found:
        return found
    low = heading.casefold()
    for words, kind in _regime_types():
        if words.search(low):
            return kind
    return None


def listed_by_reference(text: str, end: int) -> int:
    """How many "REF - Title" (or "Title - REF") post lines ``text[:end]`` holds (two or more
    list posts)."""
    stop = min(end, len(text))
    first = sum(1 for _ in _REF_FIRST.finditer(text, 0, stop))
    return first if first >= 2 else sum(1 for _ in _REF_LAST.finditer(text, 0, stop))


def _ref_first_posts(text: str) -> tuple[list[Post], int, int]:
    """Posts listed as "REF - Title" lines; a title "Field Office Gori, Operations Officer"
    names its place before the comma. The grouping word just above the list ("(Seconded
    Personnel positions)") is their regime."""
    found = list(_REF_FIRST.finditer(text, 0, min(len(text), 20000)))
    if len(found) < 2:
        found = list(_REF_LAST.finditer(text, 0, min(len(text), 20000)))
    if len(found) < 2:
        return [], 0, 0
    above = list(_regime_words().finditer(text, max(0, found[0].start() - 200), found[0].start()))
    regime = fx.Hit(above[-1].group(), above[-1].start(), above[-1].end()) if above else None
    posts: list[Post] = []
    for m in found:
        ref = fx.Hit(m.group("ref"), m.start("ref"), m.end("ref"))
        value, at = m.group("title"), m.start("title")
        location = None
        own_regime, count = regime, None
        parts = _PART.split(value)
        rest_at = at + value.find(parts[1], len(parts[0])) if len(parts) > 1 else at
        rest = value[rest_at - at :] if len(parts) > 1 else ""
        words = _regime_words().search(rest)
        pos = _POSITIONS.search(rest)
        if words or pos:  # "Adviser – Seconded – 1 position (Pristina)": the title first
            value = parts[0]
            if words:
                own_regime = fx.Hit(words.group(), rest_at + words.start(), rest_at + words.end())
            if pos:
                count = int(pos.group("n"))
                city = lexicon.canonical_city(pos.group("loc").strip())
                if city:
                    location = fx.Hit(city, rest_at + pos.start("loc"), rest_at + pos.end("loc"))
        head, comma, tail = value.rpartition(", ")
        if comma and title_nouns().search(tail) and not title_nouns().search(head):
            place = lexicon.places().city_re.search(head)
            if place:
                canon = lexicon.canonical_city(place.group(1)) or place.group(1)
                location = fx.Hit(canon, at + place.start(1), at + place.end(1))
                at, value = at + len(head) + len(comma), tail
        posts.append(Post(ref, fx.Hit(value, at, at + len(value)), location, own_regime, count))
    return posts, found[0].start(), found[-1].end()


def counted_titles(text: str, end: int) -> int:
    """How many counts after titles ("Interpreter (2 positions)", "Relatore, Tbilisi (3 posti)")
    ``text[:end]`` holds: two or more are a list of posts (vacancy.signals asks)."""
    return sum(1 for _ in table_words().count.finditer(text, 0, min(end, len(text))))


def number_of_posts(text: str, title: fx.Hit | None = None) -> fx.Hit | None:
    """How many posts a single notice fills, where it says so (never guessed as 1)."""
    words = table_words()
    head = text[:20000]
    low = head.lower()
    for pattern, cues in (
        (words.count_label, words.label_cues),
        (words.count_prose, words.prose_cues),
    ):
        for cue in cues:  # a cheap look for the words before the regular expression
            at = low.find(cue)
            while at >= 0:
                m = pattern.search(head, max(0, at - 40), min(len(head), at + 80))
                group = "n" if m is None or m.group("n") else "m"
                n = _count_value(m.group(group)) if m else None
                if m and n:
                    return fx.Hit(str(n), m.start(group), m.end(group))
                at = low.find(cue, at + 1)
    for cue in words.verb_cues:  # "provisión de un puesto": a count in words (lexicon's)
        at = low.find(cue)
        while at >= 0:
            m = words.count_verb.match(head, at) or _count_before_name(head, at + len(cue))
            n = lexicon.number_value(m.group("n")) if m else None
            if m and n:
                return fx.Hit(str(n), m.start("n"), m.end("n"))
            at = low.find(cue, at + 1)
    if title is not None:  # "Senior Assistant (Recruitment) (2 posts)" on the title's line
        line_end = text.find("\n", title.start)
        line = text[title.start : line_end if line_end >= 0 else len(text)]
        m = words.count.search(line)
        if m:
            return fx.Hit(m.group("n"), title.start + m.start("n"), title.start + m.end("n"))
    return None


# A count in words after a verb of filling, before the post's own name rather than a count
# noun: "the recruitment of one Temporary Agent", "the recruitment of one SECRETARY (AST/SC2)".
_COUNT_BEFORE_NAME = re.compile(
    r"\s+(?P<n>[^\W\d_]{2,12}|\d{1,3})\s+(?P<name>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,2})"
)


def _count_before_name(text: str, at: int) -> re.Match[str] | None:
    m = _COUNT_BEFORE_NAME.match(text, at)
    return m if m and title_nouns().search(m.group("name")) else None


_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>\n]{0,60}>")
_SPACED_SLASH = re.compile(r"\s+/\s+")


# The columns a header row may name, in the order a heading cell is tried ("Number of posts"
# is a count, not a title): their words are posts.json's 'table_header'.
_COLUMN_KEYS = ("count", "regime", "when", "ref", "title", "place", "index")
_HEADER_CELL_TRIM = " \t*:.#"
_HEADER_REACH = 6  # lines from the table's start in which its header row stands
_SEPARATORS = ("|", "\t")
_HEADING_MAX = 40  # the longest heading cell ("Date of availability")
_HEADING_REACH = 60  # how far before the table a grouping heading may end the line above
_HEADINGS_ABOVE = 200  # characters above the table's start where its headings may begin


@cache
def _column_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(column, pattern of a whole heading cell) for each column posts.json names."""
    data = load_json_resource("vacancy/posts.json").get("table_header")
    if not isinstance(data, dict):
        raise ValueError("resources/vacancy/posts.json: 'table_header' must map columns to words")
    out = []
    for key in _COLUMN_KEYS:
        if key not in data:
            continue
        words = word_list(data, key, "vacancy/posts.json (table_header)")
        alt = alternation(w.rstrip(".") for w in words)
        out.append((key, re.compile(r"(?:" + alt + r")\.?", re.I)))
    return tuple(out)


def _heading_column(cell: str) -> str | None:
    """The column a header cell names ("Ref.:", "Name of the Post", "Available on")."""
    value = re.sub(r"\s+", " ", cell.strip(_HEADER_CELL_TRIM))
    if not value:
        return None
    for key, pattern in _column_words():
        if pattern.fullmatch(value):
            return key
    return None


# Column orders the flat row reader (_row) reads by itself, with its rules for rows copied
# flattened, glued and cut: a header of spaces in these orders is left to it.
_READ_FLAT = frozenset(
    {("ref", "title", "place", "when"), ("ref", "title", "when"), ("ref", "title", "place")}
)


def _heading_run(text: str, lo: int, hi: int, at: int) -> tuple[list[str], int]:
    """(columns, end) of the run of headings apart by spaces around ``at`` in ``text[lo:hi]``
    (a header row, or its part of a flattened line: "... Vacancy Notice: Ref. Location Name
    of the Post Availability Seconded (7) ..."): the headings just before ``at``, then those
    from it on; a heading met again starts the run anew after its first."""
    begin = _headings_before(text, lo, at)
    run: list[str] = []
    pos = begin
    while pos < hi:
        while pos < hi and text[pos] in _HEADER_CELL_TRIM:
            pos += 1
        best: tuple[str, int] | None = None
        for key, pattern in _column_words():
            m = pattern.match(text, pos, hi)
            if (
                m
                and (m.end() == hi or not text[m.end()].isalnum())
                and (best is None or m.end() > best[1])
            ):
                best = (key, m.end())
        if best is None:
            break
        key, pos = best
        run = [*run[run.index(key) + 1 :], key] if key in run else [*run, key]
    return run, pos


# Headings not looked for before the one a table was found at: what ends a call's flattened
# header ("Employment As indicated below Regime:", "Availability:") is no column of its table.
_NOT_BEFORE = frozenset({"regime", "when"})


def _headings_before(text: str, lo: int, at: int) -> int:
    """Where the run of headings that ends right before ``at`` starts (``at`` when none):
    "Ref. Location" before "Name of the Post"."""
    begin = at
    while True:  # back over the headings that end right before the run
        j = begin
        while j > lo and text[j - 1] in _HEADER_CELL_TRIM:
            j -= 1
        earliest: int | None = None
        for key, pattern in _column_words():
            if key in _NOT_BEFORE:
                continue
            for m in pattern.finditer(text, max(lo, j - _HEADING_MAX), j):
                if m.end() == j and (m.start() == lo or not text[m.start() - 1].isalnum()):
                    earliest = m.start() if earliest is None else min(earliest, m.start())
        if earliest is None or earliest >= begin:
            return begin
        begin = earliest


def _spaced_columns(line: str) -> list[str] | None:
    """The columns of a header row whose headings stand apart by spaces only, read from left
    to right, the longest heading at each place; None unless headings make up the whole line."""
    out: list[str] = []
    pos = 0
    while True:
        while pos < len(line) and line[pos] in _HEADER_CELL_TRIM:
            pos += 1
        if pos >= len(line):
            return out
        best: tuple[str, int] | None = None
        for key, pattern in _column_words():
            m = pattern.match(line, pos)
            if (
                m
                and (m.end() == len(line) or line[m.end()] in _HEADER_CELL_TRIM)
                and (best is None or m.end() > best[1])
            ):
                best = (key, m.end())
        if best is None:
            return None
        out.append(best[0])
        pos = best[1]


def _heading_at_end(cell: str) -> str | None:
    """The column a heading ending ``cell`` names, after a space ("... As indicated below
    Ref."): a flattened call header run into the table's header row."""
    value = cell.rstrip(_HEADER_CELL_TRIM)[-_HEADING_MAX:]
    for key, pattern in _column_words():
        for m in pattern.finditer(value):
            if m.end() == len(value) and m.start() > 0 and value[m.start() - 1].isspace():
                return key
    return None


@dataclass(frozen=True)
class _Header:
    columns: tuple[str, ...]  # the header's columns in order: "ref", "title", "place", ...
    end: int  # where the header ends (the rows follow)
    sep: str | None  # the cells' separator ("|", tab), None: one cell a line
    edges: bool  # '| a | b |': the row opens and closes with the separator
    seps: int  # separators a whole row holds


def _header(text: str, start: int, end: int) -> _Header | None:
    """The header row of a table whose cells are split ('Ref. | Name of the post | Location',
    tabs) or stand one a line ('Ref.' / 'Name of the post' / 'Location'), when every cell of it
    names a column, a reference and a title among them."""
    line_start = text.rfind("\n", 0, start) + 1
    lines = list(itertools.islice(_lines(text, line_start, end), _HEADER_REACH))
    for ln in lines:
        raw = ln.group()
        sep = next((c for c in _SEPARATORS if c in raw), None)
        if sep is None:
            continue
        body = raw.strip(" ")
        edges = sep == "|" and body.startswith("|") and body.endswith("|")
        cells = _split_cells(body, sep, edges)
        columns = [_heading_column(c) for c in cells]
        if cells and columns[0] is None:  # the header glued to the text before it
            columns[0] = _heading_at_end(cells[0])
        if _usable(columns):
            return _Header(tuple(c for c in columns if c), ln.end(), sep, edges, raw.count(sep))
    for ln in lines:  # "Name of the post Ref. Location Availability": headings apart by spaces
        at = start if ln.start() <= start < ln.end() else ln.start()
        spaced, header_end = _heading_run(text, ln.start(), ln.end(), at)
        if _usable(spaced) and tuple(spaced) not in _READ_FLAT:
            return _Header(tuple(spaced), header_end, " ", False, 0)
    # one heading a line, the table's start found at one of them ("Name of the post" under
    # "Ref." and "Location"): the lines just above it are looked at too
    above = [ln for ln in _lines(text, max(0, line_start - _HEADINGS_ABOVE), line_start)]
    run: list[str] = []
    last: re.Match[str] | None = None
    for ln in [*above[-(_HEADER_REACH - 1) :], *lines]:
        column = _heading_column(ln.group())
        if column is None and not run:  # "... As indicated below Ref." / "Location" / ...
            glued = _heading_at_end(ln.group())
            column = glued if glued not in _NOT_BEFORE else None
        if column is None:
            if _usable(run) and last is not None and last.end() >= start:
                break
            run, last = [], None
            continue
        if column in run:  # met again: the run starts after its first (a call's "Ref.:" above)
            run = [*run[run.index(column) + 1 :], column]
            last = ln
            continue
        run.append(column)
        last = ln
    if _usable(run) and last is not None and last.end() >= start:
        return _Header(tuple(run), last.end(), None, False, 0)
    return None


def _usable(columns: list[str | None] | list[str]) -> bool:
    named = [c for c in columns if c]
    return (
        len(named) >= 3
        and len(named) == len(columns)
        and "ref" in named
        and "title" in named
        and len(set(named)) == len(named)
    )


def _split_cells(row: str, sep: str, edges: bool) -> list[str]:
    cells = row.split(sep)
    if edges and len(cells) >= 2:
        cells = cells[1:-1]
    return cells


@dataclass
class _Cells:
    """One row of a laid-out table: each column's cell as (value, start, end) pieces."""

    pieces: dict[str, list[tuple[str, int, int]]]

    def hit(self, column: str) -> fx.Hit | None:
        found = [p for p in self.pieces.get(column, []) if p[0]]
        if not found:
            return None
        value = " ".join(p[0] for p in found)
        return fx.Hit(value, found[0][1], found[-1][2])


def _reference_leads(text: str, start: int, end: int) -> frozenset[str]:
    """The first words the references of a table open with more than once ("GEO" of "GEO AR
    11", "NI" and "AG" of a table of "NI 11" and "AG 01")."""
    firsts = collections.Counter(
        m.group(1).split(" ")[0] for m in REF_RE.finditer(text, start, end)
    )
    return frozenset(w for w, n in firsts.items() if n >= 2)


def _led(text: str, m: re.Match[str], leads: frozenset[str]) -> re.Match[str]:
    """``m`` without the capitalised words of a title in front of it ("... SSSG and MIA GEO
    OL 01" where the table's references open with "GEO"): the reference inside it that opens
    with the table's first word and ends where ``m`` ends."""
    words = m.group(1).split(" ")
    if not leads or words[0] in leads:
        return m
    at = m.start(1)
    for word in words[:-1]:
        at += len(word) + 1
        inner = REF_RE.match(text, at)
        if inner is not None and inner.end(1) == m.end(1) and inner.group(1).split(" ")[0] in leads:
            return inner
    return m


def _spaced_cells(
    text: str, start: int, end: int, header: _Header, leads: frozenset[str] = frozenset()
) -> _Cells:
    """The cells of a row whose cells stand apart by spaces only: its references, then, on
    each side of them, the header's columns peeled off that side's ends (an availability cell
    by its words or date, a place by the places lexicon, a count by its digits, a regime by
    its words); what is left is the title."""
    found = [
        m
        for m in (_led(text, r, leads) for r in REF_RE.finditer(text, start, end))
        if not leads or m.group(1).split(" ")[0] in leads
    ]
    pieces: dict[str, list[tuple[str, int, int]]] = {}
    if not found:
        return _Cells(pieces)
    first = found[0]
    last = first
    for m in found[1:]:
        gap = text[last.end() : m.start()]
        words = table_words()
        if gap.strip(" \t*,;/&") and not (
            words.joiners.match(gap) or words.alternatives.match(gap)
        ):
            break
        last = m
    pieces["ref"] = [(text[first.start(1) : last.end(1)], first.start(1), last.end(1))]
    ref_at = header.columns.index("ref")
    for columns, a, b in (
        (header.columns[:ref_at], start, first.start()),
        (header.columns[ref_at + 1 :], last.end(), end),
    ):
        _peel(text, a, b, list(columns), pieces)
    return _Cells(pieces)


def _peel(
    text: str, a: int, b: int, columns: list[str], pieces: dict[str, list[tuple[str, int, int]]]
) -> None:
    """Assign ``text[a:b]`` to ``columns`` (in order), peeling each column but the title off
    the end it stands at."""
    while columns:
        a, b = _trimmed(text, a, b)
        if len(columns) == 1:
            if a < b:
                value = re.sub(r"\s+", " ", text[a:b])
                pieces.setdefault(columns[0], []).append((value, a, b))
            return
        at_end = columns[-1] != "title"
        column = columns.pop() if at_end else columns.pop(0)
        span = _cell_span(text, a, b, column, at_end)
        if span is None:
            continue
        value = re.sub(r"\s+", " ", text[span[0] : span[1]])
        pieces.setdefault(column, []).append((value, *span))
        a, b = (a, span[0]) if at_end else (span[1], b)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n*|":
        a += 1
    while b > a and text[b - 1] in " \t\n*|":
        b -= 1
    return a, b


def _cell_span(text: str, a: int, b: int, column: str, at_end: bool) -> tuple[int, int] | None:
    """Where the cell of ``column`` lies at the end (or the start) of ``text[a:b]``."""
    if column == "when":
        words = table_words()
        if at_end:
            stop = b
            first: int | None = None
            while True:  # "01-Apr-20 ASAP": every availability cell at the end
                cell = _cell_at_end(words, text, stop)
                if cell is None or cell.start() < a:
                    break
                first = stop = cell.start()
                while stop > a and text[stop - 1].isspace():
                    stop -= 1
            return (first, b) if first is not None else None
        m = _availability_in_row().match(text, a, b)
        return (m.start(), m.end()) if m else None
    if column == "place":
        names = [m for m in lexicon.places().city_re.finditer(text, a, b)]
        if at_end:
            for m in reversed(names):
                if _PLACE_GAP.fullmatch(text, m.end(1), b):
                    return m.start(1), b
                break
            return None
        for m in names:
            return (m.start(1), m.end(1)) if m.start(1) == a else None
        return None
    pattern = _regime_words() if column == "regime" else _COUNT_CELL
    hits = list(pattern.finditer(text, a, b))
    if not hits:
        return None
    hit = hits[-1] if at_end else hits[0]
    edge = text[hit.end() : b].strip() if at_end else text[a : hit.start()].strip()
    return (hit.start(), hit.end()) if not edge else None


_COUNT_CELL = re.compile(r"(?<![\w.-])\d{1,3}(?![\w.-])")


def _row_cells(
    text: str, start: int, end: int, header: _Header, leads: frozenset[str] = frozenset()
) -> _Cells:
    """The cells of the row ``text[start:end]`` (its physical lines joined), by column."""
    if header.sep == " ":
        return _spaced_cells(text, start, end, header, leads)
    if header.sep is None:  # one cell a line
        lines = [ln for ln in _lines(text, start, end) if ln.group().strip()]
        return _Cells(
            {column: [_piece(ln)] for column, ln in zip(header.columns, lines, strict=False)}
        )
    sep = header.sep
    body_start = start
    body = text[start:end]
    lead = len(body) - len(body.lstrip(" "))
    if header.edges and body.lstrip(" ").startswith(sep):
        body_start = start + lead + 1
    pieces: dict[str, list[tuple[str, int, int]]] = {}
    at = body_start
    for column in header.columns:
        stop = text.find(sep, at, end) if header.sep else -1
        cell_end = stop if stop >= 0 else end
        for ln in _lines(text, at, cell_end):  # a cell's lines: its references, a title's parts
            pieces.setdefault(column, []).append(_piece(ln))
        if stop < 0:
            break
        at = stop + 1
    return _Cells(pieces)


def _repeats_header(cells: _Cells) -> bool:
    """A row whose every cell is a heading ("Ref. | Name of the post | Location")."""
    values = [p[0] for found in cells.pieces.values() for p in found if p[0]]
    return len(values) >= 2 and all(_heading_column(v) for v in values)


def _piece(ln: re.Match[str]) -> tuple[str, int, int]:
    """A cell's line as (value, start, end): spaces and marks around it left out."""
    raw = ln.group()
    value = re.sub(r"\s+", " ", raw.strip(" *\t|"))
    off = ln.start() + raw.find(value[:1]) if value else ln.start()
    return value, off, off + len(value)


def _laid_out_rows(text: str, start: int, end: int, header: _Header) -> list[tuple[int, int]]:
    """(start, end) of each row under a header of split cells: a row is complete when it holds
    as many separators as the header; a line holding fewer goes on on the next (a cell with a
    line break), unless that would make the row hold more. A grouping heading alone on its
    line is its own row, a mission's name alone heads the rows of that mission (a call for
    several); any other line without a separator ends the table."""
    rows: list[tuple[int, int]] = []
    pending: tuple[int, int, int] | None = None  # (start, end, separators so far)
    assert header.sep is not None
    for ln in _lines(text, start, end):
        raw = ln.group()
        if not raw.strip():
            continue
        n = raw.count(header.sep)
        if pending is not None:
            if pending[2] + n <= header.seps and (n or pending[2] or _is_reference_cell(raw)):
                pending = (pending[0], ln.end(), pending[2] + n)
                if pending[2] == header.seps:
                    rows.append(pending[:2])
                    pending = None
                continue
            rows.append(pending[:2])
            pending = None
        if n == 0:
            if _regime_lines().fullmatch(raw.strip(" *")):
                rows.append((ln.start(), ln.end()))
                continue
            if _is_reference_cell(raw):  # a reference cell of one reference a line
                pending = (ln.start(), ln.end(), 0)
                continue
            if _is_mission_heading(raw):  # a call for several missions: the next one's rows
                continue
            break
        if n > header.seps:
            return []  # more cells than the header names: the rows do not follow it
        if n == header.seps:
            rows.append((ln.start(), ln.end()))
        else:
            pending = (ln.start(), ln.end(), n)
    if pending is not None:
        rows.append(pending[:2])
    return rows


def _spaced_rows(text: str, start: int, end: int, header: _Header) -> list[tuple[int, int]]:
    """(start, end) of each row under a header of spaces: a line holding a reference is a row;
    a line without one is a piece of a title wrapped onto its own line, of the row after it
    where the title comes before the reference, else of the row before it. Two such lines in
    a row, or a long one, end the table."""
    title_first = header.columns.index("title") < header.columns.index("ref")
    leads = _reference_leads(text, start, end)
    rows: list[tuple[int, int]] = []
    loose: re.Match[str] | None = None  # a line without a reference, not yet placed
    for ln in _lines(text, start, end):
        raw = ln.group()
        if not raw.strip():
            continue
        if _regime_lines().fullmatch(raw.strip(" *")):
            rows.append((ln.start(), ln.end()))
            loose = None
            continue
        found = _row_refs(text, ln.start(), ln.end(), leads)
        if found:
            a = loose.start() if loose is not None and title_first else ln.start()
            if len(found) > 1:  # several rows on one line: a table copied flattened
                rows += _flat_rows(text, a, ln.end(), header, leads)
            else:
                rows.append((a, ln.end()))
            loose = None
            continue
        if loose is not None or len(raw) > _ROW_LINE_MAX:
            break
        if not title_first and rows:
            rows[-1] = (rows[-1][0], ln.end())
        else:
            loose = ln
    return rows


_ROW_LINE_MAX = 200  # a line longer than any row of a table: prose after it


@cache
def _inline_regime() -> re.Pattern[str]:
    """A grouping heading with its count inside a flattened line: "... ASAP Seconded (7) ..."."""
    data = load_json_resource("vacancy/posts.json")
    alt = alternation(word_list(data, "regimes", "vacancy/posts.json"))
    return re.compile(r"(?<![\w/])(?:" + alt + r")(?![\w/])[ \t]*\(\s*\d{1,3}[^)\n]{0,20}\)", re.I)


def _flat_rows(
    text: str, start: int, end: int, header: _Header, leads: frozenset[str]
) -> list[tuple[int, int]]:
    """The rows of one line holding several (a table flattened): grouping headings with their
    count are rows of their own; where the reference opens a row, each reference starts one;
    where a title comes first and the availability last, a row ends after its availability."""
    rows: list[tuple[int, int]] = []
    pos = start
    for heading in [*_inline_regime().finditer(text, start, end), None]:
        stop = heading.start() if heading else end
        rows += _flat_segment_rows(text, pos, stop, header, leads)
        if heading:
            rows.append((heading.start(), heading.end()))
            pos = heading.end()
    return rows


def _flat_segment_rows(
    text: str, start: int, end: int, header: _Header, leads: frozenset[str]
) -> list[tuple[int, int]]:
    refs = _row_refs(text, start, end, leads)
    if not refs:
        return []
    if header.columns[0] == "ref":
        starts = [r.start(1) for r in refs]
        return [(a, b) for a, b in zip(starts, [*starts[1:], end], strict=True)]
    if header.columns[-1] != "when":
        return [(start, end)]
    rows: list[tuple[int, int]] = []
    pos = start
    for here, after in zip(refs, [*refs[1:], None], strict=True):
        stop = after.start() if after else end
        cut = _after_availability(text, here.end(), stop) if after else end
        if cut is None:
            return [(start, end)]
        rows.append((pos, cut))
        pos = cut
    return rows


def _row_refs(
    text: str, start: int, end: int, leads: frozenset[str] = frozenset()
) -> list[re.Match[str]]:
    """The first reference of each row: references joined in one cell count once, and where
    the table's references open with one word, only those ("... SSSG and MIA 1 Tbilisi" in a
    table of "GEO .." holds none)."""
    words = table_words()
    out: list[re.Match[str]] = []
    last: re.Match[str] | None = None
    for found in REF_RE.finditer(text, start, end):
        m = _led(text, found, leads)
        if leads and m.group(1).split(" ")[0] not in leads:
            continue
        gap = text[last.end() : m.start()] if last else "x"
        if last is None or (
            gap.strip(" \t*,;/&")
            and not (words.joiners.match(gap) or words.alternatives.match(gap))
        ):
            out.append(m)
        last = m
    return out


def _after_availability(text: str, start: int, end: int) -> int | None:
    """Where the availability cells after ``start`` end, before the next row's text."""
    found = list(_availability_in_row().finditer(text, start, end))
    if not found:
        return None
    cut = found[0].end()
    for m in found[1:]:
        if text[cut : m.start()].strip():
            break
        cut = m.end()
    return cut


def _cell_line_rows(text: str, start: int, end: int, header: _Header) -> list[tuple[int, int]]:
    """(start, end) of each row under a header of one heading a line: as many lines a row as
    the header has headings, each row's reference cell a reference; grouping headings are rows
    of their own. The rows end where a line in the reference column is no reference."""
    k = len(header.columns)
    ref_at = header.columns.index("ref")
    rows: list[tuple[int, int]] = []
    lines = [ln for ln in _lines(text, start, end) if ln.group().strip()]
    i = 0
    while i < len(lines):
        if _regime_lines().fullmatch(lines[i].group().strip(" *")):
            rows.append((lines[i].start(), lines[i].end()))
            i += 1
            continue
        row = lines[i : i + k]
        if len(row) <= ref_at or not _is_reference_cell(row[ref_at].group()):
            break
        if len(row) < k and lines[-1].end() < len(text.rstrip()):
            break  # a short row before the rest of the call: not a row of the table
        rows.append((row[0].start(), row[-1].end()))  # short: the copy cut the last row
        i += k
    return rows


def _is_reference_cell(value: str) -> bool:
    """A cell holding only references (and the marks, commas and joining words between)."""
    rest = REF_RE.sub(" ", value)
    if rest == value:
        return False
    words = table_words()
    return not rest.strip(" \t*,;/&") or bool(
        words.joiners.match(rest) or words.alternatives.match(rest)
    )


def _laid_out_posts(text: str, start: int, end: int) -> list[Post] | None:
    """The posts of a table whose header row names its columns (see :func:`_header`), each
    row's cells read by the header's order: a title before the reference, a place before the
    title, a count column, a title wrapped onto a row of its own (its reference cell empty).
    None when the table has no such header, or its rows do not follow it."""
    header = _header(text, start, end)
    if header is None:
        return None
    if header.sep == " ":
        spans = _spaced_rows(text, header.end, end, header)
    elif header.sep:
        spans = _laid_out_rows(text, header.end, end, header)
    else:
        spans = _cell_line_rows(text, header.end, end, header)
    words = table_words()
    leads = _reference_leads(text, header.end, end) if header.sep == " " else frozenset()
    posts: list[Post] = []
    rows: list[tuple[list[fx.Hit], _Cells]] = []
    regime: fx.Hit | None = None
    for above in _regime_lines().finditer(text, start, header.end):  # "Seconded (7)" / header
        regime = fx.Hit(above.group("regime"), above.start("regime"), above.end("regime"))
    if regime is None:  # the heading run into the text before it: "... below Seconded (11)"
        line_start = text.rfind("\n", 0, start) + 1
        above_end = line_start - 1 if line_start else start  # the line above, or this one
        lo = max(0, min(start, above_end) - _HEADING_REACH)
        for inline in _inline_regime().finditer(text, lo, header.end):
            if inline.end() <= above_end and text[inline.end() : above_end].strip():
                continue  # not at the end of the line above: a sentence's words
            said = _regime_words().match(text, inline.start())
            if said:
                regime = fx.Hit(said.group(), said.start(), said.end())
    regimes: list[fx.Hit | None] = []
    for a, b in spans:
        line = text[a:b].strip(" *|\t")
        heading = _regime_lines().fullmatch(line) if "\n" not in line else None
        if heading:
            at = a + text[a:b].find(heading.group("regime"))
            regime = fx.Hit(heading.group("regime"), at, at + len(heading.group("regime")))
            continue
        cells = _row_cells(text, a, b, header, leads)
        if _repeats_header(cells):  # the header again: a table a grouping, or a new page
            continue
        ref_cell = cells.hit("ref")
        found = list(REF_RE.finditer(text, ref_cell.start, ref_cell.end)) if ref_cell else []
        if not found:
            if rows and any(cells.hit(c) for c in header.columns):
                previous = rows[-1][1]  # a row's cells wrapped onto the next line
                for column, more in cells.pieces.items():
                    previous.pieces.setdefault(column, []).extend(more)
                continue
            if rows or any(cells.hit(c) for c in header.columns):
                return None  # a row with no reference: not a table this reader knows
            continue
        rows.append(([fx.Hit(m.group(1), m.start(1), m.end(1)) for m in found], cells))
        regimes.append(regime)
    if not rows:
        return None
    for n, ((refs, cells), row_regime) in enumerate(zip(rows, regimes, strict=True)):
        title = cells.hit("title")
        if (
            title is None
            or not re.search(r"[a-z]", title.value, re.I)
            or _is_reference_cell(title.value)
        ):
            if title is None and n == len(rows) - 1 and n:
                break  # the copy cut the last row before its title
            return None
        count: int | None = 1
        counted = words.count.search(title.value)
        if counted:
            count = int(counted.group("n"))
            value = (title.value[: counted.start()] + title.value[counted.end() :]).strip(" ,-–")
            title = fx.Hit(value, title.start, title.start + len(value))
        count_cell = cells.hit("count")
        if count_cell is not None:
            digits = re.fullmatch(r"\d{1,3}", count_cell.value)
            count = int(digits.group()) if digits else count
        own = cells.hit("regime")
        kind = _regime_words().search(own.value) if own else None
        post_regime = fx.Hit(kind.group(), own.start, own.end) if own and kind else row_regime
        place_cell = cells.hit("place")
        places: list[fx.Hit] = []
        if place_cell is not None:
            for value, a, b in cells.pieces["place"]:
                name, known = _places_in(value)
                if name and known == 1:
                    places.append(fx.Hit(name, a, b))
        if len(places) > 1 and len(places) != len(refs):
            places = []
        location = places[0] if len(places) == 1 else None
        if len(refs) > 1 and all(
            words.alternatives.match(text[x.end : y.start]) for x, y in itertools.pairwise(refs)
        ):  # "MA 42* or MA 43*": one post whose reference is one of these
            names = tuple(r.value for r in refs)
            posts.append(Post(refs[0], title, location, post_regime, count, names))
            continue
        each = count
        if count is not None and len(refs) > 1:
            each = count // len(refs) if count % len(refs) == 0 else count
        for k, ref in enumerate(refs):
            at_place = places[k] if len(places) == len(refs) > 1 else location
            posts.append(Post(ref, title, at_place, post_regime, each))
    return posts


def _posts(text: str, start: int, end: int) -> list[Post]:
    """One Post per reference of the table; rows of several references share their cells."""
    words = table_words()
    refs = _refs(text, start, end)
    groups = list(words.regime.finditer(text, start, end)) or list(
        _GROUP.finditer(text, start, end)
    )
    seen = {g.start() for g in groups}  # and headings alone on their line, whatever follows
    alone = [g for g in _regime_lines().finditer(text, start, end) if g.start() not in seen]
    if alone:
        groups = sorted([*groups, *alone], key=lambda g: g.start())
    if not refs:
        return _refless_posts(text, start, end, groups)
    laid_out = _laid_out_posts(text, start, end)
    if laid_out:
        return _merge_repeats(laid_out)
    # the header's "Total" may stand on a line above the one the table starts at
    counted_columns = _TOTAL_HEADING.search(text, max(0, start - 300), refs[0].start()) is not None
    posts: list[Post] = []
    pending: list[re.Match[str]] = []  # references of a row whose cells follow the last one
    joined_by_or = False
    for i, m in enumerate(refs):
        seg_end = refs[i + 1].start() if i + 1 < len(refs) else end
        for g in groups:
            if m.end() <= g.start() < seg_end:
                seg_end = g.start()
        between = text[m.end() : seg_end]
        if (
            i + 1 < len(refs)
            and seg_end == refs[i + 1].start()
            and (
                not between.strip(" \t\n*,;|/")
                or words.alternatives.match(between)
                or words.joiners.match(between)
            )
        ):
            # "UAC 22* UAC 23 UAC 24 Reporting Officer ...", "MA 42* or MA 43* Adviser ..."
            joined_by_or = joined_by_or or bool(words.alternatives.match(between))
            pending.append(m)
            continue
        line_end = text.find("\n", m.end())
        if "|" in text[m.end() : line_end if line_end >= 0 else end]:
            seg_end = min(seg_end, line_end if line_end >= 0 else seg_end)
        regime = None
        for g in groups:
            if g.start() < m.start():
                regime = fx.Hit(g.group("regime"), g.start(), g.end("regime"))
        row_refs = [*pending, m]
        pending, alternatives = [], joined_by_or
        joined_by_or = False
        columns = None if alternatives else _columns(text, m.end(), seg_end, len(row_refs))
        if columns is not None:  # a table copied column by column: all refs, then all titles
            for r, (column_title, place) in zip(row_refs, columns, strict=True):
                ref = fx.Hit(r.group(1), r.start(1), r.end(1))
                posts.append(Post(ref, column_title, place, regime, 1))
            continue
        if len(row_refs) > 1 and _one_per_line(text, row_refs):
            # a column of references, then their titles, each maybe broken over lines and the
            # last ones cut by the copy: paired in order where every title is whole; where
            # they cannot be paired, the posts without titles rather than wrong ones
            broken = _titles_over_lines(text, m.end(), seg_end, len(row_refs))
            for k, r in enumerate(row_refs):
                ref = fx.Hit(r.group(1), r.start(1), r.end(1))
                title_k = broken[k] if broken and k < len(broken) else None
                posts.append(Post(ref, title_k, None, regime, None))
            continue
        count: int | None = 1
        cols = _count_columns(text, m.end(), seg_end) if counted_columns else None
        if cols:  # "WSU Office Manager 0 16 16 asap": Pending, Confirmed, Total
            cells_end, count = cols
            title, location, places = _row(text, m.end(), cells_end)
        else:
            title, location, places = _row(text, m.end(), seg_end)
        if title is None:
            if cols:  # "EK 30003 0 1 1 Sep 2016": a row whose title the copy moved elsewhere
                for r in row_refs:
                    ref = fx.Hit(r.group(1), r.start(1), r.end(1))
                    posts.append(
                        Post(ref, None, None, regime, count if len(row_refs) == 1 else None)
                    )
            continue
        own_regime = regime_cell(text, m.end(), seg_end) or _regime_after(text, title.end, seg_end)
        if own_regime:
            regime = own_regime
        counted = words.count.search(title.value)
        if counted:
            count = int(counted.group("n"))
            value = title.value[: counted.start()] + title.value[counted.end() :]
            value = value.strip(" ,-–")
            title = fx.Hit(value, title.start, title.start + len(value))
        if alternatives:  # one post whose reference is one of these: none is its reference
            names = tuple(r.group(1) for r in row_refs)
            first = row_refs[0]
            ref = fx.Hit(first.group(1), first.start(1), first.end(1))
            posts.append(Post(ref, title, location, regime, count, names))
            continue
        each = count
        if count is not None and len(row_refs) > 1:
            each = count // len(row_refs) if count % len(row_refs) == 0 else count
        own_places = len(places) == len(row_refs) > 1  # one place a reference, in order
        whole = bool(cols) or _availability_in_row().search(text, title.end, seg_end) is not None
        for k, r in enumerate(row_refs):
            ref = fx.Hit(r.group(1), r.start(1), r.end(1))
            place = places[k] if own_places else location
            posts.append(Post(ref, title, place, regime, each, whole=whole))
    return _merge_repeats(posts)


def _merge_repeats(posts: list[Post]) -> list[Post]:
    """One post a reference: a document host's copy holds the table twice (its text layer run
    together, then its lines), so a reference met again fills what its first reading lacks;
    where the copy cut its first row before the availability ("... Logistics/Transp"), the
    whole row read again is the post."""
    out: list[Post] = []
    at: dict[str, int] = {}
    for post in posts:
        key = reference_key(post.ref.value) if post.ref is not None else None
        if key is None or key not in at:
            if key is not None:
                at[key] = len(out)
            out.append(post)
            continue
        first = out[at[key]]
        if post.whole and not first.whole:  # the first reading's row was cut: the whole one
            out[at[key]] = dataclasses.replace(post, regime=post.regime or first.regime)
            continue
        title = first.title
        if post.title and (
            title is None
            or (
                len(post.title.value) > len(title.value)
                and post.title.value.startswith(title.value)
            )
        ):
            title = post.title
        out[at[key]] = dataclasses.replace(
            first,
            title=title,
            location=first.location or post.location,
            regime=first.regime or post.regime,
            count=first.count if first.count is not None else post.count,
        )
    return out


def _refs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The references of a table; a reference pattern takes up to three capitalised words, so
    a row's end in capitals runs into the next reference ("... KYIV ASAP UAC 37"): the words
    of a place or an availability cell in front of a reference are not part of it."""
    ends = table_words().availability_ends
    out: list[re.Match[str]] = []
    for m in REF_RE.finditer(text, start, end):
        at = m.start(1)
        for word in m.group(1).split(" ")[:-1]:  # the words before the number's
            if not (word.casefold() in ends or lexicon.canonical_city(word)):
                break
            at += len(word) + 1
            inner = REF_RE.match(text, at)
            if inner is not None and inner.end(1) == m.end(1):
                m = inner
                break
        out.append(m)
    return out


# The count columns of an EULEX-style table: "Pending | Confirmed Vacancies | Total Vacancies".
_TOTAL_HEADING = re.compile(r"(?<!\w)Total(?:\s+Vacancies)?(?!\w)", re.I)
_COUNT_COLUMNS = re.compile(r"(?<!\S)(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})(?!\S)")


def _count_columns(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(where the row's cells before the counts end, Total) for the first three numbers of a
    row that add up (pending + confirmed = total); the availability after them is left out."""
    for m in _COUNT_COLUMNS.finditer(text, start, end):
        pending, confirmed, total = (int(g) for g in m.groups())
        if pending + confirmed == total and total > 0:
            return m.start(), total
    return None


# A title's line that goes on on the next: it ends in a joining word, or the next line opens
# in lower case ("Special Assistant to the Head" / "of Mission").
_JOINS_NEXT = re.compile(r"(?:\b(?:and|of|for|to|the|in|on|with)|[,&/\-–])$", re.I)
_TITLE_PIECES = 3  # lines one title may be broken over


def _titles_over_lines(text: str, start: int, end: int, k: int) -> list[fx.Hit] | None:
    """The titles of a column of ``k`` references, in order, from the lines after it, each
    title's lines running on until they hold a post noun ("WSU Finance and Accounting" /
    "Officer"), or while the next opens in lower case ("... the Head" / "of Mission"); a
    line ending in "and", "of", "," goes on too. None when a line is no title piece (a place,
    a date, a count), or the lines do not hold ``k`` titles; fewer only where the copy ends
    inside them (its last, cut piece is left out)."""
    words = table_words()
    titles: list[fx.Hit] = []
    piece: list[tuple[str, int, int]] = []
    for ln in _lines(text, start, end):
        value = re.sub(r"\s+", " ", ln.group().strip(" *|\t"))
        if not value:
            continue
        if (
            not re.search(r"[a-z]", value)
            or words.availability.search(value)
            or re.search(r"\d", value)
            or lexicon.canonical_city(value)
        ):
            return None
        at = ln.start() + ln.group().find(value[:1])
        if piece:
            last = piece[-1][0]
            goes_on = (
                value[:1].islower()
                or _JOINS_NEXT.search(last)
                or not any(title_nouns().search(p[0]) for p in piece)
            )
            if not goes_on:
                titles.append(_joined(piece))
                piece = []
        piece.append((value, at, at + len(value)))
        if len(piece) > _TITLE_PIECES or len(titles) > k:
            return None
    cut = not text[end:].strip()  # the copy ends in the column of titles
    last = piece[-1][0] if piece else ""
    if piece and not _JOINS_NEXT.search(last):
        # a last title is whole where the column goes on after it, or it ends in its noun
        whole = not cut and any(title_nouns().search(p[0]) for p in piece)
        if whole or _ends_in_post_noun(last):
            titles.append(_joined(piece))
    if len(titles) == k or (titles and cut and len(titles) < k):
        return titles
    return None


def _ends_in_post_noun(value: str) -> bool:
    last = value.rsplit(" ", 1)[-1]
    return title_nouns().fullmatch(last) is not None


def _joined(pieces: list[tuple[str, int, int]]) -> fx.Hit:
    return fx.Hit(" ".join(p[0] for p in pieces), pieces[0][1], pieces[-1][2])


def _one_per_line(text: str, refs: list[re.Match[str]]) -> bool:
    """Each reference on a line of its own (a column), not several on one row."""
    return all("\n" in text[a.end() : b.start()] for a, b in itertools.pairwise(refs))


_PAGE_LINE = re.compile(r"(?:Page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}", re.I)


def _refless_posts(text: str, start: int, end: int, groups: list[re.Match[str]]) -> list[Post]:
    """A table copied without its reference column, one title a line under each grouping
    heading ("Seconded (16)"); dates and label pieces that fell between them are skipped."""
    if not groups:
        return []
    words = table_words()
    posts: list[Post] = []
    for gi, g in enumerate(groups):
        g_end = groups[gi + 1].start() if gi + 1 < len(groups) else end
        regime = fx.Hit(g.group("regime"), g.start(), g.end("regime"))
        for ln in _lines(text, g.end(), g_end):
            raw = ln.group()
            value = re.sub(r"\s+", " ", raw.strip(" *\t"))
            if (
                len(value) < 3
                or len(value) > 100
                or not re.search(r"[a-z]", value)
                or value.endswith((":", "/"))  # a label, or a piece of one broken over lines
                or words.availability.fullmatch(value)
                or DATE_RE.fullmatch(value)
                or _PAGE_LINE.fullmatch(value)
            ):
                continue
            count: int | None = None
            counted = words.count.search(value)
            if counted:
                count = int(counted.group("n"))
                value = (value[: counted.start()] + value[counted.end() :]).strip(" ,-–")
            off = ln.start() + raw.find(value.split(" ")[0])
            posts.append(Post(None, fx.Hit(value, off, off + len(value)), None, regime, count))
    return posts


def _lines(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    return _LINE_RE.finditer(text, start, end)


_LINE_RE = re.compile(r"[^\n]+")


_OWN_LINES = 3  # lines after a listed post's own that may still be its own (its deadline)


def _listed_posts(text: str) -> tuple[list[Post], int, int]:
    """Posts named as "Title (REF)" lines, each with the regime and places on its next lines."""
    found = list(_LISTED.finditer(text, 0, min(len(text), 20000)))
    posts: dict[str, Post] = {}
    for i, m in enumerate(found):
        window_end = found[i + 1].start() if i + 1 < len(found) else len(text)
        lines_end = m.end()
        for _n in range(3):  # the post's own lines: rest of its line and two more
            nxt = text.find("\n", lines_end + 1, window_end)
            lines_end = nxt if nxt >= 0 else min(window_end, lines_end + 200)
        window = (m.start("rest"), min(window_end, lines_end))
        ref = fx.Hit(m.group("ref"), m.start("ref"), m.end("ref"))
        value = m.group("title").strip()
        title = fx.Hit(value, m.start("title"), m.start("title") + len(value))
        regime_m = _REGIME_WORDS.search(text, *window)
        regime = fx.Hit(regime_m.group(), regime_m.start(), regime_m.end()) if regime_m else None
        count = 1
        location = None
        pos_m = _POSITIONS.search(text, *window)
        if pos_m:
            count = int(pos_m.group("n"))
            place = lexicon.canonical_city(pos_m.group("loc").strip())
            if place:
                location = fx.Hit(place, pos_m.start("loc"), pos_m.end("loc"))
        own_end = lines_end
        for _n in range(_OWN_LINES):  # its deadline may stand a few lines further down
            nxt = text.find("\n", own_end + 1, window_end)
            own_end = nxt if nxt >= 0 else window_end
        own = (m.start(), min(window_end, own_end))
        known = posts.get(ref.value)
        if known is None:
            posts[ref.value] = Post(ref, title, location, regime, count, own=own)
        else:  # named twice (a heading, then the list): keep what each gives
            posts[ref.value] = Post(
                known.ref,
                known.title,
                known.location or location,
                known.regime or regime,
                count if pos_m else known.count,
                own=known.own or own,
            )
    if not found:
        return [], 0, 0
    last = found[-1]
    end = text.find("\n", last.end() + 1)
    for _n in range(2):
        nxt = text.find("\n", end + 1) if end >= 0 else -1
        end = nxt if nxt >= 0 else end
    return list(posts.values()), found[0].start(), end if end >= 0 else len(text)


# A list of posts as a news page or a press release writes it: after a line ending in ":", one
# post a line ("Relatore, Tbilisi (3 posti)"), or one sentence of posts separated by commas
# and "and" ("...: Driver (2 positions), Cleaner, and Guard.").
_INTRO_END = re.compile(r":[ \t]*\n")
_PLACE_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|e|et|y|und|и)\s+")
_PROSE_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _post_list(text: str) -> tuple[list[Post], int, int]:
    """Posts listed without a table (see above); ([], 0, 0) when the text has no such list."""
    found = _line_list(text)
    return found if found[0] else _prose_list(text)


def _title_places(value: str, start: int) -> tuple[fx.Hit | None, fx.Hit | None, bool]:
    """Split "Title, Place" / "Title, Place, Place e Place": (title, the one place, any place)."""
    pieces = value.split(", ")
    cut = len(pieces)
    places: list[str] = []
    while cut > 1:  # peel places off the end while every word group there is a known place
        names = [n for n in _PLACE_SPLIT.split(pieces[cut - 1]) if n]
        if not names or not all(lexicon.canonical_city(n) for n in names):
            break
        places = names + places
        cut -= 1
    title_value = ", ".join(pieces[:cut]).strip(" -–")
    title = fx.Hit(title_value, start, start + len(title_value)) if title_value else None
    location = None
    if len(places) == 1:
        canon = lexicon.canonical_city(places[0]) or places[0]
        at = value.rfind(places[0])
        location = fx.Hit(canon, start + at, start + at + len(places[0]))
    return title, location, bool(places)


def _line_list(text: str) -> tuple[list[Post], int, int]:
    words = table_words()
    for intro in _INTRO_END.finditer(text, 0, min(len(text), 20000)):
        posts: list[Post] = []
        placed = 0
        end = intro.end()
        for ln in _lines(text, intro.end(), len(text)):
            if text[end : ln.start()].count("\n") > 1 and posts:
                break  # a blank line ends the list
            raw = ln.group()
            value = raw.strip(" \t•*-–")
            if not value or len(value) > 160 or value.endswith((".", ":")):
                break
            count: int | None = 1
            counted = words.count.search(value)
            if counted:
                count = int(counted.group("n"))
                value = (value[: counted.start()] + value[counted.end() :]).strip(" ,-–")
            off = ln.start() + raw.find(value[:1])
            title, location, any_place = _title_places(value, off)
            placed += bool(any_place or counted)
            posts.append(Post(None, title, location, None, count))
            end = ln.end()
        if len(posts) >= 3 and placed * 3 >= len(posts) * 2:
            line_start = text.rfind("\n", 0, intro.start()) + 1
            regime = _regime_in(text, line_start, intro.start())  # "...posti distaccati:"
            if regime:
                posts = [dataclasses.replace(p, regime=regime) for p in posts]
            return posts, intro.start(), end
    return [], 0, 0


_COMMA_OUTSIDE = re.compile(r",(?![^(]*\))")  # not the comma of "(Helpdesk, Support)"
_LAST_AND = re.compile(r"^(?:and|et|e|y|und|и)\s+|\s+(?:and|et|e|y|und|и)\s+(?![^(]*\))")


def _regime_in(text: str, start: int, end: int) -> fx.Hit | None:
    """A regime word of posts.json in ``text[start:end]`` (a list's introducing line)."""
    m = _regime_words().search(text, start, end)
    return fx.Hit(m.group(), m.start(), m.end()) if m else None


@cache
def _regime_lines() -> re.Pattern[str]:
    """A grouping heading alone on its line: "Seconded", "Seconded/Contracted (5)",
    "Seconded positions"."""
    data = load_json_resource("vacancy/posts.json")
    alt = alternation(word_list(data, "regimes", "vacancy/posts.json"))
    nouns = alternation(word_list(data, "count_nouns", "vacancy/posts.json"))
    return re.compile(
        r"^[ \t]*(?P<regime>" + alt + r")(?:[ \t]+(?:" + nouns + r"))?(?:[ \t]+only)?[ \t]*"
        r"(?:\(\s*(?P<n>\d{1,3})[^)\n]{0,20}\)|[–:\-][ \t]*\d{1,3}[ \t]+(?:" + nouns + r"))?"
        r"[ \t]*$",
        re.I | re.M,
    )


@cache
def _regime_at_end() -> re.Pattern[str]:
    """A row's own regime cell ending its cells before the availability, in a table with a
    regime column copied flat: "UAC 01 Legal Adviser Kyiv Seconded ASAP"."""
    data = load_json_resource("vacancy/posts.json")
    alt = alternation(word_list(data, "regimes", "vacancy/posts.json"))
    return re.compile(r"(?<![\w/])(?:" + alt + r")[ \t]*$", re.I)


def _regime_after(text: str, start: int, end: int) -> fx.Hit | None:
    """The regime cell after a row's title and place, with only its availability after it."""
    for m in _regime_words().finditer(text, start, end):
        rest = text[m.end() : end].strip()
        if not rest or _availability_in_row().match(rest):
            return fx.Hit(m.group(), m.start(), m.end())
    return None


@cache
def _regime_words() -> re.Pattern[str]:
    data = load_json_resource("vacancy/posts.json")
    alt = alternation(word_list(data, "regimes", "vacancy/posts.json"))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I)


def _prose_list(text: str) -> tuple[list[Post], int, int]:
    words = table_words()
    counts = list(words.count.finditer(text, 0, min(len(text), 20000)))
    if len(counts) < 2:
        return [], 0, 0
    start = text.rfind(":", 0, counts[0].start())
    stop = text.find(".", counts[-1].end())
    if start < 0 or stop < 0 or counts[0].start() - start > 300:
        return [], 0, 0
    spans: list[tuple[int, int]] = []
    pos = start + 1
    for sep in [*_COMMA_OUTSIDE.finditer(text, start + 1, stop), None]:
        piece_end = sep.start() if sep else stop
        spans.append((pos, piece_end))
        pos = sep.end() if sep else stop
    if spans:  # "..., Operations Assistant, and Project Officer": the last "and" joins two
        a, b = spans.pop()
        joins = list(_LAST_AND.finditer(text, a, b))
        if joins and joins[-1].start() > a + 1:
            spans += [(a, joins[-1].start()), (joins[-1].end(), b)]
        elif joins:
            spans.append((joins[-1].end(), b))
        else:
            spans.append((a, b))
    posts: list[Post] = []
    for a, b in spans:
        raw = text[a:b]
        value = re.sub(r"\s+", " ", raw).strip(" ,")
        if not value:
            continue
        count = 1
        counted = words.count.search(value)
        if counted:
            count = int(counted.group("n"))
            value = (value[: counted.start()] + value[counted.end() :]).strip(" ,")
        if len(value.split()) > 8 or not value[:1].isalpha():
            return [], 0, 0  # a sentence, not a list of titles
        off = text.find(value.split(" ")[0], a, b)
        posts.append(Post(None, fx.Hit(value, off, off + len(value)), None, None, count))
    return (posts, start, stop) if len(posts) >= 2 else ([], 0, 0)


def _columns(text: str, start: int, end: int, k: int) -> list[tuple[fx.Hit, fx.Hit | None]] | None:
    """For ``k`` references each on its own line, the ``k`` titles (and places) on the lines
    after them, when the table was copied column by column; else None."""
    if k < 2:
        return None
    lines = [ln for ln in re.finditer(r"[^\n]+", text[start:end]) if ln.group().strip(" *|")]
    if len(lines) < 2 * k:
        return None
    out: list[tuple[fx.Hit, fx.Hit | None]] = []
    for i in range(k):
        raw = lines[i].group()
        value = re.sub(r"\s+", " ", raw.strip(" *|\t"))
        if not re.search(r"[a-z]", value) or table_words().availability.fullmatch(value):
            return None
        off = start + lines[i].start() + raw.find(value.split(" ")[0])
        place_line = lines[k + i].group().strip(" *|\t")
        place = lexicon.canonical_city(place_line.split(",")[0].strip())
        p_off = start + lines[k + i].start() + lines[k + i].group().find(place_line)
        location = fx.Hit(place, p_off, p_off + len(place_line)) if place else None
        out.append((fx.Hit(value, off, off + len(value)), location))
    return out


# (title, location, the places of a row naming one per reference: "Agadez Niamey")
_Row = tuple[fx.Hit | None, fx.Hit | None, tuple[fx.Hit, ...]]


def _row(text: str, start: int, end: int) -> _Row:
    """(title, location, places) of one table row after its reference."""
    segment = text[start:end]
    if _HTML_TAG.search(segment):  # "<br />" left by a converted page: blank it, same offsets
        segment = _HTML_TAG.sub(lambda m: " " * len(m.group()), segment)
    if "|" in segment or "\t" in segment or len(_SPACED_SLASH.findall(segment)) >= 2:
        cells = r"[^|\t\n]+" if "|" in segment or "\t" in segment else None
        return (*_cells(segment, start, cells), ())
    lines = [ln for ln in re.finditer(r"[^\n]+", segment) if ln.group().strip(" *")]
    if len(lines) >= 2:
        first = lines[0].group().rstrip()
        if _cell_at_end(table_words(), first, len(first)):
            # the row is its first line, ending in its availability cell: what follows is
            # the next part of the call (a table whose end was not recognised), not its cells
            return _flat_row(text, segment[: lines[0].end()], start)
        if _wrapped_row(segment, lines):  # "Senior Legal" / "Adviser Mogadishu ASAP"
            return _flat_row(text, segment[: lines[-1].end()], start)
        return (*_line_cells(segment, start, lines), ())  # one cell per line
    return _flat_row(text, segment, start)


_WRAPPED_LINES = 3  # lines a row broken in its title may take


def _wrapped_row(segment: str, lines: list[re.Match[str]]) -> bool:
    """A row whose line the copy broke inside its title (a narrow column): only its last line
    ends in the availability cell, with more of the row before that cell, and the lines above
    are pieces of a title (letters, no date, no place alone), not one cell a line."""
    if len(lines) > _WRAPPED_LINES:
        return False
    words = table_words()
    last = lines[-1].group().rstrip()
    cell = _cell_at_end(words, last, len(last))
    if cell is None or not last[: cell.start()].strip(" *"):
        return False
    for ln in lines[:-1]:
        value = ln.group().strip(" *\t")
        if (
            not re.search(r"[^\W\d_]", value)
            or _cell_at_end(words, value, len(value))
            or DATE_RE.search(value)
            or lexicon.canonical_city(value)
        ):
            return False
    return True


def _cells(segment: str, start: int, cell_re: str | None) -> tuple[fx.Hit | None, fx.Hit | None]:
    if cell_re is None:  # "Monitor / Zugdidi / ASAP"
        pieces, pos = [], 0
        for sep in _SPACED_SLASH.finditer(segment):
            pieces.append((pos, sep.start()))
            pos = sep.end()
        pieces.append((pos, len(segment)))
    else:
        pieces = [(c.start(), c.end()) for c in re.finditer(cell_re, segment)]
    hits = []
    for a, b in pieces:
        raw = segment[a:b]
        value = re.sub(r"\s+", " ", raw.strip(" *\n\t"))
        if not value:
            continue
        off = start + a + raw.find(value.split(" ")[0])
        hits.append(fx.Hit(value, off, off + len(value)))
    title = hits[0] if hits else None
    if title is not None and not re.search(r"[a-z]", title.value, re.I):
        title = None
    location = hits[1] if len(hits) > 1 and not DATE_RE.match(hits[1].value) else None
    if location:
        canon, known = _places_in(location.value)
        if known > 1:  # "Mogadishu / Nairobi": no one duty station
            location = None
        else:
            value = canon or location.value.split(",")[0].strip()
            location = fx.Hit(value, location.start, location.end)
    return title, location


_PLACE_SEPARATORS = re.compile(r"\s*(?:/|–|;|,|&|\(|\)|\band\b|\bor\b|\bet\b|\bou\b)\s*")


def _places_in(value: str) -> tuple[str | None, int]:
    """The one known place a location cell names, and how many distinct ones it names
    ("Tripoli, Libya" names one; "Tripoli, Libya – Tunis/Tunisia" two)."""
    names = {c for c in map(lexicon.canonical_city, _PLACE_SEPARATORS.split(value)) if c}
    return (next(iter(names)) if len(names) == 1 else None), len(names)


def regime_cell(text: str, start: int, end: int) -> fx.Hit | None:
    """A row's own regime cell ("| Seconded/Contracted |"), which overrides its grouping."""
    for m in _regime_words().finditer(text, start, end):
        before = text[start : m.start()].rstrip(" ")
        after = text[m.end() : end].lstrip(" ")
        if before[-1:] in ("|", "\t") and (not after or after[:1] in ("|", "\t", "\n")):
            return fx.Hit(m.group(), m.start(), m.end())
    return None


def _line_cells(
    segment: str, start: int, lines: list[re.Match[str]]
) -> tuple[fx.Hit | None, fx.Hit | None]:
    words = table_words()
    title = None
    location = None
    for i, ln in enumerate(lines):
        value = re.sub(r"\s+", " ", ln.group().strip(" *\t"))
        off = start + ln.start() + ln.group().find(value.split(" ")[0])
        if title is None:
            if re.search(r"[a-z]", value, re.I) and not words.availability.fullmatch(value):
                title = fx.Hit(value, off, off + len(value))
            continue
        if location is None and _title_goes_on(title.value, value, lines[i + 1 : i + 2]):
            title = fx.Hit(f"{title.value} {value}", title.start, off + len(value))
            continue
        if location is None and not words.availability.match(value):
            place, known = _places_in(value)
            if known > 1:  # "Tripoli, Libya – Tunis/Tunisia": no one duty station
                break
            if place:
                location = fx.Hit(place, off, off + len(value.split(",")[0].strip()))
    return title, location


def _title_goes_on(title: str, value: str, after: list[re.Match[str]]) -> bool:
    """Whether the line ``value`` after a title's line in a table of one cell a line is more
    of the title ("Senior Legal" / "Adviser" / "Mogadishu"): no place, date or availability,
    and the title's line ends in a joining word, or the line opens in lower case, or the title
    so far names no post while the line does, or a known place line follows it."""
    words = table_words()
    if (
        not re.search(r"[^\W\d_]", value)
        or re.search(r"\d", value)
        or words.availability.match(value)
        or _places_in(value)[1]
        or _REF_ONLY.fullmatch(value)
    ):
        return False
    if value[:1].islower() or _JOINS_NEXT.search(title):
        return True
    if not title_nouns().search(title) and title_nouns().search(value):
        return True
    nxt = re.sub(r"\s+", " ", after[0].group().strip(" *\t")) if after else ""
    return (
        bool(nxt)
        and _places_in(nxt)[1] == 1
        and lexicon.canonical_city(nxt.split(",")[0].strip()) is not None
    )


_REF_ONLY = re.compile(REF_RE.pattern + r"[\s*]*")

_CELL_MAX = (
    48  # the longest availability cell: "As soon as possible", "Wednesday, 16 September 2018"
)


def _cell_at_end(words: TableWords, body: str, stop: int) -> re.Match[str] | None:
    """The availability cell ending ``body[:stop]``: a date (it ends in a digit) or one of
    the words of posts.json (by its last word), looked for only when the row ends so."""
    begin = max(0, stop - _CELL_MAX)
    tail = body[begin:stop].rstrip()
    if not tail:
        return None
    if not tail[-1].isdigit():
        last = tail.rsplit(None, 1)[-1].casefold()
        if last not in words.availability_ends and not _MONTH_WORD.fullmatch(last):
            return None
    # tried where a cell can begin (a word's or a number's start), leftmost first: the date
    # pattern tried at every character of the window cost more than the rest of the row
    for at in range(begin, stop):
        before = body[at - 1] if at else " "
        here = body[at]
        if at == begin or not before.isalnum() or (here.isdigit() and not before.isdigit()):
            m = words.availability.match(body, at, stop)
            if m:
                return m
    return None


def _flat_row(text: str, segment: str, start: int) -> _Row:
    words = table_words()
    body = segment.rstrip()
    stop_rel = len(body)
    while True:  # "KYIV 01-Apr-20 ASAP": every availability cell at the row's end
        # (looked for in the row's tail only: a cell is short, and a date pattern tried at
        # every place of a long row was the dearest step of reading a call)
        avail = _cell_at_end(words, body, stop_rel)
        if not avail or avail.end() < len(body[:stop_rel].rstrip()):
            break
        stop_rel = len(body[: avail.start()].rstrip())
    if stop_rel == len(body):
        inside = _availability_in_row().search(body)
        if inside:
            stop_rel = inside.start()
    regime = _regime_at_end().search(body, 0, stop_rel)  # "Kyiv Seconded ASAP": its own cell
    if regime:
        stop_rel = len(body[: regime.start()].rstrip())
    stop = start + stop_rel
    places: list[fx.Hit] = []
    named = list(lexicon.places().city_re.finditer(text, start, stop))  # read once, peeled
    while True:  # "Agadez Niamey": every place at the end of the cells, one per reference
        last = named.pop() if named else None
        if last is not None and last.end(1) > stop:
            break
        if not last or not _PLACE_GAP.fullmatch(text, last.end(1), stop):
            break
        if _ENDS_IN_PREPOSITION.search(text, max(start, last.start(1) - 12), last.start(1)):
            break  # "Head of Regional Liaison Office in Belgrade": the place is the title's
        canon = lexicon.canonical_city(last.group(1))
        places.insert(0, fx.Hit(canon or last.group(1), last.start(1), last.end(1)))
        stop = last.start(1)
        if len(places) >= 8:
            break
    location = places[0] if len(places) == 1 else None
    raw = segment[: stop - start]
    value = re.sub(r"\s+", " ", raw.strip(" *\n\t,")).strip()
    if len(value) < 3 or not re.search(r"[a-z]", value):
        return None, location, tuple(places)
    off = start + raw.find(value.split(" ")[0])
    return fx.Hit(value, off, off + len(value)), location, tuple(places)


# What may stand after a place at a row's end, or between the places of one cell: "Brussels
# (BSE)", "Kyiv HQ", "Kyiv, Lviv or Kharkiv", "Niamey/Agadez".
_PLACE_GAP = re.compile(
    r"[ \t]*(?:\((?-i:[A-Z]{2,6})\)|(?-i:HQ|FO|RO|BSE)\b)?[ \t]*(?:[,/&]|and/or|and|or|et|ou|y|и)?"
    r"[ \t]*",
    re.I,
)
_ENDS_IN_PREPOSITION = re.compile(r"(?<![\w-])(?:in|to|at|for|of|with|from|on)[ \t]+$", re.I)


def _blocks(text: str, posts: list[Post], after: int) -> dict[str, tuple[int, int]]:
    """Ref -> (start, end) of its job description, searched after the table."""
    starts: dict[str, int] = {}
    for post in posts:
        if post.ref is None:
            continue
        ref = post.ref.value
        found = _word_at(text, ref, after)
        if found < 0:
            found = _reference_at(text, ref, after)
        if found < 0:
            continue
        pos = found
        label = None
        for lm in _BLOCK_LABEL.finditer(text, max(after, pos - 400), pos + 1):
            label = lm
        line_start = text.rfind("\n", 0, pos) + 1
        starts[ref] = label.start() if label else line_start
    ordered = sorted(set(starts.values()))
    out: dict[str, tuple[int, int]] = {}
    for ref, s in starts.items():
        later = [o for o in ordered if o > s]
        out[ref] = (s, later[0] if later else len(text))
    return out


_REF_PARTS = re.compile(r"[A-Za-z]+|\d+")


def reference_key(ref: str) -> str:
    """The form two writings of one post's reference share: its runs of letters and of digits,
    capitalised and without leading zeros, a space only between two numbers, so 'EUCAP SAH 01',
    'EUCAP-SAH-01', 'EUCAP SAH/01', 'EUCAP SAH 1' are one post, and 'LIBHM15' is 'LIB HM 15'."""
    out = ""
    for part in _REF_PARTS.findall(ref):
        if part.isalpha():
            out += part.upper()
        else:
            out += (" " if out[-1:].isdigit() else "") + (part.lstrip("0") or "0")
    return out


@cache
def _reference_pattern(ref: str) -> re.Pattern[str]:
    """A post's reference written with any separators between its parts (a space, '-', '/',
    '.', a line break the copy put in the cell, or none) and its numbers' leading zeros as they
    come. It opens with the reference's first letters, so a search skips to them."""
    parts = []
    for part in _REF_PARTS.findall(ref):
        if part.isalpha():
            parts.append(re.escape(part))
        else:
            parts.append("0*" + (part.lstrip("0") or "0"))
    return re.compile(r"[ \t\n\-/.]{0,3}".join(parts) + r"(?![\w-])")


def _reference_at(text: str, ref: str, start: int) -> int:
    """Where the call writes ``ref`` again at or after ``start`` in another form ('EUCAP-SAH-01'
    for the table's 'EUCAP SAH 01', 'EUCAP SAH/01', 'EUCAP SAH 1'), as a whole word, else -1."""
    if not _REF_PARTS.match(ref):
        return -1
    pattern = _reference_pattern(ref)
    for m in pattern.finditer(text, start):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in "_-"):
            return m.start()
    return -1


def _word_at(text: str, word: str, start: int) -> int:
    """Where ``word`` first stands as a whole word (no letter, digit or '-' touching it) at or
    after ``start``, else -1: found with str.find, as a pattern opening with a look-behind
    was tried at every character of a long call, once a post."""
    at = text.find(word, start)
    while at >= 0:
        before = text[at - 1] if at else " "
        end = at + len(word)
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            return at
        at = text.find(word, at + 1)
    return -1


def _without_tags(text: str) -> str:
    """The text with HTML tags left by a converted page ("<br />", "<strong>") blanked to
    spaces of the same length, so every offset read from it still points into ``text``."""
    if "<" not in text:
        return text
    return _HTML_TAG.sub(lambda m: " " * len(m.group()), text)


def parse_cfc(text: str, source_name: str | None, org_hit: fx.Hit | None) -> list[Vacancy]:
    original = text
    text = _without_tags(text)  # read from this; each post keeps the text as given
    found = _table(text)
    posts = _posts(text, *found) if found else []
    table = found or (0, 0)
    if not posts:
        posts, list_start, list_end = _listed_posts(text)
        table = (list_start, list_end)
    if not posts:
        posts, list_start, list_end = _ref_first_posts(text)
        table = (list_start, list_end)
    if not posts:
        posts, list_start, list_end = _post_list(text)
        table = (list_start, list_end)
    if not posts:
        return []
    blocks = _blocks(text, posts, table[1])
    first_block = min((s for s, _ in blocks.values()), default=len(text))
    header_kv = fx.key_values(text, 0, table[0])
    general_kv = fx.key_values(text, table[1], first_block)
    general_sections = find_sections(text, table[1], first_block)
    general = extract_lists(text, general_sections)
    deadline = _deadline(text, general_kv, table[1], first_block) or _deadline_after_label(
        text, first_block
    )
    office = _office(text, header_kv, table[0])
    # from just above the table: the first mission's heading may stand over the header row
    headings = _mission_headings(text, max(0, table[0] - _HEADINGS_ABOVE), table[1])
    issued = _issue_date(text, table[0])
    out: list[Vacancy] = []
    shared: Draft | None = None
    eligibility: dict[str | None, Draft] = {}
    for post in posts:
        draft = Draft(original)
        draft.put("organization", "EU", org_hit)
        own_office = _office_above(headings, post) or office
        if own_office:
            draft.put("office", own_office.value, own_office)
        if post.alternatives:
            draft.warnings.append(
                _("the reference of this post is one of {refs}: check it in the call").format(
                    refs=", ".join(post.alternatives)
                )
            )
        elif post.ref is not None:
            draft.put("requisition_id", post.ref.value, post.ref)
        block = blocks.get(post.ref.value) if post.ref is not None else None
        location = post.location
        # a job description's header (or a listed post's own lines): its labels, read once
        own_span = (block[0], min(block[1], block[0] + _BLOCK_HEAD)) if block else post.own
        own_kv = fx.key_values(text, *own_span) if own_span else {}
        block_location = _block_location(own_kv) if block else None
        title_hit = post.title
        if location is None and block_location and title_hit:
            # an unknown place glued to the title in a flattened table: the job
            # description's "Location:" tells where the title ends
            if title_hit.value.endswith(" " + block_location.value):
                cut = len(title_hit.value) - len(block_location.value) - 1
                title_hit = fx.Hit(title_hit.value[:cut], title_hit.start, title_hit.start + cut)
            location = block_location
        if title_hit:
            title, grade = fx.tidy_title(title_hit.value)
            draft.put("title", title, title_hit)
            if grade:
                draft.put("grade", grade, title_hit)
        if post.count is not None:
            draft.put("number_of_posts", post.count, post.ref or post.title)
        if block:
            regime = _REGIME_KEY.search(text, block[0], block[1])
            if regime:
                value = regime_type(regime.group(1))
                draft.put(
                    "contract_type", value, fx.Hit(regime.group(1), regime.start(1), regime.end(1))
                )
        if post.regime:
            draft.put("contract_type", regime_type(post.regime.value), post.regime)
        for hit in header_kv.get("contract_type", []):  # a call for one kind of post
            draft.put("contract_type", regime_type(hit.value), hit)
        if location is None:
            header_location = _header_location(header_kv, text, table[0])
            if header_location:
                location = header_location
        if location:
            draft.put("duty_station", location.value, location)
            country = fx.country_of_station(location.value)
            if country:
                draft.put("country", country, location)
        if not draft.has("country") and office:
            named = fx.country_of_office(text, office.start, office.end)
            if named:
                draft.put("country", named.value, named)
        if own_kv:  # a post's own deadline, in its job description or its own lines
            own_deadline = _deadline(text, own_kv, 0, 0, prose=False)
            if own_deadline:
                date_hit, time_from, time_to = own_deadline
                draft.put("closing_date", date_hit.value, date_hit)
                put_time(draft, text, time_from, time_to)
        if block is None:  # the call's own dates and general requirements, read once
            if shared is None:
                shared = _call_draft(
                    original,
                    text,
                    org_hit,
                    (issued, deadline),
                    (general, general_sections),
                    table[1],
                )
            _take(draft, shared)
        else:
            _put_call_dates(draft, text, issued, deadline)
            own_sections = find_sections(text, block[0], block[1])
            own = extract_lists(text, own_sections)
            extracted = Extracted(
                dedupe(general.requirements + own.requirements),
                general.languages + own.languages,
                own.tasks,
            )
            apply_lists(draft, text, extracted, block)
            apply_requirement_facts(draft, text, own_sections + general_sections, block)
        _eligibility(draft, text, eligibility)
        out.append(finish(draft, "eu_cfc", source_name))
    return out


_ELIGIBILITY_FIELDS: tuple[ReadField, ...] = ("ineligible_nationalities", "max_service_years")


def _eligibility(draft: Draft, text: str, seen: dict[str | None, Draft]) -> None:
    """The call's eligibility (ineligible nationalities, the longest service) read once for
    each duty country its posts name, not once a post: every post reads the same text."""
    country = draft.values.get("country")
    key = country if isinstance(country, str) else None
    read = seen.get(key)
    if read is None:
        read = Draft(draft.text)
        if key is not None:
            read.values["country"] = key
        apply_eligibility(read, text)
        seen[key] = read
    for name in _ELIGIBILITY_FIELDS:
        if name in read.values and not draft.has(name):
            draft.values[name] = read.values[name]
            span = read.spans.get(name)
            if span is not None:
                draft.spans[name] = span


_Deadline = tuple[fx.Hit, int, int]


def _put_call_dates(
    draft: Draft, text: str, issued: fx.Hit | None, deadline: _Deadline | None
) -> None:
    if issued:
        draft.put("issue_date", issued.value, issued)
    if deadline:
        date_hit, time_from, time_to = deadline
        draft.put("closing_date", date_hit.value, date_hit)
        put_time(draft, text, time_from, time_to)
    fill_dates(draft, text)  # labelled dates the call's own reading missed


def _call_draft(
    original: str,
    text: str,
    org_hit: fx.Hit | None,
    dates: tuple[fx.Hit | None, _Deadline | None],
    general: tuple[Extracted, list[Section]],
    table_end: int,
) -> Draft:
    """What every post without a job description of its own shares: the call's dates and its
    general requirements with their facts (the same for each such post, so read once)."""
    shared = Draft(original)
    shared.put("organization", "EU", org_hit)
    _put_call_dates(shared, text, *dates)
    whole = (table_end, len(text))
    apply_lists(shared, text, general[0], whole)
    apply_requirement_facts(shared, text, general[1], whole)
    return shared


def _take(draft: Draft, shared: Draft) -> None:
    """Fill what the post's own reading left empty from the call's shared reading."""
    for name, value in shared.values.items():
        if not draft.has(name):
            draft.values[name] = value
            span = shared.spans.get(name)
            if span is not None:
                draft.spans[name] = span
    draft.extra_languages = list(shared.extra_languages)
    draft.warnings.extend(w for w in shared.warnings if w not in draft.warnings)


def _header_location(kv: dict[str, list[fx.Hit]], text: str = "", end: int = 0) -> fx.Hit | None:
    """The call's "Job Location:" when it names one place (not "As indicated below"), also
    from a header flattened into one line ("Job Location: Bamako Availability: ...")."""
    hit = fx.first_hit(kv, "location")
    if hit is None:
        m = _INLINE_LOCATION.search(text, 0, end)
        if m and not _is_label_at(text, m.start(1)):
            hit = fx.Hit(m.group(1), m.start(1), m.end(1))
    if hit is None:
        return _place_after_label_run(text, end)
    place, known = _places_in(hit.value)  # "Bamako", "Bamako, Mali", "Kyiv (Ukraine)"
    if place is None or known != 1:
        return None  # "Niamey and Agadez", "As indicated below": no one place for all
    return fx.Hit(place, hit.start, hit.end)


def _place_after_label_run(text: str, end: int) -> fx.Hit | None:
    """A header flattened as its labels, then their values ("Organisation: Job Location:
    Availability: EUCAP Sahel Mali Bamako As indicated below"): the one place the values
    name, when they name one and the labels hold "Job Location"."""
    labels = list(_header_labels().finditer(text, 0, end))
    for a, b in itertools.pairwise(labels):
        if text[a.end() : b.start()].strip():
            continue
        run = [a, b]
        for c in labels[labels.index(b) + 1 :]:
            if text[run[-1].end() : c.start()].strip():
                break
            run.append(c)
        if not any("location" in m.group().casefold() for m in run):
            return None
        stop = next((m.start() for m in labels if m.start() > run[-1].end()), end)
        names = {
            lexicon.canonical_city(m.group(1)) or m.group(1): m
            for m in lexicon.places().city_re.finditer(text, run[-1].end(), stop)
        }
        if len(names) != 1:
            return None
        (place, m), *_ = names.items()
        return fx.Hit(place, m.start(1), m.end(1))
    return None


# "Job Location: Bamako Availability: As indicated below": the value runs to the next label.
_INLINE_LOCATION = re.compile(
    r"(?<!\w)Job Location[ \t]*:[ \t]*([^:\n]{2,60}?)(?=\s+[A-Z][\w/ ]{2,30}:|\s*\n|\s*$)"
)
_INLINE_ORGANISATION = re.compile(
    r"(?<!\w)Organi[sz]ation[ \t]*:[ \t]*([^:\n]{2,140}?)(?=\s+[A-Z][\w/ ]{2,30}:|\s*\n|\s*$)"
)


@cache
def _header_labels() -> re.Pattern[str]:
    """'Organisation: Job Location: Availability:': a row of labels, the values after them."""
    data = load_json_resource("vacancy/posts.json")
    alt = alternation(word_list(data, "header_labels", "vacancy/posts.json"))
    return re.compile(r"(?:" + alt + r")[ \t]*:", re.I)


_CALL_NAME = re.compile(r"call for contributions", re.I)
_CALL_HEADER_LABELS = 2  # "Organisation: ... Job Location: ...": a call's own header block


def has_call_header(text: str, end: int = 8000) -> bool:
    """A call's first screen: its name and two or more labels of its header block
    (Organisation, Job Location, Employment Regime, ... from posts.json), flattened or not,
    even when the copy stops before the first post (vacancy.signals asks)."""
    stop = min(len(text), end)
    named = _CALL_NAME.search(text, 0, stop)
    if named is None:
        return False
    labels = {m.group().casefold() for m in _header_labels().finditer(text, 0, stop)}
    return len(labels) >= _CALL_HEADER_LABELS


def _is_label_at(text: str, at: int) -> bool:
    return _header_labels().match(text, at) is not None


def _acronym_of(text: str, name: fx.Hit, end: int) -> fx.Hit | None:
    """The acronym the call's heading gives the body its label names in full: "European Union
    Integrated Border Management Assistance Mission in Libya" / "(EUBAM Libya)" above it."""
    named = re.compile(re.escape(name.value) + r"\s*\(\s*" + _ACRONYM + r"\s*\)")
    m = named.search(text, 0, max(end, name.end))
    return fx.Hit(m.group(1), m.start(1), m.end(1)) if m else None


_ACRONYM = r"([A-Z][A-Za-z]{2,9}(?: [A-Z][A-Za-z]{2,12}){0,2})"
_ACRONYM_AT_END = re.compile(r"\(" + _ACRONYM + r"\)\s*$")


_BLOCK_HEAD = 1500  # where a job description's own labels stand (Location:, Deadline:)


def _block_location(kv: dict[str, list[fx.Hit]]) -> fx.Hit | None:
    """The "Location:" of a job description (first place when several are listed), from the
    labels of its head."""
    hit = fx.first_hit(kv, "location")
    if not hit or re.fullmatch(r"as indicated below|see below|various", hit.value, re.I):
        return None
    first = re.split(r"\s*(?:,|/|;|\band\b)\s*", hit.value)[0].strip()
    if not first:
        return None
    canon = lexicon.canonical_city(first)
    return fx.Hit(canon or first, hit.start, hit.start + len(first))


_DATELINE = re.compile(r"\bBrussels,?\s+(?:the\s+)?(?=\d)")


def _issue_date(text: str, before: int) -> fx.Hit | None:
    """The call's date line ("Brussels, 13 April 2017") above the table."""
    m = _DATELINE.search(text, 0, before)
    if not m:
        return None
    found = first_date(text, m.end(), min(before, m.end() + 30))
    return fx.Hit(found.iso, found.start, found.end) if found else None


def _deadline(
    text: str, kv: dict[str, list[fx.Hit]], start: int, end: int, prose: bool = True
) -> tuple[fx.Hit, int, int] | None:
    for hit in kv.get("closing_date", []):
        d = first_date(text, hit.start, hit.end)
        if d:
            return fx.Hit(d.iso, d.start, d.end), d.end, hit.end
    if not prose:
        return None
    in_prose = fx.deadline_from_prose(text, start)
    if in_prose:
        hit, line_end = in_prose
        return hit, hit.end, line_end
    return None


# "Deadline for" as one of a column of labels ("Deadline for / E-mail Address / to send the Job
# / Form to:") whose values follow the whole column: the first date after it is its value.
_DEADLINE_LABEL = re.compile(r"(?<!\w)Deadline\s+for(?:\s+applications?)?\b", re.I)


def _deadline_after_label(text: str, end: int) -> tuple[fx.Hit, int, int] | None:
    for m in _DEADLINE_LABEL.finditer(text, 0, min(end, 40000)):
        found = first_date(text, m.end(), min(len(text), m.end() + 420))
        if found:
            line_end = text.find("\n", found.end)
            return (
                fx.Hit(found.iso, found.start, found.end),
                found.end,
                line_end if line_end >= 0 else len(text),
            )
    return None


def _office(text: str, kv: dict[str, list[fx.Hit]], end: int = 0) -> fx.Hit | None:
    hit = fx.first_hit(kv, "office")
    if hit and not re.fullmatch(r"as indicated below|see below", hit.value, re.I):
        short = _ACRONYM_AT_END.search(hit.value)  # "Organisation: ... in Iraq (EUAM Iraq)"
        if short and short.start() > 0:
            at = hit.start + short.start(1)
            return fx.Hit(short.group(1), at, at + len(short.group(1)))
        return _acronym_of(text, hit, end) or _short_name(text, hit)
    inline = _INLINE_ORGANISATION.search(text, 0, end)  # a header flattened into one line
    if inline and not _is_label_at(text, inline.start(1)):
        value = inline.group(1).strip()
        short = _ACRONYM_AT_END.search(value)  # "... Mission in Kosovo (EULEX KOSOVO)"
        if short:
            at = inline.start(1) + short.start(1)
            return fx.Hit(short.group(1), at, at + len(short.group(1)))
        return fx.office(text) or fx.Hit(value, inline.start(1), inline.start(1) + len(value))
    return (
        fx.office(text, 0, end)
        or _body_line(text, 0, end)
        or _mission_named(text, end)
        or fx.office(text)
        or _body_line(text, 0, min(len(text), 3000))
    )


def _short_name(text: str, hit: fx.Hit) -> fx.Hit:
    """The office as the call's title writes it short, where it gives the full name with its
    acronym ("... Assistance Mission in Libya (EUBAM Libya)"), as an inline header does."""
    named = re.search(re.escape(hit.value) + r"\s*\((?P<short>[^()\n]{2,30})\)", text[:4000])
    short = _ACRONYM_AT_END.search(named.group()) if named else None
    if named and short:
        return fx.Hit(short.group(1), named.start() + short.start(1), named.start() + short.end(1))
    return hit


@cache
def _mission_names() -> re.Pattern[str] | None:
    """The EU offices of the registry (organisations/eu/recognition.json 'names') that begin
    with a mission's acronym ("EUTM Mali", "EUFOR Althea", "EUSR"), as whole words."""
    names = [
        n
        for n in recognition.family_recognition("eu").recognition.names
        if re.match(r"[A-Z]{3,}\b", n)
    ]
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + alternation(names) + r")(?![\w-])", re.I)


_LINES = re.compile(r"[^\n]+")


def _is_mission_heading(line: str) -> bool:
    """A line that is a mission's name alone, as the registry names it ("EUAM Ukraine")."""
    pattern = _mission_names()
    return pattern is not None and bool(pattern.fullmatch(line.strip(" \t*").rstrip(":")))


def _mission_headings(text: str, start: int, end: int) -> list[fx.Hit]:
    """The lines of the table that are a mission's name alone (the registry's names, or a body
    named in full): in a call for several missions, each heads its own rows ("EUCAP Sahel
    Mali" over its posts, then "EUAM Ukraine" over its own)."""
    pattern = _mission_names()
    found: list[fx.Hit] = []
    for line in _LINES.finditer(text, start, end):
        if len(line.group()) > 120:
            continue
        content = line.group().strip().rstrip(":").strip()
        at = line.start() + line.group().find(content)
        if pattern is not None and pattern.fullmatch(content):
            found.append(fx.Hit(content, at, at + len(content)))
            continue
        body = _body_line(text, line.start(), line.end())
        if body is not None and body.value == content:
            found.append(body)
    return found


def _office_above(headings: list[fx.Hit], post: Post) -> fx.Hit | None:
    """The last mission heading above the post's row, when the table has two or more."""
    anchor = post.ref or post.title
    if len(headings) < 2 or anchor is None:
        return None
    above = [h for h in headings if h.end <= anchor.start]
    return above[-1] if above else None


def _mission_named(text: str, end: int) -> fx.Hit | None:
    """A mission the registry names, standing in the call's header (before its posts)."""
    pattern = _mission_names()
    m = pattern.search(text, 0, end) if pattern and end > 0 else None
    return fx.Hit(m.group(), m.start(), m.end()) if m else None


# Words a body's name keeps in lower case, and the leading "EU" it keeps in capitals.
_NAME_SMALL = frozenset({"in", "to", "for", "the", "of", "and", "on", "at"})


@cache
def _body_lines() -> re.Pattern[str]:
    """A line naming an EU body in full: 'European Union Police Mission in the Palestinian
    Territories', 'EU SPECIAL REPRESENTATIVE IN KOSOVO SUPPORT TEAM: Call for Contributions';
    the name runs to the line's end, a ':' or a bracketed acronym, and every word of it is
    capitalised but the small ones (a sentence about the Mission is no name)."""
    data = load_json_resource("vacancy/posts.json")
    bodies = alternation(word_list(data, "office_bodies", "vacancy/posts.json"))
    word = r"(?:[A-Z][\w'’\-]*|" + "|".join(sorted(_NAME_SMALL)) + r")"
    return re.compile(
        r"^[ \t]*(?P<name>(?i:European Union|EU)(?:[ \t]+"
        + word
        + r"){0,12}?[ \t]+(?i:"
        + bodies
        + r")(?:[ \t]+"
        + word
        + r"){0,8}?)[ \t]*"
        r"(?:\((?P<short>EU[A-Z]{1,8}(?:[ \t][A-Z][A-Za-z]{1,12}){0,2})\)[ \t]*)?(?::|$)",
        re.M,
    )


def _body_line(text: str, start: int, end: int) -> fx.Hit | None:
    m = _body_lines().search(text, start, end)
    if m is None:
        return None
    if m.group("short"):
        return fx.Hit(m.group("short"), m.start("short"), m.end("short"))
    name = m.group("name")
    if not re.search(r"[a-z]", name):  # all capitals: "EU Special Representative in Kosovo"
        words = name.lower().split()
        name = " ".join(
            "EU" if i == 0 and w == "eu" else w if i and w in _NAME_SMALL else w.capitalize()
            for i, w in enumerate(words)
        )
    return fx.Hit(name, m.start("name"), m.end("name"))
