"""Fonts with fallback: a text style draws each character with its own font, Noto Sans
for what that font lacks, then colour emoji. Chains live as long as their font
registry, so glyph classes and measured widths carry over between renders."""

from __future__ import annotations

import weakref

from PIL import ImageFont

from medsos_desktop.render.fonts import EMOJI_SIZE, FontError, FontRegistry, has_glyph, is_invisible

PRIMARY, FALLBACK, EMOJI, MISSING, SKIP = 0, 1, 2, -1, -2
_PROBE = 32


class FontChain:
    """A text style: its font, Noto Sans for what that lacks, then colour emoji."""

    def __init__(self, registry: FontRegistry, ref: str) -> None:
        self.registry = registry
        self.ref = ref
        self.load_blob = registry.load_blob
        self.fallback = registry.fallback_ref(ref)
        self._probe = registry.font(ref, _PROBE)
        try:
            self._fallback_probe: ImageFont.FreeTypeFont | None = registry.font(
                self.fallback, _PROBE
            )
        except FontError:
            self._fallback_probe = None
        self.emoji = registry.emoji_font()
        self._classes: dict[str, int] = {}
        self._runs: dict[str, list[tuple[int, str]]] = {}
        self.measurer = ChainMeasurer(self)

    def _class(self, ch: str) -> int:
        cls = self._classes.get(ch)
        if cls is None:
            if ch == "\n":
                cls = PRIMARY
            elif is_invisible(ch):
                cls = SKIP
            elif has_glyph(self._probe, ch):
                cls = PRIMARY
            elif self._fallback_probe is not None and has_glyph(self._fallback_probe, ch):
                cls = FALLBACK
            elif self.emoji is not None and has_glyph(self.emoji, ch):
                cls = EMOJI
            else:
                cls = MISSING
            self._classes[ch] = cls
        return cls

    def _emoji_has(self, ch: str) -> bool:
        return self.emoji is not None and has_glyph(self.emoji, ch)

    def classes(self, text: str) -> list[int]:
        """Per character: which font draws it; joiners inside emoji sequences stay with them."""
        out = [self._class(ch) for ch in text]
        for i, ch in enumerate(text):
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prev = out[i - 1] if i else SKIP
            if out[i] in (PRIMARY, FALLBACK) and nxt == "\ufe0f" and self._emoji_has(ch):
                out[i] = EMOJI  # ❤️: text presentation unless asked for emoji
            elif ch in "\u200d\ufe0f\u20e3" and prev == EMOJI:
                out[i] = EMOJI
        return out

    def missing(self, text: str) -> set[str]:
        return {ch for ch, cls in zip(text, self.classes(text), strict=True) if cls == MISSING}

    def runs(self, text: str) -> list[tuple[int, str]]:
        cached = self._runs.get(text)
        if cached is not None:
            return cached
        runs: list[tuple[int, str]] = []
        for ch, cls in zip(text, self.classes(text), strict=True):
            if cls < 0:
                continue
            if runs and runs[-1][0] == cls:
                runs[-1] = (cls, runs[-1][1] + ch)
            else:
                runs.append((cls, ch))
        if len(self._runs) > 20_000:
            self._runs.clear()
        self._runs[text] = runs
        return runs

    def font(self, cls: int, size: int) -> ImageFont.FreeTypeFont:
        return self.registry.font(self.ref if cls == PRIMARY else self.fallback, size)


class ChainMeasurer:
    """layout.Measurer over a FontChain, so that fitting counts emoji and fallback glyphs."""

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self._widths: dict[tuple[str, int], float] = {}

    def width(self, text: str, size: int) -> float:
        key = (text, size)
        value = self._widths.get(key)
        if value is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            value = 0.0
            for cls, run in self.chain.runs(text):
                if cls == EMOJI and self.chain.emoji is not None:
                    value += self.chain.emoji.getlength(run) * size / EMOJI_SIZE
                else:
                    value += self.chain.font(cls, size).getlength(run)
            self._widths[key] = value
        return value

    def metrics(self, size: int) -> tuple[int, int]:
        ascent, descent = self.chain.font(PRIMARY, size).getmetrics()
        return int(ascent), int(descent)


# Font chains live as long as their registry, so glyph classes and measured widths carry
# over from one render to the next (a live preview re-renders on every keystroke).
_chains: weakref.WeakKeyDictionary[FontRegistry, dict[str, FontChain]] = weakref.WeakKeyDictionary()


def shared_chain(registry: FontRegistry, ref: str) -> FontChain:
    chains = _chains.setdefault(registry, {})
    chain = chains.get(ref)
    if chain is None or chain.registry.load_blob != chain.load_blob:
        chain = chains[ref] = FontChain(registry, ref)
    return chain
