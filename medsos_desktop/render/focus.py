"""Where to crop a photo: the admin's own focus point, else the faces in it, else the
template's focal point.

A centre crop cuts heads off: a portrait photo in a square slot keeps a chin and a suit,
and a Stories crop can put the face under the platform's top bar. Faces are found with
OpenCV's Haar cascade (frontal faces), offline, once per photo, and cached by the blob's
sha256. OpenCV is imported only when the first photo is looked at (it costs start-up
time), and the app works without it: photos are then cropped around the focal point.

Detection is slow next to a render (a few tenths of a second for a 12 MP photo), so it
must run on a worker thread, never on the UI thread; the render engine runs there.
"""

from __future__ import annotations

import io
import logging
import math
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image

log = logging.getLogger(__name__)

# A face as fractions of its photo's width and height: left, top, right, bottom.
FaceBox = tuple[float, float, float, float]
Point = tuple[float, float]

# The long side a photo is reduced to before detection: faces of about 24 px and more
# are found there (a child in the third row of a 12 MP group photo), in about 0.3 s.
DETECT_SIDE = 1600
MIN_FACE_PX = 24
CASCADE_FILE = "haarcascade_frontalface_alt2.xml"
# Faces smaller than this share of the largest face are left out of the crop (a crowd
# behind the speaker); the blur tool still gets every face.
MAIN_FACE_SHARE = 0.45
# Around a face: room above for hair and air, below for the chin and neck, to the sides.
HEADROOM = 0.6
CHIN_ROOM = 0.35
SIDE_ROOM = 0.25
# Where the largest face's centre goes inside the visible part of the slot, from its top.
FACE_LINE = 0.38
MAX_PIXELS = 80_000_000
FOCUS_SEPARATOR = "#"


# --- the admin's focus point, kept in the photo field's value --------------------------


def split_photo_value(value: str) -> tuple[str, Point | None]:
    """A photo field's value is the blob's sha256, optionally followed by the focus point
    the admin chose: `<sha256>#0.420,0.310`. Anything malformed after `#` is ignored."""
    sha, sep, rest = value.strip().partition(FOCUS_SEPARATOR)
    if not sep:
        return sha, None
    try:
        x_text, y_text = rest.split(",")
        x, y = float(x_text), float(y_text)
    except ValueError:
        return sha, None
    if not (math.isfinite(x) and math.isfinite(y)):
        return sha, None
    return sha, (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))


def join_photo_value(sha: str, point: Point | None) -> str:
    """The value `split_photo_value` reads back; no point, or no photo, is the bare sha."""
    if not sha or point is None:
        return sha
    x, y = (min(max(v, 0.0), 1.0) for v in point)
    return f"{sha}{FOCUS_SEPARATOR}{x:.3f},{y:.3f}"


# --- the crop ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Framing:
    """How a photo slot wants its crop: the admin's point (or None for faces, then the
    template's focal point) and the share of the slot, at its top and bottom, that the
    platform covers (Stories: its top bar and reply box)."""

    point: Point | None = None
    band_top: float = 0.0
    band_bottom: float = 0.0


def crop_box(
    source: tuple[int, int],
    target: tuple[int, int],
    *,
    focus: Point | None = None,
    faces: Sequence[FaceBox] = (),
    default: Point = (0.5, 0.5),
    band_top: float = 0.0,
    band_bottom: float = 0.0,
) -> tuple[float, float, float, float]:
    """The part of a `source`-sized image that fills `target` (same aspect), as a box in
    the source's pixels, always inside the image.

    The admin's `focus` point is put in the middle of the visible part of the slot; else
    the faces are kept whole, with headroom, below `band_top` and above `band_bottom`
    (shares of the slot); else the crop is centred on the template's `default` point.
    """
    sw, sh = source
    tw, th = target
    if sw <= 0 or sh <= 0 or tw <= 0 or th <= 0:
        raise ValueError(f"empty size: {source!r} {target!r}")
    scale = max(tw / sw, th / sh)
    cw, ch = min(float(sw), tw / scale), min(float(sh), th / scale)
    band_top = _unit(band_top, 0.0)
    band_bottom = min(_unit(band_bottom, 0.0), 0.9 - band_top)
    if focus is not None:
        fx, fy = _unit(focus[0], 0.5), _unit(focus[1], 0.5)
        left = fx * sw - cw / 2
        top = fy * sh - ch * (band_top + (1 - band_top - band_bottom) / 2)
    elif faces:
        left, top = _around_faces((sw, sh), (cw, ch), faces, band_top, band_bottom)
    else:
        fx, fy = _unit(default[0], 0.5), _unit(default[1], 0.5)
        left, top = fx * sw - cw / 2, fy * sh - ch / 2
    return _inside((left, top), (cw, ch), (sw, sh))


