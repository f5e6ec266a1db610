"""The application service: one owner for "the application of this candidate for this post".

Both faces call these, so the GUI's Vacancy and Checklist screens and the CLI's ``form fill``
and ``checklist decide`` find, start and change applications by the same rules:

- :func:`application_for`: the stored application for (candidate, post), or a new draft;
- :func:`start_application`: the same, holding this copy of the notice, saved;
- :func:`decide`: a candidate's decision on a checklist item (status, note, evidence);
- :func:`save`: write it (the store stamps ``updated_at``; nothing else does);
- :func:`open_application`: find or create it *and save it*, whichever face asks first (the
  GUI's parse + choose candidate, ``checklist``, ``deadline --profile``, ``form fill``,
  ``package export``), so one candidate and one post are always one record;
- :func:`set_status`, :func:`record_files`: a status change, a filled document or an export as
  an event of the application's history (kept sealed with it); :func:`event_line` words one.

Works on anything with the store's ``applications`` interface (``find``, ``save``), so the
rules are tested without opening the encrypted store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from secondment_desk.i18n import N_, _
from secondment_desk.models.application import (
    TRANSITIONS,
    Application,
    ApplicationEvent,
    EventKind,
    Status,
)
from secondment_desk.models.checklist import ChecklistDecision, Evidence, ItemStatus
from secondment_desk.models.vacancy import Vacancy

if TYPE_CHECKING:
    from secondment_desk.notice_status import NoticeFacts
    from secondment_desk.store import ApplicationSummary, Store


_STATUS_WORDS: dict[str, str] = {
    "draft": N_("draft"),
    "ready": N_("ready"),
    "sent": N_("sent"),
    "nominated": N_("nominated"),
    "assessment": N_("assessment"),
    "offer": N_("offer"),
    "not_selected": N_("not selected"),
    "withdrawn": N_("withdrawn"),
}


def status_word(status: Status) -> str:
    """An application status in words, in the user's language ("not nominated"): the
    dashboard's, the deadlines' and the documents' (here, so a form fill need not load the
    deadlines, their holiday calendars and calendar export)."""
    value = status.value
    return _(_STATUS_WORDS[value]) if value in _STATUS_WORDS else value.replace("_", " ")


class ApplicationBook(Protocol):
    """The part of ``store.applications`` the service needs."""

    def find(self, profile_id: str, vacancy_key: str) -> Application | None: ...

    def save(self, app: Application) -> None: ...


class StoredApplications(Protocol):
    """The part of ``store.applications`` that changing a stored record needs."""

    def get(self, app_id: str) -> Application: ...

    def save(self, app: Application) -> None: ...


class Keep(Enum):
    """Leave this part of a decision as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


def application_for(
    book: ApplicationBook | None,
    profile_id: str,
    vacancy: Vacancy,
    *,
    refresh_vacancy: bool = False,
) -> Application:
    """The stored application of ``profile_id`` for ``vacancy`` (matched by its key, so a
    re-parsed copy finds it), or a new unsaved draft; always a draft when there is no store.

    With ``refresh_vacancy`` the stored application takes this copy of the notice (a re-parse
    or another post of the same file); its decisions stay, their item ids being stable.
    """
    found = book.find(profile_id, vacancy.key) if book is not None else None
    if found is None:
        app = Application(profile_id=profile_id, vacancy=vacancy)
        app.events.append(ApplicationEvent(at=app.created_at, kind=EventKind.CREATED))
        return app
    if refresh_vacancy:
        return found.model_copy(update={"vacancy": vacancy})
    return found


def save(book: ApplicationBook, app: Application) -> Application:
    """Write ``app``; the store sets ``updated_at`` as it writes."""
    book.save(app)
    return app


def start_application(book: ApplicationBook, profile_id: str, vacancy: Vacancy) -> Application:
    """Make ``vacancy`` the candidate's application: found or created, with this copy, saved."""
    return save(book, application_for(book, profile_id, vacancy, refresh_vacancy=True))


def decide(
    app: Application,
    item_id: str,
    *,
    status: ItemStatus | Literal[Keep.KEEP] | None = KEEP,
    note: str | Literal[Keep.KEEP] = KEEP,
    evidence: Iterable[Evidence] = (),
) -> ChecklistDecision | None:
    """Change the candidate's decision on one checklist item of ``app`` (in place).

    ``status`` None hands the item back to the computed status; ``note`` replaces the note;
    ``evidence`` is added to what the item already has (never twice). What is not given is
    kept. A decision left with no status, note or evidence is removed. Returns the decision
    now held (None when removed).
    """
    old = app.decisions.get(item_id, ChecklistDecision())
    kept = list(old.evidence)
    kept += [e for e in evidence if e not in kept]
    new = ChecklistDecision(
        status=old.status if status is KEEP else status,
        note=old.note if note is KEEP else note.strip(),
        evidence=kept,
    )
    if new != old:
        app.events.append(
            ApplicationEvent(
                kind=EventKind.DECISION,
                item=item_id,
                status=new.status or "",
                note=new.note,
            )
        )
    if new.status is None and not new.note and not new.evidence:
        app.decisions.pop(item_id, None)
        return None
    app.decisions[item_id] = new
    return new


