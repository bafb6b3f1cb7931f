"""Child process for the quit tests: the real app's `main()`, driven as a user would.

    python app_child.py dialogs DATA_DIR
    python app_child.py coordinator DATA_DIR CENTRAL_DIR

`dialogs`: once the posts are shown, opens "Dari Diskominfo" and the infographic gallery,
closes both, then closes the main window. `coordinator`: starts with `--coordinator`,
waits until the folder was read, prints the windows on screen ("windows: ..."), and
closes them. After `main()` returns, both print the files of the data folder this process
still holds open (database, single-instance lock), read from /proc/self/fd before the
operating system would close them at exit, and exit with the code `main()` returned.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from medsos_desktop import app


def _visible_windows() -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, QMainWindow | QDialog)
    ]


def _window_of(kind: str) -> QWidget | None:
    return next((w for w in _visible_windows() if type(w).__name__ == kind), None)


def _dialog_steps() -> Iterator[Callable[[], bool]]:
    """Each step returns whether it could run yet; the driver retries it until it can."""

    def main_ready() -> QWidget | None:
        window = _window_of("MainWindow")
        if window is None or window.workspace is None or window.infographics is None:
            return None
        return window

    def choose_admin() -> bool:
        # A fresh data folder: the first question is who uses this PC.
        role = _window_of("RoleDialog")
        if role is None:
            return False
        role.findChild(QWidget, "role_admin").click()
        return True

    def open_shared() -> bool:
        window = main_ready()
        if window is None:
            return False
        window.dialog = None
        window.menus.shared_action.trigger()
        return window.dialog is not None

    def close_shared() -> bool:
        main_ready().dialog.reject()
        return True

    def open_gallery() -> bool:
        panel = main_ready().editor.infographic
        panel.gallery_button.click()
        return getattr(panel, "gallery", None) is not None

    def close_gallery() -> bool:
        main_ready().editor.infographic.gallery.reject()
        return True

    def quit_app() -> bool:
        main_ready().close()
        return True

    yield from (choose_admin, open_shared, close_shared, open_gallery, close_gallery, quit_app)


def _coordinator_steps() -> Iterator[Callable[[], bool]]:
    settle = iter(range(5))  # a few more ticks: anything else that would open, opens

    def folder_read() -> bool:
        # The buttons are disabled from the moment the index is open until the scan ends.
        window = _window_of("CoordinatorWindow")
        return (
            window is not None and window.service is not None and window.rescan_button.isEnabled()
        )

    def settled() -> bool:
        return next(settle, None) is None

    def report_and_quit() -> bool:
        names = sorted(f"{type(w).__name__}:{w.objectName()}" for w in _visible_windows())
        print("windows: " + ", ".join(names), flush=True)
        for window in _visible_windows():
            window.close()
        return True

    yield from (folder_read, settled, report_and_quit)


def _drive(steps: Iterator[Callable[[], bool]]) -> QTimer:
    pending = {"step": next(steps)}

    def tick() -> None:
        step = pending["step"]
        if step is None or not step():
            return
        print(f"done {step.__name__}", flush=True)
        pending["step"] = next(steps, None)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def _held_files(folder: Path) -> list[str]:
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = Path(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue  # the descriptor listdir itself used
        if target.is_relative_to(folder):
            held.append(target.name)
    return sorted(held)


if __name__ == "__main__":
    scenario, data_dir = sys.argv[1], Path(sys.argv[2]).absolute()
    arguments = ["--data-dir", str(data_dir)]
    if scenario == "coordinator":
        arguments += ["--coordinator", sys.argv[3]]
    qapp = QApplication([sys.argv[0]])
    timer = _drive(_coordinator_steps() if scenario == "coordinator" else _dialog_steps())
    # A step that never becomes possible (a message box waiting for a click) ends the run.
    QTimer.singleShot(60000, lambda: (print("gave up", flush=True), qapp.exit(3)))
    code = app.main(arguments)
    print("still open: " + ", ".join(_held_files(data_dir)), flush=True)
    sys.exit(code)
