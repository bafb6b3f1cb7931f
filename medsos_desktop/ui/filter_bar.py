"""Search box and filters above the post list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from medsos_desktop.domain.months import month_bounds
from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES
from medsos_desktop.domain.posts import Category, Status
from medsos_desktop.ui.post_list import tr_category, tr_status


def month_range(day: date, offset: int = 0) -> tuple[date, date]:
    return month_bounds(day, offset)


class FilterBar(QWidget):
    filters_changed = Signal()
    search_changed = Signal(str)  # debounced

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search titles, captions, hashtags…"))
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.status = QComboBox(self)
        self.status.setObjectName("filter_status")
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(tr_status(status), status)
        self.category = QComboBox(self)
        self.category.setObjectName("filter_category")
        self.category.addItem(self.tr("All categories"), None)
        for category in Category:
            self.category.addItem(tr_category(category), category)
        self.platform = QComboBox(self)
        self.platform.setObjectName("filter_platform")
        self.platform.addItem(self.tr("All platforms"), None)
        for platform in PLATFORM_ORDER:
            self.platform.addItem(RULES[platform].label, platform)
        self.dates = QComboBox(self)
        self.dates.setObjectName("filter_dates")
        self.dates.addItem(self.tr("Any date"), "any")
        self.dates.addItem(self.tr("Today"), "today")
        self.dates.addItem(self.tr("Next 7 days"), "week")
        self.dates.addItem(self.tr("This month"), "month")
        self.dates.addItem(self.tr("Last month"), "last_month")
        self.dates.addItem(self.tr("Date range…"), "range")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today, self)
        self.date_from.setObjectName("filter_from")
        self.date_to = QDateEdit(today.addDays(30), self)
        self.date_to.setObjectName("filter_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setVisible(False)
            edit.dateChanged.connect(lambda _d: self.filters_changed.emit())
        for combo in (self.status, self.category, self.platform, self.dates):
            combo.currentIndexChanged.connect(self._changed)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.category, self.platform, self.dates):
            row.addWidget(widget)
        range_row = QHBoxLayout()
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.addWidget(self.date_from)
        range_row.addWidget(self.date_to)
        range_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)
        layout.addLayout(range_row)

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _changed(self) -> None:
        custom = self.dates.currentData() == "range"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.filters_changed.emit()

    def date_range(self, today: date | None = None) -> tuple[date | None, date | None]:
        today = today or date.today()
        choice = self.dates.currentData()
        if choice == "today":
            return today, today
        if choice == "week":
            return today, today + timedelta(days=7)
        if choice == "month":
            return month_range(today)
        if choice == "last_month":
            return month_range(today, -1)
        if choice == "range":
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        return None, None
