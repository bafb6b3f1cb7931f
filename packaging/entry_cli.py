"""Frozen entry point of `medsos` (the console command line); see medsos.spec."""

from medsos_desktop.cli import main

if __name__ == "__main__":
    # The coordinator's folder scan checks revisions in worker processes ("spawn"): a
    # frozen program must let those children run the worker, not start the app again.
    import multiprocessing

    multiprocessing.freeze_support()
    raise SystemExit(main())
