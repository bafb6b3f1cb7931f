"""Writing a scan into the coordinator database: its state, checked revisions in batches
(bulk mode for a first or full scan), what the folder no longer holds, the sequence-number
rules' marks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import (
    Connection,
)

from medsos_desktop.store.coordinator.base import (
    CoordinatorBase,
)
from medsos_desktop.store.coordinator.rows import (
    EntryWrite,
    RevisionWrite,
    StoredState,
    _planned_day,
)
from medsos_desktop.store.coordinator.schema import (
    _FTS_COLUMNS,
    _dumps,
    _executemany,
    _platforms,
    now_text,
)


class ScanWrites(CoordinatorBase):
    """What a scan reads back from the index and writes into it."""

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
            scan_round=int(stored.get("scan_round") or 0),
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
                        row.assurance,
                        row.files,
                        row.fingerprint,
                    )
                )
            columns = (
                "path, agency, post_uuid, revision, check_status, check_message, check_params, "
                "folder_status, message, params_json, signed, device_id, key_id, sequence, "
                "manifest_sha256, dir_mtime_ns, checked_at, remembered_replay, agency_name, "
                "title, category, platforms, planned_at, planned_day, approved_at, reviewer, "
                "captions, media_count, first_media, source_pack, assurance, files, fingerprint"
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
            agency_names = {(row.agency, row.agency_name) for row in rows if row.agency_name}
            _executemany(
                conn,
                "INSERT INTO agency(slug, name, last_seen) VALUES (?, ?, ?) "
                "ON CONFLICT(slug) DO UPDATE SET name = excluded.name",
                [(slug, name, checked_at) for slug, name in sorted(agency_names)],
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
        scan_round: int = 0,
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
            self._set(conn, "scan_round", str(scan_round))
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
        return devices, rows

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
