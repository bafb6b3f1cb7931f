"""Start-up: arguments, paths, logging, language, single-instance lock, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from medsos_desktop import __version__
from medsos_desktop.paths import AppPaths, resolve_data_dir, resource_path

log = logging.getLogger("medsos_desktop")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="medsos-desktop", description="Medsos Desktop")
    parser.add_argument("--data-dir", help="data folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=["id", "en"], help="interface language")
    parser.add_argument(
        "--coordinator",
        metavar="CENTRAL_DIR",
        help="open the central folder in coordinator mode (Diskominfo), without the agency window",
    )
    parser.add_argument(
        "--reviewer",
        action="store_true",
        help="open the reviewer's window (a head of office approving on their own PC)",
    )
    parser.add_argument("--version", action="version", version=f"Medsos Desktop {__version__}")
    # For tests/benchmarks/run.py: report when the window is painted or the posts are shown.
    parser.add_argument("--benchmark-exit", choices=["paint", "loaded"], help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)[0]


def restart_command(orig_argv: list[str] | None = None, *, frozen: bool | None = None) -> list[str]:
    """The command line that started this process, to start it again (after a language
    change). `--lang` is left out: the language just chosen, saved in the settings, wins."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    # A frozen build is its own executable; otherwise the interpreter with its arguments
    # (`-m medsos_desktop`, or the path of the medsos-desktop script).
    arguments = sys.argv[1:] if frozen else (orig_argv or sys.orig_argv)[1:]
    kept: list[str] = []
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
        elif argument == "--lang":
            skip_value = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return [sys.executable, *kept]


def setup_logging(paths: AppPaths) -> None:
    import logging.handlers  # once the first screen is shown: socket, pickle, queue...

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
    """Paint the window first, then open the data folder on a worker thread.

    Only Qt and a few light modules load before the first paint; the database layer
    is imported and opened off the GUI thread, and its failures (folder locked by
    another copy, read-only, newer database, ...) are shown over the window.
    With `--coordinator DIR` the window is Diskominfo's coordinator window alone.
    """
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths(resolve_data_dir(args.data_dir))

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from medsos_desktop.ui.common.import_check import read_sources_without_caching

    # Before the rest loads: PySide would keep the source of every module imported.
    read_sources_without_caching()

    from medsos_desktop.domain.text import UserFacingError
    from medsos_desktop.services.settings import load_settings
    from medsos_desktop.ui.common.input_guard import install_input_guard
    from medsos_desktop.ui.common.messages import error_message, show_message
    from medsos_desktop.ui.common.tasks import TaskRunner, after_first_paint
    from medsos_desktop.ui.common.translation import install_language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Medsos Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Medsos Desktop")
    app.setDesktopFileName("medsos-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "medsos-desktop.png"))))
    install_input_guard(app)  # the wheel edits no unfocused box; Tab leaves text fields
    if os.environ.get("MEDSOS_UI_PROBE"):  # widget positions for tests/screen/test_walk.py
        from medsos_desktop.ui.common.ui_probe import install_if_requested

        install_if_requested(app)

    settings = load_settings(paths.settings_file)
    restart: list[bool] = []  # set when the user asked to restart (a language change)
    install_language(args.lang or settings.language)
    role = "reviewer" if args.reviewer else settings.role
    if args.reviewer and settings.role != "reviewer":  # IT sets a head's PC up once
        from medsos_desktop.services.settings import save_settings

        settings.role = "reviewer"
        save_settings(paths.settings_file, settings)
    fresh = not paths.settings_file.exists()
    if not role and fresh and not args.coordinator and not args.benchmark_exit:
        # A fresh installation: asked once, before any window (the answer decides which).
        from medsos_desktop.services.settings import save_settings
        from medsos_desktop.ui.reviewer.role_dialog import ask_role

        role = settings.role = ask_role()
        save_settings(paths.settings_file, settings)
    if role == "reviewer" and not args.coordinator:
        from medsos_desktop.ui.reviewer.window import ReviewerWindow

        window: CoordinatorWindow | MainWindow | ReviewerWindow = ReviewerWindow(settings)
        ready = window.workspace_opened
    elif args.coordinator:
        from medsos_desktop.ui.coordinator.window import CoordinatorWindow

        # No agency window, and none of an agency's first-start questions.
        central = Path(args.coordinator).expanduser().absolute()
        window = CoordinatorWindow(central, paths.data_dir)
        ready = window.workspace_opened
    else:
        from medsos_desktop.ui.main_window import MainWindow

        window = MainWindow(settings)
        ready = window.posts_loaded

        def restart_now() -> None:
            app.closeAllWindows()  # each window saves its work as it closes
            if not any(w.isVisible() for w in app.topLevelWidgets()):
                restart.append(True)
                app.quit()

        window.restart_requested.connect(restart_now)

        context = window.context

        def announce() -> None:
            # The agency and this PC in the central folder from the start: a head of office
            # can pair their PC before the admin opens the reviewers' settings.
            from medsos_desktop.ui.actions.remote_review import announce_this_pc

            announce_this_pc(context)

        window.posts_loaded.connect(announce)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            setup_logging(paths)  # the details go to the log file the message names
            log.error("cannot open %s", paths.data_dir, exc_info=exc)
        message = error_message(exc)
        print(message, file=sys.stderr)
        if args.benchmark_exit:
            app.exit(2)
            return
        title = QCoreApplication.translate("Startup", "Medsos Desktop cannot start")
        window.dialog = show_message(window, title, message, on_close=lambda: app.exit(2))

    def loaded() -> None:
        setup_logging(paths)
        log.info("Medsos Desktop %s, data folder %s", __version__, paths.data_dir)

    window.workspace_failed.connect(failed)
    ready.connect(loaded)

    def report_and_quit() -> None:
        print(f"ready {time.perf_counter() - started:.4f}", flush=True)
        app.quit()

    if args.benchmark_exit == "loaded":
        # The post list may show the posts before the rest of the first screen is ready
        # (the agency window fills it before the database layer is loaded).
        filled = getattr(window, "list_filled", ready)
        filled.connect(lambda: QTimer.singleShot(0, report_and_quit))

    def painted() -> None:
        if args.benchmark_exit == "paint":
            report_and_quit()
            return
        # Only now: the worker's imports would otherwise compete with the first paint.
        window.open_workspace(paths)

    after_first_paint(window, painted)
    window.show()
    code = app.exec()
    try:
        TaskRunner.wait_all()  # workers may still be opening the folder or checking a caption
    finally:
        if window.workspace is not None:
            window.workspace.close()  # the database, then the single-instance lock
    if restart:
        import subprocess

        # Only now: the new process must find the data folder's lock released.
        subprocess.Popen(restart_command(), close_fds=True)
    return code


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    raise SystemExit(main())
