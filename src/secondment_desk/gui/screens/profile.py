"""The Profile screen: the candidate's record, section by section, and several candidates.

Personal details in a form, the other sections as editable tables (validated by the profile
model; a refused value is explained in the message bar), languages as a CEFR grid, and the
STAR evidence bank. Every edit is one undoable step saved at once. Imports (JSON Resume,
Europass, our own JSON) run in a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from secondment_desk.gui.context import AppContext
from secondment_desk.gui.fields import FieldSpec, field_spec
from secondment_desk.gui.forms.ui_profile import Ui_ProfileScreen
from secondment_desk.gui.qtmodels.languages import LanguageGridModel, LevelDelegate
from secondment_desk.gui.qtmodels.sections import Column, SectionDelegate, SectionModel
from secondment_desk.gui.screens.base import Screen
from secondment_desk.gui.widgets import DateEdit, make_searchable
from secondment_desk.gui.workers import Job
from secondment_desk.models import Profile
from secondment_desk.models.profile import (
    Address,
    Availability,
    Declarations,
    Dependant,
    Education,
    Employment,
    LanguageSkill,
    Membership,
    MilitaryService,
    Personal,
    Phone,
    Publication,
    Reference,
    Relative,
    SecurityClearance,
    StarStory,
    Training,
    today_year_month,
)

if TYPE_CHECKING:
    from secondment_desk.store import Store


def _countries(text: str) -> list[str]:
    """Comma-separated country names, each normalised (an unknown one is refused)."""
    from secondment_desk.countries import require

    return [require(part.strip()).name for part in text.split(",") if part.strip()]


@dataclass(frozen=True)
class Section:
    """One list section of the profile: its tab, table, entry type, columns, new entry."""

    name: str  # the Profile attribute holding the entries
    tab: str  # object names in ui/profile.ui
    table: str
    title: Callable[[], str]  # translated, for the undo text ("edit employment")
    entry: type[BaseModel]
    columns: tuple[Column, ...]  # () for the CEFR grid (languages)
    new: Callable[[], BaseModel]
    shares_tab: bool = False  # its table sits in a tab of its own buttons (relatives)
    owner: str = ""  # the Profile part holding the list ("personal" for the dependants)


# The profile's list sections, in tab order. Cell conversions come from the entry models.
SECTIONS: tuple[Section, ...] = (
    Section(
        "education",
        "educationTab",
        "educationTable",
        lambda: QCoreApplication.translate("ProfileScreen", "education"),
        Education,
        (
            Column(
                "institution", lambda: QCoreApplication.translate("ProfileScreen", "Institution")
            ),
            Column("degree", lambda: QCoreApplication.translate("ProfileScreen", "Degree")),
            Column("field", lambda: QCoreApplication.translate("ProfileScreen", "Field")),
            Column("level", lambda: QCoreApplication.translate("ProfileScreen", "Level")),
            Column("country", lambda: QCoreApplication.translate("ProfileScreen", "Country")),
            Column("start", lambda: QCoreApplication.translate("ProfileScreen", "From")),
            Column("end", lambda: QCoreApplication.translate("ProfileScreen", "To")),
        ),
        lambda: Education(
            institution=QCoreApplication.translate("ProfileScreen", "New institution")
        ),
    ),
    Section(
        "languages",
        "languagesTab",
        "languagesTable",
        lambda: QCoreApplication.translate("ProfileScreen", "languages"),
        LanguageSkill,
        (),
        lambda: LanguageSkill(language=QCoreApplication.translate("ProfileScreen", "New language")),
    ),
    Section(
        "employment",
        "employmentTab",
        "employmentTable",
        lambda: QCoreApplication.translate("ProfileScreen", "employment"),
        Employment,
        (
            Column("title", lambda: QCoreApplication.translate("ProfileScreen", "Exact title")),
            Column("employer", lambda: QCoreApplication.translate("ProfileScreen", "Employer")),
            Column("start", lambda: QCoreApplication.translate("ProfileScreen", "From")),
            Column(
                "end", lambda: QCoreApplication.translate("ProfileScreen", "To (empty: present)")
            ),
            Column("country", lambda: QCoreApplication.translate("ProfileScreen", "Country")),
            Column("management", lambda: QCoreApplication.translate("ProfileScreen", "Management")),
            Column(
                "staff_supervised",
                lambda: QCoreApplication.translate("ProfileScreen", "Staff supervised"),
            ),
            Column("relevant", lambda: QCoreApplication.translate("ProfileScreen", "Relevant")),
            Column(
                "supervisor_name", lambda: QCoreApplication.translate("ProfileScreen", "Supervisor")
            ),
            Column(
                "salary_start",
                lambda: QCoreApplication.translate("ProfileScreen", "Salary at start"),
            ),
            Column(
                "salary_end", lambda: QCoreApplication.translate("ProfileScreen", "Salary at end")
            ),
            Column(
                "salary_currency", lambda: QCoreApplication.translate("ProfileScreen", "Currency")
            ),
            Column(
                "civil_servant",
                lambda: QCoreApplication.translate("ProfileScreen", "Civil servant"),
            ),
            Column(
                "un_common_system",
                lambda: QCoreApplication.translate("ProfileScreen", "UN common system"),
            ),
            Column(
                "duties", lambda: QCoreApplication.translate("ProfileScreen", "Duties"), wrap=True
            ),
        ),
        lambda: Employment(
            start=today_year_month(), title=QCoreApplication.translate("ProfileScreen", "New post")
        ),
    ),
    Section(
        "training",
        "trainingTab",
        "trainingTable",
        lambda: QCoreApplication.translate("ProfileScreen", "training"),
        Training,
        (
            Column("title", lambda: QCoreApplication.translate("ProfileScreen", "Course")),
            Column("provider", lambda: QCoreApplication.translate("ProfileScreen", "Provider")),
            Column("date", lambda: QCoreApplication.translate("ProfileScreen", "Date")),
            Column("duration", lambda: QCoreApplication.translate("ProfileScreen", "Duration")),
            Column(
                "certificate", lambda: QCoreApplication.translate("ProfileScreen", "Certificate")
            ),
        ),
        lambda: Training(title=QCoreApplication.translate("ProfileScreen", "New course")),
    ),
    Section(
        "references",
        "referencesTab",
        "referencesTable",
        lambda: QCoreApplication.translate("ProfileScreen", "references"),
        Reference,
        (
            Column("name", lambda: QCoreApplication.translate("ProfileScreen", "Name")),
            Column("position", lambda: QCoreApplication.translate("ProfileScreen", "Position")),
            Column(
                "organization", lambda: QCoreApplication.translate("ProfileScreen", "Organisation")
            ),
            Column(
                "relationship", lambda: QCoreApplication.translate("ProfileScreen", "Relationship")
            ),
            Column("email", lambda: QCoreApplication.translate("ProfileScreen", "E-mail")),
            Column("phone", lambda: QCoreApplication.translate("ProfileScreen", "Phone")),
        ),
        lambda: Reference(name=QCoreApplication.translate("ProfileScreen", "New referee")),
    ),
    Section(
        "stories",
        "storiesTab",
        "storiesTable",
        lambda: QCoreApplication.translate("ProfileScreen", "STAR evidence"),
        StarStory,
        (
            Column("title", lambda: QCoreApplication.translate("ProfileScreen", "Title")),
            Column("situation", lambda: QCoreApplication.translate("ProfileScreen", "Situation")),
            Column("task", lambda: QCoreApplication.translate("ProfileScreen", "Task")),
            Column("action", lambda: QCoreApplication.translate("ProfileScreen", "Action")),
            Column("result", lambda: QCoreApplication.translate("ProfileScreen", "Result")),
            Column(
                "competencies", lambda: QCoreApplication.translate("ProfileScreen", "Competencies")
            ),
        ),
        lambda: StarStory(title=QCoreApplication.translate("ProfileScreen", "New story")),
    ),
    Section(
        "memberships",
        "membershipsTab",
        "membershipsTable",
        lambda: QCoreApplication.translate("ProfileScreen", "memberships"),
        Membership,
        (
            Column(
                "organization", lambda: QCoreApplication.translate("ProfileScreen", "Organisation")
            ),
            Column("role", lambda: QCoreApplication.translate("ProfileScreen", "Role")),
            Column("since", lambda: QCoreApplication.translate("ProfileScreen", "Since")),
        ),
        lambda: Membership(
            organization=QCoreApplication.translate("ProfileScreen", "New organisation")
        ),
    ),
    Section(
        "publications",
        "publicationsTab",
        "publicationsTable",
        lambda: QCoreApplication.translate("ProfileScreen", "publications"),
        Publication,
        (
            Column("title", lambda: QCoreApplication.translate("ProfileScreen", "Title")),
            Column("publisher", lambda: QCoreApplication.translate("ProfileScreen", "Publisher")),
            Column("date", lambda: QCoreApplication.translate("ProfileScreen", "Date")),
            Column("authors", lambda: QCoreApplication.translate("ProfileScreen", "Authors")),
            Column("url", lambda: QCoreApplication.translate("ProfileScreen", "Link")),
        ),
        lambda: Publication(title=QCoreApplication.translate("ProfileScreen", "New publication")),
    ),
    Section(
        "military_service",
        "militaryTab",
        "militaryTable",
        lambda: QCoreApplication.translate("ProfileScreen", "military service"),
        MilitaryService,
        (
            Column("country", lambda: QCoreApplication.translate("ProfileScreen", "Country")),
            Column("branch", lambda: QCoreApplication.translate("ProfileScreen", "Branch")),
            Column("rank", lambda: QCoreApplication.translate("ProfileScreen", "Rank")),
            Column("start", lambda: QCoreApplication.translate("ProfileScreen", "From")),
            Column("end", lambda: QCoreApplication.translate("ProfileScreen", "To")),
            Column(
                "details", lambda: QCoreApplication.translate("ProfileScreen", "Details"), wrap=True
            ),
        ),
        lambda: MilitaryService(),
    ),
    Section(
        "relatives",
        "moreTab",
        "relativesTable",
        lambda: QCoreApplication.translate("ProfileScreen", "relatives"),
        Relative,
        (
            Column("name", lambda: QCoreApplication.translate("ProfileScreen", "Name")),
            Column(
                "relationship", lambda: QCoreApplication.translate("ProfileScreen", "Relationship")
            ),
            Column(
                "organization", lambda: QCoreApplication.translate("ProfileScreen", "Organisation")
            ),
            Column("position", lambda: QCoreApplication.translate("ProfileScreen", "Position")),
        ),
        lambda: Relative(name=QCoreApplication.translate("ProfileScreen", "New relative")),
        shares_tab=True,
    ),
    Section(
        "dependants",
        "moreTab",
        "dependantsTable",
        lambda: QCoreApplication.translate("ProfileScreen", "dependants"),
        Dependant,
        (
            Column("name", lambda: QCoreApplication.translate("ProfileScreen", "Name")),
            Column(
                "relationship", lambda: QCoreApplication.translate("ProfileScreen", "Relationship")
            ),
            Column(
                "date_of_birth",
                lambda: QCoreApplication.translate("ProfileScreen", "Date of birth"),
            ),
        ),
        lambda: Dependant(name=QCoreApplication.translate("ProfileScreen", "New dependant")),
        shares_tab=True,
        owner="personal",
    ),
)


def section_holder(profile: Profile, name: str) -> BaseModel:
    """The part of the profile that holds a section's list (the profile, or its personal part)."""
    owner = next(s.owner for s in SECTIONS if s.name == name)
    return cast(BaseModel, getattr(profile, owner)) if owner else profile


