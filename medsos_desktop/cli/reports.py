"""`medsos report`: the region's monthly report from a central folder, or the agency's own."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from medsos_desktop.cli.common import (
    EXIT_OK,
    UsageError,
    add_common_options,
    add_device_wait_option,
    data_paths,
    local_time,
    message_language,
    print_json,
)
from medsos_desktop.cli.coordinator import (
    MSG_LAST_FULL_CHECK,
    MSG_REPORT_AWAITING,
    scanning_coordinator,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.i18n import Translate

MSG_REPORT_DONE = QT_TRANSLATE_NOOP("CLI", "{file}: report for {month} written.")
MSG_REPORT_NOT_COUNTED = QT_TRANSLATE_NOOP(
    "CLI", "Posts not counted (no valid revision): {count} — {reasons}."
)
MSG_REPORT_OLDER = QT_TRANSLATE_NOOP(
    "CLI", "Posts counted by an older revision (a newer one is not valid): {count} — {reasons}."
)


def add_report_parser(sub: Any) -> None:
    p = sub.add_parser(
        "report", help="monthly report: the region from a central folder, or this agency's own"
    )
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", required=True, help="report file, .xlsx or .pdf")
    p.add_argument("--central", help="the central folder: the region's report (coordinator)")
    p.add_argument("--agency", help="with --central: one agency's slug instead of the region")
    p.add_argument(
        "--recheck",
        action="store_true",
        help="with --central: re-hash every file first (slower; finds a file changed in place "
        "that kept its size and time)",
    )
    add_device_wait_option(p)
    add_common_options(p, json_flag=True)


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise UsageError(f"--month {text}: expected YYYY-MM, e.g. 2026-11") from None


def cmd_report(args: argparse.Namespace, tx: Translate) -> int:
    """The region's report from the coordinator's index, or this agency's own report."""
    month = _month(args.month)
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UsageError(f"--out {out}: the report is written as .xlsx or .pdf")
    language = message_language(args)
    paths = data_paths(args)
    summary: dict[str, object] = {"month": args.month, "out": str(out)}
    if args.central:
        from medsos_desktop.services.region_report import (
            coordinator_report,
            count_reasons,
            reasons_text,
            write_report,
        )
        from medsos_desktop.services.verification import region_name

        central = Path(args.central)
        with scanning_coordinator(args, paths) as service:
            scanned = service.scan(full=args.recheck)
            agency_name = None
            if args.agency:
                names = {a.slug: a.name for a in service.agencies()}
                if args.agency not in names:
                    raise UsageError(f"--agency {args.agency}: no such agency in {central}")
                agency_name = names[args.agency] or args.agency
            report, data = coordinator_report(
                service,
                month,
                region=region_name(central),
                agency=args.agency,
                agency_name=agency_name,
                translate=tx,
                language=language,
            )
            write_report(report, out, tx, language)
        dropped = [h for h in data.held_back if h.counted_revision is None]
        older = [h for h in data.held_back if h.counted_revision is not None]
        summary.update(
            posts=len(data.posts),
            not_counted=len(dropped),
            counted_by_older=len(older),
            held_back=count_reasons(data.held_back),
            awaiting=len(scanned.awaiting),
            rechecked=scanned.full,
            last_full_check=local_time(data.last_full_check),
        )
        notes = []
        if dropped:
            reasons = reasons_text(count_reasons(dropped), tx)
            notes.append(
                tx("CLI", MSG_REPORT_NOT_COUNTED).format(count=len(dropped), reasons=reasons)
            )
        if older:
            reasons = reasons_text(count_reasons(older), tx)
            notes.append(tx("CLI", MSG_REPORT_OLDER).format(count=len(older), reasons=reasons))
        if scanned.awaiting:
            notes.append(tx("CLI", MSG_REPORT_AWAITING).format(devices=len(scanned.awaiting)))
        if data.last_full_check:
            notes.append(
                tx("CLI", MSG_LAST_FULL_CHECK).format(when=local_time(data.last_full_check))
            )
    else:
        from medsos_desktop.services.metrics import MetricsService
        from medsos_desktop.services.workspace import NotReadableYet, open_workspace

        try:  # read-only, without the single-instance lock: works while the app is open
            workspace = open_workspace(paths, read_only=True)
        except NotReadableYet:  # no data yet (the sample is made) or an older schema
            workspace = open_workspace(paths)
        try:
            MetricsService(workspace.db).export_agency_report(month, out, out.suffix[1:], tx)
        finally:
            workspace.close()
        notes = []
    if args.json:
        print_json(summary)
    else:
        for line in notes:
            print(line)
        print(tx("CLI", MSG_REPORT_DONE).format(file=out, month=args.month))
    return EXIT_OK
