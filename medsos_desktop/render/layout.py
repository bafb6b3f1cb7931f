"""Text fitting: wrap by words, shrink from the largest size that fits, ellipsize last.

Sizes are searched by bisection (the number of lines only grows as the size grows),
and every width is measured with the real font through a `Measurer`, whose results
are cached, so refitting on each keystroke of a live preview stays cheap. A word
longer than a line is broken by characters only at the minimum size; above it, the
size shrinks instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PIL import ImageFont

ELLIPSIS = "…"
_BREAK_AFTER = "-/._"  # nicer places to break a long word (compounds, URLs)
_CACHE_LIMIT = 50_000


class Measurer(Protocol):
    """Widths and vertical metrics of one text style at any pixel size."""

    def width(self, text: str, size: int) -> float: ...

    def metrics(self, size: int) -> tuple[int, int]:
        """(ascent, descent) in pixels."""
        ...


class FontMeasurer:
    """A Measurer for a single font family, given a function from size to font."""

    def __init__(self, font_at: Callable[[int], ImageFont.FreeTypeFont]) -> None:
        self.font_at = font_at
        self._widths: dict[tuple[str, int], float] = {}

    def width(self, text: str, size: int) -> float:
        key = (text, size)
        value = self._widths.get(key)
        if value is None:
            if len(self._widths) > _CACHE_LIMIT:
                self._widths.clear()
            value = self._widths[key] = self.font_at(size).getlength(text)
        return value

    def metrics(self, size: int) -> tuple[int, int]:
        ascent, descent = self.font_at(size).getmetrics()
        return int(ascent), int(descent)


@dataclass(frozen=True)
class TextFit:
    """Lines to draw at `size`; `truncated` means text was cut (and ellipsized, if allowed)."""

    lines: tuple[str, ...]
    size: int
    line_height: int
    ascent: int
    descent: int
    truncated: bool = False
    shrunk: bool = False

    @property
    def height(self) -> int:
        return block_height(len(self.lines), self.line_height, self.ascent, self.descent)


@dataclass(frozen=True)
class ListFit:
    """Items (each a tuple of lines) at one shared size; `dropped` items did not fit at all."""

    items: tuple[tuple[str, ...], ...]
    size: int
    line_height: int
    ascent: int
    descent: int
    gap: int
    truncated: bool = False
    dropped: int = 0

    def item_height(self, index: int) -> int:
        return block_height(len(self.items[index]), self.line_height, self.ascent, self.descent)

    @property
    def height(self) -> int:
        if not self.items:
            return 0
        heights = sum(self.item_height(i) for i in range(len(self.items)))
        return heights + self.gap * (len(self.items) - 1)


def block_height(lines: int, line_height: int, ascent: int, descent: int) -> int:
    return 0 if lines <= 0 else ascent + descent + (lines - 1) * line_height


def line_height_for(size: int, spacing: float) -> int:
    return max(1, round(size * spacing))


def lines_that_fit(height: int, line_height: int, ascent: int, descent: int) -> int:
    if height < ascent + descent:
        return 0
    return (height - ascent - descent) // line_height + 1


def _break_word(word: str, width: float, size: int, m: Measurer) -> list[str]:
    """Split one over-long word into pieces that each fit, preferring - / . _ as break points."""
    pieces = []
    rest = word
    while rest:
        if m.width(rest, size) <= width:
            pieces.append(rest)
            break
        lo, hi = 1, len(rest) - 1  # longest prefix that fits; at least one character
        best = 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if m.width(rest[:mid], size) <= width:
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        nicer = max((rest.rfind(c, 0, best) for c in _BREAK_AFTER), default=-1) + 1
        cut = nicer if nicer > best // 2 else best
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def _wrap_paragraph(
    words: list[str], width: float, size: int, m: Measurer, *, break_words: bool, exact: bool
) -> list[str] | None:
    """Greedy fill. Fast mode adds cached word widths (words recur at every size tried);
    exact mode measures each candidate line, for the rare line the sum misjudges."""
    space = m.width(" ", size)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in words:
        word_width = m.width(word, size)
        if current:
            if exact:
                fits = m.width(f"{current} {word}", size) <= width
            else:
                fits = current_width + space + word_width <= width
            if fits:
                current, current_width = f"{current} {word}", current_width + space + word_width
                continue
            lines.append(current)
        if word_width <= width:
            current, current_width = word, word_width
            continue
        if not break_words:
            return None
        *full, current = _break_word(word, width, size, m)
        lines.extend(full)
        current_width = m.width(current, size)
    lines.append(current)
    return lines


def _glue_symbols(words: list[str]) -> list[str]:
    """Words with no letter or digit (an emoji, an arrow, a dash) stay with the word before
    them: a line never starts with an emoji that belongs to the sentence above."""
    out: list[str] = []
    for word in words:
        if out and not any(ch.isalnum() for ch in word):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _rebalance_last(lines: list[str], width: float, size: int, m: Measurer) -> list[str]:
    """No one-word last line: the last word of the line above moves down to keep it
    company (with its emoji, if any), when the line above keeps a word itself."""
    if len(lines) < 2:
        return lines
    last, above = lines[-1], lines[-2]
    if not last or any(ch.isalnum() for ch in " ".join(_glue_symbols(last.split())[1:])):
        return lines  # the last line has more than one word already
    parts = above.split(" ")
    cut = len(parts) - 1
    while cut > 0 and not any(ch.isalnum() for ch in parts[cut]):
        cut -= 1  # an emoji moves down with its word
    if cut < 1:
        return lines
    head, moved = " ".join(parts[:cut]), " ".join(parts[cut:])
    joined = f"{moved} {last}"
    if m.width(joined, size) > width:
        return lines
    return [*lines[:-2], head, joined]


def wrap(text: str, width: float, size: int, m: Measurer, *, break_words: bool) -> list[str] | None:
    """Greedy word wrap; None when a word is wider than the line and may not be broken.
    Emoji stay with the word before them, and a last line never holds a lone word when
    the line above can lend it one."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = _glue_symbols(paragraph.split())
        if not words:
            lines.append("")
            continue
        wrapped = _wrap_paragraph(words, width, size, m, break_words=break_words, exact=False)
        if wrapped is not None and any(m.width(line, size) > width for line in wrapped):
            wrapped = _wrap_paragraph(words, width, size, m, break_words=break_words, exact=True)
        if wrapped is None:
            return None
        lines.extend(_rebalance_last(wrapped, width, size, m))
    # Blank lines at the very start or end only waste space.
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def balanced(text: str, width: float, size: int, m: Measurer) -> list[str]:
    """`text` wrapped into as few lines as at `width`, but with lines of even length
    (a heading of two to four lines does not end on a stub): the narrowest width that
    keeps the number of lines is found by bisection."""
    lines = wrap(text, width, size, m, break_words=False) or []
    if not 2 <= len(lines) <= 4 or "\n" in text.strip():
        return lines
    lo, hi = width / 2, width
    best = lines
    stub_ok = len(lines[-1].split()) < 2
    for _ in range(8):
        mid = (lo + hi) / 2
        trial = wrap(text, mid, size, m, break_words=False)
        if (
            trial is not None
            and len(trial) == len(lines)
            and (stub_ok or len(trial[-1].split()) >= 2)
        ):
            best, hi = trial, mid
        else:
            lo = mid  # too narrow: more lines, or a lone word at the end
    return best


