"""Line breaks back into a notice whose text came as one paragraph (a PDF extraction, a copy
out of a page that lost its markup).

Every reader of the notice (the vacancy signals, the sections, the header labels, the title)
works on lines; a flattened copy has one. Only a line far longer than any line of a laid-out
notice is touched, and only at the shapes that start a line in one: a bullet, a numbered
item, a header label before its colon or, written in title case, as a table's cell without
one (``resources/vacancy/labels.json``), a deadline label before a date
(``resources/vacancy/signals.json``), a section heading of the body lexicon
(``resources/vacancy/requirements.json``) or of the signals' lexicon in capitals or title
case, a sentence's end, English text giving way to Chinese, Japanese or Korean, a tag that
ends a line in a page (``<br />``), the items of a list of posts after its colon ("Title,
Place", "Title (3 posts)") or after dashes ("- Title (VN 002/2025) ..."), the rows of a
call's table of posts that has no reference column (``resources/vacancy/posts.json``), and
at the top of a page its posting stamp, a call's name, an EU body's name and a city with
its country. Nothing is removed: a space becomes a line break, so every offset stays where it was.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache

from secondment_desk.resources import alternation, load_json_resource, word_list
from secondment_desk.vacancy import lexicon as places_lexicon
from secondment_desk.vacancy.cfc import REF_RE, post_table, table_span, table_words
from secondment_desk.vacancy.dates import DATE_RE, find_dates
from secondment_desk.vacancy.labels import lexicon as label_lexicon
from secondment_desk.vacancy.labels import norm_label
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
# A numbered item or heading: "1.2 Location", "2. Context", "3.1.4 The ..." (not a date,
# "13.05.2025", a time, "12.00.", nor a number without its dot).
_NUMBERED = re.compile(
    r"(?<=\S)[ \t]+(?=(?:\d{1,2}\.(?:[1-9]\d?\.?)*|\d{1,2}(?:\.[1-9]\d?)+)"
    r"[ \t]+[A-Z\u00c0-\u00de\u0410-\u042f])"
)
# A sentence's end before the next one's capital (two letters or a closing bracket before the
# stop, so "No. 12" and "e.g. The" stay together, and not after a short abbreviation: "Ref.
# Name of the post", "Mr. Smith").
_SENTENCE = re.compile(
    r"(?<=[^\W\d_]{2}[.;!?…])(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)"  # not "Ref. Name"
    r"[ \t]+(?=[\"“(]?[A-Z\u00c0-\u00de\u0410-\u042f])"
)
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
    if line[start:end].isupper() and _in_capitals(line, start, end):
        return False  # "... AND OTHER ACTIVITIES OF THE ...", "STAFF VACANCY 250974"
    if _label_value(line, start):
        return False  # "Parent Sector : Education Sector (ED)": a label's value
    rest = line[end : end + 3].lstrip(" \t")
    if not rest or rest[0] in ":|":
        return True  # "Your responsibilities:", "Background |" (a table cell), as laid out
    if len(words) > 1 and not all(w[0].isupper() or len(w) <= 3 for w in words):
        return False  # "Education and training" in a sentence stays; "Education and Training"
    if rest[0].isalpha() and rest[0].islower():
        return False
    before = line[max(0, start - 2) : start].rstrip(" \t")
    return not before or before[-1] in ".;:!?)•" or len(words) > 1 or line[start:end].isupper()


def _in_capitals(line: str, start: int, end: int) -> bool:
    """Whether a heading in capitals is a word of a longer run of them (a title or a line in
    capitals, which stands on its own line whole: see _caps_headings; a label in capitals
    with its value: "NOTE : NOB")."""
    before = line[max(0, start - 30) : start].split()
    after = line[end : end + 30].lstrip(" \t:").split()
    return any(
        words and words[i].strip(",;()[]'’").isupper() for words, i in ((before, -1), (after, 0))
    )


def _label_value(line: str, start: int) -> bool:
    """Whether ``start`` opens the value of a header label ("Parent Sector : |Education")."""
    colon = line.rfind(":", max(0, start - 3), start)
    if colon < 0 or line[colon + 1 : start].strip(" \t"):
        return False
    return _label_before(line, 0, colon) is not None


_TOKEN = re.compile(r"\S+")
_ITEM_NUMBER = re.compile(r"\d{1,2}\.(?:\d{1,2}\.?)*")
_CAPS_LETTERS = 15  # a heading in capitals, not an acronym or two ("OSCE SMM")


def _caps_headings(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of words in capitals long enough to be a heading ("ADJOINT
    ADMINISTRATIF, G6", "CHEF DE BUREAU, AFFAIRES POLITIQUES") that a capitalised word ends."""
    run: list[re.Match[str]] = []
    for token in _TOKEN.finditer(line):
        word = token.group().strip(",;:()[]")
        if not run and token.group().startswith("(") and token.start():
            continue  # "... Committee (PRC)) GRADE: P3": the bracket ends the words before it
        if word.isupper() or (run and (word.isdigit() or not any(c.isalnum() for c in word))):
            run.append(token)  # "... (PRC)) - 30001200": a dash or a number goes on with it
            continue
        letters = sum(c.isalpha() for t in run for c in t.group())
        if (
            letters >= _CAPS_LETTERS
            and (
                (word[:1].isupper() and any(c.islower() for c in word))
                or _ITEM_NUMBER.fullmatch(token.group()) is not None  # "... RURAL 1. Antecedentes"
            )
            and not _dated(line, run[-1], token)  # "DEADLINE ... APPLICATIONS 24 November"
        ):
            # a run ending in a label's colon ("LIEU D'AFFECTATION :") keeps its value
            end = len(line) if run[-1].group().endswith(":") else run[-1].end()
            yield run[0].start(), end
        run = []


