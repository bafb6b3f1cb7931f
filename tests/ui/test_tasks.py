"""ui/common/tasks.py: a runner whose owner was deleted does not break waiting for the others."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from medsos_desktop.ui.common.tasks import TaskRunner


def test_wait_all_after_a_dialog_with_a_runner_was_deleted(qtbot: QtBot) -> None:
    dialog = QDialog()
    runner = TaskRunner(dialog)
    survivor = TaskRunner()
    finished = threading.Event()
    runner.run(lambda: None)
    survivor.run(finished.set)
    with qtbot.waitSignal(dialog.destroyed, timeout=5000):
        dialog.deleteLater()
    assert TaskRunner.wait_all(5000) is True
    assert finished.is_set()
    assert runner.wait() is True


def test_synchronous_mode_delivers_before_run_returns(
    qtbot: QtBot, synchronous_tasks: None
) -> None:
    """What tests rely on when they switch runners to synchronous mode: the job ran on this
    thread, and its result, its progress and a failure arrived before `run` returned."""
    runner = TaskRunner()
    here = threading.get_ident()
    results: list[int] = []
    progress: list[tuple[int, int]] = []
    errors: list[BaseException] = []

    def counting(report: Callable[[int, int], None]) -> int:
        report(1, 2)
        report(2, 2)
        return threading.get_ident()

    runner.run(counting, on_done=results.append, on_progress=lambda d, t: progress.append((d, t)))
    assert results == [here] and progress == [(1, 2), (2, 2)]
    runner.run(lambda: 1 / 0, on_done=results.append, on_error=errors.append)
    assert len(results) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert runner.busy is False


def test_a_serial_runner_keeps_its_jobs_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner(max_threads=1)
    order: list[int] = []
    overlap: list[bool] = []
    running = threading.Lock()

    def job(number: int) -> None:
        overlap.append(not running.acquire(blocking=False))
        try:
            threading.Event().wait(0.005 * (10 - number))  # earlier jobs take longer
            order.append(number)
        finally:
            running.release()

    for number in range(10):
        runner.run(lambda number=number: job(number))
    assert runner.wait(10000) is True
    assert order == list(range(10))
    assert not any(overlap)
    assert runner.busy is False


def test_a_parallel_runner_runs_jobs_side_by_side(qtbot: QtBot) -> None:
    runner = TaskRunner()
    both_in = threading.Barrier(2, timeout=5)
    results: list[str] = []
    for name in ("a", "b"):
        # Each job waits for the other: only two jobs running at once get past the barrier.
        runner.run(lambda name=name: (both_in.wait(), name)[1], on_done=results.append)
    assert runner.wait(10000) is True
    qtbot.waitUntil(lambda: sorted(results) == ["a", "b"], timeout=5000)


_DELETE_WHILE_RUNNING = """
import sys, threading, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from medsos_desktop.ui.common.tasks import TaskRunner

app = QApplication([])
dialog = QDialog()
runner = TaskRunner(dialog, max_threads=int(sys.argv[1]) or None)
started = threading.Event()

def busy_python():
    started.set()
    end = time.monotonic() + 1.0
    while time.monotonic() < end:  # Python code: needs the interpreter lock throughout
        sum(range(100))

runner.run(busy_python)
started.wait(5)
dialog.deleteLater()
QTest.qWait(100)  # holds the interpreter lock while the deferred delete runs in it
assert TaskRunner.wait_all(10000)
print("closed")
"""


def test_deleting_a_dialog_while_its_job_runs_does_not_freeze(tmp_path: object) -> None:
    """A pool owned by the dialog waited in its destructor for a worker that waited for
    the interpreter lock the GUI thread held: the app froze for good (it froze CI)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for threads in ("1", "0"):
        done = subprocess.run(
            [sys.executable, "-c", _DELETE_WHILE_RUNNING, threads],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "closed"
