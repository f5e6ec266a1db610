"""The application service: one owner for "the application of this candidate for this post".

Both faces call these, so the GUI's Vacancy and Checklist screens and the CLI's ``form fill``
and ``checklist decide`` find, start and change applications by the same rules:

- :func:`application_for`: the stored application for (candidate, post), or a new draft;
- :func:`start_application`: the same, holding this copy of the notice, saved;
- :func:`decide`: a candidate's decision on a checklist item (status, note, evidence);
- :func:`save`: write it (the store stamps ``updated_at``; nothing else does).

Works on anything with the store's ``applications`` interface (``find``, ``save``), so the
rules are tested without opening the encrypted store.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Literal, Protocol

from secondment_desk.models.application import Application
from secondment_desk.models.checklist import ChecklistDecision, Evidence, ItemStatus
from secondment_desk.models.vacancy import Vacancy


class ApplicationBook(Protocol):
    """The part of ``store.applications`` the service needs."""

    def find(self, profile_id: str, vacancy_key: str) -> Application | None: ...

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
        return Application(profile_id=profile_id, vacancy=vacancy)
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
    if new.status is None and not new.note and not new.evidence:
        app.decisions.pop(item_id, None)
        return None
    app.decisions[item_id] = new
    return new
