"""The CSV import's preview table: every row of the file, the post it matched and what
will happen to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

from medsos_desktop.services.metrics import (
    MATCH_DATE,
    MATCH_DATE_TEXT,
    MATCH_HAND,
    MATCH_LABELS,
    METRIC_FIELDS,
    ROW_ALREADY,
    ROW_LABELS,
    ROW_MATCHED,
    MatchPreview,
    MetricRow,
    RowMatch,
    SkippedRow,
)
from medsos_desktop.ui.common.translation import qt_translate
from medsos_desktop.ui.metrics.fields import _MUTED, tr_field, tr_platform

_AnyIndex = QModelIndex | QPersistentModelIndex
# A row of the preview: a row that can be imported, or one the reader left out.
_Entry = RowMatch | SkippedRow


class ImportRowsModel(QAbstractTableModel):
    """Every row of the file with its post and what will happen to it."""

    LINE, PLATFORM, PUBLISHED, TEXT, FIGURES, POST, HOW, STATUS = range(8)
    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: MatchPreview | None = None
        self.entries: list[_Entry] = []
        self.choices: dict[int, int | None] = {}
        self.titles: dict[int, str] = {}

    def set_preview(self, preview: MatchPreview | None, choices: dict[int, int | None]) -> None:
        self.beginResetModel()
        self.preview = preview
        self.choices = choices
        self.entries = []
        if preview is not None:
            self.entries = sorted(
                [*preview.matches, *preview.skipped],
                key=lambda e: e.row.line if isinstance(e, RowMatch) else e.line,
            )
            self.titles = {c.id: c.title for c in preview.choices}
            self.titles.update({m.post_id: m.post_title for m in preview.matches if m.post_id})
        self.endResetModel()

    def refresh_line(self, line: int) -> None:
        for row, entry in enumerate(self.entries):
            if isinstance(entry, RowMatch) and entry.row.line == line:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Line"),
            self.tr("Platform"),
            self.tr("Published"),
            self.tr("Caption or title"),
            self.tr("Figures"),
            self.tr("Post"),
            self.tr("Matched by"),
            self.tr("Result"),
        )[section]

    def post_of(self, match: RowMatch) -> tuple[int | None, bool]:
        """(post the row goes to, chosen by hand?)"""
        line = match.row.line
        if line in self.choices:
            return self.choices[line], True
        return match.post_id, False

    def will_import(self, match: RowMatch) -> bool:
        return match.status != ROW_ALREADY and self.post_of(match)[0] is not None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == self.EntryRole:
            return entry
        if isinstance(entry, SkippedRow):
            return self._skipped_data(entry, index.column(), role)
        return self._match_data(entry, index.column(), role)

    def _skipped_data(self, entry: SkippedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.LINE:
            return str(entry.line)
        if column == self.STATUS:
            return self.tr("Left out: {reason}").format(reason=entry.render(qt_translate))
        return ""

    def _match_data(self, match: RowMatch, column: int, role: int) -> Any:
        row = match.row
        post_id, by_hand = self.post_of(match)
        if role == Qt.ItemDataRole.ForegroundRole:
            if match.status == ROW_ALREADY or (by_hand and post_id is None):
                return _MUTED
            if column == self.STATUS:
                return QColor("#2e7d32") if post_id is not None else QColor("#b26a00")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FIGURES:
            return self._figures(row, "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.LINE:
            return str(row.line)
        if column == self.PLATFORM:
            return tr_platform(match.platform) if match.platform else "–"
        if column == self.PUBLISHED:
            return row.published.strftime("%d-%m-%Y %H:%M") if row.published else ""
        if column == self.TEXT:
            return row.text
        if column == self.FIGURES:
            return self._figures(row, " · ")
        if column == self.POST:
            return self.titles.get(post_id, "") if post_id is not None else ""
        if column == self.HOW:
            kind = MATCH_HAND if by_hand and post_id is not None else match.kind
            text = QCoreApplication.translate("Metrics", MATCH_LABELS[kind])
            if kind in (MATCH_DATE, MATCH_DATE_TEXT):
                text += f" ({round(match.confidence * 100)}%)"
            return text
        if column == self.STATUS:
            if match.status == ROW_ALREADY:
                return QCoreApplication.translate("Metrics", ROW_LABELS[ROW_ALREADY])
            if by_hand and post_id is None:
                return self.tr("skipped by you")
            state = ROW_MATCHED if post_id is not None else match.status
            return QCoreApplication.translate("Metrics", ROW_LABELS[state])
        return None

    @staticmethod
    def _figures(row: MetricRow, separator: str) -> str:
        locale = QLocale()
        return separator.join(
            f"{tr_field(name)} {locale.toString(row.metrics[name])}"
            for name in METRIC_FIELDS
            if name in row.metrics
        )

    def counts(self) -> tuple[int, int, int, int]:
        """(to import, needing a post, already imported, left out)."""
        matches = [e for e in self.entries if isinstance(e, RowMatch)]
        to_import = sum(1 for m in matches if self.will_import(m))
        already = sum(1 for m in matches if m.status == ROW_ALREADY)
        waiting = sum(
            1
            for m in matches
            if m.status != ROW_ALREADY and m.row.line not in self.choices and m.post_id is None
        )
        left_out = len(self.entries) - to_import - already - waiting
        return to_import, waiting, already, left_out
