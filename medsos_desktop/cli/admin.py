"""`medsos self-test`, `medsos backup` and `medsos restore`: looking after an installation."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from medsos_desktop import __version__
from medsos_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    UsageError,
    add_common_options,
    data_paths,
    print_json,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.i18n import Translate


def add_self_test_parser(sub: Any) -> None:
    p = sub.add_parser("self-test", help="check that this installation works (no display needed)")
    add_common_options(p, json_flag=True)


def cmd_self_test(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.services.self_test import self_test

    lines: list[str] = []
    failures = self_test(lines.append if args.json else print)
    if args.json:
        print_json({"version": __version__, "ok": not failures, "steps": lines})
    else:
        print(f"medsos {__version__}: " + ("OK" if not failures else "FAILED"))
    return EXIT_PROBLEMS if failures else EXIT_OK


MSG_BACKUP_DONE = QT_TRANSLATE_NOOP(
    "CLI", "{file}: backup written, {size} MB, {posts} posts, {blobs} images and files"
)
MSG_RESTORE_DONE = QT_TRANSLATE_NOOP(
    "CLI", "{file} restored into {data_dir}: {posts} posts, {blobs} images and files."
)
MSG_RESTORE_KEPT = QT_TRANSLATE_NOOP("CLI", "The previous files are kept in {previous}.")
MSG_RESTORE_UPGRADE = QT_TRANSLATE_NOOP(
    "CLI",
    "The backup comes from an older version; its data is upgraded the next time the data "
    "folder is opened.",
)
MSG_RESTORE_WOULD_REPLACE = QT_TRANSLATE_NOOP(
    "CLI",
    "The data folder {data_dir} holds {posts} posts of its own. Restoring {file} (made "
    "{created} by version {version}, {backup_posts} posts) would replace them; the current "
    "files would be kept in the backups folder.",
)
MSG_RESTORE_NEEDS_YES = QT_TRANSLATE_NOOP(
    "CLI", "nothing restored: the data folder holds posts; add --yes to replace them"
)
MSG_RESTORE_WOULD_LOSE = QT_TRANSLATE_NOOP(
    "CLI",
    "These {count} posts would leave the workflow: the app would neither show nor send "
    "them, and only the files kept in the backups folder would still hold them:",
)
MSG_RESTORE_OTHER_AGENCY = QT_TRANSLATE_NOOP(
    "CLI",
    "The backup belongs to another agency: {backup_agency} (this data folder: {this_agency}).",
)
MSG_RESTORE_OTHER_DEVICE = QT_TRANSLATE_NOOP(
    "CLI", "The backup was made on another device: {backup_device} (this PC: {this_device})."
)
MSG_RESTORE_KEEP_IDENTITY = QT_TRANSLATE_NOOP(
    "CLI", "Add --keep-identity to keep this PC's own device identity instead."
)
MSG_RESTORE_UNCOMPARED = QT_TRANSLATE_NOOP(
    "CLI",
    "The data folder's database cannot be read, so what a restore would lose cannot be "
    "listed; its files would be kept in the backups folder.",
)
MSG_RESTORE_REFUSED = QT_TRANSLATE_NOOP("CLI", "nothing restored; to restore anyway, add {flags}")
MSG_RESTORE_DISCARDED = QT_TRANSLATE_NOOP(
    "CLI",
    "{count} posts that were not in the backup or not yet sent left the workflow; only "
    "{previous} still holds them.",
)


def add_backup_parsers(sub: Any) -> None:
    """`medsos backup` and `medsos restore` (issues 7 and 12)."""
    p = sub.add_parser("backup", help="write the whole data folder into one backup file")
    p.add_argument("--out", required=True, help="the backup file to write (.medsos-backup)")
    add_common_options(p, json_flag=True)
    p = sub.add_parser(
        "restore",
        help="replace the data folder's content with a backup file; says first what would "
        "be lost and refuses (exit 1) until that is accepted",
    )
    p.add_argument("file", help="a .medsos-backup file")
    p.add_argument(
        "--yes", action="store_true", help="replace the posts already in the data folder"
    )
    p.add_argument(
        "--discard-unsent",
        action="store_true",
        help="restore even though drafts made or changed since the backup, and approved "
        "posts not yet sent to the central folder, would leave the workflow (implies --yes)",
    )
    p.add_argument(
        "--other-agency",
        "--other-device",
        dest="other_agency",
        action="store_true",
        help="restore a backup of another agency or made on another device",
    )
    p.add_argument(
        "--keep-identity",
        action="store_true",
        help="keep this PC's device identity instead of the backup's",
    )
    add_common_options(p, json_flag=True)


def cmd_backup(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.services.backup import export_all

    summary = export_all(data_paths(args), Path(args.out))
    if args.json:
        print_json(
            {
                "file": str(summary.path),
                "bytes": summary.size,
                "schema_revision": summary.schema_revision,
                "counts": summary.counts,
                "members": summary.members,
                "seconds": round(summary.seconds, 3),
            }
        )
    else:
        print(
            tx("CLI", MSG_BACKUP_DONE).format(
                file=summary.path,
                size=f"{summary.size / 1024**2:.1f}",
                posts=summary.counts.get("post", 0),
                blobs=summary.counts.get("blob", 0),
            )
        )
    return EXIT_OK


def _restore_flags(preview: Any, consent: Any, yes: bool) -> list[str]:
    """The options still missing for this restore to go on."""
    flags = []
    if not consent.covers_loss(preview.lost):
        flags.append("--discard-unsent")
    if (preview.other_agency or preview.other_device) and not consent.other_agency:
        flags.append("--other-agency")
    needs_yes = preview.current.holds_posts and not (yes or consent.discard)
    if needs_yes and "--discard-unsent" not in flags:
        flags.append("--yes")
    return flags


def _lost_json(lost: Sequence[Any], tx: Translate) -> list[dict[str, Any]]:
    return [
        {
            "uuid": p.uuid,
            "title": p.title,
            "status": p.status,
            "revision": p.revision,
            "updated_at": p.updated_at,
            "reason": p.reason,
            "text": p.describe(tx),
        }
        for p in lost
    ]


def _show_restore_preview(
    args: argparse.Namespace, tx: Translate, preview: Any, consent: Any, flags: list[str]
) -> None:
    """What the restore would do, before anything changes: stdout, as text or JSON."""
    from medsos_desktop.services.restore_check import identity_note

    paths, info, check, current = data_paths(args), preview.info, preview.check, preview.current
    if args.json:
        print_json(
            {
                "restored": False,
                "needs": flags,
                "data_dir": str(paths.data_dir),
                "current": {
                    "posts": current.posts,
                    "demo_posts": current.demo_posts,
                    "agency": str(check.this_agency) if check.this_agency else None,
                    "device_id": check.this_device.device_id if check.this_device else None,
                },
                "backup": {
                    "file": str(info.path),
                    "created_utc": info.created_utc,
                    "app_version": info.app_version,
                    "schema_revision": info.schema_revision,
                    "counts": info.counts,
                    "agency": str(check.backup_agency) if check.backup_agency else None,
                    "device_id": check.backup_device.device_id if check.backup_device else None,
                },
                "compared": check.compared,
                "would_lose": _lost_json(preview.lost, tx),
                "other_agency": preview.other_agency,
                "other_device": preview.other_device,
                "identity": preview.identity_outcome(consent.keep_identity),
            }
        )
        return
    if current.holds_posts:
        print(
            tx("CLI", MSG_RESTORE_WOULD_REPLACE).format(
                data_dir=paths.data_dir,
                posts=current.posts if current.readable else "?",
                file=info.path,
                created=info.created_utc,
                version=info.app_version,
                backup_posts=info.counts.get("post", 0),
            )
        )
    if not check.compared:
        print(tx("CLI", MSG_RESTORE_UNCOMPARED))
    if preview.lost:
        print(tx("CLI", MSG_RESTORE_WOULD_LOSE).format(count=len(preview.lost)))
        for post in preview.lost:
            print(f"  - {post.describe(tx)}")
    if preview.other_agency:
        print(
            tx("CLI", MSG_RESTORE_OTHER_AGENCY).format(
                backup_agency=check.backup_agency, this_agency=check.this_agency
            )
        )
    if preview.other_device:
        print(
            tx("CLI", MSG_RESTORE_OTHER_DEVICE).format(
                backup_device=check.backup_device, this_device=check.this_device
            )
        )
    note = identity_note(check, consent.keep_identity, tx)
    if note:
        print(note)
    if preview.other_device and not consent.keep_identity:
        print(tx("CLI", MSG_RESTORE_KEEP_IDENTITY))


def cmd_restore(args: argparse.Namespace, tx: Translate) -> int:
    """Says what would leave the workflow, and whether the backup is another agency's or
    device's, and refuses (exit 1) until the options accept exactly that; refuses (exit 2)
    to replace a folder holding the user's posts without --yes."""
    from medsos_desktop.services.backup import (
        RestoreConsent,
        RestoreNeedsConsentError,
        current_data,
        preview_restore,
        restore,
    )
    from medsos_desktop.services.restore_check import identity_note

    paths = data_paths(args)
    file = Path(args.file)
    consent = RestoreConsent(
        discard=bool(args.discard_unsent),
        other_agency=bool(args.other_agency),
        keep_identity=bool(args.keep_identity),
    )
    if current_data(paths).holds_posts and not (args.yes or args.discard_unsent):
        # The question comes with everything a restore would do (a bad file is reported
        # as such first).
        preview = preview_restore(paths, file)
        flags = _restore_flags(preview, consent, args.yes)
        _show_restore_preview(args, tx, preview, consent, flags)
        if flags != ["--yes"]:
            print(
                "medsos: " + tx("CLI", MSG_RESTORE_REFUSED).format(flags=" ".join(flags)),
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        raise UsageError(tx("CLI", MSG_RESTORE_NEEDS_YES))
    try:
        summary = restore(paths, file, consent=consent)
    except RestoreNeedsConsentError as exc:
        flags = _restore_flags(exc.preview, consent, True)
        _show_restore_preview(args, tx, exc.preview, consent, flags)
        print(
            "medsos: " + tx("CLI", MSG_RESTORE_REFUSED).format(flags=" ".join(flags)),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    info = summary.info
    if args.json:
        print_json(
            {
                "restored": True,
                "file": str(info.path),
                "data_dir": str(paths.data_dir),
                "previous": str(summary.previous) if summary.previous else None,
                "replaced": list(summary.replaced),
                "created_utc": info.created_utc,
                "app_version": info.app_version,
                "schema_revision": info.schema_revision,
                "needs_upgrade": info.needs_upgrade,
                "counts": info.counts,
                "discarded": _lost_json(summary.discarded, tx),
                "identity": summary.identity,
                "seconds": round(summary.seconds, 3),
            }
        )
    else:
        print(
            tx("CLI", MSG_RESTORE_DONE).format(
                file=info.path,
                data_dir=paths.data_dir,
                posts=info.counts.get("post", 0),
                blobs=info.counts.get("blob", 0),
            )
        )
        if summary.previous:
            print(tx("CLI", MSG_RESTORE_KEPT).format(previous=summary.previous))
        if summary.discarded:
            print(
                tx("CLI", MSG_RESTORE_DISCARDED).format(
                    count=len(summary.discarded), previous=summary.previous
                )
            )
        note = identity_note(summary.check, consent.keep_identity, tx) if summary.check else ""
        if note:
            print(note)
        if info.needs_upgrade:
            print(tx("CLI", MSG_RESTORE_UPGRADE))
    return EXIT_OK


MSG_AUDIT_INTACT = QT_TRANSLATE_NOOP(
    "CLI", "The audit trail is whole: {events} events checked, none changed or removed."
)
MSG_AUDIT_BROKEN = QT_TRANSLATE_NOOP(
    "CLI", "The audit trail is broken at event {seq} ({at}, post {post}): {reason}."
)
MSG_AUDIT_REVIEWERS_BROKEN = QT_TRANSLATE_NOOP(
    "CLI", "The reviewer records' trail was changed after it was written."
)
MSG_AUDIT_LIMIT = QT_TRANSLATE_NOOP(
    "CLI",
    "Events removed from the very end of the trail do not show here: what was sent to the "
    "central folder is the record to compare against.",
)


def add_audit_parsers(sub: Any) -> None:
    p = sub.add_parser("audit", help="the data folder's audit trail")
    audit_sub = p.add_subparsers(dest="audit_command")
    v = audit_sub.add_parser(
        "verify", help="check that no event was changed, removed or reordered afterwards"
    )
    add_common_options(v, json_flag=True)


def cmd_audit_verify(args: argparse.Namespace, tx: Translate) -> int:
    """Exit 0 when both chains hold, 1 at the first broken link (named), 2 unreadable."""
    from medsos_desktop.domain.audit import BREAK_REASON_TEXTS
    from medsos_desktop.services.audit import AuditService
    from medsos_desktop.services.workspace import open_workspace

    paths = data_paths(args)
    if not paths.database.exists():
        raise UsageError(f"{paths.database}: no data folder here")
    workspace = open_workspace(paths, exclusive=False, seed_demo=False)
    try:
        report = AuditService(workspace.db).verify()
    finally:
        workspace.close()
    broken = report.broken
    reason = ""
    if broken is not None:
        reason = tx("Audit", BREAK_REASON_TEXTS[broken.reason]).format(
            seq=broken.seq, expected=broken.expected_seq
        )
    if args.json:
        print_json(
            {
                "intact": report.intact,
                "events": report.events,
                "reviewer_log_intact": report.reviewer_log_intact,
                "first_broken": None
                if broken is None
                else {
                    "seq": broken.seq,
                    "expected_seq": broken.expected_seq,
                    "reason": broken.reason.value,
                    "message": reason,
                    "at": broken.event.at.isoformat(),
                    "kind": broken.event.kind,
                    "post_uuid": broken.event.post_uuid,
                },
            }
        )
    else:
        if broken is None:
            print(tx("CLI", MSG_AUDIT_INTACT).format(events=report.events))
        else:
            print(
                tx("CLI", MSG_AUDIT_BROKEN).format(
                    seq=broken.seq,
                    at=broken.event.at.strftime("%Y-%m-%d %H:%M"),
                    post=broken.event.post_uuid,
                    reason=reason,
                )
            )
        if not report.reviewer_log_intact:
            print(tx("CLI", MSG_AUDIT_REVIEWERS_BROKEN))
        print(tx("CLI", MSG_AUDIT_LIMIT))
    return EXIT_OK if report.intact else EXIT_PROBLEMS
