"""The Profile screen: the candidate's record, section by section, and several candidates.

Personal details in a form, the other sections as editable tables (validated by the profile
model; a refused value is explained in the message bar), languages as a CEFR grid, and the
STAR evidence bank. Every edit is one undoable step saved at once. Imports (JSON Resume,
Europass, our own JSON) run in a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.forms.ui_profile import Ui_ProfileScreen
from secondment_desk.gui.qtmodels.languages import LanguageGridModel, LevelDelegate
from secondment_desk.gui.qtmodels.sections import Column, SectionModel
from secondment_desk.gui.screens.base import Screen
from secondment_desk.models import Profile
from secondment_desk.models.profile import (
    Education,
    Employment,
    LanguageSkill,
    Membership,
    MilitaryService,
    Personal,
    Phone,
    Publication,
    Reference,
    StarStory,
    Training,
    today_year_month,
)


def _countries(text: str) -> list[str]:
    """Comma-separated country names, each normalised (an unknown one is refused)."""
    from secondment_desk.countries import require

    return [require(part.strip()).name for part in text.split(",") if part.strip()]


Getter = Callable[[Profile], str]
Setter = Callable[[Profile, str], None]
FlagGetter = Callable[[Profile], bool | None]
FlagSetter = Callable[[Profile, bool | None], None]


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as err:
        raise ValueError(f"'{text}' is not a date; write it as YYYY-MM-DD") from err


def _weeks(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(f"'{text}' is not a number of weeks")
    return int(text)


class ProfileScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ProfileScreen()
        self.ui.setupUi(self)
        self._loading = False
        self.sections: dict[str, tuple[QTableView, Any]] = {}
        self._add_section(
            "education",
            self.ui.educationTable,
            Education,
            [
                Column("institution", lambda: self.tr("Institution")),
                Column("degree", lambda: self.tr("Degree")),
                Column("field", lambda: self.tr("Field")),
                Column("level", lambda: self.tr("Level"), "optional"),
                Column("country", lambda: self.tr("Country")),
                Column("start", lambda: self.tr("From (YYYY-MM)"), "optional"),
                Column("end", lambda: self.tr("To (YYYY-MM)"), "optional"),
            ],
        )
        self._add_section(
            "employment",
            self.ui.employmentTable,
            Employment,
            [
                Column("title", lambda: self.tr("Exact title")),
                Column("employer", lambda: self.tr("Employer")),
                Column("start", lambda: self.tr("From (YYYY-MM)")),
                Column("end", lambda: self.tr("To (empty: present)"), "optional"),
                Column("country", lambda: self.tr("Country")),
                Column("management", lambda: self.tr("Management"), "bool"),
                Column("staff_supervised", lambda: self.tr("Staff supervised"), "int"),
                Column("relevant", lambda: self.tr("Relevant"), "bool"),
                Column("supervisor_name", lambda: self.tr("Supervisor")),
                Column("duties", lambda: self.tr("Duties")),
            ],
        )
        self._add_section(
            "training",
            self.ui.trainingTable,
            Training,
            [
                Column("title", lambda: self.tr("Course")),
                Column("provider", lambda: self.tr("Provider")),
                Column("date", lambda: self.tr("Date (YYYY-MM)"), "optional"),
                Column("duration", lambda: self.tr("Duration")),
                Column("certificate", lambda: self.tr("Certificate"), "bool"),
            ],
        )
        self._add_section(
            "references",
            self.ui.referencesTable,
            Reference,
            [
                Column("name", lambda: self.tr("Name")),
                Column("position", lambda: self.tr("Position")),
                Column("organization", lambda: self.tr("Organisation")),
                Column("relationship", lambda: self.tr("Relationship")),
                Column("email", lambda: self.tr("E-mail")),
                Column("phone", lambda: self.tr("Phone")),
            ],
        )
        self._add_section(
            "stories",
            self.ui.storiesTable,
            StarStory,
            [
                Column("title", lambda: self.tr("Title")),
                Column("situation", lambda: self.tr("Situation")),
                Column("task", lambda: self.tr("Task")),
                Column("action", lambda: self.tr("Action")),
                Column("result", lambda: self.tr("Result")),
                Column("competencies", lambda: self.tr("Competencies"), "list"),
            ],
        )
        self._add_section(
            "memberships",
            self.ui.membershipsTable,
            Membership,
            [
                Column("organization", lambda: self.tr("Organisation")),
                Column("role", lambda: self.tr("Role")),
                Column("since", lambda: self.tr("Since (YYYY-MM)"), "optional"),
            ],
        )
        self._add_section(
            "publications",
            self.ui.publicationsTable,
            Publication,
            [
                Column("title", lambda: self.tr("Title")),
                Column("publisher", lambda: self.tr("Publisher")),
                Column("date", lambda: self.tr("Date (YYYY-MM)"), "optional"),
                Column("authors", lambda: self.tr("Authors")),
                Column("url", lambda: self.tr("Link")),
            ],
        )
        self._add_section(
            "military_service",
            self.ui.militaryTable,
            MilitaryService,
            [
                Column("country", lambda: self.tr("Country")),
                Column("branch", lambda: self.tr("Branch")),
                Column("rank", lambda: self.tr("Rank")),
                Column("start", lambda: self.tr("From (YYYY-MM)"), "optional"),
                Column("end", lambda: self.tr("To (YYYY-MM)"), "optional"),
                Column("details", lambda: self.tr("Details")),
            ],
        )
        self.story_edits = {
            self.ui.situationEdit: "situation",
            self.ui.taskEdit: "task",
            self.ui.actionEdit: "action",
            self.ui.resultEdit: "result",
        }
        for story_edit in self.story_edits:
            story_edit.installEventFilter(self)
        self.ui.storiesTable.selectionModel().currentRowChanged.connect(self._show_story)
        self.languages = LanguageGridModel(self)
        self.languages.edited.connect(lambda entries: self._set_section("languages", entries))
        self.languages.invalid.connect(lambda text: self.ctx.message.emit(text, "error"))
        self._setup_table(self.ui.languagesTable, self.languages)
        self.ui.languagesTable.setItemDelegate(LevelDelegate(self.ui.languagesTable))
        self.sections["languages"] = (self.ui.languagesTable, self.languages)
        ui = self.ui
        self.text_fields: dict[QLineEdit, tuple[Getter, Setter]] = {
            ui.familyNameEdit: (
                lambda p: p.personal.family_name,
                lambda p, v: setattr(p.personal, "family_name", v),
            ),
            ui.firstNameEdit: (
                lambda p: p.personal.first_name,
                lambda p, v: setattr(p.personal, "first_name", v),
            ),
            ui.middleNameEdit: (
                lambda p: p.personal.middle_name,
                lambda p, v: setattr(p.personal, "middle_name", v),
            ),
            ui.genderEdit: (
                lambda p: p.personal.gender,
                lambda p, v: setattr(p.personal, "gender", v.casefold()),
            ),
            ui.dateOfBirthEdit: (
                lambda p: _iso(p.personal.date_of_birth),
                lambda p, v: setattr(p.personal, "date_of_birth", _date(v)),
            ),
            ui.placeOfBirthEdit: (
                lambda p: p.personal.place_of_birth,
                lambda p, v: setattr(p.personal, "place_of_birth", v),
            ),
            ui.countryOfBirthEdit: (
                lambda p: p.personal.country_of_birth,
                lambda p, v: setattr(p.personal, "country_of_birth", ", ".join(_countries(v))),
            ),
            ui.nationalitiesEdit: (
                lambda p: ", ".join(p.personal.nationalities),
                lambda p, v: setattr(p.personal, "nationalities", _countries(v)),
            ),
            ui.residencesEdit: (
                lambda p: ", ".join(p.personal.permanent_residences),
                lambda p, v: setattr(p.personal, "permanent_residences", _countries(v)),
            ),
            ui.emailEdit: (
                lambda p: p.personal.email,
                lambda p, v: setattr(p.personal, "email", v),
            ),
            ui.phoneEdit: (
                lambda p: p.personal.phones[0].number if p.personal.phones else "",
                self._set_phone,
            ),
            ui.indexNumberEdit: (
                lambda p: p.personal.previous_io_index_number,
                lambda p, v: setattr(p.personal, "previous_io_index_number", v),
            ),
            ui.earliestStartEdit: (
                lambda p: _iso(p.availability.earliest_start),
                lambda p, v: setattr(p.availability, "earliest_start", _date(v)),
            ),
            ui.noticeWeeksEdit: (
                lambda p: str(p.availability.notice_period_weeks or ""),
                lambda p, v: setattr(p.availability, "notice_period_weeks", _weeks(v)),
            ),
            ui.availabilityNotesEdit: (
                lambda p: p.availability.notes,
                lambda p, v: setattr(p.availability, "notes", v),
            ),
            ui.computerSkillsEdit: (
                lambda p: ", ".join(p.computer_skills),
                lambda p, v: setattr(
                    p, "computer_skills", [x.strip() for x in v.split(",") if x.strip()]
                ),
            ),
            ui.otherInformationEdit: (
                lambda p: p.other_information,
                lambda p, v: setattr(p, "other_information", v),
            ),
        }
        self.check_fields: dict[QCheckBox, tuple[FlagGetter, FlagSetter]] = {
            ui.drivingCheck: (
                lambda p: p.personal.driving_licence,
                lambda p, v: setattr(p.personal, "driving_licence", v),
            ),
            ui.manualCheck: (
                lambda p: p.personal.manual_transmission,
                lambda p, v: setattr(p.personal, "manual_transmission", v),
            ),
            ui.ioCheck: (
                lambda p: p.personal.previous_io_service,
                lambda p, v: setattr(p.personal, "previous_io_service", v),
            ),
            ui.convictedCheck: (
                lambda p: p.declarations.convicted,
                lambda p, v: setattr(p.declarations, "convicted", v),
            ),
            ui.relativesCheck: (
                lambda p: p.declarations.relatives_in_organisation,
                lambda p, v: setattr(p.declarations, "relatives_in_organisation", v),
            ),
            ui.certifiedCheck: (
                lambda p: p.declarations.certified_true,
                lambda p, v: setattr(p.declarations, "certified_true", bool(v)),
            ),
        }
        for box in self.check_fields:
            box.clicked.connect(lambda _checked=False, b=box: self._check_edited(b))
        for edit in self.text_fields:
            edit.editingFinished.connect(lambda e=edit: self._personal_edited(e))
        self.ui.summaryEdit.installEventFilter(self)
        self.ui.candidateCombo.currentIndexChanged.connect(self._candidate_chosen)
        self.ui.newButton.clicked.connect(self.new_candidate)
        self.ui.importButton.clicked.connect(self.import_dialog)
        self.ui.deleteButton.clicked.connect(self.delete_candidate)
        self.ui.addRowButton.clicked.connect(self.add_entry)
        self.ui.removeRowButton.clicked.connect(self.remove_entry)
        ctx.profileChanged.connect(self.mark_dirty)
        ctx.profilesChanged.connect(self.mark_dirty)
        ctx.storeOpened.connect(self.mark_dirty)

    # --- tables ----------------------------------------------------------------------------
    def _setup_table(self, table: QTableView, model: Any) -> None:
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it

    def _add_section(
        self, name: str, table: QTableView, entry_type: type[Any], columns: list[Column]
    ) -> None:
        model: SectionModel[Any] = SectionModel(entry_type, columns, self)
        model.edited.connect(lambda entries, n=name: self._set_section(n, entries))
        model.invalid.connect(lambda text: self.ctx.message.emit(text, "error"))
        self._setup_table(table, model)
        self.sections[name] = (table, model)
        if name == "stories":
            self.stories_model = model

    def _set_section(self, name: str, entries: list[Any]) -> None:
        def change(profile: Profile) -> None:
            setattr(profile, name, entries)

        self.edit_profile(self.tr("edit {section}").format(section=name), change)

    def current_section(self) -> str | None:
        keys = {
            self.ui.educationTab: "education",
            self.ui.languagesTab: "languages",
            self.ui.employmentTab: "employment",
            self.ui.trainingTab: "training",
            self.ui.referencesTab: "references",
            self.ui.storiesTab: "stories",
            self.ui.membershipsTab: "memberships",
            self.ui.publicationsTab: "publications",
            self.ui.militaryTab: "military_service",
        }
        return keys.get(self.ui.tabs.currentWidget())

    def add_entry(self) -> None:
        section = self.current_section()
        if section is None or self.ctx.profile is None:
            return
        new: dict[str, Callable[[], Any]] = {
            "education": lambda: Education(institution=self.tr("New institution")),
            "languages": lambda: LanguageSkill(language=self.tr("New language")),
            "employment": lambda: Employment(start=today_year_month(), title=self.tr("New post")),
            "training": lambda: Training(title=self.tr("New course")),
            "references": lambda: Reference(name=self.tr("New referee")),
            "stories": lambda: StarStory(title=self.tr("New story")),
            "memberships": lambda: Membership(organization=self.tr("New organisation")),
            "publications": lambda: Publication(title=self.tr("New publication")),
            "military_service": lambda: MilitaryService(),
        }
        entries = [*getattr(self.ctx.profile, section), new[section]()]
        self._set_section(section, entries)
        table, _model = self.sections[section]
        table.setCurrentIndex(table.model().index(len(entries) - 1, 0))
        table.setFocus()

    def remove_entry(self) -> None:
        section = self.current_section()
        if section is None or self.ctx.profile is None:
            return
        table, _model = self.sections[section]
        row = table.currentIndex().row()
        entries = list(getattr(self.ctx.profile, section))
        if 0 <= row < len(entries):
            del entries[row]
            self._set_section(section, entries)

    # --- personal --------------------------------------------------------------------------
    @staticmethod
    def _set_phone(profile: Profile, value: str) -> None:
        phones = list(profile.personal.phones)
        if value:
            first = phones[0].model_copy(update={"number": value}) if phones else None
            phones[0:1] = [first or Phone(number=value)]
        else:
            phones = phones[1:]
        profile.personal.phones = phones

    def _personal_edited(self, edit: QLineEdit) -> None:
        if self._loading or self.ctx.profile is None:
            return
        value = edit.text().strip()
        getter, setter = self.text_fields[edit]
        if value == getter(self.ctx.profile):
            return
        if not self.edit_profile(edit.accessibleName(), lambda p: setter(p, value)):
            self._show_personal(self.ctx.profile)

    def _check_edited(self, box: QCheckBox) -> None:
        if self._loading or self.ctx.profile is None:
            return
        state = box.checkState()
        value = None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
        getter, setter = self.check_fields[box]
        if value == getter(self.ctx.profile):
            return
        if not self.edit_profile(box.accessibleName(), lambda p: setter(p, value)):
            self._show_personal(self.ctx.profile)

    def _show_personal(self, profile: Profile) -> None:
        for edit, (getter, _setter) in self.text_fields.items():
            edit.setText(getter(profile))
        for box, (flag, _set) in self.check_fields.items():
            value = flag(profile)
            box.setCheckState(
                Qt.CheckState.PartiallyChecked
                if value is None
                else (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            )
        if self.ui.summaryEdit.toPlainText() != profile.summary:
            self.ui.summaryEdit.setPlainText(profile.summary)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut:
            if watched is self.ui.summaryEdit:
                self._summary_edited()
            elif watched in self.story_edits:
                self._story_edited(watched)
        return super().eventFilter(watched, event)

    def _story_row(self) -> int:
        return self.ui.storiesTable.currentIndex().row()

    def _show_story(self, *_args: object) -> None:
        profile, row = self.ctx.profile, self._story_row()
        story = profile.stories[row] if profile and 0 <= row < len(profile.stories) else None
        self.ui.storyBox.setEnabled(story is not None)
        for edit, field in self.story_edits.items():
            text = getattr(story, field) if story else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)

    def _story_edited(self, edit: Any) -> None:
        profile, row = self.ctx.profile, self._story_row()
        if self._loading or profile is None or not (0 <= row < len(profile.stories)):
            return
        field = self.story_edits[edit]
        text = edit.toPlainText().strip()
        if text == getattr(profile.stories[row], field):
            return

        def change(p: Profile) -> None:
            stories = list(p.stories)
            stories[row] = stories[row].model_copy(update={field: text})
            p.stories = stories

        self.edit_profile(self.tr("edit the story"), change)
        self.ui.storiesTable.setCurrentIndex(self.ui.storiesTable.model().index(row, 0))

    def _summary_edited(self) -> None:
        if self._loading or self.ctx.profile is None:
            return
        text = self.ui.summaryEdit.toPlainText().strip()
        if text != self.ctx.profile.summary:
            self.edit_profile(self.tr("edit the summary"), lambda p: setattr(p, "summary", text))

    # --- candidates ------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.ctx.store
        self._loading = True
        try:
            combo = self.ui.candidateCombo
            combo.clear()
            if store is not None:
                for summary in store.profiles.list():
                    combo.addItem(summary.name, summary.id)
            profile = self.ctx.profile
            combo.setCurrentIndex(combo.findData(profile.id) if profile else -1)
            has = profile is not None
            for widget in (
                self.ui.tabs,
                self.ui.deleteButton,
                self.ui.addRowButton,
                self.ui.removeRowButton,
            ):
                widget.setEnabled(has)
            for button in (self.ui.newButton, self.ui.importButton):
                button.setEnabled(store is not None)
            if profile is None:
                for edit in self.text_fields:
                    edit.clear()
                self.ui.summaryEdit.clear()
                for _table, model in self.sections.values():
                    model.set_entries([])
                self.ui.savedLabel.setText(self.tr("No candidate yet: create or import one."))
                return
            self._show_personal(profile)
            story_row = self._story_row()
            for name, (table, model) in self.sections.items():
                model.set_entries(getattr(profile, name))
                table.resizeColumnsToContents()
                for col in range(model.columnCount()):
                    table.setColumnWidth(col, min(table.columnWidth(col), 280))
            if 0 <= story_row < len(profile.stories):
                self.ui.storiesTable.setCurrentIndex(self.stories_model.index(story_row, 0))
            self._show_story()
            self.ui.savedLabel.setText(self.tr("All changes are saved."))
        finally:
            self._loading = False

    def _candidate_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        profile_id = self.ui.candidateCombo.itemData(index)
        self.undo_stack.clear()  # undo belongs to the candidate being edited
        self.run_guarded("opening the candidate", lambda: self.ctx.select_profile(profile_id))

    def new_candidate(self) -> None:
        if self.ctx.store is None:
            return
        profile = Profile(personal=Personal(family_name=self.tr("Candidate"), first_name="New"))
        self.undo_stack.clear()
        if self.run_guarded("creating a candidate", lambda: self.ctx.save_profile(profile)):
            self.ui.tabs.setCurrentWidget(self.ui.personalTab)
            self.ui.familyNameEdit.setFocus()
            self.ui.familyNameEdit.selectAll()

    def delete_candidate(self) -> None:
        profile = self.ctx.profile
        if profile is None or self.ctx.store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete candidate"),
            self.tr("Delete {name} and their applications from this computer?").format(
                name=profile.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_guarded("deleting the candidate", lambda: self._delete(profile.id))

    def _delete(self, profile_id: str) -> None:
        store = self.ctx.require_store()
        for app in store.applications.list(profile_id):
            store.applications.delete(app.id)
        store.profiles.delete(profile_id)
        self.undo_stack.clear()
        remaining = store.profiles.list()
        self.ctx.profilesChanged.emit()
        self.ctx.applicationsChanged.emit()
        self.ctx.select_profile(remaining[0].id if remaining else None)

    # --- import ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a profile"),
            str(Path.home()),
            self.tr("Profiles (*.json);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read a JSON Resume, Europass or full profile file in a worker, then save it."""
        if self.ctx.store is None:
            return

        def job(control: Any) -> Profile:
            from secondment_desk.profile import import_file

            control.progress(0, 0)
            return import_file(path)

        self.ctx.jobs.submit(self.tr("Importing the profile…"), job, on_done=self._imported)

    def _imported(self, profile: Profile) -> None:
        self.undo_stack.clear()
        if self.run_guarded("saving the imported profile", lambda: self.ctx.save_profile(profile)):
            self.ctx.info(self.tr("Imported {name}.").format(name=profile.name))
