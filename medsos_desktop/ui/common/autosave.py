"""Autosave without a Save button: debounced, bounded, ordered, off the GUI thread.

A change is written at most `idle_ms` after typing pauses and never later than
`max_wait_ms` after the first unsaved change, so a crash or power cut loses at
most about a second. Saves run one at a time, in order, on their own thread; work
that must follow them (a status change) is queued behind them with `then()`. A
failed save keeps the text pending and is retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from medsos_desktop.domain.posts import PostContent
from medsos_desktop.services.errors import StorageError
from medsos_desktop.ui.common.tasks import TaskRunner
from medsos_desktop.ui.common.translation import error_text


class AutosaveController(QObject):
    saved = Signal(int, object, object)  # post id, content, updated_at
    failed = Signal(str)  # message for the user
    state_changed = Signal(str)  # "pending", "saving", "saved", "error"

    def __init__(
        self,
        save: Callable[[int, PostContent], datetime],
        parent: QObject | None = None,
        *,
        idle_ms: int = 400,
        max_wait_ms: int = 1000,
        retry_ms: int = 3000,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.runner = TaskRunner(self, max_threads=1)
        self._pending: dict[int, PostContent] = {}
        self._in_flight: dict[int, PostContent] = {}
        self._jobs = 0
        self._first_change: float | None = None
        self.max_wait_ms = max_wait_ms
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending) or self._jobs > 0

    def latest(self, post_id: int) -> PostContent | None:
        """The newest text of a post that may not be on disk yet."""
        return self._pending.get(post_id) or self._in_flight.get(post_id)

    def schedule(self, post_id: int, content: PostContent) -> None:
        self._pending[post_id] = content
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        self.state_changed.emit("pending")
        remaining = max(0, int(self.max_wait_ms - (now - self._first_change) * 1000))
        self._idle.start(min(self._idle.interval(), remaining))

    def flush(self) -> None:
        """Queue every pending snapshot for writing now."""
        self._idle.stop()
        pending, self._pending = self._pending, {}
        self._first_change = None
        for post_id, content in pending.items():
            self._in_flight[post_id] = content
            self._jobs += 1
            self.state_changed.emit("saving")
            self.runner.run(
                lambda pid=post_id, c=content: self._save(pid, c),
                on_done=lambda when, pid=post_id, c=content: self._done(pid, c, when),
                on_error=lambda exc, pid=post_id, c=content: self._error(pid, c, exc),
            )

    def then(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `fn` on the save thread after everything typed so far has been written."""
        self.flush()
        self._jobs += 1

        def done(result: Any) -> None:
            self._jobs -= 1
            if on_done:
                on_done(result)

        def error(exc: BaseException) -> None:
            self._jobs -= 1
            if on_error:
                on_error(exc)

        self.runner.run(fn, on_done=done, on_error=error)

    def _done(self, post_id: int, content: PostContent, when: datetime) -> None:
        self._jobs -= 1
        if self._in_flight.get(post_id) is content:
            del self._in_flight[post_id]
        self.saved.emit(post_id, content, when)
        if not self.has_pending:
            self.state_changed.emit("saved")

    def _error(self, post_id: int, content: PostContent, exc: BaseException) -> None:
        self._jobs -= 1
        if self._in_flight.get(post_id) is content:
            del self._in_flight[post_id]
        message = error_text(exc)
        self.state_changed.emit("error")
        self.failed.emit(message)
        if isinstance(exc, StorageError | OSError):
            # Disk full, locked, vanished: keep the text and try again. A newer edit of
            # the same post supersedes this one.
            self._pending.setdefault(post_id, content)
            self._retry.start()

    def drop(self, post_id: int) -> None:
        """Forget unsaved edits of a post that is being deleted."""
        self._pending.pop(post_id, None)

    def flush_and_wait(self, timeout_ms: int = 10000) -> bool:
        """At shutdown only: write what is pending and wait. False if it did not finish."""
        deadline = time.monotonic() + timeout_ms / 1000
        self.flush()
        while self._jobs > 0 and time.monotonic() < deadline:
            self.runner.wait(20)
            QCoreApplication.processEvents()
        return not self.has_pending
