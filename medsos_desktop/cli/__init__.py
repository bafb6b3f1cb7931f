"""The `medsos` command line: the same services as the app, for IT staff, scripts and benchmarks.

Exit status: 0 success or nothing found; 1 the command ran and found problems;
2 bad usage or unreadable input, with a one-line reason on stderr.

One module per family of commands; each offers its parsers and its `cmd_*` handlers, and
calls services only (tests/test_layers.py keeps store/ and sync/ out of here). Heavy
imports happen inside the handlers, so `medsos --version` and a usage error stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from medsos_desktop import __version__
from medsos_desktop.cli import admin, central, coordinator, posts, render, reports
from medsos_desktop.cli.common import EXIT_OK, EXIT_USAGE, ArgParser, UsageError, message_language
from medsos_desktop.domain.text import UserFacingError
from medsos_desktop.i18n import DEFAULT_LANGUAGE, Translate, translator

__all__ = ["COMMANDS", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """Every command, in the order `medsos --help` lists them."""
    parser = ArgParser(prog="medsos", description="Medsos Desktop command line")
    parser.add_argument("--version", action="version", version=f"medsos {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=ArgParser)
    admin.add_self_test_parser(sub)
    render.add_templates_parser(sub)
    render.add_render_parser(sub)
    posts.add_check_caption_parser(sub)
    posts.add_posts_parser(sub)
    central.add_sync_parser(sub)
    central.add_verify_parser(sub)
    reports.add_report_parser(sub)
    coordinator.add_scan_parser(sub)
    render.add_import_image_parser(sub)
    admin.add_backup_parsers(sub)
    coordinator.add_devices_parsers(sub)
    admin.add_audit_parsers(sub)
    return parser


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Translate], int]] = {
    ("self-test", None): admin.cmd_self_test,
    ("templates", "list"): render.cmd_templates_list,
    ("render", None): render.cmd_render,
    ("check-caption", None): posts.cmd_check_caption,
    ("posts", "list"): posts.cmd_posts_list,
    ("import-image", None): render.cmd_import_image,
    ("verify", None): central.cmd_verify,
    ("report", None): reports.cmd_report,
    ("scan", None): coordinator.cmd_scan,
    ("sync", None): central.cmd_sync,
    ("backup", None): admin.cmd_backup,
    ("restore", None): admin.cmd_restore,
    ("devices", "list"): coordinator.cmd_devices_list,
    ("devices", "trust"): coordinator.cmd_devices_decide,
    ("devices", "reject"): coordinator.cmd_devices_decide,
    ("devices", "revoke"): coordinator.cmd_devices_decide,
    ("devices", "export"): coordinator.cmd_devices_export,
    ("audit", "verify"): admin.cmd_audit_verify,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status (DESIGN.md, "Command line")."""
    parser = build_parser()
    tx = translator(DEFAULT_LANGUAGE)
    try:
        args = parser.parse_args(argv)
        sub = getattr(args, f"{args.command}_command", None) if args.command else None
        handler = COMMANDS.get((args.command, sub))
        if handler is None:
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        tx = translator(message_language(args))
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
