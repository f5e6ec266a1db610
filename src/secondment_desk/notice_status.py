"""Whether a notice can still be applied to and judged: cancelled, closed, partial or open.

The one place the checklist, the deadlines, the documents and the faces ask. The parser
carries the notice's own status on the model (``Vacancy.status``: cancelled, closed,
partial, open, decided by ``vacancy/status.py``); :func:`_derived_status` reads it, and
"closed" is judged again on the day asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from secondment_desk.i18n import N_, _
from secondment_desk.models.vacancy import Vacancy

Status = Literal["open", "cancelled", "closed", "partial"]

# Facts a partial copy leaves unjudged, by the field the parser could not find.
_NOT_JUDGED: dict[str, str] = {
    "education_level": N_("education"),
    "min_years_experience": N_("experience"),
    "languages_mandatory": N_("languages"),
}


@dataclass(frozen=True)
class NoticeState:
    """What stops or limits judging a notice, in words for the candidate."""

    status: Status
    closed_on: date | None = None
    not_judged: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    @property
    def closed(self) -> bool:
        return self.closed_on is not None or self.status == "closed"

    @property
    def partial(self) -> bool:
        return bool(self.not_judged)

    @property
    def open(self) -> bool:
        return not (self.cancelled or self.closed)

    def problem(self) -> str | None:
        """The sentence that stops the application, or None while it can go ahead."""
        if self.cancelled:
            return _("The notice says this opening is cancelled: it takes no applications.")
        if self.closed_on is not None:
            return _("The notice closed on {date}.").format(date=self.closed_on.isoformat())
        if self.closed:
            return _("The notice says this opening is closed.")
        return None

    def partial_sentence(self) -> str | None:
        if not self.not_judged:
            return None
        return _(
            "This copy of the notice has no requirement list: {parts} could not be judged; "
            "read the official notice."
        ).format(parts=", ".join(_(part) for part in self.not_judged))


@dataclass(frozen=True, slots=True)
class NoticeFacts:
    """What :func:`notice_state` reads of a notice that does not change with the day: sealed
    in an application's summary, so a list judges the notice without its full text."""

    cancelled: bool
    not_judged: tuple[str, ...] = ()  # untranslated (N_) names of what is left unjudged
    warnings: tuple[str, ...] = ()  # the parser's warnings less the status sentences


def notice_facts(vacancy: Vacancy) -> NoticeFacts:
    """The day-independent part of ``vacancy``'s state (see :func:`notice_state`)."""
    from secondment_desk.vacancy.status import is_cancelled, status_warning

    if vacancy.status is None:  # stored before the parser said: the text decides
        cancelled = is_cancelled(vacancy.text, vacancy.title)
    else:
        cancelled = vacancy.status == "cancelled"
    partial = not vacancy.requirements  # what a copy without requirements leaves unjudged
    not_judged: tuple[str, ...] = ()
    if partial:
        not_judged = tuple(
            words
            for name, words in _NOT_JUDGED.items()
            if name in vacancy.missing or not getattr(vacancy, name)
        ) or (N_("the requirements"),)
    # problem() and partial_sentence() say these themselves
    said = {status_warning(vacancy, "cancelled"), status_warning(vacancy, "closed")}
    if not_judged:
        said.add(status_warning(vacancy, "partial"))
    return NoticeFacts(cancelled, not_judged, tuple(w for w in vacancy.warnings if w not in said))


def notice_state_of(facts: NoticeFacts, closing: date | None, today: date) -> NoticeState:
    """The state on ``today`` of a notice whose day-independent facts and closing date are
    known (closed once its closing date passed)."""
    closed_on = closing if closing is not None and closing < today else None
    status: Status = "cancelled" if facts.cancelled else "closed" if closed_on else "open"
    return NoticeState(status, closed_on, facts.not_judged, facts.warnings)


def notice_state(vacancy: Vacancy, today: date | None = None) -> NoticeState:
    """The state of ``vacancy``'s notice on ``today`` (closed once its closing date passed)."""
    return notice_state_of(notice_facts(vacancy), vacancy.closing_date, today or date.today())
