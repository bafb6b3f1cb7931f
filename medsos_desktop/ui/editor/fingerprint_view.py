"""Key fingerprints in tables: read out by phone, group by group, so never cut.

A fingerprint column is as wide as its longest fingerprint, in a fixed-width font (so
`0` and `O`, `1` and `l` stay apart and the groups line up from row to row; the model
gives `fingerprint_font()` for the column's FontRole), and never elided: a view that
is too narrow scrolls sideways instead.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


def fingerprint_font(bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setBold(bold)
    return font


class _WholeText(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideNone


def show_fingerprints(table: QTableView, column: int) -> None:
    """Make `column` of `table` a fingerprint column: whole, sized to its contents (rows
    too, for a fingerprint on two lines)."""
    table.setItemDelegateForColumn(column, _WholeText(table))
    table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
