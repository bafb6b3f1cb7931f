"""What Diskominfo shared: announcements, content packs, hashtag sets, assets, calendar
entries and templates, each usable from here; and the coordinator's key, loudly when it
changed."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.ui.common import messages
from medsos_desktop.ui.common.file_filters import file_dialog
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text

KIND_ORDER = ("announcements", "packs", "hashtags", "calendar", "assets", "templates")


class SharedItemsDialog(QDialog):
    """`service` is a SharedItemsService; every call to it runs on a worker."""

    pack_adopted = Signal(int)  # the new draft's post id

    def __init__(self, service: object, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shared_dialog")
        self.setWindowTitle(self.tr("From Diskominfo"))
        self.resize(860, 540)
        self.service = service
        self.actor = actor
        self.runner = TaskRunner(self)
        self._items: list[object] = []
        self._box = None

        self.key_label = QLabel(self)
        self.key_label.setObjectName("shared_key")
        self.key_label.setWordWrap(True)
        self.accept_key_button = QPushButton(self.tr("Accept the new key…"), self)
        self.accept_key_button.setVisible(False)
        self.accept_key_button.clicked.connect(self._confirm_new_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.accept_key_button)

        self.list = QListWidget(self)
        self.list.setObjectName("shared_list")
        self.list.currentRowChanged.connect(self._show)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("shared_detail")
        self.detail.setOpenExternalLinks(False)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("shared_action")
        self.action_button.setVisible(False)
        self.action_button.clicked.connect(self._act)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.image)
        right_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 560])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(key_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.refresh()
        fit_dialog(self)  # within the screen, buttons in sight

    def kind_label(self, kind: str) -> str:
        labels = {
            "announcements": self.tr("Announcement"),
            "packs": self.tr("Content pack"),
            "hashtags": self.tr("Hashtag set"),
            "calendar": self.tr("Calendar"),
            "assets": self.tr("Asset"),
            "templates": self.tr("Template"),
        }
        return labels.get(kind, kind)

    # -- loading -----------------------------------------------------------------

    def refresh(self) -> None:
        service = self.service

        def work() -> tuple[object, list[object]]:
            items = service.items()  # type: ignore[attr-defined]
            pin = service.pin_info()  # type: ignore[attr-defined]
            service.mark_seen()  # type: ignore[attr-defined]
            return pin, items

        self.runner.run(work, on_done=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.detail.setPlainText(error_text(exc))

    def _loaded(self, loaded: tuple[object, list[object]]) -> None:
        pin, items = loaded
        if pin is None:
            self.key_label.setText(
                self.tr("Nothing has arrived from Diskominfo yet. Items appear here after a sync.")
            )
            self.accept_key_button.setVisible(False)
        elif pin.changed_fingerprint:  # type: ignore[attr-defined]
            self.key_label.setText(
                self.tr(
                    "Diskominfo's key has CHANGED. Trusted key: {old}. Key in the folder now: "
                    "{new}. Nothing new is accepted until you confirm the new key with "
                    "Diskominfo by phone or in person."
                ).format(old=pin.fingerprint, new=pin.changed_fingerprint)  # type: ignore[attr-defined]
            )
            self.key_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.accept_key_button.setVisible(True)
        else:
            self.key_label.setText(
                self.tr("From {name}, verified with key {fingerprint}.").format(
                    name=pin.name,  # type: ignore[attr-defined]
                    fingerprint=pin.fingerprint,  # type: ignore[attr-defined]
                )
            )
            self.key_label.setStyleSheet("")
            self.accept_key_button.setVisible(False)
        order = {kind: n for n, kind in enumerate(KIND_ORDER)}
        self._items = sorted(items, key=lambda i: (order.get(i.kind, 99), i.item_id))  # type: ignore[attr-defined]
        self.list.clear()
        for item in self._items:
            title = (
                item.text("title")  # type: ignore[attr-defined]
                or item.text("name")  # type: ignore[attr-defined]
                or item.item_id  # type: ignore[attr-defined]
            )
            entry = QListWidgetItem(f"{self.kind_label(item.kind)} · {title}")  # type: ignore[attr-defined]
            if not item.seen:  # type: ignore[attr-defined]
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.list.addItem(entry)
        if self._items:
            self.list.setCurrentRow(0)
        else:
            self.detail.setPlainText(self.tr("No items."))

    # -- one item ----------------------------------------------------------------

    def current(self) -> object | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show(self, _row: int) -> None:
        item = self.current()
        self.image.clear()
        if item is None:
            return
        payload = item.payload  # type: ignore[attr-defined]
        lines = [f"<h3>{_escape(item.text('title') or item.text('name') or item.item_id)}</h3>"]  # type: ignore[attr-defined]
        for key in ("body", "caption", "note", "description"):
            if isinstance(payload.get(key), str) and payload[key].strip():
                lines.append(f"<p>{_escape(payload[key]).replace(chr(10), '<br>')}</p>")
        tags = payload.get("hashtags")
        if isinstance(tags, list):
            shown = " ".join(_escape(t) for t in tags if isinstance(t, str))
            lines.append(f"<p><b>{shown}</b></p>")
        if isinstance(payload.get("due"), str):
            planned = self.tr("Planned for {date}").format(date=payload["due"])
            lines.append(f"<p>{_escape(planned)}</p>")
        days = payload.get("days")
        if isinstance(days, list):
            for day in days[:60]:
                if isinstance(day, dict) and isinstance(day.get("name"), str):
                    lines.append(
                        f"<p>{_escape(day.get('day', ''))}/{_escape(day.get('month', ''))}"
                        f" — {_escape(day['name'])}</p>"
                    )
        self.detail.setHtml("".join(lines))
        kind = item.kind  # type: ignore[attr-defined]
        actions = {
            "packs": self.tr("Make a draft from this pack"),
            "hashtags": self.tr("Copy the hashtags"),
            "assets": self.tr("Save the file…"),
        }
        self.action_button.setVisible(kind in actions)
        self.action_button.setText(actions.get(kind, ""))
        if kind == "assets" and item.media:  # type: ignore[attr-defined]
            self._load_image(item)

    def _load_image(self, item: object) -> None:
        service = self.service

        def work() -> bytes | None:
            return service.media(item.kind, item.item_id, item.media[0])  # type: ignore[attr-defined]

        def done(data: bytes | None) -> None:
            if data and self.current() is item:
                pixmap = QPixmap()
                if pixmap.loadFromData(data):
                    self.image.setPixmap(
                        pixmap.scaled(
                            240,
                            240,
                            Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    )

        self.runner.run(work, on_done=done)

    def _act(self) -> None:
        item = self.current()
        if item is None:
            return
        kind = item.kind  # type: ignore[attr-defined]
        if kind == "packs":
            service, actor = self.service, self.actor
            self.runner.run(
                lambda: service.adopt_pack(item.item_id, actor),  # type: ignore[attr-defined]
                on_done=self._adopted,
                on_error=self._error,
            )
        elif kind == "hashtags":
            tags = item.payload.get("hashtags")  # type: ignore[attr-defined]
            text = " ".join(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else ""
            QGuiApplication.clipboard().setText(text)
            self.action_button.setText(self.tr("Copied"))
        elif kind == "assets" and item.media:  # type: ignore[attr-defined]
            self._save_asset(item)

    def _adopted(self, post_id: int) -> None:
        self.pack_adopted.emit(post_id)
        self.accept()

    def _error(self, exc: BaseException) -> None:

        text = error_text(exc)
        self._box = messages.show_message(self, self.tr("From Diskominfo"), text)

    def _save_asset(self, item: object) -> None:
        name = item.media[0].rsplit("/", 1)[-1]  # type: ignore[attr-defined]
        dialog = file_dialog(self, self.tr("Save the file"), "documents")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{item.item_id}.{name.rsplit('.', 1)[-1]}")  # type: ignore[attr-defined]
        service = self.service

        def chosen(path: str) -> None:
            def work() -> None:
                from medsos_desktop.services.settings import atomic_write_bytes

                data = service.media(item.kind, item.item_id, item.media[0])  # type: ignore[attr-defined]
                if data is not None:
                    atomic_write_bytes(Path(path), data)

            self.runner.run(work, on_error=self._error)

        dialog.fileSelected.connect(chosen)
        self._box = dialog
        dialog.open()

    def _confirm_new_key(self) -> None:
        service = self.service
        accept: Callable[[], None] = lambda: self.runner.run(  # noqa: E731
            service.accept_changed_key,  # type: ignore[attr-defined]
            on_done=lambda _r: self.refresh(),
            on_error=self._error,
        )
        self._box = messages.confirm(
            self,
            self.tr("Accept the new key"),
            self.tr(
                "Accept the new key only after Diskominfo has read its fingerprint to you by "
                "phone or in person and it matches the one shown here. Anyone who can write "
                "to the shared folder could have put a false key there."
            ),
            self.tr("Accept the new key"),
            accept,
        )


def _escape(text: object) -> str:
    return html.escape(str(text), quote=False)
