"""The coordinator's own database, by its old name: `store/coordinator/` holds it, split by
responsibility (schema.py, rows.py, base.py, scan_writes.py, trust.py, views.py); the
names callers use stay importable from here."""

from __future__ import annotations

from medsos_desktop.store.coordinator.db import CoordinatorDB
from medsos_desktop.store.coordinator.rows import (
    DeviceTrust,
    EntryRecord,
    EntryWrite,
    Filters,
    RevisionRecord,
    RevisionWrite,
    StoredState,
)
from medsos_desktop.store.coordinator.schema import (
    CACHE_VERSION,
    DECISIONS,
    DECISIONS_VERSION,
    EFFECTIVE_STATUS,
    SORTS,
    now_text,
)

__all__ = [
    "CACHE_VERSION",
    "DECISIONS",
    "DECISIONS_VERSION",
    "EFFECTIVE_STATUS",
    "SORTS",
    "CoordinatorDB",
    "DeviceTrust",
    "EntryRecord",
    "EntryWrite",
    "Filters",
    "RevisionRecord",
    "RevisionWrite",
    "StoredState",
    "now_text",
]
