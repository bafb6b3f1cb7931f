"""Guard against the PySide6 6.12.0 regression that corrupts None's and True's reference
counts when they cross Qt (a model's data(), a signal's argument), which crashed the
test run at interpreter exit. A future PySide6 in the lock file must pass this."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: object, role: int = Qt.ItemDataRole.DisplayRole) -> None:
        return None


class _Emitter(QObject):
    value = Signal(object)


def test_none_returned_from_model_data_keeps_its_refcount(qapp: object) -> None:
    model = _NoneModel()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert abs(sys.getrefcount(None) - before) < 50


def test_none_and_bools_through_signals_keep_their_refcounts(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        emitter.value.emit(None)
        emitter.value.emit(True)
    received.clear()
    assert abs(sys.getrefcount(None) - before_none) < 50
    assert abs(sys.getrefcount(True) - before_true) < 50
