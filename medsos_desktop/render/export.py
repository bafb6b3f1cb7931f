"""Exporting a rendered infographic: sRGB, no metadata, under a platform's file-size limit.

Colour: the image is written as plain 8-bit RGB *without* an ICC profile. Everything
the engine draws is sRGB already, and an untagged image is read as sRGB by every
browser, phone and platform; the platforms strip embedded profiles anyway, and an
omitted profile cannot be mis-handled (a few apps misread v4 profiles).
Metadata: the saved image is a fresh copy, so no EXIF, XMP, ICC or PNG text chunk
survives, and the encoders are not asked to write any.
"""

from __future__ import annotations

import io
from typing import Literal

from PIL import Image

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError

ImageFormat = Literal["PNG", "JPEG"]

MB = 1024 * 1024
# Upload limits for still images, per platform (bytes), as the platforms' help pages put
# them when this was written; the app stays under the lowest published figure.
# - Instagram: 8 MB per photo (Meta's Graph API content-publishing docs; the apps
#   accept more, then recompress).
# - Facebook: 4 MB recommended for PNG, 10 MB accepted for photos (Meta's photo specs
#   and the Graph API); 4 MB is used so that PNG exports also pass.
# - X: 5 MB per image (X's media upload docs: "images up to 5 MB").
# - Threads: 8 MB per image (Threads API docs, same as Instagram).
# - TikTok: photo posts up to 20 MB per image (TikTok Content Posting API); uncertain
#   for uploads through the app, which recompress anyway.
# - YouTube: custom thumbnails up to 2 MB (YouTube Help "Add video thumbnails").
PLATFORM_IMAGE_LIMITS: dict[Platform, int] = {
    Platform.INSTAGRAM: 8 * MB,
    Platform.FACEBOOK: 4 * MB,
    Platform.X: 5 * MB,
    Platform.THREADS: 8 * MB,
    Platform.TIKTOK: 20 * MB,
    Platform.YOUTUBE: 2 * MB,
}

JPEG_QUALITIES = (90, 88, 84, 80, 75, 70, 65, 60, 55, 50)

_CTX = "Export"
MSG_PNG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Export",
    "As PNG this image is {size_mb} MB, over the {limit_mb} MB limit. Export it as JPEG "
    "instead: photos and gradients compress far better.",
)
MSG_JPEG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Export",
    "Even at the lowest acceptable quality this image is {size_mb} MB, over the {limit_mb} MB "
    "limit. Use a smaller size.",
)
MSG_FORMAT = QT_TRANSLATE_NOOP("Export", "{format} is not an export format; use PNG or JPEG.")


class ExportError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


def _mb(size: int) -> str:
    return f"{size / MB:.1f}"


def limit_for(platforms: list[Platform] | tuple[Platform, ...]) -> int | None:
    """The strictest limit among the platforms a post goes to (None: no platform)."""
    limits = [PLATFORM_IMAGE_LIMITS[p] for p in platforms if p in PLATFORM_IMAGE_LIMITS]
    return min(limits) if limits else None


def _clean_rgb(image: Image.Image) -> Image.Image:
    """A fresh RGB copy: no info dict, so no metadata can ride along."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    return clean


def _optimized_buffer_fits(image: Image.Image, quality: int, subsampling: int) -> bool:
    """Whether an optimized JPEG of `image` fits Pillow's one-buffer encoder, judged from
    a few sample tiles encoded plainly (a millisecond; the whole image would cost more)."""
    width, height = image.size
    pixels = width * height
    # Pillow's buffer for optimize/progressive (JpegImagePlugin._save, ImageFile._save).
    buffer = max(65536, (2 if quality >= 95 else 1) * pixels, width * 4)
    side = 128
    if pixels <= 4 * side * side:
        return True  # small: the buffer's 64 KiB floor is ample, and a retry is cheap
    spots = [(0.5, 0.5), (0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75)]
    sample_bytes = sample_pixels = 0
    for fx, fy in spots:
        left = min(max(0, round(fx * width) - side // 2), max(0, width - side))
        top = min(max(0, round(fy * height) - side // 2), max(0, height - side))
        tile = image.crop((left, top, min(width, left + side), min(height, top + side)))
        out = io.BytesIO()
        tile.save(out, format="JPEG", quality=quality, subsampling=subsampling)
        sample_bytes += len(out.getvalue()) - 600  # less the headers and tables of each tile
        sample_pixels += tile.width * tile.height
    predicted = sample_bytes / sample_pixels * pixels
    return predicted < 0.7 * buffer


def encode_jpeg(
    image: Image.Image, *, quality: int, subsampling: int, progressive: bool = False
) -> bytes:
    """JPEG bytes, optimized (and progressive when asked) whenever the encoder can.

    Pillow encodes an optimized or progressive JPEG into one buffer of about a byte per
    pixel; an image with more detail than that (noise, confetti, foliage at night)
    overflows it and the encoder fails with "broken data stream". Such an image is
    encoded plainly instead: a few percent larger, and that path streams, so it cannot
    overflow. Sample tiles predict the overflow; a failed attempt is still retried.
    """
    out = io.BytesIO()
    if _optimized_buffer_fits(image, quality, subsampling):
        try:
            image.save(
                out,
                format="JPEG",
                quality=quality,
                subsampling=subsampling,
                optimize=True,
                progressive=progressive,
            )
            return out.getvalue()
        except OSError:
            out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, subsampling=subsampling)
    return out.getvalue()


def export_image(
    image: Image.Image, fmt: ImageFormat, max_bytes: int | None = None, *, optimize: bool = False
) -> bytes:
    """Encode for upload: PNG or JPEG (quality 90 and down until it fits).

    A plain PNG takes about a tenth of the time of an optimized one (0.3 s against up
    to 2.2 s for a 1080×1920 infographic) for a file a little larger; `optimize` asks for
    the smaller file, or is used when the plain one is over the limit."""
    if fmt not in ("PNG", "JPEG"):
        raise ExportError(MSG_FORMAT, format=str(fmt))
    clean = _clean_rgb(image)
    if fmt == "PNG":
        out = io.BytesIO()
        clean.save(out, format="PNG", optimize=optimize)
        if not optimize and max_bytes is not None and out.tell() > max_bytes:
            out = io.BytesIO()
            clean.save(out, format="PNG", optimize=True)
        data = out.getvalue()
        if max_bytes is not None and len(data) > max_bytes:
            raise ExportError(MSG_PNG_TOO_BIG, size_mb=_mb(len(data)), limit_mb=_mb(max_bytes))
        return data
    data = b""
    for quality in JPEG_QUALITIES:
        # Full chroma resolution while quality is high keeps small coloured text crisp.
        subsampling = 0 if quality >= 84 else 2
        data = encode_jpeg(clean, quality=quality, subsampling=subsampling, progressive=True)
        if max_bytes is None or len(data) <= max_bytes:
            return data
    raise ExportError(MSG_JPEG_TOO_BIG, size_mb=_mb(len(data)), limit_mb=_mb(max_bytes or 0))
