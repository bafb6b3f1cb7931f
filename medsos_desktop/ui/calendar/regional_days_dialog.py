"""The agency's own days to plan for: the city's anniversary, a local commemoration, a
one-off event; they appear in the calendar and can start greeting drafts."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text


class RegionalDaysDialog(QDialog):
    changed = Signal()

    def __init__(self, planning: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regional_days_dialog")
        self.setWindowTitle(self.tr("Days of the region"))
        self.resize(520, 420)
        self.planning = planning
        self.runner = TaskRunner(self)
        self.days = QListWidget(self)
        self.days.setObjectName("regional_days")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("regional_day_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Hari Jadi Kota Sukamaju"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.every_year = QCheckBox(self.tr("Every year"), self)
        self.every_year.setChecked(True)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("add_regional_day")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.date_edit)
        row.addWidget(self.every_year)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Days of your city or agency appear in the calendar beside the national "
                    "ones; Diskominfo's days arrive by themselves."
                ),
                self,
            )
        )
        layout.addWidget(self.days, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()
        fit_dialog(self)  # within the screen, buttons in sight

    def refresh(self) -> None:
        self.runner.run(self.planning.own_days, on_done=self._show, on_error=self._error)  # type: ignore[attr-defined]

    def _show(self, days: list) -> None:
        self.days.clear()
        for day_id, day in days:
            when = f"{day.day:02d}-{day.month:02d}" + (f"-{day.year}" if day.year else "")
            item = QListWidgetItem(f"{when}  {day.name}")
            item.setData(256, day_id)
            self.days.addItem(item)

    def add(self) -> None:
        name = self.name_edit.text()
        day = self.date_edit.date().toPython()
        every_year = self.every_year.isChecked()
        self.runner.run(
            lambda: self.planning.add_day(name, day, every_year),  # type: ignore[attr-defined]
            on_done=self._added,
            on_error=self._error,
        )

    def _added(self, _day_id: int) -> None:
        self.name_edit.clear()
        self.message.clear()
        self.changed.emit()
        self.refresh()

    def remove(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        day_id = item.data(256)
        self._confirm = messages.confirm(
            self,
            self.tr("Remove day"),
            self.tr("Remove “{day}” from the calendar?").format(day=item.text().strip()),
            self.tr("Remove"),
            lambda: self.runner.run(
                lambda: self.planning.remove_day(day_id),  # type: ignore[attr-defined]
                on_done=self._added,
                on_error=self._error,
            ),
        )

    def _error(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))
