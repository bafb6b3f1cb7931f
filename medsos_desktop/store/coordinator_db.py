"""The coordinator's own database: an index of a central folder, and its trust decisions.

It lives in the coordinator's data folder, never on the share (the protocol forbids a
database there, and SQLite over SMB corrupts). Two kinds of tables:

- the index (`revision`, `revision_fts`, `entry`, `post_dir`, `agency`, `scan_device`,
  `dirty_device`): a cache of what the folder held at the last scan. On a schema
  version mismatch it is dropped and rebuilt by the next (full) scan.
- decisions (`device_trust`, `device_high_sequence`, `revision_memory`, `trust_log`):
  which device keys the coordinator trusts, the highest sequence number accepted from
  each device, and which signed revisions it has seen (so a revision deleted and copied
  back is recognised as new). They survive a rebuild. Trust decisions (and each newly
  pinned key) are committed with synchronous=FULL; everything else with NORMAL: a power
  cut may lose the last scan, which the next one redoes, and as WAL commits are kept in
  order, the highest sequences never get ahead of the revisions that raised them.

Effective statuses (the folder's verdict combined with trust) are computed in SQL at
query time (`EFFECTIVE_STATUS`), so a trust decision takes effect without a rescan.
The sequence-number rules need every signed revision of a device, so a device whose
revisions changed is "dirty" until the service has applied them (`dirty_signed`,
`apply_replays`); meanwhile its revisions show as pending, never as valid, even if the
scan is interrupted. Knows nothing of the sync layer: the service translates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

from medsos_desktop.store.db import sqlite_engine
from medsos_desktop.store.errors import MSG_NEWER, NewerDatabaseError
from medsos_desktop.store.posts import fts_query

# Bump CACHE_VERSION whenever an index table changes: the index is rebuilt. Bump
# DECISIONS_VERSION only with a migration: decisions are never thrown away.
CACHE_VERSION = 3
DECISIONS_VERSION = 1
DECISIONS = ("pending", "trusted", "rejected", "revoked")

decisions_metadata = MetaData()
index_metadata = MetaData()

meta = Table(
    "meta",
    decisions_metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)
device_trust = Table(
    "device_trust",
    decisions_metadata,
    Column("device_id", String, primary_key=True),
    Column("agency", String, nullable=False),
    Column("device_name", String, nullable=False),
    Column("key_id", String, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("decision", String, nullable=False),  # one of DECISIONS
    Column("first_seen", String, nullable=False),
    Column("decided_at", String),
    Column("decided_note", Text, nullable=False, default=""),
    # Set while the folder shows another key (or agency) for this device.
    Column("changed_key_id", String),
    Column("changed_public_key", LargeBinary),
    Column("changed_agency", String),
    Column("changed_device_name", String),
    Column("changed_seen_at", String),
    Column("changed_dismissed", Integer, nullable=False, default=0),
)
device_high_sequence = Table(
    "device_high_sequence",
    decisions_metadata,
    Column("device_id", String, primary_key=True),
    Column("highest", Integer, nullable=False),
)
revision_memory = Table(
    "revision_memory",
    decisions_metadata,
    Column("path", String, primary_key=True),
    Column("manifest_sha256", String, nullable=False),
    Column("device_id", String, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("replay", Integer, nullable=False),  # new when seen, at or below the highest
)
trust_log = Table(
    "trust_log",
    decisions_metadata,
    Column("id", Integer, primary_key=True),
    Column("device_id", String, nullable=False),
    Column("at", String, nullable=False),
    Column("decision", String, nullable=False),
    Column("key_id", String, nullable=False),
    Column("note", Text, nullable=False),
)

revision = Table(
    "revision",
    index_metadata,
    Column("rid", Integer, primary_key=True),
    Column("path", String, nullable=False, unique=True),
    Column("agency", String, nullable=False),
    Column("post_uuid", String, nullable=False),
    Column("revision", Integer, nullable=False),
    # check_*: check_revision's verdict; folder_*: after the sequence-number rules.
    Column("check_status", String, nullable=False),
    Column("check_message", Text, nullable=False),
    Column("check_params", Text, nullable=False),
    Column("folder_status", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("params_json", Text, nullable=False),
    Column("signed", Integer, nullable=False),
    Column("device_id", String),
    Column("key_id", String),
    Column("sequence", Integer),
    Column("manifest_sha256", String),
    Column("dir_mtime_ns", Integer, nullable=False),
    Column("checked_at", String, nullable=False),
    Column("remembered_replay", Integer, nullable=False, default=0),
    Column("agency_name", String, nullable=False, default=""),
    Column("title", Text, nullable=False, default=""),
    Column("category", String, nullable=False, default=""),
    Column("platforms", String, nullable=False, default=""),  # "|instagram|facebook|"
    Column("planned_at", String, nullable=False, default=""),
    Column("planned_day", String, nullable=False, default=""),
    Column("approved_at", String, nullable=False, default=""),
    Column("reviewer", String, nullable=False, default=""),
    Column("captions", Text, nullable=False, default=""),
    Column("media_count", Integer, nullable=False, default=0),
    Column("first_media", String, nullable=False, default=""),
    Column("source_pack", String, nullable=False, default=""),
    # A valid revision's listed files ("|"-separated) and the fingerprint of their sizes and
    # times just before its check (NULL: check it again at the next scan).
    Column("files", Text, nullable=False, default=""),
    Column("fingerprint", Integer),
    Index("ix_revision_post", "agency", "post_uuid", "revision"),
    Index("ix_revision_device", "device_id", "sequence"),
    Index("ix_revision_planned", "planned_day"),
)
agency = Table(
    "agency",
    index_metadata,
    Column("slug", String, primary_key=True),
    Column("name", String, nullable=False, default=""),
    Column("last_seen", String, nullable=False),
)
post_dir = Table(
    "post_dir",
    index_metadata,
    Column("path", String, primary_key=True),
    Column("agency", String, nullable=False),
    Column("mtime_ns", Integer, nullable=False),
)
entry = Table(
    "entry",
    index_metadata,
    Column("id", Integer, primary_key=True),
    # "" for the folder level, a post folder or a revision path: what is replaced together.
    Column("scope", String, nullable=False),
    Column("path", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("agency", String, nullable=False),
    Column("post_uuid", String, nullable=False),
    Column("status", String, nullable=False),
    Column("message", Text, nullable=False),
    Column("params_json", Text, nullable=False),
    Index("ix_entry_scope", "scope"),
)
scan_device = Table(
    "scan_device",
    index_metadata,
    Column("device_id", String, primary_key=True),
    Column("sig", String, nullable=False),
)
dirty_device = Table(
    "dirty_device",
    index_metadata,
    Column("device_id", String, primary_key=True),
)

_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS revision_fts USING fts5("
    "title, captions, agency, tokenize = 'unicode61 remove_diacritics 2')"
)
_FTS_COLUMNS = "rid, title, captions, agency || ' ' || agency_name"

# The folder's verdict combined with the coordinator's trust: "valid" only for a valid
# revision of a trusted device, signed with its trusted key, in its agency, not replayed,
# and not waiting for the sequence-number rules (a dirty device). A device not decided
# yet, or signing with the changed key its device file now shows (a replaced device
# file) while nobody has decided about that key, is "untrusted": awaiting trust.
EFFECTIVE_STATUS = """CASE
  WHEN r.folder_status != 'valid' THEN r.folder_status
  WHEN r.device_id IN (SELECT device_id FROM dirty_device) THEN 'pending'
  WHEN t.device_id IS NULL THEN 'unknown_device'
  WHEN t.decision = 'pending' THEN 'untrusted'
  WHEN t.decision != 'trusted' THEN 'rejected'
  WHEN (r.key_id IS NOT t.key_id OR r.agency != t.agency) AND r.key_id = t.changed_key_id
    AND r.agency = COALESCE(t.changed_agency, t.agency) AND NOT t.changed_dismissed
    THEN 'untrusted'
  WHEN r.key_id IS NOT t.key_id OR r.agency != t.agency THEN 'unknown_device'
  WHEN r.remembered_replay THEN 'replayed'
  ELSE 'valid' END"""
_FROM = "FROM revision r LEFT JOIN device_trust t ON t.device_id = r.device_id"
_VALID_SQL = (
    "r.folder_status = 'valid' AND t.decision = 'trusted' AND r.key_id = t.key_id "
    "AND r.agency = t.agency AND r.remembered_replay = 0 "
    "AND r.device_id NOT IN (SELECT device_id FROM dirty_device)"
)
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)
# The newest valid revision of each post: the one a report counts (a newer one still
# arriving, tampered or not trusted holds nothing back).
_COUNTED = (
    f"SELECT r.agency, r.post_uuid, MAX(r.revision) {_FROM} "
    f"WHERE ({EFFECTIVE_STATUS}) = 'valid' GROUP BY r.agency, r.post_uuid"
)
# Every revision with its effective status, then per post its newest revision and its
# newest valid one ("counted", NULL when none is valid).
_POSTS_CTE = (
    "WITH e AS (SELECT r.rid, r.path, r.agency, r.agency_name, r.post_uuid, r.revision, "
    f"r.title, r.planned_at, r.planned_day, {EFFECTIVE_STATUS} AS status {_FROM}{{where}}), "
    "p AS (SELECT agency, post_uuid, MAX(revision) AS newest, "
    "MAX(CASE WHEN status = 'valid' THEN revision END) AS counted "
    "FROM e GROUP BY agency, post_uuid) "
)


def _dumps(value: object) -> str:
    return _ENCODER.encode(value)


def _platforms(platforms: Iterable[str]) -> str:
    """ "|instagram|facebook|": a platform filter is one instr(); no JSON to parse."""
    names = [p.replace("|", "") for p in platforms]
    return "|" + "|".join(names) + "|" if names else ""


SORTS = {
    "planned": "r.planned_at",
    "approved": "r.approved_at",
    "agency": "r.agency",
    "title": "r.title",
    "status": "status",
    "path": "r.path",
    "checked": "r.checked_at",
}


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RevisionWrite:
    """One checked revision to store (the service builds it from the scanner's result)."""

    path: str
    agency: str
    post_uuid: str
    revision: int
    status: str
    message: str
    params: Mapping[str, object]
    signed: bool
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    dir_mtime_ns: int
    agency_name: str = ""
    title: str = ""
    category: str = ""
    platforms: tuple[str, ...] = ()
    planned_at: str = ""
    approved_at: str = ""
    reviewer: str = ""
    captions: str = ""
    media_count: int = 0
    first_media: str = ""
    source_pack: str = ""
    files: str = ""
    fingerprint: int | None = None


@dataclass(frozen=True, slots=True)
class EntryWrite:
    path: str
    kind: str
    agency: str
    post_uuid: str
    status: str
    message: str
    params: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    """A revision as the index holds it, with its effective status."""

    path: str
    agency: str
    agency_name: str
    post_uuid: str
    revision: int
    status: str  # effective
    folder_status: str
    message: str
    params: Mapping[str, object]
    device_id: str | None
    key_id: str | None
    sequence: int | None
    manifest_sha256: str | None
    title: str
    category: str
    platforms: tuple[str, ...]
    planned_at: str
    approved_at: str
    reviewer: str
    media_count: int
    first_media: str
    checked_at: str
    trusted_key_id: str | None
    highest: int | None
    source_pack: str


@dataclass(frozen=True, slots=True)
class DeviceTrust:
    device_id: str
    agency: str
    device_name: str
    key_id: str
    public_key: bytes
    decision: str
    first_seen: str
    decided_at: str | None
    decided_note: str
    changed_key_id: str | None
    changed_public_key: bytes | None
    changed_agency: str | None
    changed_device_name: str | None
    changed_seen_at: str | None
    changed_dismissed: bool
    revisions: int


@dataclass(frozen=True, slots=True)
class EntryRecord:
    path: str
    kind: str
    agency: str
    post_uuid: str
    status: str
    message: str
    params: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class StoredState:
    post_dirs: dict[str, int]
    # path -> (mtime, settled, device, listed files, fingerprint): scan.KnownRevision
    revisions: dict[str, tuple[int, bool, str | None, str, int | None]]
    device_sigs: dict[str, str]
    clock_ns: int | None
    central_path: str | None
    needs_full: bool


@dataclass(frozen=True)
class Filters:
    """What `revisions`, `count` and `counts` select; None means any."""

    agency: str | Sequence[str] | None = None
    status: str | Sequence[str] | None = None
    category: str | None = None
    platform: str | None = None
    planned_from: str | None = None  # YYYY-MM-DD, inclusive
    planned_to: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None
    latest_only: bool = False  # only the highest revision number of each post
    counted_only: bool = False  # only the newest valid revision of each post: what counts
    path: str | None = None


def _many(value: str | Sequence[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def _where(filters: Filters) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    agencies = _many(filters.agency)
    if agencies is not None:
        clauses.append(f"r.agency IN ({', '.join('?' * len(agencies)) or 'NULL'})")
        params += agencies
    statuses = _many(filters.status)
    if statuses is not None:
        clauses.append(f"({EFFECTIVE_STATUS}) IN ({', '.join('?' * len(statuses)) or 'NULL'})")
        params += statuses
    if filters.category:
        clauses.append("r.category = ?")
        params.append(filters.category)
    if filters.platform:
        clauses.append("instr(r.platforms, ?) > 0")
        params.append(f"|{filters.platform}|")
    if filters.planned_from:
        clauses.append("r.planned_day >= ?")
        params.append(filters.planned_from)
    if filters.planned_to:
        clauses.append("r.planned_day != '' AND r.planned_day <= ?")
        params.append(filters.planned_to)
    if filters.text is not None:
        query = fts_query(filters.text)
        if query is not None:
            clauses.append("r.rid IN (SELECT rowid FROM revision_fts WHERE revision_fts MATCH ?)")
            params.append(query)
    if filters.path is not None:
        clauses.append("r.path = ?")
        params.append(filters.path)
    if filters.counted_only:
        clauses.append(f"(r.agency, r.post_uuid, r.revision) IN ({_COUNTED})")
    if filters.latest_only:
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM revision n WHERE n.agency = r.agency "
            "AND n.post_uuid = r.post_uuid AND n.revision > r.revision)"
        )
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_DAY_RE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")


def _planned_day(value: str) -> str:
    """The date part of an ISO timestamp as the agency wrote it (its local day), or ""."""
    day = value[:10]
    return day if _DAY_RE.fullmatch(day) else ""


def _executemany(conn: Connection, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
    """executemany, skipping an empty list (which SQLAlchemy would run once, unbound)."""
    if rows:
        conn.exec_driver_sql(sql, list(rows))


# --- the database ------------------------------------------------------------------------------


def _engine(path: Path) -> Engine:
    return sqlite_engine(
        path,
        [
            "PRAGMA journal_mode=WAL",
            # The index is a cache; decisions switch to FULL for their own commits.
            "PRAGMA synchronous=NORMAL",
            "PRAGMA busy_timeout=10000",
            "PRAGMA temp_store=MEMORY",
            "PRAGMA cache_size=-32000",
        ],
    )


# The coordinator's own decisions (trust, revocations, what a revision was) are kept
# forever: a change of their tables is a step here, from the version before it, run once
# in the same transaction that records the new version. Version 1 is the first schema.
DECISIONS_MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def _migrate_decisions(conn: Connection, found: int, path: Path) -> None:
    """Bring decisions tables written by an older app up to DECISIONS_VERSION."""
    for version in range(found + 1, DECISIONS_VERSION + 1):
        step = DECISIONS_MIGRATIONS.get(version)
        if step is None:
            raise RuntimeError(f"{path}: no migration of decisions to version {version}")
        step(conn)


class CoordinatorDB:
    """Open (creating, or rebuilding a stale index) the coordinator database at `path`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(path)
        self.rebuilt = False
        try:
            self._prepare()
        except BaseException:
            self.engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    # -- schema

    def _prepare(self) -> None:
        with self.durable() as conn:
            # Missing tables are created (a new file, or a table added with the current
            # version); a changed table needs a step in DECISIONS_MIGRATIONS.
            decisions_metadata.create_all(conn)
            stored = dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())
            decisions = int(stored.get("decisions_version", DECISIONS_VERSION))
            if decisions > DECISIONS_VERSION:
                raise NewerDatabaseError(MSG_NEWER, path=str(self.path), found=decisions)
            _migrate_decisions(conn, decisions, self.path)
            cache = stored.get("schema_version")
            if cache != str(CACHE_VERSION):
                conn.exec_driver_sql("DROP TABLE IF EXISTS revision_fts")
                index_metadata.drop_all(conn)
                self.rebuilt = cache is not None
                for key in ("clock_ns", "central_path", "fts_stale", "last_full_check"):
                    conn.exec_driver_sql("DELETE FROM meta WHERE key = ?", (key,))
            index_metadata.create_all(conn)
            conn.exec_driver_sql(_FTS_DDL)
            self._set(conn, "schema_version", str(CACHE_VERSION))
            self._set(conn, "decisions_version", str(DECISIONS_VERSION))
            if cache != str(CACHE_VERSION):
                self._set(conn, "needs_full", "1")

    @staticmethod
    def _set(conn: Connection, key: str, value: str) -> None:
        conn.exec_driver_sql(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (key,)).first()
            return row[0] if row else None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction of index writes (synchronous=NORMAL)."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def durable(self) -> Iterator[Connection]:
        """One transaction committed with synchronous=FULL: it survives a power cut."""
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA synchronous=FULL")
            try:
                with conn.begin():
                    yield conn
            finally:
                raw.execute("PRAGMA synchronous=NORMAL")

    # -- scan state

    def load_state(self) -> StoredState:
        # The raw cursor: 100,000 rows through SQLAlchemy's result objects cost ~0.4 s.
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            stored = dict(raw.execute("SELECT key, value FROM meta").fetchall())
            post_dirs = dict(raw.execute("SELECT path, mtime_ns FROM post_dir").fetchall())
            revisions = {
                row[0]: (row[1], row[2] == 1, row[3], row[4], row[5])
                for row in raw.execute(
                    "SELECT path, dir_mtime_ns, check_status = 'valid', device_id, files, "
                    "fingerprint FROM revision"
                ).fetchall()
            }
            sigs = dict(raw.execute("SELECT device_id, sig FROM scan_device").fetchall())
        clock = stored.get("clock_ns")
        return StoredState(
            post_dirs=post_dirs,
            revisions=revisions,
            device_sigs=sigs,
            clock_ns=int(clock) if clock else None,
            central_path=stored.get("central_path"),
            needs_full=stored.get("needs_full") == "1",
        )

    def pinned_keys(self) -> dict[str, tuple[str, dict[str, bytes]]]:
        """device id -> (agency, key id -> public key) of every key recorded for a device."""
        result: dict[str, tuple[str, dict[str, bytes]]] = {}
        with self.engine.connect() as conn:
            for (
                device_id,
                agency_slug,
                key_id,
                key,
                changed_id,
                changed_key,
                changed_agency,
            ) in conn.exec_driver_sql(
                "SELECT device_id, agency, key_id, public_key, changed_key_id, "
                "changed_public_key, changed_agency FROM device_trust"
            ):
                keys = {key_id: bytes(key)}
                if changed_id and changed_key and (changed_agency or agency_slug) == agency_slug:
                    keys[changed_id] = bytes(changed_key)
                result[device_id] = (agency_slug, keys)
        return result

    def highest_sequences(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return dict(
                conn.exec_driver_sql("SELECT device_id, highest FROM device_high_sequence").all()
            )

    # -- writing a scan

    def begin_bulk(self) -> None:
        """Many rows follow: the search index is rebuilt once at the end (much faster)."""
        with self.write() as conn:
            self._set(conn, "fts_stale", "1")

    def write_revisions(
        self,
        rows: Sequence[RevisionWrite],
        extras: Mapping[str, Sequence[EntryWrite]],
        highest: Mapping[str, int],
        *,
        bulk: bool,
    ) -> None:
        """Store checked revisions (insert or replace by path) and their extra entries.

        A signed revision not seen before (by path and manifest) whose sequence number is
        at or below the highest accepted from its device is remembered as replayed.
        """
        if not rows:
            return
        checked_at = now_text()
        paths = [row.path for row in rows]
        with self.write() as conn:
            conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS batch(path TEXT PRIMARY KEY)")
            conn.exec_driver_sql("DELETE FROM batch")
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO batch(path) VALUES (?)", [(p,) for p in paths]
            )
            memory = {
                path: (sha, replay)
                for path, sha, replay in conn.exec_driver_sql(
                    "SELECT m.path, m.manifest_sha256, m.replay FROM batch b "
                    "CROSS JOIN revision_memory m ON m.path = b.path"
                )
            }
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO dirty_device(device_id) SELECT r.device_id FROM batch b "
                "CROSS JOIN revision r ON r.path = b.path WHERE r.device_id IS NOT NULL"
            )
            if not bulk:
                conn.exec_driver_sql(
                    "DELETE FROM revision_fts WHERE rowid IN "
                    "(SELECT r.rid FROM batch b CROSS JOIN revision r ON r.path = b.path)"
                )
            values = []
            remembered = []
            dirty = set()
            for row in rows:
                flag = 0
                if row.signed and row.device_id and row.sequence is not None:
                    dirty.add(row.device_id)
                    known = memory.get(row.path)
                    if known is not None and known[0] == row.manifest_sha256:
                        flag = known[1]
                    else:
                        flag = int(row.sequence <= highest.get(row.device_id, 0))
                        remembered.append(
                            (row.path, row.manifest_sha256, row.device_id, row.sequence, flag)
                        )
                params = _dumps(dict(row.params))
                values.append(
                    (
                        row.path,
                        row.agency,
                        row.post_uuid,
                        row.revision,
                        row.status,
                        row.message,
                        params,
                        row.status,  # the sequence-number rules follow (apply_replays)
                        row.message,
                        params,
                        int(row.signed),
                        row.device_id,
                        row.key_id,
                        row.sequence,
                        row.manifest_sha256,
                        row.dir_mtime_ns,
                        checked_at,
                        flag,
                        row.agency_name,
                        row.title,
                        row.category,
                        _platforms(row.platforms),
                        row.planned_at,
                        _planned_day(row.planned_at),
                        row.approved_at,
                        row.reviewer,
                        row.captions,
                        row.media_count,
                        row.first_media,
                        row.source_pack,
                        row.files,
                        row.fingerprint,
                    )
                )
            columns = (
                "path, agency, post_uuid, revision, check_status, check_message, check_params, "
                "folder_status, message, params_json, signed, device_id, key_id, sequence, "
                "manifest_sha256, dir_mtime_ns, checked_at, remembered_replay, agency_name, "
                "title, category, platforms, planned_at, planned_day, approved_at, reviewer, "
                "captions, media_count, first_media, source_pack, files, fingerprint"
            )
            names = [c.strip() for c in columns.split(",")]
            updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "path")
            conn.exec_driver_sql(
                f"INSERT INTO revision({columns}) VALUES ({', '.join('?' * len(names))}) "
                f"ON CONFLICT(path) DO UPDATE SET {updates}",
                values,
            )
            if remembered:
                conn.exec_driver_sql(
                    "INSERT INTO revision_memory(path, manifest_sha256, device_id, sequence, "
                    "replay) VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
                    "manifest_sha256 = excluded.manifest_sha256, device_id = excluded.device_id, "
                    "sequence = excluded.sequence, replay = excluded.replay",
                    remembered,
                )
            if dirty:
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO dirty_device(device_id) VALUES (?)",
                    [(d,) for d in dirty],
                )
            # Recorded at once (mtime -1: list it again), so a scan stopped halfway leaves
            # no revision whose post folder the next scan would not look at.
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO post_dir(path, agency, mtime_ns) VALUES (?, ?, -1)",
                list({(row.path.rsplit("/", 1)[0], row.agency) for row in rows}),
            )
            names = {(row.agency, row.agency_name) for row in rows if row.agency_name}
            _executemany(
                conn,
                "INSERT INTO agency(slug, name, last_seen) VALUES (?, ?, ?) "
                "ON CONFLICT(slug) DO UPDATE SET name = excluded.name",
                [(slug, name, checked_at) for slug, name in sorted(names)],
            )
            conn.exec_driver_sql("DELETE FROM entry WHERE scope IN (SELECT path FROM batch)")
            self._insert_entries(conn, [(scope, e) for scope, es in extras.items() for e in es])
            if not bulk:
                conn.exec_driver_sql(
                    f"INSERT INTO revision_fts(rowid, title, captions, agency) "
                    f"SELECT {_FTS_COLUMNS} FROM batch b CROSS JOIN revision r ON r.path = b.path"
                )

    @staticmethod
    def _insert_entries(conn: Connection, entries: Sequence[tuple[str, EntryWrite]]) -> None:
        if entries:
            conn.exec_driver_sql(
                "INSERT INTO entry(scope, path, kind, agency, post_uuid, status, message, "
                "params_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        scope,
                        e.path,
                        e.kind,
                        e.agency,
                        e.post_uuid,
                        e.status,
                        e.message,
                        _dumps(dict(e.params)),
                    )
                    for scope, e in entries
                ],
            )

    def finish_scan(
        self,
        *,
        removed_revisions: Iterable[str],
        removed_post_dirs: Iterable[str],
        post_dirs: Mapping[str, int],
        post_entries: Mapping[str, Sequence[EntryWrite]],
        folder_entries: Sequence[EntryWrite],
        device_sigs: Mapping[str, str],
        agencies: Sequence[str],
        clock_ns: int,
        central_path: str,
        full: bool,
    ) -> None:
        """Everything of a scan but the checked revisions, in one transaction."""
        removed = [(p,) for p in removed_revisions]
        with self.write() as conn:
            if removed:
                conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS gone(path TEXT PRIMARY KEY)")
                conn.exec_driver_sql("DELETE FROM gone")
                conn.exec_driver_sql("INSERT OR IGNORE INTO gone(path) VALUES (?)", removed)
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO dirty_device(device_id) SELECT r.device_id FROM gone g "
                    "CROSS JOIN revision r ON r.path = g.path WHERE r.device_id IS NOT NULL"
                )
                conn.exec_driver_sql(
                    "DELETE FROM revision_fts WHERE rowid IN "
                    "(SELECT r.rid FROM gone g CROSS JOIN revision r ON r.path = g.path)"
                )
                conn.exec_driver_sql("DELETE FROM revision WHERE path IN (SELECT path FROM gone)")
                # Gone from the folder: if it comes back, it is a revision not seen before.
                conn.exec_driver_sql(
                    "DELETE FROM revision_memory WHERE path IN (SELECT path FROM gone)"
                )
                conn.exec_driver_sql("DELETE FROM entry WHERE scope IN (SELECT path FROM gone)")
            for path in removed_post_dirs:
                conn.exec_driver_sql("DELETE FROM post_dir WHERE path = ?", (path,))
                conn.exec_driver_sql("DELETE FROM entry WHERE scope = ?", (path,))
            _executemany(
                conn,
                "INSERT INTO post_dir(path, agency, mtime_ns) VALUES (?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET mtime_ns = excluded.mtime_ns",
                [(path, path.split("/")[1], mtime) for path, mtime in post_dirs.items()],
            )
            conn.exec_driver_sql(
                "DELETE FROM entry WHERE scope = ?", [("",)] + [(p,) for p in post_entries]
            )
            self._insert_entries(
                conn,
                [("", e) for e in folder_entries]
                + [(scope, e) for scope, es in post_entries.items() for e in es],
            )
            conn.exec_driver_sql("DELETE FROM scan_device")
            _executemany(
                conn,
                "INSERT INTO scan_device(device_id, sig) VALUES (?, ?)",
                list(device_sigs.items()),
            )
            seen = now_text()
            conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS present(slug TEXT PRIMARY KEY)")
            conn.exec_driver_sql("DELETE FROM present")
            _executemany(
                conn, "INSERT OR IGNORE INTO present(slug) VALUES (?)", [(a,) for a in agencies]
            )
            conn.exec_driver_sql("DELETE FROM agency WHERE slug NOT IN (SELECT slug FROM present)")
            _executemany(
                conn,
                "INSERT INTO agency(slug, name, last_seen) VALUES (?, '', ?) "
                "ON CONFLICT(slug) DO UPDATE SET last_seen = excluded.last_seen",
                [(slug, seen) for slug in agencies],
            )
            self._set(conn, "clock_ns", str(clock_ns))
            self._set(conn, "central_path", central_path)
            self._set(conn, "last_scan", seen)
            if full:
                self._set(conn, "last_full_check", seen)
            if full:
                conn.exec_driver_sql(
                    "DELETE FROM revision_memory WHERE path NOT IN (SELECT path FROM revision)"
                )
                conn.exec_driver_sql("DELETE FROM meta WHERE key = 'needs_full'")

    def dirty_signed(self) -> tuple[list[str], list[tuple[str, str, str, int, str, int]]]:
        """Devices whose revisions changed, and every signed revision of theirs:
        (path, agency, post_uuid, revision, device_id, sequence)."""
        with self.engine.connect() as conn:
            devices = [row[0] for row in conn.exec_driver_sql("SELECT device_id FROM dirty_device")]
            rows = [
                tuple(row)
                for row in conn.exec_driver_sql(
                    "SELECT r.path, r.agency, r.post_uuid, r.revision, r.device_id, r.sequence "
                    "FROM revision r JOIN dirty_device d ON d.device_id = r.device_id "
                    "WHERE r.signed = 1"
                )
            ]
        return devices, rows  # type: ignore[return-value]

    def apply_replays(
        self, devices: Sequence[str], marks: Mapping[str, tuple[str, Mapping[str, object]]]
    ) -> None:
        """Folder statuses of `devices`' revisions: the check's, or "replayed" where marked."""
        with self.write() as conn:
            conn.exec_driver_sql(
                "CREATE TEMP TABLE IF NOT EXISTS dirty(device_id TEXT PRIMARY KEY)"
            )
            conn.exec_driver_sql("DELETE FROM dirty")
            _executemany(
                conn, "INSERT OR IGNORE INTO dirty(device_id) VALUES (?)", [(d,) for d in devices]
            )
            conn.exec_driver_sql(
                "UPDATE revision SET folder_status = check_status, message = check_message, "
                "params_json = check_params WHERE device_id IN (SELECT device_id FROM dirty) "
                "AND (folder_status != check_status OR message != check_message)"
            )
            if marks:
                conn.exec_driver_sql(
                    "UPDATE revision SET folder_status = 'replayed', message = ?, params_json = ? "
                    "WHERE path = ? AND check_status = 'valid'",
                    [
                        (message, _dumps(dict(params)), path)
                        for path, (message, params) in marks.items()
                    ],
                )
            # Settled: their revisions may now count (and raise the highest sequence).
            conn.exec_driver_sql(
                "DELETE FROM dirty_device WHERE device_id IN (SELECT device_id FROM dirty)"
            )
            self._raise_highest(conn, "r.device_id IN (SELECT device_id FROM dirty)")

    @staticmethod
    def _raise_highest(conn: Connection, where: str = "1", params: tuple[object, ...] = ()) -> None:
        conn.exec_driver_sql(
            "INSERT INTO device_high_sequence(device_id, highest) "
            f"SELECT r.device_id, MAX(r.sequence) {_FROM} WHERE {_VALID_SQL} AND {where} "
            "GROUP BY r.device_id "
            "ON CONFLICT(device_id) DO UPDATE SET highest = MAX(highest, excluded.highest)",
            params,
        )

    def finish_bulk(self) -> None:
        """Rebuild the search index after a bulk scan (or one that was interrupted)."""
        if self.meta("fts_stale") != "1":
            return
        with self.write() as conn:
            conn.exec_driver_sql("DELETE FROM revision_fts")
            conn.exec_driver_sql(
                f"INSERT INTO revision_fts(rowid, title, captions, agency) "
                f"SELECT {_FTS_COLUMNS} FROM revision"
            )
            conn.exec_driver_sql("DELETE FROM meta WHERE key = 'fts_stale'")

    # -- devices and trust

    def record_devices(
        self, found: Iterable[tuple[str, str, str, str, bytes]]
    ) -> tuple[list[str], list[str]]:
        """Pin devices seen for the first time (pending a decision) and flag changed keys.

        `found`: (device_id, agency, device_name, key_id, public_key) of each device file.
        Returns (new device ids, device ids whose key or agency changed just now).
        """
        seen = now_text()
        new: list[str] = []
        changed: list[str] = []
        with self.durable() as conn:
            known = {
                row[0]: row
                for row in conn.exec_driver_sql(
                    "SELECT device_id, agency, key_id, changed_key_id, changed_agency "
                    "FROM device_trust"
                )
            }
            for device_id, agency_slug, name, key_id, key in found:
                row = known.get(device_id)
                if row is None:
                    conn.exec_driver_sql(
                        "INSERT INTO device_trust(device_id, agency, device_name, key_id, "
                        "public_key, decision, first_seen, decided_note, changed_dismissed) "
                        "VALUES (?, ?, ?, ?, ?, 'pending', ?, '', 0)",
                        (device_id, agency_slug, name, key_id, key, seen),
                    )
                    new.append(device_id)
                    continue
                _, pinned_agency, pinned_key_id, changed_key_id, changed_agency = row
                if (key_id, agency_slug) == (pinned_key_id, pinned_agency):
                    if changed_key_id is not None:  # the folder shows the pinned key again
                        conn.exec_driver_sql(
                            "UPDATE device_trust SET changed_key_id = NULL, "
                            "changed_public_key = NULL, changed_agency = NULL, "
                            "changed_device_name = NULL, changed_seen_at = NULL, "
                            "changed_dismissed = 0 WHERE device_id = ?",
                            (device_id,),
                        )
                    continue
                if (key_id, agency_slug) != (changed_key_id, changed_agency):
                    conn.exec_driver_sql(
                        "UPDATE device_trust SET changed_key_id = ?, changed_public_key = ?, "
                        "changed_agency = ?, changed_device_name = ?, changed_seen_at = ?, "
                        "changed_dismissed = 0 WHERE device_id = ?",
                        (key_id, key, agency_slug, name, seen, device_id),
                    )
                    changed.append(device_id)
        return new, changed

    def devices(self, device_id: str | None = None) -> list[DeviceTrust]:
        sql = (
            "SELECT t.device_id, t.agency, t.device_name, t.key_id, t.public_key, t.decision, "
            "t.first_seen, t.decided_at, t.decided_note, t.changed_key_id, "
            "t.changed_public_key, t.changed_agency, t.changed_device_name, t.changed_seen_at, "
            "t.changed_dismissed, (SELECT COUNT(*) FROM revision r WHERE r.device_id = "
            "t.device_id) FROM device_trust t"
        )
        params: tuple[object, ...] = ()
        if device_id is not None:
            sql += " WHERE t.device_id = ?"
            params = (device_id,)
        sql += " ORDER BY t.agency, t.device_id"
        with self.engine.connect() as conn:
            return [
                DeviceTrust(
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    bytes(row[4]),
                    row[5],
                    row[6],
                    row[7],
                    row[8] or "",
                    row[9],
                    bytes(row[10]) if row[10] is not None else None,
                    row[11],
                    row[12],
                    row[13],
                    bool(row[14]),
                    row[15],
                )
                for row in conn.exec_driver_sql(sql, params)
            ]

    def decide(self, device_id: str, decision: str, note: str, key_id: str | None) -> None:
        """Record a decision about a device (and which of its keys), durably, with a log line.

        Trusting a changed key pins it in place of the old one; rejecting or revoking a
        device with a changed key settles the change too (nothing of it is trusted).
        """
        if decision not in DECISIONS or decision == "pending":
            raise ValueError(f"decision must be trusted, rejected or revoked, not {decision!r}")
        at = now_text()
        with self.durable() as conn:
            row = conn.exec_driver_sql(
                "SELECT key_id, changed_key_id, changed_public_key, changed_agency, "
                "changed_device_name FROM device_trust WHERE device_id = ?",
                (device_id,),
            ).first()
            if row is None:
                raise KeyError(device_id)
            pinned_key_id, changed_key_id = row[0], row[1]
            key_id = key_id or (changed_key_id if changed_key_id is not None else pinned_key_id)
            if key_id not in (pinned_key_id, changed_key_id):
                raise ValueError(f"device {device_id} has no key {key_id}")
            if key_id == changed_key_id and key_id != pinned_key_id:
                if decision == "trusted":
                    conn.exec_driver_sql(
                        "UPDATE device_trust SET key_id = changed_key_id, "
                        "public_key = changed_public_key, agency = changed_agency, "
                        "device_name = COALESCE(changed_device_name, device_name), "
                        "changed_key_id = NULL, changed_public_key = NULL, "
                        "changed_agency = NULL, changed_device_name = NULL, "
                        "changed_seen_at = NULL, changed_dismissed = 0 WHERE device_id = ?",
                        (device_id,),
                    )
                else:
                    conn.exec_driver_sql(
                        "UPDATE device_trust SET changed_dismissed = 1 WHERE device_id = ?",
                        (device_id,),
                    )
            elif changed_key_id is not None:
                # A decision about the pinned key settles the flag too: the change stays
                # visible, but no longer awaits a decision.
                conn.exec_driver_sql(
                    "UPDATE device_trust SET changed_dismissed = 1 WHERE device_id = ?",
                    (device_id,),
                )
            conn.exec_driver_sql(
                "UPDATE device_trust SET decision = ?, decided_at = ?, decided_note = ? "
                "WHERE device_id = ?",
                (decision, at, note, device_id),
            )
            conn.exec_driver_sql(
                "INSERT INTO trust_log(device_id, at, decision, key_id, note) "
                "VALUES (?, ?, ?, ?, ?)",
                (device_id, at, decision, key_id, note),
            )
            self._raise_highest(conn, "r.device_id = ?", (device_id,))

    def trust_log(self, device_id: str | None = None) -> list[tuple[str, str, str, str, str]]:
        sql = "SELECT device_id, at, decision, key_id, note FROM trust_log"
        params: tuple[object, ...] = ()
        if device_id is not None:
            sql += " WHERE device_id = ?"
            params = (device_id,)
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.exec_driver_sql(sql + " ORDER BY id", params)]  # type: ignore[misc]

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
            f"r.first_media, r.checked_at, t.key_id, h.highest, r.source_pack {_FROM} "
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
                )
                for row in conn.exec_driver_sql(sql, tuple(params))
            ]

    def count(self, filters: Filters) -> int:
        where, params = _where(filters)
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(
                f"SELECT COUNT(*) {_FROM}{where}", tuple(params)
            ).scalar_one()

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
                tuple(row)  # type: ignore[misc]
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
            return [tuple(row) for row in conn.exec_driver_sql(sql, tuple(params))]  # type: ignore[misc]

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
            result = dict(conn.exec_driver_sql("SELECT path, status FROM entry").all())
            result.update(conn.exec_driver_sql("SELECT path, folder_status FROM revision").all())
        return result

    def last_full_check(self) -> str | None:
        """When a full scan (every file re-hashed) last completed: "YYYY-MM-DDTHH:MM:SSZ"."""
        return self.meta("last_full_check")

    def revision_by_path(self, path: str) -> RevisionRecord | None:
        rows = self.revisions(Filters(path=path), sort="path", limit=1)
        return rows[0] if rows else None
