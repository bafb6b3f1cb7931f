"""The comments of the reviewer who sent the post back (issue 16), over the editor: who
sent it back, and each comment with the caption span it is pinned to (marked in that
platform's caption) or the part of the image it is about. Shown while the post is sent
back; gone once it is submitted again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from medsos_desktop.domain.platforms import RULES, Platform

if TYPE_CHECKING:
    from medsos_desktop.services.review_view import ReturnedComment

# The background of a caption span a reviewer commented on.
MARK_COLOUR = "#ffe08a"
QUOTE_SHOWN = 60  # characters of a quoted span shown in the list
# The list grows with its comments up to this many lines, then scrolls: at 1366x768 the
# caption below stays in sight.
LINES_SHOWN = 7


class ReviewNotesPanel(QFrame):
    """A comment clicked: `caption_requested(platform, index)` or `image_requested(row)`
    (index: the comment's place in `comments`; row: the image's place, from 0)."""

    caption_requested = Signal(str, int)
    image_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_notes")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#review_notes { background: #fdecea; border: 1px solid #e57373;"
            " border-radius: 4px; }"
        )
        self.comments: tuple[ReturnedComment, ...] = ()
        self.title = QLabel(self)
        self.title.setObjectName("review_notes_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; color: #8e1c1c;")
        self.list = QListWidget(self)
        self.list.setObjectName("review_notes_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget { background: white; }")
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.setVisible(False)

    def show_comments(
        self, returned_by: str, comments: tuple[ReturnedComment, ...], changed: set[int]
    ) -> None:
        """`changed`: the comments whose caption span is no longer in the caption."""
        self.comments = comments
        self.list.clear()
        if not comments:
            self.setVisible(False)
            return
        jabatan = comments[0].jabatan
        who = f"{returned_by} ({jabatan})" if jabatan else returned_by
        self.title.setText(
            self.tr(
                "Sent back by {reviewer} with {count} comments. Fix the post, then submit it "
                "again. Click a comment to see its place."
            ).format(reviewer=who, count=len(comments))
        )
        for index, comment in enumerate(comments):
            item = QListWidgetItem(f"• {self._place(comment, index in changed)}: {comment.text}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(comment.text)
            self.list.addItem(item)
        self.setVisible(True)
        self._fit_height()

    def _fit_height(self) -> None:
        """Each comment as tall as its wrapped text, the list as tall as its comments up to
        `LINES_SHOWN` lines, then a scroll bar. A list view sizes its rows before it knows
        their width, which left every comment one line high and cut off: the rows are
        measured here, at the width the list has now."""
        frame = 2 * self.list.frameWidth()
        metrics = self.list.fontMetrics()
        cap = metrics.lineSpacing() * LINES_SHOWN + frame
        margin = 2 * (self.list.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = max(self.list.width() - frame, 80)

        def heights(text_width: int) -> list[int]:
            flags = int(Qt.TextFlag.TextWordWrap)
            return [
                metrics.boundingRect(QRect(0, 0, text_width, 100_000), flags, item.text()).height()
                + 4
                for item in (self.list.item(r) for r in range(self.list.count()))
            ]

        rows = heights(width - margin - 2)
        if sum(rows) + frame > cap:  # the scroll bar takes its width from the text
            width -= self.list.verticalScrollBar().sizeHint().width()
            rows = heights(width - margin - 2)
        for row, height in enumerate(rows):
            self.list.item(row).setSizeHint(QSize(width, height))
        self.list.setFixedHeight(min(sum(rows) + frame, cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.comments:
            self._fit_height()  # wrapped lines change with the width

    def mark_changed(self, changed: set[int]) -> None:
        """The place texts again, once edits moved or removed marked spans."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            index = int(item.data(Qt.ItemDataRole.UserRole))
            comment = self.comments[index]
            item.setText(f"• {self._place(comment, index in changed)}: {comment.text}")
        self._fit_height()

    def _place(self, comment: ReturnedComment, changed: bool) -> str:
        if comment.platform:
            try:
                label = RULES[Platform(comment.platform)].label
            except ValueError:
                label = comment.platform
            if changed or not comment.quote:
                return self.tr("{platform} caption (the marked words were changed)").format(
                    platform=label
                )
            quote = comment.quote.replace("\n", " ")
            if len(quote) > QUOTE_SHOWN:
                quote = quote[: QUOTE_SHOWN - 1] + "…"
            return self.tr("{platform}, on “{quote}”").format(platform=label, quote=quote)
        if comment.image:
            if not comment.image_number:
                return self.tr("An image no longer in the post")
            return self.tr("Image {number}, {area}").format(
                number=comment.image_number, area=self.area(comment.region)
            )
        return self.tr("The whole post")

    def area(self, region: tuple[float, float, float, float] | None) -> str:
        """Where the region is in the image, in words: "top right", "the middle"."""
        if region is None:
            return self.tr("the whole image")
        x0, y0, x1, y1 = region
        if x1 - x0 >= 0.8 and y1 - y0 >= 0.8:
            return self.tr("the whole image")
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        column = 0 if cx < 1 / 3 else 2 if cx > 2 / 3 else 1
        row = 0 if cy < 1 / 3 else 2 if cy > 2 / 3 else 1
        names = {
            (0, 0): self.tr("the top left part"),
            (0, 1): self.tr("the top middle part"),
            (0, 2): self.tr("the top right part"),
            (1, 0): self.tr("the middle left part"),
            (1, 1): self.tr("the middle"),
            (1, 2): self.tr("the middle right part"),
            (2, 0): self.tr("the bottom left part"),
            (2, 1): self.tr("the bottom middle part"),
            (2, 2): self.tr("the bottom right part"),
        }
        return names[(row, column)]

    def _activated(self, item: QListWidgetItem) -> None:
        index = int(item.data(Qt.ItemDataRole.UserRole))
        comment = self.comments[index]
        if comment.platform:
            self.caption_requested.emit(comment.platform, index)
        elif comment.image and comment.image_number:
            self.image_requested.emit(comment.image_number - 1)
