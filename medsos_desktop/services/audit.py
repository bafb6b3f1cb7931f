"""Checking the data folder's audit trails: the chain of post events and the chain of
reviewer records. Used by `medsos audit verify` and the app's history views."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from medsos_desktop.domain.audit import AuditEvent, BrokenLink, first_broken_link
from medsos_desktop.services.review import ReviewService
from medsos_desktop.store import audit as store
from medsos_desktop.store.db import Database


@dataclass(frozen=True)
class AuditReport:
    """How many post events were checked, the first broken link of their chain (None when
    whole), and whether the reviewer records' own chain is whole."""

    events: int
    broken: BrokenLink | None
    reviewer_log_intact: bool

    @property
    def intact(self) -> bool:
        return self.broken is None and self.reviewer_log_intact


class AuditService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def verify(self) -> AuditReport:
        """Walk the whole chain, oldest first, up to the first link that does not hold."""
        counted = 0

        def counting(events: Iterable[AuditEvent]) -> Iterator[AuditEvent]:
            nonlocal counted
            for event in events:
                counted += 1
                yield event

        with self.db.session() as session:
            broken = first_broken_link(counting(store.events_oldest_first(session)))
        reviewers = ReviewService(self.db).reviewer_log_intact()
        return AuditReport(counted, broken, reviewers)
