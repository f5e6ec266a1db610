"""The post table of a real call, re-laid in every shape copies of calls come in, reads the same.

The development part of the real-notice corpus holds Calls for Contributions whose posts were
read by hand (``tests/fixtures/vacancies/corpus/dev/*.expected.json``). Each call's table is cut
out of its text and written again from those hand-read posts in the shapes copied calls show
(one row a line, the whole table flattened into one paragraph as a PDF text layer gives it,
cells split by '|' or ' / ', a line break after each reference, one cell a line, several
references on one row of a repeated post, grouping headings "Seconded (n)" over the rows;
the columns in other orders under a header naming them (title first, place before title, a
count, regime or row-number column), split by '|', tabs or spaces, one cell a line, or
flattened; titles wrapped onto a line or a continuation row of their own; references
stacked, joined, elided ("UA08, 09") or as ranges ("GEO ZM 12-14") in one cell, or written
glued, hyphenated or dotted; place cells naming the country; the table saved as an HTML page);
the call's own header and the text after its table are kept as published. Every shape must
give the same posts: reference, title, duty station and the contract type of its grouping.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from secondment_desk.vacancy import parse_text
from secondment_desk.vacancy.cfc import table_span
from secondment_desk.vacancy.readers import html_page
from tests.vacancy.test_eeas_page_variants import VALUES

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "vacancies" / "corpus" / "dev"
# Availability cells as calls write them, given to the rows in turn.
AVAILABILITY = ("ASAP", "01 Dec 2024", "01.12.2024", "01/11/2023", "16 Sep 2016", "TBC")
HEADING = {"seconded": "Seconded", "seconded/contracted": "Seconded/Contracted",
           "contracted": "Contracted"}  # fmt: skip
MIN_POSTS = 3  # a call needs this many fully read posts to be re-laid


@dataclass(frozen=True)
class Row:
    refs: tuple[str, ...]
    title: str
    place: str
    when: str
    regime: str
    index: int = 0  # the row's number, where a table numbers its rows


def _calls() -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """(name, text, posts) of each dev call whose table the parser finds, with its posts that
    state a reference, a title, a duty station and a contract type."""
    for expected in sorted(DEV.glob("eu_*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        posts = [
            p
            for p in data
            if all(p.get(k) for k in ("requisition_id", "title", "duty_station", "contract_type"))
        ]
        notice = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        text = notice.read_text(encoding="utf-8")
        if len(posts) >= MIN_POSTS and table_span(text) is not None:
            yield notice.stem, text, posts


CALLS = list(_calls())


def _groups(posts: list[dict[str, Any]], merge: bool) -> list[tuple[str, list[Row]]]:
    """Rows under their grouping headings in the call's order; with ``merge``, a run of posts
    of one title, place and regime becomes one row of several references (at most three)."""
    out: list[tuple[str, list[Row]]] = []
    when = itertools.cycle(AVAILABILITY)
    for regime, run in itertools.groupby(posts, key=lambda p: str(p["contract_type"])):
        rows: list[Row] = []
        for (title, place), same in itertools.groupby(
            run, key=lambda p: (str(p["title"]), str(p["duty_station"]))
        ):
            refs = [str(p["requisition_id"]) for p in same]
            size = 3 if merge else 1
            for i in range(0, len(refs), size):
                rows.append(
                    Row(tuple(refs[i : i + size]), title, place, next(when), regime, len(rows) + 1)
                )
        out.append((regime, rows))
    return out


def _heading(regime: str, rows: list[Row]) -> str:
    return f"{HEADING[regime]} ({sum(len(r.refs) for r in rows)})"


def _title(row: Row) -> str:
    return f"{row.title} ({len(row.refs)} positions)" if len(row.refs) > 1 else row.title


def _table(posts: list[dict[str, Any]], sep: str, merge: bool = False) -> str:
    """One row a line, cells joined by ``sep``."""
    lines = [sep.join(("Ref.", "Name of the post", "Location", "Availability"))]
    for regime, rows in _groups(posts, merge):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines.append(sep.join((" ".join(row.refs), _title(row), row.place, row.when)))
    return "\n".join(lines) + "\n"


def _lines(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " ")


def _flat(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " ").replace("\n", " ") + "\n"


def _pipes(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " | ")


def _slashes(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " / ")


def _break_after_ref(posts: list[dict[str, Any]]) -> str:
    lines = ["Ref.", "Name of the post Location Availability"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines += [row.refs[0], f"{row.title} {row.place} {row.when}"]
    return "\n".join(lines) + "\n"


def _cell_per_line(posts: list[dict[str, Any]]) -> str:
    lines = ["Ref.:", "Name of the post:", "Location:", "Availability:"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines += [row.refs[0], row.title, row.place, row.when]
    return "\n\n".join(lines) + "\n\n"


def _several_refs(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " ", merge=True)


def _several_refs_flat(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " ", merge=True).replace("\n", " ") + "\n"


def _pipes_flat(posts: list[dict[str, Any]]) -> str:
    return _table(posts, " | ").replace("\n", " ") + "\n"


def _merged(posts: list[dict[str, Any]], key: str) -> list[tuple[str, list[list[dict[str, Any]]]]]:
    """Runs of posts of one regime and one ``key`` (title, or title and place), at most four."""
    out: list[tuple[str, list[list[dict[str, Any]]]]] = []
    for regime, run in itertools.groupby(posts, key=lambda p: str(p["contract_type"])):
        rows: list[list[dict[str, Any]]] = []
        for _, same in itertools.groupby(run, key=lambda p: tuple(str(p[k]) for k in key.split())):
            group = list(same)
            rows += [group[i : i + 4] for i in range(0, len(group), 4)]
        out.append((regime, rows))
    return out


def _merged_table(
    posts: list[dict[str, Any]], key: str, cells: Callable[[list[dict[str, Any]]], str]
) -> str:
    lines = ["Ref. Name of the post Location Availability"]
    for regime, rows in _merged(posts, key):
        lines.append(f"{HEADING[regime]} ({sum(len(r) for r in rows)} positions)")
        for row in rows:
            refs = " ".join(str(p["requisition_id"]) for p in row)
            count = f" ({len(row)} posts)" if len(row) > 1 else ""
            lines.append(f"{refs} {row[0]['title']}{count} {cells(row)}")
    return "\n".join(lines) + "\n"


def _place_per_ref(posts: list[dict[str, Any]]) -> str:
    """ "RCC 03 RCC 04 Senior Expert (2 posts) Niamey Agadez ASAP": a place for each reference."""
    return _merged_table(
        posts, "title", lambda row: " ".join(str(p["duty_station"]) for p in row) + " ASAP"
    )


def _date_per_ref(posts: list[dict[str, Any]]) -> str:
    """ "MA 47 MA 48 Trainer (2 posts) Bamako 31 Dec 2017 05 Dec 2017": a date for each."""
    dates = itertools.cycle(AVAILABILITY[1:5])
    return _merged_table(
        posts, "title duty_station",
        lambda row: str(row[0]["duty_station"]) + " " + " ".join(next(dates) for _ in row),
    )  # fmt: skip


def _comma_refs(posts: list[dict[str, Any]]) -> str:
    """ "UA08, UA09 / Analyst (2 positions) / Kyiv / September": references joined by commas."""
    lines = ["Ref. / Name of the post / Location / Available on"]
    for regime, rows in _groups(posts, True):
        lines.append(f"{HEADING[regime]} ({sum(len(r.refs) for r in rows)})")
        for row in rows:
            lines.append(" / ".join((", ".join(row.refs), _title(row), row.place, "September")))
    return "\n".join(lines) + "\n"


def _starred(posts: list[dict[str, Any]]) -> str:
    """Footnote marks after references and titles ("GEO AR 11 * Press Officer", "Officer**")."""
    lines = ["Ref. Name of the post Location Availability"]
    for regime, rows in _groups(posts, False):
        lines.append(f"{HEADING[regime]} ({sum(len(r.refs) for r in rows)})")
        for i, row in enumerate(rows):
            ref = row.refs[0] + (" *" if i % 3 == 0 else "")
            title = row.title + ("**" if i % 3 == 1 else "")
            lines.append(f"{ref} {title} {row.place} {row.when}")
    return " ".join(lines) + "\n"


# What a PDF's page break leaves inside a table its text layer runs together: the page's
# number, the running header, the document's registry stamp.
PAGE_BREAKS = (
    "2 / 64 EUROPEAN EXTERNAL ACTION SERVICE",
    "Page 3 of 64 Annex 1 – Requirements and Job Descriptions",
    "Ref. Ares(2020)3319428 - 25/06/2020 4 / 64",
)


def _page_breaks(posts: list[dict[str, Any]], flat: bool) -> str:
    breaks = itertools.cycle(PAGE_BREAKS)
    lines = _table(posts, " ").rstrip("\n").split("\n")
    out: list[str] = []
    for n, line in enumerate(lines):
        out.append(line)
        if n and n % 5 == 0 and n < len(lines) - 1:
            out.append(next(breaks))
    return (" " if flat else "\n").join(out) + "\n"


def _headers(posts: list[dict[str, Any]]) -> str:
    """The header row and grouping headings as other calls write them."""
    table = _table(posts, " ").replace(
        "Ref. Name of the post Location Availability",
        "Ref.: Name of the Post: Location: Available on:",
    )
    return re.sub(r"^(Seconded/Contracted|Seconded|Contracted) \((\d+)\)$", r"\1 (\2 positions)",
                  table, flags=re.M)  # fmt: skip


def _capitals_and_short_dates(posts: list[dict[str, Any]]) -> str:
    """ "UAC 31 Head of Department KYIV 01-Jun-20 ASAP": places in capitals, dates as
    dd-Mon-yy, and a second availability cell."""
    lines = ["Ref: Name of the Post: Location: Availability:"]
    dates = itertools.cycle(("01-Apr-20 ASAP", "28-Aug-20", "ASAP"))
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines.append(f"{row.refs[0]} {row.title} {row.place.upper()} {next(dates)}")
    return " ".join(lines) + "\n"


def _place_and_country(posts: list[dict[str, Any]]) -> str:
    """ "LIBHM15 | Head of Office | Tripoli, Libya | ASAP": the place cell names the country."""
    country = {str(p["duty_station"]): str(p.get("country") or "") for p in posts}
    lines = ["Ref. | Name of the post | Location | Availability"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            place = f"{row.place}, {country[row.place]}" if country[row.place] else row.place
            lines.append(" | ".join((row.refs[0], row.title, place, row.when)))
    return "\n".join(lines) + "\n"


def _tabs(posts: list[dict[str, Any]]) -> str:
    return _table(posts, "\t")


def _markdown(posts: list[dict[str, Any]]) -> str:
    """A converted HTML table: '| cell | cell |' rows under a '|---|' rule."""
    lines = ["| Reference | Post | Location | Available from |", "|---|---|---|---|"]
    for regime, rows in _groups(posts, False):
        lines.append(f"| {_heading(regime, rows).upper()} | | | |")
        for row in rows:
            lines.append(f"| {row.refs[0]} | {row.title} | {row.place} | {row.when} |")
    return "\n".join(lines) + "\n"


def _refs_joined(posts: list[dict[str, Any]], joint: str) -> str:
    lines = ["Ref. Name of the post Location Availability"]
    for regime, rows in _groups(posts, True):
        lines.append(_heading(regime, rows).replace("/", " / "))
        for row in rows:
            lines.append(f"{joint.join(row.refs)} {_title(row)} {row.place} {row.when}")
    return "\n".join(lines) + "\n"


HEADING_WORDINGS: tuple[Callable[[str, str], str], ...] = (
    lambda h, n: f"{h} – {n} positions",
    lambda h, n: f"{h}: {n} posts",
    lambda h, n: f"{h.upper()} POSITIONS ({n})",
    lambda h, n: f"{h} positions",
    lambda h, n: f"International {h} ({n})",
)


def _heading_wording(posts: list[dict[str, Any]], k: int, flat: bool) -> str:
    """The grouping headings as other calls word them."""
    wording = HEADING_WORDINGS[k]
    heading = re.compile(r"^(Seconded/Contracted|Seconded|Contracted) \((\d+)\)$", re.M)
    table = heading.sub(lambda m: wording(m.group(1), m.group(2)), _table(posts, " "))
    return table.replace("\n", " ") + "\n" if flat else table


def _headless(posts: list[dict[str, Any]], flat: bool) -> str:
    """The table without its header row, as a page conversion may drop it."""
    table = _table(posts, " ").split("\n", 1)[1]
    return table.replace("\n", " ") + "\n" if flat else table


def _twice(posts: list[dict[str, Any]]) -> str:
    """A document host's copy: the table's text layer run together and cut in a row's title,
    then the page's transcript holding the whole table a row a line."""
    lines = _table(posts, " ").rstrip("\n").split("\n")
    half = " ".join(lines[: max(3, len(lines) // 2)])
    cut = lines[max(3, len(lines) // 2)] if len(lines) > 3 else ""
    cut = cut[: len(cut) // 2 + 4] if cut[:1] != "S" else ""  # into the next row's title
    return (
        f"{half} {cut}\n\nTranscript of the document\n\nPage 1: {lines[0]}\n\n"
        + "\n".join(lines)
        + "\n"
    )


# The columns of a table, as other calls order them: a header row names each column, so the
# rows read the same whatever the order.
COLUMN_HEADINGS = {"ref": "Ref.", "title": "Name of the post", "place": "Location",
                   "when": "Availability", "count": "Number of posts", "regime": "Regime",
                   "index": "No."}  # fmt: skip
COLUMN_ORDERS: dict[str, tuple[str, ...]] = {
    "title-first": ("title", "ref", "place", "when"),
    "place-before-title": ("ref", "place", "title", "when"),
    "availability-before-place": ("ref", "title", "when", "place"),
    "count-column": ("ref", "title", "count", "place", "when"),
    "count-first": ("count", "ref", "title", "place", "when"),
    "regime-column": ("ref", "title", "place", "regime", "when"),
    "row-numbers": ("index", "ref", "title", "place", "when"),
    "row-numbers-title-first": ("index", "title", "ref", "place", "when"),
}


def _cell(row: Row, column: str) -> str:
    return {
        "index": str(row.index),
        "regime": HEADING[row.regime],
        "ref": " ".join(row.refs),
        "title": row.title,
        "place": row.place,
        "when": row.when,
        "count": str(len(row.refs)),
    }[column]


def _ordered(
    posts: list[dict[str, Any]], order: tuple[str, ...], sep: str, header: bool = True
) -> str:
    """One row a line, its cells in ``order`` joined by ``sep``, under a header naming them."""
    lines = [sep.join(COLUMN_HEADINGS[c] for c in order)] if header else []
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        lines += [sep.join(_cell(row, c) for c in order) for row in rows]
    return "\n".join(lines) + "\n"


def _ordered_cells_per_line(posts: list[dict[str, Any]], order: tuple[str, ...]) -> str:
    """One cell a line (no blank line between them), the header's cells too, in ``order``."""
    lines = [COLUMN_HEADINGS[c] for c in order]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines += [_cell(row, c) for c in order]
    return "\n".join(lines) + "\n"


def _ordered_flat(posts: list[dict[str, Any]], order: tuple[str, ...]) -> str:
    """The same flattened into one paragraph, as a PDF's text layer runs a table together."""
    return _ordered(posts, order, " ").replace("\n", " ") + "\n"


def _header_line_cells_per_line(posts: list[dict[str, Any]], wrap: bool = False) -> str:
    """A PDF text dump: the header row on one line, then each cell of a row on a line of its
    own, a long title maybe broken over two."""
    lines = ["Ref.: Name of the Post: Location: Availability:"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            head, tail = _wrapped(row) if wrap else (row.title, "")
            lines += [row.refs[0], head, *([tail] if tail else []), row.place, row.when]
    return "\n".join(lines) + "\n"


def _wrapped(row: Row) -> tuple[str, str]:
    """A title broken where a narrow cell breaks it: its last word(s) on the next line."""
    words = row.title.split(" ")
    if len(words) < 2:
        return row.title, ""
    cut = max(1, len(words) // 2)
    return " ".join(words[:cut]), " ".join(words[cut:])


def _wrapped_titles(posts: list[dict[str, Any]]) -> str:
    """ "SOM 01 Senior Legal" / "Adviser Mogadishu ASAP": the row's line broken in its title."""
    lines = ["Ref. Name of the post Location Availability"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            head, tail = _wrapped(row)
            if tail:
                lines += [f"{row.refs[0]} {head}", f"{tail} {row.place} {row.when}"]
            else:
                lines.append(f"{row.refs[0]} {row.title} {row.place} {row.when}")
    return "\n".join(lines) + "\n"


def _wrapped_titles_in_pipes(posts: list[dict[str, Any]]) -> str:
    """A text dump of a table whose title cell wraps: a continuation row holding only the rest
    of the title ("| | Adviser | | |")."""
    lines = ["| Ref. | Name of the post | Location | Availability |"]
    for regime, rows in _groups(posts, False):
        lines.append(f"| {_heading(regime, rows)} | | | |")
        for row in rows:
            head, tail = _wrapped(row)
            lines.append(f"| {row.refs[0]} | {head} | {row.place} | {row.when} |")
            if tail:
                lines.append(f"| | {tail} | | |")
    return "\n".join(lines) + "\n"


def _wrapped_titles_in_tabs(posts: list[dict[str, Any]]) -> str:
    """The same in a tab-separated dump: the continuation line holds a tab, then the rest."""
    lines = ["Ref.\tName of the post\tLocation\tAvailability"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        for row in rows:
            head, tail = _wrapped(row)
            lines.append("\t".join((row.refs[0], head, row.place, row.when)))
            if tail:
                lines.append(f"\t{tail}\t\t")
    return "\n".join(lines) + "\n"


def _stacked_refs_in_pipes(posts: list[dict[str, Any]]) -> str:
    """A row of several posts whose reference cell holds one reference a line (a converted
    table's cell with line breaks): "| UAC 22" / "UAC 23 | Reporting Officer (2 positions) |..."."""
    lines = ["| Ref. | Name of the post | Location | Availability |"]
    for regime, rows in _groups(posts, True):
        lines.append(f"| {_heading(regime, rows)} | | | |")
        for row in rows:
            refs = "\n".join(row.refs)
            lines.append(f"| {refs} | {_title(row)} | {row.place} | {row.when} |")
    return "\n".join(lines) + "\n"


def _refs_joined_in_pipes(posts: list[dict[str, Any]], joint: str) -> str:
    lines = ["Ref. | Name of the post | Location | Availability"]
    for regime, rows in _groups(posts, True):
        lines.append(_heading(regime, rows))
        for row in rows:
            lines.append(" | ".join((joint.join(row.refs), _title(row), row.place, row.when)))
    return "\n".join(lines) + "\n"


def _table_a_group(posts: list[dict[str, Any]], sep: str) -> str:
    """A table for each grouping, its header row repeated under each grouping heading."""
    header = sep.join(("Ref.", "Name of the post", "Location", "Availability"))
    lines: list[str] = []
    for regime, rows in _groups(posts, False):
        lines += [_heading(regime, rows), header]
        lines += [sep.join((row.refs[0], row.title, row.place, row.when)) for row in rows]
    return "\n".join(lines) + "\n"


LAYOUTS: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "a-table-a-group-spaces": functools.partial(_table_a_group, sep=" "),
    "a-table-a-group-pipes": functools.partial(_table_a_group, sep=" | "),
    "a-table-a-group-tabs": functools.partial(_table_a_group, sep="\t"),
    **{
        f"columns-{name}-{kind}": functools.partial(_ordered, order=order, sep=sep)
        for name, order in COLUMN_ORDERS.items()
        for kind, sep in (("pipes", " | "), ("tabs", "\t"), ("spaces", " "))
    },
    **{
        f"columns-{name}-cell-per-line": functools.partial(_ordered_cells_per_line, order=order)
        for name, order in COLUMN_ORDERS.items()
    },
    **{
        f"columns-{name}-flattened": functools.partial(_ordered_flat, order=order)
        for name, order in COLUMN_ORDERS.items()
        if order[-1] == "when"
    },
    "header-on-a-line-cells-per-line": _header_line_cells_per_line,
    "header-on-a-line-cells-per-line-titles-wrapped": functools.partial(
        _header_line_cells_per_line, wrap=True
    ),
    "cell-per-line-no-blank-lines": functools.partial(
        _ordered_cells_per_line, order=("ref", "title", "place", "when")
    ),
    "pipes-no-header-row": functools.partial(
        _ordered, order=("ref", "title", "place", "when"), sep=" | ", header=False
    ),
    "tabs-no-header-row": functools.partial(
        _ordered, order=("ref", "title", "place", "when"), sep="\t", header=False
    ),
    "titles-wrapped": _wrapped_titles,
    "titles-wrapped-in-pipes": _wrapped_titles_in_pipes,
    "titles-wrapped-in-tabs": _wrapped_titles_in_tabs,
    "references-stacked-in-a-pipe-cell": _stacked_refs_in_pipes,
    "references-joined-by-commas-in-pipes": lambda posts: _refs_joined_in_pipes(posts, ", "),
    "references-joined-by-semicolons-in-pipes": lambda posts: _refs_joined_in_pipes(posts, "; "),
    "references-joined-by-and-in-pipes": lambda posts: _refs_joined_in_pipes(posts, " and "),
}


SHAPES: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "twice-over-first-cut": _twice,
    "no-header-row": functools.partial(_headless, flat=False),
    "no-header-row-flattened": functools.partial(_headless, flat=True),
    **{
        f"heading-wording-{k}{'-flattened' if flat else ''}": functools.partial(
            _heading_wording, k=k, flat=flat
        )
        for k in range(len(HEADING_WORDINGS))
        for flat in (False, True)
    },
    "tabs": _tabs,
    "markdown-table": _markdown,
    "references-joined-by-slashes": lambda posts: _refs_joined(posts, " / "),
    "references-joined-by-and": lambda posts: _refs_joined(posts, " and "),
    "capitals-and-short-dates": _capitals_and_short_dates,
    "place-and-country": _place_and_country,
    "page-breaks-in-lines": lambda posts: _page_breaks(posts, flat=False),
    "page-breaks-flattened": lambda posts: _page_breaks(posts, flat=True),
    "other-headers": _headers,
    "pipes-flattened": _pipes_flat,
    "a-place-per-reference": _place_per_ref,
    "a-date-per-reference": _date_per_ref,
    "references-joined-by-commas": _comma_refs,
    "footnote-marks-flattened": _starred,
    "one-row-a-line": _lines,
    "flattened": _flat,
    "pipes": _pipes,
    "slashes": _slashes,
    "break-after-ref": _break_after_ref,
    "cell-per-line": _cell_per_line,
    "several-refs-a-row": _several_refs,
    "several-refs-flattened": _several_refs_flat,
    **LAYOUTS,
}


def _relaid(text: str, table: str) -> str:
    span = table_span(text)
    assert span is not None
    start, end = span
    before, after = text[:start].rstrip(" "), text[end:].lstrip(" ")
    return before + ("" if before.endswith("\n") else "\n") + table + after


def _norm(value: object) -> str:
    return re.sub(r" ?/ ?", "/", re.sub(r"\s+", " ", str(value))).strip().casefold()


def _read(posts: list[dict[str, Any]]) -> dict[str, tuple[str, str, str]]:
    return {
        str(p["requisition_id"]): (
            _norm(p["title"]),
            _norm(p["duty_station"]),
            _norm(p["contract_type"]),
        )
        for p in posts
    }


def test_the_dev_part_has_calls_to_re_lay() -> None:
    assert len(CALLS) >= 4, [name for name, _, _ in CALLS]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize(("name", "text", "posts"), CALLS, ids=[c[0] for c in CALLS])
def test_a_re_laid_table_gives_the_same_posts(
    name: str, text: str, posts: list[dict[str, Any]], shape: str
) -> None:
    variant = _relaid(text, SHAPES[shape](posts))
    parsed = parse_text(variant, f"{name}.txt", today=date(2000, 1, 1))
    got = {
        str(v.requisition_id): (
            _norm(v.title),
            _norm(v.duty_station),
            _norm(v.contract_type),
        )
        for v in parsed
        if v.requisition_id is not None
    }
    want = _read(posts)
    missing = {ref: want[ref] for ref in want if got.get(ref) != want[ref]}
    assert not missing, {ref: (want[ref], got.get(ref)) for ref in missing}
    assert len(parsed) == len(posts), sorted(got)


def _first_screens() -> Iterator[tuple[str, str]]:
    """(name, text) of each dev call cut right after its header block's second label, and
    every 300 characters after that: what a page's first screen of the call may hold."""
    labels = re.compile(r"Organi[sz]ation:|Job Location:|Employment Regime:|Staff Regime:", re.I)
    for expected in sorted(DEV.glob("eu_*.expected.json")):
        if not isinstance(json.loads(expected.read_text(encoding="utf-8")), list):
            continue
        notice = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        text = notice.read_text(encoding="utf-8")
        found = list(labels.finditer(text))
        if len(found) < 2:
            continue
        for cut in range(found[1].end() + 40, len(text), 300):
            yield f"{notice.stem}[:{cut}]", text[:cut]


FIRST_SCREENS = list(_first_screens())


@pytest.mark.parametrize(("name", "text"), FIRST_SCREENS, ids=[s[0] for s in FIRST_SCREENS])
def test_a_call_s_first_screen_is_read_not_refused(name: str, text: str) -> None:
    assert parse_text(text, f"{name}.txt", today=date(2000, 1, 1))


# A call's deadline as calls print it: "Friday 02 October 2015 at 1700 (Brussels time)",
# "Wednesday, 27 November at 17:00 (Brussels time)", "Friday 9 March 2018 at 17:00 Brussels time".
CALL_DEADLINE = re.compile(
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?\d{1,2}\s+"
    r"[A-Z][a-z]+(?:\s+\d{4})?\s+at\s+\d{2}:?\d{2}(?:\s*hours)?\s*\(?Brussels time\)?"
)


def _dated_calls() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for expected in sorted(DEV.glob("eu_*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        if not isinstance(data, list) or not data[0].get("closing_time"):
            continue
        notice = expected.with_name(expected.name.replace(".expected.json", ".txt"))
        text = notice.read_text(encoding="utf-8")
        if CALL_DEADLINE.search(text):
            yield notice.stem, text, data[0]


DATED_CALLS = list(_dated_calls())


@pytest.mark.parametrize("value", sorted(VALUES))
@pytest.mark.parametrize(("name", "text", "first"), DATED_CALLS, ids=[c[0] for c in DATED_CALLS])
def test_a_call_s_deadline_written_otherwise_reads_the_same(
    name: str, text: str, first: dict[str, Any], value: str
) -> None:
    m = CALL_DEADLINE.search(text)
    assert m is not None
    closing = date.fromisoformat(str(first["closing_date"]))
    written = VALUES[value](closing, str(first["closing_time"]).split(" ")[0])
    posts = parse_text(text[: m.start()] + written + text[m.end() :], f"{name}.txt")
    assert {str(p.closing_date) for p in posts} == {first["closing_date"]}
    assert {p.closing_time for p in posts} == {first["closing_time"]}


def test_the_dev_part_has_dated_calls() -> None:
    assert len(DATED_CALLS) >= 3, [c[0] for c in DATED_CALLS]


def _named_calls() -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(name, text, first post, the mission's full name) of the dev calls whose text names
    the mission in full before its acronym, "European Union ... in Niger (EUCAP Sahel Niger)"."""
    for name, text, posts in CALLS:
        office = str(posts[0].get("office") or "")
        full = re.search(
            r"(European Union [^()\n]{5,120}?)\s*\(\s*" + re.escape(office), text, re.I
        )
        if office and full:
            yield name, text, posts[0], re.sub(r"\s+", " ", full.group(1)).strip()


NAMED_CALLS = list(_named_calls())
# The call's heading and "Organisation:" label as calls write them: (full name, acronym).
CALL_HEADS: dict[str, Callable[[str, str], str]] = {
    "label-full-and-acronym": lambda full, acr: (
        f"Annex 1\n{full} ({acr})\nCall for "
        f"Contributions\nOrganisation: {full} ({acr})\nJob Location: As indicated below\n"
    ),
    "label-acronym": lambda full, acr: (
        f"Annex 1\n{acr} Call for Contributions\n"
        f"Organisation: {acr}\nJob Location: As indicated below\n"
    ),
    "flattened-labels-then-values": lambda full, acr: (
        f"Annex 1 {full} ({acr}) Call for "
        f"Contributions Organisation: Job Location: Availability: {full} ({acr}) As indicated "
        "below As indicated below "
    ),
    "acronym-then-call-name": lambda full, acr: (
        f"{acr} – 2-2019 Call for Contributions\nOrganisation: {acr}\n"
        "Job Location: As indicated below\n"
    ),
    "capitals-heading": lambda full, acr: (
        f"CALL FOR CONTRIBUTIONS\n{full.upper()} ({acr.upper()})\n"
        "Job Location: As indicated below\n"
    ),
    "mission-label": lambda full, acr: (
        f"Annex 1\nCall for Contributions\nMission: {full} ({acr})\n"
        "Job Location: As indicated below\n"
    ),
    "one-part-a-line": lambda full, acr: (
        f"Annex 1\n\n{full}\n\n({acr})\n\nCall for "
        f"Contributions\n\nOrganisation:\n\n{acr}\n\nJob location:\n\nAs indicated below\n\n"
    ),
}


@pytest.mark.parametrize("head", sorted(CALL_HEADS))
@pytest.mark.parametrize(("name", "text", "first", "full"), NAMED_CALLS,
                         ids=[c[0] for c in NAMED_CALLS])  # fmt: skip
def test_a_call_s_heading_written_otherwise_names_the_same_office(
    name: str, text: str, first: dict[str, Any], full: str, head: str
) -> None:
    span = table_span(text)
    assert span is not None
    variant = CALL_HEADS[head](full, str(first["office"])) + text[span[0] :]
    posts = parse_text(variant, f"{name}.txt", today=date(2000, 1, 1))
    assert {_norm(p.office) for p in posts} == {_norm(first["office"])}
    assert {p.country for p in posts} == {first["country"]}


def test_the_dev_part_has_calls_named_in_full() -> None:
    assert len(NAMED_CALLS) >= 3, [c[0] for c in NAMED_CALLS]


# One place for the whole call, in its header instead of a column: "Job Location: Bamako".
HEADER_PLACES: dict[str, Callable[[str, str], str]] = {
    "city": lambda city, country: city,
    "city-comma-country": lambda city, country: f"{city}, {country}",
    "city-bracketed-country": lambda city, country: f"{city} ({country})",
}


def _one_place_calls() -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    for name, text, posts in CALLS:
        if len({p["duty_station"] for p in posts}) == 1 and posts[0].get("country"):
            yield name, text, posts


ONE_PLACE_CALLS = list(_one_place_calls())


@pytest.mark.parametrize("header", ["label-and-value", "value-on-next-line", "labels-then-values"])
@pytest.mark.parametrize("place", sorted(HEADER_PLACES))
@pytest.mark.parametrize(("name", "text", "posts"), ONE_PLACE_CALLS,
                         ids=[c[0] for c in ONE_PLACE_CALLS])  # fmt: skip
def test_a_call_s_one_place_in_its_header_is_every_post_s_duty_station(
    name: str, text: str, posts: list[dict[str, Any]], place: str, header: str
) -> None:
    city, country = str(posts[0]["duty_station"]), str(posts[0]["country"])
    office = str(posts[0].get("office") or "EU Mission")
    lines = ["Ref. Name of the post Availability"]
    for regime, rows in _groups(posts, False):
        lines.append(_heading(regime, rows))
        lines += [f"{row.refs[0]} {row.title} {row.when}" for row in rows]
    where = HEADER_PLACES[place](city, country)
    head = {
        "label-and-value": f"Organisation: {office}\nJob Location: {where}\n"
        "Availability: As indicated below\n",
        "value-on-next-line": f"Organisation:\n\n{office}\n\nJob Location:\n\n{where}\n\n"
        "Availability:\n\nAs indicated below\n\n",
        "labels-then-values": f"Organisation: Job Location: Availability: {office} {where} "
        "As indicated below ",
    }[header]
    head = f"Annex 1\n{office} Call for Contributions\n" + head
    parsed = parse_text(head + "\n".join(lines) + "\n", f"{name}.txt", today=date(2000, 1, 1))
    assert {_norm(p.duty_station) for p in parsed} == {_norm(city)}
    assert {p.country for p in parsed} == {country}
    assert len(parsed) == len(posts)


def test_the_dev_part_has_calls_of_one_place() -> None:
    assert len(ONE_PLACE_CALLS) >= 2, [c[0] for c in ONE_PLACE_CALLS]


def _one_regime_calls() -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    for name, text, posts in CALLS:
        if len({p["contract_type"] for p in posts}) == 1:
            yield name, text, posts


ONE_REGIME_CALLS = list(_one_regime_calls())


@pytest.mark.parametrize("header", ["label-and-value", "value-on-next-line", "labels-then-values"])
@pytest.mark.parametrize(("name", "text", "posts"), ONE_REGIME_CALLS,
                         ids=[c[0] for c in ONE_REGIME_CALLS])  # fmt: skip
def test_a_call_s_one_regime_in_its_header_is_every_post_s_contract_type(
    name: str, text: str, posts: list[dict[str, Any]], header: str
) -> None:
    regime = HEADING[str(posts[0]["contract_type"])]
    office = str(posts[0].get("office") or "EU Mission")
    head = {
        "label-and-value": f"Organisation: {office}\nJob Location: As indicated below\n"
        f"Employment Regime: {regime}\n",
        "value-on-next-line": f"Organisation:\n\n{office}\n\nJob Location:\n\nAs indicated "
        f"below\n\nEmployment Regime:\n\n{regime}\n\n",
        "labels-then-values": f"Organisation: Job Location: Employment Regime: {office} As "
        f"indicated below {regime} ",
    }[header]
    lines = ["Ref. Name of the post Location Availability"]
    for _, rows in _groups(posts, False):
        lines += [f"{row.refs[0]} {row.title} {row.place} {row.when}" for row in rows]
    variant = f"Annex 1\n{office} Call for Contributions\n{head}" + "\n".join(lines) + "\n"
    parsed = parse_text(variant, f"{name}.txt", today=date(2000, 1, 1))
    assert {p.contract_type for p in parsed} == {posts[0]["contract_type"]}
    assert len(parsed) == len(posts)


def _combinations() -> Iterator[tuple[str, str, str, str, str, str, list[dict[str, Any]]]]:
    """Heading, table and deadline shapes combined, a dozen draws a named call (seeded)."""
    for name, _text, first, full in NAMED_CALLS:
        posts = next(p for n, _, p in CALLS if n == name)
        draw = random.Random(name)
        for _ in range(12):
            head = draw.choice(sorted(CALL_HEADS))
            shape = draw.choice(sorted(SHAPES))
            value = draw.choice(sorted(VALUES))
            yield (
                f"{name}-{head}-{shape}-{value}",
                head,
                shape,
                value,
                full,
                str(first["office"]),
                posts,
            )


COMBINATIONS = list(_combinations())
COMBINED_DEADLINE = date(2024, 11, 27)


@pytest.mark.parametrize(
    ("case", "head", "shape", "value", "full", "office", "posts"),
    COMBINATIONS,
    ids=[c[0] for c in COMBINATIONS],
)
def test_heading_table_and_deadline_shapes_combined(
    case: str,
    head: str,
    shape: str,
    value: str,
    full: str,
    office: str,
    posts: list[dict[str, Any]],
) -> None:
    deadline = "Deadline for applications: " + VALUES[value](COMBINED_DEADLINE, "17:00") + "\n"
    text = CALL_HEADS[head](full, office) + SHAPES[shape](posts) + deadline
    parsed = parse_text(text, f"{case}.txt", today=date(2000, 1, 1))
    got = {
        str(v.requisition_id): (_norm(v.title), _norm(v.duty_station), _norm(v.contract_type))
        for v in parsed
    }
    want = _read(posts)
    assert {r: got.get(r) for r in want if got.get(r) != want[r]} == {}
    assert len(parsed) == len(posts)
    assert {_norm(v.office) for v in parsed} == {_norm(office)}
    assert {str(v.closing_date) for v in parsed} == {COMBINED_DEADLINE.isoformat()}
    assert {v.closing_time for v in parsed} == {"17:00 Europe/Brussels"}


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str) -> str:
    return "\n".join(f"<p>{_escape(line)}</p>" for line in text.split("\n") if line.strip())


HtmlCell = Callable[[Row, str], str]


def _html_cell(row: Row, column: str) -> str:
    return _escape(_cell(row, column))


def _html_table(
    posts: list[dict[str, Any]],
    order: tuple[str, ...] = ("ref", "title", "place", "when"),
    cell: HtmlCell = _html_cell,
    merge: bool = False,
) -> str:
    """The table as a saved page holds it: a header of <th>, a grouping heading as a row of
    one cell spanning the table, one <tr> a row."""
    out = ["<table>", "<tr>" + "".join(f"<th>{COLUMN_HEADINGS[c]}</th>" for c in order) + "</tr>"]
    for regime, rows in _groups(posts, merge):
        out.append(f'<tr><td colspan="{len(order)}">{_heading(regime, rows)}</td></tr>')
        for row in rows:
            out.append("<tr>" + "".join(f"<td>{cell(row, c)}</td>" for c in order) + "</tr>")
    return "\n".join([*out, "</table>"])


def _wrapped_cell(row: Row, column: str) -> str:
    """ "Senior Legal<br>Adviser": a title cell broken as the page's narrow column wraps it."""
    if column != "title":
        return _html_cell(row, column)
    head, tail = _wrapped(row)
    return _escape(head) + (f"<br>{_escape(tail)}" if tail else "")


def _paragraph_cell(row: Row, column: str) -> str:
    """Each cell's text in a <p> of its own, as word processors save a table."""
    return f"<p>{_html_cell(row, column)}</p>"


def _stacked_cell(row: Row, column: str) -> str:
    """A row of several posts with one reference a line in its reference cell."""
    if column == "ref":
        return "<br>".join(_escape(r) for r in row.refs)
    if column == "title":
        return _escape(_title(row))
    return _html_cell(row, column)


HTML_TABLES: dict[str, Callable[[list[dict[str, Any]]], str]] = {
    "cells": _html_table,
    "title-first": functools.partial(_html_table, order=("title", "ref", "place", "when")),
    "place-before-title": functools.partial(_html_table, order=("ref", "place", "title", "when")),
    "count-column": functools.partial(
        _html_table, order=("ref", "title", "count", "place", "when")
    ),
    "regime-column": functools.partial(
        _html_table, order=("ref", "title", "place", "regime", "when")
    ),
    "numbered-rows": functools.partial(
        _html_table, order=("index", "ref", "title", "place", "when")
    ),
    "wrapped-titles": functools.partial(_html_table, cell=_wrapped_cell),
    "paragraphs-in-cells": functools.partial(_html_table, cell=_paragraph_cell),
    "references-stacked": functools.partial(_html_table, cell=_stacked_cell, merge=True),
}


@pytest.mark.parametrize("shape", sorted(HTML_TABLES))
@pytest.mark.parametrize(("name", "text", "posts"), CALLS, ids=[c[0] for c in CALLS])
def test_a_call_saved_as_a_page_gives_the_same_posts(
    name: str, text: str, posts: list[dict[str, Any]], shape: str
) -> None:
    span = table_span(text)
    assert span is not None
    page = (
        "<html><body>"
        + _paragraphs(text[: span[0]])
        + HTML_TABLES[shape](posts)
        + _paragraphs(text[span[1] :])
        + "</body></html>"
    )
    read = html_page.read(page.encode("utf-8"), f"{name}.html")
    parsed = parse_text(read.text, read.source_name, today=date(2000, 1, 1))
    got = {
        str(v.requisition_id): (_norm(v.title), _norm(v.duty_station), _norm(v.contract_type))
        for v in parsed
        if v.requisition_id is not None
    }
    want = _read(posts)
    assert {r: (want[r], got.get(r)) for r in want if got.get(r) != want[r]} == {}
    assert len(parsed) == len(posts), sorted(got)


# A call that names its mission in full only, without the acronym anywhere: the office is the
# name as written (the convention of the dev calls that give no acronym).
FULL_NAME_HEADS: dict[str, Callable[[str], str]] = {
    "label": lambda full: (
        f"Annex 1\nCall for Contributions\nOrganisation: {full}\nJob Location: As indicated below\n"
    ),
    "heading": lambda full: f"Annex 1\n{full}\nCall for Contributions\n",
    "heading-in-capitals": lambda full: f"ANNEX 1\n{full.upper()}\nCALL FOR CONTRIBUTIONS\n",
}


@pytest.mark.parametrize("head", sorted(FULL_NAME_HEADS))
@pytest.mark.parametrize(("name", "text", "first", "full"), NAMED_CALLS,
                         ids=[c[0] for c in NAMED_CALLS])  # fmt: skip
def test_a_call_naming_its_mission_in_full_only_has_that_office(
    name: str, text: str, first: dict[str, Any], full: str, head: str
) -> None:
    span = table_span(text)
    assert span is not None
    acronym = str(first["office"])
    table = text[span[0] :].replace(acronym, "the Mission")
    posts = parse_text(FULL_NAME_HEADS[head](full) + table, f"{name}.txt", today=date(2000, 1, 1))
    assert {_norm(p.office) for p in posts} == {_norm(full)}
