"""Images decoded off the GUI thread without Qt's image plugins.

`QImage.fromData` on a worker thread goes through Qt's plugin loader, which may ask the
installed translator for a message while it holds the loader's lock. Our translator is
Python (ui/common/translation.py), so that worker then waits for the interpreter lock, while the
GUI thread holds it and waits for the same loader lock (an icon from the style): the app
froze. Pillow decodes here and Qt only wraps the pixels.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtGui import QImage


def decoded_image(data: bytes | None, max_side: int | None = None) -> QImage:
    """The image in `data` (turned upright), at most `max_side` pixels on its long side;
    a null QImage when it cannot be read."""
    if not data:
        return QImage()
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if max_side and opened.format == "JPEG":
                opened.draft("RGB", (max_side, max_side))  # decode a large photo small
            image = ImageOps.exif_transpose(opened)
            if max_side and max(image.size) > max_side:
                image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            rgba = image.convert("RGBA")
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError):
        return QImage()
    width, height = rgba.size
    wrapped = QImage(rgba.tobytes(), width, height, 4 * width, QImage.Format.Format_RGBA8888)
    return wrapped.copy()  # own the pixels: the bytes object goes away
