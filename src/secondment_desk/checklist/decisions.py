"""The candidate's checklist decisions, kept with the application in the store.

The rules (which application, how a decision changes) belong to :mod:`secondment_desk.applications`;
these are the checklist's ways in. Decisions are keyed by item id, and ids stay stable when the
same notice is parsed again, so decisions survive a re-parse.
"""

from __future__ import annotations

from secondment_desk.applications import ApplicationBook, application_for, decide, save
from secondment_desk.models.application import Application
from secondment_desk.models.checklist import ChecklistDecision, Evidence, ItemStatus
from secondment_desk.models.profile import Profile
from secondment_desk.models.vacancy import Vacancy

__all__ = ["ApplicationBook", "record_decision", "save_decisions", "stored_decisions"]

CONFLICT_RETRIES = 200  # two writers under load can collide many times in a row


def stored_decisions(
    book: ApplicationBook, profile: Profile, vacancy: Vacancy
) -> dict[str, ChecklistDecision]:
    found = book.find(profile.id, vacancy.key)
    return dict(found.decisions) if found is not None else {}


def save_decisions(
    book: ApplicationBook,
    profile: Profile,
    vacancy: Vacancy,
    decisions: dict[str, ChecklistDecision],
) -> Application:
    """Merge ``decisions`` into the application (created when missing) and save it.

    Adding decisions is a pure addition, so when another window or command changed the
    application meanwhile (the store's ConflictError) it is read again and the decisions are
    merged into the newer copy: every decision is kept."""
    from secondment_desk.store.errors import ConflictError

    for attempt in range(CONFLICT_RETRIES):
        app = application_for(book, profile.id, vacancy)
        app.decisions.update(decisions)
        try:
            book.save(app)
            return app
        except ConflictError:
            if attempt == CONFLICT_RETRIES - 1:
                raise
    raise AssertionError("unreachable")


def record_decision(
    book: ApplicationBook,
    profile: Profile,
    vacancy: Vacancy,
    item_id: str,
    status: ItemStatus | None,
    note: str = "",
    evidence: list[Evidence] | None = None,
) -> Application:
    """One decision; earlier evidence on the item is kept, the note is replaced.

    On a conflict (another window or command saved the application meanwhile) the decision is
    made again on the newer copy: recording a decision never loses another one."""
    from secondment_desk.store.errors import ConflictError

    for attempt in range(CONFLICT_RETRIES):
        app = application_for(book, profile.id, vacancy)
        decide(app, item_id, status=status, note=note, evidence=evidence or [])
        try:
            return save(book, app)
        except ConflictError:
            if attempt == CONFLICT_RETRIES - 1:
                raise
    raise AssertionError("unreachable")
