"""`medsos sync` and `medsos verify`: sending to the central folder and checking it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

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

MSG_NOTHING = QT_TRANSLATE_NOOP("CLI", "no revisions yet")
MSG_SYNC = QT_TRANSLATE_NOOP(
    "CLI", "{central}: {published} sent, {waiting} waiting, {failed} need attention"
)
MSG_VERIFY_PINNED = QT_TRANSLATE_NOOP(
    "CLI", "Device keys pinned from {source}: {trusted} trusted of {count} devices."
)


def add_sync_parser(sub: Any) -> None:
    p = sub.add_parser("sync", help="send approved posts to the central folder")
    p.add_argument(
        "--central",
        help="the central folder (default: the one in the settings; "
        "the demo workspace uses a folder in the data folder)",
    )
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="where this computer has no password store: the environment variable "
        "holding the passphrase of the device key file (chosen knowingly)",
    )
    add_common_options(p, json_flag=True)


def add_verify_parser(sub: Any) -> None:
    p = sub.add_parser("verify", help="verify every revision in a central folder")
    p.add_argument("central", help="the central folder (share, mapped drive or synced folder)")
    pins = p.add_mutually_exclusive_group()
    pins.add_argument(
        "--trust",
        metavar="FILE",
        help="pinned device keys (a trust file from `medsos devices export`): devices and "
        "keys the coordinator has not trusted are never valid",
    )
    pins.add_argument(
        "--coordinator",
        action="store_true",
        help="pin the device keys the coordinator decided about in the data folder (--data-dir)",
    )
    add_common_options(p, json_flag=True)


def cmd_sync(args: argparse.Namespace, tx: Translate) -> int:
    import os
    import socket

    from medsos_desktop.services.identity import IdentityService, NoSecureKeyring
    from medsos_desktop.services.sync import SyncService
    from medsos_desktop.services.workspace import open_workspace

    paths = data_paths(args)
    passphrase = os.environ.get(args.passphrase_env, "") if args.passphrase_env else None
    if args.passphrase_env and not passphrase:
        raise UsageError(f"--passphrase-env {args.passphrase_env}: the variable is empty")
    workspace = open_workspace(paths)
    try:
        central_text = args.central or workspace.settings.central_folder
        if not central_text:
            from medsos_desktop.services.demo import is_sample_workspace
            from medsos_desktop.services.sync import MSG_NO_CENTRAL, SyncError

            if not is_sample_workspace(workspace.db):
                raise SyncError(MSG_NO_CENTRAL)
            # The sample workspace practises on a folder inside the data folder, which
            # it marks as a sample (services/sync.py): never a region's real folder.
            demo_central = paths.data_dir / "folder-pusat-contoh"
            demo_central.mkdir(exist_ok=True)
            central_text = str(demo_central)
        identities = IdentityService(paths.data_dir)
        if identities.load() is None:
            name = socket.gethostname() or "PC"
            try:
                identities.create(name)
            except NoSecureKeyring:
                if passphrase is None:
                    raise
                identities.create_with_passphrase(passphrase, name)
        signer = identities.signer(passphrase)
        identity = identities.load()
        device_name = identity.device_name if identity else signer.device_id
        result = SyncService(workspace.db).run(
            Path(central_text), signer, signer.public_key, device_name
        )
    finally:
        workspace.close()
    if args.json:
        print_json(
            {
                "central": central_text,
                "published": result.published,
                "already_present": result.already_present,
                "waiting": result.waiting,
                "failed": result.failed,
                "messages": [e.render(tx) for e in result.errors],
            }
        )
    else:
        for error in result.errors:
            print(error.render(tx))
        print(
            tx("CLI", MSG_SYNC).format(
                central=central_text,
                published=result.published,
                waiting=result.waiting,
                failed=result.failed,
            )
        )
    return EXIT_PROBLEMS if result.waiting or result.failed else EXIT_OK


def _coordinator_trust(central: Path, args: argparse.Namespace) -> Any:
    """The coordinator's pinned keys for `central` from its data folder; creates nothing."""
    from medsos_desktop.services.coordinator import CoordinatorService, database_path

    data_dir = data_paths(args).data_dir
    if not (data_dir / "coordinator").is_dir() or not database_path(central, data_dir).exists():
        raise UsageError(
            f"{data_dir}: no coordinator decisions for {central} "
            "(open the folder in coordinator mode, or give --data-dir)"
        )
    with CoordinatorService(central, data_dir) as service:
        return service.trust_list()


def cmd_verify(args: argparse.Namespace, tx: Translate) -> int:
    """Exit 0 only when medsos-central.json is readable and every line is valid: a link,
    a foreign device file, a stray name or a conflict copy is a finding too. With --trust
    or --coordinator, devices and keys the coordinator has not trusted are not valid."""
    from medsos_desktop.services.verification import read_trust, verify_folder

    central = Path(args.central)
    if not central.is_dir():
        raise UsageError(f"{central}: not a folder")
    trust = None
    if args.trust:
        trust = read_trust(Path(args.trust))
    elif args.coordinator:
        trust = _coordinator_trust(central, args)
    report = verify_folder(central, trust)
    counts = report.counts()
    pinned = None
    if trust is not None:
        pinned = {
            "source": trust.source,
            "region": trust.region_name,
            "exported": trust.exported,
            "devices": len(trust),
            "trusted": sum(1 for pin in trust.pins.values() if pin.trusted),
        }
    if args.json:
        print_json(
            {
                "central": str(central),
                "region": report.info.region_name if report.info else None,
                "trust_pinned": report.trust_pinned,
                "pinned": pinned,
                "counts": counts,
                "notices": [n.render(tx) for n in report.notices],
                "entries": [
                    {
                        "agency": e.agency,
                        "post": e.post_uuid,
                        "revision": e.revision,
                        "path": e.path,
                        "status": e.status,
                        "kind": e.kind,
                        "device": e.device_id,
                        "sequence": e.sequence,
                        "message": e.render(tx),
                    }
                    for e in report.entries
                ],
            }
        )
    else:
        if pinned is not None:
            print(
                tx("CLI", MSG_VERIFY_PINNED).format(
                    source=pinned["source"], trusted=pinned["trusted"], count=pinned["devices"]
                )
            )
        for notice in report.notices:
            print(notice.render(tx))
        for entry in report.entries:
            if entry.status != "valid":
                print(f"{entry.status}\t{entry.path}\t{entry.render(tx)}")
        summary = ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))
        print(f"{central}: {summary or tx('CLI', MSG_NOTHING)}")
    return EXIT_OK if report.all_valid else EXIT_PROBLEMS
