"""`medsos scan` and `medsos devices …`: the coordinator's index and trust decisions."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from medsos_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    ArgParser,
    UsageError,
    add_common_options,
    add_device_wait_option,
    data_paths,
    local_time,
    print_json,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.i18n import Translate
from medsos_desktop.paths import AppPaths

MSG_REPORT_AWAITING = QT_TRANSLATE_NOOP(
    "CLI", "Devices awaiting a trust decision in coordinator mode: {devices}."
)
MSG_SCAN_DONE = QT_TRANSLATE_NOOP(
    "CLI",
    "{central}: read in {seconds} s; revisions checked: {checked}; posts: {posts}, "
    "counted: {counted}.",
)
MSG_SCAN_HELD = QT_TRANSLATE_NOOP("CLI", "Posts whose newest revision is not valid: {reasons}.")
MSG_LAST_FULL_CHECK = QT_TRANSLATE_NOOP("CLI", "Every file was last re-checked on {when}.")
MSG_NEVER_FULLY_CHECKED = QT_TRANSLATE_NOOP(
    "CLI", "Every file has not been re-checked yet: run medsos scan --full."
)
# Held back for these, a post needs someone to look (not only to wait or decide).
_PROBLEM_REASONS = frozenset(
    {"tampered", "unknown_device", "rejected", "replayed", "unsafe", "invalid"}
)


def add_scan_parser(sub: Any) -> None:
    p = sub.add_parser(
        "scan",
        help="read a central folder into the coordinator's index, as coordinator mode does "
        "(exit 1 when something is tampered, unsafe, replayed, invalid or of an unknown device)",
    )
    p.add_argument("--central", required=True, help="the central folder")
    p.add_argument(
        "--full",
        action="store_true",
        help="re-hash every file (the window's 'Check every file again'), not only what changed",
    )
    add_device_wait_option(p)
    add_common_options(p, json_flag=True)


MSG_DEVICE_DECIDED = QT_TRANSLATE_NOOP(
    "CLI", "{name} ({device_id}) of {agency}: {decision}. Key fingerprint: {fingerprint}"
)
MSG_DEVICE_CHANGED_KEY = QT_TRANSLATE_NOOP(
    "CLI", "  the device file now shows another key: {fingerprint} (since {seen})"
)
MSG_DEVICES_NONE = QT_TRANSLATE_NOOP("CLI", "No devices in {central} yet.")
MSG_DEVICES_EXPORTED = QT_TRANSLATE_NOOP(
    "CLI", "{file}: pinned keys of {count} devices written ({trusted} trusted)."
)
MSG_DEVICE_NOT_RECORDED = QT_TRANSLATE_NOOP(
    "CLI",
    "device {device_id} is not recorded for this central folder; see 'medsos devices list'",
)
DECISION_LABELS = {
    "pending": QT_TRANSLATE_NOOP("CLI", "awaiting decision"),
    "trusted": QT_TRANSLATE_NOOP("CLI", "trusted"),
    "rejected": QT_TRANSLATE_NOOP("CLI", "rejected"),
    "revoked": QT_TRANSLATE_NOOP("CLI", "revoked"),
}
_DECISION_COMMANDS = {"trust": "trusted", "reject": "rejected", "revoke": "revoked"}


def add_devices_parsers(sub: Any) -> None:
    """`medsos devices list|trust|reject|revoke|export`: the coordinator window's decisions."""
    devices = sub.add_parser("devices", help="the coordinator's trust decisions about devices")
    devices_sub = devices.add_subparsers(dest="devices_command", parser_class=ArgParser)

    def central_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--central", required=True, help="the central folder")
        add_common_options(p, json_flag=True)

    p = devices_sub.add_parser(
        "list", help="every device with its agency, name, key fingerprint and decision"
    )
    p.add_argument(
        "--no-scan", action="store_true", help="do not read the folder for new devices first"
    )
    central_arg(p)
    for command, decision in _DECISION_COMMANDS.items():
        p = devices_sub.add_parser(command, help=f"record the decision '{decision}'")
        p.add_argument("device_id", help="the device id (see `medsos devices list`)")
        p.add_argument("--note", default="", help="why (how the fingerprint was confirmed)")
        p.add_argument(
            "--key-id",
            help="the key decided about (default: the changed key if the device file shows "
            "one, else the pinned key)",
        )
        central_arg(p)
    p = devices_sub.add_parser(
        "export", help="write the pinned keys and decisions as a trust file for `verify --trust`"
    )
    p.add_argument("--out", required=True, help="the trust file to write (.json)")
    central_arg(p)


def _coordinator(args: argparse.Namespace) -> Any:
    from medsos_desktop.services.coordinator import CoordinatorService

    central = Path(args.central)
    if not central.is_dir():
        raise UsageError(f"{central}: not a folder")
    data_dir = data_paths(args).data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    return CoordinatorService(central, data_dir)


