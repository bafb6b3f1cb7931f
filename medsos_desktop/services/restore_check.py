"""What a restore would take away: the data folder compared with a backup, before anything moves.

Both databases are read through read-only SQLite connections (the data folder's may be open
in the app at the same time: WAL lets a reader in). Posts are matched by uuid:

- an approved revision that has not reached the central folder (no published outbox entry)
  and that the backup does not hold approved would leave the workflow: nothing would send it;
- a draft (draft, awaiting review, changes requested) created since the backup was made, or
  changed since (a later `updated_at`), would disappear or go back to its older text.

Posts already sent are safe in the central folder and are not listed, nor are sample posts
and posts in the trash. The old files are kept in `backups/before-restore-*` either way, but
nothing in the app looks there: this list is what the user must agree to lose.

Also compared: the agency each side belongs to (its confirmed profile) and the device
identity (`device.json`), so that a backup of another agency or PC is never restored
without the user being told.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from medsos_desktop.domain.posts import status_term
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Term, Translate, render_message

_CTX = "Backup"

LOSS_UNSENT = "unsent"
LOSS_NEW = "new"
LOSS_CHANGED = "changed"
LOSS_LABELS = {
    LOSS_UNSENT: QT_TRANSLATE_NOOP("Backup", "approved, not yet sent to the central folder"),
    LOSS_NEW: QT_TRANSLATE_NOOP("Backup", "new since the backup"),
    LOSS_CHANGED: QT_TRANSLATE_NOOP("Backup", "changed since the backup"),
}
_LOSS_ORDER = {LOSS_UNSENT: 0, LOSS_NEW: 1, LOSS_CHANGED: 2}
DRAFT_STATES = frozenset({"draft", "submitted", "changes_requested"})

MSG_LOST_LINE = QT_TRANSLATE_NOOP("Backup", "{title} ({reason}; {status}, last saved {when})")
UNTITLED = QT_TRANSLATE_NOOP("Backup", "(untitled)")

# What happens to this PC's device identity (device.json, and the key file if any).
IDENTITY_NONE = "none"  # neither side has one
IDENTITY_KEPT = "kept"  # this PC's stays; the backup's (if any) is not restored
IDENTITY_SAME = "same"  # the backup holds this PC's own identity
IDENTITY_RESTORED = "restored"  # this PC had none: the backup's is put in place
IDENTITY_REPLACED = "replaced"  # this PC's is moved aside, the backup's takes its place

_MAX_IDENTITY = 64 * 1024

MSG_IDENTITY_KEPT_OWN = QT_TRANSLATE_NOOP(
    "Backup", "Device identity: this PC keeps its own, {this_device} (the backup holds none)."
)
MSG_IDENTITY_KEPT = QT_TRANSLATE_NOOP(
    "Backup",
    "Device identity: this PC keeps its own, {this_device}; the backup's, {backup_device}, "
    "is not restored.",
)
MSG_IDENTITY_REPLACED = QT_TRANSLATE_NOOP(
    "Backup",
    "Device identity: this PC's, {this_device}, is replaced by the backup's, {backup_device}; "
    "this PC's own is kept in the backups folder.",
)
MSG_IDENTITY_RESTORED = QT_TRANSLATE_NOOP(
    "Backup", "Device identity: the backup's, {backup_device}, is put in place."
)
MSG_KEY_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Backup",
    "Its secret key is not in the backup: it stays in the password store of the PC the "
    "backup was made on. On any other PC, sending asks for a new device identity first.",
)
MSG_KEY_IN_FILE = QT_TRANSLATE_NOOP(
    "Backup",
    "Its secret key comes with it in the passphrase-protected key file: sending needs that "
    "key's passphrase.",
)


@dataclass(frozen=True)
class LostPost:
    """One post that would leave the workflow, as the user knows it."""

    uuid: str
    title: str
    status: str
    revision: int
    updated_at: str  # as stored (UTC)
    reason: str  # LOSS_UNSENT, LOSS_NEW or LOSS_CHANGED

    @property
    def key(self) -> str:
        """Names exactly this state of the post: a consent given for it does not cover
        a later edit."""
        return f"{self.reason}:{self.uuid}:{self.revision}:{self.updated_at}"

    def describe(self, translate: Translate | None = None) -> str:
        title = " ".join(self.title.split())
        return render_message(
            MSG_LOST_LINE,
            {
                "title": title[:120] or Term(_CTX, UNTITLED),
                "reason": Term(_CTX, LOSS_LABELS[self.reason]),
                "status": status_term(self.status),
                "when": _local_minutes(self.updated_at),
            },
            _CTX,
            translate,
        )


@dataclass(frozen=True)
class AgencyRef:
    """An agency as its confirmed profile names it."""

    name: str
    slug: str

    def same_as(self, other: AgencyRef) -> bool:
        if self.slug and other.slug:
            return self.slug == other.slug
        return _folded(self.name) == _folded(other.name)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class DeviceRef:
    """A device identity as device.json names it (public facts only)."""

    device_id: str
    name: str
    storage: str  # "keyring" or "passphrase-file"

    def __str__(self) -> str:
        return f"{self.name} ({self.device_id[:8]})"


@dataclass(frozen=True)
class Comparison:
    lost: tuple[LostPost, ...]
    this_agency: AgencyRef | None
    backup_agency: AgencyRef | None
    this_device: DeviceRef | None
    backup_device: DeviceRef | None
    compared: bool  # False: the data folder's database could not be read to compare

    @property
    def other_agency(self) -> bool:
        return (
            self.this_agency is not None
            and self.backup_agency is not None
            and not self.this_agency.same_as(self.backup_agency)
        )

    @property
    def other_device(self) -> bool:
        return (
            self.this_device is not None
            and self.backup_device is not None
            and self.this_device.device_id != self.backup_device.device_id
        )

    def identity_outcome(self, keep_identity: bool) -> str:
        """What a restore does to this PC's device identity."""
        this, theirs = self.this_device, self.backup_device
        if theirs is None:
            return IDENTITY_KEPT if this is not None else IDENTITY_NONE
        if this is None:
            return IDENTITY_RESTORED
        if this.device_id == theirs.device_id:
            return IDENTITY_SAME
        return IDENTITY_KEPT if keep_identity else IDENTITY_REPLACED


