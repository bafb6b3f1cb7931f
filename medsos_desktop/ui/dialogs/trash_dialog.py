"""Sampah: deleted posts, restorable for TRASH_DAYS days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.posts import TRASH_DAYS, PostRow, Status, TrashedRow
from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.translation import error_text
from medsos_desktop.ui.post_list import tr_status

if TYPE_CHECKING:
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.ui.common.tasks import TaskRunner


class TrashDialog(QDialog):
    restored = Signal(PostRow)

    def __init__(self, posts: PostService, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setWindowTitle(self.tr("Trash"))
        self.posts = posts
        self.runner = runner
        self._rows: list[TrashedRow] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deleted posts stay here for {days} days. Restore one to put it back in the "
                "list as it was, with its history; after {days} days it is deleted for good."
            ).format(days=TRASH_DAYS),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("trash_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Status"), self.tr("Deleted on")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("The trash is empty."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("trash_restore")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.purge_button = QPushButton(self.tr("Delete for good…"), self)
        self.purge_button.setObjectName("trash_delete")
        self.purge_button.clicked.connect(self._ask_delete)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.resize(640, 380)
        fit_dialog(self)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.runner.run(self.posts.trash, on_done=self._show)

    def _show(self, rows: list[TrashedRow]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            try:
                status = tr_status(Status(row.status))
            except ValueError:
                status = ""
            when = row.deleted_at.strftime("%d-%m-%Y %H.%M")
            for column, value in enumerate((row.title or self.tr("(untitled)"), status, when)):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected(self) -> TrashedRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._rows[index] if selected and 0 <= index < len(self._rows) else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def _restore(self) -> None:
        row = self._selected()
        if row is None:
            return
        post_id = row.id

        def done(restored: PostRow | None) -> None:
            if restored is not None:
                self.restored.emit(restored)
            self.reload()

        self.runner.run(lambda: self.posts.restore(post_id), on_done=done, on_error=self._error)

    def _ask_delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        post_id = row.id
        self._confirm = messages.confirm(
            self,
            self.tr("Delete for good"),
            self.tr("Delete “{title}” for good? It cannot be restored afterwards.").format(
                title=row.title or self.tr("(untitled)")
            ),
            self.tr("Delete for good"),
            lambda: self.runner.run(
                lambda: self.posts.delete_for_good(post_id),
                on_done=lambda _r: self.reload(),
                on_error=self._error,
            ),
        )

    def _error(self, exc: BaseException) -> None:
        from medsos_desktop.domain.text import UserFacingError
        from medsos_desktop.ui.common.translation import qt_translate

        if isinstance(exc, UserFacingError):
            text = exc.render(qt_translate)
        else:
            text = self.tr("The trash could not be changed: {error}").format(error=error_text(exc))
        self._message = messages.show_message(self, self.tr("Trash"), text)