def _dated(line: str, last: re.Match[str], following: re.Match[str]) -> bool:
    """Whether a date runs from the run's last word into the next ("24 November 2025")."""
    return bool(find_dates(line, max(0, last.end() - 3), min(len(line), following.end() + 8)))


_ITEM_CHARS = 160  # the longest item of a list of posts (vacancy/cfc.py reads up to 160)
_LIST_ITEMS = 3  # items that make a list, not a sentence naming a place
_CAPITAL_NEXT = re.compile(r"[ \t]+(?=[A-Z\u00c0-\u00de\u0410-\u042f])")
_INTRO = re.compile(r":(?=[ \t]+[A-Z\u00c0-\u00de\u0410-\u042f])")


def _item_ends(line: str) -> list[int]:
    """Where an item of a list of posts ends before the next one's capital: after its place
    ("Operations Officer, Zugdidi Monitor ...") or its count ("Reporter (3 posts) Monitor")."""
    ends = [m.end() for m in table_words().count.finditer(line)]
    for m in places_lexicon.places().city_re.finditer(line):
        ends.append(m.end())
    return sorted(at for at in set(ends) if _CAPITAL_NEXT.match(line, at))


def _list_items(line: str) -> set[int]:
    """The breaks of a list of posts one a line after its introducing colon ("... the
    following seconded posts: Head of Department, Tbilisi Deputy Head ..., Tbilisi Reporter,
    Tbilisi (3 posts) ..."): after the colon and after each item, where three or more items
    follow one another, none longer than a line of such a list."""
    out: set[int] = set()
    ends = _item_ends(line)
    if len(ends) < _LIST_ITEMS:
        return out
    for intro in _INTRO.finditer(line):
        items: list[int] = []
        pos = intro.end()
        for at in ends:
            if at <= pos:
                continue
            if at - pos > _ITEM_CHARS or ":" in line[pos:at]:
                break
            items.append(at)
            pos = at
        if len(items) >= _LIST_ITEMS:
            out.add(intro.end())
            out.update(items)
    return out


@cache
def _group_heading() -> re.Pattern[str]:
    """A grouping heading of a call's table with its count: "Seconded (16)",
    "Seconded/Contracted (4)" (the regimes and count nouns of posts.json)."""
    data = load_json_resource("vacancy/posts.json")
    regimes = alternation(word_list(data, "regimes", "vacancy/posts.json"))
    return re.compile(r"(?<![\w/])(?:" + regimes + r")[ \t]*\([ \t]*\d{1,3}[^()]{0,20}\)", re.I)


