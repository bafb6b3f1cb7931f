"""`medsos posts list` and `medsos check-caption`: the posts and their captions."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from medsos_desktop.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    ArgParser,
    UsageError,
    add_common_options,
    data_paths,
    print_json,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.i18n import Translate

MSG_NOT_UTF8 = QT_TRANSLATE_NOOP("CLI", "The caption is not UTF-8 text.")
MSG_CAPTION_TOO_LONG = QT_TRANSLATE_NOOP(
    "CLI", "The caption on standard input is over {limit_kb} KB; no platform accepts that much."
)
# Standard input is read up to this much (captions are a few KB; /dev/zero is endless).
MAX_CAPTION_INPUT = 1024 * 1024
MSG_NO_PROBLEMS = QT_TRANSLATE_NOOP("CLI", "No problems found.")


def add_check_caption_parser(sub: Any) -> None:
    p = sub.add_parser("check-caption", help="check a caption read from standard input")
    p.add_argument(
        "--platform",
        required=True,
        choices=["instagram", "facebook", "x", "tiktok", "youtube", "threads"],
    )
    p.add_argument("--title", default="", help="post title (YouTube title length)")
    add_common_options(p, json_flag=True)


def add_posts_parser(sub: Any) -> None:
    posts = sub.add_parser("posts", help="posts")
    posts_sub = posts.add_subparsers(dest="posts_command", parser_class=ArgParser)
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
    add_common_options(p, json_flag=True)


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
        print_json(
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
    paths = data_paths(args)
    if not paths.database.exists():
        return None
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.workspace import open_workspace

    workspace = open_workspace(paths, exclusive=False, seed_demo=False)
    try:
        return load_profile(workspace.db)
    finally:
        workspace.close()


def cmd_posts_list(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.posts import STATUS_LABELS, Status
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    paths = data_paths(args)
    if not paths.database.exists():
        if args.json:
            print_json([])
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
        print_json(
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