# --- one record per candidate and post, from every face ------------------------------------

CONFLICT_RETRIES = 50


@dataclass(frozen=True)
class Opened:
    application: Application
    created: bool  # made by this call (faces print its id)


def open_application(
    book: ApplicationBook,
    profile_id: str,
    vacancy: Vacancy,
    change: Callable[[Application], None] | None = None,
) -> Opened:
    """The candidate's application for this post, created and saved when missing, holding
    this copy of the notice, with ``change`` applied and saved.

    Another window or command saving it meanwhile (the store's ConflictError) is met by
    reading it again and applying ``change`` to the newer copy; two faces creating it at once
    end with one record."""
    from secondment_desk.store.errors import ConflictError

    for attempt in range(CONFLICT_RETRIES):
        found = book.find(profile_id, vacancy.key)
        app = application_for(book, profile_id, vacancy, refresh_vacancy=True)
        if change is not None:
            change(app)
        elif found is not None and found.vacancy == vacancy:
            return Opened(found, False)  # nothing to write
        try:
            book.save(app)
        except ConflictError:
            if attempt == CONFLICT_RETRIES - 1:
                raise
            continue
        return Opened(app, found is None)
    raise AssertionError("unreachable")


def change_application(
    book: StoredApplications, app_id: str, change: Callable[[Application], object]
) -> Application:
    """Read the application, apply ``change`` and save it. When another window or command
    saved it meanwhile (the store's ConflictError), read it again and apply ``change`` to the
    newer copy, so neither change is lost. The one retry loop for changing a stored record."""
    from secondment_desk.store.errors import ConflictError

    for attempt in range(CONFLICT_RETRIES):
        app = book.get(app_id)
        change(app)
        try:
            book.save(app)
            return app
        except ConflictError:
            if attempt == CONFLICT_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def parse_status(text: str) -> Status:
    """A status named by the user ("sent", "not selected"), or InputError naming them all."""
    from secondment_desk.errors import InputError

    wanted = text.strip().casefold().replace(" ", "_").replace("-", "_")
    for status in Status:
        if status.value == wanted:
            return status
    names = ", ".join(s.value for s in Status)
    raise InputError(
        _("'{text}' is not a status; use one of: {names}.").format(text=text, names=names)
    )


def set_status(app: Application, status: Status, note: str = "") -> None:
    """Move ``app`` to ``status`` (an event of its history); InputError when the pipeline does
    not allow the move, naming the moves it allows."""
    from secondment_desk.errors import InputError

    allowed = TRANSITIONS[app.status]
    if status not in allowed:
        nexts = ", ".join(s.value for s in Status if s in allowed) or _("none (it is final)")
        raise InputError(
            _("The application is '{now}': it cannot go to '{to}' (next: {nexts}).").format(
                now=app.status.value, to=status.value, nexts=nexts
            )
        )
    app.move_to(status, note=note.strip())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def record_files(
    app: Application, paths: Iterable[Path], kind: EventKind = EventKind.DOCUMENT
) -> list[ApplicationEvent]:
    """One event per file (a filled document, or an export), with its SHA-256 and name."""
    added = [
        ApplicationEvent(kind=kind, file=path.name, sha256=sha256_of(path))
        for path in paths
        if path.is_file()
    ]
    app.events.extend(added)
    return added


def correct_vacancy(app: Application, name: str, value: object, today: date | None = None) -> None:
    """Correct a field of the application's notice (see :func:`vacancy.corrections.correct`)
    and keep the correction in its history; ValidationFailed leaves the application as it was."""
    # Imported here for start-up time: the vacancy package brings the whole notice reader,
    # which listing or filling applications does not need.
    from secondment_desk.vacancy.corrections import correct

    correct(app.vacancy, name, value, today)
    shown = getattr(app.vacancy, name)
    if isinstance(shown, list):
        shown = ", ".join(str(v) for v in shown)
    elif isinstance(shown, date):
        shown = shown.isoformat()
    app.events.append(
        ApplicationEvent(
            kind=EventKind.CORRECTION, item=name, note="" if shown is None else str(shown)
        )
    )