def _unit(value: float, fallback: float) -> float:
    return min(max(float(value), 0.0), 1.0) if math.isfinite(value) else fallback


def _inside(
    corner: tuple[float, float], crop: tuple[float, float], source: tuple[int, int]
) -> tuple[float, float, float, float]:
    """Clamped after every rounding: Pillow refuses a box past the edge by any fraction."""
    (left, top), (cw, ch), (sw, sh) = corner, crop, source
    left = min(max(left if math.isfinite(left) else 0.0, 0.0), sw - cw)
    top = min(max(top if math.isfinite(top) else 0.0, 0.0), sh - ch)
    left, top = max(left, 0.0), max(top, 0.0)
    return left, top, min(left + cw, float(sw)), min(top + ch, float(sh))


def main_faces(faces: Iterable[FaceBox], source: tuple[int, int]) -> list[FaceBox]:
    """The faces a crop must keep: all but those much smaller than the largest."""
    sw, sh = source
    sized = [(max((f[2] - f[0]) * sw, (f[3] - f[1]) * sh), f) for f in faces]
    if not sized:
        return []
    largest = max(side for side, _ in sized)
    return [f for side, f in sized if side >= MAIN_FACE_SHARE * largest]


def _around_faces(
    source: tuple[int, int],
    crop: tuple[float, float],
    faces: Sequence[FaceBox],
    band_top: float,
    band_bottom: float,
) -> tuple[float, float]:
    sw, sh = source
    cw, ch = crop
    kept = main_faces(faces, source) or list(faces)
    boxes = [(f[0] * sw, f[1] * sh, f[2] * sw, f[3] * sh) for f in kept]
    largest = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    face_h = largest[3] - largest[1]
    x0 = min(b[0] for b in boxes) - SIDE_ROOM * face_h
    x1 = max(b[2] for b in boxes) + SIDE_ROOM * face_h
    y0 = min(b[1] for b in boxes) - HEADROOM * face_h
    y1 = max(b[3] for b in boxes) + CHIN_ROOM * face_h
    # Across: the whole group when it fits, else the largest face (the speaker) in the middle.
    centre = (x0 + x1) / 2 if x1 - x0 <= cw else (largest[0] + largest[2]) / 2
    left = centre - cw / 2
    # Down: the largest face a little above the middle of what the platform leaves
    # visible, then moved as little as needed to keep every head and chin in view.
    visible_top, visible_bottom = band_top * ch, (1 - band_bottom) * ch
    face_y = (largest[1] + largest[3]) / 2
    top = face_y - (visible_top + FACE_LINE * (visible_bottom - visible_top))
    highest, lowest = y1 - visible_bottom, y0 - visible_top
    top = lowest if highest > lowest else min(max(top, highest), lowest)
    return left, top


# --- finding faces ----------------------------------------------------------------------


_import_lock = threading.Lock()
_detect_lock = threading.Lock()  # a cascade is not safe to share between threads
# One photo looked at at a time: a preview and an export of the same photo wait for each
# other instead of detecting twice.
_one_at_a_time = threading.Lock()
_cv2: Any = None
_cascade: Any = None
_unavailable = False
_cache_lock = threading.Lock()
_cache: OrderedDict[str, tuple[FaceBox, ...]] = OrderedDict()
CACHE_SIZE = 512


