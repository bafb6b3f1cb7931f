"""Importing photos safely: whatever a user drags in, what is stored is a clean, bounded image.

Only a few formats are accepted; Pillow's decompression-bomb limit is kept and its
warning treated as an error; EXIF orientation is applied and every piece of
metadata (GPS, camera, comments) is dropped; very large photos are scaled down.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from PIL import Image, ImageCms, ImageFilter, ImageOps, UnidentifiedImageError

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.fileio import read_input_file
from medsos_desktop.render.export import encode_jpeg

MAX_FILE_BYTES = 80 * 1024 * 1024
MAX_PIXELS = 80_000_000
MAX_SIDE = 4096
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO", "HEIF"})
# ISO-BMFF brands of HEIF/HEIC files ("ftyp" box at offset 4).
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
_CTX = "ImageImport"

MSG_TOO_BIG_FILE = QT_TRANSLATE_NOOP(
    "ImageImport", "{name} is {size_mb} MB; images up to {limit_mb} MB can be attached."
)
MSG_NOT_IMAGE = QT_TRANSLATE_NOOP(
    "ImageImport", "{name} is not an image file that Medsos Desktop can read."
)
MSG_FORMAT = QT_TRANSLATE_NOOP(
    "ImageImport",
    "{name} is a {format} file. Attach a JPEG, PNG, WebP, HEIC, GIF, BMP or TIFF image.",
)
MSG_BOMB = QT_TRANSLATE_NOOP(
    "ImageImport",
    "{name} is {width}×{height} pixels, too large to open safely. Reduce it below "
    "{limit_mp} megapixels first.",
)
MSG_BROKEN = QT_TRANSLATE_NOOP(
    "ImageImport",
    "{name} is damaged or incomplete (it may not have finished copying). Try the "
    "original file again.",
)


class ImageImportError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


@dataclass(frozen=True)
class ImportedImage:
    data: bytes
    mime: str
    width: int
    height: int
    scaled_down: bool


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in {"RGB", "RGBA", "CMYK"}:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, target, outputMode=out_mode)
        return converted or image
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _normalize_mode(image: Image.Image) -> Image.Image:
    if image.mode in {"RGB", "RGBA"}:
        return image
    if image.mode in {"I;16", "I;16B", "I;16L", "I"}:
        # 16-bit greyscale: scale the range down to 8 bits instead of clipping it.
        return image.point(lambda v: v / 256).convert("L").convert("RGB")
    if image.mode in {"P", "PA", "LA", "La", "RGBa"} or "transparency" in image.info:
        return image.convert("RGBA")
    return image.convert("RGB")


_heif_ready = False


def _enable_heif_if_needed(data: bytes) -> None:
    """Load pillow-heif only for HEIF files: most imports are JPEG and need none of it."""
    global _heif_ready
    if _heif_ready or data[4:8] != b"ftyp" or data[8:12] not in HEIF_BRANDS:
        return
    from pillow_heif import register_heif_opener

    register_heif_opener()
    _heif_ready = True


def _declared_size(data: bytes) -> tuple[int, int] | None:
    """The size a file's header declares, read past the decompression-bomb check that
    refused it, so the message can say how large it is. Nothing is decoded."""
    Image.init()
    for format_id in Image.ID:
        if format_id not in ACCEPTED_FORMATS:
            continue
        factory, accept = Image.OPEN[format_id]
        try:
            if accept is not None and not accept(data[:16]):
                continue
            # Opening through the plugin's class reads the header only; Image.open adds
            # the bomb check on top of this same call.
            header = factory(io.BytesIO(data), "")
        except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError, struct.error):
            continue
        width, height = header.size
        return (width, height) if width > 0 and height > 0 else None
    return None


def import_image(data: bytes, name: str = "gambar", max_side: int = MAX_SIDE) -> ImportedImage:
    """Decode, check and re-encode an image; ImageImportError says why a user's file failed."""
    if len(data) > MAX_FILE_BYTES:
        raise ImageImportError(
            MSG_TOO_BIG_FILE,
            name=name,
            size_mb=len(data) // 2**20,
            limit_mb=MAX_FILE_BYTES // 2**20,
        )
    _enable_heif_if_needed(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image: Image.Image = Image.open(io.BytesIO(data))
        except UnidentifiedImageError as exc:
            raise ImageImportError(MSG_NOT_IMAGE, name=name) from exc
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            width, height = _declared_size(data) or ("?", "?")
            raise ImageImportError(
                MSG_BOMB, name=name, width=width, height=height, limit_mp=MAX_PIXELS // 1_000_000
            ) from exc
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageImportError(MSG_BROKEN, name=name) from exc
        if image.format not in ACCEPTED_FORMATS:
            raise ImageImportError(MSG_FORMAT, name=name, format=image.format or "?")
        width, height = image.size
        if width * height > MAX_PIXELS or width <= 0 or height <= 0:
            raise ImageImportError(
                MSG_BOMB, name=name, width=width, height=height, limit_mp=MAX_PIXELS // 1_000_000
            )
        try:
            image.seek(0)
            image.load()
            image = ImageOps.exif_transpose(image)
            image = _normalize_mode(_to_srgb(image))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise ImageImportError(
                MSG_BOMB, name=name, width=width, height=height, limit_mp=MAX_PIXELS // 1_000_000
            ) from exc
        except (OSError, ValueError, SyntaxError, EOFError) as exc:
            raise ImageImportError(MSG_BROKEN, name=name) from exc

    scaled = max(image.size) > max_side
    if scaled:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return _encode(image, scaled)


def read_image_file(path: Path | str) -> bytes:
    """The bytes of a photo the user chose: a plain file of at most MAX_FILE_BYTES, read
    without blocking on a pipe or filling memory from a device (InputFileError if not)."""
    return read_input_file(path, MAX_FILE_BYTES)


def import_image_file(path: Path | str, max_side: int = MAX_SIDE) -> ImportedImage:
    """`import_image` of a file the user chose, read bounded first."""
    return import_image(read_image_file(path), Path(path).name, max_side)


def _encode(image: Image.Image, scaled: bool) -> ImportedImage:
    """PNG when there is real transparency, else JPEG; never any metadata."""
    # A fresh image carries no info dict: no EXIF, GPS, XMP, ICC or comments survive.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    has_alpha = False
    if clean.mode == "RGBA":
        # A multi-band image's extrema are one (lowest, highest) pair per band.
        bands = cast("tuple[tuple[int, int], ...]", clean.getextrema())
        has_alpha = bands[3][0] < 255
    if has_alpha:
        out = io.BytesIO()
        clean.save(out, format="PNG", optimize=False)
        data, mime = out.getvalue(), "image/png"
    else:
        data = encode_jpeg(clean.convert("RGB"), quality=90, subsampling=0)
        mime = "image/jpeg"
    return ImportedImage(data, mime, clean.width, clean.height, scaled)


ObscureMode = Literal["pixelate", "blur"]


def obscure_region(
    data: bytes, box: tuple[float, float, float, float], mode: ObscureMode = "pixelate"
) -> ImportedImage:
    """Make a region unrecognisable: faces of children, a name tag, an ID card on a desk
    (UU 11/2012 on child protection in juvenile justice and UU 27/2022 on personal data).

    `data` is an image this module already cleaned; `box` is (left, top, right, bottom) as
    fractions of its size. The result is a new image: nothing of the region survives in it,
    since pixelation keeps only a handful of averaged blocks and blurring is strong enough
    that it cannot be reversed into a face.
    """
    return obscure_regions(data, [box], mode)


def obscure_regions(
    data: bytes, boxes: Sequence[tuple[float, float, float, float]], mode: ObscureMode = "pixelate"
) -> ImportedImage:
    """`obscure_region` for several regions at once (every face in a group photo), with
    one encoding: no generation loss per region."""
    if not boxes:
        raise ValueError("no region")
    with Image.open(io.BytesIO(data)) as source:
        source.load()
        image = source.convert("RGBA" if source.mode in {"RGBA", "LA", "P"} else "RGB")
    for box in boxes:
        left, top, right, bottom = (min(max(v, 0.0), 1.0) for v in box)
        if right <= left or bottom <= top:
            raise ValueError("empty region")
        region_box = (
            int(left * image.width),
            int(top * image.height),
            max(int(right * image.width), int(left * image.width) + 1),
            max(int(bottom * image.height), int(top * image.height) + 1),
        )
        region = image.crop(region_box)
        side = max(region.size)
        if mode == "pixelate":
            blocks = max(1, side // max(8, side // 10))  # at most ~10 blocks across
            small = region.resize(
                (max(1, region.width * blocks // side), max(1, region.height * blocks // side)),
                Image.Resampling.BOX,
            )
            hidden = small.resize(region.size, Image.Resampling.NEAREST)
        else:
            hidden = region.filter(ImageFilter.GaussianBlur(radius=max(6, side / 6)))
            hidden = hidden.filter(ImageFilter.GaussianBlur(radius=max(6, side / 6)))
        image.paste(hidden, region_box[:2])
    return _encode(image, scaled=False)
