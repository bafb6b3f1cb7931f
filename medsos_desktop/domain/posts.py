"""What a post is, independent of storage: categories, statuses, the workflow, final captions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP


class Category(StrEnum):
    KEGIATAN = "kegiatan"
    PENGUMUMAN = "pengumuman"
    LAYANAN_PUBLIK = "layanan_publik"
    CAPAIAN_KINERJA = "capaian_kinerja"
    KLARIFIKASI_HOAKS = "klarifikasi_hoaks"
    UCAPAN_HARI_BESAR = "ucapan_hari_besar"
    KOLABORASI = "kolaborasi"
    LAINNYA = "lainnya"


CATEGORY_LABELS: dict[Category, str] = {
    Category.KEGIATAN: QT_TRANSLATE_NOOP("Category", "Activity"),
    Category.PENGUMUMAN: QT_TRANSLATE_NOOP("Category", "Announcement"),
    Category.LAYANAN_PUBLIK: QT_TRANSLATE_NOOP("Category", "Public Service"),
    Category.CAPAIAN_KINERJA: QT_TRANSLATE_NOOP("Category", "Performance Achievement"),
    Category.KLARIFIKASI_HOAKS: QT_TRANSLATE_NOOP("Category", "Hoax Clarification"),
    Category.UCAPAN_HARI_BESAR: QT_TRANSLATE_NOOP("Category", "Holiday Greeting"),
    Category.KOLABORASI: QT_TRANSLATE_NOOP("Category", "Collaboration"),
    Category.LAINNYA: QT_TRANSLATE_NOOP("Category", "Other"),
}


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SYNCED = "synced"
    PUBLISHED = "published"
    ARCHIVED = "archived"


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Status", "Awaiting review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Status", "Changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.SYNCED: QT_TRANSLATE_NOOP("Status", "Sent to central folder"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Archived"),
}

# draft -> submitted -> approved -> synced -> published; changes_requested goes
# back to draft; archived is reachable from anywhere.
_FORWARD: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.APPROVED, Status.CHANGES_REQUESTED}),
    Status.CHANGES_REQUESTED: frozenset({Status.DRAFT}),
    Status.APPROVED: frozenset({Status.SYNCED}),
    Status.SYNCED: frozenset({Status.PUBLISHED}),
    Status.PUBLISHED: frozenset(),
    Status.ARCHIVED: frozenset({Status.DRAFT}),
}

EDITABLE_STATUSES = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})


class TransitionError(ValueError):
    """A status change the workflow does not allow."""


def allowed_transitions(current: Status) -> frozenset[Status]:
    extra = {Status.ARCHIVED} if current is not Status.ARCHIVED else set()
    return _FORWARD[current] | extra


def check_transition(current: Status, target: Status) -> None:
    if target not in allowed_transitions(current):
        raise TransitionError(f"cannot go from {current.value} to {target.value}")


def editing_starts_new_revision(status: Status) -> bool:
    """Editing an approved (or later) post makes a new revision that needs approval again."""
    return status in {Status.APPROVED, Status.SYNCED, Status.PUBLISHED}


_TAG_SPLIT = re.compile(r"[\s,;]+")


def normalize_tags(text: str | Iterable[str], prefix: str) -> tuple[str, ...]:
    """Turn free text like 'bandung, #BandungJuara' into ('#bandung', '#BandungJuara').

    Duplicates (case-insensitive) are dropped, order is kept.
    """
    parts = _TAG_SPLIT.split(text) if isinstance(text, str) else list(text)
    seen: set[str] = set()
    out: list[str] = []
    for raw in parts:
        word = raw.strip().lstrip("#@")
        if not word:
            continue
        tag = prefix + word
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def compose_caption(body: str, hashtags: Iterable[str] = (), mentions: Iterable[str] = ()) -> str:
    """The final text pasted into a platform: the body, then mentions, then hashtags.

    Tags already written in the body are not repeated.
    """
    body = body.rstrip()
    present = {m.casefold() for m in re.findall(r"[#@][\w.]+", body)}
    tail_mentions = [m for m in mentions if m.casefold() not in present]
    tail_tags = [h for h in hashtags if h.casefold() not in present]
    blocks = [body] if body else []
    if tail_mentions:
        blocks.append(" ".join(tail_mentions))
    if tail_tags:
        blocks.append(" ".join(tail_tags))
    return "\n\n".join(blocks)


@dataclass(frozen=True)
class MediaRef:
    """An image attached to a post; the bytes live in the blob store under `sha256`."""

    sha256: str
    filename: str = ""
    alt_text: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class PostContent:
    """Everything the admin edits in a post: a complete snapshot, saved as a whole."""

    title: str = ""
    category: Category = Category.KEGIATAN
    platforms: tuple[Platform, ...] = ()
    base_caption: str = ""
    variants: Mapping[Platform, str] = field(default_factory=dict)
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    collaborators: tuple[str, ...] = ()
    planned_at: datetime | None = None
    media: tuple[MediaRef, ...] = ()
    template_key: str = ""

    def caption_body(self, platform: Platform) -> str:
        """The platform's own text if it has diverged, else the base caption."""
        return self.variants.get(platform, self.base_caption)

    def has_diverged(self, platform: Platform) -> bool:
        return platform in self.variants and self.variants[platform] != self.base_caption

    def final_caption(self, platform: Platform) -> str:
        return compose_caption(self.caption_body(platform), self.hashtags, self.mentions)


@dataclass(frozen=True, slots=True)
class PostRow:
    """What the post list shows: no captions, no media, cheap to load by the ten thousand."""

    id: int
    title: str
    category: str
    platforms: str
    status: str
    planned_at: datetime | None
    updated_at: datetime
    revision: int
    is_demo: bool