def identity_note(
    check: Comparison, keep_identity: bool, translate: Translate | None = None
) -> str:
    """One or two sentences saying what the restore does to this PC's device identity;
    empty when nothing changes (the same identity, or none on either side)."""
    outcome = check.identity_outcome(keep_identity)
    params = {"this_device": str(check.this_device), "backup_device": str(check.backup_device)}
    if outcome == IDENTITY_KEPT:
        template = MSG_IDENTITY_KEPT if check.backup_device else MSG_IDENTITY_KEPT_OWN
        return render_message(template, params, _CTX, translate)
    if outcome not in (IDENTITY_REPLACED, IDENTITY_RESTORED):
        return ""
    template = MSG_IDENTITY_REPLACED if outcome == IDENTITY_REPLACED else MSG_IDENTITY_RESTORED
    text = render_message(template, params, _CTX, translate)
    storage = check.backup_device.storage if check.backup_device else ""
    key = {"keyring": MSG_KEY_ELSEWHERE, "passphrase-file": MSG_KEY_IN_FILE}.get(storage)
    return text + " " + render_message(key, {}, _CTX, translate) if key else text


def compare(
    current_db: Path,
    current_identity: Path,
    backup_db: Path,
    backup_identity: Path,
) -> Comparison:
    """Compare the data folder (`current_*`) with an unpacked, checked backup (`backup_*`)."""
    backup = _connect(backup_db, immutable=True)
    try:
        backup_posts = _posts(backup)
        backup_approved = _approved(backup)
        backup_agency = _agency(backup)
    finally:
        backup.close()
    lost: list[LostPost] = []
    this_agency = None
    compared = True
    if current_db.is_file() and current_db.stat().st_size > 0:
        try:
            current = _connect(current_db, immutable=False)
            try:
                posts = _posts(current)
                approved = _approved(current)
                sent = _sent(current)
                this_agency = _agency(current)
            finally:
                current.close()
        except sqlite3.DatabaseError:
            compared = False
        else:
            lost = _lost(posts, approved, sent, backup_posts, backup_approved)
    return Comparison(
        lost=tuple(lost),
        this_agency=this_agency,
        backup_agency=backup_agency,
        this_device=read_device(current_identity),
        backup_device=read_device(backup_identity),
        compared=compared,
    )


def read_device(path: Path) -> DeviceRef | None:
    """The public facts of a device.json; None when there is none or it cannot be used."""
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > _MAX_IDENTITY:
            return None
        record = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    device_id, name, storage = (
        record.get("device_id"),
        record.get("device_name"),
        record.get("storage"),
    )
    if not isinstance(device_id, str) or not device_id:
        return None
    return DeviceRef(
        device_id,
        name if isinstance(name, str) and name.strip() else device_id[:8],
        storage if isinstance(storage, str) else "",
    )


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Post:
    uuid: str
    title: str
    status: str
    revision: int
    updated_at: str
    own: bool  # not a sample post, not in the trash