def events_of(app: Application) -> list[ApplicationEvent]:
    """The history oldest first; a record older than events starts with its creation."""
    events = sorted(app.events, key=lambda e: e.at)
    if not any(e.kind is EventKind.CREATED for e in events):
        events.insert(0, ApplicationEvent(at=app.created_at, kind=EventKind.CREATED))
    return events


def event_line(event: ApplicationEvent) -> str:
    """One event in words, without its time."""
    note = f" ({event.note})" if event.note else ""
    if event.kind is EventKind.CREATED:
        return _("Application created")
    if event.kind is EventKind.STATUS:
        return _("Status: {status}").format(status=event.status.replace("_", " ")) + note
    if event.kind is EventKind.DECISION:
        status = event.status.replace("_", " ") if event.status else _("as computed")
        return _("Decision on {item}: {status}").format(item=event.item, status=status) + note
    if event.kind is EventKind.DOCUMENT:
        return _("Filled {file} (SHA-256 {sha})").format(file=event.file, sha=event.sha256)
    if event.kind is EventKind.CORRECTION:
        return _("Corrected the notice's {field}: {value}").format(
            field=event.item.replace("_", " "), value=event.note or _("(cleared)")
        )
    if event.kind is EventKind.EXPORT:
        return _("Exported {file} (SHA-256 {sha})").format(file=event.file, sha=event.sha256)
    return event.note


def timeline(app: Application) -> list[tuple[datetime, str]]:
    """(local time, words) for every event, oldest first: what the faces show."""
    return [(e.at.astimezone(), event_line(e) + _by(e)) for e in events_of(app)]


def _by(event: ApplicationEvent) -> str:
    """Who made the event, when the history knows: " — by maria"."""
    return " \u2014 " + _("by {who}").format(who=event.by) if event.by else ""


# --- the store's applications, as the faces list and pick them ------------------------------


def caseload(
    store: Store, candidate: str | None = None, status: Status | None = None
) -> list[tuple[ApplicationSummary, str]]:
    """(summary, candidate's name) for every readable application, newest change first;
    ``candidate`` (a name or id, as profiles are picked) and ``status`` narrow it. Read from
    the sealed summaries: no full record is decoded (``store.applications.get_many`` opens
    those a caller needs whole)."""
    profile_id = store.profiles.resolve(candidate) if candidate else None
    names: dict[str, str] = {}
    out = []
    for app in store.applications.list(profile_id):
        if status is not None and app.status != status.value:
            continue
        if app.profile_id not in names:
            names[app.profile_id] = store.profiles.name_of(app.profile_id) or app.profile_id
        out.append((app, names[app.profile_id]))
    return out


def application_of(store: Store, candidate: str, vacancy: Vacancy) -> Application:
    """The stored application of ``candidate`` (name or id) for this post, or NotFoundError
    saying how to start one."""
    from secondment_desk.errors import NotFoundError

    profile_id = store.profiles.resolve(candidate)
    found = store.applications.find(profile_id, vacancy.key)
    if found is None:
        name = store.profiles.name_of(profile_id) or profile_id
        raise NotFoundError(
            _(
                "{name} has no application for '{post}' yet: run 'checklist' or 'form fill' "
                "for it first."
            ).format(name=name, post=vacancy.label)
        )
    return found


@dataclass(frozen=True, slots=True)
class RowFacts:
    """What the dashboard's row is computed from, none of it tied to the day, read from a full
    application: what its sealed summary keeps (``store.ApplicationSummary`` has the same
    fields), so the dashboard lists the store without decoding a full record
    (``deadlines.urgency.RowSource``)."""

    id: str
    profile_id: str
    title: str
    reference: str
    organization: str
    status: str
    closing_date: date | None
    closing_time: str | None
    regime: str
    nominating_state: str | None
    lead_working_days: int | None
    delegation_deadline: date | None
    notice: NoticeFacts


def row_facts(application: Application) -> RowFacts:
    """What the dashboard needs of ``application``, none of it tied to the day."""
    from secondment_desk.notice_status import notice_facts
    from secondment_desk.organisations.rules import post_rules

    vacancy = application.vacancy
    return RowFacts(
        id=application.id,
        profile_id=application.profile_id,
        title=vacancy.short_label,
        reference=vacancy.requisition_id or "",
        organization=vacancy.organization or "",
        status=application.status.value,
        closing_date=vacancy.closing_date,
        closing_time=vacancy.closing_time,
        regime=post_rules(vacancy).regime.key,
        nominating_state=application.nominating_state,
        lead_working_days=application.lead_working_days,
        delegation_deadline=application.delegation_deadline,
        notice=notice_facts(vacancy),
    )
