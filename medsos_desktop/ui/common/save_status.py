"""The status bar's "All changes saved 10:42:07": what the autosave is doing, in words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget


class SaveStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_label")

    def show_state(self, state: str) -> None:
        """`pending`, `saving`, `saved` or `error` (the autosave's states)."""
        texts = {
            "pending": self.tr("Unsaved changes…"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("All changes saved {time}").format(
                time=datetime.now().strftime("%H:%M:%S")
            ),
            "error": self.tr("Not saved yet: retrying"),
        }
        self.setText(texts.get(state, ""))
        self.setStyleSheet("color: #c62828; font-weight: 600;" if state == "error" else "")
