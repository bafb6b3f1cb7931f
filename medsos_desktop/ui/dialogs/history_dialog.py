"""A post's history: every status change, and what changed in the captions since the
approved revision, side by side."""

from __future__ import annotations

import difflib
import html
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from medsos_desktop.domain.platforms import RULES
from medsos_desktop.domain.posts import PostContent, Status
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.ui.common.screen_fit import fit_dialog
from medsos_desktop.ui.post_list import tr_status

if TYPE_CHECKING:
    from medsos_desktop.services.posts import PostEventInfo


def _local(value: datetime) -> str:
    return value.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")


def _status_name(value: str) -> str:
    try:
        return tr_status(Status(value))
    except ValueError:
        return value or "—"


_CONTEXT = "HistoryDialog"


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


# What the program itself writes into an event's actor and comment, as words.
_ACTORS = {
    "sync": QT_TRANSLATE_NOOP("HistoryDialog", "Medsos Desktop (automatic)"),
    "demo": QT_TRANSLATE_NOOP("HistoryDialog", "Sample workspace"),
}
_NOTES = {
    "created": QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    "new revision": QT_TRANSLATE_NOOP("HistoryDialog", "Revision {number} opened for changes"),
    "trashed": QT_TRANSLATE_NOOP("HistoryDialog", "Moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("HistoryDialog", "Restored from the trash"),
    "approval expired": QT_TRANSLATE_NOOP(
        "HistoryDialog",
        "The approval expired: the post was not published in time after its planned date. "
        "Revision {number} must be approved again.",
    ),
}
_SENT = QT_TRANSLATE_NOOP("HistoryDialog", "Revision {number}, sent to the central folder")
_STEP_APPROVED = QT_TRANSLATE_NOOP(
    "HistoryDialog", "Step “{step}” approved on the reviewer's own PC; sent to the next step"
)
_STEP_PREFIX = "step approved: "  # services/remote_review.STEP_APPROVED
_FROM_PACK = QT_TRANSLATE_NOOP(
    "HistoryDialog", "Made from a Diskominfo content pack (revision {number})"
)
_MAIN_CAPTION = QT_TRANSLATE_NOOP("HistoryDialog", "Main caption")
_PACK_PATH = re.compile(r"^packs/[^/]+/r(\d+)$")


def event_actor(actor: str) -> str:
    """Who made the change: a person's name, or what the program did by itself."""
    return _tr(_ACTORS[actor]) if actor in _ACTORS else actor or "—"


def event_note(event: PostEventInfo) -> str:
    """The event's comment as a sentence; never a path inside the central folder."""
    comment = event.comment
    if event.to_status == Status.SYNCED.value:
        return _tr(_SENT).format(number=event.revision)
    if comment in _NOTES:
        return _tr(_NOTES[comment]).format(number=event.revision)
    if comment.startswith(_STEP_PREFIX):
        return _tr(_STEP_APPROVED).format(step=comment[len(_STEP_PREFIX) :])
    if match := _PACK_PATH.match(comment):
        return _tr(_FROM_PACK).format(number=match.group(1))
    return comment


def _who_html(event: PostEventInfo) -> str:
    """The person's name with their position under it, when the event names a person."""
    who = html.escape(event_actor(event.actor))
    return who + (f"<br><small>{html.escape(event.jabatan)}</small>" if event.jabatan else "")


def caption_diff_html(old: PostContent, new: PostContent, old_label: str, new_label: str) -> str:
    """Side-by-side tables of every caption that changed (base and per platform)."""
    differ = difflib.HtmlDiff(wrapcolumn=48)
    parts = []
    platforms = list(dict.fromkeys([*old.platforms, *new.platforms]))
    pairs = [(_tr(_MAIN_CAPTION), old.base_caption, new.base_caption)]
    pairs += [(RULES[p].label, old.final_caption(p), new.final_caption(p)) for p in platforms]
    for title, before, after in pairs:
        if before == after:
            continue
        table = differ.make_table(
            before.splitlines() or [""], after.splitlines() or [""], old_label, new_label
        )
        parts.append(f"<h4>{html.escape(title)}</h4>{table}")
    return "".join(parts)


class HistoryDialog(QDialog):
    def __init__(
        self,
        title: str,
        events: list[PostEventInfo],
        approved: PostContent | None,
        current: PostContent,
        approved_revision: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        self.resize(900, 640)
        rows = "".join(
            f"<tr><td>{_local(e.at)}</td><td>{e.revision}</td>"
            f"<td>{html.escape(_status_name(e.from_status))} → "
            f"{html.escape(_status_name(e.to_status))}</td>"
            f"<td>{_who_html(e)}</td><td>{html.escape(event_note(e))}</td></tr>"
            for e in events
        )
        # Translated outside the f-strings: lupdate cannot see calls inside them.
        labels = [
            self.tr("When"),
            self.tr("Revision"),
            self.tr("Change"),
            self.tr("By"),
            self.tr("Comment"),
        ]
        head = "<tr>" + "".join(f"<th>{html.escape(t)}</th>" for t in labels) + "</tr>"
        status_title = self.tr("Status changes")
        body = f"<h3>{status_title}</h3><table cellpadding='4'>{head}{rows}</table>"
        if approved is not None:
            diff = caption_diff_html(
                approved,
                current,
                self.tr("Approved (revision {number})").format(number=approved_revision),
                self.tr("Now"),
            )
            changes_title = self.tr("Caption changes since the approved revision")
            unchanged = self.tr("No caption has changed.")
            body += f"<h3>{changes_title}</h3>" + (diff or f"<p>{unchanged}</p>")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("history_browser")
        self.browser.setHtml(body)
        note = QLabel(self.tr("Added text is green, removed text red."), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_dialog(self)  # within the screen, buttons in sight
