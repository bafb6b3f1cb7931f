"""Frozen entry point of `medsos-desktop` (the windowed app); see medsos.spec."""

from medsos_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
