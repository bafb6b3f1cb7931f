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


def content_to_dict(content: PostContent) -> dict[str, object]:
    """Plain JSON data: what an approved revision keeps and what the central folder gets."""
    return {
        "title": content.title,
        "category": content.category.value,
        "platforms": [p.value for p in content.platforms],
        "base_caption": content.base_caption,
        "variants": {p.value: text for p, text in content.variants.items()},
        "hashtags": list(content.hashtags),
        "mentions": list(content.mentions),
        "collaborators": list(content.collaborators),
        "planned_at": content.planned_at.isoformat() if content.planned_at else None,
        "media": [
            {
                "sha256": m.sha256,
                "filename": m.filename,
                "alt_text": m.alt_text,
                "width": m.width,
                "height": m.height,
            }
            for m in content.media
        ],
        "captions": {p.value: content.final_caption(p) for p in content.platforms},
    }


def content_from_dict(data: Mapping[str, object]) -> PostContent:
    """The inverse of content_to_dict, tolerant of unknown values (they are dropped)."""

    def strings(value: object) -> tuple[str, ...]:
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    known = {p.value for p in Platform}
    variants_raw = data.get("variants")
    variants = (
        {Platform(k): v for k, v in variants_raw.items() if k in known and isinstance(v, str)}
        if isinstance(variants_raw, dict)
        else {}
    )
    planned = data.get("planned_at")
    try:
        category = Category(str(data.get("category")))
    except ValueError:
        category = Category.LAINNYA
    media_raw = data.get("media")
    media = tuple(
        MediaRef(
            str(m.get("sha256", "")),
            str(m.get("filename", "")),
            str(m.get("alt_text", "")),
            int(m.get("width", 0) or 0),
            int(m.get("height", 0) or 0),
        )
        for m in (media_raw if isinstance(media_raw, list) else [])
        if isinstance(m, dict)
    )
    return PostContent(
        title=str(data.get("title", "")),
        category=category,
        platforms=tuple(Platform(p) for p in strings(data.get("platforms")) if p in known),
        base_caption=str(data.get("base_caption", "")),
        variants=variants,
        hashtags=strings(data.get("hashtags")),
        mentions=strings(data.get("mentions")),
        collaborators=strings(data.get("collaborators")),
        planned_at=datetime.fromisoformat(planned) if isinstance(planned, str) else None,
        media=media,
    )
