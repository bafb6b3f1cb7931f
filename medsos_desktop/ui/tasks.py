"""One way to run work off the GUI thread: a callable on a QThreadPool, its result back by signal.

Lower layers stay Qt-free: they are plain callables (optionally taking a
`progress(done, total)` callback). Tests can switch every runner to synchronous
mode with `TaskRunner.synchronous = True`.
"""

from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, with_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.with_progress = with_progress
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
            else:
                result = self.fn()
        except BaseException as exc:  # every failure must reach the GUI
            log.debug("background job failed: %s", "".join(traceback.format_exception(exc)))
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window that asked is gone (the app is closing): nobody to tell.
            log.debug("result of a background job dropped: receiver deleted")


class TaskRunner(QObject):
    """Runs jobs on its own pool. A pool of one thread keeps jobs in order (saves)."""

    synchronous: ClassVar[bool] = False
    _instances: ClassVar[weakref.WeakSet[TaskRunner]] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads is not None:
            self.pool.setMaxThreadCount(max_threads)
        TaskRunner._instances.add(self)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        # Parented to the runner: when the widget that owns the runner is deleted (a closed
        # dialog), its pending results die with it instead of reaching deleted widgets.
        signals = _Signals(self)
        if on_done:
            signals.finished.connect(on_done)
        if on_error:
            signals.failed.connect(on_error)
        else:
            signals.failed.connect(lambda exc: log.error("background job failed: %r", exc))
        if on_progress:
            signals.progress.connect(on_progress)
        signals.finished.connect(signals.deleteLater)
        signals.failed.connect(signals.deleteLater)
        job = _Job(fn, signals, with_progress=on_progress is not None)
        if TaskRunner.synchronous:
            job.run()
        else:
            self.pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for this runner's jobs. A runner whose owner was deleted (a closed dialog,
        deleted with `deleteLater`) has no pool any more: the pool's destructor already
        waited for its jobs, so there is nothing left to wait for."""
        if not isValid(self) or not isValid(self.pool):
            return True
        return self.pool.waitForDone(msecs)

    @classmethod
    def wait_all(cls, msecs: int = 10000) -> bool:
        """Before the interpreter exits: a worker still running Python code then would hang
        waiting for the interpreter lock, and the pool's destructor with it."""
        return all(runner.wait(msecs) for runner in list(cls._instances))


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after the paint has been delivered
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` on the GUI thread once `widget` has painted for the first time."""
    widget.installEventFilter(_FirstPaint(widget, callback))
