"""The application service: one place finds, starts and changes a candidate's application."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

from secondment_desk.applications import application_for, decide, save, start_application
from secondment_desk.models import Application, ChecklistDecision, Evidence, Vacancy
from secondment_desk.models.profile import Personal, Profile
from secondment_desk.store import create_store
from tests.conftest import REPO

PACKAGE = REPO / "src" / "secondment_desk"


class MemoryBook:
    """The store's ``applications`` interface, in memory."""

    def __init__(self) -> None:
        self.saved: dict[str, Application] = {}

    def find(self, profile_id: str, vacancy_key: str) -> Application | None:
        for app in self.saved.values():
            if app.profile_id == profile_id and app.vacancy.key == vacancy_key:
                return app.model_copy(deep=True)
        return None

    def save(self, app: Application) -> None:
        self.saved[app.id] = app.model_copy(deep=True)


def _post(title: str = "Adviser") -> Vacancy:
    return Vacancy(organization="OSCE", requisition_id="TAJ000394", title=title)


def test_a_new_candidate_and_post_give_an_unsaved_draft() -> None:
    book = MemoryBook()
    app = application_for(book, "p1", _post())
    assert app.profile_id == "p1" and app.vacancy.key == _post().key
    assert book.saved == {}
    assert application_for(None, "p1", _post()).vacancy == _post()  # no store: a draft too


def test_the_stored_application_is_found_for_the_same_post_and_not_for_another_candidate() -> None:
    book = MemoryBook()
    first = start_application(book, "p1", _post())
    assert application_for(book, "p1", _post()).id == first.id
    assert application_for(book, "p2", _post()).id != first.id
    assert len(book.saved) == 1


def test_starting_again_keeps_the_decisions_and_takes_the_new_copy_of_the_notice() -> None:
    book = MemoryBook()
    app = start_application(book, "p1", _post())
    decide(app, "osce:planning", status="met")
    save(book, app)
    copy = _post().model_copy(update={"text": "the notice, copied again"})
    again = start_application(book, "p1", copy)
    assert again.id == app.id and again.vacancy.text == "the notice, copied again"
    assert again.decisions["osce:planning"].status == "met"
    # Without refresh_vacancy the stored copy is what comes back.
    assert application_for(book, "p1", _post()).vacancy.text == "the notice, copied again"


def test_a_status_change_keeps_the_note_and_evidence() -> None:
    app = Application(profile_id="p1", vacancy=_post())
    app.decisions["x"] = ChecklistDecision(
        status="partly", note="Asked HR", evidence=[Evidence(kind="text", text="Letter")]
    )
    decide(app, "x", status="met")
    assert app.decisions["x"] == ChecklistDecision(
        status="met", note="Asked HR", evidence=[Evidence(kind="text", text="Letter")]
    )


def test_a_note_change_keeps_the_status_and_evidence_is_added_once() -> None:
    app = Application(profile_id="p1", vacancy=_post())
    letter = Evidence(kind="text", text="Letter")
    decide(app, "x", status="not_met", evidence=[letter])
    decide(app, "x", note="  Waiting for the certificate ", evidence=[letter])
    assert app.decisions["x"] == ChecklistDecision(
        status="not_met", note="Waiting for the certificate", evidence=[letter]
    )


def test_handing_an_item_back_with_nothing_left_removes_the_decision() -> None:
    app = Application(profile_id="p1", vacancy=_post())
    decide(app, "x", status="met")
    assert decide(app, "x", status=None) is None
    assert "x" not in app.decisions
    decide(app, "y", status="met", note="kept")
    assert decide(app, "y", status=None) == ChecklistDecision(note="kept")


def test_the_store_is_what_stamps_updated_at() -> None:
    store = create_store(method="passphrase", passphrase="correct horse battery staple")
    try:
        profile = Profile(personal=Personal(family_name="Petrova", first_name="Anna"))
        store.profiles.save(profile)
        app = application_for(store.applications, profile.id, _post())
        app.updated_at = datetime.now(UTC) - timedelta(days=3)
        save(store.applications, app)
        assert datetime.now(UTC) - store.applications.get(app.id).updated_at < timedelta(minutes=1)
    finally:
        store.close()


def _assigns_updated_at(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Attribute) and t.attr == "updated_at" for t in targets):
            return True
    return False


def test_only_the_store_sets_updated_at_and_only_the_service_creates_applications() -> None:
    setters = sorted(
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if _assigns_updated_at(p)
    )
    assert setters == ["store/store.py"]
    # "Find or create" is the service's: the faces never build an Application from a find.
    for face in ("gui/screens", "cli"):
        for path in sorted((PACKAGE / face).rglob("*.py")):
            text = path.read_text("utf-8")
            assert not ("applications.find(" in text and "Application(" in text), path


def test_changing_a_stored_application_survives_a_concurrent_save() -> None:
    """A ConflictError (another window saved meanwhile) means: read again, change again."""
    from secondment_desk.applications import change_application
    from secondment_desk.store.errors import ConflictError

    class Book:
        def __init__(self) -> None:
            self.stored = Application(profile_id="p", vacancy=Vacancy(title="Officer"))
            self.reads = 0
            self.saved: list[Application] = []

        def get(self, app_id: str) -> Application:
            self.reads += 1
            return self.stored.model_copy(deep=True)

        def save(self, app: Application) -> None:
            if self.reads == 1:  # someone else saved between our first read and save
                raise ConflictError("application", app.id, None)
            self.saved.append(app)

    book = Book()
    app = change_application(book, book.stored.id, lambda a: a.events.clear())
    assert book.reads == 2 and book.saved == [app]
