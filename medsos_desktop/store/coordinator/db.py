"""The coordinator database as one object: its parts composed over one connection set-up."""

from __future__ import annotations

from medsos_desktop.store.coordinator.scan_writes import ScanWrites
from medsos_desktop.store.coordinator.trust import TrustDecisions
from medsos_desktop.store.coordinator.views import IndexViews


class CoordinatorDB(ScanWrites, TrustDecisions, IndexViews):
    """Open (creating, or rebuilding a stale index) the coordinator database at `path`:
    scan writes (scan_writes.py), trust decisions (trust.py) and the views (views.py)
    over one connection set-up (base.py) and schema (schema.py)."""