def _connect(path: Path, immutable: bool) -> sqlite3.Connection:
    uri = path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, timeout=10)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def _posts(conn: sqlite3.Connection) -> dict[str, _Post]:
    if "post" not in _tables(conn):
        return {}
    columns = _columns(conn, "post")
    demo = "is_demo" if "is_demo" in columns else "0"
    deleted = "deleted_at IS NOT NULL" if "deleted_at" in columns else "0"
    rows = conn.execute(
        f"SELECT uuid, title, status, revision, updated_at, {demo}, {deleted} FROM post"
    )
    return {
        str(uuid): _Post(
            str(uuid),
            str(title or ""),
            str(status),
            _int(revision),
            str(updated or ""),
            not is_demo and not is_deleted,
        )
        for uuid, title, status, revision, updated, is_demo, is_deleted in rows
    }


def _approved(conn: sqlite3.Connection) -> set[tuple[str, int]]:
    """Every approved revision, by post uuid."""
    if not {"post", "post_revision"} <= _tables(conn):
        return set()
    rows = conn.execute(
        "SELECT post.uuid, post_revision.revision FROM post_revision "
        "JOIN post ON post.id = post_revision.post_id"
    )
    return {(str(uuid), _int(revision)) for uuid, revision in rows}


def _sent(conn: sqlite3.Connection) -> set[tuple[str, int]]:
    """The revisions the central folder has (the outbox marked them published)."""
    if not {"post", "sync_outbox"} <= _tables(conn):
        return set()
    rows = conn.execute(
        "SELECT post.uuid, sync_outbox.revision FROM sync_outbox "
        "JOIN post ON post.id = sync_outbox.post_id WHERE sync_outbox.state = 'published'"
    )
    return {(str(uuid), _int(revision)) for uuid, revision in rows}


def _int(value: object) -> int:
    """A column that should hold a number (a backup's content is outside input)."""
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0


def _agency(conn: sqlite3.Connection) -> AgencyRef | None:
    """The agency the folder speaks for; None for the sample or an unfinished profile."""
    if "agency" not in _tables(conn):
        return None
    columns = _columns(conn, "agency")
    slug = "slug" if "slug" in columns else "''"
    confirmed = "profile_confirmed" if "profile_confirmed" in columns else "1"
    row = conn.execute(
        f"SELECT name, {slug}, {confirmed} FROM agency ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None or not row[2] or not str(row[0] or "").strip():
        return None
    return AgencyRef(" ".join(str(row[0]).split()), str(row[1] or ""))


def _lost(
    posts: dict[str, _Post],
    approved: set[tuple[str, int]],
    sent: set[tuple[str, int]],
    backup_posts: dict[str, _Post],
    backup_approved: set[tuple[str, int]],
) -> list[LostPost]:
    unsent: dict[str, int] = {}
    for uuid, revision in approved - sent - backup_approved:
        post = posts.get(uuid)
        if post is not None and post.own:
            unsent[uuid] = max(revision, unsent.get(uuid, 0))
    lost = []
    for uuid, post in posts.items():
        if not post.own:
            continue
        reason = None
        if uuid in unsent:
            reason = LOSS_UNSENT
        elif post.status in DRAFT_STATES:
            before = backup_posts.get(uuid)
            if before is None:
                reason = LOSS_NEW
            elif _later(post.updated_at, before.updated_at):
                reason = LOSS_CHANGED
        if reason is not None:
            revision = unsent.get(uuid, post.revision)
            lost.append(LostPost(uuid, post.title, post.status, revision, post.updated_at, reason))
    # By kind, the newest first within each.
    lost.sort(key=lambda p: _sortable(p.updated_at), reverse=True)
    lost.sort(key=lambda p: _LOSS_ORDER[p.reason])
    return lost


# --- time stamps ------------------------------------------------------------------------------


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None


def _sortable(stamp: str) -> str:
    parsed = _parse(stamp)
    return parsed.isoformat() if parsed is not None else stamp


def _later(a: str, b: str) -> bool:
    first, second = _parse(a), _parse(b)
    if first is not None and second is not None:
        if (first.tzinfo is None) != (second.tzinfo is None):
            first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
        return first > second
    return a > b


def _local_minutes(stamp: str) -> str:
    """A stored UTC time as the user's local time, to the minute."""
    parsed = _parse(stamp)
    if parsed is None:
        return stamp[:16]
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone().strftime("%Y-%m-%d %H:%M")


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


__all__ = [
    "IDENTITY_KEPT",
    "IDENTITY_NONE",
    "IDENTITY_REPLACED",
    "IDENTITY_RESTORED",
    "IDENTITY_SAME",
    "LOSS_CHANGED",
    "LOSS_NEW",
    "LOSS_UNSENT",
    "AgencyRef",
    "Comparison",
    "DeviceRef",
    "LostPost",
    "compare",
    "identity_note",
    "read_device",
]
