"""Rendered Pillow images as QImage, made on the worker that rendered them.

Shared by the infographic panel, the template gallery and the template editor, below all
three, so none of them imports another for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from PIL.Image import Image


def pil_to_qimage(image: Image) -> QImage:
    """Convert on the worker thread; QImage (not QPixmap) is safe there."""
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    qimage = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return qimage.copy()  # own the pixels: `data` goes away with this function