def _device_json(row: Any) -> dict[str, object]:
    changed = None
    if row.changed_key_id is not None:
        changed = {
            "key_id": row.changed_key_id,
            "fingerprint": row.changed_fingerprint,
            "agency": row.changed_agency,
            "device_name": row.changed_device_name,
            "seen_at": row.changed_seen_at,
            "awaiting_decision": row.changed_awaiting,
        }
    return {
        "agency": row.agency,
        "agency_name": row.agency_name,
        "device_id": row.device_id,
        "device_name": row.device_name,
        "key_id": row.key_id,
        "fingerprint": row.fingerprint,
        "decision": row.decision,
        "awaiting_decision": row.awaiting_decision,
        "first_seen": row.first_seen,
        "decided_at": row.decided_at,
        "note": row.note,
        "revisions": row.revisions,
        "changed_key": changed,
    }


def _decision_label(tx: Translate, decision: str) -> str:
    label = DECISION_LABELS.get(decision)
    return tx("CLI", label) if label else decision


def cmd_devices_list(args: argparse.Namespace, tx: Translate) -> int:
    """Scans first (as the window does when it opens), so new devices and changed keys show."""
    with _coordinator(args) as service:
        if not args.no_scan:
            service.scan()
        rows = service.devices()
    if args.json:
        print_json([_device_json(row) for row in rows])
        return EXIT_OK
    if not rows:
        print(tx("CLI", MSG_DEVICES_NONE).format(central=args.central))
    for row in rows:
        decision = _decision_label(tx, row.decision)
        print(f"{decision}\t{row.agency}\t{row.device_id}\t{row.device_name}\t{row.fingerprint}")
        if row.changed_key_id is not None:
            print(
                tx("CLI", MSG_DEVICE_CHANGED_KEY).format(
                    fingerprint=row.changed_fingerprint, seen=row.changed_seen_at
                )
            )
    return EXIT_OK


def cmd_devices_decide(args: argparse.Namespace, tx: Translate) -> int:
    """The window's Trust / Reject / Revoke, for a device recorded by an earlier scan."""
    decision = _DECISION_COMMANDS[args.devices_command]
    with _coordinator(args) as service:
        try:
            row = service.decide(args.device_id, decision, args.note, key_id=args.key_id)
        except KeyError:
            raise UsageError(
                tx("CLI", MSG_DEVICE_NOT_RECORDED).format(device_id=args.device_id)
            ) from None
        except ValueError as exc:
            raise UsageError(f"{args.device_id}: {exc}") from None
    if args.json:
        print_json(_device_json(row))
    else:
        print(
            tx("CLI", MSG_DEVICE_DECIDED).format(
                name=row.device_name,
                device_id=row.device_id,
                agency=row.agency,
                decision=_decision_label(tx, row.decision),
                fingerprint=row.fingerprint,
            )
        )
    return EXIT_OK


def cmd_devices_export(args: argparse.Namespace, tx: Translate) -> int:
    out = Path(args.out)
    with _coordinator(args) as service:
        try:
            count = service.export_trust(out)
        except OSError as exc:
            raise UsageError(f"{out}: {exc.strerror or exc}") from exc
        trusted = sum(1 for pin in service.trust_list().pins.values() if pin.trusted)
    if args.json:
        print_json({"file": str(out), "devices": count, "trusted": trusted})
    else:
        print(tx("CLI", MSG_DEVICES_EXPORTED).format(file=out, count=count, trusted=trusted))
    return EXIT_OK


def scanning_coordinator(args: argparse.Namespace, paths: AppPaths) -> Any:
    from medsos_desktop.services.coordinator import CoordinatorService

    central = Path(args.central)
    if not central.is_dir():
        raise UsageError(f"{central}: not a folder")
    if args.device_wait_days < 0:
        raise UsageError("--device-wait-days: a number of days, 0 or more")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return CoordinatorService(
        central, paths.data_dir, device_wait=args.device_wait_days * 24 * 3600
    )


def cmd_scan(args: argparse.Namespace, tx: Translate) -> int:
    """`medsos scan --central DIR [--full]`: the coordinator's index brought up to date."""
    from medsos_desktop.services.region_report import reasons_text

    with scanning_coordinator(args, data_paths(args)) as service:
        scanned = service.scan(full=args.full)
        counts = service.post_counts()
        last = service.last_full_check()
    summary = {
        "central": args.central,
        "full": scanned.full,
        "checked": scanned.checked,
        "seconds": round(scanned.seconds, 3),
        "posts": counts.posts,
        "counted": counts.counted,
        "held_back": counts.held_back,
        "awaiting": len(scanned.awaiting),
        "last_full_check": local_time(last),
    }
    if args.json:
        print_json(summary)
    else:
        print(
            tx("CLI", MSG_SCAN_DONE).format(
                central=args.central,
                checked=scanned.checked,
                seconds=f"{scanned.seconds:.1f}",
                posts=counts.posts,
                counted=counts.counted,
            )
        )
        if counts.held_back:
            reasons = reasons_text(counts.held_back, tx)
            print(tx("CLI", MSG_SCAN_HELD).format(reasons=reasons))
        if scanned.awaiting:
            print(tx("CLI", MSG_REPORT_AWAITING).format(devices=len(scanned.awaiting)))
        if last:
            print(tx("CLI", MSG_LAST_FULL_CHECK).format(when=local_time(last)))
        else:
            print(tx("CLI", MSG_NEVER_FULLY_CHECKED))
    return EXIT_PROBLEMS if _PROBLEM_REASONS & set(counts.held_back) else EXIT_OK
