"""The `medsos` command line: the same services as the app, for IT staff, scripts and benchmarks.

Exit status: 0 success or nothing found; 1 the command ran and found problems;
2 bad usage or unreadable input, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from medsos_desktop import __version__
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translate, translator
from medsos_desktop.paths import AppPaths, resolve_data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

MSG_NOT_UTF8 = QT_TRANSLATE_NOOP("CLI", "The caption is not UTF-8 text.")
MSG_CAPTION_TOO_LONG = QT_TRANSLATE_NOOP(
    "CLI", "The caption on standard input is over {limit_kb} KB; no platform accepts that much."
)
# Standard input is read up to this much (captions are a few KB; /dev/zero is endless).
MAX_CAPTION_INPUT = 1024 * 1024
MSG_NO_PROBLEMS = QT_TRANSLATE_NOOP("CLI", "No problems found.")
MSG_IMAGE_OK = QT_TRANSLATE_NOOP("CLI", "{file}: OK, {width}×{height}, {mime}")
MSG_NOTHING = QT_TRANSLATE_NOOP("CLI", "no revisions yet")
MSG_SYNC = QT_TRANSLATE_NOOP(
    "CLI", "{central}: {published} sent, {waiting} waiting, {failed} need attention"
)


class UsageError(Exception):
    """Bad input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _common(parser: argparse.ArgumentParser, json_flag: bool = False) -> None:
    parser.add_argument("--data-dir", help="data folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of messages")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="medsos", description="Medsos Desktop command line")
    parser.add_argument("--version", action="version", version=f"medsos {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("self-test", help="check that this installation works (no display needed)")
    _common(p, json_flag=True)

    templates = sub.add_parser("templates", help="caption templates")
    templates_sub = templates.add_subparsers(dest="templates_command", parser_class=_Parser)
    p = templates_sub.add_parser("list", help="list caption and infographic templates")
    p.add_argument("--kind", choices=["caption", "infographic"], help="only one kind")
    _common(p, json_flag=True)

    p = sub.add_parser("render", help="draw an infographic template to an image file")
    p.add_argument("template", help="template key (see `medsos templates list`)")
    p.add_argument(
        "--size",
        default="portrait",
        help="WIDTHxHEIGHT or a size name: " + ", ".join(_size_names()),
    )
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a field value; repeat a list field's --set to add items; "
        "FIELD=@photo.jpg for an image",
    )
    p.add_argument(
        "--slide",
        type=int,
        default=0,
        help="only this slide of a carousel (default: every slide, as OUT-1.png, OUT-2.png, …)",
    )
    p.add_argument("--optimize", action="store_true", help="smaller PNG, slower to write")
    p.add_argument("--out", required=True, help="output file (.png or .jpg)")
    _common(p, json_flag=True)

    p = sub.add_parser("check-caption", help="check a caption read from standard input")
    p.add_argument(
        "--platform",
        required=True,
        choices=["instagram", "facebook", "x", "tiktok", "youtube", "threads"],
    )
    p.add_argument("--title", default="", help="post title (YouTube title length)")
    _common(p, json_flag=True)

    posts = sub.add_parser("posts", help="posts")
    posts_sub = posts.add_subparsers(dest="posts_command", parser_class=_Parser)
    p = posts_sub.add_parser("list", help="list posts")
    p.add_argument(
        "--status",
        choices=[
            "draft",
            "submitted",
            "changes_requested",
            "approved",
            "synced",
            "published",
            "archived",
        ],
    )
    p.add_argument("--search", help="full-text search")
    _common(p, json_flag=True)

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
    _common(p, json_flag=True)

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
    _common(p, json_flag=True)

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
    _device_wait_option(p)
    _common(p, json_flag=True)

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
    _device_wait_option(p)
    _common(p, json_flag=True)

    p = sub.add_parser("import-image", help="check an image as the app would import it")
    p.add_argument("file")
    _common(p, json_flag=True)
    _add_backup_parsers(sub)
    _add_devices_parsers(sub)
    return parser


