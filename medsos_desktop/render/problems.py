"""What a render reports besides its image: the problems a user should know about
(marked for translation in context Render, next to their codes), the texts as drawn
for design checks, and the result that carries both."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, render_message
from medsos_desktop.render.canvas import Box4
from medsos_desktop.render.colour import RGB

_CTX = "Render"

MSG_TRUNCATED = QT_TRANSLATE_NOOP(
    "Render",
    "{label} is too long for this design and was shortened with “…”. Shorten the text or "
    "choose another template.",
)
MSG_FOOTER_TRUNCATED = QT_TRANSLATE_NOOP(
    "Render",
    "The footer line from the brand kit is too long for this size and was shortened. "
    "Shorten the website, hotline or address in Brand kit, or choose another size.",
)
MSG_GLYPH = QT_TRANSLATE_NOOP(
    "Render", "{label}: the fonts cannot draw {chars}; these characters are left out."
)
MSG_IMAGE = QT_TRANSLATE_NOOP("Render", "{label}: no image is available; a placeholder is shown.")
MSG_IMAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Render",
    "{label}: the image could not be read, so a placeholder is shown. Choose the photo again.",
)
IMAGE_MISSING = "image.missing"
IMAGE_UNREADABLE = "image.unreadable"
MSG_REQUIRED = QT_TRANSLATE_NOOP("Render", "{label} must be filled in.")
MSG_QR = QT_TRANSLATE_NOOP(
    "Render",
    "{label} is too long for a QR code that phones can read ({length} characters). Use a "
    "shorter link.",
)
MSG_FONT = QT_TRANSLATE_NOOP(
    "Render", "The font {ref} is not available; the default font is used instead."
)
MSG_OVERFLOW = QT_TRANSLATE_NOOP(
    "Render",
    "{label} does not fit this design even at the smallest readable size, so this image "
    "cannot be exported. Shorten {label} or choose another size or template.",
)
MSG_CONTRAST = QT_TRANSLATE_NOOP(
    "Render",
    "{label} is hard to read on its background (contrast {ratio}:1, at least {needed}:1 "
    "is needed). Choose other brand colours or another photo.",
)

IMAGE_ENLARGED = "image.enlarged"
MSG_ENLARGED = QT_TRANSLATE_NOOP(
    "Render",
    "{label}: the photo is small for this size and is enlarged {factor}×, so it will look "
    "blurry. Choose a larger photo, at least {width}×{height} pixels.",
)
MSG_QR_DENSE = QT_TRANSLATE_NOOP(
    "Render",
    "{label}: the QR code is too dense for this size ({pixels} pixels per module, phones "
    "need at least {minimum}). Use a shorter link, for example a short link from your "
    "agency's link shortener.",
)

# Problems that make an image unfit to publish: exporting it is refused.
BLOCKING_PROBLEMS = frozenset({"text.overflow"})


@dataclass(frozen=True)
class RenderProblem:
    """Something the user should know about a render; `message` is marked in context Render."""

    code: str
    message: str
    params: dict[str, object]
    element: str

    def render(self, translate: Translate | None = None) -> str:
        params = dict(self.params)
        label = params.get("label")
        if translate is not None and isinstance(label, str):
            # Field labels are English source text too, in their own context.
            params["label"] = translate("InfographicTemplate", label)
        return render_message(self.message, params, _CTX, translate)


@dataclass(frozen=True)
class DrawnText:
    """One text as drawn, for tests and design checks: where, how big, in what colour,
    and the contrast measured against the pixels under it."""

    element: str
    role: str
    field: str
    lines: tuple[str, ...]
    size: int
    box: Box4
    colour: RGB
    contrast: float
    needed: float
    frame: Box4 = (0, 0, 0, 0)  # the box the lines were laid out in


@dataclass
class RenderResult:
    image: Image.Image
    problems: list[RenderProblem] = field(default_factory=list)
    texts: list[DrawnText] = field(default_factory=list)

    @property
    def blocking(self) -> list[RenderProblem]:
        """Problems that make the image unfit to export (text that does not fit at all)."""
        return [p for p in self.problems if p.code in BLOCKING_PROBLEMS]