# Where the single values of the profile live: widget object name -> dotted path in Profile.
# The widget's kind (line, date, check box, choice, text) and the conversion come from the
# model field at that path; a few paths are views over a list (the first phone, the
# permanent address).
FORM_FIELDS: dict[str, str] = {
    "familyNameEdit": "personal.family_name",
    "firstNameEdit": "personal.first_name",
    "middleNameEdit": "personal.middle_name",
    "genderEdit": "personal.gender",
    "dateOfBirthEdit": "personal.date_of_birth",
    "placeOfBirthEdit": "personal.place_of_birth",
    "countryOfBirthEdit": "personal.country_of_birth",
    "nationalitiesEdit": "personal.nationalities",
    "residencesEdit": "personal.permanent_residences",
    "emailEdit": "personal.email",
    "phoneEdit": "personal.phone",
    "websiteEdit": "personal.website",
    "streetEdit": "address.street",
    "cityEdit": "address.city",
    "postalCodeEdit": "address.postal_code",
    "regionEdit": "address.region",
    "addressCountryEdit": "address.country",
    "indexNumberEdit": "personal.previous_io_index_number",
    "drivingCheck": "personal.driving_licence",
    "manualCheck": "personal.manual_transmission",
    "ioCheck": "personal.previous_io_service",
    "summaryEdit": "summary",
    "convictedCheck": "declarations.convicted",
    "relativesCheck": "declarations.relatives_in_organisation",
    "certifiedCheck": "declarations.certified_true",
    "earliestStartEdit": "availability.earliest_start",
    "noticeWeeksEdit": "availability.notice_period_weeks",
    "availabilityNotesEdit": "availability.notes",
    "computerSkillsEdit": "computer_skills",
    "otherInformationEdit": "other_information",
    "maritalStatusEdit": "personal.marital_status",
    "nationalitiesAtBirthEdit": "personal.nationalities_at_birth",
    "clearanceLevelEdit": "security_clearance.level",
    "clearanceAuthorityEdit": "security_clearance.authority",
    "clearanceExpiryEdit": "security_clearance.expiry",
    "shorterCheck": "availability.shorter_assignment",
    "consentCheck": "declarations.consent_to_share",
}
COUNTRY_PATHS = frozenset(
    {
        "personal.country_of_birth",
        "personal.nationalities",
        "personal.permanent_residences",
        "address.country",
    }
)


