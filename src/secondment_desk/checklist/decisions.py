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
    """Merge ``decisions`` into the application (created when missing) and save it."""
    app = application_for(book, profile.id, vacancy)
    app.decisions.update(decisions)
    return save(book, app)


def record_decision(
    book: ApplicationBook,
    profile: Profile,
    vacancy: Vacancy,
    item_id: str,
    status: ItemStatus | None,
    note: str = "",
    evidence: list[Evidence] | None = None,
) -> Application:
    """One decision; earlier evidence on the item is kept, the note is replaced."""
    app = application_for(book, profile.id, vacancy)
    decide(app, item_id, status=status, note=note, evidence=evidence or [])
    return save(book, app)
