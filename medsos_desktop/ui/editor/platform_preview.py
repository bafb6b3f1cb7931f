"""A post as a platform shows it on a phone: the first photo cropped as the feed crops it, the
bands a full-screen surface covers with its buttons, the caption cut where "… more" appears,
hashtags and mentions as links, the agency's name and avatar.

The arithmetic (crops, bands, cut points, links) lives in `domain/preview.py`; this widget
only paints. It paints a phone-wide card (DEVICE_WIDTH logical pixels) and scales it to fit,
so it can sit beside a caption editor or in the review dialog:

    PlatformPreview(content, Platform.INSTAGRAM, image_bytes, "dinkes.sukamaju")
"""

from __future__ import annotations

import html
import math
from itertools import pairwise

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import PostContent
from medsos_desktop.domain.preview import (
    FULL_SCREEN_RATIO,
    LINK_CARD_RATIO,
    SURFACES,
    CaptionView,
    LinkKind,
    Placement,
    Surface,
    caption_view,
    crop_box,
    cut_rule,
    display_handle,
    initials,
    is_full_screen,
    link_spans,
    placement,
    ui_bands,
)
from medsos_desktop.ui.editor.preview_canvas import (
    Canvas,
    bars,
    bookmark,
    bubble,
    dots,
    font,
    heart,
    plane,
    repost,
    share,
    thumb,
)

DEVICE_WIDTH = 360.0  # a common phone's width in logical pixels
MAX_SCALE = 1.15
LAYOUT_DELAY_MS = 80
# Pictures are kept at most this large: enough for a sharp preview, cheap to repaint.
_IMAGE_SIDE = 1200

_LINK_COLOURS = {
    Platform.INSTAGRAM: "#00376b",
    Platform.FACEBOOK: "#216fdb",
    Platform.X: "#1d9bf0",
    Platform.THREADS: "#0095f6",
    Platform.YOUTUBE: "#065fd4",
    Platform.TIKTOK: "#ffffff",
}
_GREY = {
    Platform.INSTAGRAM: "#737373",
    Platform.FACEBOOK: "#65676b",
    Platform.X: "#536471",
    Platform.THREADS: "#999999",
    Platform.YOUTUBE: "#606060",
    Platform.TIKTOK: "#e0e0e0",
}
_OVERFLOW_BACKGROUND = "#ffd2d6"  # X marks what is over the limit in its composer
_BAND_SHADE = QColor(0, 0, 0, 95)


def caption_html(
    text: str,
    view: CaptionView,
    platform: Platform,
    *,
    colour: str,
    more: str = "",
    more_colour: str = "",
    prefix_html: str = "",
) -> str:
    """The visible caption as rich text: links coloured, overflow marked, "… more" added."""
    shown_end = len(view.shown)
    link_colour = _LINK_COLOURS[platform]
    spans = [s for s in link_spans(text, platform) if s.start < shown_end]
    points = {0, shown_end}
    for span in spans:
        points.update((span.start, min(span.end, shown_end)))
    overflow = view.overflow_start
    if overflow is not None and overflow < shown_end:
        points.add(overflow)
    parts: list[str] = []
    for start, end in pairwise(sorted(points)):
        segment = html.escape(text[start:end])
        styles = []
        link = next((s for s in spans if s.start <= start < s.end), None)
        if link is not None:
            styles.append(f"color:{link_colour}")
            if platform is Platform.TIKTOK and link.kind is LinkKind.HASHTAG:
                styles.append("font-weight:600")
        if overflow is not None and start >= overflow:
            styles.append(f"background-color:{_OVERFLOW_BACKGROUND}")
        parts.append(f'<span style="{";".join(styles)}">{segment}</span>' if styles else segment)
    body = "".join(parts)
    if view.truncated and more:
        tail_colour = more_colour or _GREY[platform]
        body += f'<span style="color:{tail_colour}">{html.escape(more)}</span>'
    return f'<div style="white-space:pre-wrap; color:{colour}">{prefix_html}{body}</div>'


