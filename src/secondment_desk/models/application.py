"""An application: one candidate, one vacancy, the nominating state, deadlines and progress."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Self

from pydantic import AwareDatetime, BaseModel, Field, ValidationError

from secondment_desk.i18n import _
from secondment_desk.models.checklist import ChecklistDecision
from secondment_desk.models.dates import parse_iso_date
from secondment_desk.models.profile import new_id
from secondment_desk.models.vacancy import Vacancy


class Status(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"  # sent to the national body
    NOMINATED = "nominated"
    ASSESSMENT = "assessment"  # assessment / interview
    OFFER = "offer"
    NOT_SELECTED = "not_selected"
    WITHDRAWN = "withdrawn"


FINAL_STATUSES = frozenset({Status.OFFER, Status.NOT_SELECTED, Status.WITHDRAWN})

# Where each status may go next (withdrawing is always possible until a final status).
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.READY, Status.WITHDRAWN}),
    Status.READY: frozenset({Status.DRAFT, Status.SENT, Status.WITHDRAWN}),
    Status.SENT: frozenset({Status.NOMINATED, Status.NOT_SELECTED, Status.WITHDRAWN}),
    Status.NOMINATED: frozenset({Status.ASSESSMENT, Status.NOT_SELECTED, Status.WITHDRAWN}),
    Status.ASSESSMENT: frozenset({Status.OFFER, Status.NOT_SELECTED, Status.WITHDRAWN}),
    Status.OFFER: frozenset(),
    Status.NOT_SELECTED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}


class StatusChange(BaseModel):
    status: Status
    on: date
    note: str = ""


class RankedPost(BaseModel):
    """One post of a call that the application ranks (an EU call takes up to three)."""

    reference: str = Field(min_length=1, description="The post's reference, e.g. 'GEO ZM 12'.")
    title: str = ""
    location: str = ""

    def line(self, rank: int) -> str:
        where = f", {self.location}" if self.location else ""
        title = f" {self.title}" if self.title else ""
        return f"{rank}. {self.reference}{title}{where}"


def _now() -> datetime:
    return datetime.now(UTC)


class EventKind(StrEnum):
    CREATED = "created"
    STATUS = "status"
    DECISION = "decision"
    DOCUMENT = "document"  # a filled document, with its SHA-256
    EXPORT = "export"  # a package or other export, with its SHA-256
    NOTE = "note"
    CORRECTION = "correction"  # a field of the notice corrected: item = field, note = value


class ApplicationEvent(BaseModel):
    """One step of the application's history, kept sealed with it. Data only: the words
    are the core's (:func:`secondment_desk.applications.event_line`)."""

    at: AwareDatetime = Field(default_factory=_now)
    kind: EventKind
    status: str = ""  # STATUS: the new status; DECISION: the item's status ("" = computed)
    item: str = ""  # DECISION: the checklist item id
    file: str = ""  # DOCUMENT / EXPORT: the file's name
    sha256: str = ""
    note: str = ""
    # Who: the member (a server store's database role) or the local user, stamped by the store
    # when it saves the event (None until then; "" for an event stored before it said who).
    by: str | None = None


class Application(BaseModel):
    id: str = Field(default_factory=new_id)
    profile_id: str
    vacancy: Vacancy
    nominating_state: str | None = None
    lead_working_days: int | None = Field(
        default=None, ge=0, description="Overrides the state's default lead time."
    )
    delegation_deadline: date | None = Field(
        default=None, description="The date the national body gave; wins over the computed one."
    )
    history: list[StatusChange] = Field(default_factory=list)
    events: list[ApplicationEvent] = Field(
        default_factory=list, description="Everything that happened to it, oldest first."
    )
    decisions: dict[str, ChecklistDecision] = Field(
        default_factory=dict, description="Checklist decisions by item id."
    )
    cover_letter: str = ""
    ranked_posts: list[RankedPost] = Field(
        default_factory=list,
        description="Posts of the same call in order of preference (empty: this post alone).",
    )
    created_at: AwareDatetime = Field(default_factory=_now)
    updated_at: AwareDatetime = Field(default_factory=_now)

    # Records saved before dates were typed are read through _clear_unreadable_dates. Not as a
    # ``before`` model validator: that runs on Python objects, so every read of a stored
    # record's JSON built the whole dict first and validated it after (40% of a listing's
    # time); here the JSON is validated in one pass and only a record it refuses is read again.
    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Self:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as err:
            try:
                data = json.loads(json_data)
            except ValueError:
                raise err from None  # the JSON itself is broken
            fixed = _clear_unreadable_dates(data)
            if fixed is data:
                raise
        return super().model_validate(fixed, **kwargs)

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Self:
        return super().model_validate(_clear_unreadable_dates(obj), **kwargs)

    @property
    def status(self) -> Status:
        return self.history[-1].status if self.history else Status.DRAFT

    def move_to(self, status: Status, on: date | None = None, note: str = "") -> None:
        """Advance the pipeline; a move the pipeline does not allow raises ValueError."""
        if status not in TRANSITIONS[self.status]:
            raise ValueError(
                _("An application cannot go from '{old}' to '{new}'.").format(
                    old=self.status, new=status
                )
            )
        self.history.append(StatusChange(status=status, on=on or date.today(), note=note))
        self.events.append(ApplicationEvent(kind=EventKind.STATUS, status=status.value, note=note))


def _clear_unreadable_dates(data: Any) -> Any:
    """A record saved before dates were typed may hold "31/03/2026": it still opens, the
    date is cleared and the text kept in the vacancy's warnings, to be entered again."""
    if not isinstance(data, dict) or not isinstance(data.get("vacancy"), dict):
        return data
    vacancy = dict(data["vacancy"])
    cleared = False
    for name, label in (("issue_date", "issue date"), ("closing_date", "closing date")):
        text = vacancy.get(name)
        if not isinstance(text, str) or not text.strip():
            continue
        try:
            parse_iso_date(text)
        except ValueError as err:
            cleared = True
            vacancy[name] = None
            vacancy["warnings"] = [
                *vacancy.get("warnings", []),
                f"The stored {label} was cleared: {err}.",
            ]
            if name not in vacancy.get("missing", []):
                vacancy["missing"] = [*vacancy.get("missing", []), name]
    return {**data, "vacancy": vacancy} if cleared else data
