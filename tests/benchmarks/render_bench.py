"""The reference infographic (1080x1350: photo, logo, title, six bullet lines) drawn by the
engine and by hand-written Pillow code, its export (drawn and encoded), the live-preview
latency, and face detection on a 12 MP photo.

The hand-written version is what a developer would write for this one design with no
template engine: fonts loaded once, text wrapped greedily, no fitting, no checks. The
engine figure clears the engine's image caches before every render (a new photo each
time, as when the admin changes it), so the comparison is not flattered by caching.

The export figure is what `InfographicService.export` does for one post, less storing the
bytes: count the slides, draw each at full size, refuse blocking problems, and encode with
`export_image` under the limit of a post for Instagram and Facebook (4 MB). The
hand-written side saves its image with the same encoder settings (plain PNG; JPEG
quality 90, 4:4:4, optimized, progressive). Face detection runs once per photo and is
cached by sha256 (`render/focus.py`), which `engine.clear_caches` does not clear: the
budget figure is that steady state (faces known, image caches cleared); the first export
of a new photo, detection included, is reported separately.

Face detection is measured on a 4000x3000 JPEG made at run time from the astronaut
portrait in tests/data/faces (enlarged into a textured 12 MP frame), as the engine pays
for it: `focus.faces_in_blob` with its cache cleared (decode at a reduced scale, detect),
against decoding the same JPEG fully with Pillow.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "render"))

from test_golden import demo_assets, demo_fields  # noqa: E402

from medsos_desktop.domain.platforms import Platform  # noqa: E402
from medsos_desktop.paths import resource_path  # noqa: E402
from medsos_desktop.render import engine, focus  # noqa: E402
from medsos_desktop.render.engine import SIZES, render, slide_count  # noqa: E402
from medsos_desktop.render.export import export_image, limit_for  # noqa: E402
from medsos_desktop.render.fonts import FontRegistry  # noqa: E402
from medsos_desktop.render.spec import load_builtin_templates  # noqa: E402

BULLETS = [
    "Menguras bak mandi dan tempat penampungan air seminggu sekali",
    "Menutup rapat tempat penampungan air",
    "Mendaur ulang barang bekas yang bisa menampung air",
    "Menaburkan bubuk larvasida di tempat yang sulit dikuras",
    "Memakai lotion anti nyamuk saat beraktivitas",
    "Menanam tanaman pengusir nyamuk di sekitar rumah",
]
EXPORT_PLATFORMS = (Platform.INSTAGRAM, Platform.FACEBOOK)
FACE_PHOTO = ROOT / "tests" / "data" / "faces" / "astronaut-eileen-collins.jpg"
PHOTO_12MP = (4000, 3000)


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
        self.fonts = FontRegistry(self.demo.load_blob)  # shared, as the service shares it
        self.limit = limit_for(EXPORT_PLATFORMS)

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

    def hand_written_export(self, fmt: str) -> bytes:
        """The hand-written image saved as the app saves its exports."""
        out = io.BytesIO()
        image = self.hand_written()
        if fmt == "PNG":
            image.save(out, format="PNG")
        else:
            image.save(
                out, format="JPEG", quality=90, subsampling=0, optimize=True, progressive=True
            )
        return out.getvalue()

    def engine_export(self, fmt: str) -> list[bytes]:
        """`InfographicService.export` less storing: every slide drawn and encoded."""
        engine.clear_caches()
        size = self.size
        brand, fields, load = self.demo.brand, self.fields, self.demo.load_blob
        slides = slide_count(self.spec, size, brand, fields, load_blob=load, fonts=self.fonts)
        results = [
            render(
                self.spec,
                size,
                brand,
                fields,
                load_blob=load,
                slide=index,
                fonts=self.fonts,
                export_size=size,
            )
            for index in range(slides)
        ]
        if any(result.blocking for result in results):
            raise RuntimeError("the reference infographic has a blocking problem")
        return [export_image(result.image, fmt, self.limit) for result in results]

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


def _once_ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def photo_12mp() -> bytes:
    """A 4000x3000 JPEG with a face, about the 3.5 MB of a phone's 12 MP photo: the astronaut
    portrait enlarged to the frame's height over a blurred enlargement of itself, all under
    sensor-like grain (a smooth frame would compress and decode unrealistically fast),
    saved as a camera would (quality 90, 4:2:0)."""
    portrait = Image.open(FACE_PHOTO).convert("RGB")
    width, height = PHOTO_12MP
    frame = portrait.resize(PHOTO_12MP, Image.Resampling.BICUBIC).filter(
        ImageFilter.GaussianBlur(12)
    )
    frame.paste(
        portrait.resize((height, height), Image.Resampling.LANCZOS), ((width - height) // 2, 0)
    )
    grain = Image.effect_noise(PHOTO_12MP, 40)
    frame = Image.blend(frame, Image.merge("RGB", [grain, grain, grain]), 0.15)
    out = io.BytesIO()
    frame.save(out, format="JPEG", quality=90)
    return out.getvalue()


def measure_faces(runs: int = 7) -> dict[str, float]:
    """A new 12 MP photo's face detection as the engine pays for it, against decoding it."""
    data = photo_12mp()
    sha = "benchmark-12mp"

    def detect() -> tuple[focus.FaceBox, ...]:
        focus.clear_cache()
        return focus.faces_in_blob(sha, lambda: data)

    def decode() -> Image.Image:
        image = Image.open(io.BytesIO(data))
        image.load()
        return image

    if not focus.detector_available():
        raise RuntimeError("face detection is not available (OpenCV missing)")
    found = detect()
    if not found:
        raise RuntimeError("no face found in the 12 MP photo")
    decoded = decode()
    return {
        "faces_found": len(found),
        "photo_bytes": len(data),
        "detect_ms": _median_ms(detect, runs),
        "decode_ms": _median_ms(decode, runs),
        # detect_faces alone on the fully decoded photo, for the record.
        "detect_only_ms": _median_ms(lambda: focus.detect_faces(decoded), runs),
    }


def measure(runs: int = 20) -> dict[str, float]:
    reference = ReferenceInfographic()
    values = {
        "hand_written_ms": _median_ms(reference.hand_written, runs),
        "engine_ms": _median_ms(reference.engine, runs),
        "engine_warm_ms": _median_ms(lambda: reference.engine(clear_caches=False), runs),
        "preview_ms": _median_ms(reference.preview, runs),
    }
    for fmt in ("PNG", "JPEG"):
        key = fmt.lower()
        values[f"hand_export_{key}_ms"] = _median_ms(
            lambda fmt=fmt: reference.hand_written_export(fmt), runs
        )
        values[f"export_{key}_ms"] = _median_ms(lambda fmt=fmt: reference.engine_export(fmt), runs)
        values[f"export_{key}_bytes"] = sum(map(len, reference.engine_export(fmt)))
        values[f"hand_export_{key}_bytes"] = len(reference.hand_written_export(fmt))

    def first_time() -> None:
        focus.clear_cache()
        reference.engine_export("PNG")

    values["export_png_first_ms"] = statistics.median(_once_ms(first_time) for _ in range(3))
    values.update(measure_faces())
    return values


if __name__ == "__main__":
    import json

    print(json.dumps(measure()))