class PlatformPreview(QWidget):
    """One platform's view of a post, painted as a phone shows it."""

    layout_changed = Signal()  # the card's height may have changed

    def __init__(
        self,
        content: PostContent,
        platform: Platform,
        image: bytes | QImage | None = None,
        handle: str = "",
        *,
        name: str = "",
        avatar: QImage | None = None,
        surface: Surface | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"preview_{platform.value}")
        self.platform = platform
        self.content = content
        self.surface = surface if surface in SURFACES[platform] else SURFACES[platform][0]
        self._image = QImage()
        self._avatar = QImage()
        self._name = name
        self._handle = handle
        self._overflow_start: int | None = None
        self._fit_cache: dict[tuple[object, ...], CaptionView] = {}
        self._layout_timer = QTimer(self, singleShot=True, interval=LAYOUT_DELAY_MS)
        self._layout_timer.timeout.connect(self._emit_layout_changed)
        self.set_image(image)
        self.set_account(name, handle, avatar)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 240)

    # -- what it shows -------------------------------------------------------------------------

    def set_content(self, content: PostContent) -> None:
        if content != self.content:
            self.content = content
            self._changed()

    def set_image(self, image: bytes | QImage | None) -> None:
        """The post's first photo (bytes are decoded here: prefer a QImage from a worker)."""
        loaded = QImage.fromData(image) if isinstance(image, bytes) else image
        if loaded is None or loaded.isNull():
            self._image = QImage()
        elif max(loaded.width(), loaded.height()) > _IMAGE_SIDE:
            self._image = loaded.scaled(
                _IMAGE_SIDE,
                _IMAGE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            self._image = loaded
        self._changed()

    def set_account(self, name: str, handle: str, avatar: QImage | None = None) -> None:
        self._name = name
        self._handle = handle
        self._avatar = avatar if avatar is not None and not avatar.isNull() else QImage()
        self._changed()

    def set_surface(self, surface: Surface) -> None:
        if surface in SURFACES[self.platform] and surface is not self.surface:
            self.surface = surface
            self._changed()

    def _changed(self) -> None:
        """Repaint now (only a visible widget paints); tell the host about a new height
        once per burst of edits, not on every keystroke."""
        self.update()
        self._layout_timer.start()

    def _emit_layout_changed(self) -> None:
        self.updateGeometry()
        self.layout_changed.emit()

    def set_overflow_start(self, index: int | None) -> None:
        """Where the caption stops fitting the platform's limit (from the caption checks)."""
        if index != self._overflow_start:
            self._overflow_start = index
            self.update()

    def text(self) -> str:
        """The whole text this preview shows (before any "… more")."""
        return self.content.final_caption(self.platform)

    @property
    def handle(self) -> str:
        return display_handle(self._handle, self._name)

    @property
    def display_name(self) -> str:
        return self._name.strip() or self.handle

    def caption_view(self) -> CaptionView:
        lead = len(self.handle) + 1 if self._caption_has_handle_prefix() else 0
        return caption_view(
            self.text(), self.platform, self.surface, lead=lead, overflow_start=self._overflow_start
        )

    def photo_placement(self) -> Placement | None:
        if self._image.isNull():
            return None
        return placement(self.platform, self.surface, self._image.width(), self._image.height())

    def _caption_has_handle_prefix(self) -> bool:
        return self.platform is Platform.INSTAGRAM and self.surface is Surface.FEED

    # -- Qt ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Smaller than the card: it scales down to fit beside an editor."""
        return QSize(280, min(400, math.ceil(self._render(None))))

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        height = self._render(None)
        scale = min(self.width() / DEVICE_WIDTH, self.height() / height, MAX_SCALE)
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        painter.translate((self.width() - DEVICE_WIDTH * scale) / 2, 0)
        painter.scale(scale, scale)
        card = QRectF(0, 0, DEVICE_WIDTH, height)
        painter.save()
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        painter.setClipPath(path)
        self._render(painter)
        painter.restore()
        painter.setPen(QPen(QColor("#c9ccd1"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        painter.end()

    def render_height(self) -> float:
        """The card's height at DEVICE_WIDTH, for hosts that size it themselves."""
        return self._render(None)

    # -- painting ------------------------------------------------------------------------------

    def _render(self, painter: QPainter | None) -> float:
        canvas = Canvas(painter, DEVICE_WIDTH)
        if is_full_screen(self.platform, self.surface):
            return self._full_screen(canvas)
        if self.platform is Platform.INSTAGRAM:
            return self._instagram_feed(canvas)
        if self.platform is Platform.FACEBOOK:
            return self._facebook_feed(canvas)
        if self.platform is Platform.YOUTUBE:
            return self._youtube_video(canvas)
        return self._x_or_threads(canvas)

    def _more_label(self) -> str:
        if self.platform is Platform.FACEBOOK:
            return "… " + self.tr("See more")
        if self.platform is Platform.YOUTUBE:
            return " " + self.tr("...more")
        return "… " + self.tr("more")

    def _fill(self, canvas: Canvas, rect: QRectF, colour: str | QColor) -> None:
        if canvas.p is not None:
            canvas.p.fillRect(rect, QColor(colour))

    def _avatar_at(self, canvas: Canvas, x: float, y: float, size: float, ring: str = "") -> None:
        p = canvas.p
        if p is None:
            return
        rect = QRectF(x, y, size, size)
        if ring:
            p.setPen(QPen(QColor(ring), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
        if not self._avatar.isNull():
            p.save()
            clip = QPainterPath()
            clip.addEllipse(rect)
            p.setClipPath(clip)
            p.drawImage(rect, self._avatar)
            p.restore()
            return
        hue = sum(map(ord, self.display_name)) % 360
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor.fromHsv(hue, 150, 170))
        p.drawEllipse(rect)
        p.setPen(QColor("white"))
        p.setFont(font(size * 0.38, bold=True))
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), initials(self.display_name))

    def _photo(self, canvas: Canvas, rect: QRectF, radius: float = 0.0) -> None:
        """The first photo in `rect`, cropped as the platform crops it; a placeholder without."""
        p = canvas.p
        if p is None:
            return
        p.save()
        if radius:
            clip = QPainterPath()
            clip.addRoundedRect(rect, radius, radius)
            p.setClipPath(clip)
        placed = self.photo_placement()
        if placed is None:
            p.fillRect(rect, QColor("#e9ebee"))
            p.setPen(QColor("#8a8d91"))
            p.setFont(font(13))
            p.drawText(
                rect.adjusted(16, 0, -16, 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No photo yet"),
            )
        else:
            box = placed.crop
            p.drawImage(rect, self._image, QRectF(box.left, box.top, box.width, box.height))
        p.restore()
        if radius:
            p.setPen(QPen(QColor("#cfd9de"), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect, radius, radius)

    def _photo_ratio(self, fallback: float) -> float:
        placed = self.photo_placement()
        return placed.frame_ratio if placed is not None else fallback

    def _caption(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        width: float,
        size: float,
        colour: str,
        prefix_html: str = "",
        more_colour: str = "",
    ) -> float:
        view = self._fitted_view(width, size, prefix_html)
        rich = self._caption_rich(view, colour, more_colour, prefix_html)
        return canvas.rich_text(rich, x, y, width, font(size))

    def _caption_rich(
        self, view: CaptionView, colour: str, more_colour: str, prefix_html: str
    ) -> str:
        return caption_html(
            self.text(),
            view,
            self.platform,
            colour=colour,
            more=self._more_label(),
            more_colour=more_colour,
            prefix_html=prefix_html,
        )

    def _fitted_view(self, width: float, size: float, prefix_html: str) -> CaptionView:
        """The domain's cut, shortened by whole words if it still wraps past the platform's
        number of lines at this font (the domain counts characters, the phone counts lines)."""
        view = self.caption_view()
        rule = cut_rule(self.platform, self.surface)
        if rule is None or rule.max_lines is None or not view.shown:
            return view
        key = (self.text(), self.surface, width, size, prefix_html, view)
        cached = self._fit_cache.get(key)
        if cached is not None:
            return cached

        def line_count(candidate: CaptionView) -> int:
            document = QTextDocument()
            document.setDocumentMargin(0)
            document.setDefaultFont(font(size))
            document.setHtml(self._caption_rich(candidate, "#000", "", prefix_html))
            document.setTextWidth(width)
            document.size()  # lays the text out
            lines, block = 0, document.begin()
            while block.isValid():
                lines += block.layout().lineCount()
                block = block.next()
            return lines

        fitted = view
        if line_count(view) > rule.max_lines:
            shown = view.shown
            ends = [i for i in range(1, len(shown)) if shown[i] in " \n" and shown[i - 1] != " "]
            low, high = 0, len(ends) - 1
            best = CaptionView(shown[: ends[0]] if ends else shown, truncated=True)
            while low <= high:
                middle = (low + high) // 2
                candidate = CaptionView(shown[: ends[middle]].rstrip(), truncated=True)
                if line_count(candidate) <= rule.max_lines:
                    best, low = candidate, middle + 1
                else:
                    high = middle - 1
            fitted = best
        if len(self._fit_cache) > 32:
            self._fit_cache.clear()
        self._fit_cache[key] = fitted
        return fitted

    def _when(self) -> str:
        planned = self.content.planned_at
        if planned is None:
            return self.tr("Just now")
        return self.locale().toString(planned.date(), "d MMMM yyyy")

    # Instagram -------------------------------------------------------------------------------

    def _instagram_feed(self, canvas: Canvas) -> float:
        w = canvas.width
        self._fill(canvas, QRectF(0, 0, w, 4000), "white")
        self._avatar_at(canvas, 12, 12, 32, ring="#d62976")
        header = self.handle
        if self.content.collaborators:
            header += " " + self.tr("and") + " " + self.content.collaborators[0].lstrip("@")
        canvas.text(header, 54, 18, font(14, bold=True), "#000000", w - 54 - 40)
        dots(canvas, w - 26, 28, "#000000")
        y = 56.0
        photo_h = w / self._photo_ratio(1.0)
        self._photo(canvas, QRectF(0, y, w, photo_h))
        y += photo_h + 10
        heart(canvas, 14, y, 24, "#000000")
        bubble(canvas, 52, y, 24, "#000000")
        plane(canvas, 90, y, 24, "#000000")
        bookmark(canvas, w - 36, y, 24, "#000000")
        y += 36
        prefix = f"<b>{html.escape(self.handle)}</b> "
        y += self._caption(canvas, 12, y, w - 24, 14, "#000000", prefix_html=prefix)
        y += 6
        y += canvas.text(self._when(), 12, y, font(11), _GREY[Platform.INSTAGRAM], w - 24)
        return y + 12

    # Facebook --------------------------------------------------------------------------------

    def _facebook_feed(self, canvas: Canvas) -> float:
        w = canvas.width
        self._fill(canvas, QRectF(0, 0, w, 4000), "white")
        self._avatar_at(canvas, 12, 12, 40)
        canvas.text(self.display_name, 62, 13, font(15, bold=True), "#050505", w - 62 - 36)
        canvas.text(self._when() + " · 🌐", 62, 34, font(12), _GREY[Platform.FACEBOOK], w - 100)
        dots(canvas, w - 26, 26, "#65676b")
        y = 64.0
        y += self._caption(canvas, 12, y, w - 24, 15, "#050505", more_colour="#65676b")
        y += 10
        if not self._image.isNull():
            photo_h = w / self._photo_ratio(1.0)
            self._photo(canvas, QRectF(0, y, w, photo_h))
            y += photo_h
        else:
            link = next(
                (s for s in link_spans(self.text(), Platform.FACEBOOK) if s.kind is LinkKind.URL),
                None,
            )
            if link is not None:
                y = self._facebook_link_card(canvas, y, self.text()[link.start : link.end])
        self._fill(canvas, QRectF(12, y + 8, w - 24, 1), "#ced0d4")
        y += 9
        labels = (self.tr("Like"), self.tr("Comment"), self.tr("Share"))
        third = (w - 24) / 3
        for index, label in enumerate(labels):
            canvas.text(
                label,
                12 + index * third,
                y + 8,
                font(13, bold=True),
                "#65676b",
                third,
                Qt.AlignmentFlag.AlignHCenter,
            )
        return y + 40

    def _facebook_link_card(self, canvas: Canvas, y: float, url: str) -> float:
        w = canvas.width
        picture_h = w / LINK_CARD_RATIO
        self._fill(canvas, QRectF(0, y, w, picture_h), "#e4e6eb")
        canvas.text(
            self.tr("Picture of the linked page"),
            0,
            y + picture_h / 2 - 8,
            font(12),
            "#8a8d91",
            w,
            Qt.AlignmentFlag.AlignHCenter,
        )
        y += picture_h
        self._fill(canvas, QRectF(0, y, w, 58), "#f0f2f5")
        domain = url.split("://", 1)[-1].split("/", 1)[0].upper()
        canvas.text(domain, 12, y + 8, font(12), "#65676b", w - 24)
        canvas.text(
            self.content.title or domain, 12, y + 28, font(15, bold=True), "#050505", w - 24
        )
        return y + 58

    # X and Threads ---------------------------------------------------------------------------

    def _x_or_threads(self, canvas: Canvas) -> float:
        w = canvas.width
        is_x = self.platform is Platform.X
        grey = _GREY[self.platform]
        self._fill(canvas, QRectF(0, 0, w, 4000), "white")
        avatar = 40 if is_x else 36
        self._avatar_at(canvas, 12, 12, avatar)
        left = 12 + avatar + 10
        width = w - left - 12
        if is_x:
            name_font, plain = font(15, bold=True), font(15)
            when = " · " + self.tr("1m")
            room = width - QFontMetricsF(plain).horizontalAdvance(when) - 4
            name_w = min(
                QFontMetricsF(name_font).horizontalAdvance(self.display_name) + 2, room * 0.6
            )
            canvas.text(self.display_name, left, 12, name_font, "#0f1419", name_w)
            handle = QFontMetricsF(plain).elidedText(
                "@" + self.handle, Qt.TextElideMode.ElideRight, room - name_w - 4
            )
            canvas.text(handle + when, left + name_w + 4, 12, plain, grey, width - name_w - 4)
        else:
            handle_font = font(15, bold=True)
            handle_w = min(
                QFontMetricsF(handle_font).horizontalAdvance(self.handle) + 2, width * 0.75
            )
            canvas.text(self.handle, left, 12, handle_font, "#000000", handle_w)
            canvas.text(self.tr("1m"), left + handle_w + 6, 12, font(15), grey)
        y = 36.0
        y += self._caption(canvas, left, y, width, 15, "#0f1419" if is_x else "#000000")
        if not self._image.isNull():
            y += 10
            ratio = self._photo_ratio(16 / 9)
            photo_w = width if is_x or ratio >= 1 else width * 0.8
            photo_h = photo_w / ratio
            self._photo(canvas, QRectF(left, y, photo_w, photo_h), radius=14 if is_x else 8)
            y += photo_h
        y += 12
        icons = (bubble, repost, heart, bars, share) if is_x else (heart, bubble, repost, plane)
        step = width / len(icons) if is_x else 40
        for index, icon in enumerate(icons):
            icon(canvas, left + index * step, y, 18, grey if is_x else "#000000")
        return y + 32

    # YouTube ---------------------------------------------------------------------------------

    def _youtube_video(self, canvas: Canvas) -> float:
        w = canvas.width
        self._fill(canvas, QRectF(0, 0, w, 4000), "white")
        thumb_h = w * 9 / 16
        if self._image.isNull():
            self._fill(canvas, QRectF(0, 0, w, thumb_h), "#0f0f0f")
        self._photo(canvas, QRectF(0, 0, w, thumb_h))
        y = thumb_h + 12
        title = self.content.title or self.text().split("\n", 1)[0]
        y += canvas.lines(title[:100], 12, y, w - 24, font(17, bold=True), "#0f0f0f", 2)
        y += 10
        self._avatar_at(canvas, 12, y, 32)
        canvas.text(self.display_name, 52, y + 6, font(14, bold=True), "#0f0f0f", w - 52 - 104)
        if canvas.p is not None:
            pill = QRectF(w - 100, y + 1, 88, 30)
            canvas.p.setPen(Qt.PenStyle.NoPen)
            canvas.p.setBrush(QColor("#0f0f0f"))
            canvas.p.drawRoundedRect(pill, 15, 15)
        canvas.text(
            self.tr("Subscribe"),
            w - 100,
            y + 7,
            font(13, bold=True),
            "white",
            88,
            Qt.AlignmentFlag.AlignHCenter,
        )
        y += 44
        box_top = y
        inner = 10.0
        meta = self.tr("0 views · {date}").format(date=self._when())
        meta_font = font(13, bold=True)
        meta_h = QFontMetricsF(meta_font).height()
        text_x, text_w = 12 + inner, w - 24 - 2 * inner
        description_h = self._caption(Canvas(None, w), text_x, 0, text_w, 13, "#0f0f0f")
        box_h = inner + meta_h + 2 + description_h + inner
        if canvas.p is not None:
            canvas.p.setPen(Qt.PenStyle.NoPen)
            canvas.p.setBrush(QColor("#f2f2f2"))
            canvas.p.drawRoundedRect(QRectF(12, box_top, w - 24, box_h), 12, 12)
        canvas.text(meta, text_x, box_top + inner, meta_font, "#0f0f0f", text_w)
        self._caption(
            canvas,
            text_x,
            box_top + inner + meta_h + 2,
            text_w,
            13,
            "#0f0f0f",
            more_colour="#0f0f0f",
        )
        return box_top + box_h + 14

    # Full screen: Reels, Stories, TikTok, Shorts ---------------------------------------------

    def _full_screen(self, canvas: Canvas) -> float:
        w = canvas.width
        h = w * 16 / 9
        p = canvas.p
        if p is None:
            return h
        screen = QRectF(0, 0, w, h)
        p.fillRect(screen, QColor("#000000"))
        placed = self.photo_placement()
        if placed is None:
            p.setPen(QColor("#9e9e9e"))
            p.setFont(font(14))
            p.drawText(
                screen.adjusted(30, 0, -30, 0),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No photo or video yet"),
            )
        elif placed.letterboxed:
            # The photo whole across the width, on a dimmed copy of itself (as Stories do).
            box = crop_box(self._image.width(), self._image.height(), FULL_SCREEN_RATIO)
            p.drawImage(screen, self._image, QRectF(box.left, box.top, box.width, box.height))
            p.fillRect(screen, QColor(0, 0, 0, 150))
            photo_h = w * self._image.height() / self._image.width()
            p.drawImage(QRectF(0, (h - photo_h) / 2, w, photo_h), self._image)
        else:
            box = placed.crop
            p.drawImage(screen, self._image, QRectF(box.left, box.top, box.width, box.height))
        self._shade_bands(canvas, h)
        if self.surface is Surface.STORY:
            self._story_overlay(canvas, h)
        elif self.platform is Platform.TIKTOK:
            self._tiktok_overlay(canvas, h)
        elif self.surface is Surface.SHORTS:
            self._shorts_overlay(canvas, h)
        else:
            self._reels_overlay(canvas, h)
        return h

    def _shade_bands(self, canvas: Canvas, h: float) -> None:
        """Darken what the platform covers and dash the edge of the free area."""
        bands = ui_bands(self.platform, self.surface)
        p = canvas.p
        if bands is None or p is None:
            return
        w = canvas.width
        top, bottom, right = bands.top * h, bands.bottom * h, bands.right * w
        p.fillRect(QRectF(0, 0, w, top), _BAND_SHADE)
        p.fillRect(QRectF(0, h - bottom, w, bottom), _BAND_SHADE)
        if right:
            p.fillRect(QRectF(w - right, top, right, h - top - bottom), _BAND_SHADE)
        pen = QPen(QColor(255, 255, 255, 170), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(0.5, top, w - right - 1, h - top - bottom))

    def _bottom_caption(self, canvas: Canvas, h: float, above: float) -> float:
        """White caption text from the bottom band up; returns where it starts."""
        bands = ui_bands(self.platform, self.surface)
        right = (bands.right if bands else 0.16) * canvas.width
        width = canvas.width - right - 24
        measure = Canvas(None, canvas.width)
        height = self._caption(measure, 12, 0, width, 13, "#ffffff", more_colour="#ffffff")
        top = h - above - height
        self._caption(canvas, 12, top, width, 13, "#ffffff", more_colour="#ffffff")
        return top

    def _right_column(self, canvas: Canvas, h: float, icons: tuple, with_avatar: bool) -> None:
        w = canvas.width
        x = w - 42
        y = h * 0.50
        if with_avatar:
            self._avatar_at(canvas, x - 2, y - 52, 40)
        for icon in icons:
            icon(canvas, x + 4, y, 28, "#ffffff")
            canvas.text(
                "0",
                x - 6,
                y + 30,
                font(11, bold=True),
                "#ffffff",
                48,
                Qt.AlignmentFlag.AlignHCenter,
            )
            y += 58

    def _tiktok_overlay(self, canvas: Canvas, h: float) -> None:
        w = canvas.width
        tabs = f"{self.tr('Following')}   |   {self.tr('For You')}"
        canvas.text(
            tabs, 0, h * 0.035, font(15, bold=True), "#ffffff", w, Qt.AlignmentFlag.AlignHCenter
        )
        self._right_column(canvas, h, (heart, bubble, bookmark, share), with_avatar=True)
        sound = "♫ " + self.tr("original sound - {handle}").format(handle=self.handle)
        canvas.text(sound, 12, h - 30, font(12), "#ffffff", w * 0.7)
        top = self._bottom_caption(canvas, h, 36)
        canvas.text(self.handle, 12, top - 24, font(15, bold=True), "#ffffff", w * 0.7)

    def _reels_overlay(self, canvas: Canvas, h: float) -> None:
        w = canvas.width
        canvas.text(self.tr("Reels"), 14, h * 0.03, font(20, bold=True), "#ffffff")
        self._right_column(canvas, h, (heart, bubble, plane), with_avatar=False)
        dots(canvas, w - 28, h * 0.50 + 3 * 58 + 10, "#ffffff")
        audio = "♫ " + self.tr("{handle} · Original audio").format(handle=self.handle)
        canvas.text(audio, 12, h - 30, font(12), "#ffffff", w * 0.7)
        top = self._bottom_caption(canvas, h, 36)
        self._avatar_at(canvas, 12, top - 38, 30)
        canvas.text(self.handle, 50, top - 32, font(14, bold=True), "#ffffff", w * 0.45)
        follow_x = (
            50
            + min(QFontMetricsF(font(14, bold=True)).horizontalAdvance(self.handle), w * 0.45)
            + 10
        )
        if canvas.p is not None:
            canvas.p.setPen(QPen(QColor("#ffffff"), 1))
            canvas.p.setBrush(Qt.BrushStyle.NoBrush)
            canvas.p.drawRoundedRect(QRectF(follow_x, top - 35, 58, 26), 8, 8)
        canvas.text(
            self.tr("Follow"),
            follow_x,
            top - 31,
            font(12, bold=True),
            "#ffffff",
            58,
            Qt.AlignmentFlag.AlignHCenter,
        )

    def _shorts_overlay(self, canvas: Canvas, h: float) -> None:
        w = canvas.width
        self._right_column(canvas, h, (thumb, bubble, share), with_avatar=False)
        title = self.content.title or self.text().split("\n", 1)[0]
        title_font = font(14, bold=True)
        title_h = QFontMetricsF(title_font).height() * 2
        y = h - 24 - title_h
        canvas.lines(title[:100], 12, y, w * 0.78, title_font, "#ffffff", 2)
        y -= 40
        self._avatar_at(canvas, 12, y, 30)
        canvas.text("@" + self.handle, 50, y + 6, font(13, bold=True), "#ffffff", w * 0.42)
        if canvas.p is not None:
            canvas.p.setPen(Qt.PenStyle.NoPen)
            canvas.p.setBrush(QColor("#ffffff"))
            canvas.p.drawRoundedRect(QRectF(w * 0.56, y + 1, 96, 28), 14, 14)
        canvas.text(
            self.tr("Subscribe"),
            w * 0.56,
            y + 6,
            font(12, bold=True),
            "#0f0f0f",
            96,
            Qt.AlignmentFlag.AlignHCenter,
        )

    def _story_overlay(self, canvas: Canvas, h: float) -> None:
        w = canvas.width
        p = canvas.p
        if p is None:
            return
        p.fillRect(QRectF(8, 8, w - 16, 2.5), QColor(255, 255, 255, 230))
        self._avatar_at(canvas, 12, 20, 32)
        name = self.handle if self.platform is Platform.INSTAGRAM else self.display_name
        canvas.text(name, 52, 26, font(13, bold=True), "#ffffff", w - 52 - 90)
        canvas.text("✕", w - 34, 24, font(18), "#ffffff")
        dots(canvas, w - 60, 36, "#ffffff")
        reply = (
            self.tr("Send message") if self.platform is Platform.INSTAGRAM else self.tr("Reply…")
        )
        field = QRectF(12, h - 52, w - 100, 38)
        p.setPen(QPen(QColor(255, 255, 255, 220), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(field, 19, 19)
        canvas.text(reply, 28, h - 43, font(13), "#ffffff", w - 140)
        heart(canvas, w - 80, h - 45, 24, "#ffffff")
        plane(canvas, w - 42, h - 45, 24, "#ffffff")
