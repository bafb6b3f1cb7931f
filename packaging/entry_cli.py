"""Frozen entry point of `medsos` (the console command line); see medsos.spec."""

from medsos_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