_PAGE = re.compile(r"(?<!\S)Page[ \t]+\d{1,3}[ \t]+of[ \t]+\d{1,3}(?!\S)", re.I)
_STARRED = re.compile(r"\*+(?=[ \t]+[A-Z\u00c0-\u00de])")  # "Justice Adviser* Programme ..."
_WORDS = re.compile(r"[^\W\d_]+")
# a label piece between two rows: "Job Titles/ Vacancy Notices:"
_FURNITURE_END = re.compile(r":(?=[ \t])|(?<=\w)/(?=[ \t])")


def _refless_rows(text: str, start: int, end: int) -> set[int]:
    """The rows of a call's table copied without its reference column, flattened: titles
    under a grouping heading ("Seconded (16) Ministerial Adviser* Programme Manager 29 Mar
    2017 Chief of Finance ..."), one a line again: around the heading, each availability
    date and page number, after a starred title or a count, and after a job's noun before
    the next title's capital (vacancy/cfc.py reads such a table one title a line)."""
    out: set[int] = set()
    for pattern in (_group_heading(), DATE_RE, _PAGE):
        for m in pattern.finditer(text, start, end):
            out.update((m.start() - 1, m.end()))
    for pattern in (_STARRED, table_words().count, _FURNITURE_END):
        out.update(m.end() for m in pattern.finditer(text, start, end))
    # two titles run together ("Programme Evaluation Manager Chief of Finance"): after a
    # job's noun before a capital (a title whose field follows its noun, "Police Adviser
    # Traffic", is split too: the table's count of rows matters more than one title)
    nouns = signal_lexicon().title_noun
    for m in _WORDS.finditer(text, start, end):
        word = m.group().casefold()
        if (word in nouns or (word.endswith("s") and word[:-1] in nouns)) and _CAPITAL_NEXT.match(
            text, m.end()
        ):
            out.add(m.end())
    return {at for at in out if start - 1 <= at < end and text[at] in " \t"}


def _table_rows(text: str) -> set[int]:
    """Breaks between the rows of a call's table of posts that has no reference column (a
    table with references is read flattened by vacancy/cfc.py, its rows kept whole)."""
    span = table_span(text)
    if not span or REF_RE.search(text, *span):
        return set()
    heading = _group_heading().search(text, *span)
    if not heading:
        return set()
    return _refless_rows(text, heading.start(), span[1])


_HEADER_REACH = 2000  # a notice's header, where labels stand as a table's cells
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z\u00c0-\u00de\u0410-\u042f][^\W\d_]*")
_AFTER_CELL = re.compile(r"[ \t]+(?=[A-Z\u00c0-\u00de\u0410-\u042f\d])")


def _cell_labels(line: str) -> Iterator[int]:
    """The space before each header label of two words or more that stands without its colon
    (after it, where it is a numbered heading: "1.1 Job Title Project Associate"),
    as a page's table cells flattened ("... oPt Closing Date Reference Number Temporary
    Appointment, NOC Level Duty Station East Jerusalem"): every word capitalised, the next
    cell's capital after it."""
    lex = label_lexicon()
    words = list(_CAPITALISED.finditer(line, 0, min(len(line), _HEADER_REACH)))
    for i, first in enumerate(words):
        if first.group().casefold() not in lex.first_words:
            continue
        for k in range(min(lex.longest, len(words) - i), 1, -1):
            run = words[i : i + k]
            if any(b.start() - a.end() != 1 for a, b in itertools.pairwise(run)):
                continue  # the words of one cell, one space apart
            label = line[first.start() : run[-1].end()]
            if (
                lex.by_label.get(norm_label(label))
                and _AFTER_CELL.match(line, run[-1].end())
                and not _inside_label(line, first.start(), run[-1].end())
            ):
                if _NUMBER_BEFORE.search(line, 0, first.start()):
                    yield run[-1].end()  # "1.1 Job Title": a numbered heading, its value under
                else:
                    yield first.start() - 1
                break


_NUMBER_BEFORE = re.compile(r"(?<!\S)(?:\d{1,2}\.)+\d{0,2}[ \t]+$")
_CELL_REACH = 40  # "Application Deadline (Midnight Duty Station Time) :": a label inside one


def _inside_label(line: str, start: int, end: int) -> bool:
    """Whether the words are part of a longer label or a bracket: an open "(" before them,
    a colon soon after them."""
    before = line[max(0, start - _CELL_REACH) : start]
    return before.count("(") > before.count(")") or ":" in line[end : end + _CELL_REACH]


