"""Drive the real app on a real X display as a person would: xdotool input, root-window shots.

The app runs as a child process with MEDSOS_UI_PROBE set (ui/common/ui_probe.py), so it
tells where its widgets are; every click and key press still goes through the X server and the
window manager. Nothing here calls the app's methods.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / ".venv" / "bin" / "medsos-desktop"
TOOLS = ("xdotool", "import")

T = TypeVar("T")


class WalkError(AssertionError):
    """A step did not reach its condition in time; the message says what was on screen."""


def plain(text: str) -> str:
    """A label as a person reads it: mnemonic '&' removed, whitespace collapsed."""
    text = re.sub(r"&(.)", r"\1", text or "")
    return " ".join(text.split())


@dataclass(frozen=True)
class Widget:
    window: str
    name: str
    cls: str
    rect: tuple[int, int, int, int]
    shown: tuple[int, int, int, int] = (0, 0, 0, 0)
    enabled: bool = True
    focus: bool = False
    text: str = ""
    placeholder: str = ""
    checked: bool | None = None
    image: int | None = None  # a label's picture: another number once it is drawn again

    @property
    def center(self) -> tuple[int, int]:
        """The middle of the part a person can see (a scroll area may clip the rest)."""
        x, y, w, h = self.shown if self.visible else self.rect
        return x + w // 2, y + h // 2

    @property
    def visible(self) -> bool:
        return self.shown[2] > 0 and self.shown[3] > 0

    @property
    def label(self) -> str:
        return plain(self.text)


@dataclass
class Snapshot:
    screen: tuple[int, int, int, int]
    windows: list[dict]
    widgets: list[Widget] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict) -> Snapshot:
        widgets = [
            Widget(
                window=w["window"],
                name=w["name"],
                cls=w["cls"],
                rect=tuple(w["rect"]),
                shown=tuple(w.get("shown", (0, 0, 0, 0))),
                enabled=w.get("enabled", True),
                focus=w.get("focus", False),
                text=w.get("text", ""),
                placeholder=w.get("placeholder", ""),
                checked=w.get("checked"),
                image=w.get("image"),
            )
            for w in data["widgets"]
        ]
        return cls(tuple(data["screen"]), data["windows"], widgets)

    def titles(self) -> list[str]:
        return [w["title"] for w in self.windows]

    def window(
        self, title: str | None = None, *, name: str | None = None, cls: str | None = None
    ) -> dict | None:
        """A visible top-level window by its title, object name or class."""
        return next(
            (
                w
                for w in self.windows
                if (title is None or w["title"] == title)
                and (name is None or w["name"] == name)
                and (cls is None or w["cls"] == cls)
            ),
            None,
        )

    def find(
        self,
        text: str | Sequence[str] | None = None,
        *,
        name: str | None = None,
        cls: str | None = None,
        window: str | None = None,
        placeholder: str | None = None,
        contains: str | None = None,
        enabled: bool | None = None,
        match: Callable[[Widget], bool] | None = None,
    ) -> list[Widget]:
        """Widgets matching every criterion given; texts are compared as a person reads them."""
        found = []
        # Several texts: any of them (a label in Indonesian, or its English source while
        # its translation is still missing).
        texts = (
            None
            if text is None
            else {plain(t) for t in ([text] if isinstance(text, str) else text)}
        )
        for w in self.widgets:
            if texts is not None and w.label not in texts:
                continue
            if contains is not None and plain(contains).lower() not in w.label.lower():
                continue
            if name is not None and w.name != name:
                continue
            if cls is not None and w.cls != cls:
                continue
            if window is not None and w.window != window:
                continue
            if placeholder is not None and plain(placeholder) not in plain(w.placeholder):
                continue
            if enabled is not None and w.enabled != enabled:
                continue
            if match is not None and not match(w):
                continue
            if w.rect[2] <= 0 or w.rect[3] <= 0:
                continue
            found.append(w)
        return found

    def one(self, text: str | Sequence[str] | None = None, **criteria: object) -> Widget | None:
        found = self.find(text, **criteria)  # type: ignore[arg-type]
        return found[0] if found else None

    def texts(self, window: str | None = None) -> list[str]:
        return [w.label for w in self.widgets if w.label and window in (None, w.window)]

    def on_screen(self, widget: Widget) -> bool:
        """Shown (not clipped away) and inside the screen."""
        if not widget.visible:
            return False
        x, y, w, h = widget.shown
        sx, sy, sw, sh = self.screen
        return x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh


class Desktop:
    """One X display: input through xdotool, screenshots of the root window."""

    def __init__(self, display: str, shots: Path) -> None:
        self.display = display
        self.shots = shots
        self.env = {**os.environ, "DISPLAY": display}
        self._count = 0

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0 and "search" not in args:
            raise WalkError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def size(self) -> tuple[int, int]:
        width, height = self.xdotool("getdisplaygeometry").split()
        return int(width), int(height)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        # One line at a time: a newline goes as a Return key press.
        lines = text.split("\n")
        for number, line in enumerate(lines):
            if line:
                self.xdotool("type", "--clearmodifiers", "--delay", "6", "--", line, timeout=120)
            if number < len(lines) - 1:
                self.key("Return")

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.xdotool("mousemove", str(x), str(y), "click", str(button))

    def double_click(self, x: int, y: int) -> None:
        self.xdotool("mousemove", str(x), str(y), "click", "--repeat", "2", "1")

    def window_ids(self, title: str) -> list[str]:
        """X windows whose whole name is `title`, visible ones only."""
        pattern = "^" + re.escape(title) + "$"
        out = self.xdotool("search", "--onlyvisible", "--name", pattern)
        return out.split()

    def activate(self, title: str, timeout: float = 20) -> str:
        """Wait for a window by its exact title, then raise and focus it through the WM."""
        ids = wait_until(lambda: self.window_ids(title) or None, timeout, f"window {title!r}")
        self.xdotool("windowactivate", "--sync", ids[-1])
        return ids[-1]

    def shot(self, name: str) -> Path:
        """The whole screen as a person sees it, numbered in the order of the walk."""
        self._count += 1
        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{self._count:02d}-{name}.png"
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env, check=True, timeout=30
        )
        return path


def wait_until(
    condition: Callable[[], T | None], timeout: float, what: str, every: float = 0.1
) -> T:
    """Poll `condition` until it returns something truthy; fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise WalkError(f"timed out after {timeout:.0f} s waiting for {what} (last: {value!r})")
        time.sleep(every)


