"""Item models of the coordinator window: revisions fetched a page at a time (a region
has a hundred thousand of them), and the devices awaiting trust decisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from medsos_desktop.domain.approval_chain import ASSURANCE_TEXTS, Assurance
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import Category
from medsos_desktop.ui.editor.fingerprint_view import fingerprint_font
from medsos_desktop.ui.post_list import format_when, tr_category

if TYPE_CHECKING:  # the services module (SQLAlchemy) loads on a worker, with the index
    from medsos_desktop.services.coordinator import DeviceRow, RevisionRow

_AnyIndex = QModelIndex | QPersistentModelIndex

# Effective statuses of the coordinator's index, in the colours a reader expects:
# green valid, amber waiting, red for anything to distrust.
STATUS_COLOURS = {
    "valid": "#2e7d32",
    "pending": "#f9a825",
    "untrusted": "#ef6c00",
    "tampered": "#c62828",
    "unknown_device": "#ad1457",
    "rejected": "#6d4c41",
    "replayed": "#c62828",
    "conflict_copy": "#757575",
    "unsafe": "#b71c1c",
    "invalid": "#8e24aa",
}


def tr_effective(status: str) -> str:
    labels = {
        "valid": QCoreApplication.translate("CoordinatorStatus", "Valid"),
        "pending": QCoreApplication.translate("CoordinatorStatus", "Still arriving"),
        "untrusted": QCoreApplication.translate("CoordinatorStatus", "Device not trusted yet"),
        "tampered": QCoreApplication.translate("CoordinatorStatus", "Tampered"),
        "unknown_device": QCoreApplication.translate("CoordinatorStatus", "Unknown device"),
        "rejected": QCoreApplication.translate("CoordinatorStatus", "Device rejected"),
        "replayed": QCoreApplication.translate("CoordinatorStatus", "Replayed"),
        "conflict_copy": QCoreApplication.translate("CoordinatorStatus", "Conflict copy"),
        "unsafe": QCoreApplication.translate("CoordinatorStatus", "Unsafe"),
        "invalid": QCoreApplication.translate("CoordinatorStatus", "Invalid"),
    }
    return labels.get(status, status)


# How strongly each approval is proven: green for reviewers' signatures, grey for the
# admin's word (PIN), amber for a screenshot, red for a claim that does not check out.
ASSURANCE_COLOURS = {
    Assurance.SIGNED.value: "#2e7d32",
    Assurance.PIN.value: "#455a64",
    Assurance.WHATSAPP.value: "#ef6c00",
    Assurance.NONE.value: "#757575",
    Assurance.UNPROVEN.value: "#c62828",
}


def tr_assurance(assurance: str) -> str:
    """The label of an assurance level; empty for revisions that were not valid."""
    try:
        level = Assurance(assurance)
    except ValueError:
        return ""
    return QCoreApplication.translate("Approval", ASSURANCE_TEXTS[level])


def tr_decision(decision: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("CoordinatorStatus", "Awaiting decision"),
        "trusted": QCoreApplication.translate("CoordinatorStatus", "Trusted"),
        "rejected": QCoreApplication.translate("CoordinatorStatus", "Rejected"),
        "revoked": QCoreApplication.translate("CoordinatorStatus", "Revoked"),
    }
    return labels.get(decision, decision)


def _platforms(values: Sequence[str], short: bool = False) -> str:
    """The platforms' names; `short`: as the agency's own list writes them ("IG FB")."""
    from medsos_desktop.ui.post_list import SHORT_PLATFORM

    names = []
    for value in values:
        try:
            platform = Platform(value)
        except ValueError:
            continue
        names.append(
            SHORT_PLATFORM.get(platform, platform.value) if short else RULES[platform].label
        )
    return (" " if short else ", ").join(names)


def _category(value: str) -> str:
    try:
        return tr_category(Category(value))
    except ValueError:
        return value


PAGE = 500


def _when(value: str | None) -> str:
    """An ISO time from the index, written as the agency's own list writes it."""
    if not value:
        return ""
    try:
        return format_when(datetime.fromisoformat(value.replace("Z", "+00:00")))
    except ValueError:
        return value[:16].replace("T", " ")