def ellipsize(line: str, width: float, size: int, m: Measurer) -> str:
    """`line` cut back (by words, else characters) until it fits with a trailing ellipsis."""
    tail = line.rstrip()
    while tail and m.width(tail + ELLIPSIS, size) > width:
        cut = tail.rfind(" ")
        tail = tail[:cut] if cut > 0 and len(tail) - cut < 20 else tail[:-1]
        tail = tail.rstrip()
    tail = tail.rstrip(" ,.;:-–—")
    if m.width(tail + ELLIPSIS, size) > width:
        return ""
    return tail + ELLIPSIS


def _largest_fitting(lo: int, hi: int, fits: Callable[[int], bool]) -> int | None:
    if fits(hi):
        return hi
    best = None
    hi -= 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if fits(mid):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    return best


def fit_text(
    text: str,
    width: int,
    height: int,
    m: Measurer,
    *,
    max_size: int,
    min_size: int,
    max_lines: int,
    line_spacing: float = 1.2,
    ellipsis: bool = True,
) -> TextFit:
    """The largest size between min and max at which `text` fits the box, else a cut text."""
    min_size = max(1, min(min_size, max_size))
    text = text.strip()

    def metrics(size: int) -> tuple[int, int, int]:
        ascent, descent = m.metrics(size)
        return line_height_for(size, line_spacing), ascent, descent

    if not text or width <= 0 or height <= 0:
        lh, asc, desc = metrics(max_size)
        return TextFit((), max_size, lh, asc, desc, truncated=bool(text))

    def fits(size: int) -> bool:
        lines = wrap(text, width, size, m, break_words=False)
        if lines is None or len(lines) > max_lines:
            return False
        lh, asc, desc = metrics(size)
        return block_height(len(lines), lh, asc, desc) <= height

    size = _largest_fitting(min_size, max_size, fits)
    if size is not None:
        lh, asc, desc = metrics(size)
        lines = balanced(text, width, size, m)
        return TextFit(tuple(lines), size, lh, asc, desc, shrunk=size < max_size)

    size = min_size
    lh, asc, desc = metrics(size)
    lines = wrap(text, width, size, m, break_words=True) or []
    allowed = min(max_lines, lines_that_fit(height, lh, asc, desc))
    if len(lines) <= allowed:
        return TextFit(tuple(lines), size, lh, asc, desc, shrunk=size < max_size)
    kept = lines[:allowed]
    if kept and ellipsis:
        kept[-1] = ellipsize(kept[-1], width, size, m)
    return TextFit(tuple(kept), size, lh, asc, desc, truncated=True, shrunk=True)


