"""One way to run work off the GUI thread: a callable on the app's one thread pool, its
result back by signal.

Lower layers stay Qt-free: they are plain callables (optionally taking a
`progress(done, total)` callback). Tests that wait for a job only to get its result
switch every runner to synchronous mode (`TaskRunner.synchronous = True`, the
`synchronous_tasks` fixture of tests/ui/conftest.py): the job runs on the calling thread
and its result, error or progress is delivered before `run` returns.

Every runner shares one pool that no widget owns. A pool owned by a widget is destroyed
with it, and `~QThreadPool` then waits for its workers while the GUI thread holds the
interpreter lock those workers need to finish: the app (and CI) froze when a dialog was
deleted with a job still running. A runner's jobs are counted in a plain Python `_Lane`,
so waiting for them never depends on a Qt object that may be gone; a serial lane runs its
jobs one after another in submission order (saves, checks).
"""

from __future__ import annotations

import logging
import threading
import traceback
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

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

log = logging.getLogger(__name__)

T = TypeVar("T")

# Jobs mostly wait on disk, SQLite or the share; a long scan or sync must not hold back
# a caption check, so the pool is wider than the number of cores.
POOL_THREADS = 8


def shared_pool() -> QThreadPool:
    """The app's one pool (Qt's global instance: never deleted while the app runs)."""
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < POOL_THREADS:
        pool.setMaxThreadCount(POOL_THREADS)
    return pool


class _Signals(QObject):
    """A job's way back to the GUI thread. Owned by no widget: the worker emits on it while
    a dialog may be deleted on the GUI thread, so it lives as long as the job does; the
    runner receives (a deleted runner's queued results are dropped by Qt)."""

    finished = Signal(object, object)  # token, result
    failed = Signal(object, object)  # token, exception
    progress = Signal(object, int, int)  # token, done, total


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.work = work
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        self.work()


class _Lane:
    """The jobs of one runner: counted, and for a serial runner queued in order."""

    def __init__(self, serial: bool) -> None:
        self.serial = serial
        self.queue: deque[Callable[[], None]] = deque()
        self.draining = False
        self.pending = 0
        self.changed = threading.Condition()

    def submit(self, work: Callable[[], None]) -> None:
        with self.changed:
            self.pending += 1
            if not self.serial:
                runnable = _Runnable(lambda: self._run_one(work))
            else:
                self.queue.append(work)
                if self.draining:
                    return
                self.draining = True
                runnable = _Runnable(self._drain)
        shared_pool().start(runnable)

    def _drain(self) -> None:
        while True:
            with self.changed:
                if not self.queue:
                    self.draining = False
                    return
                work = self.queue.popleft()
            self._run_one(work)

    def _run_one(self, work: Callable[[], None]) -> None:
        try:
            work()
        finally:
            with self.changed:
                self.pending -= 1
                self.changed.notify_all()

    def wait(self, msecs: int) -> bool:
        with self.changed:
            timeout = None if msecs < 0 else msecs / 1000
            return self.changed.wait_for(lambda: self.pending == 0, timeout)

    @property
    def busy(self) -> bool:
        with self.changed:
            return self.pending > 0


_LANES: weakref.WeakSet[_Lane] = weakref.WeakSet()  # a running job keeps its lane alive


def _execute(
    fn: Callable[..., Any], signals: _Signals, token: object, with_progress: bool
) -> Callable[[], None]:
    def work() -> None:
        try:
            if with_progress:
                result = fn(lambda done, total: _deliver(signals.progress, token, done, total))
            else:
                result = fn()
        except BaseException as exc:  # every failure must reach the GUI
            log.debug("background job failed: %s", "".join(traceback.format_exception(exc)))
            _deliver(signals.failed, token, exc)
        else:
            _deliver(signals.finished, token, result)

    return work


def _deliver(signal: SignalInstance, *values: object) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:
        # The window that asked is gone (a closed dialog, the app closing): nobody to tell.
        log.debug("result of a background job dropped: receiver deleted")


class TaskRunner(QObject):
    """Runs jobs on the shared pool. `max_threads=1` keeps its jobs in order (saves)."""

    synchronous: ClassVar[bool] = False  # tests only: run jobs at once on the caller's thread

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self._lane = _Lane(serial=max_threads == 1)
        _LANES.add(self._lane)
        # token -> (signals, on_done, on_error, on_progress) of the jobs not yet answered
        self._pending: dict[object, tuple[_Signals, Any, Any, Any]] = {}

    def run(
        self,
        fn: Callable[..., T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        # Received by the runner: when the widget that owns it is deleted (a closed dialog),
        # Qt drops the job's queued results instead of delivering them to deleted widgets.
        token = object()
        signals = _Signals()
        self._pending[token] = (signals, on_done, on_error, on_progress)
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        if on_progress:
            signals.progress.connect(self._progress)
        work = _execute(fn, signals, token, with_progress=on_progress is not None)
        if TaskRunner.synchronous:
            work()
        else:
            self._lane.submit(work)

    @Slot(object, object)
    def _finished(self, token: object, result: object) -> None:
        entry = self._pending.pop(token, None)
        if entry is None:
            return
        entry[0].deleteLater()
        if entry[1] is not None:
            entry[1](result)

    @Slot(object, object)
    def _failed(self, token: object, exc: object) -> None:
        entry = self._pending.pop(token, None)
        if entry is None:
            return
        entry[0].deleteLater()
        if entry[2] is not None:
            entry[2](exc)
        else:
            log.error("background job failed: %r", exc)

    @Slot(object, int, int)
    def _progress(self, token: object, done: int, total: int) -> None:
        entry = self._pending.get(token)
        if entry is not None and entry[3] is not None:
            entry[3](done, total)

    @property
    def busy(self) -> bool:
        """Whether a job of this runner is queued or running."""
        return self._lane.busy

    def wait(self, msecs: int = -1) -> bool:
        """Wait for this runner's jobs (also after its owner was deleted): True when none
        is left."""
        return self._lane.wait(msecs)

    @classmethod
    def wait_all(cls, msecs: int = 10000) -> bool:
        """Before the interpreter exits, and in tests before looking: a worker still running
        Python code at exit would hang waiting for the interpreter lock."""
        return all(lane.wait(msecs) for lane in list(_LANES))


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