_LATIN_THEN_CJK = re.compile(
    r"(?<=[A-Za-z0-9\u00c0-\u024f.)?!])[ \t]+(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


_DASH_ITEM = re.compile(r"[ \t]+(?=[-–][ \t]+[A-Z\u00c0-\u00de])")
_BRACKETED_REF = re.compile(r"\((?:" + REF_RE.pattern + r")\)")
_LISTED_REACH = 130  # a listed post's title before its bracketed reference


def _dash_items(line: str) -> Iterator[int]:
    """The space before each dash of a list of posts, one "- Title (VN 002/2025) ..." an
    item (a dash inside a sentence has no bracketed reference after it)."""
    dashes = [m.start() for m in _DASH_ITEM.finditer(line)]
    for i, at in enumerate(dashes):
        stop = min(len(line), at + _LISTED_REACH)
        if i + 1 < len(dashes):
            stop = min(stop, dashes[i + 1])
        if _BRACKETED_REF.search(line, at, stop):
            yield at


# A page's posting stamp starts a line after the title: with its time ("01/08/2018 - 13:38")
# it stands on a line of its own, the kind of contract under it; a date alone ("18.06.2025")
# where a name or a number comes before it (not a label's colon, nor "from ... to").
_STAMP = re.compile(r"(?<!\S)\d{2}([./])\d{2}\1\d{4}(?P<time>[ \t]+[-–][ \t]+\d{2}:\d{2})?(?!\S)")
# A call's name ("3-2016 Call for Contributions") and an EU body's ("European Union Special
# Representative in Kosovo") each stand on a line of their own at the top of a call.
_CALL_NAME = re.compile(r"(?:\d{1,2}[-/]\d{4}[ \t]+)?Call for Contributions", re.I)
_EU_NAME = re.compile(r"European Union[ \t]+(?=[A-Z])|EUROPEAN UNION[ \t]+(?=[A-Z])")
_TOP = 1000  # how far into a flattened call its header runs


def _place_lines(line: str) -> Iterator[int]:
    """The spaces around a city with its own country ("Semera, Ethiopia") at the top of a
    page, a line of its own between the title and what follows ("Head of Field Office
    Semera, Ethiopia Full time Deadline ..."), where capitalised words stand on both sides."""
    for m in places_lexicon.places().city_re.finditer(line, 0, min(len(line), _TOP)):
        country = places_lexicon.city_country(m.group())
        if not country or not line.startswith(", " + country, m.end()):
            continue
        end = m.end() + 2 + len(country)
        if end < len(line) and (line[end].isalnum() or line[end] in "-'’"):
            continue  # "Niger" of "Nigeria"
        before = line[max(0, m.start() - 30) : m.start()].split()
        if before and (before[-1][:1].isupper() or before[-1].endswith(")")):
            yield m.start() - 1
        if _CAPITAL_NEXT.match(line, end):
            yield end


def _name_breaks(line: str) -> Iterator[int]:
    """The spaces around a call's name and before an EU body's name where another name
    runs into it (a capitalised word or a number before it, not "the")."""
    for m in _CALL_NAME.finditer(line, 0, min(len(line), _TOP)):
        if m.start() and line[m.start() - 1] in " \t":
            yield m.start() - 1
        if _CAPITAL_NEXT.match(line, m.end()):
            yield m.end()
    for m in _EU_NAME.finditer(line, 0, min(len(line), _TOP)):
        before = line[max(0, m.start() - 30) : m.start()].split()
        if before and (before[-1][0].isupper() or before[-1][0].isdigit()):
            yield m.start() - 1
            dated = find_dates(line, max(0, m.start() - 30), m.start())
            if dated and dated[-1].end >= m.start() - 2 and dated[-1].start:
                yield dated[-1].start - 1  # "... Officer 15 August 2025 European Union ..."
    yield from _place_lines(line)
    for m in _STAMP.finditer(line, 0, min(len(line), _TOP)):
        before = line[max(0, m.start() - 30) : m.start()].split()
        if not before:
            continue
        if not (m.group("time") or before[-1][0].isupper() or before[-1][-1].isdigit()):
            continue  # "from 19/01/2021 to ...", "application: 09/07/2025"
        if not m.group("time") and _after_label(line, m.start()):
            continue  # "Closing Date 12/05/2025": a label's value
        yield m.start() - 1
        if m.group("time"):
            yield m.end()


def _after_label(line: str, at: int) -> bool:
    """Whether the words right before ``at`` are a header label or a deadline label, without
    their colon ("Closing Date 12/05/2025", "Date Posted 18.06.2025")."""
    words = line[max(0, at - 60) : at].split()
    by_label = label_lexicon().by_label
    deadline = signal_lexicon().deadline.phrases
    for k in range(1, min(len(words), label_lexicon().longest) + 1):
        label = " ".join(words[-k:])
        if norm_label(label) in by_label or label.casefold() in deadline:
            return True
    return False


def _breaks(text: str, start: int, end: int) -> set[int]:
    """Offsets of the spaces in ``text[start:end]`` that become line breaks."""
    line = text[start:end]
    out: set[int] = set()
    for a, b in _caps_headings(line):  # a heading in capitals stands on its own line
        if a and line[a - 1] in " \t":
            out.add(start + a - 1)
        if b < len(line):
            out.add(start + b)
    for m in _BULLET.finditer(line):
        out.add(start + m.end() - 1)
    out.update(start + at for at in _list_items(line))
    out.update(start + at for at in _dash_items(line))
    out.update(start + at for at in _name_breaks(line) if 0 <= at < len(line))
    out.update(start + at for at in _cell_labels(line) if at >= 0 and line[at] in " \t")
    # a page in Chinese, Japanese or Korean around an English notice: its own words after
    # each English run (a menu, a label) stand apart from it ("... Uzbekistan 立即申请 ...")
    out.update(start + m.start() for m in _LATIN_THEN_CJK.finditer(line))
    for pattern in (_SENTENCE, _SENTENCE_AFTER_BRACKET, _NUMBERED):
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
        numbered = _NUMBER_BEFORE.search(line, 0, m.start())  # "1. Background": one line
        if m.start() and line[m.start() - 1] in " \t" and not numbered:
            out.add(start + m.start() - 1)
        after = m.end()
        heading_colon = _COLON.match(line, after, after + 3)
        if heading_colon:  # the heading alone on its line, its text below, as laid out
            after = heading_colon.end()
        if after < len(line) and line[after] in " \t":
            out.add(start + after)
    deadline = lex.deadline
    low = line.lower()
    spans = list(deadline.spans(low))
    for at, stop in spans:  # "Application deadline 2 years ago: 6 Dec 2021"
        if (
            at
            and not any(a < at < b for a, b in spans)  # "Deadline" of "Application Deadline"
            and not _NUMBER_BEFORE.search(line, 0, at)  # "1.6 Application Deadline"
            and line[at - 1] in " \t"
            and line[at].isupper()
            and find_dates(line, stop, stop + 60)
        ):
            out.add(start + at - 1)
    return out


# A page's text with its markup left in ("WSU Finance and Accounting<br /> Officer<br />"):
# the tags that end a line in the page end it in the text, inside a table too.
_LINE_TAG = re.compile(r"(?:<br[ \t]*/?>|</(?:p|div|li|tr|h[1-6])>)(?=[ \t])", re.I)


def _tag_breaks(text: str, start: int, end: int) -> set[int]:
    return {m.end() for m in _LINE_TAG.finditer(text, start, end)}


def reflow(text: str) -> str:
    """``text`` with line breaks where a flattened paragraph lost them (see the module)."""
    # a text of one line is flattened whatever its length; otherwise only a very long line is
    longest = FLAT_LINE if "\n" in text.strip() else ONE_LINE
    if len(text) < longest or text.count("\n") * _AVERAGE > len(text):
        return text
    label_lexicon()  # loaded before the first line is searched (fails on a broken file)
    spaces: set[int] = set()
    tags: set[int] = set()
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if end - pos > longest:
            spaces |= _breaks(text, pos, end)
            tags |= _tag_breaks(text, pos, end)
        pos = end + 1
    table = post_table(text)  # a call's table of posts is read flattened (vacancy/cfc.py):
    if table:  # its rows are not split at the capitals and labels inside them
        spaces = {at for at in spaces if not table[0] <= at < table[1]}
    else:
        spaces |= _table_rows(text)
    spaces |= tags
    if not spaces:
        return text
    chars = list(text)
    for at in spaces:
        if chars[at] in " \t":
            chars[at] = "\n"
    return "".join(chars)