def fit_list(
    items: list[str],
    width: int,
    height: int,
    m: Measurer,
    *,
    indent: Callable[[int], int],
    max_size: int,
    min_size: int,
    max_lines_per_item: int,
    line_spacing: float = 1.2,
    item_gap: float = 0.6,
) -> ListFit:
    """Items at the largest shared size that fits; at the minimum size, cut what does not."""
    min_size = max(1, min(min_size, max_size))
    items = [" ".join(item.split()) for item in items]
    items = [item for item in items if item]

    def metrics(size: int) -> tuple[int, int, int, int]:
        ascent, descent = m.metrics(size)
        return line_height_for(size, line_spacing), ascent, descent, round(size * item_gap)

    def layout(size: int, *, cut: bool) -> tuple[list[list[str]], bool] | None:
        text_width = width - indent(size)
        if text_width <= 0:
            return None
        lh, asc, desc, gap = metrics(size)
        out: list[list[str]] = []
        truncated = False
        for item in items:
            lines = wrap(item, text_width, size, m, break_words=cut)
            if lines is None:
                return None
            if len(lines) > max_lines_per_item:
                if not cut:
                    return None
                lines = lines[:max_lines_per_item]
                lines[-1] = ellipsize(lines[-1], text_width, size, m)
                truncated = True
            out.append(lines)
        total = sum(block_height(len(lines), lh, asc, desc) for lines in out)
        total += gap * (len(out) - 1)
        if total > height and not cut:
            return None
        return out, truncated

    if not items or width <= 0 or height <= 0:
        lh, asc, desc, gap = metrics(max_size)
        return ListFit((), max_size, lh, asc, desc, gap, truncated=bool(items), dropped=len(items))

    size = _largest_fitting(min_size, max_size, lambda s: layout(s, cut=False) is not None)
    if size is not None:
        laid = layout(size, cut=False)
        assert laid is not None
        lh, asc, desc, gap = metrics(size)
        return ListFit(tuple(tuple(i) for i in laid[0]), size, lh, asc, desc, gap)

    size = min_size
    lh, asc, desc, gap = metrics(size)
    laid = layout(size, cut=True)
    if laid is None:  # the indent alone is wider than the box
        return ListFit((), size, lh, asc, desc, gap, truncated=True, dropped=len(items))
    all_items, truncated = laid
    kept: list[tuple[str, ...]] = []
    used = 0
    for lines in all_items:
        add_gap = gap if kept else 0
        room = height - used - add_gap
        need = block_height(len(lines), lh, asc, desc)
        if need <= room:
            kept.append(tuple(lines))
            used += need + add_gap
            continue
        fit_lines = lines_that_fit(room, lh, asc, desc)
        if fit_lines > 0:
            part = lines[:fit_lines]
            part[-1] = ellipsize(part[-1], width - indent(size), size, m)
            kept.append(tuple(part))
        truncated = True
        break
    dropped = len(all_items) - len(kept)
    return ListFit(
        tuple(kept), size, lh, asc, desc, gap, truncated=truncated or dropped > 0, dropped=dropped
    )