def _detector() -> Any:
    """The cascade, loaded on first use; None where OpenCV is missing or broken."""
    global _cv2, _cascade, _unavailable
    with _import_lock:
        if _cascade is not None or _unavailable:
            return _cascade
        try:
            import cv2  # lazy: it costs start-up time
            import cv2.data  # where the wheel keeps its cascades

            cascade = cv2.CascadeClassifier(cv2.data.haarcascades + CASCADE_FILE)
            if cascade.empty():
                raise OSError(f"{CASCADE_FILE} did not load")
        except Exception as exc:  # a missing or broken wheel must not break rendering
            log.warning("face detection is not available: %r", exc)
            _unavailable = True
            return None
        _cv2, _cascade = cv2, cascade
        return cascade


def detector_available() -> bool:
    """Whether faces can be found on this installation (OpenCV and its cascade load)."""
    return _detector() is not None


def detect_faces(image: Image.Image) -> tuple[FaceBox, ...]:
    """The frontal faces in `image`, largest first, as fractions of its size."""
    cascade = _detector()
    if cascade is None or image.width < MIN_FACE_PX or image.height < MIN_FACE_PX:
        return ()
    import numpy  # comes with OpenCV

    gray = image.convert("L")
    scale = min(1.0, DETECT_SIDE / max(gray.size))
    if scale < 1.0:
        size = (max(1, round(gray.width * scale)), max(1, round(gray.height * scale)))
        gray = gray.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    pixels = _cv2.equalizeHist(numpy.asarray(gray))
    with _detect_lock:
        found = cascade.detectMultiScale(
            pixels, scaleFactor=1.1, minNeighbors=5, minSize=(MIN_FACE_PX, MIN_FACE_PX)
        )
    w, h = gray.size
    faces = [(x / w, y / h, (x + fw) / w, (y + fh) / h) for x, y, fw, fh in found]
    faces.sort(key=lambda f: (f[2] - f[0]) * (f[3] - f[1]), reverse=True)
    return tuple((float(a), float(b), float(c), float(d)) for a, b, c, d in faces)


def _decode_for_detection(data: bytes) -> Image.Image | None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                return None
            if image.format == "JPEG":  # 1/2, 1/4 or 1/8 scale: still at least DETECT_SIDE
                scale = DETECT_SIDE / max(image.size)
                image.draft("L", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
            image.load()
            return image
        except Exception as exc:  # unreadable photos are the renderer's to report
            log.info("no face detection for an unreadable image: %r", exc)
            return None


def small_copy(data: bytes, max_side: int) -> Image.Image | None:
    """A small RGB copy of a photo (decoded at a reduced scale where JPEG allows), for
    pickers that show it; None when it cannot be read."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            opened = Image.open(io.BytesIO(data))
            if opened.width * opened.height > MAX_PIXELS:
                return None
            opened.draft("RGB", (max_side, max_side))
            opened.load()
            image = opened.convert("RGB")
            image.thumbnail((max_side, max_side), Image.Resampling.BICUBIC, reducing_gap=2.0)
            return image
        except Exception as exc:  # shown as "no photo" by the picker
            log.info("no small copy of an unreadable image: %r", exc)
            return None


def cached_faces(sha: str) -> tuple[FaceBox, ...] | None:
    """The faces already found in blob `sha`, or None when it was not looked at yet."""
    with _cache_lock:
        found = _cache.get(sha)
        if found is not None:
            _cache.move_to_end(sha)
        return found


def faces_in_blob(sha: str, load: Callable[[], bytes | None]) -> tuple[FaceBox, ...]:
    """The faces in a stored photo, found once per sha256 and then remembered."""
    found = cached_faces(sha)
    if found is not None:
        return found
    if _detector() is None:
        return ()
    with _one_at_a_time:
        found = cached_faces(sha)
        if found is not None:
            return found
        try:
            data = load()
        except Exception as exc:  # the renderer reports a blob it cannot load
            log.info("no face detection, %s cannot be loaded: %r", sha[:12], exc)
            return ()
        if not data:
            return ()  # not remembered: the blob may arrive with the next sync
        image = _decode_for_detection(data)
        found = detect_faces(image) if image is not None else ()
        with _cache_lock:
            _cache[sha] = found
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
        return found


def clear_cache() -> None:
    """Forget every detection (tests; a changed detector)."""
    with _cache_lock:
        _cache.clear()