def _owner_model(profile: Profile, head: str) -> BaseModel:
    if head == "address":
        return _permanent_address(profile)
    return profile if not head else cast(BaseModel, getattr(profile, head))


def _permanent_address(profile: Profile) -> Address:
    found = [a for a in profile.personal.addresses if a.kind == "permanent"]
    return found[0] if found else Address()


def _split(path: str) -> tuple[str, str]:
    head, _, attr = path.rpartition(".")
    return head, attr


def path_spec(path: str) -> FieldSpec:
    """The converter of a form path, from the model field it edits."""
    head, attr = _split(path)
    if path == "personal.phone":
        return FieldSpec("phone", "text", False, "")
    owners: dict[str, type[BaseModel]] = {
        "": Profile,
        "personal": Personal,
        "address": Address,
        "declarations": Declarations,
        "availability": Availability,
        "security_clearance": SecurityClearance,
    }
    return field_spec(owners[head], attr)


def read_path(profile: Profile, path: str) -> Any:
    if path == "personal.phone":
        return profile.personal.phones[0].number if profile.personal.phones else ""
    head, attr = _split(path)
    return getattr(_owner_model(profile, head), attr)


def write_path(profile: Profile, path: str, value: Any) -> None:
    if path in COUNTRY_PATHS:
        names = _countries(", ".join(value) if isinstance(value, list) else str(value or ""))
        value = names if isinstance(value, list) else ", ".join(names)
    if path == "personal.phone":
        _set_phone(profile, str(value))
        return
    head, attr = _split(path)
    if head == "address":
        address = _permanent_address(profile).model_copy(update={attr: value})
        others = [a for a in profile.personal.addresses if a.kind != "permanent"]
        profile.personal.addresses = [address, *others]
        return
    setattr(_owner_model(profile, head), attr, value)


