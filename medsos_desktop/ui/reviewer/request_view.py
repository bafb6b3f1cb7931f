"""A request's post on the head of office's PC, as the admin's review dialog shows it: when
it is planned to go out and in which category, who approved the steps before, and each
platform's tab with the post as its feed shows it beside the whole text, the findings
underlined there, and the images with their alt text. Words selected in a text are
what a comment is pinned to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import content_from_dict
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.dialogs.review_dialog import PostPreview
from medsos_desktop.ui.editor.findings_view import platform_name
from medsos_desktop.ui.post_list import tr_category

if TYPE_CHECKING:
    from medsos_desktop.domain.checks import Finding
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.services.reviewer_desk import InboxItem

POST_MIN_HEIGHT = 560  # a phone card and the text beside it, and the images under them


@dataclass(frozen=True)
class Pin:
    """The words a comment is pinned to: in `platform`'s text, Qt positions."""

    platform: Platform
    text: str
    start: int
    end: int
    quote: str


def long_date(when: datetime) -> str:
    """ "Kamis, 10 Desember 2026, 09.00" in the user's language."""
    locale = QLocale()
    day = locale.toString(QDate(when.year, when.month, when.day), "dddd, d MMMM yyyy")
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


def short_date(when: datetime) -> str:
    """ "3 Des 2026 19.29" in the user's language."""
    locale = QLocale()
    day = locale.toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
    time = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"


class RequestPost(QWidget):
    """The post of the request shown; `facts_label` and `earlier_label` are for the host
    to place above it (with its own findings between)."""

    pin_changed = Signal()  # the words a comment would be pinned to changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("request_post")
        self.facts_label = QLabel("")
        self.facts_label.setObjectName("review_facts")
        self.facts_label.setWordWrap(True)
        self.earlier_label = QLabel("")
        self.earlier_label.setObjectName("earlier_steps")
        self.earlier_label.setWordWrap(True)
        self.preview: PostPreview | None = None
        self._holder: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(POST_MIN_HEIGHT)

    def show_request(self, item: InboxItem, findings: list[Finding], agency_name: str) -> None:
        from medsos_desktop.services.reviewer_view import earlier_steps

        content = content_from_dict(item.content)
        facts = [
            self.tr("Planned to go out: {when}").format(when=long_date(content.planned_at))
            if content.planned_at is not None
            else self.tr("Planned to go out: not scheduled yet"),
            self.tr("Category: {category}").format(category=tr_category(content.category)),
        ]
        self.facts_label.setText(" · ".join(facts))
        lines = [
            self.tr("Step {number} ({title}): approved by {names}, {time}").format(
                number=step.number,
                title=step.title,
                names=step.reviewers,
                time=short_date(step.signed) if step.signed is not None else "",
            )
            for step in earlier_steps(item)
        ]
        self.earlier_label.setText("\n".join(lines))
        self.earlier_label.setVisible(bool(lines))

        if self._holder is not None:
            # Its runner goes with it: images still decoding for it are dropped.
            self._layout.removeWidget(self._holder)
            self._holder.deleteLater()
        holder = QWidget(self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        by_platform: dict[Platform, list[Finding]] = {}
        for finding in findings:
            if finding.platform is not None:
                by_platform.setdefault(finding.platform, []).append(finding)
        media = item.media
        preview = PostPreview(
            content,
            by_platform,
            lambda sha256: media.get(sha256),
            TaskRunner(holder),
            profile=AgencyProfile(name=agency_name),
            parent=holder,
        )
        title = preview.findChild(QLabel, "review_post_title")
        if title is not None:
            title.hide()  # the window's own title names the post
        for text in preview.texts.values():  # the findings are underlined there
            text.selectionChanged.connect(self.pin_changed)
        preview.tabs.currentChanged.connect(lambda _index: self.pin_changed.emit())
        holder_layout.addWidget(preview)
        self._layout.addWidget(holder)
        self._holder, self.preview = holder, preview
        self.pin_changed.emit()

    def current_platform(self) -> Platform | None:
        preview = self.preview
        if preview is None:
            return None
        page = preview.tabs.currentWidget()
        return next((p for p, w in preview.pages.items() if w is page), None)

    def pin(self) -> Pin | None:
        """The words selected in the platform tab shown (None: the post as a whole)."""
        platform = self.current_platform()
        if platform is None or self.preview is None:
            return None
        view = self.preview.texts[platform]
        cursor = view.textCursor()
        if not cursor.hasSelection():
            return None
        return Pin(
            platform,
            view.toPlainText(),
            cursor.selectionStart(),
            cursor.selectionEnd(),
            cursor.selectedText().replace("\u2029", "\n"),
        )

    def platform_label(self, platform: Platform) -> str:
        return platform_name(platform)
