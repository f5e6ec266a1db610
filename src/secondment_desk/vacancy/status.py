"""The notice's own status: cancelled, closed (its closing date has passed), partial, or open.

The parser sets ``Vacancy.status`` once, with a warning the candidate reads; everything else
(``notice_status``, the checklist, the deadlines) asks :func:`status_of`, which also covers a
vacancy stored before the field existed. The words that mark a notice cancelled are data:
resources/vacancy/status.json (English, French, Spanish, Russian).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from secondment_desk.i18n import _
from secondment_desk.models.vacancy import Vacancy, VacancyStatus
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import alternation, load_json_resource, longest_first, word_list

HEAD = 3000  # a notice says it is cancelled at its top


@dataclass(frozen=True)
class Words:
    marker: re.Pattern[str]  # "[Cancelled]", "(Annulé)", a line "CANCELLED"
    sentence: re.Pattern[str]  # "this vacancy has been cancelled"
    stems: tuple[str, ...]  # one of these is in every marker and sentence


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, dict) or not value:
        raise ValueError(f"resources/vacancy/status.json: '{where}' must map languages to lists")
    out: list[str] = []
    for lang, items in value.items():
        if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
            raise ValueError(
                f"resources/vacancy/status.json: '{where}.{lang}' must be a list of strings"
            )
        out.extend(items)
    return out


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def words() -> Words:
    data = load_json_resource("vacancy/status.json")
    markers = longest_first(_strings(data.get("markers"), "markers"))
    sentences = _strings(data.get("sentences"), "sentences")
    for s in sentences:
        try:
            re.compile(s)
        except re.error as err:
            raise ValueError(f"resources/vacancy/status.json: bad pattern {s!r}: {err}") from err
    alt = alternation(markers)
    marker = re.compile(
        r"[\[(]\s*(?:" + alt + r")\s*[\])]"  # bracketed anywhere
        r"|^[ \t*•\-–]*(?:" + alt + r")[ \t]*(?:[:\-–!]|$)",  # alone on a line, or opening it
        re.I | re.M,
    )
    sentence = re.compile("|".join(f"(?:{s})" for s in sentences), re.I)
    stems = word_list(data, "stems", "vacancy/status.json")
    return Words(marker, sentence, tuple(x.casefold() for x in stems))


def is_cancelled(text: str, title: str | None = None) -> bool:
    """Whether the notice (its title, or its top) says the opening is cancelled.

    A site's banner cancelling a group's recruitments ("all SMM open recruitment processes
    are hereby cancelled") cancels this notice only when the notice names that group below
    the banner (a Mission in Kosovo post under the banner is open)."""
    w = words()
    if title and w.marker.search(title):
        return True
    found = _head_cancelled(text[:HEAD])
    if found is None:
        return False
    end, group = found
    return group is None or group in text[end:]


# "all SMM open recruitment processes", "all EUAM Ukraine vacancies": the group a banner names
_GROUP = re.compile(
    r"\ball\s+(?:the\s+)?(?:open\s+)?(?P<group>[A-Z][\w\-]*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]+)*)\s"
)


@lru_cache(maxsize=64)  # the posts of one call share its text
def _head_cancelled(head: str) -> tuple[int, str | None] | None:
    """(where the saying ends, the group a banner names or None) when the top says the
    opening is cancelled; None when it does not."""
    w = words()
    low = head.casefold()
    if not any(stem in low for stem in w.stems):
        return None
    marker = w.marker.search(head)
    if marker:
        return marker.end(), None
    sentence = w.sentence.search(head)
    if not sentence:
        return None
    start = head.rfind("\n", 0, sentence.start()) + 1
    group = _GROUP.search(head, start, sentence.end())
    return sentence.end(), group.group("group") if group else None


def partial_reasons(vacancy: Vacancy) -> list[str]:
    """What a partial copy lacks, in words: "requirement list", "closing date"."""
    out = []
    if not vacancy.requirements:
        out.append(_("requirement list"))
    if vacancy.closing_date is None:
        out.append(_("closing date"))
    return out


def status_of(
    vacancy: Vacancy, today: date | None = None, from_text: bool = False
) -> VacancyStatus:
    """cancelled > closed (closing date before ``today``, default today) > partial > open.

    Cancelled is the parser's word on the model; the text decides it when the model has none
    (a vacancy stored before the field existed) or ``from_text`` says so (the parser itself).
    """
    today = today or date.today()
    if from_text or vacancy.status is None:
        if is_cancelled(vacancy.text, vacancy.title):
            return "cancelled"
    elif vacancy.status == "cancelled":
        return "cancelled"
    if vacancy.closing_date is not None and vacancy.closing_date < today:
        return "closed"
    if partial_reasons(vacancy):
        return "partial"
    return "open"


def status_warning(vacancy: Vacancy, status: VacancyStatus) -> str | None:
    """The sentence that tells the candidate about ``status``; None when open."""
    if status == "cancelled":
        return _("the notice is marked cancelled: it takes no applications")
    if status == "closed" and vacancy.closing_date is not None:
        return _(
            "the closing date {date} has passed: this notice takes no more applications"
        ).format(date=vacancy.closing_date.isoformat())
    if status == "partial":
        return _(
            "this copy of the notice is partial (no {missing}): read the official notice"
        ).format(missing=_(" and no ").join(partial_reasons(vacancy)))
    return None


def status_warnings(vacancy: Vacancy) -> set[str]:
    """Every status sentence this vacancy could carry (so a caller can tell them apart)."""
    out = set()
    statuses: tuple[VacancyStatus, ...] = ("cancelled", "closed", "partial")
    for status in statuses:
        sentence = status_warning(vacancy, status)
        if sentence:
            out.add(sentence)
    return out


def apply_status(vacancies: Iterable[Vacancy], today: date | None = None) -> None:
    """Set each parsed vacancy's status and add its warning (the parser's last step)."""
    for vacancy in vacancies:
        status = status_of(vacancy, today, from_text=True)
        vacancy.status = status
        sentence = status_warning(vacancy, status)
        if sentence and sentence not in vacancy.warnings:
            vacancy.warnings = [sentence, *vacancy.warnings]
