"""Pure layout rules of the PDF (pagination, wrapping, scales), tested on their own."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

# --- PDF layout helpers (pure) --------------------------------------------------------


def paginate_rows(
    heights: Sequence[float],
    header: float,
    first_space: float,
    page_space: float,
    min_first: int = 3,
    min_last: int = 2,
) -> list[range]:
    """Split table rows into runs that each fit under a (repeated) header on one page.

    The first run fills `first_space` (what is left of the current page); every later run
    has a fresh page of `page_space`. An empty first run means "start on a new page": it is
    chosen when fewer than `min_first` rows (or all of them, if fewer) would fit, so that a
    header is never left alone with a row or two at the foot of a page; and the last page
    of a table carries at least `min_last` rows. A row taller than a page still gets a page
    of its own rather than looping forever.
    """
    runs: list[range] = []
    start, space, first = 0, first_space - header, True
    total = len(heights)
    if total == 0:
        return [range(0, 0)]
    while start < total:
        stop, used = start, 0.0
        while stop < total and used + heights[stop] <= space:
            used += heights[stop]
            stop += 1
        if first and stop - start < min(min_first, total - start):
            runs.append(range(start, start))
            first, space = False, page_space - header
            continue
        if stop == start:
            stop = start + 1  # taller than a page: it overflows, but the document ends
        runs.append(range(start, stop))
        start, first, space = stop, False, page_space - header
    # No orphan: a page never carries a single last row of a table. The run before it
    # gives up rows (it keeps at least two), which always fit on the mostly empty page.
    if len(runs) >= 2 and 0 < len(runs[-1]) < min_last:
        before, last = runs[-2], runs[-1]
        moved = min(min_last - len(last), len(before) - min_last)
        if moved > 0:
            runs[-2] = range(before.start, before.stop - moved)
            runs[-1] = range(last.start - moved, last.stop)
    return runs


Measure = Callable[[str], float]


def _fit_prefix(measure: Measure, text: str, width: float) -> int:
    """Length of the longest prefix of `text` no wider than `width` (at least 1)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def ellipsize(measure: Measure, text: str, width: float, force: bool = False) -> str:
    """`text` cut with "…" to fit `width`; `force` adds the "…" even if it fits."""
    if not force and measure(text) <= width:
        return text
    if measure("…") > width:
        return ""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap_text(measure: Measure, text: str, width: float, max_lines: int) -> list[str]:
    """Words into at most `max_lines` lines of `width`; a word longer than a line is broken,
    and text that does not fit ends in "…"."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while measure(word) > width and len(word) > 1:
            cut = _fit_prefix(measure, word, width)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], ellipsize(measure, lines[max_lines - 1], width, True)]
    return lines or [""]


def nice_scale(maximum: float, integers: bool = True, ticks: int = 5) -> tuple[float, float]:
    """(axis top, step) with a 1-2-2.5-5 step, so gridlines fall on round numbers."""
    if not math.isfinite(maximum) or maximum <= 0:
        return 1.0, 1.0 if integers else 0.2
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = magnitude * 10
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude * ticks >= maximum:
            step = factor * magnitude
            break
    if integers:
        step = max(1.0, float(math.ceil(step)))
    return math.ceil(maximum / step - 1e-9) * step, step
