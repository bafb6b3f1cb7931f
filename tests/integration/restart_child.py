"""Child process for the language-restart test: the real app's `main()`, driven as a user.

    python restart_child.py MARKER_FILE [app arguments...]

First run (no MARKER_FILE yet): once the posts are shown, chooses English in the Language
menu and clicks "Restart now" (the app was started with `--lang id`). The app then closes
and starts this same command again, without `--lang`. Second run: prints the language of
its menus and the window's title, and closes. Each run prints its exit code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from medsos_desktop import app


def _main_window() -> object | None:
    for widget in QApplication.topLevelWidgets():
        if (
            type(widget).__name__ == "MainWindow"
            and widget.isVisible()
            and widget.workspace is not None
            and widget.editor is not None
        ):
            return widget
    return None


def _visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _first_run_steps(state: dict[str, object]) -> bool:
    role = next((d for d in _visible_dialogs() if d.objectName() == "role_dialog"), None)
    if role is not None:  # a fresh data folder: who uses this PC
        role.findChild(QWidget, "role_admin").click()
        return False
    window = _main_window()
    if window is None:
        return False
    if state.get("step") is None:
        questions = [d for d in _visible_dialogs() if not isinstance(d, QMessageBox)]
        if questions:
            questions[0].reject()  # the first start's questions: not what this test is about
            return False
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        english = next(a for m in menus for a in m.actions() if a.text() == "English")
        print("menus before: " + ", ".join(m.title() for m in menus), flush=True)
        english.trigger()
        state["step"] = "chosen"
        return False
    box = next((d for d in _visible_dialogs() if d.objectName() == "language_restart_box"), None)
    if box is None:
        return False
    restart = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.AcceptRole)
    print(f"clicking: {restart.text()}", flush=True)
    restart.click()
    return True


def _second_run_steps(_state: dict[str, object]) -> bool:
    window = _main_window()
    if window is None:
        return False
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    print("menus after: " + ", ".join(m.title() for m in menus), flush=True)
    window.close()
    return True


if __name__ == "__main__":
    marker = Path(sys.argv[1])
    first = not marker.exists()
    marker.write_text("started once")
    qapp = QApplication([sys.argv[0]])
    steps = _first_run_steps if first else _second_run_steps
    state: dict[str, object] = {}
    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(lambda: steps(state) and timer.stop())
    timer.start()
    QTimer.singleShot(60000, lambda: (print("gave up", flush=True), qapp.exit(3)))
    code = app.main(sys.argv[2:])
    print(f"{'first' if first else 'second'} run exit {code}", flush=True)
    sys.exit(code)
