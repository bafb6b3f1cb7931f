"""`medsos templates list`, `medsos render` and `medsos import-image`: templates and images."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
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
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.i18n import Translate

MSG_IMAGE_OK = QT_TRANSLATE_NOOP("CLI", "{file}: OK, {width}×{height}, {mime}")


def add_templates_parser(sub: Any) -> None:
    templates = sub.add_parser("templates", help="caption templates")
    templates_sub = templates.add_subparsers(dest="templates_command", parser_class=ArgParser)
    p = templates_sub.add_parser("list", help="list caption and infographic templates")
    p.add_argument("--kind", choices=["caption", "infographic"], help="only one kind")
    add_common_options(p, json_flag=True)


def add_render_parser(sub: Any) -> None:
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
    add_common_options(p, json_flag=True)


def add_import_image_parser(sub: Any) -> None:
    p = sub.add_parser("import-image", help="check an image as the app would import it")
    p.add_argument("file")
    add_common_options(p, json_flag=True)


def _size_names() -> list[str]:
    return ["square", "portrait", "story", "x", "facebook_link", "youtube"]


def cmd_templates_list(args: argparse.Namespace, tx: Translate) -> int:
    from medsos_desktop.domain.caption_templates import BUILTIN_TEMPLATES, fields_for
    from medsos_desktop.domain.posts import CATEGORY_LABELS
    from medsos_desktop.render.spec import is_own_template, load_builtin_templates

    captions = list(BUILTIN_TEMPLATES)
    infographics = list(load_builtin_templates())
    paths = data_paths(args)
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
                "builtin": not is_own_template(t.key),
                "fields": [f.name for f in t.fields],
                "slides": len(t.slides),
            }
            for t in infographics
        ]
    if args.json:
        print_json(rows)
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
    paths = data_paths(args)
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
        print_json(
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
        print_json(result)
    else:
        print(tx("CLI", MSG_IMAGE_OK).format(**result))
    return EXIT_OK