def _device_wait_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--device-wait-days",
        type=float,
        default=7.0,
        metavar="DAYS",
        help="a revision whose device file has not arrived is 'still arriving' for this many "
        "days after it was signed, then 'unknown device' (default 7)",
    )


def _size_names() -> list[str]:
    return ["square", "portrait", "story", "x", "facebook_link", "youtube"]


def _paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths(resolve_data_dir(args.data_dir))


def _language(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return args.lang
    from medsos_desktop.services.settings import load_settings

    try:
        return load_settings(_paths(args).settings_file).language
    except OSError:
        return DEFAULT_LANGUAGE


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def cmd_check_caption(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.checks import CheckContext, Severity, check_caption
    from medsos_desktop.domain.platforms import Platform

    raw = sys.stdin.buffer.read(MAX_CAPTION_INPUT + 1)
    if len(raw) > MAX_CAPTION_INPUT:
        raise UsageError(tx("CLI", MSG_CAPTION_TOO_LONG).format(limit_kb=MAX_CAPTION_INPUT // 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(tx("CLI", MSG_NOT_UTF8)) from exc
    context = CheckContext(title=args.title)
    profile = _profile_if_any(args)
    if profile is not None:
        context = CheckContext(
            official_hashtags=profile.official_hashtags,
            title=args.title,
            allowed_contacts=profile.contacts,
        )
    findings = check_caption(text, Platform(args.platform), context)
    if args.json:
        _print_json(
            [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "start": f.start,
                    "end": f.end,
                    "message": f.render(tx),
                }
                for f in findings
            ]
        )
    else:
        for f in findings:
            print(f"{f.severity.value}\t{f.start}-{f.end}\t{f.code}\t{f.render(tx)}")
        if not findings:
            print(tx("CLI", MSG_NO_PROBLEMS))
    return EXIT_PROBLEMS if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK


def _profile_if_any(args: argparse.Namespace) -> Any:
    """The agency profile when a data folder exists; checks work without one."""
    paths = _paths(args)
    if not paths.database.exists():
        return None
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.workspace import open_workspace

    workspace = open_workspace(paths, exclusive=False, seed_demo=False)
    try:
        return load_profile(workspace.db)
    finally:
        workspace.close()


def cmd_templates_list(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.caption_templates import BUILTIN_TEMPLATES, fields_for
    from medsos_desktop.domain.posts import CATEGORY_LABELS
    from medsos_desktop.render.spec import load_builtin_templates

    captions = list(BUILTIN_TEMPLATES)
    infographics = list(load_builtin_templates())
    paths = _paths(args)
    if paths.database.exists():
        from medsos_desktop.services.infographics import InfographicService
        from medsos_desktop.services.templates import TemplateService
        from medsos_desktop.services.workspace import open_workspace

        workspace = open_workspace(paths, exclusive=False, seed_demo=False)
        try:
            captions = TemplateService(workspace.db).list()
            infographics = InfographicService(workspace.db).templates()
        finally:
            workspace.close()
    rows = []
    if args.kind in (None, "caption"):
        rows += [
            {
                "kind": "caption",
                "key": t.key,
                "name": t.name,
                "category": t.category.value,
                "builtin": t.builtin,
                "fields": [f.name for f in fields_for(t.body)],
            }
            for t in captions
        ]
    if args.kind in (None, "infographic"):
        rows += [
            {
                "kind": "infographic",
                "key": t.key,
                "name": t.name,
                "category": t.category.value,
                "builtin": not t.key.startswith("own-"),
                "fields": [f.name for f in t.fields],
                "slides": len(t.slides),
            }
            for t in infographics
        ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            category = tx("Category", CATEGORY_LABELS[Category(row["category"])])
            print(f"{row['kind']}\t{row['key']}\t{row['name']}\t{category}")
    return EXIT_OK


def _parse_size(text: str) -> tuple[int, int]:
    from medsos_desktop.render.engine import SIZES

    if text in SIZES:
        return SIZES[text]
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError as exc:
        raise UsageError(f"--size {text!r}: use WIDTHxHEIGHT, e.g. 1080x1350") from exc
    if not (64 <= width <= 4096 and 64 <= height <= 4096):
        raise UsageError(f"--size {text!r}: each side must be between 64 and 4096 pixels")
    return width, height


def cmd_render(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.render.engine import render, slide_count
    from medsos_desktop.render.export import export_image
    from medsos_desktop.render.images import import_image_file
    from medsos_desktop.render.spec import load_builtin_templates

    size = _parse_size(args.size)
    out = Path(args.out)
    fmt = "JPEG" if out.suffix.lower() in {".jpg", ".jpeg"} else "PNG"
    blobs: dict[str, bytes] = {}
    brand = BrandKit()
    templates = list(load_builtin_templates())
    workspace = None
    paths = _paths(args)
    if paths.database.exists():
        from medsos_desktop.services.brand import BrandService
        from medsos_desktop.services.infographics import InfographicService
        from medsos_desktop.services.workspace import open_workspace

        workspace = open_workspace(paths, exclusive=False, seed_demo=False)
        brand = BrandService(workspace.db).load()
        templates = InfographicService(workspace.db).templates()
    try:
        spec = next((t for t in templates if t.key == args.template), None)
        if spec is None:
            raise UsageError(
                f"no infographic template {args.template!r} "
                "(see `medsos templates list --kind infographic`)"
            )
        fields: dict[str, str | list[str]] = {}
        for item in args.set:
            name, sep, value = item.partition("=")
            spec_field = spec.field(name.strip())
            if not sep or spec_field is None:
                raise UsageError(
                    f"--set {item!r}: the template has no field {name!r}; "
                    f"fields: {', '.join(f.name for f in spec.fields)}"
                )
            if spec_field.kind == "image" and value.startswith("@"):
                image = import_image_file(Path(value[1:]))
                digest = hashlib.sha256(image.data).hexdigest()
                blobs[digest] = image.data
                fields[spec_field.name] = digest
            elif spec_field.kind == "list":
                existing = fields.setdefault(spec_field.name, [])
                assert isinstance(existing, list)
                existing.append(value)
            else:
                fields[spec_field.name] = value
        count = slide_count(spec, size, brand, fields)
        if args.slide and not 1 <= args.slide <= count:
            raise UsageError(f"--slide {args.slide}: these fields make {count} slide(s)")
        wanted = [args.slide - 1] if args.slide else list(range(count))

        def load_blob(sha256: str) -> bytes | None:
            if sha256 in blobs:
                return blobs[sha256]
            if workspace is not None:
                from medsos_desktop.services.posts import PostService

                return PostService(workspace.db).blob(sha256)
            return None

        results = [
            (index, render(spec, size, brand, fields, load_blob=load_blob, slide=index))
            for index in wanted
        ]
    finally:
        if workspace is not None:
            workspace.close()
    files = []
    problems = []
    for index, result in results:
        # A carousel writes every slide: OUT-1.png, OUT-2.png, …
        path = out if len(results) == 1 else out.with_name(f"{out.stem}-{index + 1}{out.suffix}")
        data = export_image(result.image, fmt, None, optimize=args.optimize)
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise UsageError(f"{path}: {exc.strerror or exc}") from exc
        files.append({"file": str(path), "slide": index + 1, "bytes": len(data)})
        problems += [
            {"code": p.code, "element": p.element, "slide": index + 1, "message": p.render(tx)}
            for p in result.problems
        ]
    if args.json:
        _print_json(
            {
                "file": files[0]["file"],
                "files": files,
                "width": size[0],
                "height": size[1],
                "bytes": files[0]["bytes"],
                "problems": problems,
            }
        )
    else:
        for item in files:
            print(f"{item['file']}: {size[0]}×{size[1]}, {item['bytes']} bytes")
        for problem in problems:
            print(f"{problem['code']}\t{problem['element']}\t{problem['message']}")
    return EXIT_PROBLEMS if problems else EXIT_OK


def cmd_posts_list(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.posts import STATUS_LABELS, Status
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    paths = _paths(args)
    if not paths.database.exists():
        if args.json:
            _print_json([])
        return EXIT_OK
    workspace = open_workspace(paths, exclusive=False, seed_demo=False)
    try:
        service = PostService(workspace.db)
        rows = service.list_rows()
        if args.search:
            wanted = set(service.search(args.search))
            rows = [r for r in rows if r.id in wanted]
    finally:
        workspace.close()
    if args.status:
        rows = [r for r in rows if r.status == args.status]
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "status": r.status,
                    "category": r.category,
                    "platforms": r.platforms.split(",") if r.platforms else [],
                    "planned_at": r.planned_at,
                    "updated_at": r.updated_at,
                    "revision": r.revision,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            status = tx("Status", STATUS_LABELS[Status(r.status)])
            planned = r.planned_at.strftime("%Y-%m-%d %H:%M") if r.planned_at else "-"
            print(f"{r.id}\t{status}\t{planned}\t{r.title}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, tx: Translate) -> int:
    import os
    import socket

    from medsos_desktop.services.identity import IdentityService, NoSecureKeyring
    from medsos_desktop.services.sync import SyncService
    from medsos_desktop.services.workspace import open_workspace

    paths = _paths(args)
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
        _print_json(
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


MSG_VERIFY_PINNED = QT_TRANSLATE_NOOP(
    "CLI", "Device keys pinned from {source}: {trusted} trusted of {count} devices."
)


def _coordinator_trust(central: Path, args: argparse.Namespace) -> Any:
    """The coordinator's pinned keys for `central` from its data folder; creates nothing."""
    from medsos_desktop.services.coordinator import CoordinatorService, database_path

    data_dir = _paths(args).data_dir
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
    from medsos_desktop.sync.reader import verify_central
    from medsos_desktop.sync.trust import read_trust_file

    central = Path(args.central)
    if not central.is_dir():
        raise UsageError(f"{central}: not a folder")
    trust = None
    if args.trust:
        trust = read_trust_file(Path(args.trust))
    elif args.coordinator:
        trust = _coordinator_trust(central, args)
    report = verify_central(central, trust)
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
        _print_json(
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


# --- medsos devices: the coordinator's trust decisions -------------------------------------

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


def _add_devices_parsers(sub: Any) -> None:
    """`medsos devices list|trust|reject|revoke|export`: the coordinator window's decisions."""
    devices = sub.add_parser("devices", help="the coordinator's trust decisions about devices")
    devices_sub = devices.add_subparsers(dest="devices_command", parser_class=_Parser)

    def central_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--central", required=True, help="the central folder")
        _common(p, json_flag=True)

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
    data_dir = _paths(args).data_dir
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
        _print_json([_device_json(row) for row in rows])
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
        _print_json(_device_json(row))
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
        _print_json({"file": str(out), "devices": count, "trusted": trusted})
    else:
        print(tx("CLI", MSG_DEVICES_EXPORTED).format(file=out, count=count, trusted=trusted))
    return EXIT_OK


def cmd_import_image(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.render.images import import_image_file

    path = Path(args.file)
    image = import_image_file(path)  # bounded: a pipe, a device or a huge file is refused
    result = {
        "file": str(path),
        "mime": image.mime,
        "width": image.width,
        "height": image.height,
        "bytes": len(image.data),
        "scaled_down": image.scaled_down,
    }
    if args.json:
        _print_json(result)
    else:
        print(tx("CLI", MSG_IMAGE_OK).format(**result))
    return EXIT_OK


def self_test(report: Callable[[str], None]) -> list[str]:
    """Exercise every layer in a throw-away data folder; return the failures."""
    from medsos_desktop.domain.checks import check_caption
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.i18n import load_catalog
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.checks import check_post
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    failures: list[str] = []

    def step(name: str, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            failures.append(f"{name}: {exc!r}")
            report(f"FAIL {name}: {exc!r}")
        else:
            report(f"ok   {name}")

    with tempfile.TemporaryDirectory(prefix="medsos-self-test-") as tmp:
        paths = AppPaths(Path(tmp) / "data")
        holder: dict[str, Any] = {}

        def open_store() -> None:
            holder["ws"] = open_workspace(paths)

        def demo_posts() -> None:
            service = PostService(holder["ws"].db)
            rows = service.list_rows()
            assert len(rows) >= 5, f"demo workspace has {len(rows)} posts"
            assert service.search("vaksinasi"), "full-text search found nothing"
            profile = load_profile(holder["ws"].db)
            findings = check_post(service.load(rows[0].id).content, profile)
            assert findings, "no platform checked"

        def image_import() -> None:
            import io

            from PIL import Image

            buffer = io.BytesIO()
            Image.new("RGB", (64, 48), (200, 30, 60)).save(buffer, "PNG")
            ref = PostService(holder["ws"].db).import_image_bytes(buffer.getvalue(), "t.png")
            assert ref.width == 64

        def caption_checks() -> None:
            findings = check_caption("NIK 3273012505900001", Platform.INSTAGRAM)
            assert any(f.code == "pii.nik" for f in findings), findings

        def translations() -> None:
            assert load_catalog("id"), "Indonesian translation missing"

        def integrity() -> None:
            with holder["ws"].db.engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            assert result == "ok", result

        def render_template() -> None:
            from medsos_desktop.domain.brand import BrandKit
            from medsos_desktop.render.engine import render
            from medsos_desktop.render.spec import load_builtin_templates

            spec = next(t for t in load_builtin_templates() if t.key == "pengumuman")
            result = render(spec, (540, 675), BrandKit(), {}, load_blob=lambda _s: None)
            assert result.image.size == (540, 675)

        def package() -> None:
            import uuid

            from medsos_desktop.services.sync import SyncService
            from medsos_desktop.sync.protocol import Ed25519Signer
            from medsos_desktop.sync.reader import verify_central

            central = Path(tmp) / "central"
            central.mkdir()
            signer = Ed25519Signer.generate(uuid.uuid4().hex)
            result = SyncService(holder["ws"].db).run(
                central, signer, signer.public_key_bytes, "self-test", "Self-test"
            )
            assert result.published >= 1 and not result.waiting, result
            report = verify_central(central)
            assert report.revisions_valid and report.revisions, report.counts()

        def coordinator_scan() -> None:
            from medsos_desktop.services.coordinator import CoordinatorService

            with CoordinatorService(Path(tmp) / "central", Path(tmp) / "coordinator") as service:
                summary = service.scan()
            assert sum(summary.counts.values()) >= 1, summary.counts

        def calendar() -> None:
            from datetime import date as _date

            from medsos_desktop.domain.calendar_days import plan_days

            days = plan_days(_date(2026, 8, 1), _date(2026, 8, 31), include_themes=False)
            assert any(d.date == _date(2026, 8, 17) for d in days), "no Hari Kemerdekaan"

        def reports() -> None:
            from datetime import datetime as _datetime

            from medsos_desktop.render.report import Figure, Report, write_pdf, write_xlsx

            doc = Report("Self-test", "Medsos Desktop", _datetime(2026, 1, 1), [Figure("n", 1)])
            write_pdf(doc, Path(tmp) / "r.pdf")
            write_xlsx(doc, Path(tmp) / "r.xlsx")
            assert (Path(tmp) / "r.pdf").read_bytes().startswith(b"%PDF")

        step("store: create and migrate", open_store)
        if "ws" in holder:
            step("store: demo posts, search, checks", demo_posts)
            step("render: safe image import", image_import)
            step("store: integrity", integrity)
            step("sync: build and verify a package", package)
            holder["ws"].close()
            step("coordinator: scan the folder", coordinator_scan)
        step("render: infographic template", render_template)
        step("domain: caption checks", caption_checks)
        step("calendar: holidays and commemorations", calendar)
        step("render: report PDF and XLSX", reports)
        step("translations: Indonesian", translations)
    return failures


def cmd_self_test(args: argparse.Namespace, tx: Translate) -> int:
    lines: list[str] = []
    failures = self_test(lines.append if args.json else print)
    if args.json:
        _print_json({"version": __version__, "ok": not failures, "steps": lines})
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


def _add_backup_parsers(sub: Any) -> None:
    """`medsos backup` and `medsos restore` (issues 7 and 12)."""
    p = sub.add_parser("backup", help="write the whole data folder into one backup file")
    p.add_argument("--out", required=True, help="the backup file to write (.medsos-backup)")
    _common(p, json_flag=True)
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
    _common(p, json_flag=True)


def cmd_backup(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.services.backup import export_all

    summary = export_all(_paths(args), Path(args.out))
    if args.json:
        _print_json(
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

    paths, info, check, current = _paths(args), preview.info, preview.check, preview.current
    if args.json:
        _print_json(
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

    paths = _paths(args)
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
        _print_json(
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


MSG_REPORT_DONE = QT_TRANSLATE_NOOP("CLI", "{file}: report for {month} written.")
MSG_REPORT_NOT_COUNTED = QT_TRANSLATE_NOOP(
    "CLI", "Posts not counted (no valid revision): {count} — {reasons}."
)
MSG_REPORT_OLDER = QT_TRANSLATE_NOOP(
    "CLI", "Posts counted by an older revision (a newer one is not valid): {count} — {reasons}."
)
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


def _scanning_coordinator(args: argparse.Namespace, paths: AppPaths) -> Any:
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


def _when(moment: datetime | None) -> str | None:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else None


def cmd_scan(args: argparse.Namespace, tx: Translate) -> int:
    """`medsos scan --central DIR [--full]`: the coordinator's index brought up to date."""
    from medsos_desktop.services.region_report import reasons_text

    with _scanning_coordinator(args, _paths(args)) as service:
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
        "last_full_check": _when(last),
    }
    if args.json:
        _print_json(summary)
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
            print(tx("CLI", MSG_LAST_FULL_CHECK).format(when=_when(last)))
        else:
            print(tx("CLI", MSG_NEVER_FULLY_CHECKED))
    return EXIT_PROBLEMS if _PROBLEM_REASONS & set(counts.held_back) else EXIT_OK


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
    language = _language(args)
    paths = _paths(args)
    summary: dict[str, object] = {"month": args.month, "out": str(out)}
    if args.central:
        from medsos_desktop.services.region_report import (
            coordinator_report,
            count_reasons,
            reasons_text,
            write_report,
        )
        from medsos_desktop.sync.protocol import read_central_info

        central = Path(args.central)
        with _scanning_coordinator(args, paths) as service:
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
                region=read_central_info(central).region_name,
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
            last_full_check=_when(data.last_full_check),
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
            notes.append(tx("CLI", MSG_LAST_FULL_CHECK).format(when=_when(data.last_full_check)))
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
        _print_json(summary)
    else:
        for line in notes:
            print(line)
        print(tx("CLI", MSG_REPORT_DONE).format(file=out, month=args.month))
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Translate], int]] = {
    ("self-test", None): cmd_self_test,
    ("templates", "list"): cmd_templates_list,
    ("render", None): cmd_render,
    ("check-caption", None): cmd_check_caption,
    ("posts", "list"): cmd_posts_list,
    ("import-image", None): cmd_import_image,
    ("verify", None): cmd_verify,
    ("report", None): cmd_report,
    ("scan", None): cmd_scan,
    ("sync", None): cmd_sync,
    ("backup", None): cmd_backup,
    ("restore", None): cmd_restore,
    ("devices", "list"): cmd_devices_list,
    ("devices", "trust"): cmd_devices_decide,
    ("devices", "reject"): cmd_devices_decide,
    ("devices", "revoke"): cmd_devices_decide,
    ("devices", "export"): cmd_devices_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    tx = translator(DEFAULT_LANGUAGE)
    try:
        args = parser.parse_args(argv)
        sub = getattr(args, f"{args.command}_command", None) if args.command else None
        handler = COMMANDS.get((args.command, sub))
        if handler is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        tx = translator(_language(args))
        return handler(args, tx)
    except UsageError as exc:
        print(f"medsos: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except UserFacingError as exc:
        print(f"medsos: {exc.render(tx)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
