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


def _derived_status(vacancy: Vacancy, today: date) -> Status:
    """The parser's status (``Vacancy.status``); "closed" judged on ``today``."""
    from secondment_desk.vacancy.status import status_of

    return status_of(vacancy, today)


def _closing(vacancy: Vacancy) -> date | None:
    return vacancy.closing_date


def notice_state(vacancy: Vacancy, today: date | None = None) -> NoticeState:
    """The state of ``vacancy``'s notice on ``today`` (closed once its closing date passed)."""
    today = today or date.today()
    status: Status = _derived_status(vacancy, today)
    closing = _closing(vacancy)
    closed_on = closing if closing is not None and closing < today else None
    partial = not vacancy.requirements  # what a copy without requirements leaves unjudged
    not_judged: tuple[str, ...] = ()
    if partial:
        not_judged = tuple(
            words
            for name, words in _NOT_JUDGED.items()
            if name in vacancy.missing or not getattr(vacancy, name)
        ) or (N_("the requirements"),)
    if status == "partial":
        status = "open"
    if status == "open" and closed_on is not None:
        status = "closed"
    from secondment_desk.vacancy.status import status_warning

    # problem() and partial_sentence() say these themselves
    said = {status_warning(vacancy, "cancelled"), status_warning(vacancy, "closed")}
    if not_judged:
        said.add(status_warning(vacancy, "partial"))
    return NoticeState(
        status, closed_on, not_judged, tuple(w for w in vacancy.warnings if w not in said)
    )
