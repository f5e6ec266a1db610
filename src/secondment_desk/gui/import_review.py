"""After a profile import in the window: the same person already stored (update that profile,
keep both, or cancel), what the forms still need, and jobs proposed as management.

The judgement is the core's (:mod:`secondment_desk.profile.review`); this only asks and says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from secondment_desk.models import Profile
    from secondment_desk.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReview", text)


def ask_duplicate(parent: QWidget | None, profile: Profile, twins: list[Profile]) -> str:
    """ "update", "new" or "cancel", asked in a dialog."""
    box = QMessageBox(parent)
    box.setObjectName("duplicateImportDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("This person is already stored"))
    names = ", ".join(f"{t.name} ({t.id})" for t in twins)
    box.setText(
        _tr(
            "{name} is already stored as {names} (same name and birth date, or same e-mail). "
            "Update that profile from the file, keep both, or cancel the import?"
        ).format(name=profile.name, names=names)
    )
    update = box.addButton(_tr("Update that profile"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("Keep both"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "update" if clicked is update else "new" if clicked is keep else "cancel"


def find_twins(store: Store, profile: Profile) -> list[Profile]:
    """The stored profiles of the same person, read over a read handle of ``store``: for the
    import job (a worker), so the UI thread never unseals the whole store to find them."""
    from secondment_desk.profile.review import find_duplicates

    reader = store.reader()
    try:
        return find_duplicates(reader, profile)
    finally:
        reader.close()


def resolve_import(
    parent: QWidget | None, profile: Profile, twins: list[Profile], ask: object = None
) -> Profile | None:
    """The profile to save (the file's, or the stored one updated from it), or None when the
    user cancelled; ``twins`` are the stored same person (:func:`find_twins`, found in the
    import's worker). ``ask`` replaces the dialog (tests)."""
    from secondment_desk.profile.review import merge_into

    if not twins:
        return profile
    chooser = ask if callable(ask) else ask_duplicate
    choice = chooser(parent, profile, twins)
    if choice == "update":
        return merge_into(twins[0], profile)
    if choice == "new":
        return profile
    return None


def review_message(profile: Profile) -> str:
    """One message: what the forms and checklist still need, and the proposed management."""
    from secondment_desk.profile.review import management_proposals, missing_facts

    said = []
    missing = missing_facts(profile)
    if missing:
        said.append(
            _tr("Still needed by the forms and the checklist: {facts}.").format(
                facts=", ".join(missing)
            )
        )
    proposals = management_proposals(profile)
    if proposals:
        jobs = "; ".join(p.line() for p in proposals)
        said.append(
            _tr(
                "Proposed as management experience, not counted until you tick "
                "'Management' on the job: {jobs}."
            ).format(jobs=jobs)
        )
    return " ".join(said)
