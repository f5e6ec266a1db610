"""The candidate's checklist decisions, kept with the application in the store.

Works on anything with the store's ``applications`` interface (``find``, ``save``), so the
logic is tested without opening the encrypted store. Decisions are keyed by item id, and ids
stay stable when the same notice is parsed again, so decisions survive a re-parse.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from secondment_desk.models.application import Application
from secondment_desk.models.checklist import ChecklistDecision, Evidence, ItemStatus
from secondment_desk.models.profile import Profile
from secondment_desk.models.vacancy import Vacancy

CONFLICT_RETRIES = 20


class ApplicationBook(Protocol):
    """The part of ``store.applications`` this module needs."""

    def find(self, profile_id: str, vacancy_key: str) -> Application | None: ...

    def save(self, application: Application) -> object: ...


def application_for(book: ApplicationBook, profile: Profile, vacancy: Vacancy) -> Application:
    """The stored application for (profile, vacancy), or a new unsaved draft."""
    found = book.find(profile.id, vacancy.key)
    return found if found is not None else Application(profile_id=profile.id, vacancy=vacancy)


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
        app = application_for(book, profile, vacancy)
        app.decisions.update(decisions)
        app.updated_at = datetime.now(UTC)
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
    """One decision; earlier evidence on the item is kept, the note is replaced."""
    app = application_for(book, profile, vacancy)
    old = app.decisions.get(item_id)
    kept = list(old.evidence) if old else []
    kept += [e for e in evidence or [] if e not in kept]
    decision = ChecklistDecision(status=status, evidence=kept, note=note)
    return save_decisions(book, profile, vacancy, {item_id: decision})