def _set_phone(profile: Profile, value: str) -> None:
    phones = list(profile.personal.phones)
    if value:
        first = phones[0].model_copy(update={"number": value}) if phones else None
        phones[0:1] = [first or Phone(number=value)]
    else:
        phones = phones[1:]
    profile.personal.phones = phones


def gender_title(value: str) -> str:
    return {
        "": QCoreApplication.translate("ProfileScreen", "not given"),
        "female": QCoreApplication.translate("ProfileScreen", "female"),
        "male": QCoreApplication.translate("ProfileScreen", "male"),
        "other": QCoreApplication.translate("ProfileScreen", "other"),
    }.get(value, value)


def marital_title(value: str) -> str:
    return {
        "": QCoreApplication.translate("ProfileScreen", "not given"),
        "single": QCoreApplication.translate("ProfileScreen", "single"),
        "married": QCoreApplication.translate("ProfileScreen", "married"),
        "partnership": QCoreApplication.translate("ProfileScreen", "registered partnership"),
        "separated": QCoreApplication.translate("ProfileScreen", "separated"),
        "divorced": QCoreApplication.translate("ProfileScreen", "divorced"),
        "widowed": QCoreApplication.translate("ProfileScreen", "widowed"),
    }.get(value, value)


class ProfileScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ProfileScreen()
        self.ui.setupUi(self)
        self._loading = False
        # The candidate list as last read ((id, name) pairs) and from which store: None
        # until read, and again whenever the list may have changed.
        self._listed: dict[str, str] | None = None
        self._listed_from: object = None
        self._shown_names: list[tuple[str, str]] | None = None
        self._names_job: Job | None = None
        self._next_job: Job | None = None  # the candidate to show after a deletion
        self._names_reader: tuple[Store | None, Store | None] = (None, None)  # (of, reader)
        self._names_wanted = 0  # counts the changes to the list (a listing names its count)
        self.sections: dict[str, tuple[QTableView, Any]] = {}
        self._unfitted: set[str] = set()  # tables whose columns are fitted when next shown
        self.section_of_tab: dict[QWidget, Section] = {}
        for section in SECTIONS:
            self._add_section(section)
        self.story_edits = {
            self.ui.situationEdit: "situation",
            self.ui.taskEdit: "task",
            self.ui.actionEdit: "action",
            self.ui.resultEdit: "result",
        }
        for story_edit in self.story_edits:
            story_edit.installEventFilter(self)
        self.ui.storiesTable.selectionModel().currentRowChanged.connect(self._show_story)
        gender = self.ui.genderEdit
        for value in ("", *path_spec("personal.gender").choices):
            gender.addItem(gender_title(value), value)
        marital = self.ui.maritalStatusEdit
        for value in ("", *path_spec("personal.marital_status").choices):
            marital.addItem(marital_title(value), value)
        self.form: dict[QWidget, str] = {}
        for name, path in FORM_FIELDS.items():
            widget = cast(QWidget, getattr(self.ui, name))
            self.form[widget] = path
            self._connect_form_widget(widget)
        self.ui.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        make_searchable(self.ui.candidateCombo)  # an adviser's hundred candidates
        self.ui.candidateCombo.currentIndexChanged.connect(self._candidate_chosen)
        self.ui.newButton.clicked.connect(self.new_candidate)
        self.ui.importButton.clicked.connect(self.import_dialog)
        self.ui.deleteButton.clicked.connect(self.delete_candidate)
        self.ui.addRowButton.clicked.connect(lambda: self.add_entry())
        self.ui.removeRowButton.clicked.connect(lambda: self.remove_entry())
        self.ui.addRelativeButton.clicked.connect(lambda: self.add_entry("relatives"))
        self.ui.removeRelativeButton.clicked.connect(lambda: self.remove_entry("relatives"))
        self.ui.addDependantButton.clicked.connect(lambda: self.add_entry("dependants"))
        self.ui.removeDependantButton.clicked.connect(lambda: self.remove_entry("dependants"))
        for scroll in (self.ui.personalScroll, self.ui.moreScroll):
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop that shows nothing
        self._tab_changed()
        ctx.profileChanged.connect(self.mark_dirty)
        ctx.profilesChanged.connect(self._names_changed)
        ctx.storeOpened.connect(self._names_changed)

    def retranslate(self) -> None:
        gender = self.ui.genderEdit
        for i in range(gender.count()):
            gender.setItemText(i, gender_title(str(gender.itemData(i))))
        marital = self.ui.maritalStatusEdit
        for i in range(marital.count()):
            marital.setItemText(i, marital_title(str(marital.itemData(i))))

    def _connect_form_widget(self, widget: QWidget) -> None:
        if isinstance(widget, DateEdit):
            widget.committed.connect(lambda w=widget: self._form_edited(w))
            widget.refused.connect(lambda text: self.ctx.message.emit(text, "error"))
        elif isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda w=widget: self._form_edited(w))
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(lambda _checked=False, w=widget: self._form_edited(w))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _index, w=widget: self._form_edited(w))
        elif isinstance(widget, QPlainTextEdit):
            widget.installEventFilter(self)  # saved when focus leaves it

    # --- tables ----------------------------------------------------------------------------
    def _setup_table(self, table: QTableView, model: Any) -> None:
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it

    def _add_section(self, section: Section) -> None:
        table = cast(QTableView, getattr(self.ui, section.table))
        model: Any
        if section.columns:
            model = SectionModel(section.entry, section.columns, self)
            table.setItemDelegate(SectionDelegate(model, table))
        else:
            model = LanguageGridModel(self)
            table.setItemDelegate(LevelDelegate(table))
        model.edited.connect(lambda entries, n=section.name: self._set_section(n, entries))
        model.invalid.connect(lambda text: self.ctx.message.emit(text, "error"))
        self._setup_table(table, model)
        if any(c.wrap for c in section.columns):
            table.setWordWrap(True)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.sections[section.name] = (table, model)
        if not section.shares_tab:
            self.section_of_tab[cast(QWidget, getattr(self.ui, section.tab))] = section
        if section.name == "stories":
            self.stories_model = model
        if section.name == "languages":
            self.languages = model

    def _set_section(self, name: str, entries: list[Any]) -> None:
        def change(profile: Profile) -> None:
            setattr(section_holder(profile, name), name, entries)

        title = next(s.title() for s in SECTIONS if s.name == name)
        self.edit_profile(self.tr("edit {section}").format(section=title), change)

    def current_section(self) -> str | None:
        section = self.section_of_tab.get(self.ui.tabs.currentWidget())
        return section.name if section else None

    def focus_path(self, path: str) -> bool:
        """Show the editor of a template data path (``profile.personal.date_of_birth``,
        ``profile.employment[2].supervisor_name``): its tab, and the widget or table row."""
        import re

        inner = path.removeprefix("profile.")
        aliases = {
            "personal.addresses": "address.street",
            "personal.phones": "personal.phone",
        }
        if inner.startswith("personal.dependants"):  # a list section of its own
            inner = inner.removeprefix("personal.")
        for prefix, alias in aliases.items():
            if inner.startswith(prefix):
                inner = alias
        single = re.sub(r"\[\d+\]", "", inner)
        for widget, form_path in self.form.items():
            if form_path == single:
                self._show_tab_of(widget)
                widget.setFocus()
                return True
        head = re.split(r"[\[.]", inner, maxsplit=1)[0]
        if head in self.sections:
            table, _model = self.sections[head]
            self._show_tab_of(table)
            found = re.match(r"^\w+\[(\d+)\]", inner)
            if found and table.model() is not None:
                table.setCurrentIndex(table.model().index(int(found.group(1)), 0))
            table.setFocus()
            return True
        return False

    def _show_tab_of(self, widget: QWidget) -> None:
        page = self._page_of(widget)
        if page is not None:
            self.ui.tabs.setCurrentWidget(page)

    def _page_of(self, widget: QWidget) -> QWidget | None:
        """The tab page holding ``widget`` (None: on no tab)."""
        pages = {self.ui.tabs.widget(i) for i in range(self.ui.tabs.count())}
        parent: QWidget | None = widget
        while parent is not None and parent not in pages:
            parent = parent.parentWidget()
        return parent

    def _fit_columns(self, names: Collection[str]) -> None:
        """Columns as wide as their contents (capped), rows as high as wrapped text needs,
        for the tables of ``names`` on the tab shown; the others when their tab is shown
        (measuring every cell of fifteen tables took tens of ms on each refresh)."""
        current = self.ui.tabs.currentWidget()
        for name in names:
            table, model = self.sections[name]
            if self._page_of(table) is not current:
                self._unfitted.add(name)
                continue
            self._unfitted.discard(name)
            table.resizeColumnsToContents()
            wrapped = {i for i, c in enumerate(getattr(model, "columns", [])) if c.wrap}
            for col in range(model.columnCount()):
                cap = 420 if col in wrapped else 220
                table.setColumnWidth(col, min(table.columnWidth(col), cap))
            if wrapped:
                table.resizeRowsToContents()

    def _tab_changed(self, *_args: object) -> None:
        """Add/Remove entry only on the tabs that hold a list of entries."""
        has_entries = self.current_section() is not None
        self.ui.addRowButton.setVisible(has_entries)
        self.ui.removeRowButton.setVisible(has_entries)
        if self._unfitted:
            self._fit_columns(list(self._unfitted))

    def add_entry(self, name: str | None = None) -> None:
        name = name or self.current_section()
        if name is None or self.ctx.profile is None:
            return
        section = next(s for s in SECTIONS if s.name == name)
        entries = [*getattr(section_holder(self.ctx.profile, name), name), section.new()]
        self._set_section(name, entries)
        table, _model = self.sections[name]
        table.setCurrentIndex(table.model().index(len(entries) - 1, 0))
        table.setFocus()

    def remove_entry(self, name: str | None = None) -> None:
        section = name or self.current_section()
        if section is None or self.ctx.profile is None:
            return
        table, _model = self.sections[section]
        row = table.currentIndex().row()
        entries = list(getattr(section_holder(self.ctx.profile, section), section))
        if 0 <= row < len(entries):
            del entries[row]
            self._set_section(section, entries)

    # --- single values (Personal, Declarations and availability) --------------------------
    def _widget_value(self, widget: QWidget, path: str) -> Any:
        """The value the widget holds, converted for the model (ValueError: refused)."""
        spec = path_spec(path)
        if isinstance(widget, DateEdit):
            return spec.from_date(widget.value())
        if isinstance(widget, QCheckBox):
            state = widget.checkState()
            if state == Qt.CheckState.PartiallyChecked:
                return None if spec.optional else False
            return state == Qt.CheckState.Checked
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return spec.from_text(cast(QLineEdit, widget).text())

    def _form_edited(self, widget: QWidget) -> None:
        profile = self.ctx.profile
        if self._loading or profile is None:
            return
        path = self.form[widget]
        try:
            value = self._widget_value(widget, path)
        except ValueError as err:
            self.ctx.message.emit(f"{widget.accessibleName()}: {err}.", "error")
            self._show_form(profile)
            return
        if value == read_path(profile, path):
            return
        if not self.edit_profile(widget.accessibleName(), lambda p: write_path(p, path, value)):
            self._show_form(profile)

    def _show_form(self, profile: Profile) -> None:
        for widget, path in self.form.items():
            value = read_path(profile, path)
            if isinstance(widget, DateEdit):
                widget.setValue(value if isinstance(value, date) else None)
            elif isinstance(widget, QCheckBox):
                widget.setCheckState(
                    Qt.CheckState.PartiallyChecked
                    if value is None
                    else (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                )
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value or "")))
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(path_spec(path).to_text(value))

    def _clear_form(self) -> None:
        for widget in self.form:
            if isinstance(widget, DateEdit):
                widget.setValue(None)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.clear()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut:
            if watched in self.story_edits:
                self._story_edited(watched)
            elif isinstance(watched, QPlainTextEdit) and watched in self.form:
                self._form_edited(watched)
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

    # --- candidates ------------------------------------------------------------------------
    def _names_changed(self) -> None:
        self._listed = None  # the candidates' names are read again at the next refresh
        self._names_wanted += 1
        self.mark_dirty()

    def _fill_candidates(self) -> None:
        """The candidate list, read from the store's summaries only when it may have changed
        (profilesChanged, storeOpened, the current candidate renamed): selecting another
        candidate does not list and re-add an adviser's thousand names. The listing runs in
        a worker over its own read handle (every name unsealed: 15-250 ms on the UI thread at
        1,000 candidates, issue 16); until it is in, the current candidate is shown under
        their new name, or added, so the combo never shows a stale or missing name."""
        store, profile = self.ctx.store, self.ctx.profile
        listed = self._listed
        if store is None:
            self._show_names([])
            self._listed, self._listed_from = {}, None
            return
        if (
            listed is not None
            and self._listed_from is store
            and (profile is None or listed.get(profile.id) == profile.name)
        ):
            return
        if profile is not None:
            self._show_current_name(profile.id, profile.name)
        self._listed, self._listed_from = None, store
        if self._names_job is not None:
            return  # what it reads is checked against what changed meanwhile when it is in
        wanted = (self._names_wanted, profile.name if profile is not None else None)

        kept = self._names_reader
        if kept[0] is not store:  # another store: the handle on the old one is closed
            if kept[1] is not None:
                kept[1].close()
            kept = self._names_reader = (None, None)

        def read(_control: object) -> tuple[Store, list[tuple[str, str]]]:
            # One read handle per store, kept: it remembers the names it unsealed, so the
            # listing after an import unseals the new candidate, not all of them again.
            reader = kept[1] if kept[1] is not None else store.reader()
            return reader, [(s.id, s.name) for s in reader.profiles.list()]

        self._names_job = self.ctx.jobs.submit(
            self.tr("Reading the candidates…"),
            read,
            on_done=lambda found: self._names_read(store, wanted, *found),
            on_error=self._names_failed,
        )

    def _names_failed(self, text: str) -> None:
        self._names_job = None
        self.ctx.message.emit(text, "error")

    def _names_read(
        self,
        store: Store,
        wanted: tuple[int, str | None],
        reader: Store,
        names: list[tuple[str, str]],
    ) -> None:
        self._names_job = None
        if store is self.ctx.store:
            self._names_reader = (store, reader)
        else:
            reader.close()
        profile = self.ctx.profile
        now = (self._names_wanted, profile.name if profile is not None else None)
        if now != wanted or store is not self.ctx.store:  # changed while it was read
            self._listed = None
            self._fill_candidates()
            return
        self._loading = True
        try:
            self._show_names(names)
            listed = dict(names)
            if profile is not None and listed.get(profile.id) != profile.name:
                self._show_current_name(profile.id, profile.name)  # as the context has them
                listed[profile.id] = profile.name
            combo = self.ui.candidateCombo
            combo.setCurrentIndex(combo.findData(profile.id) if profile else -1)
        finally:
            self._loading = False
        self._listed = listed

    def _show_names(self, names: list[tuple[str, str]]) -> None:
        if names == self._shown_names:
            return
        combo = self.ui.candidateCombo
        self._shown_names = names
        with QSignalBlocker(combo):  # showing names is not the user choosing one
            combo.clear()
            for pid, name in names:
                combo.addItem(name, pid)

    def _show_current_name(self, profile_id: str, name: str) -> None:
        """The current candidate under their name now, before the listing is in (renamed in
        place, or added at the end; the listing puts them in the store's order)."""
        shown = list(self._shown_names or [])
        at = next((i for i, (pid, _name) in enumerate(shown) if pid == profile_id), None)
        if at is not None and shown[at][1] == name:
            return
        combo = self.ui.candidateCombo
        if at is None:
            shown.append((profile_id, name))
        else:
            shown[at] = (profile_id, name)
        self._shown_names = shown
        # Blocked: adding to an empty list makes it current, which is not the user choosing
        # (that choice selected the candidate and re-entered the listing: a name shown twice).
        with QSignalBlocker(combo):
            if at is None:
                combo.addItem(name, profile_id)
            else:
                combo.setItemText(at, name)

    @property
    def loading_names(self) -> bool:
        """Whether the candidates' names are being read (tests and benches wait for it)."""
        return self._names_job is not None

    def refresh(self) -> None:
        store = self.ctx.store
        self._loading = True
        try:
            combo = self.ui.candidateCombo
            self._fill_candidates()
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
                self._clear_form()
                for _table, model in self.sections.values():
                    model.set_entries([])
                self.ui.savedLabel.setText(self.tr("No candidate yet: create or import one."))
                return
            self._show_form(profile)
            story_row = self._story_row()
            for name, (_table, model) in self.sections.items():
                model.set_entries(getattr(section_holder(profile, name), name))
            self._fit_columns(self.sections)
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
        profile = Profile(
            personal=Personal(family_name=self.tr("Candidate"), first_name=self.tr("New"))
        )
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
        """Delete the candidate; who is shown next (the first one left) is found in a worker
        over its own read handle: listing them unseals every name (15-250 ms on the UI
        thread at 1,000 candidates, issue 16). Until it is in, no candidate is current."""
        store = self.ctx.require_store()
        store.profiles.delete(profile_id)  # its applications go in the same transaction
        self.undo_stack.clear()
        self.ctx.profilesChanged.emit()
        self.ctx.applicationsChanged.emit()
        self.ctx.select_profile(None)

        def first_left(_control: object) -> str | None:
            reader = store.reader()
            try:
                return next((s.id for s in reader.profiles.list()), None)
            finally:
                reader.close()

        def chosen(first: str | None) -> None:
            self._next_job = None
            # Only if nothing changed meanwhile: another store, or a candidate picked.
            if first is not None and self.ctx.store is store and self.ctx.profile is None:
                self.run_guarded("opening the candidate", lambda: self.ctx.select_profile(first))

        def failed(text: str) -> None:
            self._next_job = None
            self.ctx.message.emit(text, "error")

        self._next_job = self.ctx.jobs.submit(
            self.tr("Reading the candidates…"), first_left, on_done=chosen, on_error=failed
        )

    @property
    def choosing_next(self) -> bool:
        """Whether the candidate to show after a deletion is being looked for (tests wait)."""
        return self._next_job is not None

    # --- import ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a profile"),
            str(Path.home()),
            self.tr(
                "Profiles (*.json *.xml *.pdf);;JSON Resume or Secondment Desk (*.json);;"
                "Europass (*.xml *.pdf);;All files (*)"
            ),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read a JSON Resume, Europass or full profile file in a worker and find the same
        person already stored there too (every stored profile is unsealed for it); only the
        question, the merge and the save are left to the UI thread."""
        store = self.ctx.store
        if store is None:
            return

        def job(control: Any) -> tuple[Profile, list[Profile]]:
            from secondment_desk.gui.import_review import find_twins
            from secondment_desk.profile import import_file

            control.progress(0, 0)
            imported = import_file(path)
            return imported, find_twins(store, imported)

        self.ctx.jobs.submit(
            self.tr("Importing the profile…"), job, on_done=lambda found: self._imported(*found)
        )

    ask_duplicate: object = None  # tests replace the update / keep both / cancel dialog

    def _imported(self, imported: Profile, twins: list[Profile] | None = None) -> None:
        """Save an imported profile, asking about ``twins`` (the stored same person, found in
        the import job; None: looked for here, for a caller that has not)."""
        from secondment_desk.gui.import_review import find_twins, resolve_import, review_message

        if twins is None:
            twins = find_twins(self.ctx.require_store(), imported)
        chosen = resolve_import(self, imported, twins, self.ask_duplicate)
        if chosen is None:
            self.ctx.info(self.tr("Nothing was imported."))
            return
        profile = chosen
        self.undo_stack.clear()
        # A new candidate says profilesChanged and profileChanged: every screen showing them
        # refreshes once for both, in the next event-loop turn.
        self.ctx.batching = True
        try:
            saved = self.run_guarded(
                "saving the imported profile", lambda: self.ctx.save_profile(profile)
            )
        finally:
            self.ctx.batching = False
        if saved:
            said = self.tr("Imported {name}.").format(name=profile.name)
            self.ctx.info(f"{said} {review_message(profile)}".strip())
