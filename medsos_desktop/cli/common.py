"""What every `medsos` command shares: exit codes, usage errors, options and output."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from medsos_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES
from medsos_desktop.paths import AppPaths, resolve_data_dir

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input: one line on stderr, exit status 2."""


class ArgParser(argparse.ArgumentParser):
    """A parser that raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def add_common_options(parser: argparse.ArgumentParser, json_flag: bool = False) -> None:
    """--data-dir and --lang on every command; --json on those that report."""
    parser.add_argument("--data-dir", help="data folder (default: the user's data folder)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of messages")
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable output")


def add_device_wait_option(p: argparse.ArgumentParser) -> None:
    """How long a revision of a device whose file has not arrived counts as arriving."""
    p.add_argument(
        "--device-wait-days",
        type=float,
        default=7.0,
        metavar="DAYS",
        help="a revision whose device file has not arrived is 'still arriving' for this many "
        "days after it was signed, then 'unknown device' (default 7)",
    )


def data_paths(args: argparse.Namespace) -> AppPaths:
    """The data folder of --data-dir, or the user's."""
    return AppPaths(resolve_data_dir(args.data_dir))


def message_language(args: argparse.Namespace) -> str:
    """--lang, else the language in the settings, else the default (Indonesian)."""
    if getattr(args, "lang", None):
        return str(args.lang)
    from medsos_desktop.services.settings import load_settings

    try:
        return load_settings(data_paths(args).settings_file).language
    except OSError:
        return DEFAULT_LANGUAGE


def print_json(value: Any) -> None:
    """--json output: UTF-8 as is, indented, anything else as its string."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def local_time(moment: datetime | None) -> str | None:
    """A moment in the computer's time zone, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else None