class RevisionTableModel(QAbstractTableModel):
    """Rows come from `fetch(offset, limit)` (run by `run_async`) as the view scrolls."""

    AGENCY, TITLE, CATEGORY, PLATFORMS, PLANNED, STATUS, APPROVAL = range(7)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        fetch: Callable[[int, int], list[RevisionRow]],
        run_async: Callable[
            [Callable[[], list[RevisionRow]], Callable[[list[RevisionRow]], None]], None
        ],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._run_async = run_async
        self._rows: list[RevisionRow] = []
        self._total = 0
        self._loading = False
        self._generation = 0

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CoordinatorWindow", "Agency"),
            QCoreApplication.translate("CoordinatorWindow", "Title"),
            QCoreApplication.translate("CoordinatorWindow", "Category"),
            QCoreApplication.translate("CoordinatorWindow", "Platforms"),
            QCoreApplication.translate("CoordinatorWindow", "Planned"),
            QCoreApplication.translate("CoordinatorWindow", "Verification"),
            QCoreApplication.translate("CoordinatorWindow", "Approval"),
        ]

    def reset(self, fetch: Callable[[int, int], list[RevisionRow]], total: int) -> None:
        """New filters: forget the pages loaded so far."""
        self.beginResetModel()
        self._generation += 1
        self._fetch = fetch
        self._rows = []
        self._total = total
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def total(self) -> int:
        return self._total

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def canFetchMore(self, parent: _AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _AnyIndex) -> None:
        if parent.isValid() or self._loading or len(self._rows) >= self._total:
            return
        self._loading = True
        generation, offset, fetch = self._generation, len(self._rows), self._fetch

        def done(rows: list[RevisionRow]) -> None:
            if generation != self._generation:
                return  # filters changed meanwhile
            self._loading = False
            if not rows:
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

        self._run_async(lambda: fetch(offset, PAGE), done)

    def row_at(self, row: int) -> RevisionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AGENCY:
                return row.agency_name or row.agency
            if column == self.TITLE:
                return row.title or row.post_uuid
            if column == self.CATEGORY:
                return _category(row.category)
            if column == self.PLATFORMS:  # short: the title gets the room
                return _platforms(row.platforms, short=True)
            if column == self.PLANNED:
                return _when(row.planned_at)
            if column == self.STATUS:
                return tr_effective(row.status)
            if column == self.APPROVAL:
                return tr_assurance(row.assurance)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#424242")))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.APPROVAL:
            # Of a revision that is not valid, nothing is checked yet: grey, not green.
            if row.status != "valid":
                return QBrush(QColor("#757575"))
            return QBrush(QColor(ASSURANCE_COLOURS.get(row.assurance, "#424242")))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PLATFORMS:
                return _platforms(row.platforms)
            if column == self.AGENCY:  # may be cut short in the column
                return row.agency_name or row.agency
            if column == self.TITLE:
                return row.title or row.post_uuid
            from medsos_desktop.ui.common.translation import qt_translate

            return row.describe(qt_translate)
        return None


class DeviceTableModel(QAbstractTableModel):
    AGENCY, NAME, FINGERPRINT, DECISION, REVISIONS = range(5)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeviceRow] = []

    def set_rows(self, rows: list[DeviceRow]) -> None:
        self.beginResetModel()
        # Those awaiting a decision first: they are what the coordinator must act on.
        self._rows = sorted(rows, key=lambda r: (not r.awaiting_decision, r.agency, r.device_name))
        self.endResetModel()

    def row_at(self, row: int) -> DeviceRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            QCoreApplication.translate("CoordinatorWindow", "Agency"),
            QCoreApplication.translate("CoordinatorWindow", "Device"),
            QCoreApplication.translate("CoordinatorWindow", "Key fingerprint"),
            QCoreApplication.translate("CoordinatorWindow", "Decision"),
            QCoreApplication.translate("CoordinatorWindow", "Revisions"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        changed = row.changed_fingerprint
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AGENCY:
                return row.agency_name or row.agency
            if column == self.NAME:
                return row.device_name
            if column == self.FINGERPRINT:
                # Whole, as it is read out by phone (ui/editor/fingerprint_view.py).
                if changed:
                    return QCoreApplication.translate(
                        "CoordinatorWindow", "{old}\nNEW KEY {new}"
                    ).format(old=row.fingerprint, new=changed)
                return row.fingerprint
            if column == self.DECISION:
                return tr_decision(row.decision)
            if column == self.REVISIONS:
                return row.revisions
        if role == Qt.ItemDataRole.ForegroundRole and (
            changed or row.decision in ("rejected", "revoked")
        ):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole:
            bold = bool(row.awaiting_decision)
            if column == self.FINGERPRINT:
                return fingerprint_font(bold)
            if bold:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.fingerprint
        return None
