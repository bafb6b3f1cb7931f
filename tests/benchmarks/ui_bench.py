"""Two promises of the editor that are about time, measured here rather than asserted in a
test (a busy machine would fail such a test, not the app):

- autosave while typing: keys typed without pause, 60 ms apart for two seconds, into a new
  post's title; the time from the first key until the autosave hands a save to its save
  thread, against the autosave's own `max_wait_ms` (what a crash may lose at most).
- the GUI thread while previews render: the longest gap between the ticks of a 10 ms timer
  while the infographic page draws a preview for each of six edits of the title, against the
  longest gap of the same timer over the same time with nothing to draw. What drawing one
  preview on the GUI thread itself costs (every slide, as the page does) is reported too.

Run by `run.py` in a child process (offscreen Qt); prints one JSON line with the figures and
its samples. Usage: ui_bench.py WORK_DIR
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.workspace import open_workspace
from medsos_desktop.ui.common.translation import install_language
from medsos_desktop.ui.main_window import MainWindow

TITLE = "Rapat koordinasi PIC media sosial"
WORDS = ["Jadwal", " Posyandu", " Desember", " di", " 12", " Kelurahan"]
ROUNDS = 3


def wait_until(condition: object, timeout_s: float = 30.0, what: str = "the window") -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QTest.qWait(10)


def open_window(data_dir: Path) -> MainWindow:
    install_language("en")
    workspace = open_workspace(AppPaths(data_dir), seed_demo=False)
    window = MainWindow(workspace.settings)
    loaded: list[bool] = []
    window.posts_loaded.connect(lambda *_a: loaded.append(True))
    window.show()
    window.attach(workspace)
    wait_until(lambda: loaded, what="the post list")
    return window


def new_post(window: MainWindow) -> None:
    opened: list[int] = []
    window.post_opened.connect(lambda post_id, *_a: opened.append(post_id))
    window.menus.new_action.trigger()
    wait_until(lambda: opened, what="the new post")


def autosave_delay(window: MainWindow) -> float:
    """Seconds from the first key to the first save handed to the save thread."""
    new_post(window)
    saving: list[float] = []

    def on_state(state: str) -> None:
        if state == "saving":
            saving.append(time.perf_counter())

    window.autosave.state_changed.connect(on_state)
    started = time.perf_counter()
    QTest.keyClicks(window.editor.title_edit, TITLE, delay=60)
    window.autosave.state_changed.disconnect(on_state)
    wait_until(lambda: not window.autosave.has_pending, what="the autosave")
    if not saving:
        raise SystemExit("nothing was saved while typing")
    return saving[0] - started


def longest_stall(window: MainWindow, edit: bool) -> float:
    """The longest gap between ticks of a 10 ms timer while the title is edited six times
    and a preview drawn for each (`edit`), or over the same time with nothing to do."""
    panel = window.editor.infographic
    window.editor.pages.setCurrentWidget(panel)
    shown: list[float] = []
    panel.preview_shown.connect(shown.append)
    if panel.template_combo.currentData() != "infografis-poin":
        panel.template_combo.setCurrentIndex(panel.template_combo.findData("infografis-poin"))
        wait_until(lambda: shown, what="the first preview")
    title = panel.inputs["title"]
    assert isinstance(title, QLineEdit)
    title.clear()
    QTest.qWait(600)
    shown.clear()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for word in WORDS:
        if edit:
            title.setText(title.text() + word)
        QTest.qWait(300)  # past the debounce: a preview is drawn each time
    if edit:
        wait_until(lambda: len(shown) >= 3, what="the previews")
    timer.stop()
    panel.preview_shown.disconnect(shown.append)
    return max(b - a for a, b in itertools.pairwise(ticks))


def preview_on_this_thread(window: MainWindow) -> float:
    """What one preview costs when drawn on the GUI thread: the page's work, done here."""
    panel = window.editor.infographic
    service, spec, brand = panel.service, panel.spec, panel.brand
    assert service is not None and spec is not None and brand is not None
    size_key = panel.size_combo.currentData() or "portrait"
    values = panel.values()
    started = time.perf_counter()
    count = service.slide_count(spec, size_key, values, brand)
    for index in range(count):
        service.render(spec, size_key, values, brand, slide=index, max_side=420)
    return time.perf_counter() - started


def main() -> None:
    work_dir = Path(sys.argv[1])
    app = QApplication(["ui-bench"])
    delays = []
    for number in range(ROUNDS):  # a new window each time: as the admin's first post of the day
        window = open_window(work_dir / f"autosave-{number}")
        try:
            delays.append(autosave_delay(window))
            print(f"autosave round {number}: {delays[-1]:.3f} s", file=sys.stderr)
        finally:
            window.close()
            window.workspace.close()
    window = open_window(work_dir / "previews")
    try:
        new_post(window)
        wait_until(lambda: window.infographic_post == window.editor.post_id, what="the page")
        stalls, idle = [], []
        for _ in range(ROUNDS):  # interleaved, so that a busy moment hits both alike
            stalls.append(longest_stall(window, edit=True))
            idle.append(longest_stall(window, edit=False))
        drawn = [preview_on_this_thread(window) for _ in range(ROUNDS * 2)]
    finally:
        window.close()
        window.workspace.close()
        app.processEvents()
    print(
        json.dumps(
            {
                "autosave_s": statistics.median(delays),
                "autosave_samples": [round(d, 3) for d in delays],
                "max_wait_s": window.autosave.max_wait_ms / 1000,
                "stall_s": statistics.median(stalls),
                "stall_samples": [round(s, 3) for s in stalls],
                "idle_stall_s": statistics.median(idle),
                "idle_samples": [round(s, 3) for s in idle],
                "preview_s": statistics.median(drawn),
            }
        )
    )


if __name__ == "__main__":
    main()
