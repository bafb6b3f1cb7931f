"""The reference infographic (1080x1350: photo, logo, title, six bullet lines) drawn by the
engine and by hand-written Pillow code, and the live-preview latency.

The hand-written version is what a developer would write for this one design with no
template engine: fonts loaded once, text wrapped greedily, no fitting, no checks. The
engine figure clears the engine's image caches before every render (a new photo each
time, as when the admin changes it), so the comparison is not flattered by caching.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "render"))

from test_golden import demo_assets, demo_fields  # noqa: E402

from medsos_desktop.paths import resource_path  # noqa: E402
from medsos_desktop.render import engine  # noqa: E402
from medsos_desktop.render.engine import SIZES, render  # noqa: E402
from medsos_desktop.render.spec import load_builtin_templates  # noqa: E402

BULLETS = [
    "Menguras bak mandi dan tempat penampungan air seminggu sekali",
    "Menutup rapat tempat penampungan air",
    "Mendaur ulang barang bekas yang bisa menampung air",
    "Menaburkan bubuk larvasida di tempat yang sulit dikuras",
    "Memakai lotion anti nyamuk saat beraktivitas",
    "Menanam tanaman pengusir nyamuk di sekitar rumah",
]


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", name)), size)


def _wrapped(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current]


class ReferenceInfographic:
    def __init__(self) -> None:
        self.demo = demo_assets()
        self.spec = next(s for s in load_builtin_templates() if s.key == "infografis-poin")
        self.fields = demo_fields(self.spec)
        self.fields["intro"] = ""
        self.fields["points"] = BULLETS
        self.size = SIZES["portrait"]
        self.title_font = _font("Inter-Bold.otf", 52)
        self.body_font = _font("NotoSans-Regular.ttf", 40)
        self.number_font = _font("Inter-Bold.otf", 32)
        self.footer_font = _font("NotoSans-Regular.ttf", 26)

    def hand_written(self) -> Image.Image:
        width, height = self.size
        image = Image.new("RGB", self.size, (255, 255, 255))
        photo = Image.open(io.BytesIO(self.demo.blobs[str(self.fields["photo"])]))
        photo_height = round(height * 0.34)
        photo.draft("RGB", (width, photo_height))
        scale = max(width / photo.width, photo_height / photo.height)
        crop_w, crop_h = width / scale, photo_height / scale
        left, top = (photo.width - crop_w) / 2, (photo.height - crop_h) / 2
        image.paste(
            photo.resize(
                (width, photo_height),
                Image.Resampling.BICUBIC,
                box=(left, top, left + crop_w, top + crop_h),
                reducing_gap=2.0,
            ),
            (0, 0),
        )
        logo_data = self.demo.blobs[self.demo.brand.logo_agency or ""]
        logo = Image.open(io.BytesIO(logo_data)).convert("RGBA")
        logo = logo.resize((100, 100), Image.Resampling.BICUBIC, reducing_gap=2.0)
        image.paste(logo, (80, 47), logo)
        draw = ImageDraw.Draw(image)
        draw.rounded_rectangle((80, 317, 1000, 587), radius=22, fill=(11, 92, 173))
        y = 380
        for line in _wrapped(str(self.fields["title"]), self.title_font, 840):
            draw.text((124, y), line, font=self.title_font, fill="white", anchor="ls")
            y += 62
        y = 700
        for index, item in enumerate(BULLETS):
            draw.ellipse((80, y - 44, 140, y + 16), fill=(11, 92, 173))
            draw.text(
                (110, y - 14), str(index + 1), font=self.number_font, fill="white", anchor="mm"
            )
            for line in _wrapped(item, self.body_font, 840):
                draw.text((160, y), line, font=self.body_font, fill=(27, 27, 27), anchor="ls")
                y += 50
            y += 24
        draw.rectangle((0, 1256, width, height), fill=(11, 92, 173))
        draw.text(
            (width // 2, 1303),
            self.demo.brand.footer_line(),
            font=self.footer_font,
            fill="white",
            anchor="mm",
        )
        return image

    def engine(self, clear_caches: bool = True) -> Image.Image:
        if clear_caches:
            engine.clear_caches()
        return render(
            self.spec, self.size, self.demo.brand, self.fields, load_blob=self.demo.load_blob
        ).image

    def preview(self) -> Image.Image:
        """What the editor draws after a keystroke: the preview size, caches warm."""
        scale = 420 / max(self.size)
        small = (round(self.size[0] * scale), round(self.size[1] * scale))
        return render(
            self.spec, small, self.demo.brand, self.fields, load_blob=self.demo.load_blob
        ).image


def measure(runs: int = 20) -> dict[str, float]:
    reference = ReferenceInfographic()
    return {
        "hand_written_ms": _median_ms(reference.hand_written, runs),
        "engine_ms": _median_ms(reference.engine, runs),
        "engine_warm_ms": _median_ms(lambda: reference.engine(clear_caches=False), runs),
        "preview_ms": _median_ms(reference.preview, runs),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(measure()))
