"""The list of posts: a table model over light rows, and a proxy that sorts and filters them."""

from __future__ import annotations

import bisect
from datetime import UTC, date, datetime
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox

from medsos_desktop.domain.platforms import RULES, Platform, parse_platforms
from medsos_desktop.domain.posts import (
    CATEGORY_LABELS,
    STATUS_LABELS,
    Category,
    PostRow,
    Status,
)

STATUS_COLOURS = {
    Status.DRAFT: "#8a8f98",
    Status.SUBMITTED: "#e0a100",
    Status.CHANGES_REQUESTED: "#d9534f",
    Status.APPROVED: "#2e9e5b",
    Status.SYNCED: "#2c7be5",
    Status.PUBLISHED: "#6f42c1",
    Status.ARCHIVED: "#b0b4ba",
}

SHORT_PLATFORM = {
    Platform.INSTAGRAM: "IG",
    Platform.FACEBOOK: "FB",
    Platform.X: "X",
    Platform.TIKTOK: "TT",
    Platform.YOUTUBE: "YT",
    Platform.THREADS: "TH",
}

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def status_icon(status: Status, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def tr_status(status: Status) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


def tr_category(category: Category) -> str:
    return QCoreApplication.translate("Category", CATEGORY_LABELS[category])


def format_when(value: datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value else ""


class PostTableModel(QAbstractTableModel):
    TITLE, STATUS, CATEGORY, PLATFORMS, PLANNED, UPDATED = range(6)
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PostRow] = []
        self._index_of: dict[int, int] = {}
        self._sort_column = self.UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._icons: dict[Status, QIcon] = {}

    def _headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Category"),
            self.tr("Platforms"),
            self.tr("Planned"),
            self.tr("Last edited"),
        ]

    # Sorting happens here, in Python, once per click: a sorting proxy would call data()
    # for every comparison (hundreds of thousands of calls for 10,000 posts).

    def column_widths(self, metrics: QFontMetrics) -> dict[int, int]:
        """Widths that fit any value of each fixed-format column, and its header."""
        padding = 24
        samples = {
            self.STATUS: [tr_status(s) for s in Status],
            self.CATEGORY: [tr_category(c) for c in Category],
            self.PLATFORMS: [" ".join(SHORT_PLATFORM.values())],
            self.PLANNED: ["00-00-0000 00:00"],
            self.UPDATED: ["00-00-0000 00:00"],
        }
        headers = self._headers()
        widths = {}
        for column, texts in samples.items():
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, headers[column]])
            extra = 16 if column == self.STATUS else 0  # the status dot
            widths[column] = widest + padding + extra
        # Long statuses elide (the tooltip has them whole) so that titles keep the room.
        widths[self.STATUS] = min(widths[self.STATUS], metrics.horizontalAdvance("M" * 11))
        return widths

    def set_rows(self, rows: list[PostRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self._index_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endResetModel()

    def _sorted(self, rows: list[PostRow]) -> list[PostRow]:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == self.UPDATED:  # the list's order at start: no Python call per row
            return sorted(rows, key=_UPDATED_AT, reverse=descending)
        return sorted(rows, key=lambda r: self._sort_key(r, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_rows = {i: row.id for i, row in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        self._index_of = {row.id: i for i, row in enumerate(self._rows)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            moved_from.append(index)
            moved_to.append(self.index(self._index_of[old_rows[index.row()]], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def upsert(self, row: PostRow) -> None:
        """Replace a row in place (an autosave: it does not jump while you type) or insert a
        new one where the current order puts it."""
        position = self._index_of.get(row.id)
        if position is None:
            key = self._sort_key(row, self._sort_column)
            keys = [self._sort_key(other, self._sort_column) for other in self._rows]
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                position = next((i for i, k in enumerate(keys) if k < key), len(keys))
            else:
                position = bisect.bisect_right(keys, key)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, row)
            self._index_of = {r.id: i for i, r in enumerate(self._rows)}
            self.endInsertRows()
        else:
            self._rows[position] = row
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, self.columnCount() - 1)
            )

    def remove(self, post_id: int) -> None:
        position = self._index_of.get(post_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._index_of = {row.id: i for i, row in enumerate(self._rows)}
        self.endRemoveRows()

    def row_at(self, position: int) -> PostRow:
        return self._rows[position]

    def position_of(self, post_id: int) -> int | None:
        return self._index_of.get(post_id)

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            status = _status(row.status)
            if status not in self._icons:
                self._icons[status] = status_icon(status)
            return self._icons[status]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS:
            return tr_status(_status(row.status))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PLATFORMS:
            return ", ".join(RULES[p].label for p in parse_platforms(row.platforms))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and row.is_demo:
            return self.tr("Sample post from the demo workspace")
        return None

    def _display(self, row: PostRow, column: int) -> str:
        if column == self.TITLE:
            title = row.title or self.tr("(untitled)")
            if row.is_demo:
                return self.tr("{title}  ·  sample").format(title=title)
            return title
        if column == self.STATUS:
            return tr_status(_status(row.status))
        if column == self.CATEGORY:
            return tr_category(_category(row.category))
        if column == self.PLATFORMS:
            return " ".join(SHORT_PLATFORM[p] for p in parse_platforms(row.platforms))
        if column == self.PLANNED:
            return format_when(row.planned_at)
        if column == self.UPDATED:
            return format_when(_local(row.updated_at))
        return ""

    def _sort_key(self, row: PostRow, column: int) -> Any:
        # Times compare as they are (stored times are all naive UTC): turning 10,000 of
        # them into text took most of the time the list needed to be filled.
        if column == self.PLANNED:
            return row.planned_at or _NOT_PLANNED
        if column == self.UPDATED:
            return row.updated_at
        if column == self.STATUS:
            return list(Status).index(_status(row.status))
        return self._display(row, column).casefold()


_UPDATED_AT = attrgetter("updated_at")
_NOT_PLANNED = datetime.max  # posts without a date come after every planned one


def _status(value: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        return Status.DRAFT


def _category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.LAINNYA


def _local(value: datetime) -> datetime:
    """Stored times are UTC; show them in the computer's time zone."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class PostFilterProxy(QSortFilterProxyModel):
    """Filters by status, category, platform and planned date in memory; search by FTS ids."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: Status | None = None
        self.category: Category | None = None
        self.platform: Platform | None = None
        self.date_from: date | None = None
        self.date_to: date | None = None
        self.search_ids: set[int] | None = None
        self.filtering = False  # any of the above set: kept by set_filters, set_search_ids
        self.setDynamicSortFilter(False)

    def set_filters(
        self,
        *,
        status: Status | None,
        category: Category | None,
        platform: Platform | None,
        date_from: QDate | date | None,
        date_to: QDate | date | None,
    ) -> None:
        self.beginFilterChange()
        self.status, self.category, self.platform = status, category, platform
        self.date_from = _to_date(date_from)
        self.date_to = _to_date(date_to)
        self.filtering = self._filtering()
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast, in Python); this proxy only filters, in its order."""
        model = self.sourceModel()
        if isinstance(model, PostTableModel) and column >= 0:
            model.sort(column, order)

    def set_search_ids(self, ids: set[int] | None) -> None:
        self.beginFilterChange()
        self.search_ids = ids
        self.filtering = self._filtering()
        self.endFilterChange()

    def _filtering(self) -> bool:
        return (
            self.search_ids is not None
            or self.status is not None
            or self.category is not None
            or self.platform is not None
            or self.date_from is not None
            or self.date_to is not None
        )

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        # Called for every row whenever the list is filled: with no filter set (the list
        # at start) it must cost nothing more than the call.
        if not self.filtering:
            return True
        model = self.sourceModel()
        assert isinstance(model, PostTableModel)
        row = model.row_at(source_row)
        if self.search_ids is not None and row.id not in self.search_ids:
            return False
        if self.status is not None and row.status != self.status.value:
            return False
        if self.category is not None and row.category != self.category.value:
            return False
        if self.platform is not None and self.platform.value not in row.platforms.split(","):
            return False
        if self.date_from or self.date_to:
            if row.planned_at is None:
                return False
            day = row.planned_at.date()
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
        return True


def _to_date(value: QDate | date | None) -> date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None  # type: ignore[return-value]
    return value


E = TypeVar("E", bound=StrEnum)


def combo_enum(combo: QComboBox, enum: type[E]) -> E | None:
    """Qt turns str-based enums into plain strings in item data; turn them back."""
    value = combo.currentData()
    try:
        return enum(value) if value is not None else None
    except ValueError:
        return None