class App:
    """The real `medsos-desktop` as a child process on the desktop, with its probe."""

    def __init__(
        self,
        desktop: Desktop,
        args: list[str],
        workdir: Path,
        env: dict[str, str] | None = None,
        label: str = "app",
    ) -> None:
        self.desktop = desktop
        self.probe_file = workdir / f"{label}-probe.json"
        self.request_file = workdir / f"{label}-probe.json.request"
        self.log_file = workdir / f"{label}.log"
        child_env = {**desktop.env, **(env or {}), "MEDSOS_UI_PROBE": str(self.probe_file)}
        child_env.pop("QT_QPA_PLATFORM", None)  # the real X display, not offscreen
        self._log = self.log_file.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [str(APP), *args], env=child_env, stdout=self._log, stderr=subprocess.STDOUT
        )
        self._token = 0
        self.last: Snapshot | None = None

    # -- what is on screen ------------------------------------------------------------

    def probe(self, timeout: float = 15) -> Snapshot:
        """Ask the running app where its widgets are (answered from its event loop)."""
        self._token += 1
        token = f"{os.getpid()}-{self._token}"
        partial = self.request_file.with_name(self.request_file.name + ".partial")
        partial.write_text(token, encoding="utf-8")
        partial.replace(self.request_file)  # never read half-written

        def answered() -> Snapshot | None:
            if self.process.poll() is not None:
                raise WalkError(f"the app exited with {self.process.returncode}\n{self.log()}")
            try:
                data = json.loads(self.probe_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
            if data.get("token") != token:
                return None
            if "error" in data:
                raise WalkError(f"the app's probe failed: {data['error']}")
            return Snapshot.from_json(data)

        self.last = wait_until(answered, timeout, "the app's probe to answer", every=0.05)
        return self.last

    def wait(self, condition: Callable[[Snapshot], T | None], what: str, timeout: float = 20) -> T:
        """Probe until `condition(snapshot)` holds; on failure say what was shown instead."""
        try:
            return wait_until(lambda: condition(self.probe()), timeout, what, every=0.15)
        except WalkError as exc:
            shown = self.last
            detail = ""
            if shown is not None:
                detail = f"\nwindows: {shown.titles()}\ntexts: {shown.texts()[:80]}"
            path = self.desktop.shot("FAILED")
            raise WalkError(f"{exc}{detail}\nscreen: {path}\nlog:\n{self.log()}") from None

    def wait_for(self, text: str | None = None, timeout: float = 20, **criteria: object) -> Widget:
        """The first visible widget matching; fails when none appears in time."""
        what = f"widget {_describe(text, criteria)}"
        return self.wait(lambda s: s.one(text, **criteria), what, timeout)

    def wait_window(
        self,
        title: str | None = None,
        *,
        name: str | None = None,
        cls: str | None = None,
        timeout: float = 20,
    ) -> dict:
        what = f"window {title or name or cls!r}"
        return self.wait(lambda s: s.window(title, name=name, cls=cls), what, timeout)

    def wait_gone(
        self, title: str | None = None, *, name: str | None = None, timeout: float = 20
    ) -> None:
        what = f"window {title or name!r} to close"
        self.wait(lambda s: s.window(title, name=name) is None, what, timeout)

    # -- input ---------------------------------------------------------------------------

    def click(
        self,
        text: str | Sequence[str] | None = None,
        timeout: float = 20,
        *,
        double: bool = False,
        **criteria: object,
    ) -> Widget:
        """Wait for an enabled widget, scroll it into view if a scroll area hides it, then
        click its centre with the mouse."""
        criteria.setdefault("enabled", True)
        self.wait(lambda s: s.one(text, **criteria), f"{_describe(text, criteria)}", timeout)
        widget = self.reveal(text, **criteria)
        if double:
            self.desktop.double_click(*widget.center)
        else:
            self.desktop.click(*widget.center)
        return widget

    def reveal(self, text: str | Sequence[str] | None = None, **criteria: object) -> Widget:
        """Scroll with the mouse wheel until the widget is in view, as a person scrolls a long
        form: over the nearest vertical scroll bar to its right first, then over the next one
        out (a list inside a scrolled page) once the nearest one moves it no further."""
        what = _describe(text, criteria)
        settling = 20  # a menu or a dialog may still be opening: its parts grow for a moment
        stuck: set[tuple[int, int]] = set()  # scroll bars (by position) that reached their end
        last: tuple[int, int, int, int] | None = None
        bar_used: tuple[int, int] | None = None
        for _ in range(120):
            snapshot = self.probe()
            widget = snapshot.one(text, **criteria)  # type: ignore[arg-type]
            if widget is None:
                raise WalkError(f"nothing to scroll to: {what}")
            if snapshot.on_screen(widget) and _mostly_shown(widget):
                return widget
            x, y, w, h = widget.rect
            if last is not None and widget.rect == last and bar_used is not None:
                stuck.add(bar_used)
            last = widget.rect
            bars = [
                bar
                for bar in snapshot.find(cls="QScrollBar", window=widget.window)
                if bar.visible
                and bar.rect[3] > bar.rect[2]
                and bar.rect[0] >= x + w - 2
                and bar.rect[:2] not in stuck
            ]
            if not bars and settling > 0:
                settling -= 1
                stuck.clear()  # a bar may have looked stuck while the app was still busy
                time.sleep(0.1)
                continue
            if not bars:
                path = self.desktop.shot("FAILED")
                raise WalkError(f"{what} is cut off and no scroll bar reaches it ({path})")
            bar = min(bars, key=lambda b: b.rect[0])
            bar_used = bar.rect[:2]
            _, top, _, height = widget.shown if widget.visible else bar.shown
            down = y + h > top + height
            self.desktop.xdotool("mousemove", *map(str, bar.center), "click", "5" if down else "4")
        raise WalkError(f"could not scroll {what} into view")

    def fill(self, value: str, text: str | None = None, **criteria: object) -> Widget:
        """Click into a field, select what is in it and type `value` over it."""
        widget = self.click(text, **criteria)
        self.wait(
            lambda s: any(w.focus and w.name == widget.name for w in s.widgets),
            f"focus in {_describe(text, criteria)}",
        )
        self.desktop.key("ctrl+a", "BackSpace")
        self.desktop.type(value)
        return widget

    def choose(self, item: str, *, partial: bool = False, **combo: object) -> None:
        """Open a combo box with the mouse and click one of its entries (`partial`: the
        entry whose text contains `item`)."""
        self.click(**combo)
        # The popup list is a window of its own, without a title.
        if partial:
            self.click(cls="item", window="", contains=item)
        else:
            self.click(item, cls="item", window="")
        self.wait(lambda s: s.window("") is None, "the list to close")

    def menu(self, menu: str, item: str | Sequence[str]) -> None:
        """A menu of the menu bar, then one of its entries, with the mouse."""
        self.click(menu, cls="menu")
        self.click(item, cls="menuitem")

    def hover(self, text: str | None = None, **criteria: object) -> Widget:
        widget = self.reveal(text, **criteria)
        self.desktop.xdotool("mousemove", *map(str, widget.center))
        return widget

    # -- life ----------------------------------------------------------------------------

    def log(self) -> str:
        self._log.flush()
        return self.log_file.read_text(encoding="utf-8", errors="replace")[-4000:]

    def focus(self, window_name: str) -> None:
        """Raise and focus a window through the window manager (as clicking its title does)."""
        window = self.wait_window(name=window_name)
        self.desktop.activate(window["title"])

    def close(self, window_name: str, timeout: float = 30) -> int:
        """Close the window as a person does (Alt+F4 through the window manager) and wait
        for the process to end; returns its exit code."""
        self.focus(window_name)
        self.desktop.key("alt+F4")
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            path = self.desktop.shot("FAILED")
            raise WalkError(f"the app did not quit after Alt+F4 ({path})\n{self.log()}") from None

    def stop(self, timeout: float = 15) -> int | None:
        """Ask politely (close the windows), then end the process if it lingers."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        self._log.close()
        return self.process.returncode


def _describe(text: object, criteria: dict) -> str:
    parts = [repr(text)] if text else []
    parts += [f"{key}={value!r}" for key, value in criteria.items() if key != "enabled"]
    return ", ".join(parts)


def _mostly_shown(widget: Widget) -> bool:
    """Wholly in view, or (a tall editor or list) enough of it to click and read."""
    if widget.shown == widget.rect:
        return True
    return widget.visible and widget.shown[3] >= min(120, widget.rect[3] * 0.6)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]
