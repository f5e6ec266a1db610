"""The dashboard's table over ``deadlines.dashboard_rows``: the core computes both deadlines,
the urgency, its colour and the order; this model only shows them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:
    from secondment_desk.deadlines import DashboardRow

Index = QModelIndex | QPersistentModelIndex
APPLICATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Looked up once: a PySide6 enum attribute costs microseconds on each of the thousands of
# data() calls a paint makes.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("Status", "draft"),
        "ready": QCoreApplication.translate("Status", "ready"),
        "sent": QCoreApplication.translate("Status", "sent to the national body"),
        "nominated": QCoreApplication.translate("Status", "nominated"),
        "assessment": QCoreApplication.translate("Status", "assessment / interview"),
        "offer": QCoreApplication.translate("Status", "offer"),
        "not_selected": QCoreApplication.translate("Status", "not selected"),
        "withdrawn": QCoreApplication.translate("Status", "withdrawn"),
    }.get(status, status)


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * linear(background.redF())
        + 0.7152 * linear(background.greenF())
        + 0.0722 * linear(background.blueF())
    )
    return QColor("#000000") if lum > 0.179 else QColor("#ffffff")


# The column of each deadline, so the one "Days left" counts to can be shown in bold.
COUNTS_TO = {"delegation": 3, "organisation": 4}


def zone_place(moment: datetime) -> str:
    """The zone's place in words: 'Vienna' for Europe/Vienna, else its abbreviation."""
    key = getattr(moment.tzinfo, "key", None)
    if isinstance(key, str) and "/" in key:
        return key.rsplit("/", 1)[1].replace("_", " ")
    return moment.tzname() or str(moment.tzinfo)


def zoned(moment: datetime) -> str:
    """'2026-03-31 23:59 Vienna (CEST)': the moment with its zone named, never bare."""
    abbreviation = moment.tzname() or ""
    place = zone_place(moment)
    suffix = f" ({abbreviation})" if abbreviation and abbreviation != place else ""
    return f"{moment:%Y-%m-%d %H:%M} {place}{suffix}"


def level_title(level: str) -> str:
    return {
        "overdue": QCoreApplication.translate("Dashboard", "deadline passed"),
        "critical": QCoreApplication.translate("Dashboard", "due within {n} days"),
        "soon": QCoreApplication.translate("Dashboard", "due within {n} days"),
        "ok": QCoreApplication.translate("Dashboard", "more time"),
        "no_date": QCoreApplication.translate("Dashboard", "no closing date known"),
        "waiting": QCoreApplication.translate("Dashboard", "sent, waiting"),
        "closed": QCoreApplication.translate("Dashboard", "finished"),
        "cancelled": QCoreApplication.translate("Dashboard", "cancelled"),
        "problem": QCoreApplication.translate("Dashboard", "dates unreadable"),
    }.get(level, level.replace("_", " "))


def legend_entries() -> list[tuple[str, str, str]]:
    """(level, colour, words) for every row colour the dashboard uses, from the rules file."""
    from secondment_desk.deadlines.rules import rules

    table = rules()
    out = []
    for band in table.urgency:
        words = level_title(band.level)
        if band.max_days is not None and band.max_days >= 0:
            words = words.format(n=band.max_days)
        out.append((band.level, band.colour, words))
    for level, style in table.other_levels.items():
        out.append((level, style.colour, level_title(level)))
    return out


def legend_html() -> str:
    """Swatches naming each colour, and which deadline "Days left" counts to."""
    swatches = []
    for _level, colour, words in legend_entries():
        text = readable_on(QColor(colour)).name()
        swatches.append(
            f"<span style='background:{colour}; color:{text}'>&nbsp;{escape(words)}&nbsp;</span>"
        )
    note = QCoreApplication.translate(
        "Dashboard",
        "Days left counts to the deadline shown in bold: the delegation's until the "
        "application is sent, then the organisation's.",
    )
    warned = QCoreApplication.translate(
        "Dashboard",
        "⚠ before a vacancy: the notice has warnings; point at the row to read them.",
    )
    return "&nbsp; ".join(swatches) + f"<br>{escape(note)} {escape(warned)}"


class DashboardModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DashboardRow] = []  # the rows shown (the filter's), in order
        self.names: dict[str, str] = {}
        self.profile_id = ""  # the filter: empty means all
        self.status = ""
        self._all: list[DashboardRow] = []
        self._shown: list[int] = []  # positions in _all of the rows shown
        self._icon: Any = None
        self._texts: dict[int, tuple[str, ...]] = {}  # by position in _all

    def set_rows(self, rows: Sequence[DashboardRow], names: dict[str, str]) -> None:
        """``rows`` as the core made and sorted them (most urgent first, each with its
        notice's warnings); ``names`` by profile id."""
        self.beginResetModel()
        self._all = list(rows)
        self.names = dict(names)
        self._texts = {}
        self._select()
        self.endResetModel()

    def set_filter(self, profile_id: str = "", status: str = "") -> None:
        """Show only one candidate's rows and/or one status's; empty means all. The list is
        filtered here in one pass, not by a proxy asking Python about each row (5,000 calls
        through the binding when the filter changes)."""
        if (profile_id, status) == (self.profile_id, self.status):
            return
        self.beginResetModel()
        self.profile_id, self.status = profile_id, status
        self._select()
        self.endResetModel()

    def _select(self) -> None:
        pid, status = self.profile_id, self.status
        self._shown = [
            i
            for i, row in enumerate(self._all)
            if (not pid or row.profile_id == pid) and (not status or row.status.value == status)
        ]
        self.rows = [self._all[i] for i in self._shown]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("Dashboard", "Vacancy"),
            QCoreApplication.translate("Dashboard", "Candidate"),
            QCoreApplication.translate("Dashboard", "Status"),
            QCoreApplication.translate("Dashboard", "Delegation deadline"),
            QCoreApplication.translate("Dashboard", "Organisation deadline"),
            QCoreApplication.translate("Dashboard", "Days left"),
        )[section]

    def _cells(self, row: DashboardRow) -> tuple[Callable[[], str], ...]:
        def vacancy() -> str:
            ref = f" ({row.reference})" if row.reference and row.reference != row.title else ""
            return row.title + ref

        def closing() -> str:
            return zoned(row.closing_at) if row.closing_at else "—"

        def delegation() -> str:
            due = row.delegation_deadline
            if due is None and not row.nominated:
                return QCoreApplication.translate("Dashboard", "— (apply directly)")
            return due.isoformat() if due else "—"

        def days() -> str:
            return row.urgency.days_text

        return (
            vacancy,
            lambda: self.names.get(row.profile_id, "?"),
            lambda: status_label(row.status.value),
            delegation,
            closing,
            days,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number = index.row()
        row = self.rows[number]
        if role == _DISPLAY:
            at = self._shown[number]
            texts = self._texts.get(at)
            if texts is None:  # each row's six texts, worked out once
                texts = self._texts[at] = tuple(cell() for cell in self._cells(row))
            return texts[index.column()]
        if role == _BACKGROUND and row.urgency.shows_colour:
            return QColor(row.urgency.colour)
        if role == _FOREGROUND and row.urgency.shows_colour:
            return readable_on(QColor(row.urgency.colour))
        if role == _DECORATION and index.column() == 0:
            if row.warnings:  # the notice's warnings are in the tooltip
                if self._icon is None:
                    from PySide6.QtWidgets import QApplication, QStyle

                    icon = QStyle.StandardPixmap.SP_MessageBoxWarning
                    self._icon = QApplication.style().standardIcon(icon)
                return self._icon
            return None
        if role == _TOOLTIP:
            said = [row.problem or row.urgency.message, *row.warnings]
            tip = "\n".join(dict.fromkeys(said))
            local = row.closing_at_local
            if index.column() == 4 and local is not None:
                return QCoreApplication.translate("Dashboard", "Your time: {moment}").format(
                    moment=zoned(local)
                )
            return tip
        if role == _FONT and index.column() == COUNTS_TO.get(row.urgency.which or ""):
            font = QFont()
            font.setBold(True)  # the deadline "Days left" counts to
            return font
        if role == APPLICATION_ID_ROLE:
            return row.application_id
        if role == _ALIGNMENT and index.column() == 5:
            return _RIGHT
        return None


class DashboardFilter(QIdentityProxyModel):
    """Filter rows by candidate (profile id) and status; empty means 'all'. The filtering is
    the source model's (:meth:`DashboardModel.set_filter`, one pass over its list): this proxy
    maps rows in C++ and never calls Python per row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

    @property
    def profile_id(self) -> str:
        model = self.sourceModel()
        return model.profile_id if isinstance(model, DashboardModel) else ""

    @property
    def status(self) -> str:
        model = self.sourceModel()
        return model.status if isinstance(model, DashboardModel) else ""

    def set_filter(self, profile_id: str = "", status: str = "") -> None:
        model = self.sourceModel()
        if isinstance(model, DashboardModel):
            model.set_filter(profile_id, status)
