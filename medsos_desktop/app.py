"""Start-up: arguments, paths, logging, language, single-instance lock, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import time

from medsos_desktop import __version__
from medsos_desktop.paths import AppPaths, resolve_data_dir, resource_path

log = logging.getLogger("medsos_desktop")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="medsos-desktop", description="Medsos Desktop")
    parser.add_argument("--data-dir", help="data folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=["id", "en"], help="interface language")
    parser.add_argument("--version", action="version", version=f"Medsos Desktop {__version__}")
    # For tests/benchmarks/run.py: report when the window is painted or the posts are shown.
    parser.add_argument("--benchmark-exit", choices=["paint", "loaded"], help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)[0]


def setup_logging(paths: AppPaths) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "medsos.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths(resolve_data_dir(args.data_dir))

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from medsos_desktop.domain.text import UserFacingError
    from medsos_desktop.services.settings import load_settings
    from medsos_desktop.services.workspace import open_workspace
    from medsos_desktop.ui.messages import show_message
    from medsos_desktop.ui.translation import install_language, qt_translate

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Medsos Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Medsos Desktop")
    app.setDesktopFileName("medsos-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "medsos-desktop.png"))))

    install_language(args.lang or load_settings(paths.settings_file).language)
    try:
        workspace = open_workspace(paths, seed_demo=False)
    except UserFacingError as exc:
        message = exc.render(qt_translate)
        print(message, file=sys.stderr)
        if args.benchmark_exit:
            return 2
        title = QCoreApplication.translate("Startup", "Medsos Desktop cannot start")
        box = show_message(None, title, message, on_close=app.quit)
        box.show()
        app.exec()
        return 2
    setup_logging(paths)
    log.info("Medsos Desktop %s, data folder %s", __version__, paths.data_dir)

    from medsos_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)

    if args.benchmark_exit:

        def report_and_quit() -> None:
            print(f"ready {time.perf_counter() - started:.4f}", flush=True)
            app.quit()

        if args.benchmark_exit == "loaded":
            window.posts_loaded.connect(lambda: QTimer.singleShot(0, report_and_quit))
        else:

            class FirstPaint(QObject):
                def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                    if event.type() == QEvent.Type.Paint:
                        obj.removeEventFilter(self)
                        QTimer.singleShot(0, report_and_quit)
                    return False

            window._first_paint = FirstPaint(window)  # type: ignore[attr-defined]
            window.installEventFilter(window._first_paint)  # type: ignore[attr-defined]

    window.show()
    QTimer.singleShot(0, window.start)
    code = app.exec()
    workspace.close()
    return code


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    raise SystemExit(main())
