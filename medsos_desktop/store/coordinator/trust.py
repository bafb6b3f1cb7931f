"""The coordinator's trust decisions: devices seen, their keys, decisions and their log
(committed with synchronous=FULL)."""

from __future__ import annotations

from collections.abc import Iterable

from medsos_desktop.store.coordinator.base import (
    CoordinatorBase,
)
from medsos_desktop.store.coordinator.rows import (
    DeviceTrust,
)
from medsos_desktop.store.coordinator.schema import (
    DECISIONS,
    now_text,
)


class TrustDecisions(CoordinatorBase):
    """Devices and the coordinator's decisions about them."""

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
            return [tuple(row) for row in conn.exec_driver_sql(sql + " ORDER BY id", params)]
