"""What the coordinator's window shows: revisions with their effective status, counts,
the calendar, held-back posts, agencies and entries."""

from __future__ import annotations

import json
from collections.abc import Sequence

from medsos_desktop.store.coordinator.base import (
    CoordinatorBase,
)
from medsos_desktop.store.coordinator.rows import (
    EntryRecord,
    Filters,
    RevisionRecord,
    _where,
)
from medsos_desktop.store.coordinator.schema import (
    _FROM,
    _POSTS_CTE,
    _VALID_SQL,
    EFFECTIVE_STATUS,
    SORTS,
)


class IndexViews(CoordinatorBase):
    """Queries of the index, trust applied at query time (EFFECTIVE_STATUS)."""

    # -- queries

    def revisions(
        self,
        filters: Filters,
        *,
        sort: str = "planned",
        descending: bool = False,
        limit: int | None = 200,
        offset: int = 0,
    ) -> list[RevisionRecord]:
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {sorted(SORTS)}")
        where, params = _where(filters)
        order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}, r.path"
        sql = (
            f"SELECT r.path, r.agency, r.agency_name, r.post_uuid, r.revision, "
            f"{EFFECTIVE_STATUS} AS status, r.folder_status, r.message, r.params_json, "
            f"r.device_id, r.key_id, r.sequence, r.manifest_sha256, r.title, r.category, "
            f"r.platforms, r.planned_at, r.approved_at, r.reviewer, r.media_count, "
            f"r.first_media, r.checked_at, t.key_id, h.highest, r.source_pack, r.assurance "
            f"{_FROM} "
            f"LEFT JOIN device_high_sequence h ON h.device_id = r.device_id"
            f"{where} ORDER BY {order}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with self.engine.connect() as conn:
            return [
                RevisionRecord(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    row[7],
                    json.loads(row[8]),
                    row[9],
                    row[10],
                    row[11],
                    row[12],
                    row[13],
                    row[14],
                    tuple(p for p in row[15].split("|") if p),
                    row[16],
                    row[17],
                    row[18],
                    row[19],
                    row[20],
                    row[21],
                    row[22],
                    row[23],
                    row[24],
                    row[25],
                )
                for row in conn.exec_driver_sql(sql, tuple(params))
            ]

    def count(self, filters: Filters) -> int:
        where, params = _where(filters)
        with self.engine.connect() as conn:
            found = conn.exec_driver_sql(f"SELECT COUNT(*) {_FROM}{where}", tuple(params))
            return int(found.scalar_one())

    def counts(self, filters: Filters) -> dict[str, int]:
        where, params = _where(filters)
        with self.engine.connect() as conn:
            return dict(
                conn.exec_driver_sql(
                    f"SELECT {EFFECTIVE_STATUS} AS status, COUNT(*) {_FROM}{where} GROUP BY status",
                    tuple(params),
                ).all()
            )

    def calendar(
        self, first_day: str, last_day: str
    ) -> list[tuple[str, str, str, str, str, str, str]]:
        """(day, agency, agency name, title, status, path, planned at) of each post planned
        between the two days (inclusive): its newest valid revision, what a report counts,
        or, with none valid, its newest revision that gives a planned day. A newer revision
        still arriving or tampered does not take the post off the calendar."""
        planned = (
            " WHERE (r.agency, r.post_uuid) IN (SELECT agency, post_uuid FROM revision "
            "WHERE planned_day != '' AND planned_day >= ? AND planned_day <= ?)"
        )
        sql = _POSTS_CTE.format(where=planned) + (
            ", pick AS (SELECT e.agency, e.post_uuid, COALESCE(p.counted, "
            "MAX(CASE WHEN e.planned_day != '' THEN e.revision END)) AS revision "
            "FROM e JOIN p ON p.agency = e.agency AND p.post_uuid = e.post_uuid "
            "GROUP BY e.agency, e.post_uuid) "
            "SELECT e.planned_day, e.agency, e.agency_name, e.title, e.status, e.path, "
            "e.planned_at FROM pick JOIN e ON e.agency = pick.agency "
            "AND e.post_uuid = pick.post_uuid AND e.revision = pick.revision "
            "WHERE e.planned_day != '' AND e.planned_day >= ? AND e.planned_day <= ? "
            "ORDER BY e.planned_at, e.agency, e.path"
        )
        with self.engine.connect() as conn:
            return [
                tuple(row)
                for row in conn.exec_driver_sql(sql, (first_day, last_day, first_day, last_day))
            ]

    def held_back(
        self, agencies: Sequence[str] | None = None
    ) -> list[tuple[str, str, str, str, int, str, str, str, str, int | None]]:
        """Every revision of each post whose newest revision is not valid, in order:
        (path, agency, agency name, post uuid, revision, effective status, title, planned
        at, planned day, the post's newest valid revision or None). Such a post is counted
        by that older revision, or not at all; a report lists it, never leaves it out."""
        where = ""
        params: list[object] = []
        if agencies is not None:
            where = f" WHERE r.agency IN ({', '.join('?' * len(agencies)) or 'NULL'})"
            params += agencies
        sql = _POSTS_CTE.format(where=where) + (
            "SELECT e.path, e.agency, e.agency_name, e.post_uuid, e.revision, e.status, "
            "e.title, e.planned_at, e.planned_day, p.counted FROM e JOIN p "
            "ON p.agency = e.agency AND p.post_uuid = e.post_uuid "
            "WHERE p.newest > COALESCE(p.counted, 0) ORDER BY e.agency, e.post_uuid, e.revision"
        )
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql, tuple(params))]

    def post_counts(self) -> tuple[int, int]:
        """(posts, posts counted): posts with at least one valid revision."""
        sql = _POSTS_CTE.format(where="") + "SELECT COUNT(*), COUNT(counted) FROM p"
        with self.engine.connect() as conn:
            posts, counted = conn.exec_driver_sql(sql).one()
        return posts, counted

    def agencies(self) -> list[tuple[str, str, str, int, int]]:
        """(slug, name, last seen, revisions, valid revisions) of the agencies in the folder."""
        with self.engine.connect() as conn:
            counts = {
                slug: (total, valid)
                for slug, total, valid in conn.exec_driver_sql(
                    f"SELECT r.agency, COUNT(*), SUM(CASE WHEN {_VALID_SQL} THEN 1 ELSE 0 END) "
                    f"{_FROM} GROUP BY r.agency"
                )
            }
            return [
                (slug, name, last_seen, *counts.get(slug, (0, 0)))
                for slug, name, last_seen in conn.exec_driver_sql(
                    "SELECT slug, name, last_seen FROM agency ORDER BY slug"
                )
            ]

    def entries(self) -> list[EntryRecord]:
        with self.engine.connect() as conn:
            return [
                EntryRecord(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]))
                for row in conn.exec_driver_sql(
                    "SELECT path, kind, agency, post_uuid, status, message, params_json "
                    "FROM entry ORDER BY path, kind"
                )
            ]

    def folder_statuses(self) -> dict[str, str]:
        """path -> status of every line, as verify_central without pinning would report them
        (before trust): revisions by their folder status, and every other entry."""
        with self.engine.connect() as conn:
            result: dict[str, str] = {
                str(path): str(status)
                for path, status in conn.exec_driver_sql("SELECT path, status FROM entry").all()
            }
            result.update(conn.exec_driver_sql("SELECT path, folder_status FROM revision").all())
        return result

    def last_full_check(self) -> str | None:
        """When a full scan (every file re-hashed) last completed: "YYYY-MM-DDTHH:MM:SSZ"."""
        return self.meta("last_full_check")

    def revision_by_path(self, path: str) -> RevisionRecord | None:
        rows = self.revisions(Filters(path=path), sort="path", limit=1)
        return rows[0] if rows else None
