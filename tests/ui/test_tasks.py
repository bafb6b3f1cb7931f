"""ui/tasks.py: a runner whose owner was deleted does not break waiting for the others."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from medsos_desktop.ui.tasks import TaskRunner


def test_wait_all_after_a_dialog_with_a_runner_was_deleted(qtbot: QtBot) -> None:
    dialog = QDialog()
    runner = TaskRunner(dialog)
    survivor = TaskRunner()
    finished = threading.Event()
    runner.run(lambda: None)
    survivor.run(finished.set)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.deleteLater()
    assert not isValid(runner.pool)  # the Python side lives on, as a closure keeps it
    assert TaskRunner.wait_all(5000) is True
    assert finished.is_set()
    assert runner.wait() is True
