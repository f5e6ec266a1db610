"""Closing and issue dates found by their labels, in every shape a notice gives them.

"Deadline to apply" with its date on the next line, "DEADLINE FOR APPLICATIONS24 November
2025", "Date limite d'envoi des candidatures : le 17 octobre 2025", "Période de candidature:
20 septembre 2016 - 03 octobre 2016" (the closing date is the range's end), "Application
Deadline (Midnight Paris Time) : 02 - SET - 2025", and a page's own date line at its top
("18.06.2025 Nouvelle opportunité"). The labels are data (resources/vacancy/dates.json); the
parser calls :func:`fill_dates` after its own key/value reading, so these fill what that left.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from secondment_desk.i18n import _
from secondment_desk.models.vacancy import ReadField
from secondment_desk.vacancy import fields as fx
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.dates import (
    DATE_RE,
    FoundDate,
    Order,
    find_dates,
    find_time,
    find_yearless,
    first_date,
    order_for,
    words,
)
from secondment_desk.vacancy.draft import Draft

_VALUE_REACH = 120  # characters after a label its value may start within


# What may stand between a label and the end of its line when the value is on the next line:
# the rest of a longer wording ("Deadline| for receipt of applications"), a zone in brackets
# ("(Brussels time)"), no digit, no sentence.
_LABEL_TAIL = re.compile(r"[ \t(]*[^\W\d_][^\d\n.!?;]{0,48}?[ \t:.\-–|*()]*")


_TAIL_WORDS = 5
# What may open a line before a label: a bullet, a number, a table's bar.
_LINE_OPENING = re.compile(r"[ \t\-–•*·|>#\d.)(]*")


def _label_tail(text: str, start: int, end: int) -> bool:
    return bool(_LABEL_TAIL.fullmatch(text, start, end)) and (
        len(text[start:end].split()) <= _TAIL_WORDS
    )


def _opens_line(text: str, label_start: int) -> bool:
    """The label opens its line: "Closing date" as a heading, not "... after the deadline"."""
    line_start = text.rfind("\n", 0, label_start) + 1
    return bool(_LINE_OPENING.fullmatch(text, line_start, label_start))


def _window(text: str, start: int, stop: int, tail: bool = False) -> int:
    """Where a label's value ends: its line, or the next line when the label ends its line
    (with ``tail``, also when only a few more words of a label follow it on its line)."""
    line_end = text.find("\n", start, stop)
    if line_end < 0:
        return stop
    rest = text[start:line_end].strip(" \t:.-–|*()")
    if rest and not (tail and _label_tail(text, start, line_end)):
        return line_end
    value = re.compile(r"\S").search(text, line_end, stop)  # skip blank lines
    if not value:
        return stop
    nxt = text.find("\n", value.start(), stop)
    return stop if nxt < 0 else nxt


def _first(text: str, start: int, end: int, order: Order) -> FoundDate | None:
    """The first date of ``text[start:end]`` read as if it began there (a value glued to its
    label: "End Datejunio 15, 2024")."""
    found = first_date(text[start:end], 0, None, order)
    if not found:
        return None
    return FoundDate(found.iso, found.start + start, found.end + start, found.ambiguous)


def labelled_closing(
    text: str,
    start: int = 0,
    end: int | None = None,
    order: Order = "DMY",
    after: date | Callable[[], date | None] | None = None,
) -> tuple[FoundDate, int] | None:
    """The first closing-date label followed by a date; the date and its line's end.

    With ``after`` (the notice's own date, or a function giving it, asked only when needed),
    a date written without its year is read as the
    first such day from then on.
    """
    stop = len(text) if end is None else end
    for label_start, label_end in words().closing.spans(text, start, stop):
        reach = _window(text, label_end, min(stop, label_end + _VALUE_REACH + 80))
        found = _first(text, label_end, min(reach, label_end + _VALUE_REACH), order)
        if (
            found
            and not _opens_line(text, label_start)
            and not _next_line_ok(text, label_end, found)
        ):
            found = None
        if not found and _opens_line(text, label_start):
            # "Deadline for receipt of applications" / its date on the next line
            found = _next_line_date(text, label_end, stop, order)
        if not found and after is not None:
            since = after() if callable(after) else after
            if since is not None:
                found = find_yearless(text, label_end, min(reach, label_end + _VALUE_REACH), since)
        if found:
            return found, reach
    return None


def _next_line_ok(text: str, label_end: int, found: FoundDate) -> bool:
    """A date on the line after a label inside a sentence ("... a más tardar" / "el 7 de
    septiembre de 2016") is its value only when the label's line does not end the sentence
    there ("after the deadline.") and the date opens its line ("Starting date: 1 May" is
    another label's value)."""
    line_end = text.find("\n", label_end, found.start)
    if line_end < 0:
        return True  # on the label's own line
    if text[label_end:line_end].strip(" \t")[:1] in {".", "!", "?", ";"}:
        return False
    line_start = text.rfind("\n", 0, found.start) + 1
    return bool(_WEEKDAY_AT_MOST.fullmatch(text, line_start, found.start))


def _next_line_date(text: str, label_end: int, stop: int, order: Order) -> FoundDate | None:
    """A date opening the line after a label whose line ends in a few more label words."""
    line_end = text.find("\n", label_end, stop)
    if line_end < 0 or not _label_tail(text, label_end, line_end):
        return None
    reach = _window(text, label_end, min(stop, label_end + _VALUE_REACH + 80), tail=True)
    value = re.compile(r"\S").search(text, line_end, reach)
    if value is None:
        return None
    found = _first(text, value.start(), reach, order)
    # the date must open that line, after a weekday at most ("Saturday, 15 March 2025"):
    # a "Starting date: 1 May" line is another label's value
    if found is None or not _WEEKDAY_AT_MOST.fullmatch(text, value.start(), found.start):
        return None
    return found


_WEEKDAY_AT_MOST = re.compile(r"(?:[^\W\d_]{1,12}\.?,?[ \t]+)?")


def labelled_range(
    text: str, start: int = 0, end: int | None = None, order: Order = "DMY"
) -> tuple[FoundDate, FoundDate, int] | None:
    """A period label with two dates ("from - to"): (first, last, end of its line)."""
    stop = len(text) if end is None else end
    for _a, label_end in words().ranges.spans(text, start, stop):
        reach = _window(text, label_end, min(stop, label_end + _VALUE_REACH + 80))
        found = find_dates(text, label_end, reach, order)
        if len(found) >= 2 and found[0].iso <= found[-1].iso:
            return found[0], found[-1], reach
    return None


def labelled_issue(
    text: str, start: int = 0, end: int | None = None, order: Order = "DMY"
) -> FoundDate | None:
    stop = len(text) if end is None else end
    for _a, label_end in words().issue.spans(text, start, min(stop, 20000)):
        reach = _window(text, label_end, min(stop, label_end + _VALUE_REACH))
        found = _first(text, label_end, reach, order)
        if found:
            return found
    return None


_NUMERIC_LINE = re.compile(  # "18.06.2025", "24/03/2021 - 13:35", "1 August 2018"
    r"^[ \t]*(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[ \t]+[^\W\d_]{3,9}\.?[ \t]+\d{4})"
    r"(?:[ \t]*[-–][ \t]*\d{1,2}:\d{2})?"
    r"(?:[ \t]+[^\W\d_][^\n]{0,30})?[ \t]*$",
    re.M,
)


def dateline(text: str, order: Order = "DMY") -> FoundDate | None:
    """A page's own date at its top: "18.06.2025 Nouvelle opportunité", "24/03/2021 - 13:35".

    Only among the first eight lines, and not when the line above is a label ("Retrieved
    on:"), which makes it that label's value.
    """
    head_end = 0
    for _n in range(8):
        nxt = text.find("\n", head_end + 1)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt
    for m in _NUMERIC_LINE.finditer(text, 0, head_end):
        above = text[: m.start()].rstrip().rsplit("\n", 1)[-1]
        if above.rstrip().endswith(":") or any(words().closing.spans(above, 0, len(above))):
            continue  # a label over its value ("Closing Date" / "15 March 2024")
        found = first_date(text, m.start(1), m.end(1), order)
        if found:
            return found
    return None


_LETTER_HEAD = 2000  # a letter's place and date stand above its greeting
_AFTER_PLACE = re.compile(r",[ \t]*(?:(?:le|el|the)[ \t]+)?(?=\d)")


def letter_date(text: str, order: Order = "DMY") -> FoundDate | None:
    """A letter's place and date ("Santiago, 30 junio de 2015", "Bruxelles, le 3 mars 2024"):
    a known city, a comma, a full date at once."""
    for m in lexicon.places().city_re.finditer(text, 0, min(len(text), _LETTER_HEAD)):
        after = _AFTER_PLACE.match(text, m.end(1))
        if not after:
            continue
        found = first_date(text, after.end(), min(len(text), after.end() + 30), order)
        if found and found.start == after.end():
            return found
    return None


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _notice_year(text: str, order: Order) -> date | None:
    """The first of January of the year of the notice's first full date, if any."""
    found = first_date(text, 0, min(len(text), 5000), order)
    return date(int(found.iso[:4]), 1, 1) if found else None


def _hit(d: FoundDate) -> fx.Hit:
    return fx.Hit(d.iso, d.start, d.end)


def fill_dates(draft: Draft, text: str, start: int = 0, end: int | None = None) -> None:
    """Closing date and time, issue date, from labels; warn on a day/month order guessed."""
    org = draft.values.get("organization")
    order = order_for(org)
    cet_zone = "Europe/Brussels" if org == "EU" else "Europe/Vienna"
    if not draft.has("closing_date"):
        ranged = labelled_range(text, start, end, order)
        if ranged:
            first, last, reach = ranged
            draft.put("closing_date", last.iso, _hit(last))
            draft.put("issue_date", first.iso, _hit(first))
            _time(draft, text, last.end, reach, cet_zone)
    if not draft.has("issue_date"):
        issued = (
            labelled_issue(text, start, end, order)
            or dateline(text, order)
            or letter_date(text, order)
        )
        if issued:
            draft.put("issue_date", issued.iso, _hit(issued))
    if not draft.has("closing_date"):
        issue = draft.values.get("issue_date")
        closing = labelled_closing(
            text,
            start,
            end,
            order,
            date.fromisoformat(issue)
            if isinstance(issue, str)
            else (lambda: _notice_year(text, order)),
        )
        if closing:
            found, reach = closing
            draft.put("closing_date", found.iso, _hit(found))
            if not _YEAR.search(text, found.start, found.end):
                draft.warnings.append(
                    _(
                        "closing date written without its year ({written}): read as {iso} "
                        "from the notice's own dates; check it in the official notice"
                    ).format(written=text[found.start : found.end], iso=found.iso)
                )
            _time(draft, text, found.end, reach, cet_zone)
    span = draft.spans.get("closing_date")
    if span is not None and not draft.has("closing_time"):  # "by noon on September 7, 2007"
        line_start = text.rfind("\n", 0, span.start) + 1
        noon = words().noon.search(text, line_start, span.start)
        if noon:
            draft.put("closing_time", "12:00", fx.Hit("12:00", noon.start(), noon.end()))
        else:  # "12:00 (Brussels time) on 9 July 2025": the time before its date
            _time(draft, text, max(line_start, span.start - _TIME_BEFORE), span.start, cet_zone)
    warn_ambiguous(draft, text, order)


# A date's line that ends on the words before its hour ("... de 2016 a las" / "23:59 ..."):
# the hour is the next line's.
_HOUR_ON_NEXT_LINE = re.compile(r"(?:\b(?:a|hasta) las|\bà|\bat|\bby|\bдо|\bв)\s*$", re.I)
_TIME_BEFORE = 60  # "17:00 hrs (Brussels time) on Friday," stands right before its date


def _time(draft: Draft, text: str, start: int, end: int, cet_zone: str) -> None:
    if draft.has("closing_time"):
        return
    if _HOUR_ON_NEXT_LINE.search(text, start, end):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    found = find_time(text, start, min(end, start + 100), cet_zone)
    if found:
        draft.put("closing_time", found.value, fx.Hit(found.value, found.start, found.end))


def warn_ambiguous(draft: Draft, text: str, order: Order) -> None:
    """Say so when a numeric date's day and month could be swapped ("03/04/2025")."""
    named: tuple[tuple[ReadField, str], ...] = (
        ("closing_date", _("closing date")),
        ("issue_date", _("issue date")),
    )
    for name, what in named:
        span = draft.spans.get(name)
        value = draft.values.get(name)
        if span is None or not isinstance(value, str):
            continue
        m = DATE_RE.match(text, span.start, span.end)
        if not m or not m.group("d4"):
            continue
        found = find_dates(text, m.start(), m.end(), order)
        if found and found[0].ambiguous:
            rule = _("day first") if order == "DMY" else _("month first")
            draft.warnings.append(
                _(
                    "{what} {written} read as {iso} ({rule}, as this organisation writes "
                    "dates): check it in the official notice"
                ).format(what=what, written=m.group(), iso=value, rule=rule)
            )
