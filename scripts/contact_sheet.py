"""Render every built-in template at every platform size into one contact sheet.

Used to look at the whole design system at once (and to show a design change in an
issue note): one row per template slide, one column per size, typical content by
default. The sheet is saved small (JPEG, or PNG if asked) so it can be committed.

    .venv/bin/python scripts/contact_sheet.py docs/images/contact-sheet-after.jpg
    .venv/bin/python scripts/contact_sheet.py /tmp/long.jpg --content long
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "render"))

from test_golden import demo_assets, demo_fields  # noqa: E402

from medsos_desktop.render.engine import SIZES, render  # noqa: E402
from medsos_desktop.render.spec import TemplateSpec, load_builtin_templates  # noqa: E402

CELL_HEIGHT = 300
GAP = 12
LONG_WORDS = [
    "Pemerintah",
    "daerah",
    "mengimbau",
    "seluruh",
    "warga",
    "untuk",
    "memperhatikan",
    "informasi",
    "resmi",
    "yang",
    "disampaikan",
    "melalui",
    "kanal",
    "komunikasi",
    "pemerintah",
    "serta",
    "tidak",
    "mudah",
    "percaya",
    "pada",
    "pesan",
    "berantai",
    "yang",
    "belum",
    "jelas",
    "sumbernya",
    "dan",
    "selalu",
    "memeriksa",
    "kebenarannya",
]


def content(spec: TemplateSpec, kind: str) -> dict[str, str | list[str]]:
    """Typical (the template's examples), short (a few words) or long (near the limits)."""
    fields = demo_fields(spec)
    if kind == "typical":
        return fields
    for f in spec.fields:
        value = fields.get(f.name)
        if f.kind == "image" or value is None:
            continue
        if kind == "short":
            if isinstance(value, list):
                fields[f.name] = [" ".join(v.split()[:3]) for v in value[:2]]
            elif f.kind in ("text", "multiline"):
                fields[f.name] = " ".join(str(value).split()[:3])
        elif isinstance(value, list):
            fields[f.name] = [
                " ".join(LONG_WORDS[i % 5 : i % 5 + 14]).capitalize() for i in range(9)
            ]
        elif f.kind in ("text", "multiline"):
            limit = min(f.max_length, 260 if f.kind == "multiline" else 90)
            text = ""
            for word in LONG_WORDS * 3:
                if len(text) + len(word) + 1 > limit:
                    break
                text = f"{text} {word}".strip()
            fields[f.name] = text.capitalize()
    return fields


def slides_of(spec: TemplateSpec, size: tuple[int, int], fields: dict) -> int:
    """How many slides the engine makes (continuation slides where it knows about them)."""
    try:
        from medsos_desktop.render.engine import slide_count
    except ImportError:
        return len(spec.slides)
    demo = demo_assets()
    return slide_count(spec, size, demo.brand, fields, load_blob=demo.load_blob)


def build(kind: str) -> Image.Image:
    demo = demo_assets()
    rows: list[list[Image.Image]] = []
    for spec in load_builtin_templates():
        fields = content(spec, kind)
        per_size: dict[str, list[Image.Image]] = {}
        for name, size in SIZES.items():
            count = slides_of(spec, size, fields)
            per_size[name] = []
            for slide in range(count):
                image = render(
                    spec, size, demo.brand, fields, load_blob=demo.load_blob, slide=slide
                ).image
                scale = CELL_HEIGHT / image.height
                cell = (round(image.width * scale), CELL_HEIGHT)
                per_size[name].append(image.resize(cell, Image.Resampling.LANCZOS))
        for slide in range(max(len(v) for v in per_size.values())):
            rows.append([v[slide] if slide < len(v) else None for v in per_size.values()])
    widths = [max((r[c].width for r in rows if r[c] is not None), default=0) for c in range(6)]
    sheet = Image.new(
        "RGB",
        (sum(widths) + GAP * (len(widths) + 1), len(rows) * (CELL_HEIGHT + GAP) + GAP),
        (60, 60, 60),
    )
    draw = ImageDraw.Draw(sheet)
    y = GAP
    for row in rows:
        x = GAP
        for column, cell in enumerate(row):
            if cell is not None:
                sheet.paste(cell, (x, y))
            else:
                draw.line((x, y, x + widths[column], y + CELL_HEIGHT), fill=(90, 90, 90), width=2)
            x += widths[column] + GAP
        y += CELL_HEIGHT + GAP
    return sheet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", choices=("short", "typical", "long"), default="typical")
    args = parser.parse_args()
    sheet = build(args.content)
    limit = 1_450_000
    width = sheet.width
    while True:
        small = sheet.resize((width, round(sheet.height * width / sheet.width)), Image.LANCZOS)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if args.out.suffix.lower() == ".png":
            small.save(args.out, "PNG")
        else:
            small.save(args.out, "JPEG", quality=82, optimize=True)
        if args.out.stat().st_size < limit or width < 800:
            break
        width = round(width * 0.85)
    print(f"{args.out}: {small.width}×{small.height}, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
