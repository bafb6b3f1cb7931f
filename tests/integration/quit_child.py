"""Child process for the quit test: the real app's `main()`, driven like a user would.

    python quit_child.py DATA_DIR

Once the posts are shown it opens "Dari Diskominfo" and the infographic gallery, closes
both, then closes the main window. After `main()` returns it prints the files of the data
folder this process still holds open (the database, the single-instance lock), read from
/proc/self/fd before the operating system would close them at exit, and exits with the
code `main()` returned.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from medsos_desktop import app
from medsos_desktop.ui.main_window import MainWindow


def _window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def _drive() -> None:
    """Polls (the app builds its window inside `main()`) and advances one step at a time."""
    steps = iter(("shared", "close_shared", "gallery", "close_gallery", "quit"))
    state = {"step": next(steps)}

    def tick() -> None:
        window = _window()
        step = state["step"]
        if window is None or window.workspace is None or window.infographics is None:
            return
        if step == "shared":
            window._dialog = None
            window.shared_action.trigger()
            if window._dialog is None:
                return
        elif step == "close_shared":
            window._dialog.reject()
        elif step == "gallery":
            panel = window.editor.infographic
            panel.gallery_button.click()
            if getattr(panel, "gallery", None) is None:
                return
        elif step == "close_gallery":
            window.editor.infographic.gallery.reject()
        elif step == "quit":
            timer.stop()
            window.close()
            return
        print(f"done {step}", flush=True)
        state["step"] = next(steps)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(tick)
    timer.start()
    _drive.timer = timer  # type: ignore[attr-defined]


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
    data_dir = Path(sys.argv[1]).absolute()
    QApplication([sys.argv[0]])
    _drive()
    code = app.main(["--data-dir", str(data_dir)])
    print("still open: " + ", ".join(_held_files(data_dir)), flush=True)
    sys.exit(code)
