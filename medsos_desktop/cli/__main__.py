"""`python -m medsos_desktop.cli`: the `medsos` command without the installed script."""

from medsos_desktop.cli import main

# Guarded: the coordinator's scan starts worker processes ("spawn"), which import this
# module again as __mp_main__ and must not run a second command.
if __name__ == "__main__":
    raise SystemExit(main())
